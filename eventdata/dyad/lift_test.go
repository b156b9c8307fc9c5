package dyad_test

import (
	"errors"
	"testing"
	"time"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
)

// TestLiftProjection lifts the records projected from the Russia–Mali
// visit back into a graph: every record with a diplomatic code becomes an
// event between the two states, statements (010) are refused and counted,
// and the graph validates.
func TestLiftProjection(t *testing.T) {
	recs, _ := dyad.Project(loadGraph(t, "../../examples/russia-mali/testdata/russia-mali.golden.json"))
	l := dyad.NewLifter()
	var refused int
	for _, r := range recs {
		if err := l.Add(r); err != nil {
			if !errors.Is(err, dyad.ErrNotDiplomatic) {
				t.Fatalf("Add(%s): %v", r.CAMEO, err)
			}
			refused++
		}
	}
	g := l.Graph()
	if err := g.Validate(); err != nil {
		t.Fatalf("lifted graph: %v", err)
	}
	if refused != 2 || l.Skipped["not diplomatic"] != 2 {
		t.Errorf("refused %d (counted %v), want the 2 statements", refused, l.Skipped)
	}
	if l.Lifted != len(recs)-2 || len(g.Events) != l.Lifted {
		t.Errorf("lifted %d, %d events, want %d", l.Lifted, len(g.Events), len(recs)-2)
	}
	if len(g.States) != 2 {
		t.Errorf("%d states, want Russia and Mali once each", len(g.States))
	}
	kinds := map[event.Kind]int{}
	for _, e := range g.Events {
		kinds[e.Kind]++
	}
	if kinds[event.Visit] != 4 || kinds[event.NegotiationRound] != 6 || kinds[event.SigningCeremony] != 6 {
		t.Errorf("kinds = %v", kinds)
	}
}

func TestLiftErrors(t *testing.T) {
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		rec    eventdata.Record
		reason string
	}{
		{"not diplomatic", eventdata.Record{CAMEO: "190", Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}, "not diplomatic"},
		{"no date", eventdata.Record{CAMEO: "042", Source: eventdata.Actor{CountryCode: "RUS"}}, "no date"},
		{"no source", eventdata.Record{CAMEO: "042", Date: day}, "no source actor"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := dyad.NewLifter()
			if err := l.Add(tc.rec); err == nil {
				t.Fatal("Add accepted the record")
			}
			if l.Skipped[tc.reason] != 1 || len(l.Graph().Events) != 0 {
				t.Errorf("skipped %v, %d events", l.Skipped, len(l.Graph().Events))
			}
		})
	}
}

// TestLiftPLOVER lifts records that carry a PLOVER coding and no CAMEO
// code, as POLECAT's do.
func TestLiftPLOVER(t *testing.T) {
	day := time.Date(2018, 3, 17, 0, 0, 0, 0, time.UTC)
	rus := eventdata.Actor{Code: "RUS", CountryCode: "RUS", Name: "Russia"}
	gbr := eventdata.Actor{Code: "GBR", CountryCode: "GBR", Name: "United Kingdom"}
	tests := []struct {
		event, mode string
		contexts    []string
		want        event.Kind
	}{
		{"CONSULT", "visit", nil, event.Visit},
		{"CONSULT", "phone", nil, event.PhoneCall},
		{"CONSULT", "", nil, event.BilateralTalks},
		{"SANCTION", "expel", []string{"diplomatic"}, event.Expulsion},
		{"SANCTION", "expel", []string{"military"}, ""},
		{"ACCUSE", "allege", []string{"diplomatic"}, event.Protest},
		{"ACCUSE", "allege", []string{"crime"}, ""},
		{"ASSAULT", "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.event+"/"+tc.mode, func(t *testing.T) {
			l := dyad.NewLifter()
			err := l.Add(eventdata.Record{
				Dataset: eventdata.PLOVERData, ID: "x", Date: day, Source: rus, Target: gbr,
				PLOVER: eventdata.PLOVER{Event: tc.event, Mode: tc.mode, Contexts: tc.contexts},
			})
			if tc.want == "" {
				if !errors.Is(err, dyad.ErrNotDiplomatic) {
					t.Fatalf("Add = %v, want ErrNotDiplomatic", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			g := l.Graph()
			if len(g.Events) != 1 || g.Events[0].Kind != tc.want || len(g.Events[0].Participants) != 2 {
				t.Fatalf("events = %+v, want one %s with two participants", g.Events, tc.want)
			}
			if err := g.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestLiftRepeatedIDs keeps two different records that share an id.
func TestLiftRepeatedIDs(t *testing.T) {
	day := time.Date(2018, 3, 17, 0, 0, 0, 0, time.UTC)
	l := dyad.NewLifter()
	for range 2 {
		r := eventdata.Record{Dataset: eventdata.GDELT2, ID: "1", CAMEO: "042", Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}
		if err := l.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	g := l.Graph()
	if len(g.Events) != 2 || g.Events[0].ID == g.Events[1].ID {
		t.Fatalf("events %d, ids equal", len(g.Events))
	}
	if err := g.Validate(); err != nil {
		t.Error(err)
	}
}

package dyad_test

import (
	"errors"
	"testing"
	"time"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
)

// TestLiftProjection lifts the records projected from the Russia–Mali
// visit back into a graph: every record with a diplomatic code becomes an
// event between the two states, the statements (010) become statements
// made by Mali, and the graph validates.
func TestLiftProjection(t *testing.T) {
	recs, _ := dyad.Project(loadGraph(t, "../../examples/russia-mali/testdata/russia-mali.golden.json"))
	l := dyad.NewLifter()
	for _, r := range recs {
		if err := l.Add(r); err != nil {
			t.Fatalf("Add(%s): %v", r.CAMEO, err)
		}
	}
	g := l.Graph()
	if err := g.Validate(); err != nil {
		t.Fatalf("lifted graph: %v", err)
	}
	if len(l.Skipped) != 0 {
		t.Errorf("refused %v, want none", l.Skipped)
	}
	if l.Lifted != len(recs) || len(g.Events) != len(recs)-2 || len(g.Statements) != 2 {
		t.Errorf("lifted %d, %d events and %d statements, want %d and the 2 statements", l.Lifted, len(g.Events), len(g.Statements), len(recs)-2)
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
	mali := actor.StateID(diplo.MustParseCountry("ML"))
	for _, st := range g.Statements {
		if st.Kind != event.Quote || len(st.Speakers) != 1 || st.Speakers[0] != mali {
			t.Errorf("statement %+v, want a quote by Mali", st)
		}
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
		{"PLOVER praise", eventdata.Record{Dataset: eventdata.PLOVERData, PLOVER: eventdata.PLOVER{Event: "SUPPORT", Contexts: []string{"diplomatic"}}, Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}, "not diplomatic"},
		{"statement code not in the table", eventdata.Record{CAMEO: "01", Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}, "not diplomatic"},
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

// TestLiftTypedActors lifts actors whose CAMEO type names something other
// than a state or its organs as organisations of that kind, with their
// country, and keeps as the state an actor named by its country.
func TestLiftTypedActors(t *testing.T) {
	day := time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		actor eventdata.Actor
		want  string
	}{
		{"rebels", eventdata.Actor{Name: "FARC", Code: "COLREB", CountryCode: "COL", Types: []string{"REB"}}, "organisation FARC armed-group CO"},
		{"rebels by code only", eventdata.Actor{Name: "FARC", Code: "COLREB", CountryCode: "COL"}, "organisation FARC armed-group CO"},
		{"company", eventdata.Actor{Name: "Gazprom", Code: "RUSBUS", CountryCode: "RUS", Types: []string{"BUS"}}, "organisation Gazprom company RU"},
		{"government", eventdata.Actor{Name: "Colombia", Code: "COLGOV", CountryCode: "COL", Types: []string{"GOV"}}, "state CO"},
		{"business named by its country", eventdata.Actor{Name: "COLOMBIA", Code: "COLBUS", CountryCode: "COL", Types: []string{"BUS"}}, "state CO"},
		{"untyped", eventdata.Actor{Name: "COLOMBIAN", Code: "COL", CountryCode: "COL"}, "state CO"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := dyad.NewLifter()
			err := l.Add(eventdata.Record{CAMEO: "057", Date: day, Source: tc.actor, Target: eventdata.Actor{Code: "USAGOV", CountryCode: "USA"}})
			if err != nil {
				t.Fatal(err)
			}
			g := l.Graph()
			if err := g.Validate(); err != nil {
				t.Fatal(err)
			}
			var got string
			for _, o := range g.Organizations {
				got = "organisation " + o.Name.String() + " " + string(o.Kind) + " " + string(o.Country)
			}
			if got == "" && len(g.States) == 2 {
				for _, s := range g.States {
					if s.Country != "US" {
						got = "state " + string(s.Country)
					}
				}
			}
			if got != tc.want {
				t.Errorf("lifted %q, want %q", got, tc.want)
			}
		})
	}
}

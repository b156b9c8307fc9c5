package dyad_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
		require.NoError(t, l.Add(r), "Add(%s)", r.CAMEO)
	}
	g := l.Graph()
	require.NoError(t, g.Validate(), "lifted graph")
	assert.Empty(t, l.Skipped, "refused records")
	assert.Equal(t, len(recs), l.Lifted, "records lifted")
	assert.Len(t, g.Events, len(recs)-2, "events: every record but the 2 statements")
	assert.Len(t, g.Statements, 2, "statements")
	assert.Len(t, g.States, 2, "states: Russia and Mali once each")
	kinds := map[event.Kind]int{}
	for _, e := range g.Events {
		kinds[e.Kind]++
	}
	assert.Equal(t, 4, kinds[event.Visit], "visits among %v", kinds)
	assert.Equal(t, 6, kinds[event.NegotiationRound], "negotiation rounds among %v", kinds)
	assert.Equal(t, 6, kinds[event.SigningCeremony], "signing ceremonies among %v", kinds)
	mali := actor.StateID(diplo.MustParseCountry("ML"))
	for _, st := range g.Statements {
		assert.Equal(t, event.Quote, st.Kind, "statement %+v, want a quote by Mali", st)
		assert.Equal(t, []diplo.ID{mali}, st.Speakers, "statement %+v, want a quote by Mali", st)
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
			require.Error(t, l.Add(tc.rec), "Add accepted the record")
			assert.Equal(t, 1, l.Skipped[tc.reason], "skipped %v", l.Skipped)
			assert.Empty(t, l.Graph().Events)
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
				require.ErrorIs(t, err, dyad.ErrNotDiplomatic, "Add")
				return
			}
			require.NoError(t, err)
			g := l.Graph()
			require.Len(t, g.Events, 1, "events = %+v, want one %s with two participants", g.Events, tc.want)
			require.Equal(t, tc.want, g.Events[0].Kind, "events = %+v, want one %s with two participants", g.Events, tc.want)
			require.Len(t, g.Events[0].Participants, 2, "events = %+v, want one %s with two participants", g.Events, tc.want)
			assert.NoError(t, g.Validate())
		})
	}
}

// TestLiftRepeatedIDs keeps two different records that share an id.
func TestLiftRepeatedIDs(t *testing.T) {
	day := time.Date(2018, 3, 17, 0, 0, 0, 0, time.UTC)
	l := dyad.NewLifter()
	for range 2 {
		r := eventdata.Record{Dataset: eventdata.GDELT2, ID: "1", CAMEO: "042", Date: day, Source: eventdata.Actor{CountryCode: "RUS"}}
		require.NoError(t, l.Add(r))
	}
	g := l.Graph()
	require.Len(t, g.Events, 2, "events")
	require.NotEqual(t, g.Events[0].ID, g.Events[1].ID, "ids equal")
	assert.NoError(t, g.Validate())
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
			require.NoError(t, err)
			g := l.Graph()
			require.NoError(t, g.Validate())
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
			assert.Equal(t, tc.want, got, "lifted")
		})
	}
}

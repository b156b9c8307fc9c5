package graph_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

// genID returns the ID of the i-th node of a kind in the generated graphs.
func genID(kind string, i int) diplo.ID {
	return diplo.ID(base + kind + "/" + strconv.Itoa(i))
}

// persons returns n valid persons.
func persons(n int) []actor.Person {
	ps := make([]actor.Person, n)
	for i := range ps {
		ps[i] = actor.Person{ID: genID("persons", i), Name: fr("P" + strconv.Itoa(i))}
	}
	return ps
}

// validates returns the work of validating g, which must be valid.
func validates(tb testing.TB, g *graph.Graph) func() {
	require.NoError(tb, g.Validate())
	return func() {
		if err := g.Validate(); err != nil {
			tb.Fatal(err)
		}
	}
}

// fails returns the work of validating g, which must be invalid.
func fails(tb testing.TB, g *graph.Graph) func() {
	require.Error(tb, g.Validate())
	return func() {
		if g.Validate() == nil {
			tb.Fatal("Validate accepts an invalid graph")
		}
	}
}

// The paths of graph.Validate over long lists, each measured at n, 4n and
// 16n by the benchmarks below and held to n log n by TestValidateScales.
var validateCases = []scaling.Case{
	// n envoys, each heading a mission of their own through a tenure, and
	// presenting credentials: each step finds its envoy's tenure through
	// the index of tenures by person.
	{Name: "ValidateAccreditations", N: 500, Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{Persons: persons(n),
			States: []actor.State{{ID: actor.StateID("ML"), Name: fr("Mali"), Country: "ML"}, {ID: actor.StateID("RU"), Name: fr("Russie"), Country: "RU"}}}
		for i := range n {
			m, o := genID("missions", i), genID("offices", i)
			g.Missions = append(g.Missions, actor.Mission{ID: m, Kind: actor.Consulate, Name: fr("Consulat"), Sending: actor.StateID("ML"), Receiving: actor.StateID("RU")})
			g.Offices = append(g.Offices, actor.Office{ID: o, Name: fr("Consul"), Role: actor.Consul, Of: m})
			g.Tenures = append(g.Tenures, actor.Tenure{ID: genID("tenures", i), Person: genID("persons", i), Office: o, Start: date("2024-01-01")})
			g.Events = append(g.Events, event.Event{ID: genID("events", i), Kind: event.Credentials, Start: date("2024-01-01"),
				Participants: []event.Participant{{Actor: actor.StateID("ML"), Role: event.Sending}, {Actor: actor.StateID("RU"), Role: event.Receiving},
					{Actor: genID("persons", i), Role: event.EnvoyRole}}})
		}
		return validates(tb, g)
	}},
	// One envoy who heads n missions in turn, one day each, and presents
	// credentials on each of those days: each step finds the one tenure
	// of n that spans its date.
	{Name: "ValidateEnvoyTenures", N: 500, Setup: func(tb testing.TB, n int) func() {
		envoy := genID("persons", 0)
		g := &graph.Graph{Persons: persons(1),
			States: []actor.State{{ID: actor.StateID("ML"), Name: fr("Mali"), Country: "ML"}, {ID: actor.StateID("RU"), Name: fr("Russie"), Country: "RU"}}}
		day0 := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range n {
			d := diplo.DateOf(day0.AddDate(0, 0, i), diplo.PrecisionDay)
			m, o := genID("missions", i), genID("offices", i)
			g.Missions = append(g.Missions, actor.Mission{ID: m, Kind: actor.Embassy, Name: fr("Ambassade"), Sending: actor.StateID("ML"), Receiving: actor.StateID("RU")})
			g.Offices = append(g.Offices, actor.Office{ID: o, Name: fr("Ambassadeur"), Role: actor.Ambassador, Of: m})
			g.Tenures = append(g.Tenures, actor.Tenure{ID: genID("tenures", i), Person: envoy, Office: o, Start: d, End: d})
			g.Events = append(g.Events, event.Event{ID: genID("events", i), Kind: event.Credentials, Start: d,
				Participants: []event.Participant{{Actor: actor.StateID("ML"), Role: event.Sending}, {Actor: actor.StateID("RU"), Role: event.Receiving},
					{Actor: envoy, Role: event.EnvoyRole}}})
		}
		return validates(tb, g)
	}},
	// One event with n participants, each a person of the graph.
	{Name: "ValidateWideEventParticipants", N: 1000, Setup: func(tb testing.TB, n int) func() {
		e := event.Event{ID: genID("events", 0), Kind: event.Summit, Participants: make([]event.Participant, n)}
		for i := range e.Participants {
			e.Participants[i] = event.Participant{Actor: genID("persons", i), Role: event.Participating}
		}
		return validates(tb, &graph.Graph{Persons: persons(n), Events: []event.Event{e}})
	}},
	// One event citing n sources, each a source of the graph.
	{Name: "ValidateWideEventSources", N: 1000, Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{Sources: make([]diplo.Source, n)}
		e := event.Event{ID: genID("events", 0), Kind: event.Summit, Sources: make([]diplo.ID, n)}
		for i := range g.Sources {
			e.Sources[i] = genID("sources", i)
			g.Sources[i] = diplo.Source{ID: e.Sources[i], URL: "https://example.org/news/" + strconv.Itoa(i)}
		}
		g.Events = []event.Event{e}
		return validates(tb, g)
	}},
	// One accord of n parties, each with a signatory who signs at one
	// event where all take part, and a ratification and entry into force
	// of its own.
	{Name: "ValidateWideAccord", N: 200, Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{Persons: persons(n), Organizations: make([]actor.Organization, n)}
		signing := event.Event{ID: genID("events", 0), Kind: event.SigningCeremony, Start: date("2025-06-23"),
			Participants: make([]event.Participant, n)}
		a := accord.Accord{ID: genID("accords", 0), Kind: accord.Agreement, Title: fr("A"),
			Parties: make([]diplo.ID, n), Signatories: make([]accord.Signatory, n)}
		for i := range n {
			party := genID("organizations", i)
			g.Organizations[i] = actor.Organization{ID: party, Kind: actor.Commission, Name: fr("O" + strconv.Itoa(i))}
			a.Parties[i] = party
			a.Signatories[i] = accord.Signatory{Person: genID("persons", i), Party: party}
			signing.Participants[i] = event.Participant{Actor: genID("persons", i), Role: event.Participating}
			a.Actions = append(a.Actions,
				accord.Action{Kind: accord.Signature, Date: date("2025-06-23"), Party: party, Event: signing.ID},
				accord.Action{Kind: accord.Ratification, Date: date("2025-09-01"), Party: party},
				accord.Action{Kind: accord.EntryIntoForce, Date: date("2025-10-01"), Party: party})
		}
		g.Events, g.Accords = []event.Event{signing}, []accord.Accord{a}
		return validates(tb, g)
	}},
	// One person with n identifiers.
	{Name: "ValidateManyIdentifiers", N: 1000, Setup: func(tb testing.TB, n int) func() {
		p := actor.Person{ID: genID("persons", 0), Name: fr("P"), Identifiers: make([]diplo.Identifier, n)}
		for i := range p.Identifiers {
			p.Identifiers[i] = diplo.MustNewIdentifier(diplo.Wikidata, "Q"+strconv.Itoa(i+1))
		}
		return validates(tb, &graph.Graph{Persons: []actor.Person{p}})
	}},
	// n events, the first having all the others as parts and each of
	// them having the first as a part: n-1 cycles through one event.
	{Name: "ValidatePartCycles", N: 1000, Setup: func(tb testing.TB, n int) func() {
		return fails(tb, hubCycles(n))
	}},
	// n persons without a name: n errors, of which MaxErrors are listed.
	{Name: "ValidateManyErrors", N: 2000, Setup: func(tb testing.TB, n int) func() {
		g := &graph.Graph{Persons: persons(n)}
		for i := range g.Persons {
			g.Persons[i].Name = nil
		}
		return fails(tb, g)
	}},
}

// hubCycles returns n events of which the first has all the others as
// parts and each of the others has the first.
func hubCycles(n int) *graph.Graph {
	g := &graph.Graph{Events: make([]event.Event, n)}
	g.Events[0] = event.Event{ID: genID("events", 0), Kind: event.Summit}
	for i := 1; i < n; i++ {
		g.Events[0].Parts = append(g.Events[0].Parts, genID("events", i))
		g.Events[i] = event.Event{ID: genID("events", i), Kind: event.Summit, Parts: []diplo.ID{genID("events", 0)}}
	}
	return g
}

func TestValidateScales(t *testing.T) {
	for _, c := range validateCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkValidateScaling(b *testing.B) {
	for _, c := range validateCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// TestValidateMutualParts checks that 1,500 events that all list each
// other as parts, over two million parts forming a million cycles, are
// reported as one set of events that are parts of each other: one error.
func TestValidateMutualParts(t *testing.T) {
	const n = 1500
	g := &graph.Graph{Events: make([]event.Event, n)}
	for i := range g.Events {
		e := event.Event{ID: genID("events", i), Kind: event.Summit, Parts: make([]diplo.ID, 0, n-1)}
		for j := range n {
			if j != i {
				e.Parts = append(e.Parts, genID("events", j))
			}
		}
		g.Events[i] = e
	}
	err := g.Validate()
	require.Error(t, err)
	errs := fieldErrors(t, err)
	require.Equal(t, 1, len(errs), "the first: %v", errs[0])
	assert.ErrorIs(t, errs[0], diplo.ErrCycle)
	// The walk starts at the first event and goes to its first part, the
	// second event, whose first part leads back.
	assert.Equal(t, "events[1].parts[0]", errs[0].Path)
}

// TestValidatePartComponents checks that each set of events that are parts
// of each other is reported once, and that events that lead into a cycle
// without being on it are not reported.
func TestValidatePartComponents(t *testing.T) {
	// Three 2-cycles, (0 1), (2 3), (4 5), and 6 leading into the first;
	// then one 3-cycle (7 8 9) with a chord 9 -> 8.
	parts := [][]int{{1}, {0}, {3}, {2}, {5}, {4}, {0}, {8}, {9}, {8, 7}}
	g := &graph.Graph{Events: make([]event.Event, len(parts))}
	for i, ps := range parts {
		g.Events[i] = event.Event{ID: genID("events", i), Kind: event.Summit}
		for _, p := range ps {
			g.Events[i].Parts = append(g.Events[i].Parts, genID("events", p))
		}
	}
	checkErrors(t, g.Validate(), []want{
		{"events[1].parts[0]", diplo.ErrCycle, string(genID("events", 0))},
		{"events[3].parts[0]", diplo.ErrCycle, string(genID("events", 2))},
		{"events[5].parts[0]", diplo.ErrCycle, string(genID("events", 4))},
		{"events[9].parts[0]", diplo.ErrCycle, string(genID("events", 8))},
	})
}

// TestValidateHubCycles checks that a hub with n-1 cycles through it is
// one error, where each cycle was one before.
func TestValidateHubCycles(t *testing.T) {
	errs := fieldErrors(t, hubCycles(5000).Validate())
	require.Equal(t, 1, len(errs), "the first: %v", errs[0])
	assert.Equal(t, "events[1].parts[0]", errs[0].Path)
	assert.ErrorIs(t, errs[0], diplo.ErrCycle)
}

// TestValidateErrorCap checks that a graph with more errors than
// diplo.MaxErrors lists that many, sorted by path, then one entry that
// counts the others, and that errors.Is still finds the kinds listed.
func TestValidateErrorCap(t *testing.T) {
	const n = 12345
	g := &graph.Graph{Persons: persons(n)}
	for i := range g.Persons {
		g.Persons[i].Name = nil
	}
	err := g.Validate()
	require.Error(t, err)
	var es diplo.Errors
	require.ErrorAs(t, err, &es)
	require.Equal(t, diplo.MaxErrors+1, len(es))
	assert.Equal(t, n-diplo.MaxErrors, es.Omitted())
	assert.ErrorIs(t, err, diplo.ErrRequired)
	assert.ErrorIs(t, err, diplo.ErrTooMany)
	assert.Equal(t, "persons[0].name", es[0].Path)
	assert.Equal(t, "persons["+strconv.Itoa(diplo.MaxErrors-1)+"].name", es[diplo.MaxErrors-1].Path)
	last := es[diplo.MaxErrors]
	assert.Empty(t, last.Path)
	var om *diplo.OmittedErrors
	require.ErrorAs(t, last, &om)
	assert.Equal(t, n-diplo.MaxErrors, om.Count)
	assert.Equal(t, "too many errors: 11345 more not listed", last.Error())
	for _, e := range es[:diplo.MaxErrors] {
		assert.ErrorIs(t, e, diplo.ErrRequired)
	}
}

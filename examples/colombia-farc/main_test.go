package main

import (
	"flag"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/colombia-farc.golden.json"

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks the talks, the roles
// of the third states (guarantors and accompanying observers) and the two
// agreements.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)
	es := language.MustParse("es")

	var talks event.Event
	for _, e := range g.Events {
		if e.Kind == event.Mediation {
			talks = e
		}
	}
	launch, _ := ix.Event(talks.Parts[0])
	final, revised := g.Accords[0], g.Accords[1]
	superseded, _ := ix.Accord(revised.Relations[0].Accord)
	signedAt := func(a accord.Accord) []string {
		var out []string
		for _, act := range a.Actions {
			e, _ := ix.Event(act.Event)
			out = append(out, string(act.Kind)+" "+act.Date.String()+" "+e.Place.Name[es])
		}
		return out
	}
	bogota, _ := ix.Event(revised.Actions[0].Event)
	var heads []string
	for _, d := range g.Delegations {
		heads = append(heads, name(g, ix, d.Head)+" for "+name(g, ix, d.Represents))
	}

	tests := []struct {
		name      string
		got, want any
	}{
		{"node counts", exampletest.Counts(g), []int{4, 5, 2, 2, 2, 2, 4, 0, 2, 1}},
		{"talks", []string{talks.Span().String(), talks.Place.Wikidata.String(), string(talks.Place.Country)},
			[]string{"2012-10/2016-08-24", "wikidata:Q1563", "CU"}},
		{"third states", thirdStates(g, ix, talks), []string{"CU guarantor", "NO guarantor", "VE observer", "CL observer"}},
		{"third states at the launch", thirdStates(g, ix, launch), []string{"NO host", "CU guarantor"}},
		{"no facilitator", roleCount(g, event.Facilitator), 0},
		{"launch", []string{string(launch.Kind), launch.Start.String(), launch.Start.Precision().String(), string(launch.Place.Country)},
			[]string{"negotiation-round", "2012-10", "month", "NO"}},
		{"delegations", heads, []string{
			"Humberto de la Calle for Gobierno de la República de Colombia",
			"Iván Márquez for Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo"}},
		{"final agreement signed in Cartagena", signedAt(final), []string{
			"signature 2016-09-26 Cartagena de Indias", "signature 2016-09-26 Cartagena de Indias"}},
		{"revised agreement signed in Bogotá", signedAt(revised), []string{
			"signature 2016-11-24 Teatro Colón, Bogotá", "signature 2016-11-24 Teatro Colón, Bogotá"}},
		{"Bogotá", bogota.Place.Wikidata.String(), "wikidata:Q2841"},
		{"supersedes", []any{revised.Relations[0].Kind, superseded.ID}, []any{accord.Supersedes, final.ID}},
		{"same title", revised.Title[es], final.Title[es]},
		{"kinds", []accord.Kind{final.Kind, revised.Kind}, []accord.Kind{accord.PeaceAgreement, accord.PeaceAgreement}},
		{"parties", []string{name(g, ix, final.Parties[0]), name(g, ix, final.Parties[1])},
			[]string{"Gobierno de la República de Colombia", "Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo"}},
		{"government belongs to Colombia", exampletest.Countries(g, ix, g.Organizations[0].PartOf), []string{"CO"}},
		{"FARC-EP", []string{string(g.Organizations[1].Kind), g.Organizations[1].Abbreviation}, []string{"armed-group", "FARC-EP"}},
		{"signatories", []string{name(g, ix, revised.Signatories[0].Person), name(g, ix, revised.Signatories[1].Person)},
			[]string{"Juan Manuel Santos", "Rodrigo Londoño Echeverri"}},
		{"talks produced the first text", talks.Outcomes, []diplo.ID{final.ID}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
}

// roleCount counts the participants of all events in the role.
func roleCount(g *graph.Graph, role event.Role) int {
	n := 0
	for _, e := range g.Events {
		for _, p := range e.Participants {
			if p.Role == role {
				n++
			}
		}
	}
	return n
}

// thirdStates lists the states that take part in the event as "code role".
func thirdStates(g *graph.Graph, ix *graph.Index, e event.Event) []string {
	var out []string
	for _, p := range e.Participants {
		if c := exampletest.Countries(g, ix, p.Actor)[0]; c != "?" {
			out = append(out, c+" "+string(p.Role))
		}
	}
	return out
}

// name returns the Spanish name of a person, state or organisation.
func name(g *graph.Graph, ix *graph.Index, id diplo.ID) string {
	es := language.MustParse("es")
	r, _ := ix.Lookup(id)
	switch r.Type {
	case graph.PersonNode:
		return g.Persons[r.Index].Name[es]
	case graph.StateNode:
		return g.States[r.Index].Name[es]
	case graph.OrganizationNode:
		return g.Organizations[r.Index].Name[es]
	}
	return "?"
}

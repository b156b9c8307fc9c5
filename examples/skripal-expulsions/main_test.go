package main

import (
	"flag"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/skripal-expulsions.golden.json"

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks the two expulsions,
// the roles of the states and diplomats, and the relation between them.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)

	var expulsions []event.Event
	for _, e := range g.Events {
		if e.Kind == event.Expulsion {
			expulsions = append(expulsions, e)
		}
	}
	if len(expulsions) != 2 {
		t.Fatalf("%d expulsions, want 2", len(expulsions))
	}
	uk, ru := expulsions[0], expulsions[1]
	answered, _ := ix.Event(ru.Relations[0].Event)
	summoning, _ := ix.Event(ru.Parts[0])
	quote := g.Statements[0]
	occasion, _ := ix.Event(quote.Occasion)
	var conflictual []bool
	for _, e := range g.Events {
		conflictual = append(conflictual, e.Kind.IsConflictual())
	}
	var held []string
	for _, tn := range g.Tenures {
		if tn.Person == quote.Speakers[0] && tn.Span().Contains(quote.Date) {
			r, _ := ix.Lookup(tn.Office)
			o := g.Offices[r.Index]
			held = append(held, string(o.Role)+" "+exampletest.Countries(g, ix, o.Of)[0])
		}
	}

	tests := []struct {
		name      string
		got, want any
	}{
		{"node counts", exampletest.Counts(g), []int{2, 2, 1, 2, 1, 2, 3, 1, 0, 2}},
		{"dates", []string{uk.Start.String(), ru.Start.String()}, []string{"2018-03-14", "2018-03-17"}},
		{"United Kingdom expels", roles(g, ix, uk), []string{"GB initiator", "RU target", "RU diplomats subject", "Theresa May speaker"}},
		{"Russia expels", roles(g, ix, ru), []string{"RU initiator", "GB target", "GB diplomats subject"}},
		{"responds to", []any{ru.Relations[0].Kind, answered.ID}, []any{event.RespondsTo, uk.ID}},
		{"response comes after", ru.Start.After(uk.Start), true},
		{"23 each", []bool{strings.HasPrefix(subjectName(g, ix, uk), "23 "), strings.HasPrefix(subjectName(g, ix, ru), "23 ")}, []bool{true, true}},
		{"23 each, as quantities", []diplo.Quantity{uk.Quantities[0], ru.Quantities[0]}, []diplo.Quantity{
			{Type: diplo.QuantitativeValue, Amount: "23", Unit: diplo.MustNewText("en", "Russian diplomats identified as undeclared intelligence officers")},
			{Type: diplo.QuantitativeValue, Amount: "23", Unit: diplo.MustNewText("en", "British diplomats")}}},
		{"Moscow, a first-level division of Russia", ru.Place.Admin1.Code, diplo.Subdivision("RU-MOW")},
		{"summoning", []string{string(summoning.Kind), summoning.Start.String()}, []string{"summoning", "2018-03-17"}},
		{"ambassador summoned", roles(g, ix, summoning)[1], "Laurie Bristow subject"},
		{"all conflictual", conflictual, []bool{true, true, true}},
		{"quote occasion", occasion.ID, uk.ID},
		{"speaker in office", held, []string{"head-of-government GB"}},
		{"places", []string{uk.Place.Wikidata.String(), ru.Place.Wikidata.String()}, []string{"wikidata:Q84", "wikidata:Q649"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
}

// roles lists the participants of e as "who role": a state by its code, a
// delegation by the code of its state and "diplomats", a person by name.
func roles(g *graph.Graph, ix *graph.Index, e event.Event) []string {
	var out []string
	for _, p := range e.Participants {
		r, _ := ix.Lookup(p.Actor)
		var who string
		switch r.Type {
		case graph.StateNode:
			who = exampletest.Countries(g, ix, p.Actor)[0]
		case graph.DelegationNode:
			who = exampletest.Countries(g, ix, g.Delegations[r.Index].Represents)[0] + " diplomats"
		case graph.PersonNode:
			who, _ = g.Persons[r.Index].Name.Get()
		case graph.OrganizationNode:
			who, _ = g.Organizations[r.Index].Name.Get("en")
		}
		out = append(out, strings.TrimSpace(who+" "+string(p.Role)))
	}
	return out
}

// subjectName returns the name of the delegation that is the subject of e.
func subjectName(g *graph.Graph, ix *graph.Index, e event.Event) string {
	for _, p := range e.Participants {
		if p.Role == event.Subject {
			r, _ := ix.Lookup(p.Actor)
			if r.Type == graph.DelegationNode {
				return g.Delegations[r.Index].Name[language.English]
			}
		}
	}
	return ""
}

package main

import (
	"flag"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/cancelled-summit.golden.json"

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks the statuses of the
// summit as planned and as held, the letter that called it off and the joint
// statement signed at it.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)

	var summits []event.Event
	var statuses, dates []string
	for _, e := range g.Events {
		if e.Kind == event.Summit {
			summits = append(summits, e)
			statuses = append(statuses, string(e.EffectiveStatus()))
			dates = append(dates, e.Start.String())
		}
	}
	if len(summits) != 2 {
		t.Fatalf("%d summits, want 2", len(summits))
	}
	planned, held := summits[0], summits[1]
	replaced, _ := ix.Event(held.Relations[0].Event)
	var visit event.Event
	for _, e := range g.Events {
		if e.Kind == event.Visit {
			visit = e
		}
	}
	prepared, _ := ix.Event(visit.Relations[0].Event)
	letter := g.Statements[0]
	r, _ := ix.Lookup(letter.Speakers[0])
	speaker := g.Persons[r.Index]
	var kim actor.Person
	for _, p := range g.Persons {
		if p.Name[language.English] == "Kim Jong Un" {
			kim = p
		}
	}
	joint := g.Accords[0]
	signing, _ := ix.Event(joint.Actions[0].Event)
	var signed []string
	for _, act := range joint.Actions {
		signed = append(signed, string(act.Kind)+" "+act.Date.String()+" "+exampletest.Countries(g, ix, act.Party)[0])
	}

	tests := []struct {
		name      string
		got, want any
	}{
		{"node counts", exampletest.Counts(g), []int{3, 3, 0, 1, 1, 0, 4, 1, 1, 2}},
		{"summit statuses", statuses, []string{"cancelled", "held"}},
		{"summit dates", dates, []string{"2018-06-12", "2018-06-12"}},
		{"held summit replaces the cancelled one", []any{held.Relations[0].Kind, replaced.ID}, []any{event.Replaces, planned.ID}},
		{"places", []string{string(planned.Place.Country), string(held.Place.Country), planned.Place.Wikidata.String()}, []string{"SG", "SG", "wikidata:Q334"}},
		{"reinstatement", []string{visit.Start.String(), string(visit.Relations[0].Kind), string(prepared.EffectiveStatus())}, []string{"2018-06-01", "prepares", "held"}},
		{"letter", []string{string(letter.Kind), letter.Date.String()}, []string{"letter", "2018-05-24"}},
		{"cancelled on the day of the letter, by its author, from it", []any{planned.StatusSince().String(), planned.StatusHistory[0].By, planned.StatusHistory[0].Sources},
			[]any{"2018-05-24", []diplo.ID{speaker.ID}, letter.Sources}},
		{"held summit put back on, then held", []string{string(held.StatusHistory[0].Status), held.StatusHistory[0].Date.String(), held.StatusSince().String()},
			[]string{"planned", "2018-06-01", "2018-06-12"}},
		{"letter to Kim Jong Un", letter.About[1], kim.ID},
		{"letter about the cancelled summit", letter.About[0], planned.ID},
		{"letter before the planned day", letter.Date.Before(planned.Start), true},
		{"letter speaker", []any{speaker.ID, speaker.Identifiers}, []any{diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q22686")), []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q22686")}}},
		{"letter text", letter.Text[language.English], "Therefore, please let this letter serve to represent that the Singapore summit, for the good of both parties, but to the detriment of the world, will not take place."},
		{"joint statement", joint.Kind, accord.JointDeclaration},
		{"signed", signed, []string{"signature 2018-06-12 US", "signature 2018-06-12 KP"}},
		{"signed during the held summit", held.Parts, []diplo.ID{signing.ID}},
		{"outcome", held.Outcomes, []diplo.ID{joint.ID}},
		{"domains", []diplo.Domain{joint.Domains[0].Domain, joint.Domains[1].Domain, joint.Domains[2].Domain, joint.Domains[3].Domain},
			[]diplo.Domain{diplo.PoliticalRelations, diplo.PeaceProcess, diplo.ArmsControl, diplo.Humanitarian}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
}

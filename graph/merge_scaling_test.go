package graph_test

import (
	"fmt"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
)

// mergeCase merges three generated records of n, n/2 and n events that
// share nodes by ID and by Wikidata identifier, as synthInputs does: the
// cost of Merge is held to n log n in the total number of nodes.
var mergeCase = scaling.Case{Name: "Merge", N: 64, Setup: func(tb testing.TB, n int) func() {
	gs := []*graph.Graph{
		withIdentifiers(tb, synth.Graph(n)),
		synth.Graph(n / 2),
		relabelled(tb, synth.Graph(n), "https://example.org/other/"),
	}
	return func() {
		if _, _, err := graph.Merge(gs, graph.MergeOptions{}); err != nil {
			tb.Fatal(err)
		}
	}
}}

// mergeOneNodeCase merges a record that gives one person, of one ID, n
// times, each with a name and a source of its own: one node, one conflict
// of n values and n claims, which must not cost n² comparisons.
var mergeOneNodeCase = scaling.Case{Name: "MergeOneNode", N: 1000, Setup: func(tb testing.TB, n int) func() {
	g := &graph.Graph{}
	for i := range n {
		src := diplo.ID(fmt.Sprintf("%ssources/%d", ex, i))
		g.Persons = append(g.Persons, actor.Person{ID: ex + "person", Name: fr(fmt.Sprintf("P%d", i)), Sources: []diplo.ID{src}})
		g.Sources = append(g.Sources, diplo.Source{ID: src, Title: fr("S")})
	}
	gs := []*graph.Graph{g}
	return func() {
		out, rep, err := graph.Merge(gs, graph.MergeOptions{})
		if err != nil || len(out.Persons) != 1 || len(rep.Conflicts) != 1 || len(out.Persons[0].Claims) != n {
			tb.Fatal("merge", err)
		}
	}
}}

var mergeCases = []scaling.Case{mergeCase, mergeOneNodeCase}

func TestMergeScales(t *testing.T) {
	if testing.Short() {
		t.Skip("measures three sizes")
	}
	for _, c := range mergeCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkMerge(b *testing.B) {
	for _, c := range mergeCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

package graph_test

import (
	"testing"

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

func TestMergeScales(t *testing.T) {
	if testing.Short() {
		t.Skip("measures three sizes")
	}
	scaling.Check(t, mergeCase)
}

func BenchmarkMerge(b *testing.B) { scaling.Bench(b, mergeCase) }

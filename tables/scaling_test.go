package tables_test

import (
	"io"
	"testing"

	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
	"github.com/diplo-go/diplo/tables"
)

// The paths of the package over a record of n events (synth.Graph: each
// visit with its parts, delegations, statements and accords), measured at
// n, 4n and 16n by the benchmarks below and held to n log n by
// TestScales.
var scalingCases = []scaling.Case{
	{Name: "FromGraph", N: 100, Setup: func(tb testing.TB, n int) func() {
		g := synth.Graph(n)
		return func() { tables.FromGraph(g) }
	}},
	{Name: "WriteCSV", N: 200, Setup: func(tb testing.TB, n int) func() {
		ts := tables.FromGraph(synth.Graph(n))
		return func() {
			for _, t := range ts {
				if err := t.WriteCSV(io.Discard, tables.CSVOptions{}); err != nil {
					tb.Fatal(err)
				}
			}
		}
	}},
}

func BenchmarkFromGraph(b *testing.B) { scaling.Bench(b, scalingCases[0]) }
func BenchmarkWriteCSV(b *testing.B)  { scaling.Bench(b, scalingCases[1]) }

// TestScales holds every path of scalingCases to n log n.
func TestScales(t *testing.T) {
	if testing.Short() {
		t.Skip("measures three sizes")
	}
	for _, c := range scalingCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

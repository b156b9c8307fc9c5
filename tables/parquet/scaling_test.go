package parquet_test

import (
	"io"
	"testing"

	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
	"github.com/diplo-go/diplo/tables"
	"github.com/diplo-go/diplo/tables/parquet"
)

// writeCase writes every table of a record of n events (synth.Graph) as
// Parquet.
var writeCase = scaling.Case{Name: "Write", N: 200, Setup: func(tb testing.TB, n int) func() {
	ts := tables.FromGraph(synth.Graph(n))
	return func() {
		for _, t := range ts {
			if err := parquet.Write(io.Discard, t); err != nil {
				tb.Fatal(err)
			}
		}
	}
}}

func BenchmarkWrite(b *testing.B) { scaling.Bench(b, writeCase) }

// TestWriteScales holds Write to n log n.
func TestWriteScales(t *testing.T) {
	if testing.Short() {
		t.Skip("measures three sizes")
	}
	scaling.Check(t, writeCase)
}

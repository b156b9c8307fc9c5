package view_test

import (
	"flag"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
	"github.com/diplo-go/diplo/view"
)

var synthPage = flag.String("synth-page", "", "write the page of synth.Graph(10000) to this `file` (for the browser check)")

// TestSynthPage writes the page of a generated record of 10,000 events
// where -synth-page says, for .ci/consumers/check-view to time in a
// browser.
func TestSynthPage(t *testing.T) {
	if *synthPage == "" {
		t.Skip("no -synth-page")
	}
	f, err := os.Create(*synthPage)
	require.NoError(t, err)
	require.NoError(t, view.WritePage(f, synth.Graph(10000)))
	require.NoError(t, f.Close())
}

// pageCase writes the page of a generated record of n events.
var pageCase = scaling.Case{
	Name: "view.WritePage",
	N:    250,
	Setup: func(tb testing.TB, n int) func() {
		g := synth.Graph(n)
		return func() {
			if err := view.WritePage(io.Discard, g); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

// svgCase writes the two pictures of a generated record of n events.
var svgCase = scaling.Case{
	Name: "view.WriteTimeline+WriteLifecycle",
	N:    250,
	Setup: func(tb testing.TB, n int) func() {
		g := synth.Graph(n)
		return func() {
			if err := view.WriteTimeline(io.Discard, g); err != nil {
				tb.Fatal(err)
			}
			if err := view.WriteLifecycle(io.Discard, g); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

// partiesCase writes the lifecycle of one accord of n parties, each with
// a signature, a ratification and a withdrawal taking effect a year after
// its notice: the bands of each party cost its own actions, not the
// accord's.
var partiesCase = scaling.Case{
	Name: "view.WriteLifecycle/parties",
	N:    100,
	Setup: func(tb testing.TB, n int) func() {
		d := diplo.MustParseDate
		a := accord.Accord{ID: "https://example.org/a", Kind: accord.Treaty, Actions: []accord.Action{
			{Kind: accord.Adoption, Date: d("2000-01-01")}, {Kind: accord.EntryIntoForce, Date: d("2001-01-01")}}}
		for i := range n {
			p := diplo.ID(fmt.Sprintf("https://example.org/p%d", i))
			a.Parties = append(a.Parties, p)
			a.Actions = append(a.Actions,
				accord.Action{Kind: accord.Signature, Date: d("2000-02-01"), Party: p},
				accord.Action{Kind: accord.Ratification, Date: diplo.DayOf(2000+i%20, time.Month(1+i%12), 1+i%28), Party: p},
				accord.Action{Kind: accord.Withdrawal, Date: diplo.DayOf(2021+i%5, 3, 1), Effective: diplo.DayOf(2022+i%5, 3, 1), Party: p})
		}
		g := &graph.Graph{Accords: []accord.Accord{a}}
		return func() {
			if err := view.WriteLifecycle(io.Discard, g); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

func TestScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling check skipped in -short mode")
	}
	scaling.Check(t, pageCase)
	scaling.Check(t, svgCase)
	scaling.Check(t, partiesCase)
}

func BenchmarkWritePage(b *testing.B) { scaling.Bench(b, pageCase) }

func BenchmarkWriteSVG(b *testing.B) { scaling.Bench(b, svgCase) }

func BenchmarkWriteLifecycleParties(b *testing.B) { scaling.Bench(b, partiesCase) }

// BenchmarkWritePage10000 writes the page of a record of 10,000 events,
// and reports its size (page-MB) and the processor time (cpu-ns/op)
// beside the wall time.
func BenchmarkWritePage10000(b *testing.B) {
	g := synth.Graph(10000)
	var size countWriter
	require.NoError(b, view.WritePage(&size, g))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		if err := view.WritePage(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(size)/1e6, "page-MB")
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}

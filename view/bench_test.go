package view_test

import (
	"flag"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

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

func TestScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("scaling check skipped in -short mode")
	}
	scaling.Check(t, pageCase)
	scaling.Check(t, svgCase)
}

func BenchmarkWritePage(b *testing.B) { scaling.Bench(b, pageCase) }

func BenchmarkWriteSVG(b *testing.B) { scaling.Bench(b, svgCase) }

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

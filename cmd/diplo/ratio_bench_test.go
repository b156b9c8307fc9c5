package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// BenchmarkCommandRatio measures the two goals of the command that are
// ratios, each in one loop, so that the load of a shared machine falls on
// both sides alike: validate/synth-N is "diplo validate FILE" over the
// library's strict decoding and Validate of the same bytes (goal: at
// most 1.5); rdf-nodes/synth-1000 is "diplo rdf -nodes" over "diplo rdf"
// of the same graph, that is, the processor time per node (goal: at most
// 1.3). Rounds of a few operations of each side alternate; the median of
// the rounds' ratios is reported as x-ratio.
//
//	go test -run='^$' -bench='^BenchmarkCommandRatio$' -count=6 ./cmd/diplo
func BenchmarkCommandRatio(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		doc := synthDoc(b, n)
		file := filepath.Join(b.TempDir(), "doc.json")
		if err := os.WriteFile(file, doc, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run("validate/synth-"+strconv.Itoa(n), func(b *testing.B) {
			ratioLoop(b, func() error { return command("validate", file) }, func() error {
				g := new(graph.Graph)
				if err := (diplo.DecodeOptions{Strict: true}).Unmarshal(doc, g); err != nil {
					return err
				}
				return g.Validate()
			})
		})
	}
	stream, doc, _ := nodeStream(b, 1000)
	dir := b.TempDir()
	nodesFile, graphFile := filepath.Join(dir, "nodes"), filepath.Join(dir, "graph")
	if err := os.WriteFile(nodesFile, stream, 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(graphFile, doc, 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("rdf-nodes/synth-1000", func(b *testing.B) {
		ratioLoop(b, func() error { return command("rdf", "-nodes", nodesFile) }, func() error { return command("rdf", graphFile) })
	})
}

// ratioLoop runs f and g in rounds of n operations each, b.N rounds in
// all, alternating which goes first, and reports the median ratio of
// their processor times (f's over g's) beside the medians of each.
func ratioLoop(b *testing.B, f, g func() error) {
	b.Helper()
	start := cpuTime()
	if err := f(); err != nil {
		b.Fatal(err)
	}
	// Rounds of about 50 ms of f: long enough for getrusage's clock.
	n := max(1, int(5e7/max(1, cpuTime()-start)))
	run := func(h func() error) int64 {
		t := cpuTime()
		for range n {
			if err := h(); err != nil {
				b.Fatal(err)
			}
		}
		return cpuTime() - t
	}
	var ratios, tf, tg []float64
	i := 0
	for b.Loop() {
		var x, y int64
		if i%2 == 0 {
			x, y = run(f), run(g)
		} else {
			y, x = run(g), run(f)
		}
		i++
		if x > 0 && y > 0 {
			ratios = append(ratios, float64(x)/float64(y))
			tf = append(tf, float64(x)/float64(n))
			tg = append(tg, float64(y)/float64(n))
		}
	}
	if len(ratios) > 0 {
		b.ReportMetric(median(ratios), "x-ratio")
		b.ReportMetric(median(tf), "cmd-cpu-ns/op")
		b.ReportMetric(median(tg), "base-cpu-ns/op")
	}
}

// median returns the middle value of x, which it sorts.
func median(x []float64) float64 {
	slices.Sort(x)
	return x[len(x)/2]
}

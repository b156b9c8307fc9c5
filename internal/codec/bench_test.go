package codec_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
	"github.com/diplo-go/diplo/internal/synth"
)

// benchDoc is a record in the forms the benchmarks compare: its JSON, as
// a graph and as the plain structs of internal/plain.
type benchDoc struct {
	name  string
	data  []byte
	graph *graph.Graph
	plain *plain.Graph
}

// benchDocs returns the five examples' golden records and a generated
// record of 10,000 events.
func benchDocs(tb testing.TB) []benchDoc {
	tb.Helper()
	var docs []benchDoc
	for _, n := range []string{"cancelled-summit", "colombia-farc", "paris-agreement", "russia-mali", "skripal-expulsions"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", n, "testdata", n+".golden.json"))
		if err != nil {
			tb.Fatal(err)
		}
		g, err := graph.Unmarshal(data)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, benchDoc{n, data, g, plain.FromGraph(g)})
	}
	g := synth.Graph(10000)
	data, err := diplo.Marshal(g)
	if err != nil {
		tb.Fatal(err)
	}
	return append(docs, benchDoc{"synth-10000", data, g, plain.FromGraph(g)})
}

// cpuTime returns the processor time of the process, user and system.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// loop runs f b.N times and reports, besides ns/op, the processor time
// per operation (cpu-ns/op), which on a shared machine does not count
// the time other processes held the processor.
func loop(b *testing.B, bytes int, f func() error) {
	b.Helper()
	b.ReportAllocs()
	b.SetBytes(int64(bytes))
	start := cpuTime()
	for b.Loop() {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkCodecDecode compares strict and lenient decoding of a record,
// and strict decoding followed by Validate, with a plain encoding/json
// decode of the same bytes into the plain structs.
func BenchmarkCodecDecode(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run("strict/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { var g graph.Graph; return diplo.UnmarshalStrict(d.data, &g) })
		})
		b.Run("strict-validate/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error {
				var g graph.Graph
				if err := diplo.UnmarshalStrict(d.data, &g); err != nil {
					return err
				}
				return g.Validate()
			})
		})
		b.Run("lenient/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { var g graph.Graph; return diplo.Unmarshal(d.data, &g) })
		})
		b.Run("plain/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { var p plain.Graph; return json.Unmarshal(d.data, &p) })
		})
	}
}

// BenchmarkCodecEncode compares diplo.Marshal of a record with
// encoding/json's json.Marshal of the same record as plain structs.
func BenchmarkCodecEncode(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run("diplo/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { _, err := diplo.Marshal(d.graph); return err })
		})
		b.Run("plain/"+d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { _, err := json.Marshal(d.plain); return err })
		})
	}
}

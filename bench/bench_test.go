package bench_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
	"github.com/diplo-go/diplo/internal/synth"
)

// Events is the size of the generated record.
const Events = 10000

// record is one record in the forms the benchmarks compare.
type record struct {
	name  string
	graph *graph.Graph
	plain *plain.Graph
	json  []byte // the encoding of graph, which is also that of plain
}

var (
	recordsOnce sync.Once
	records     []record
	recordsErr  error
)

// loadRecords returns the Russia–Mali record, read from the example's
// golden file, and a generated record of Events events.
func loadRecords(tb testing.TB) []record {
	tb.Helper()
	recordsOnce.Do(func() {
		rm, _, err := synth.Load(filepath.Join("..", synth.RussiaMaliFile))
		if err != nil {
			recordsErr = err
			return
		}
		for _, r := range []struct {
			name string
			g    *graph.Graph
		}{{"russia-mali", rm}, {"synth-10000", synth.Graph(Events)}} {
			data, err := json.Marshal(r.g)
			if err != nil {
				recordsErr = err
				return
			}
			records = append(records, record{name: r.name, graph: r.g, plain: plain.FromGraph(r.g), json: data})
		}
	})
	if recordsErr != nil {
		tb.Fatal(recordsErr)
	}
	return records
}

// loop runs f b.N times, failing on its first error, and reports besides
// ns/op the processor time of the process per operation (cpu-ns/op). On a
// machine shared with other work, the wall time of an operation includes
// the time other processes held the processor; cpu-ns/op does not, and it
// counts the garbage collector's work on every thread.
func loop(b *testing.B, f func() error) {
	b.Helper()
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// TestEncodersAgree checks that the three encoders of BenchmarkEncode
// write the same JSON: json.Marshal of the graph and of the plain structs
// the same bytes, and diplo.Marshal those bytes in diplo's canonical form,
// which leaves '&', '<' and '>' unescaped (what a json.Encoder writes
// after SetEscapeHTML(false)).
func TestEncodersAgree(t *testing.T) {
	for _, r := range loadRecords(t) {
		m, err := diplo.Marshal(r.graph)
		if err != nil {
			t.Fatal(err)
		}
		p, err := json.Marshal(r.plain)
		if err != nil {
			t.Fatal(err)
		}
		var canonical bytes.Buffer
		enc := json.NewEncoder(&canonical)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r.graph); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(m, bytes.TrimSuffix(canonical.Bytes(), []byte("\n"))) || !bytes.Equal(p, r.json) {
			t.Errorf("%s: diplo.Marshal, json.Marshal of the graph and json.Marshal of the plain structs differ", r.name)
		}
	}
}

// BenchmarkEncode compares diplo.Marshal of a diplo graph (diplo) and
// json.Marshal of it (diplo-json) with json.Marshal of the same record as
// plain structs (plain). All three write the same bytes, but for
// diplo.Marshal's leaving '&', '<' and '>' unescaped.
func BenchmarkEncode(b *testing.B) {
	for _, r := range loadRecords(b) {
		for _, impl := range []struct {
			name    string
			v       any
			marshal func(any) ([]byte, error)
		}{
			{"diplo", r.graph, diplo.Marshal},
			{"diplo-json", r.graph, json.Marshal},
			{"plain", r.plain, json.Marshal},
		} {
			b.Run(impl.name+"/"+r.name, func(b *testing.B) {
				b.SetBytes(int64(len(r.json)))
				loop(b, func() error {
					_, err := impl.marshal(impl.v)
					return err
				})
			})
		}
	}
}

// BenchmarkDecode compares decoding and validating a diplo graph
// (graph.Unmarshal, then Validate) with json.Unmarshal into plain structs,
// which checks nothing but the JSON. diplo-novalidate is graph.Unmarshal
// alone; graph-json is json.Unmarshal into a graph.Graph, then Validate:
// what the diplo types cost encoding/json, without the work that
// diplo.Unmarshal adds around it.
func BenchmarkDecode(b *testing.B) {
	for _, r := range loadRecords(b) {
		b.Run("diplo/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				g, err := graph.Unmarshal(r.json)
				if err != nil {
					return err
				}
				return g.Validate()
			})
		})
		b.Run("diplo-novalidate/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				_, err := graph.Unmarshal(r.json)
				return err
			})
		})
		b.Run("graph-json/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				var g graph.Graph
				if err := json.Unmarshal(r.json, &g); err != nil {
					return err
				}
				return g.Validate()
			})
		})
		b.Run("plain/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				var p plain.Graph
				return json.Unmarshal(r.json, &p)
			})
		})
	}
}

// BenchmarkValidate measures graph.Graph.Validate on a valid record, in
// the steady state of a program that validates record after record: one
// call before the timed loop lets Validate keep its table of IDs for the
// next, as it does from one call to the next in any program.
func BenchmarkValidate(b *testing.B) {
	for _, r := range loadRecords(b) {
		b.Run(r.name, func(b *testing.B) {
			if err := r.graph.Validate(); err != nil {
				b.Fatal(err)
			}
			loop(b, r.graph.Validate)
		})
	}
}

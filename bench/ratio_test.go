package bench_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
)

// BenchmarkRatio measures diplo against each competitor in turn, on the
// same record in the same loop: rounds of a few operations of one, then
// as many of the other (in alternating order), each round timed in
// processor time of the process. It reports the median of the rounds'
// ratios, diplo's time over the competitor's (x-ratio), beside the
// medians of each (diplo-cpu-ns/op, other-cpu-ns/op). On a machine
// shared with other work, where two benchmarks run one after the other
// see different loads, the ratio of one loop is what can be compared.
//
//	go test -run='^$' -bench='^BenchmarkRatio$' -count=6 .
//
// decode-strict is strict decoding and Validate (as BenchmarkDecode's
// diplo-strict). encode is diplo.Marshal of a graph decoded strictly
// from the record's bytes against the competitor's encoding of plain
// structs that its own decoder made from the same bytes (for plain,
// encoding/json's): each side encodes values laid out in memory as its
// decoder lays them out, which is how a program's values usually come
// about. encode-generated is the former set-up, kept for comparison:
// diplo.Marshal of the graph the record was built as (synth.Graph, in
// the generator's order, or decoded from an example) against the
// competitor's encoding of a fresh copy of it as plain structs
// (plain.FromGraph), which the conversion lays out in writing order.
//
// encode-relaid and encode-scattered isolate what encode-generated
// compares besides the encoders, the places of the values in memory:
// both sides encode copies of the generated record (relaid) that hold
// the same values, laid out alike. In encode-relaid both copies are laid
// out in writing order; in encode-scattered both have their maps (the
// Texts) made in the same random order, scattered as a program that
// builds its values in another order than it writes them scatters its
// own.
func BenchmarkRatio(b *testing.B) {
	for _, r := range loadRecords(b) {
		decoded := r.decodedGraph(b)
		strict := r.options()
		strict.Strict = true
		decode := func() error {
			g := new(graph.Graph)
			if err := strict.Unmarshal(r.json, g); err != nil {
				return err
			}
			return g.Validate()
		}
		encodeGenerated := func() error {
			_, err := diplo.Marshal(r.graph)
			return err
		}
		encode := func() error {
			_, err := diplo.Marshal(decoded)
			return err
		}
		others := append([]codec{{"plain", func(v any) ([]byte, error) { return json.Marshal(v) }, json.Unmarshal}}, codecs[1:]...)
		for _, c := range others {
			b.Run("decode-strict/"+c.name+"/"+r.name, func(b *testing.B) {
				ratioLoop(b, decode, func() error {
					var p plain.Graph
					return c.unmarshal(r.json, &p)
				})
			})
			b.Run("encode/"+c.name+"/"+r.name, func(b *testing.B) {
				p := new(plain.Graph)
				if err := c.unmarshal(r.json, p); err != nil {
					b.Fatal(err)
				}
				ratioLoop(b, encode, func() error {
					_, err := c.marshal(p)
					return err
				})
			})
			b.Run("encode-generated/"+c.name+"/"+r.name, func(b *testing.B) {
				ratioLoop(b, encodeGenerated, func() error {
					_, err := c.marshal(r.plain)
					return err
				})
			})
			for _, l := range layouts {
				b.Run("encode-"+l.name+"/"+c.name+"/"+r.name, func(b *testing.B) {
					g, p := relaid(r.graph, l.mapOrder), relaid(r.plain, l.mapOrder)
					ratioLoop(b, func() error {
						_, err := diplo.Marshal(g)
						return err
					}, func() error {
						_, err := c.marshal(p)
						return err
					})
				})
			}
		}
	}
}

// layouts are the layouts of encode-relaid and encode-scattered.
var layouts = []struct {
	name     string
	mapOrder func(n int) []int
}{
	{"relaid", nil},
	{"scattered", shuffled(1)},
}

// ratioLoop runs f and g in rounds of n operations each, b.N rounds in
// all, and reports the median ratio of their processor times.
func ratioLoop(b *testing.B, f, g func() error) {
	b.Helper()
	// n operations of f take about five milliseconds: rounds long enough for
	// the clock, short enough that the load of the machine changes
	// little within one.
	start := preciseCPUTime()
	if err := f(); err != nil {
		b.Fatal(err)
	}
	n := max(1, int(5e6/max(1, preciseCPUTime()-start)))
	run := func(h func() error) int64 {
		t := preciseCPUTime()
		for range n {
			if err := h(); err != nil {
				b.Fatal(err)
			}
		}
		return preciseCPUTime() - t
	}
	var ratios, tf, tg []float64
	i := 0
	for b.Loop() {
		var a, c int64
		if i%2 == 0 {
			a, c = run(f), run(g)
		} else {
			c, a = run(g), run(f)
		}
		i++
		if a > 0 && c > 0 {
			ratios = append(ratios, float64(a)/float64(c))
			tf = append(tf, float64(a)/float64(n))
			tg = append(tg, float64(c)/float64(n))
		}
	}
	if len(ratios) > 0 {
		b.ReportMetric(median(ratios), "x-ratio")
		b.ReportMetric(median(tf), "diplo-cpu-ns/op")
		b.ReportMetric(median(tg), "other-cpu-ns/op")
	}
}

func median(x []float64) float64 {
	slices.Sort(x)
	return x[len(x)/2]
}

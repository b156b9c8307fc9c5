package bench_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/bytedance/sonic"
	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	goccy "github.com/goccy/go-json"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
	"github.com/diplo-go/diplo/internal/synth"
)

// large adds the record of 100,000 events (about 180 MB of JSON) to the
// benchmarks: go test -run='^$' -bench=. ./ -args -large.
var large = flag.Bool("large", false, "also benchmark a generated record of 100,000 events (about 180 MB)")

// exampleFiles are the golden files of the five examples, from the root of
// the module.
var exampleFiles = []string{
	"examples/cancelled-summit/testdata/cancelled-summit.golden.json",
	"examples/colombia-farc/testdata/colombia-farc.golden.json",
	"examples/paris-agreement/testdata/paris-agreement.golden.json",
	synth.RussiaMaliFile,
	"examples/skripal-expulsions/testdata/skripal-expulsions.golden.json",
}

// record is one record in the forms the benchmarks compare.
type record struct {
	name  string
	graph *graph.Graph
	plain *plain.Graph
	json  []byte // diplo.Marshal of graph: the canonical bytes
	// decoded is json decoded strictly, made by decodedGraph.
	decoded *graph.Graph
}

var (
	recordsMu sync.Mutex
	recordsBy = map[string]*record{}
)

// loadRecord returns the record name, made once per process: an example
// (its file's base name without .golden.json) or synth-N, a generated
// record of N events.
func loadRecord(tb testing.TB, name string) *record {
	tb.Helper()
	recordsMu.Lock()
	defer recordsMu.Unlock()
	if r, ok := recordsBy[name]; ok {
		return r
	}
	var g *graph.Graph
	if n, ok := strings.CutPrefix(name, "synth-"); ok {
		events, err := strconv.Atoi(n)
		if err != nil {
			tb.Fatal(err)
		}
		g = synth.Graph(events)
	} else {
		for _, f := range exampleFiles {
			if strings.TrimSuffix(filepath.Base(f), ".golden.json") == name {
				var err error
				if g, _, err = synth.Load(filepath.Join("..", f)); err != nil {
					tb.Fatal(err)
				}
			}
		}
		if g == nil {
			tb.Fatalf("no record %q", name)
		}
	}
	data, err := diplo.Marshal(g)
	if err != nil {
		tb.Fatal(err)
	}
	r := &record{name: name, graph: g, plain: plain.FromGraph(g), json: data}
	recordsBy[name] = r
	return r
}

// decodedGraph returns the graph strictly decoded from the record's
// bytes, made once per record: values laid out in memory as diplo's
// decoder lays them out, as a competitor's decoder lays out its plain
// structs.
func (r *record) decodedGraph(tb testing.TB) *graph.Graph {
	tb.Helper()
	recordsMu.Lock()
	defer recordsMu.Unlock()
	if r.decoded == nil {
		o := r.options()
		o.Strict = true
		g := new(graph.Graph)
		if err := o.Unmarshal(r.json, g); err != nil {
			tb.Fatal(err)
		}
		r.decoded = g
	}
	return r.decoded
}

// options returns the decoding options of the benchmarks: the default
// limits (graph.Unmarshal's), raised to hold the record if it is larger
// (synth-100000 is about 180 MB and 1.5 million objects).
func (r *record) options() diplo.DecodeOptions {
	var o diplo.DecodeOptions
	if len(r.json) > diplo.DefaultMaxBytes {
		o.Limits = diplo.Limits{MaxBytes: len(r.json), MaxObjects: bytes.Count(r.json, []byte("{"))}
	}
	return o
}

// recordNames lists the records the benchmarks run on: the five examples
// and generated records of 1,000 and 10,000 events, and of 100,000 events
// with -large. The tests use the examples and synth-1000, and synth-10000
// unless -short.
func recordNames(tb testing.TB) []string {
	names := make([]string, 0, len(exampleFiles)+3)
	for _, f := range exampleFiles {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".golden.json"))
	}
	names = append(names, "synth-1000")
	if _, bench := tb.(*testing.B); bench || !testing.Short() {
		names = append(names, "synth-10000")
	}
	if _, bench := tb.(*testing.B); bench && *large {
		names = append(names, "synth-100000")
	}
	return names
}

// loadRecords returns the records of recordNames.
func loadRecords(tb testing.TB) []*record {
	tb.Helper()
	var out []*record
	for _, name := range recordNames(tb) {
		out = append(out, loadRecord(tb, name))
	}
	return out
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

// codec is a JSON library as a speed-minded Go user would call it on the
// plain structs: encoding to diplo's canonical bytes and decoding them.
type codec struct {
	name      string
	marshal   func(any) ([]byte, error)
	unmarshal func([]byte, any) error
}

// sonicCanonical is sonic.ConfigStd without HTML escaping, which diplo's
// canonical JSON leaves out (goccy is called with DisableHTMLEscape, and
// json v2 does not escape HTML by default).
var sonicCanonical = sonic.Config{
	SortMapKeys:      true,
	CompactMarshaler: true,
	CopyString:       true,
	ValidateString:   true,
}.Froze()

// codecs are the competitors, each used on plain structs: encoding/json
// (encoder without HTML escaping, so that it writes the canonical bytes),
// github.com/goccy/go-json, github.com/bytedance/sonic and
// github.com/go-json-experiment/json (JSON v2).
var codecs = []codec{
	{"encoding-json", func(v any) ([]byte, error) {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		err := enc.Encode(v)
		return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
	}, json.Unmarshal},
	{"goccy", func(v any) ([]byte, error) { return goccy.MarshalWithOption(v, goccy.DisableHTMLEscape()) }, goccy.Unmarshal},
	{"sonic", sonicCanonical.Marshal, sonic.ConfigStd.Unmarshal},
	{"jsonv2", func(v any) ([]byte, error) {
		return jsonv2.Marshal(v, jsonv2.Deterministic(true), jsontext.EscapeForJS(true))
	}, func(data []byte, v any) error { return jsonv2.Unmarshal(data, v) }},
}

// TestCompetitorsAgree checks what the comparison of diplo with each
// competitor relies on: each writes, from the plain structs, exactly
// diplo.Marshal's bytes of the graph (none wins by writing less), each
// decodes those bytes into the values diplo decodes, and each writes
// those bytes again from what it decoded, as diplo does from the graph
// it decodes strictly (BenchmarkRatio's encode).
func TestCompetitorsAgree(t *testing.T) {
	for _, r := range loadRecords(t) {
		g, err := graph.UnmarshalStrict(r.json)
		require.NoError(t, err, r.name)
		want := plain.FromGraph(g)
		require.Equal(t, r.plain, want, "%s: diplo does not decode what it encodes", r.name)
		again, err := diplo.Marshal(r.decodedGraph(t))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(again, r.json), "%s: diplo.Marshal of the decoded graph differs at byte %d of %d", r.name, mismatch(again, r.json), len(r.json))
		for _, c := range codecs {
			t.Run(c.name+"/"+r.name, func(t *testing.T) {
				got, err := c.marshal(r.plain)
				require.NoError(t, err)
				assert.True(t, bytes.Equal(got, r.json), "the encoding differs from diplo.Marshal's at byte %d of %d", mismatch(got, r.json), len(r.json))
				var p plain.Graph
				require.NoError(t, c.unmarshal(r.json, &p))
				assert.Equal(t, want, &p)
				got, err = c.marshal(&p)
				require.NoError(t, err)
				assert.True(t, bytes.Equal(got, r.json), "the encoding of what it decoded differs from diplo.Marshal's at byte %d of %d", mismatch(got, r.json), len(r.json))
			})
		}
	}
}

// mismatch returns the index of the first byte where a and b differ.
func mismatch(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestEncodersAgree checks that the encoders of BenchmarkEncode that
// diplo's types go through write the same JSON: json.Marshal of the graph
// the bytes of json.Marshal of the plain structs, and diplo.Marshal those
// bytes in diplo's canonical form, which leaves '&', '<' and '>'
// unescaped (what a json.Encoder writes after SetEscapeHTML(false)).
func TestEncodersAgree(t *testing.T) {
	for _, r := range loadRecords(t) {
		d, err := json.Marshal(r.graph)
		require.NoError(t, err)
		p, err := json.Marshal(r.plain)
		require.NoError(t, err)
		var canonical bytes.Buffer
		enc := json.NewEncoder(&canonical)
		enc.SetEscapeHTML(false)
		require.NoError(t, enc.Encode(r.graph))
		assert.True(t, bytes.Equal(r.json, bytes.TrimSuffix(canonical.Bytes(), []byte("\n"))), "%s: diplo.Marshal and encoding/json differ", r.name)
		assert.True(t, bytes.Equal(d, p), "%s: json.Marshal of the graph and of the plain structs differ", r.name)
	}
}

// BenchmarkEncode compares diplo.Marshal of a diplo graph (diplo) and
// json.Marshal of it (diplo-json) with each competitor's encoding of the
// same record as plain structs (plain is json.Marshal; the others are the
// codecs). All write the same bytes, but for json.Marshal's escaping of
// '&', '<' and '>'.
func BenchmarkEncode(b *testing.B) {
	for _, r := range loadRecords(b) {
		impls := []struct {
			name    string
			v       any
			marshal func(any) ([]byte, error)
		}{
			{"diplo", r.graph, diplo.Marshal},
			{"diplo-json", r.graph, json.Marshal},
			{"plain", r.plain, json.Marshal},
		}
		for _, c := range codecs[1:] {
			impls = append(impls, struct {
				name    string
				v       any
				marshal func(any) ([]byte, error)
			}{c.name, r.plain, c.marshal})
		}
		for _, impl := range impls {
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
// (graph.Unmarshal, then Validate; diplo-strict with UnmarshalStrict; both
// as DecodeOptions.Unmarshal, whose limits are raised for synth-100000) with
// each competitor's decoding into plain structs, which checks nothing but
// the JSON (plain is json.Unmarshal). diplo-novalidate is graph.Unmarshal
// alone; graph-json is json.Unmarshal into a graph.Graph, then Validate:
// what the diplo types cost encoding/json, without the work that
// diplo.Unmarshal adds around it.
func BenchmarkDecode(b *testing.B) {
	for _, r := range loadRecords(b) {
		lenient, strict := r.options(), r.options()
		strict.Strict = true
		b.Run("diplo/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				g := new(graph.Graph)
				if err := lenient.Unmarshal(r.json, g); err != nil {
					return err
				}
				return g.Validate()
			})
		})
		b.Run("diplo-strict/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				g := new(graph.Graph)
				if err := strict.Unmarshal(r.json, g); err != nil {
					return err
				}
				return g.Validate()
			})
		})
		b.Run("diplo-novalidate/"+r.name, func(b *testing.B) {
			b.SetBytes(int64(len(r.json)))
			loop(b, func() error {
				return lenient.Unmarshal(r.json, new(graph.Graph))
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
		for _, c := range codecs[1:] {
			b.Run(c.name+"/"+r.name, func(b *testing.B) {
				b.SetBytes(int64(len(r.json)))
				loop(b, func() error {
					var p plain.Graph
					return c.unmarshal(r.json, &p)
				})
			})
		}
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

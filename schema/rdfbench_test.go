package schema

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/diplo-go/diplo/graph"
)

// BenchmarkRDF compares the N-Quads writer with json-gold's ToRDF on the
// Russia–Mali record: the same dataset (TestPrintedJSONLD checks it), from
// the typed values on one side and from the JSON-LD, parsed once outside
// the loop, on the other.
func BenchmarkRDF(b *testing.B) {
	data, err := os.ReadFile("../examples/russia-mali/testdata/russia-mali.golden.json")
	if err != nil {
		b.Fatal(err)
	}
	g, err := graph.Unmarshal(data)
	if err != nil {
		b.Fatal(err)
	}
	var nq bytes.Buffer
	if err := WriteNQuads(&nq, g); err != nil {
		b.Fatal(err)
	}
	b.Run("nquads/russia-mali", func(b *testing.B) {
		b.SetBytes(int64(nq.Len()))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteNQuads(io.Discard, g); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json-gold/russia-mali", func(b *testing.B) {
		doc, err := marshalAny(g, JSONLDOptions{})
		if err != nil {
			b.Fatal(err)
		}
		d, err := ld.DocumentFromReader(bytes.NewReader(doc))
		if err != nil {
			b.Fatal(err)
		}
		o := ldOptions(b)
		o.Format = "application/n-quads"
		p := ld.NewJsonLdProcessor()
		b.SetBytes(int64(nq.Len()))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := p.ToRDF(d, o); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkContext measures Context: a copy of the embedded file, which
// is parsed and generated never.
func BenchmarkContext(b *testing.B) {
	b.SetBytes(int64(len(Context())))
	b.ReportAllocs()
	for b.Loop() {
		_ = Context()
	}
}

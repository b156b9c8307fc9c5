package main

import (
	"bytes"
	"io"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
)

// synthDoc returns a valid graph of n events as JSON.
func synthDoc(tb testing.TB, n int) []byte {
	data, err := diplo.Marshal(synth.Graph(n))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// validateCase is "diplo validate -" on a valid graph of n events: the
// limits, the JSON Schema and the model.
var validateCase = scaling.Case{
	Name: "validate",
	N:    12,
	Setup: func(tb testing.TB, n int) func() {
		doc := synthDoc(tb, n)
		return func() {
			if out, errOut, code := runIn(doc, "validate", "-"); code != 0 {
				tb.Fatalf("exit %d: %.300s%.300s", code, out, errOut)
			}
		}
	},
}

func BenchmarkValidate(b *testing.B) { scaling.Bench(b, validateCase) }

// rdfNodesCase is "diplo rdf -nodes -" on the node stream of a valid
// graph of n events: each line decoded, validated and written as N-Quads
// (to io.Discard, so that a growing buffer of the output is not measured).
var rdfNodesCase = scaling.Case{
	Name: "rdf-nodes",
	N:    50,
	Setup: func(tb testing.TB, n int) func() {
		stream, _, _ := nodeStream(tb, n)
		return func() {
			var errOut bytes.Buffer
			if code := run([]string{"rdf", "-nodes", "-"}, bytes.NewReader(stream), io.Discard, &errOut); code != 0 {
				tb.Fatalf("exit %d: %.300s", code, errOut.Bytes())
			}
		}
	},
}

func BenchmarkRDFNodes(b *testing.B) { scaling.Bench(b, rdfNodesCase) }

func TestRDFNodesScales(t *testing.T) { scaling.Check(t, rdfNodesCase) }

func TestValidateScales(t *testing.T) { scaling.Check(t, validateCase) }

// BenchmarkValidateSteps measures the steps of validate apart on a valid
// graph of 800 events: the limits pass, the JSON Schema step and the
// model's (strict decoding and Validate).
func BenchmarkValidateSteps(b *testing.B) {
	doc := synthDoc(b, 800)
	sch, err := compiledSchema("graph")
	if err != nil {
		b.Fatal(err)
	}
	o := diplo.DecodeOptions{Strict: true}
	b.Run("limits", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			if err := o.Check(doc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("schema", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			if ps, _ := schemaCheck(sch, doc, maxProblems+1); len(ps) > 0 {
				b.Fatal(ps)
			}
		}
	})
	b.Run("model", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			node, _ := newNode("graph")
			if err := o.Unmarshal(doc, node); err != nil {
				b.Fatal(err)
			}
			if err := node.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

package graph_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
)

// nodeStreamCase reads, strictly, the node stream of a generated graph of
// n events (about 4.3 nodes per event) and validates each node: the cost
// per node must not grow with the stream.
var nodeStreamCase = scaling.Case{Name: "NodeStream", N: 100, Setup: func(tb testing.TB, n int) func() {
	data := writeNodes(tb, synth.Graph(n))
	return func() {
		r := graph.NewNodeReader(bytes.NewReader(data), diplo.DecodeOptions{Strict: true})
		for {
			node, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				tb.Fatal(err)
			}
			if err := node.Validate(); err != nil {
				tb.Fatal(err)
			}
		}
	}
}}

func BenchmarkNodeStream(b *testing.B) { scaling.Bench(b, nodeStreamCase) }

func TestNodeStreamScales(t *testing.T) { scaling.Check(t, nodeStreamCase) }

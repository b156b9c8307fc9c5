package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/diplo-go/diplo/graph"
)

func BenchmarkValidate(b *testing.B) {
	g := smallGraph()
	b.ReportAllocs()
	for b.Loop() {
		if err := g.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshal(b *testing.B) {
	data, err := json.Marshal(smallGraph())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := graph.Unmarshal(data); err != nil {
			b.Fatal(err)
		}
	}
}

package bench_test

import (
	"encoding/json"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
)

// BenchmarkRatioDecoded is BenchmarkRatio's encode on values decoded from
// the record's bytes: a graph by diplo's decoder, plain structs by
// encoding/json. In BenchmarkRatio the graph is the one the record was
// built as (synth.Graph, or decoded from an example) and the plain
// structs a fresh copy of it (plain.FromGraph), laid out in memory in
// the order an encoder reads them; here both are laid out in the order
// of the document, so that the ratio is that of the encoders rather than
// of the two values' places in memory.
//
//	go test -run='^$' -bench='^BenchmarkRatioDecoded$' -count=6 .
func BenchmarkRatioDecoded(b *testing.B) {
	for _, r := range loadRecords(b) {
		g := new(graph.Graph)
		if err := r.options().Unmarshal(r.json, g); err != nil {
			b.Fatal(err)
		}
		var p plain.Graph
		if err := json.Unmarshal(r.json, &p); err != nil {
			b.Fatal(err)
		}
		encode := func() error {
			_, err := diplo.Marshal(g)
			return err
		}
		for _, c := range codecs[1:] {
			b.Run("encode/"+c.name+"/"+r.name, func(b *testing.B) {
				ratioLoop(b, encode, func() error {
					_, err := c.marshal(&p)
					return err
				})
			})
		}
	}
}

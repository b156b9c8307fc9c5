package dyad_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

// gdeltRecords returns the records of the committed GDELT sample (2,111
// rows).
func gdeltRecords(tb testing.TB) []eventdata.Record {
	tb.Helper()
	data, err := os.ReadFile("../gdelt/testdata/sample-A.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	var recs []eventdata.Record
	r := gdelt.NewReader(bytes.NewReader(data), gdelt.ReaderOptions{})
	for {
		e, err := r.Read()
		if err == io.EOF {
			return recs
		}
		if err != nil {
			tb.Fatal(err)
		}
		recs = append(recs, e.Record())
	}
}

// discard is a NodeSink that keeps nothing.
type discard struct{}

func (discard) Write(graph.Node) error { return nil }

// BenchmarkLiftGDELT lifts the records of the GDELT sample with a stream
// Lifter whose sink keeps nothing: the Lifter alone, without reading the
// rows or writing the nodes. Each run has a new Lifter, so each run
// makes every actor and source node again.
func BenchmarkLiftGDELT(b *testing.B) {
	recs := gdeltRecords(b)
	scaling.RowsLoop(b, len(recs), func() {
		l := dyad.NewStreamLifter(discard{})
		for _, r := range recs {
			_ = l.Add(r)
		}
		if l.Err() != nil || l.Lifted == 0 {
			b.Fatalf("lifted %d: %v", l.Lifted, l.Err())
		}
	})
}

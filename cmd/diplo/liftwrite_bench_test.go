package main

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/graph"
)

// BenchmarkImportLiftWrite measures the part of "diplo import gdelt" after
// the reader: the records of 50,000 generated rows (gdeltRows), read
// once before the loop, are lifted by a stream Lifter into the graph
// document's spool (graph, which WriteTo then copies to io.Discard) or a
// NodeWriter (nodes), with the collector tuned as import tunes it. It
// reports rows per second of processor time (rows/cpu-s): the Lifter's
// and the writer's share of import, apart from the reader's.
func BenchmarkImportLiftWrite(b *testing.B) {
	var recs []eventdata.Record
	rd := gdelt.NewReader(bytes.NewReader(gdeltRows(b, 50000)), gdelt.ReaderOptions{})
	for {
		e, err := rd.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		recs = append(recs, e.Record())
	}
	for _, mode := range []string{"graph", "nodes"} {
		b.Run(mode+"/rows-50000", func(b *testing.B) {
			defer tuneGC()()
			start := cpuTime()
			cpuLoop(b, func() error {
				var sink dyad.NodeSink
				var spool *graphSpool
				var nw *graph.NodeWriter
				if mode == "graph" {
					spool = new(graphSpool)
					defer spool.Close()
					sink = spool
				} else {
					nw = graph.NewNodeWriter(io.Discard)
					sink = nw
				}
				l := dyad.NewStreamLifter(sink)
				for _, r := range recs {
					_ = l.Add(r)
				}
				if l.Err() != nil {
					return l.Err()
				}
				if nw != nil {
					return nw.Flush()
				}
				_, err := spool.WriteTo(io.Discard)
				return err
			})
			b.ReportMetric(float64(len(recs))*float64(b.N)/(float64(cpuTime()-start)/1e9), "rows/cpu-s")
		})
	}
}

package main

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/graph"
)

// nodeList is a dyad.NodeSink that keeps the nodes.
type nodeList []graph.Node

func (l *nodeList) Write(n graph.Node) error { *l = append(*l, n); return nil }

// BenchmarkImportWrite measures the graph document's writer alone: the
// nodes a stream Lifter makes of 50,000 generated rows (gdeltRows),
// lifted once before the loop, are written to the spool, which WriteTo
// then copies to io.Discard. It reports rows per second of processor
// time (rows/cpu-s, rows of the input) and the nodes written per run.
func BenchmarkImportWrite(b *testing.B) {
	var nodes nodeList
	l := dyad.NewStreamLifter(&nodes)
	rd := gdelt.NewReader(bytes.NewReader(gdeltRows(b, 50000)), gdelt.ReaderOptions{})
	rows := 0
	for {
		e, err := rd.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			b.Fatal(err)
		}
		rows++
		_ = l.Add(e.Record())
	}
	if l.Err() != nil {
		b.Fatal(l.Err())
	}
	b.Run("graph/rows-50000", func(b *testing.B) {
		defer tuneGC()()
		start := cpuTime()
		cpuLoop(b, func() error {
			spool := new(graphSpool)
			defer spool.Close()
			for _, n := range nodes {
				if err := spool.Write(n); err != nil {
					return err
				}
			}
			_, err := spool.WriteTo(io.Discard)
			return err
		})
		b.ReportMetric(float64(rows)*float64(b.N)/(float64(cpuTime()-start)/1e9), "rows/cpu-s")
		b.ReportMetric(float64(len(nodes)), "nodes/op")
	})
}

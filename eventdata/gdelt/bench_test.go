package gdelt_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// BenchmarkReadGDELT2 reads the whole sample (2,111 rows) per iteration.
func BenchmarkReadGDELT2(b *testing.B) {
	data := readSample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		r := gdelt.NewReader(bytes.NewReader(data))
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkWriteGDELT2 writes the sample's rows per iteration.
func BenchmarkWriteGDELT2(b *testing.B) {
	data := readSample(b)
	events := readAll(b, data)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		w := gdelt.NewWriter(io.Discard)
		for _, e := range events {
			if err := w.Write(e); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			b.Fatal(err)
		}
		rows += len(events)
	}
	b.ReportMetric(float64(rows)/b.Elapsed().Seconds(), "rows/s")
}

package icews_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/diplo-go/diplo/eventdata/icews"
)

// BenchmarkReadICEWS reads the whole sample (3,705 rows) per iteration.
func BenchmarkReadICEWS(b *testing.B) {
	data := readSample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		r := icews.NewReader(bytes.NewReader(data), icews.ReaderOptions{})
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

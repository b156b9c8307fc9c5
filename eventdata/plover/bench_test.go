package plover_test

import (
	"bytes"
	"io"
	"os"
	"testing"

	"github.com/diplo-go/diplo/eventdata/plover"
)

func BenchmarkDecodeGSR(b *testing.B) {
	data, err := os.ReadFile(gsrPath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d := plover.NewDecoder(bytes.NewReader(data))
		n := 0
		for {
			_, err := d.Decode()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 323 {
			b.Fatalf("%d records", n)
		}
	}
}

func BenchmarkEncodeGSR(b *testing.B) {
	recs := readGSR(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := plover.WriteAll(io.Discard, recs); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFromCAMEO(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, ok := plover.FromCAMEO("0861"); !ok {
			b.Fatal("not found")
		}
	}
}

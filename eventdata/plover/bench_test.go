package plover_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"syscall"
	"testing"

	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/internal/scaling"
)

func BenchmarkDecodeGSR(b *testing.B) {
	data, err := os.ReadFile(gsrPath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		d := plover.NewDecoder(bytes.NewReader(data), plover.DecoderOptions{})
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
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the processor time of the process, user and system,
// which on a shared machine does not count the time other processes held
// the processor.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
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

// recordsJSON returns a JSON array of n records, each with two actors, a
// recipient, an event, a location and a text.
func recordsJSON(n int) []byte {
	var b bytes.Buffer
	b.WriteString("[\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id":"r%d","date":"2020-05-01","actor":[{"code":"USA","sector":"GOV","entity_text":"US"},{"code":"FRA"}],`+
			`"recipient":[{"code":"RUS"}],"event":["ACCUSE"],"mode":["allege"],"context":["diplomatic"],`+
			`"event_loc":{"resolved_place":"Paris","lat":48.85,"lon":2.35},"text":"The United States and France accused Russia."}`, i)
	}
	b.WriteString("\n]\n")
	return b.Bytes()
}

// decodeCount decodes data and fails tb unless it holds n records.
func decodeCount(tb testing.TB, data []byte, n int) {
	d := plover.NewDecoder(bytes.NewReader(data), plover.DecoderOptions{})
	got := 0
	for {
		_, err := d.Decode()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		got++
	}
	if got != n {
		tb.Fatalf("%d records, want %d", got, n)
	}
}

// decodeRecordsCase is a Decoder reading n records.
var decodeRecordsCase = scaling.Case{Name: "Decode records", N: 200, Setup: func(tb testing.TB, n int) func() {
	data := recordsJSON(n)
	return func() { decodeCount(tb, data, n) }
}}

// decodeActorsCase is a Decoder reading one record of n actors.
var decodeActorsCase = scaling.Case{Name: "Decode actors", N: 500, Setup: func(tb testing.TB, n int) func() {
	var b bytes.Buffer
	b.WriteString(`{"id":"many","event":["CONSULT"],"actor":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"USA","sector":"GOV","entity_text":"a%d","extra":[%d]}`, i, i)
	}
	b.WriteString("]}\n")
	data := b.Bytes()
	return func() { decodeCount(tb, data, 1) }
}}

func BenchmarkDecodeRecords(b *testing.B) { scaling.Bench(b, decodeRecordsCase) }

func TestDecodeRecordsScales(t *testing.T) { scaling.Check(t, decodeRecordsCase) }

func BenchmarkDecodeActors(b *testing.B) { scaling.Bench(b, decodeActorsCase) }

func TestDecodeActorsScales(t *testing.T) { scaling.Check(t, decodeActorsCase) }

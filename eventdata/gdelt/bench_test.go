package gdelt_test

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/internal/scaling"
)

// BenchmarkReadGDELT2 reads the whole sample (2,111 rows) per iteration.
func BenchmarkReadGDELT2(b *testing.B) {
	data := readSample(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	rows := 0
	for b.Loop() {
		r := gdelt.NewReader(bytes.NewReader(data), gdelt.ReaderOptions{})
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

// readerCase reads n generated rows: the sample's rows in turn, each with
// its own GLOBALEVENTID.
var readerCase = readCase("gdelt.Reader", func(r *gdelt.Reader) error {
	_, err := r.Read()
	return err
}, gdelt.ReaderOptions{})

// readRecordCase reads the rows of readerCase with ReadRecord, as
// import gdelt does (Transient).
var readRecordCase = readCase("gdelt.Reader.ReadRecord", func(r *gdelt.Reader) error {
	_, err := r.ReadRecord()
	return err
}, gdelt.ReaderOptions{Transient: true})

// readCase returns the scaling case of reading n generated rows with read.
func readCase(name string, read func(*gdelt.Reader) error, o gdelt.ReaderOptions) scaling.Case {
	return scaling.Case{
		Name: name,
		N:    1000,
		Setup: func(tb testing.TB, n int) func() {
			lines := strings.SplitAfter(strings.TrimSuffix(string(readSample(tb)), "\n"), "\n")
			var b bytes.Buffer
			for i := range n {
				l := lines[i%len(lines)]
				b.WriteString(strconv.Itoa(900_000_000 + i))
				b.WriteString(l[strings.IndexByte(l, '\t'):])
				if !strings.HasSuffix(l, "\n") {
					b.WriteByte('\n')
				}
			}
			data := b.Bytes()
			return func() {
				r := gdelt.NewReader(bytes.NewReader(data), o)
				rows := 0
				for {
					err := read(r)
					if err == io.EOF {
						break
					}
					if err != nil {
						tb.Fatal(err)
					}
					rows++
				}
				if rows != n {
					tb.Fatalf("read %d rows, want %d", rows, n)
				}
			}
		},
	}
}

// BenchmarkReader reads n, 4n and 16n generated rows.
func BenchmarkReader(b *testing.B) { scaling.Bench(b, readerCase) }

// TestReaderScales fails when reading grows faster than n log n.
func TestReaderScales(t *testing.T) { scaling.Check(t, readerCase) }

// BenchmarkReadRecord reads n, 4n and 16n generated rows with
// ReadRecord.
func BenchmarkReadRecord(b *testing.B) { scaling.Bench(b, readRecordCase) }

// TestReadRecordScales fails when reading records grows faster than
// n log n.
func TestReadRecordScales(t *testing.T) { scaling.Check(t, readRecordCase) }

// BenchmarkReadGDELT2Compressed reads the whole sample per iteration from
// a gzip stream and from a zip archive; SetBytes counts the rows' bytes.
func BenchmarkReadGDELT2Compressed(b *testing.B) {
	data := readSample(b)
	for _, c := range []struct {
		name  string
		input []byte
	}{
		{"gzip", gzipBytes(b, data)},
		{"zip", zipBytes(b, data, false)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				r := gdelt.NewReader(bytes.NewReader(c.input), gdelt.ReaderOptions{})
				for {
					_, err := r.Read()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkReadRecords reads the rows of the sample (2,111) and makes the
// record of each, as diplo import does: the reader alone, without the
// Lifter.
func BenchmarkReadRecords(b *testing.B) {
	data := readSample(b)
	b.SetBytes(int64(len(data)))
	scaling.RowsLoop(b, 2111, func() {
		r := gdelt.NewReader(bytes.NewReader(data), gdelt.ReaderOptions{})
		rows := 0
		for {
			e, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			_ = e.Record()
			rows++
		}
		if rows != 2111 {
			b.Fatalf("%d rows", rows)
		}
	})
}

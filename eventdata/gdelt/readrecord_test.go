package gdelt_test

import (
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// readBoth reads input twice, with Read and Record and with ReadRecord,
// and returns the records and the errors of both, and the counts of rows
// skipped.
func readBoth(t testing.TB, input []byte, o gdelt.ReaderOptions) (want, got []eventdata.Record, wantErr, gotErr error, wantSkipped, gotSkipped int) {
	r := gdelt.NewReader(bytes.NewReader(input), o)
	for {
		e, err := r.Read()
		if err != nil {
			wantErr = err
			break
		}
		want = append(want, e.Record())
	}
	wantSkipped = r.Skipped()
	r = gdelt.NewReader(bytes.NewReader(input), o)
	for {
		rec, err := r.ReadRecord()
		if err != nil {
			gotErr = err
			break
		}
		got = append(got, rec)
	}
	gotSkipped = r.Skipped()
	// Transient: each record copied before the next read, and the
	// records and events must be what the others give.
	o.Transient = true
	r = gdelt.NewReader(bytes.NewReader(input), o)
	var events []gdelt.Event
	var transient []eventdata.Record
	var transientErr error
	for {
		rec, err := r.ReadRecord()
		if err != nil {
			transientErr = err
			break
		}
		transient = append(transient, deepClone(rec))
	}
	require.Equal(t, want, transient, "records read with Transient")
	require.Equal(t, wantErr, transientErr, "error read with Transient")
	require.Equal(t, wantSkipped, r.Skipped(), "rows skipped with Transient")
	r = gdelt.NewReader(bytes.NewReader(input), o)
	for {
		e, err := r.Read()
		if err != nil {
			break
		}
		events = append(events, deepClone(e))
	}
	require.Len(t, events, len(want), "events read with Transient")
	for i := range events {
		require.Equal(t, want[i], events[i].Record(), "event %d read with Transient", i)
	}
	// ReadRecordTo, with and without Transient, into one variable that
	// holds the last record (at first a record of its own) when each
	// read starts: the records, errors and rows skipped of ReadRecord,
	// and the zero record with an error.
	for _, tr := range []bool{false, true} {
		o.Transient = tr
		r = gdelt.NewReader(bytes.NewReader(input), o)
		var into []eventdata.Record
		var intoErr error
		rec := eventdata.Record{ID: "old", CAMEO: "999", Goldstein: 3, SourceURL: "https://example.org/",
			Source: eventdata.Actor{Name: "OLD", Types: []string{"GOV"}}, Location: eventdata.Location{HasCoords: true, Lat: 1}}
		for {
			err := r.ReadRecordTo(&rec)
			if err != nil {
				intoErr = err
				require.Equal(t, eventdata.Record{}, rec, "record ReadRecordTo leaves with an error (Transient %v)", tr)
				break
			}
			into = append(into, deepClone(rec))
		}
		require.Equal(t, got, into, "records read with ReadRecordTo (Transient %v)", tr)
		require.Equal(t, gotErr, intoErr, "error read with ReadRecordTo (Transient %v)", tr)
		require.Equal(t, gotSkipped, r.Skipped(), "rows skipped with ReadRecordTo (Transient %v)", tr)
	}
	// ReadRecordIf, with and without Transient, taking every code, none,
	// and some: the records of ReadRecord for the codes taken, the zero
	// record but the code for the others, and ReadRecord's errors and
	// rows skipped whatever is taken.
	for _, tr := range []bool{false, true} {
		for _, taking := range []struct {
			name  string
			takes func(string) bool
		}{
			{"all", func(string) bool { return true }},
			{"none", func(string) bool { return false }},
			{"even", func(code string) bool { return len(code) > 0 && (code[len(code)-1]-'0')%2 == 0 }},
		} {
			o.Transient = tr
			r = gdelt.NewReader(bytes.NewReader(input), o)
			var into []eventdata.Record
			var intoErr error
			rec := eventdata.Record{ID: "old", CAMEO: "999", Goldstein: 3,
				Source: eventdata.Actor{Name: "OLD", Types: []string{"GOV"}}, Location: eventdata.Location{HasCoords: true, Lat: 1}}
			var code string
			for {
				code = "not called"
				took, err := r.ReadRecordIf(&rec, func(c string) bool {
					code = strings.Clone(c)
					return taking.takes(c)
				})
				if err != nil {
					intoErr = err
					require.False(t, took)
					require.Equal(t, eventdata.Record{}, rec, "record ReadRecordIf leaves with an error (Transient %v, %s)", tr, taking.name)
					break
				}
				require.Equal(t, rec.CAMEO, code, "code passed to takes (Transient %v, %s)", tr, taking.name)
				require.Equal(t, taking.takes(rec.CAMEO), took, "code %q (Transient %v, %s)", code, tr, taking.name)
				into = append(into, deepClone(rec))
			}
			require.Len(t, into, len(got), "records read with ReadRecordIf (Transient %v, %s)", tr, taking.name)
			for i := range got {
				want := got[i]
				if !taking.takes(want.CAMEO) {
					want = eventdata.Record{CAMEO: want.CAMEO}
				}
				require.Equal(t, want, into[i], "record %d read with ReadRecordIf (Transient %v, %s)", i, tr, taking.name)
			}
			require.Equal(t, gotErr, intoErr, "error read with ReadRecordIf (Transient %v, %s)", tr, taking.name)
			require.Equal(t, gotSkipped, r.Skipped(), "rows skipped with ReadRecordIf (Transient %v, %s)", tr, taking.name)
			require.Equal(t, errorsOf(t, input, o), r.Errors(), "errors kept with ReadRecordIf (Transient %v, %s)", tr, taking.name)
		}
	}
	return want, got, wantErr, gotErr, wantSkipped, gotSkipped
}

// errorsOf returns the errors of the rows ReadRecord skips in input.
func errorsOf(t testing.TB, input []byte, o gdelt.ReaderOptions) []*gdelt.ParseError {
	r := gdelt.NewReader(bytes.NewReader(input), o)
	for {
		if _, err := r.ReadRecord(); err != nil {
			return r.Errors()
		}
	}
}

// deepClone returns a copy of v whose strings and slices share no memory
// with v's.
func deepClone[T any](v T) T {
	var clone func(dst, src reflect.Value)
	clone = func(dst, src reflect.Value) {
		switch src.Kind() {
		case reflect.String:
			dst.SetString(strings.Clone(src.String()))
		case reflect.Struct:
			dst.Set(src) // unexported fields (time.Time's) as they are
			for i := range src.NumField() {
				if dst.Field(i).CanSet() {
					clone(dst.Field(i), src.Field(i))
				}
			}
		case reflect.Slice:
			if src.IsNil() {
				return
			}
			s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
			for i := range src.Len() {
				clone(s.Index(i), src.Index(i))
			}
			dst.Set(s)
		default:
			dst.Set(src)
		}
	}
	var out T
	clone(reflect.ValueOf(&out).Elem(), reflect.ValueOf(v))
	return out
}

// TestReadRecord checks that ReadRecord gives what Read and Record give,
// records, errors and rows skipped, on the sample and on rows whose
// GLOBALEVENTID is written in other ways than FormatInt writes it, and
// that the records it gives stay as they are after later reads.
func TestReadRecord(t *testing.T) {
	lines := strings.SplitAfter(string(readSample(t)), "\n")
	row := strings.TrimSuffix(lines[1], "\n")
	var ids strings.Builder
	for _, id := range []string{"+5", "007", "-3", "", "12a", "0", "00", "99999999999999999999", "1e3", "123", "881990833"} {
		ids.WriteString(withColumn(row, gdelt.ColGlobalEventID, id) + "\n")
	}
	var types strings.Builder
	for i := range 600 { // more types than a block holds
		r := withColumn(row, gdelt.ColActor1Type1Code, "GOV")
		r = withColumn(r, gdelt.ColActor2Type3Code, "MIL")
		types.WriteString(withColumn(r, gdelt.ColGlobalEventID, strings.Repeat("9", i%5+1)) + "\n")
	}
	for _, c := range []struct {
		name  string
		input string
	}{
		{"sample", strings.Join(lines, "")},
		{"ids", ids.String()},
		{"types", types.String()},
		{"cut", lines[0] + lines[1][:len(lines[1])-10]},
	} {
		for _, skip := range []bool{false, true} {
			want, got, wantErr, gotErr, wantSkipped, gotSkipped := readBoth(t, []byte(c.input), gdelt.ReaderOptions{SkipBadRows: skip})
			require.NotEmpty(t, want, "%s: rows read", c.name)
			assert.Equal(t, want, got, "%s, skip %v: records", c.name, skip)
			assert.Equal(t, wantErr, gotErr, "%s, skip %v: error", c.name, skip)
			assert.Equal(t, wantSkipped, gotSkipped, "%s, skip %v: skipped", c.name, skip)
			for i := range got {
				for _, a := range []eventdata.Actor{got[i].Source, got[i].Target} {
					assert.Equal(t, len(a.Types), cap(a.Types), "%s: record %d: room after the types", c.name, i)
				}
			}
		}
	}
}

// TestReadRecordAllocs checks that ReadRecord allocates only for blocks
// of texts and of types, every few rows, and not for each row's ID and
// types as Record does.
func TestReadRecordAllocs(t *testing.T) {
	lines := strings.SplitAfter(string(readSample(t)), "\n")
	row := withColumn(strings.TrimSuffix(lines[1], "\n"), gdelt.ColActor1Type1Code, "GOV")
	data := []byte(strings.Repeat(row+"\n", 1000))
	var in bytes.Reader
	allocs := testing.AllocsPerRun(5, func() {
		in.Reset(data)
		r := gdelt.NewReader(&in, gdelt.ReaderOptions{})
		for {
			rec, err := r.ReadRecord()
			if err == io.EOF {
				break
			} else if err != nil || rec.ID == "" || len(rec.Source.Types) != 1 {
				t.Fatal(err, rec)
			}
		}
	})
	// The Reader and its buffers, a block of texts for about 20 rows and
	// one of types for about a hundred: some 70 allocations for 1,000
	// rows; Read and Record make 2,000 more.
	assert.Less(t, allocs, 200.0, "allocations for 1,000 rows")
	transient := testing.AllocsPerRun(5, func() {
		in.Reset(data)
		r := gdelt.NewReader(&in, gdelt.ReaderOptions{Transient: true})
		for {
			rec, err := r.ReadRecord()
			if err == io.EOF {
				break
			} else if err != nil || rec.ID == "" || len(rec.Source.Types) != 1 {
				t.Fatal(err, rec)
			}
		}
	})
	// No block of texts: the Reader, its buffers and the blocks of types.
	assert.Less(t, transient, 30.0, "allocations for 1,000 rows, Transient")
}

// FuzzReadRecord reads any input with ReadRecord and with Read and
// Record: both must give the same records, errors and rows skipped.
func FuzzReadRecord(f *testing.F) {
	data, err := readSampleBytes()
	require.NoError(f, err)
	lines := strings.SplitAfter(string(data), "\n")
	row := strings.TrimSuffix(lines[0], "\n")
	f.Add([]byte(lines[0]), false)
	f.Add([]byte(lines[552]+lines[1304]), true)
	f.Add([]byte(withColumn(row, gdelt.ColGlobalEventID, "007")+"\n"+withColumn(row, gdelt.ColGlobalEventID, "+5")+"\n"), false)
	f.Add([]byte(withColumn(row, gdelt.ColGlobalEventID, "x")+"\n"+lines[1]), true)
	f.Add([]byte("1\t20191324\n"), true)
	f.Add([]byte(lines[0]+lines[1][:len(lines[1])-10]), false)
	// Rows of a code ReadRecordIf's "even" refuses (041) and takes
	// (042), with a bad column that it must still find.
	for _, code := range []string{"041", "042"} {
		coded := withColumn(row, gdelt.ColEventCode, code)
		f.Add([]byte(withColumn(coded, gdelt.ColActionGeoLat, "")+"\n"+coded+"\n"), true)
		f.Add([]byte(withColumn(coded, gdelt.ColSQLDate, "20190230")+"\n"+coded+"\n"), true)
		f.Add([]byte(withColumn(coded, gdelt.ColDateAdded, "20190101256000")+"\n"), false)
		f.Add([]byte(withColumn(coded, gdelt.ColAvgTone, "1e3")+"\n"+withColumn(coded, gdelt.ColIsRootEvent, "2")+"\n"), true)
	}
	f.Fuzz(func(t *testing.T, input []byte, skip bool) {
		o := gdelt.ReaderOptions{SkipBadRows: skip, KeepErrors: 3, Limits: diplo.Limits{MaxBytes: 1 << 16, MaxString: 1 << 12}}
		want, got, wantErr, gotErr, wantSkipped, gotSkipped := readBoth(t, input, o)
		require.Equal(t, want, got, "records")
		require.Equal(t, wantErr, gotErr, "error")
		require.Equal(t, wantSkipped, gotSkipped, "skipped")
	})
}

// TestReadRecordChecked checks that ReadRecord, which only checks the
// columns a record does not take, gives what Read and Record give for
// values of those columns at and past the edges of what Read accepts,
// alone and with a bad column before or after them, whose error comes
// first in column order as Read gives it.
func TestReadRecordChecked(t *testing.T) {
	lines := strings.SplitAfter(string(readSample(t)), "\n")
	row := strings.TrimSuffix(lines[1], "\n")
	values := []string{
		"", "0", "-0", "+7", "-", "+", "x", "1.5", ".5", "5.", ".", "1..2", "1.2.3", "-.5", "+-1",
		"1e3", "0x10", "1_0", "NaN", "Inf", " 1", "1 ", "\u00a01",
		"123456789012345", "1234567890123456", "12345678901234.5", "123456789012345.6",
		"999999999999999999", "9999999999999999999", "-999999999999999999", "99999999999999999999",
		"90", "90.0", "90.0000001", "-90", "-90.5", "180", "-180.0", "180.0001", "-181",
	}
	checked := []gdelt.Column{
		gdelt.ColMonthYear, gdelt.ColYear, gdelt.ColFractionDate, gdelt.ColIsRootEvent,
		gdelt.ColNumMentions, gdelt.ColNumSources, gdelt.ColNumArticles, gdelt.ColAvgTone,
		gdelt.ColActor1GeoType, gdelt.ColActor1GeoLat, gdelt.ColActor1GeoLong,
		gdelt.ColActor2GeoType, gdelt.ColActor2GeoLat, gdelt.ColActor2GeoLong, gdelt.ColDateAdded,
		gdelt.ColActor1KnownGroupCode, gdelt.ColActor2Religion2Code, gdelt.ColActor1GeoADM1Code,
	}
	var in strings.Builder
	for _, c := range checked {
		for _, v := range values {
			in.WriteString(withColumn(row, c, v) + "\n")
			// Both coordinates of a place, as they come together.
			switch c {
			case gdelt.ColActor1GeoLat, gdelt.ColActor2GeoLat:
				in.WriteString(withColumn(withColumn(row, c, v), c+1, v) + "\n")
			}
			// A bad column read for the record before it and after it.
			in.WriteString(withColumn(withColumn(row, c, v), gdelt.ColSQLDate, "2019x") + "\n")
			in.WriteString(withColumn(withColumn(row, c, v), gdelt.ColQuadClass, "q") + "\n")
			in.WriteString(withColumn(withColumn(row, c, v), gdelt.ColActionGeoLat, "91") + "\n")
		}
	}
	for _, skip := range []bool{false, true} {
		want, got, wantErr, gotErr, wantSkipped, gotSkipped := readBoth(t, []byte(in.String()),
			gdelt.ReaderOptions{SkipBadRows: skip, KeepErrors: 1 << 20})
		require.NotEmpty(t, want)
		assert.Equal(t, want, got, "skip %v: records", skip)
		assert.Equal(t, wantErr, gotErr, "skip %v: error", skip)
		assert.Equal(t, wantSkipped, gotSkipped, "skip %v: skipped", skip)
		if skip {
			require.Greater(t, wantSkipped, 1000, "rows skipped")
		}
	}
	// The errors of the skipped rows, one by one.
	r1 := gdelt.NewReader(strings.NewReader(in.String()), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1 << 20})
	r2 := gdelt.NewReader(strings.NewReader(in.String()), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1 << 20})
	for {
		_, err := r1.Read()
		if err != nil {
			break
		}
	}
	for {
		_, err := r2.ReadRecord()
		if err != nil {
			break
		}
	}
	require.Equal(t, len(r1.Errors()), len(r2.Errors()))
	for i, e := range r1.Errors() {
		assert.Equal(t, e.Error(), r2.Errors()[i].Error(), "error %d", i)
	}
}

// TestReadRecordTransientTypes checks that ReadRecord with Transient
// gives the actors' Types of every record in the same room, allocating
// nothing for them however many rows it reads.
func TestReadRecordTransientTypes(t *testing.T) {
	lines := strings.SplitAfter(string(readSample(t)), "\n")
	row := strings.TrimSuffix(lines[1], "\n")
	for i, c := range []gdelt.Column{
		gdelt.ColActor1Type1Code, gdelt.ColActor1Type2Code, gdelt.ColActor1Type3Code,
		gdelt.ColActor2Type1Code, gdelt.ColActor2Type2Code, gdelt.ColActor2Type3Code,
	} {
		row = withColumn(row, c, []string{"GOV", "MIL", "BUS", "OPP", "REB", "LEG"}[i])
	}
	allocs := func(rows int) float64 {
		data := []byte(strings.Repeat(row+"\n", rows))
		var in bytes.Reader
		return testing.AllocsPerRun(5, func() {
			in.Reset(data)
			r := gdelt.NewReader(&in, gdelt.ReaderOptions{Transient: true})
			for {
				rec, err := r.ReadRecord()
				if err == io.EOF {
					break
				} else if err != nil || len(rec.Source.Types) != 3 || rec.Target.Types[2] != "LEG" {
					t.Fatal(err, rec)
				}
			}
		})
	}
	few, many := allocs(500), allocs(4000)
	assert.Equal(t, few, many, "allocations for 500 and 4,000 rows")
}

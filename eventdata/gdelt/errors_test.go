package gdelt_test

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// sampleLine returns line n (from 1) of the sample, without its newline.
func sampleLine(t *testing.T, n int) string {
	t.Helper()
	return strings.Split(string(readSample(t)), "\n")[n-1]
}

// withColumn returns row with column c set to value.
func withColumn(row string, c gdelt.Column, value string) string {
	f := strings.Split(row, "\t")
	f[c] = value
	return strings.Join(f, "\t")
}

func TestBadRows(t *testing.T) {
	good := sampleLine(t, 1)
	tests := []struct {
		name    string
		row     string
		err     error
		column  string
		value   string
		message string // the whole message, when given
	}{
		{name: "60 columns", row: good[:strings.LastIndexByte(good, '\t')], err: gdelt.ErrColumnCount,
			value: good[:64]},
		{name: "62 columns", row: good + "\textra", err: gdelt.ErrColumnCount,
			message: `gdelt: line 2: wrong number of columns: 62, want 61 as on line 1 (GDELT 2.0) (value "881990832\t20181024\t201810\t2018\t2018.8055\t\t\t\t\t\t\t\t\t\t\tAUS\tVICTORIA\t")`},
		{name: "letter in NumMentions", row: withColumn(good, gdelt.ColNumMentions, "1x"), err: gdelt.ErrSyntax,
			column: "NumMentions", value: "1x",
			message: `gdelt: line 2, column NumMentions: syntax error: not an integer (value "1x")`},
		{name: "month 13", row: withColumn(good, gdelt.ColSQLDate, "20191324"), err: gdelt.ErrRange,
			column: "SQLDATE", value: "20191324",
			message: `gdelt: line 2, column SQLDATE: out of range: no such date (value "20191324")`},
		{name: "30 February", row: withColumn(good, gdelt.ColSQLDate, "20190230"), err: gdelt.ErrRange,
			column: "SQLDATE", value: "20190230"},
		{name: "short date", row: withColumn(good, gdelt.ColSQLDate, "2019102"), err: gdelt.ErrSyntax,
			column: "SQLDATE", value: "2019102"},
		{name: "letter in date", row: withColumn(good, gdelt.ColSQLDate, "2019I024"), err: gdelt.ErrSyntax,
			column: "SQLDATE", value: "2019I024"},
		{name: "bad float", row: withColumn(good, gdelt.ColAvgTone, "1.2.3"), err: gdelt.ErrSyntax,
			column: "AvgTone", value: "1.2.3",
			message: `gdelt: line 2, column AvgTone: syntax error: not a decimal number (value "1.2.3")`},
		{name: "NaN", row: withColumn(good, gdelt.ColGoldsteinScale, "NaN"), err: gdelt.ErrSyntax,
			column: "GoldsteinScale", value: "NaN"},
		{name: "hexadecimal float", row: withColumn(good, gdelt.ColActionGeoLat, "0x1p-2"), err: gdelt.ErrSyntax,
			column: "ActionGeo_Lat", value: "0x1p-2"},
		{name: "float overflow", row: withColumn(good, gdelt.ColAvgTone, "1e999"), err: gdelt.ErrRange,
			column: "AvgTone", value: "1e999"},
		{name: "integer overflow", row: withColumn(good, gdelt.ColGlobalEventID, "99999999999999999999"),
			err: gdelt.ErrRange, column: "GLOBALEVENTID", value: "99999999999999999999"},
		{name: "IsRootEvent 2", row: withColumn(good, gdelt.ColIsRootEvent, "2"), err: gdelt.ErrSyntax,
			column: "IsRootEvent", value: "2"},
		{name: "hour 25", row: withColumn(good, gdelt.ColDateAdded, "20191024253000"), err: gdelt.ErrRange,
			column: "DATEADDED", value: "20191024253000"},
		{name: "DATEADDED as a day in 2.0", row: withColumn(good, gdelt.ColDateAdded, "20191024"), err: gdelt.ErrSyntax,
			column: "DATEADDED", value: "20191024"},
		{name: "latitude without longitude", row: withColumn(good, gdelt.ColActionGeoLong, ""), err: gdelt.ErrMissing,
			column: "ActionGeo_Long", value: ""},
		{name: "letter in geo type", row: withColumn(good, gdelt.ColActor1GeoType, "x"), err: gdelt.ErrSyntax,
			column: "Actor1Geo_Type", value: "x"},
		{name: "long bad value cut", row: withColumn(good, gdelt.ColNumSources, strings.Repeat("é", 100)), err: gdelt.ErrSyntax,
			column: "NumSources", value: strings.Repeat("é", 32)},
		{name: "latitude 91", row: withColumn(good, gdelt.ColActionGeoLat, "91"), err: gdelt.ErrRange,
			column: "ActionGeo_Lat", value: "91",
			message: `gdelt: line 2, column ActionGeo_Lat: out of range: latitude outside -90 to 90 (value "91")`},
		{name: "latitude -90.5", row: withColumn(good, gdelt.ColActor2GeoLat, "-90.5"), err: gdelt.ErrRange,
			column: "Actor2Geo_Lat", value: "-90.5"},
		{name: "longitude 181", row: withColumn(good, gdelt.ColActionGeoLong, "181"), err: gdelt.ErrRange,
			column: "ActionGeo_Long", value: "181"},
		{name: "longitude -180.01", row: withColumn(good, gdelt.ColActor2GeoLong, "-180.01"), err: gdelt.ErrRange,
			column: "Actor2Geo_Long", value: "-180.01"},
		{name: "invalid UTF-8 in a name", row: withColumn(good, gdelt.ColActor1Name, "CAF\xc9"), err: gdelt.ErrEncoding,
			column: "Actor1Name", value: "CAF\xc9",
			message: `gdelt: line 2, column Actor1Name: invalid UTF-8 (value "CAF\xc9")`},
		{name: "invalid UTF-8 in the last field", row: withColumn(good, gdelt.ColSourceURL, "http://x/\xff"), err: gdelt.ErrEncoding,
			column: "SOURCEURL", value: "http://x/\xff"},
		{name: "a UTF-16 surrogate in UTF-8", row: withColumn(good, gdelt.ColActionGeoFullName, "\xed\xa0\x80"), err: gdelt.ErrEncoding,
			column: "ActionGeo_FullName", value: "\xed\xa0\x80"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			input := good + "\n" + tc.row + "\n" + good + "\n"

			// Stop at the first error (the default).
			r := gdelt.NewReader(strings.NewReader(input), gdelt.ReaderOptions{})
			if _, err := r.Read(); err != nil {
				t.Fatal(err)
			}
			_, err := r.Read()
			var pe *gdelt.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if !errors.Is(err, tc.err) || pe.Line != 2 || pe.Column != tc.column {
				t.Errorf("got line %d column %q err %v; want line 2 column %q %v", pe.Line, pe.Column, err, tc.column, tc.err)
			}
			if tc.value != "" && pe.Value != tc.value {
				t.Errorf("Value = %q, want %q", pe.Value, tc.value)
			}
			if len(pe.Value) > 64 {
				t.Errorf("Value holds %d bytes", len(pe.Value))
			}
			if tc.message != "" && err.Error() != tc.message {
				t.Errorf("message:\n got %s\nwant %s", err, tc.message)
			}
			if _, again := r.Read(); again != err {
				t.Errorf("after the error Read returned %v", again)
			}

			// Skip and count.
			r = gdelt.NewReader(strings.NewReader(input), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 5})
			n := 0
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("skip mode: %v", err)
				}
				n++
			}
			if n != 2 || r.Skipped() != 1 || len(r.Errors()) != 1 || r.Errors()[0].Error() != pe.Error() {
				t.Errorf("skip mode: %d rows, %d skipped, errors %v", n, r.Skipped(), r.Errors())
			}
		})
	}
}

// TestSkipSample hides bad rows in the sample: skip mode reads every good
// row and counts every bad one.
func TestSkipSample(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(string(readSample(t)), "\n"), "\n")
	bad := []string{
		"not a row",
		withColumn(lines[0], gdelt.ColNumMentions, "x"),
		withColumn(lines[1], gdelt.ColSQLDate, "20191324"),
		withColumn(lines[2], gdelt.ColAvgTone, "--1"),
		lines[3] + "\t",
	}
	var b strings.Builder
	var badLines []int
	line := 0
	for i, l := range lines {
		if i%500 == 0 && len(badLines) < len(bad) {
			b.WriteString(bad[len(badLines)] + "\n")
			line++
			badLines = append(badLines, line)
		}
		b.WriteString(l + "\n")
		line++
	}
	if len(badLines) != len(bad) {
		t.Fatalf("placed %d bad rows", len(badLines))
	}
	events := readAllWith(t, []byte(b.String()), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 3})
	if len(events) != 2111 {
		t.Errorf("read %d rows, want 2111", len(events))
	}
	r := gdelt.NewReader(strings.NewReader(b.String()), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 3})
	for {
		if _, err := r.Read(); err != nil {
			if err != io.EOF {
				t.Fatal(err)
			}
			break
		}
	}
	if r.Skipped() != 5 {
		t.Errorf("Skipped = %d, want 5", r.Skipped())
	}
	errs := r.Errors()
	if len(errs) != 3 {
		t.Fatalf("kept %d errors, want 3", len(errs))
	}
	for i, e := range errs {
		if e.Line != badLines[i] {
			t.Errorf("error %d on line %d, want %d", i, e.Line, badLines[i])
		}
	}
	if r.Line() != len(lines)+len(bad) {
		t.Errorf("Line = %d, want %d", r.Line(), len(lines)+len(bad))
	}
}

func TestLongLines(t *testing.T) {
	good := sampleLine(t, 1)
	long := withColumn(good, gdelt.ColSourceURL, "https://example.org/"+strings.Repeat("a", 300_000))

	t.Run("read and written back", func(t *testing.T) {
		input := good + "\n" + long + "\n" + good + "\n"
		events := readAll(t, []byte(input))
		if len(events) != 3 || len(events[1].SourceURL) != 300_020 {
			t.Fatalf("read %d rows", len(events))
		}
		var out bytes.Buffer
		w := gdelt.NewWriter(&out)
		for _, e := range events {
			if err := w.Write(e); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if out.String() != input {
			t.Error("rows do not write back as read")
		}
	})
	t.Run("over the limit", func(t *testing.T) {
		input := good + "\n" + long + "\n" + good + "\n"
		_, err := gdelt.NewReader(strings.NewReader(long), gdelt.ReaderOptions{Limits: diplo.Limits{MaxBytes: 100_000}}).Read()
		var pe *gdelt.ParseError
		if !errors.Is(err, gdelt.ErrLineTooLong) || !errors.As(err, &pe) || pe.Line != 1 {
			t.Errorf("err = %v, want ErrLineTooLong on line 1", err)
		}
		// A line over the limit ends the reading, whatever the policy.
		r := gdelt.NewReader(strings.NewReader(input), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1, Limits: diplo.Limits{MaxBytes: 100_000}})
		_, err = r.Read()
		require.NoError(t, err)
		_, err = r.Read()
		require.ErrorIs(t, err, gdelt.ErrLineTooLong)
		assert.ErrorIs(t, err, diplo.ErrLimit)
		assert.Equal(t, "gdelt: line 2: line too long: more than 100000 bytes exceeds MaxBytes 100000 (limit exceeded)", err.Error())
		_, again := r.Read()
		assert.Equal(t, err, again)
		assert.Zero(t, r.Skipped())
	})
}

func TestLineEndings(t *testing.T) {
	data := readSample(t)
	want := readAll(t, data)
	tests := []struct {
		name  string
		input []byte
	}{
		{"CRLF", bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))},
		{"byte order mark", append([]byte("\uFEFF"), data...)},
		{"byte order mark and CRLF", append([]byte("\uFEFF"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)},
		{"trailing blank line", append(bytes.Clone(data), '\n')},
		{"trailing blank lines with CRLF", append(bytes.Clone(data), "\r\n\r\n\n"...)},
		{"blank lines first", append([]byte("\n\r\n"), data...)},
		{"blank lines between", bytes.ReplaceAll(data, []byte("\n"), []byte("\n\n"))},
		{"byte order mark then blank lines", append([]byte("\uFEFF\n\r\n"), data...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readAll(t, tc.input)
			if len(got) != len(want) {
				t.Fatalf("read %d rows, want %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("row %d differs", i+1)
				}
			}
		})
	}
}

// TestEmptyNumbers reads a row whose numeric columns are all empty: the
// columns are in Empty and write back empty.
func TestEmptyNumbers(t *testing.T) {
	row := sampleLine(t, 1)
	cols := []gdelt.Column{gdelt.ColGlobalEventID, gdelt.ColMonthYear, gdelt.ColYear, gdelt.ColFractionDate,
		gdelt.ColIsRootEvent, gdelt.ColQuadClass, gdelt.ColGoldsteinScale, gdelt.ColNumMentions,
		gdelt.ColNumSources, gdelt.ColNumArticles, gdelt.ColAvgTone,
		gdelt.ColActor1GeoType, gdelt.ColActor2GeoType, gdelt.ColActionGeoType}
	for _, c := range append(cols, gdelt.ColSQLDate, gdelt.ColDateAdded, gdelt.ColActionGeoLat, gdelt.ColActionGeoLong) {
		row = withColumn(row, c, "")
	}
	events := readAll(t, []byte(row+"\n"))
	e := events[0]
	var want gdelt.ColumnSet
	for _, c := range cols {
		want = want.With(c)
	}
	if e.Empty != want {
		t.Errorf("Empty = %b, want %b", e.Empty, want)
	}
	if !e.Day.IsZero() || !e.DateAdded.IsZero() || e.ActionGeo.HasCoords {
		t.Errorf("dates or coordinates set: %+v", e)
	}
	if e.Record().ID != "" {
		t.Errorf("Record().ID = %q for an empty GLOBALEVENTID", e.Record().ID)
	}
	var out bytes.Buffer
	w := gdelt.NewWriter(&out)
	if err := w.Write(e); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if out.String() != row+"\n" {
		t.Errorf("written:\n%q\nwant\n%q", out.String(), row+"\n")
	}
}

func TestWriteErrors(t *testing.T) {
	base := readAll(t, []byte(sampleLine(t, 1)+"\n"))[0]
	tests := []struct {
		name   string
		edit   func(*gdelt.Event)
		column string
	}{
		{"tab in a name", func(e *gdelt.Event) { e.Actor2.Name = "A\tB" }, "Actor2Name"},
		{"newline in a code", func(e *gdelt.Event) { e.EventCode = "04\n" }, "EventCode"},
		{"newline in a place", func(e *gdelt.Event) { e.ActionGeo.FeatureID = "\n" }, "ActionGeo_FeatureID"},
		{"carriage return ending the row", func(e *gdelt.Event) { e.SourceURL = "http://x\r" }, "SOURCEURL"},
		{"NaN tone", func(e *gdelt.Event) { e.AvgTone = math.NaN() }, "AvgTone"},
		{"infinite latitude", func(e *gdelt.Event) { e.Actor2Geo.Lat = math.Inf(1) }, "Actor2Geo_Lat"},
		{"latitude 91", func(e *gdelt.Event) { e.ActionGeo.Lat, e.ActionGeo.HasCoords = 91, true }, "ActionGeo_Lat"},
		{"longitude -181", func(e *gdelt.Event) { e.ActionGeo.Long, e.ActionGeo.HasCoords = -181, true }, "ActionGeo_Long"},
		{"year 10000", func(e *gdelt.Event) { e.Day = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "SQLDATE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := base
			tc.edit(&e)
			var out bytes.Buffer
			w := gdelt.NewWriter(&out)
			if err := w.Write(base); err != nil {
				t.Fatal(err)
			}
			err := w.Write(e)
			var pe *gdelt.ParseError
			if !errors.Is(err, gdelt.ErrUnwritable) || !errors.As(err, &pe) || pe.Column != tc.column || pe.Line != 2 {
				t.Fatalf("err = %v, want ErrUnwritable on row 2, column %s", err, tc.column)
			}
			if err := w.Write(base); err != nil {
				t.Fatalf("Write after a refused event: %v", err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if n := strings.Count(out.String(), "\n"); n != 2 {
				t.Errorf("wrote %d rows, want 2", n)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterSticksToIOError(t *testing.T) {
	w := gdelt.NewWriter(failWriter{})
	e := readAll(t, []byte(sampleLine(t, 1)+"\n"))[0]
	if err := w.Write(e); err != nil {
		t.Fatal(err) // buffered
	}
	err := w.Flush()
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Flush = %v", err)
	}
	if err2 := w.Write(e); err2 != err {
		t.Errorf("Write after a failed Flush = %v", err2)
	}
}

func TestParseErrorMessage(t *testing.T) {
	tests := []struct {
		name string
		err  *gdelt.ParseError
		want string
	}{
		{"column", &gdelt.ParseError{Line: 17, Column: "AvgTone", Value: "x1.5", Err: gdelt.ErrSyntax},
			`gdelt: line 17, column AvgTone: syntax error (value "x1.5")`},
		{"line", &gdelt.ParseError{Line: 3, Err: gdelt.ErrLineTooLong}, `gdelt: line 3: line too long`},
		{"no cause", &gdelt.ParseError{Line: 1, Column: "Year"}, `gdelt: line 1, column Year: error (value "")`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.Error(); got != tc.want {
				t.Errorf("Error() = %s, want %s", got, tc.want)
			}
		})
	}
}

type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n > 0 {
		r.n = 0
		return copy(p, "1\t2"), nil
	}
	return 0, errors.New("connection reset")
}

func TestReadIOError(t *testing.T) {
	r := gdelt.NewReader(&errReader{n: 1}, gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1})
	_, err := r.Read()
	if err == nil || err == io.EOF || !strings.Contains(err.Error(), "connection reset") {
		t.Fatalf("err = %v", err)
	}
	var pe *gdelt.ParseError
	if errors.As(err, &pe) {
		t.Errorf("a read error is not a ParseError: %v", err)
	}
	if _, again := r.Read(); again != err {
		t.Errorf("second Read = %v", again)
	}
}

// TestControlCharactersPassedOn: C0 and C1 control characters in a name,
// as a GDELT 1.0 file holds in a place name, are valid UTF-8 and read as
// they are, for the lifter to clean or refuse; they write back as read.
func TestControlCharactersPassedOn(t *testing.T) {
	good := sampleLine(t, 1)
	tests := []struct {
		name   string
		column gdelt.Column
		value  string
	}{
		{"C1 in a place name", gdelt.ColActionGeoFullName, "Cara\u0092s, Distrito Federal, Venezuela"},
		{"NEL in an actor name", gdelt.ColActor2Name, "VICTORIA\u0085"},
		{"NUL in an actor name", gdelt.ColActor2Name, "VIC\x00TORIA"},
		{"C0 in a place name", gdelt.ColActor2GeoFullName, "Vancouver\x1b, British Columbia"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			row := withColumn(good, tc.column, tc.value) + "\n"
			events := readAll(t, []byte(row))
			require.Len(t, events, 1)
			e := events[0]
			got := map[gdelt.Column]string{
				gdelt.ColActionGeoFullName: e.ActionGeo.FullName,
				gdelt.ColActor2Name:        e.Actor2.Name,
				gdelt.ColActor2GeoFullName: e.Actor2Geo.FullName,
			}[tc.column]
			assert.Equal(t, tc.value, got)
			var out bytes.Buffer
			w := gdelt.NewWriter(&out)
			require.NoError(t, w.Write(e))
			require.NoError(t, w.Flush())
			assert.Equal(t, row, out.String())
		})
	}
}

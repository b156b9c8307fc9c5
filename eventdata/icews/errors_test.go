package icews_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/icews"
)

// sampleLines returns the header and the first row of the sample.
func sampleLines(t *testing.T) (header, row string) {
	t.Helper()
	lines := strings.Split(string(readSample(t)), "\n")
	return lines[0], lines[1]
}

// withColumn returns row with column i set to value.
func withColumn(row string, i int, value string) string {
	f := strings.Split(row, "\t")
	f[i] = value
	return strings.Join(f, "\t")
}

func TestBadRows(t *testing.T) {
	header, good := sampleLines(t)
	tests := []struct {
		name    string
		row     string
		err     error
		column  string
		value   string
		message string
	}{
		{name: "19 columns", row: good[:strings.LastIndexByte(good, '\t')], err: icews.ErrColumnCount},
		{name: "NA Event ID", row: withColumn(good, 0, "NA"), err: icews.ErrMissing, column: "Event ID", value: "NA",
			message: `icews: line 3, column Event ID: missing value (value "NA")`},
		{name: "letter in Event ID", row: withColumn(good, 0, "3288983x"), err: icews.ErrSyntax, column: "Event ID", value: "3288983x"},
		{name: "bad date", row: withColumn(good, 1, "2018-13-01"), err: icews.ErrRange, column: "Event Date", value: "2018-13-01",
			message: `icews: line 3, column Event Date: out of range: no such date (value "2018-13-01")`},
		{name: "date form", row: withColumn(good, 1, "20180601"), err: icews.ErrSyntax, column: "Event Date", value: "20180601"},
		{name: "short date", row: withColumn(good, 1, "2018"), err: icews.ErrSyntax, column: "Event Date", value: "2018"},
		{name: "NA date", row: withColumn(good, 1, "NA"), err: icews.ErrMissing, column: "Event Date", value: "NA"},
		{name: "letter in CAMEO code", row: withColumn(good, 6, "04a"), err: icews.ErrSyntax, column: "CAMEO Code", value: "04a"},
		{name: "long CAMEO code", row: withColumn(good, 6, "04000"), err: icews.ErrSyntax, column: "CAMEO Code", value: "04000"},
		{name: "bad intensity", row: withColumn(good, 7, "high"), err: icews.ErrSyntax, column: "Intensity", value: "high",
			message: `icews: line 3, column Intensity: syntax error: not a decimal number (value "high")`},
		{name: "NaN intensity", row: withColumn(good, 7, "NaN"), err: icews.ErrSyntax, column: "Intensity", value: "NaN"},
		{name: "big story ID", row: withColumn(good, 11, "99999999999999999999"), err: icews.ErrRange, column: "Story ID"},
		{name: "NA sentence", row: withColumn(good, 12, "NA"), err: icews.ErrMissing, column: "Sentence Number"},
		{name: "latitude alone", row: withColumn(good, 19, "NA"), err: icews.ErrMissing, column: "Longitude"},
		{name: "longitude alone", row: withColumn(good, 18, "NA"), err: icews.ErrMissing, column: "Latitude"},
		{name: "bad longitude", row: withColumn(good, 19, "105,841"), err: icews.ErrSyntax, column: "Longitude"},
		{name: "latitude 91", row: withColumn(good, 18, "91"), err: icews.ErrRange, column: "Latitude", value: "91",
			message: `icews: line 3, column Latitude: out of range: latitude outside -90 to 90 (value "91")`},
		{name: "longitude -181", row: withColumn(good, 19, "-181"), err: icews.ErrRange, column: "Longitude", value: "-181"},
		{name: "invalid UTF-8 in a name", row: withColumn(good, 2, "Bogot\xe1"), err: icews.ErrEncoding, column: "Source Name", value: "Bogot\xe1",
			message: `icews: line 3, column Source Name: invalid UTF-8 (value "Bogot\xe1")`},
		{name: "invalid UTF-8 in the last field", row: withColumn(good, 19, "1\xff"), err: icews.ErrEncoding, column: "Longitude", value: "1\xff"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			input := header + "\n" + good + "\n" + tc.row + "\n" + good + "\n"
			r := icews.NewReader(strings.NewReader(input), icews.ReaderOptions{})
			if _, err := r.Read(); err != nil {
				t.Fatal(err)
			}
			_, err := r.Read()
			var pe *icews.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if !errors.Is(err, tc.err) || pe.Line != 3 || pe.Column != tc.column {
				t.Errorf("got line %d column %q err %v; want line 3 column %q %v", pe.Line, pe.Column, err, tc.column, tc.err)
			}
			if tc.value != "" && pe.Value != tc.value {
				t.Errorf("Value = %q, want %q", pe.Value, tc.value)
			}
			if tc.message != "" && err.Error() != tc.message {
				t.Errorf("message:\n got %s\nwant %s", err, tc.message)
			}
			if _, again := r.Read(); again != err {
				t.Errorf("after the error Read returned %v", again)
			}

			r = icews.NewReader(strings.NewReader(input), icews.ReaderOptions{SkipBadRows: true, KeepErrors: 1})
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
			if n != 2 || r.Skipped() != 1 || len(r.Errors()) != 1 || r.Errors()[0].Line != 3 {
				t.Errorf("skip mode: %d rows, %d skipped, errors %v", n, r.Skipped(), r.Errors())
			}
		})
	}
}

func TestBadHeader(t *testing.T) {
	header, good := sampleLines(t)
	tests := []struct {
		name    string
		header  string
		column  string
		message string
	}{
		{"renamed column", strings.Replace(header, "CAMEO Code", "CAMEO", 1), "CAMEO Code",
			`icews: line 1, column CAMEO Code: unexpected header: column 7 is not "CAMEO Code" (value "CAMEO")`},
		{"no header", good, "Event ID", ""},
		{"GDELT header", "GLOBALEVENTID\tSQLDATE", "", `icews: line 1: unexpected header: 2 columns, want 20 (value "GLOBALEVENTID\tSQLDATE")`},
		{"lower case", strings.ToLower(header), "Event ID", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Even in skip mode a bad header stops the reading.
			r := icews.NewReader(strings.NewReader(tc.header+"\n"+good+"\n"), icews.ReaderOptions{SkipBadRows: true, KeepErrors: 5})
			_, err := r.Read()
			var pe *icews.ParseError
			if !errors.Is(err, icews.ErrHeader) || !errors.As(err, &pe) || pe.Line != 1 || pe.Column != tc.column {
				t.Fatalf("err = %v, want ErrHeader at line 1, column %q", err, tc.column)
			}
			if tc.message != "" && err.Error() != tc.message {
				t.Errorf("message:\n got %s\nwant %s", err, tc.message)
			}
			if _, again := r.Read(); again != err {
				t.Errorf("second Read = %v", again)
			}
		})
	}
}

func TestInputShapes(t *testing.T) {
	data := readSample(t)
	header, _ := sampleLines(t)
	tests := []struct {
		name  string
		input []byte
		rows  int
	}{
		{"empty input", nil, 0},
		{"header only", []byte(header), 0},
		{"byte order mark", append([]byte("\uFEFF"), data...), 3705},
		{"CRLF", bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n")), 3705},
		{"header only, blank lines after", []byte(header + "\n\r\n\n"), 0},
		{"byte order mark and CRLF", append([]byte("\uFEFF"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...), 3705},
		{"byte order mark then blank lines", append([]byte("\uFEFF\r\n\n"), data...), 3705},
		{"trailing blank line", append(bytes.Clone(data), '\n'), 3705},
		{"trailing blank lines with CRLF", append(bytes.Clone(data), "\r\n\r\n"...), 3705},
		{"blank lines between", bytes.ReplaceAll(data, []byte("\n"), []byte("\n\r\n\n")), 3705},
		{"gzip", gzipBytes(t, data), 3705},
		{"zip", zipBytes(t, data), 3705},
		{"gzip with a byte order mark", gzipBytes(t, append([]byte("\uFEFF"), data...)), 3705},
		{"published form: empty for NA", bytes.ReplaceAll(data, []byte("\tNA"), []byte("\t")), 3705},
	}
	want := readAll(t, data)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := readAll(t, tc.input)
			if len(got) != tc.rows {
				t.Fatalf("read %d rows, want %d", len(got), tc.rows)
			}
			if tc.rows == len(want) {
				assert.Equal(t, want, got)
			}
			for i := range got {
				if got[i].Record().ID != want[i].Record().ID || got[i].HasCoords != want[i].HasCoords ||
					got[i].City != want[i].City || len(got[i].Source.Sectors) != len(want[i].Source.Sectors) {
					t.Fatalf("row %d differs:\n got %+v\nwant %+v", i+1, got[i], want[i])
				}
			}
		})
	}
}

func TestSkipSample(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(string(readSample(t)), "\n"), "\n")
	var b strings.Builder
	b.WriteString(lines[0] + "\n")
	bad := 0
	for i, l := range lines[1:] {
		if i%1000 == 0 {
			b.WriteString(withColumn(l, 7, "x") + "\n")
			bad++
		}
		b.WriteString(l + "\n")
	}
	r := icews.NewReader(strings.NewReader(b.String()), icews.ReaderOptions{SkipBadRows: true, KeepErrors: 2})
	n := 0
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 3705 || r.Skipped() != 4 || bad != 4 || len(r.Errors()) != 2 {
		t.Errorf("read %d, skipped %d of %d, kept %d errors", n, r.Skipped(), bad, len(r.Errors()))
	}
	if got := r.Errors()[1].Line; got != 1003 {
		t.Errorf("second error on line %d, want 1003", got)
	}
}

func TestLineTooLong(t *testing.T) {
	header, good := sampleLines(t)
	long := withColumn(good, 5, strings.Repeat("x", 5000))
	tests := []struct {
		name  string
		input string
	}{
		{"row", header + "\n" + long + "\n"},
		{"header", strings.Repeat("x", 5000) + "\n" + good + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := icews.NewReader(strings.NewReader(tc.input), icews.ReaderOptions{SkipBadRows: true, KeepErrors: 5, Limits: diplo.Limits{MaxBytes: 1000}})
			_, err := r.Read()
			require.ErrorIs(t, err, icews.ErrLineTooLong)
			assert.ErrorIs(t, err, diplo.ErrLimit)
			_, again := r.Read()
			assert.Equal(t, err, again, "a line over the limit ends the reading")
		})
	}
	if events := readAll(t, []byte(header+"\n"+long+"\n")); events[0].EventText != strings.Repeat("x", 5000) {
		t.Error("a 5,000-byte field was not read whole")
	}
}

func TestFieldTooLong(t *testing.T) {
	header, good := sampleLines(t)
	long := withColumn(good, 5, strings.Repeat("x", 5000))
	r := icews.NewReader(strings.NewReader(header+"\n"+good+"\n"+long+"\n"), icews.ReaderOptions{Limits: diplo.Limits{MaxString: 1000}})
	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	require.ErrorIs(t, err, icews.ErrFieldTooLong)
	assert.ErrorIs(t, err, diplo.ErrLimit)
	assert.Equal(t, `icews: line 3, column Event Text: field too long: more than 1000 bytes exceeds MaxString 1000 (limit exceeded) (value "")`, err.Error())
}

// TestTruncatedRow: a file whose last row is cut, inside its last field or
// just before it, is an error rather than a row with another value.
func TestTruncatedRow(t *testing.T) {
	data := string(readSample(t))
	lastTab := strings.LastIndexByte(data, '\t')
	for _, tc := range []struct {
		name  string
		input string
	}{
		{"cut inside the last field", data[:len(data)-3]},
		{"cut after the last tab", data[:lastTab+1]},
		{"cut before the last tab", data[:lastTab]},
		{"no final newline", data[:len(data)-1]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := icews.NewReader(strings.NewReader(tc.input), icews.ReaderOptions{})
			n := 0
			var err error
			for {
				if _, err = r.Read(); err != nil {
					break
				}
				n++
			}
			var pe *icews.ParseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, icews.ErrTruncated)
			assert.Equal(t, 3706, pe.Line)
			assert.Equal(t, 3704, n)
			assert.True(t, strings.HasPrefix(err.Error(), "icews: line 3706: row cut short: the last line has no line end (value "), err.Error())
		})
	}
}

func TestCompressedErrors(t *testing.T) {
	data := readSample(t)
	gz := gzipBytes(t, data)
	r := icews.NewReader(bytes.NewReader(gz[:len(gz)/2]), icews.ReaderOptions{SkipBadRows: true, KeepErrors: 5})
	var err error
	for {
		if _, err = r.Read(); err != nil {
			break
		}
	}
	require.ErrorIs(t, err, icews.ErrCompressed)
	assert.Contains(t, err.Error(), "cannot decompress: gzip: unexpected end of input")
}

// TestGzipBomb reads a gzip stream of 1 GiB of zeros after a header: the
// first field over MaxString stops the reading there, having read little
// of the stream and allocated little more than the limit.
func TestGzipBomb(t *testing.T) {
	header, _ := sampleLines(t)
	zeros := gzipBytes(t, make([]byte, 1<<20))
	bomb := append(gzipBytes(t, []byte(header+"\n")), bytes.Repeat(zeros, 1<<10)...)
	src := &countingReader{r: bytes.NewReader(bomb)}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := icews.NewReader(src, icews.ReaderOptions{SkipBadRows: true, KeepErrors: 5}).Read()
	runtime.ReadMemStats(&after)
	require.ErrorIs(t, err, icews.ErrFieldTooLong)
	assert.Equal(t, "icews: line 2, column Event ID: field too long: more than 1048576 bytes exceeds MaxString 1048576 (limit exceeded) (value \"\")", err.Error())
	assert.Less(t, src.n, int64(len(bomb)/8), "compressed bytes read")
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("read %d of %d compressed bytes, allocated %d bytes", src.n, len(bomb), alloc)
	assert.Less(t, alloc, uint64(8<<20), "bytes allocated")
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func gzipBytes(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// zipBytes zips data as archive/zip writes it: deflated, its sizes in a
// data descriptor after the data.
func zipBytes(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	fw, err := w.Create("events.2018.tab")
	require.NoError(t, err)
	_, err = fw.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// TestControlCharactersPassedOn: control characters in a place name are
// valid UTF-8 and read as they are, for the lifter to clean or refuse.
func TestControlCharactersPassedOn(t *testing.T) {
	header, good := sampleLines(t)
	for _, city := range []string{"Caracas\u0092", "Cara\x00cas", "\u0085Caracas"} {
		events := readAll(t, []byte(header+"\n"+withColumn(good, 14, city)+"\n"))
		require.Len(t, events, 1)
		assert.Equal(t, city, events[0].City)
		assert.Contains(t, events[0].Record().Location.Name, city)
	}
}

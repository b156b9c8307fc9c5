package gdelt_test

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// header1 is the GDELT 1.0 event header (the 58 names of
// GDELT_1.0_event_Column_Labels_Header_Row_Sep2016.tsv, after its tableId
// line).
var header1 = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode
Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode
Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale
NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code
Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`)

func TestVersionColumns(t *testing.T) {
	tests := []struct {
		v    gdelt.Version
		want []string
	}{
		{gdelt.Version1, header1},
		{gdelt.Version1Backfile, header1[:57]},
	}
	for _, tc := range tests {
		t.Run(tc.v.String(), func(t *testing.T) {
			var got []string
			for _, c := range tc.v.Columns() {
				got = append(got, c.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("columns:\n got %q\nwant %q", got, tc.want)
			}
			if tc.v.NumColumns() != len(tc.want) {
				t.Errorf("NumColumns = %d, want %d", tc.v.NumColumns(), len(tc.want))
			}
			if tc.v.Dataset() != eventdata.GDELT1 {
				t.Errorf("Dataset = %q", tc.v.Dataset())
			}
		})
	}
}

// toVersion1 rewrites the GDELT 2.0 sample as GDELT 1.0 rows of n columns:
// each 1.0 column by name from the 2.0 row, DATEADDED cut to YYYYMMDD.
func toVersion1(t *testing.T, data []byte, n int) []byte {
	t.Helper()
	index := map[string]int{}
	for i, c := range gdelt.Version2.Columns() {
		index[c.String()] = i
	}
	var b bytes.Buffer
	for _, f := range rawRows(data) {
		row := make([]string, n)
		for i, name := range header1[:n] {
			j, ok := index[name]
			if !ok {
				t.Fatalf("no 2.0 column %s", name)
			}
			row[i] = f[j]
		}
		row[57-1] = row[57-1][:8] // DATEADDED
		b.WriteString(strings.Join(row, "\t"))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func TestReadVersion1(t *testing.T) {
	data := readSample(t)
	events2 := readAll(t, data)
	tests := []struct {
		name    string
		cols    int
		version gdelt.Version
		opts    gdelt.ReaderOptions
	}{
		{"58 detected", 58, gdelt.Version1, gdelt.ReaderOptions{}},
		{"58 fixed", 58, gdelt.Version1, gdelt.ReaderOptions{Version: gdelt.Version1}},
		{"57 detected", 57, gdelt.Version1Backfile, gdelt.ReaderOptions{}},
		{"57 fixed", 57, gdelt.Version1Backfile, gdelt.ReaderOptions{Version: gdelt.Version1Backfile}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v1 := toVersion1(t, data, tc.cols)
			events1 := readAllWith(t, v1, tc.opts)
			if len(events1) != len(events2) {
				t.Fatalf("read %d rows, want %d", len(events1), len(events2))
			}
			for i, e := range events2 {
				want := e
				want.Version = tc.version
				want.Actor1Geo.ADM2Code, want.Actor2Geo.ADM2Code, want.ActionGeo.ADM2Code = "", "", ""
				want.DateAdded = time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
				if tc.cols == 57 {
					want.SourceURL = ""
				}
				if events1[i] != want {
					t.Fatalf("line %d:\n got %+v\nwant %+v", i+1, events1[i], want)
				}
				if r := events1[i].Record(); r.Dataset != eventdata.GDELT1 {
					t.Fatalf("line %d: Record().Dataset = %q", i+1, r.Dataset)
				}
			}
		})
	}
}

// TestMixedVersions reads rows of the three shapes from one input: the
// first row fixes the version, and a row of another shape is an error,
// with or without the option Version.
func TestMixedVersions(t *testing.T) {
	data := readSample(t)
	first := func(b []byte) string { return string(b[:bytes.IndexByte(b, '\n')+1]) }
	mixed := first(data) + first(toVersion1(t, data, 58)) + first(toVersion1(t, data, 57))

	tests := []struct {
		name    string
		opts    gdelt.ReaderOptions
		version gdelt.Version
		message string
	}{
		{"told from the first row", gdelt.ReaderOptions{}, gdelt.Version2,
			"gdelt: line 2: wrong number of columns: 58, want 61 as on line 1 (GDELT 2.0)"},
		{"fixed", gdelt.ReaderOptions{Version: gdelt.Version2}, gdelt.Version2,
			"gdelt: line 2: wrong number of columns: 58, want 61 "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := gdelt.NewReader(strings.NewReader(mixed), tc.opts)
			e, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, tc.version, e.Version)
			assert.Equal(t, tc.version, r.Version())
			_, err = r.Read()
			var pe *gdelt.ParseError
			require.ErrorAs(t, err, &pe)
			assert.ErrorIs(t, err, gdelt.ErrColumnCount)
			assert.Equal(t, 2, pe.Line)
			assert.True(t, strings.HasPrefix(err.Error(), tc.message), err.Error())
			_, err2 := r.Read()
			assert.Equal(t, err, err2, "after a stop, Read returns the same error")
		})
	}

	_, err := gdelt.NewReader(strings.NewReader(mixed), gdelt.ReaderOptions{Version: gdelt.Version(9)}).Read()
	if err == nil || err == io.EOF || !strings.Contains(err.Error(), "unknown version") {
		t.Errorf("unknown version: err = %v", err)
	}
}

// TestVersionPerFile: the version of a file is that of its first row, so
// that a row of a GDELT 1.0 file that gained or lost its last column is an
// error, not a row of the other shape.
func TestVersionPerFile(t *testing.T) {
	data := readSample(t)
	rows := func(n int) []string {
		return strings.SplitAfter(strings.TrimSuffix(string(toVersion1(t, data, n)), "\n"), "\n")[:8]
	}
	v57, v58 := rows(57), rows(58)
	file := func(base, odd []string, at int) string {
		lines := slices.Clone(base)
		lines[at] = odd[at]
		return strings.Join(lines, "")
	}
	tests := []struct {
		name    string
		input   string
		opts    gdelt.ReaderOptions
		version gdelt.Version
		message string
	}{
		{"57-column file with a 58-column 5th row", file(v57, v58, 4), gdelt.ReaderOptions{}, gdelt.Version1Backfile,
			"gdelt: line 5: wrong number of columns: 58, want 57 as on line 1 (GDELT 1.0-backfile)"},
		{"58-column file with a 57-column 5th row", file(v58, v57, 4), gdelt.ReaderOptions{}, gdelt.Version1,
			"gdelt: line 5: wrong number of columns: 57, want 58 as on line 1 (GDELT 1.0)"},
		{"58-column file with a 57-column first row", file(v58, v57, 0), gdelt.ReaderOptions{}, gdelt.Version1Backfile,
			"gdelt: line 2: wrong number of columns: 58, want 57 as on line 1 (GDELT 1.0-backfile)"},
		{"58-column file told as such, 57-column first row", file(v58, v57, 0), gdelt.ReaderOptions{Version: gdelt.Version1}, gdelt.Version1,
			"gdelt: line 1: wrong number of columns: 57, want 58 "},
		{"blank and bad lines before the first row", "\n" + "x\n" + file(v57, v58, 4), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 5}, gdelt.Version1Backfile,
			"gdelt: line 7: wrong number of columns: 58, want 57 as on line 3 (GDELT 1.0-backfile)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := gdelt.NewReader(strings.NewReader(tc.input), tc.opts)
			var msgs []string
			for {
				_, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					require.ErrorIs(t, err, gdelt.ErrColumnCount)
					msgs = append(msgs, err.Error())
					break
				}
			}
			for _, e := range r.Errors() {
				msgs = append(msgs, e.Error())
			}
			require.NotEmpty(t, msgs)
			last := msgs[len(msgs)-1]
			assert.True(t, strings.HasPrefix(last, tc.message), "%s\nwant prefix %s", last, tc.message)
			assert.Equal(t, tc.version, r.Version())
		})
	}
}

// TestTruncatedRow: a file whose last row is cut, inside its last field or
// just before it, is an error rather than a shorter row.
func TestTruncatedRow(t *testing.T) {
	data := string(readSample(t))
	last := strings.LastIndex(strings.TrimSuffix(data, "\n"), "\n") + 1 // start of the last row
	lastTab := strings.LastIndexByte(data, '\t')
	v58 := string(toVersion1(t, []byte(data), 58))
	lastTab58 := strings.LastIndexByte(v58, '\t')
	tests := []struct {
		name  string
		input string
		line  int
	}{
		{"2.0 cut inside its last field", data[:len(data)-10], 2111},
		{"2.0 cut after its last tab", data[:lastTab+1], 2111},
		{"2.0 cut just before its last tab", data[:lastTab], 2111},
		{"2.0 cut inside its first field", data[:last+3], 2111},
		{"1.0 daily cut inside SOURCEURL", v58[:len(v58)-5], 2111},
		{"1.0 daily cut before SOURCEURL", v58[:lastTab58], 2111},
		{"only row cut", data[:200], 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := gdelt.NewReader(strings.NewReader(tc.input), gdelt.ReaderOptions{})
			n := 0
			var err error
			for {
				if _, err = r.Read(); err != nil {
					break
				}
				n++
			}
			var pe *gdelt.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.line, pe.Line)
			assert.Equal(t, tc.line-1, n, "rows before the cut one")
			assert.ErrorIs(t, err, gdelt.ErrTruncated)
			assert.True(t, strings.HasPrefix(err.Error(), fmt.Sprintf("gdelt: line %d: row cut short: the last line has no line end (value ", tc.line)), err.Error())

			// Skipped and counted.
			r = gdelt.NewReader(strings.NewReader(tc.input), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1})
			for {
				if _, err = r.Read(); err != nil {
					break
				}
			}
			assert.Equal(t, io.EOF, err)
			assert.Equal(t, 1, r.Skipped())
		})
	}
}

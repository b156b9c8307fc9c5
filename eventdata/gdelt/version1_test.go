package gdelt_test

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

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
		opts    []gdelt.Option
	}{
		{"58 detected", 58, gdelt.Version1, nil},
		{"58 fixed", 58, gdelt.Version1, []gdelt.Option{gdelt.WithVersion(gdelt.Version1)}},
		{"57 detected", 57, gdelt.Version1Backfile, nil},
		{"57 fixed", 57, gdelt.Version1Backfile, []gdelt.Option{gdelt.WithVersion(gdelt.Version1Backfile)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v1 := toVersion1(t, data, tc.cols)
			events1 := readAll(t, v1, tc.opts...)
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

// TestMixedVersions reads rows of the three shapes from one input, and
// checks that a fixed version refuses the others.
func TestMixedVersions(t *testing.T) {
	data := readSample(t)
	first := func(b []byte) string { return string(b[:bytes.IndexByte(b, '\n')+1]) }
	mixed := first(data) + first(toVersion1(t, data, 58)) + first(toVersion1(t, data, 57))

	var versions []gdelt.Version
	for _, e := range readAll(t, []byte(mixed)) {
		versions = append(versions, e.Version)
	}
	if want := []gdelt.Version{gdelt.Version2, gdelt.Version1, gdelt.Version1Backfile}; !slices.Equal(versions, want) {
		t.Errorf("versions = %v, want %v", versions, want)
	}

	r := gdelt.NewReader(strings.NewReader(mixed), gdelt.WithVersion(gdelt.Version2))
	if _, err := r.Read(); err != nil {
		t.Fatal(err)
	}
	_, err := r.Read()
	var pe *gdelt.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, gdelt.ErrColumnCount) || pe.Line != 2 {
		t.Fatalf("err = %v, want ErrColumnCount on line 2", err)
	}
	if want := "gdelt: line 2: wrong number of columns: 58, want 61"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("message %q does not start with %q", err.Error(), want)
	}
	if _, err2 := r.Read(); err2 != err {
		t.Errorf("after a stop, Read returned %v, want the same error", err2)
	}

	_, err = gdelt.NewReader(strings.NewReader(mixed), gdelt.WithVersion(gdelt.Version(9))).Read()
	if err == nil || err == io.EOF || !strings.Contains(err.Error(), "unknown version") {
		t.Errorf("unknown version: err = %v", err)
	}
}

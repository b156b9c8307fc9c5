package gdelt_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestRecordGolden compares the records of the sample's first 20 rows with
// testdata/records.golden.json.
func TestRecordGolden(t *testing.T) {
	events := readAll(t, readSample(t))[:20]
	var recs []eventdata.Record
	for _, e := range events {
		recs = append(recs, e.Record())
	}
	got, err := json.MarshalIndent(recs, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	const golden = "testdata/records.golden.json"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "records differ from %s (run go test -update to rewrite it after checking)", golden)
}

func TestRecord(t *testing.T) {
	events := readAll(t, readSample(t))
	tests := []struct {
		line int
		want eventdata.Record
	}{
		{553, eventdata.Record{
			Dataset: eventdata.GDELT2, ID: "881991384",
			Date:   time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
			Source: eventdata.Actor{Code: "COPCOP", Name: "POLICE", Types: []string{"COP", "COP"}},
			CAMEO:  "010", BaseCode: "010", RootCode: "01", QuadClass: 1, Goldstein: 0,
			Location: eventdata.Location{Name: "Hinesville, Georgia, United States", CountryCode: "US", GeoType: 3,
				FeatureID: "331992", Lat: 31.8469, Lon: -81.5959, HasCoords: true},
			SourceURL: "http://www.northwestgeorgianews.com/associated_press/foster-mom-charged-with-murder-of-twins-who-died-in/article_496ab8e4-1827-5f89-b7c0-3550ee792972.html",
		}},
		{1305, eventdata.Record{
			Dataset: eventdata.GDELT2, ID: "881992136",
			Date:   time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
			Source: eventdata.Actor{Code: "MED", Name: "PUBLISHER", Types: []string{"MED"}},
			CAMEO:  "010", BaseCode: "010", RootCode: "01", QuadClass: 1,
			Location:  eventdata.Location{CountryCode: "YI", GeoType: 1, FeatureID: "YI"},
			SourceURL: "https://publishingperspectives.com/2019/10/frankfurter-buchmesse-2019-croatia-fraktura-publishes-igor-stiks-new-w/",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.want.ID, func(t *testing.T) {
			assert.Equal(t, tc.want, events[tc.line-1].Record())
		})
	}
}

// TestFromRecordSample projects every sample row to a record and back:
// the record survives.
func TestFromRecordSample(t *testing.T) {
	for i, e := range readAll(t, readSample(t)) {
		r := e.Record()
		require.Equal(t, r, gdelt.FromRecord(r).Record(), "line %d", i+1)
	}
}

func TestFromRecord(t *testing.T) {
	tests := []struct {
		name string
		rec  eventdata.Record
		row  string
		back eventdata.Record // Record() of the row read back
	}{
		{
			name: "projected dyad",
			rec: eventdata.Record{
				Dataset: eventdata.Diplo, ID: "urn:uuid:0b3c6f4e-8d65-4f7e-9a35-1c2a3e4f5a6b",
				Date: time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC),
				Source: eventdata.Actor{ID: "urn:x:ru", Name: "RUSSIA", Code: "RUSGOV", CountryCode: "RUS", Country: "RU",
					Types: []string{"GOV"}},
				Target:    eventdata.Actor{Name: "MALI", Code: "MLI", CountryCode: "MLI", Sectors: []string{"Government"}},
				CAMEO:     "036",
				QuadClass: 1, Goldstein: 4,
				PLOVER: eventdata.PLOVER{Event: "CONSULT", Mode: "visit"},
				Location: eventdata.Location{Name: "Moscow, Moskva, Russia", CountryCode: "RS", Country: "RU", GeoType: 4,
					FeatureID: "-2960561", Lat: 55.7522, Lon: 37.6156, HasCoords: true},
				SourceURL: "https://example.org/a",
				Text:      "Russia and Mali meet in Moscow",
			},
			row: "\t20251124\t202511\t2025\t2025.8877\tRUSGOV\tRUSSIA\tRUS\t\t\t\t\tGOV\t\t\tMLI\tMALI\tMLI\t\t\t\t\t\t\t\t\t036\t036\t03\t1\t4.0\t\t\t\t\t" +
				"0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t4\tMoscow, Moskva, Russia\tRS\t\t\t55.7522\t37.6156\t-2960561\t\thttps://example.org/a\n",
			back: eventdata.Record{
				Dataset: eventdata.GDELT2,
				Date:    time.Date(2025, 11, 24, 0, 0, 0, 0, time.UTC),
				Source:  eventdata.Actor{Name: "RUSSIA", Code: "RUSGOV", CountryCode: "RUS", Types: []string{"GOV"}},
				Target:  eventdata.Actor{Name: "MALI", Code: "MLI", CountryCode: "MLI"},
				CAMEO:   "036", BaseCode: "036", RootCode: "03", QuadClass: 1, Goldstein: 4,
				Location: eventdata.Location{Name: "Moscow, Moskva, Russia", CountryCode: "RS", GeoType: 4,
					FeatureID: "-2960561", Lat: 55.7522, Lon: 37.6156, HasCoords: true},
				SourceURL: "https://example.org/a",
			},
		},
		{
			name: "empty record",
			rec:  eventdata.Record{},
			row:  "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t0\t\t\t\t\t\t\t\t\t\n",
			back: eventdata.Record{Dataset: eventdata.GDELT2},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			w := gdelt.NewWriter(&out)
			require.NoError(t, w.Write(gdelt.FromRecord(tc.rec)))
			require.NoError(t, w.Flush())
			assert.Equal(t, tc.row, out.String(), "row")
			events := readAll(t, out.Bytes())
			require.NotEmpty(t, events, "no row read back")
			assert.Equal(t, tc.back, events[0].Record(), "read back")
		})
	}
}

func TestFractionDate(t *testing.T) {
	tests := []struct {
		day  time.Time
		want float64
	}{
		{time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC), 2019.8055},
		{time.Date(2019, 9, 24, 0, 0, 0, 0, time.UTC), 2019.7233},
		{time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), 2019.0027},
		{time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC), 2020.9890}, // (330+31)/365
		{time.Date(1979, 1, 1, 0, 0, 0, 0, time.UTC), 1979.0027},
	}
	for _, tc := range tests {
		t.Run(tc.day.Format("2006-01-02"), func(t *testing.T) {
			assert.Equal(t, tc.want, gdelt.FractionDate(tc.day), "FractionDate")
		})
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{gdelt.ColGlobalEventID.String(), "GLOBALEVENTID"},
		{gdelt.ColActionGeoADM2Code.String(), "ActionGeo_ADM2Code"},
		{gdelt.ColSourceURL.String(), "SOURCEURL"},
		{gdelt.Column(61).String(), "Column(61)"},
		{gdelt.Column(-1).String(), "Column(-1)"},
		{gdelt.Version2.String(), "2.0"},
		{gdelt.Version1.String(), "1.0"},
		{gdelt.Version1Backfile.String(), "1.0-backfile"},
		{gdelt.Version(0).String(), "Version(0)"},
		{gdelt.GeoNone.String(), "NONE"},
		{gdelt.GeoWorldState.String(), "WORLDSTATE"},
		{gdelt.GeoType(6).String(), "GeoType(6)"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.got)
		})
	}
	assert.Len(t, gdelt.GeoTypes(), 6, "GeoTypes")
	assert.Len(t, gdelt.Versions(), 3, "Versions")
}

func TestColumnSet(t *testing.T) {
	var s gdelt.ColumnSet
	s = s.With(gdelt.ColGlobalEventID).With(gdelt.ColSourceURL).With(gdelt.Column(64)).With(gdelt.Column(-1))
	tests := []struct {
		c    gdelt.Column
		want bool
	}{
		{gdelt.ColGlobalEventID, true},
		{gdelt.ColSourceURL, true},
		{gdelt.ColAvgTone, false},
		{gdelt.Column(64), false},
		{gdelt.Column(-1), false},
	}
	for _, tc := range tests {
		t.Run(tc.c.String(), func(t *testing.T) {
			assert.Equal(t, tc.want, s.Has(tc.c), "Has(%v)", tc.c)
		})
	}
}

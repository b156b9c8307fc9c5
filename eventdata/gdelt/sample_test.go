package gdelt_test

import (
	"bytes"
	"encoding/csv"
	"io"
	"maps"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/gdelt"
)

const samplePath = "testdata/sample-A.tsv"

func readSample(t testing.TB) []byte {
	t.Helper()
	data, err := readSampleBytes()
	require.NoError(t, err)
	return data
}

func readSampleBytes() ([]byte, error) { return os.ReadFile(samplePath) }

// readAll reads every event of data with the default options, failing
// the test on any error.
func readAll(t testing.TB, data []byte) []gdelt.Event {
	t.Helper()
	return readAllWith(t, data, gdelt.ReaderOptions{})
}

// readAllWith reads every event of data with the options o, failing the
// test on any error.
func readAllWith(t testing.TB, data []byte, o gdelt.ReaderOptions) []gdelt.Event {
	t.Helper()
	r := gdelt.NewReader(bytes.NewReader(data), o)
	var events []gdelt.Event
	for {
		e, err := r.Read()
		if err == io.EOF {
			return events
		}
		require.NoError(t, err, "row %d", len(events)+1)
		events = append(events, e)
	}
}

// rawRows splits the sample naively, line by line and tab by tab.
func rawRows(data []byte) [][]string {
	var rows [][]string
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// sampleCounts are the figures the tests assert on sample-A.tsv.
type sampleCounts struct {
	rows          int
	quad          map[int]int
	eventCodes    int
	baseCodes     int
	rootCodes     int
	emptyActor1   int
	emptyActor2   int
	rootEvents    int
	actionGeo     map[int]int
	actor1Geo     map[int]int
	actionCoords  int
	days          map[string]int
	distinctAdded int
}

func TestSampleCounts(t *testing.T) {
	data := readSample(t)
	events := readAll(t, data)

	// The figures from the parsed events.
	got := sampleCounts{quad: map[int]int{}, actionGeo: map[int]int{}, actor1Geo: map[int]int{}, days: map[string]int{}}
	codes, bases, roots, added := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[time.Time]bool{}
	for _, e := range events {
		got.rows++
		got.quad[e.QuadClass]++
		codes[e.EventCode], bases[e.EventBaseCode], roots[e.EventRootCode] = true, true, true
		if e.Actor1.IsZero() {
			got.emptyActor1++
		}
		if e.Actor2.IsZero() {
			got.emptyActor2++
		}
		if e.IsRootEvent {
			got.rootEvents++
		}
		got.actionGeo[int(e.ActionGeo.Type)]++
		got.actor1Geo[int(e.Actor1Geo.Type)]++
		if e.ActionGeo.HasCoords {
			got.actionCoords++
		}
		got.days[e.Day.Format("20060102")]++
		added[e.DateAdded] = true
	}
	got.eventCodes, got.baseCodes, got.rootCodes, got.distinctAdded = len(codes), len(bases), len(roots), len(added)

	// The same figures from a naive split of the raw text.
	raw := sampleCounts{quad: map[int]int{}, actionGeo: map[int]int{}, actor1Geo: map[int]int{}, days: map[string]int{}}
	rcodes, rbases, rroots, radded := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	digit := map[string]int{"0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
	for _, f := range rawRows(data) {
		require.Len(t, f, 61, "fields of a raw row")
		raw.rows++
		raw.quad[digit[f[29]]]++
		rcodes[f[26]], rbases[f[27]], rroots[f[28]] = true, true, true
		if strings.Join(f[5:15], "") == "" {
			raw.emptyActor1++
		}
		if strings.Join(f[15:25], "") == "" {
			raw.emptyActor2++
		}
		if f[25] == "1" {
			raw.rootEvents++
		}
		raw.actionGeo[digit[f[51]]]++
		raw.actor1Geo[digit[f[35]]]++
		if f[56] != "" {
			raw.actionCoords++
		}
		raw.days[f[1]]++
		radded[f[59]] = true
	}
	raw.eventCodes, raw.baseCodes, raw.rootCodes, raw.distinctAdded = len(rcodes), len(rbases), len(rroots), len(radded)

	// And the literal figures, as counted on the file.
	want := sampleCounts{
		rows:        2111,
		quad:        map[int]int{1: 1222, 2: 281, 3: 271, 4: 337},
		eventCodes:  109,
		baseCodes:   88,
		rootCodes:   19,
		emptyActor1: 174,
		emptyActor2: 531,
		rootEvents:  1259,
		actionGeo:   map[int]int{0: 37, 1: 550, 2: 283, 3: 368, 4: 811, 5: 62},
		actor1Geo:   map[int]int{0: 208, 1: 516, 2: 237, 3: 341, 4: 764, 5: 45},
		// 37 rows have no action place and one (line 1305) a country
		// without coordinates.
		actionCoords:  2073,
		days:          map[string]int{"20191024": 2051, "20181024": 24, "20190924": 20, "20191023": 9, "20191017": 7},
		distinctAdded: 1,
	}
	for _, c := range []struct {
		name      string
		got, want sampleCounts
	}{{"parsed", got, want}, {"raw", raw, want}} {
		t.Run(c.name, func(t *testing.T) {
			g, w := c.got, c.want
			ints := []struct {
				name      string
				got, want int
			}{
				{"rows", g.rows, w.rows},
				{"distinct EventCode", g.eventCodes, w.eventCodes},
				{"distinct EventBaseCode", g.baseCodes, w.baseCodes},
				{"distinct EventRootCode", g.rootCodes, w.rootCodes},
				{"empty Actor1", g.emptyActor1, w.emptyActor1},
				{"empty Actor2", g.emptyActor2, w.emptyActor2},
				{"IsRootEvent", g.rootEvents, w.rootEvents},
				{"ActionGeo with coordinates", g.actionCoords, w.actionCoords},
				{"distinct DATEADDED", g.distinctAdded, w.distinctAdded},
			}
			for _, n := range ints {
				assert.Equal(t, n.want, n.got, n.name)
			}
			assert.True(t, maps.Equal(g.quad, w.quad), "QuadClass counts = %v, want %v", g.quad, w.quad)
			assert.True(t, maps.Equal(g.actionGeo, w.actionGeo), "ActionGeo_Type counts = %v, want %v", g.actionGeo, w.actionGeo)
			assert.True(t, maps.Equal(g.actor1Geo, w.actor1Geo), "Actor1Geo_Type counts = %v, want %v", g.actor1Geo, w.actor1Geo)
			assert.True(t, maps.Equal(g.days, w.days), "SQLDATE counts = %v, want %v", g.days, w.days)
		})
	}
}

// TestSampleInvariants checks on every row what GDELT's codebook promises.
func TestSampleInvariants(t *testing.T) {
	added := time.Date(2019, 10, 24, 14, 30, 0, 0, time.UTC)
	for i, e := range readAll(t, readSample(t)) {
		line := i + 1
		nest := strings.HasPrefix(e.EventCode, e.EventBaseCode) && strings.HasPrefix(e.EventBaseCode, e.EventRootCode) && len(e.EventRootCode) == 2
		assert.True(t, nest, "line %d: codes %q %q %q do not nest", line, e.EventCode, e.EventBaseCode, e.EventRootCode)
		y, m, _ := e.Day.Date()
		assert.Equal(t, y, e.Year, "line %d: Year against SQLDATE %v", line, e.Day)
		assert.Equal(t, y*100+int(m), e.MonthYear, "line %d: MonthYear against SQLDATE %v", line, e.Day)
		assert.Equal(t, gdelt.FractionDate(e.Day), e.FractionDate, "line %d: FractionDate column against FractionDate(%v)", line, e.Day)
		assert.Equal(t, gdelt.Version2, e.Version, "line %d: Version", line)
		assert.Zero(t, e.Empty, "line %d: Empty", line)
		assert.True(t, e.DateAdded.Equal(added), "line %d: DATEADDED %v", line, e.DateAdded)
		for _, g := range []gdelt.Geo{e.Actor1Geo, e.Actor2Geo, e.ActionGeo} {
			if g.Type == gdelt.GeoNone {
				assert.Zero(t, g, "line %d: geo type 0 with values", line)
			}
		}
	}
}

// TestSampleRows checks three rows field by field against their raw text.
func TestSampleRows(t *testing.T) {
	events := readAll(t, readSample(t))
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	added := time.Date(2019, 10, 24, 14, 30, 0, 0, time.UTC)
	tests := []struct {
		line int
		raw  string
		want gdelt.Event
	}{
		{
			line: 1,
			raw:  "881990832\t20181024\t201810\t2018\t2018.8055\t\t\t\t\t\t\t\t\t\t\tAUS\tVICTORIA\tAUS\t\t\t\t\t\t\t\t0\t139\t139\t13\t3\t-7.0\t3\t1\t3\t2.02774813233724\t0\t\t\t\t\t\t\t\t4\tVancouver, British Columbia, Canada\tCA\tCA02\t12552\t49.25\t-123.133\t-575268\t4\tVancouver, British Columbia, Canada\tCA\tCA02\t12552\t49.25\t-123.133\t-575268\t20191024143000\thttps://www.timescolonist.com/entertainment/jeremy-dutcher-brings-ancestors-songs-to-life-1.23985964",
			want: gdelt.Event{
				Version: gdelt.Version2, GlobalEventID: 881990832, Day: day(2018, 10, 24),
				MonthYear: 201810, Year: 2018, FractionDate: 2018.8055,
				Actor2:    gdelt.Actor{Code: "AUS", Name: "VICTORIA", CountryCode: "AUS"},
				EventCode: "139", EventBaseCode: "139", EventRootCode: "13", QuadClass: 3,
				GoldsteinScale: -7.0, NumMentions: 3, NumSources: 1, NumArticles: 3,
				AvgTone: 2.02774813233724,
				Actor2Geo: gdelt.Geo{Type: gdelt.GeoWorldCity, FullName: "Vancouver, British Columbia, Canada",
					CountryCode: "CA", ADM1Code: "CA02", ADM2Code: "12552", Lat: 49.25, Long: -123.133,
					HasCoords: true, FeatureID: "-575268"},
				ActionGeo: gdelt.Geo{Type: gdelt.GeoWorldCity, FullName: "Vancouver, British Columbia, Canada",
					CountryCode: "CA", ADM1Code: "CA02", ADM2Code: "12552", Lat: 49.25, Long: -123.133,
					HasCoords: true, FeatureID: "-575268"},
				DateAdded: added,
				SourceURL: "https://www.timescolonist.com/entertainment/jeremy-dutcher-brings-ancestors-songs-to-life-1.23985964",
			},
		},
		{
			line: 553,
			raw:  "881991384\t20191024\t201910\t2019\t2019.8055\tCOPCOP\tPOLICE\t\t\t\t\t\tCOP\tCOP\t\t\t\t\t\t\t\t\t\t\t\t1\t010\t010\t01\t1\t0.0\t2\t1\t2\t-8.72483221476506\t3\tHinesville, Georgia, United States\tUS\tUSGA\tGA179\t31.8469\t-81.5959\t331992\t0\t\t\t\t\t\t\t\t3\tHinesville, Georgia, United States\tUS\tUSGA\tGA179\t31.8469\t-81.5959\t331992\t20191024143000\thttp://www.northwestgeorgianews.com/associated_press/foster-mom-charged-with-murder-of-twins-who-died-in/article_496ab8e4-1827-5f89-b7c0-3550ee792972.html",
			want: gdelt.Event{
				Version: gdelt.Version2, GlobalEventID: 881991384, Day: day(2019, 10, 24),
				MonthYear: 201910, Year: 2019, FractionDate: 2019.8055,
				Actor1:      gdelt.Actor{Code: "COPCOP", Name: "POLICE", Type1Code: "COP", Type2Code: "COP"},
				IsRootEvent: true, EventCode: "010", EventBaseCode: "010", EventRootCode: "01", QuadClass: 1,
				GoldsteinScale: 0, NumMentions: 2, NumSources: 1, NumArticles: 2,
				AvgTone: -8.72483221476506,
				Actor1Geo: gdelt.Geo{Type: gdelt.GeoUSCity, FullName: "Hinesville, Georgia, United States",
					CountryCode: "US", ADM1Code: "USGA", ADM2Code: "GA179", Lat: 31.8469, Long: -81.5959,
					HasCoords: true, FeatureID: "331992"},
				ActionGeo: gdelt.Geo{Type: gdelt.GeoUSCity, FullName: "Hinesville, Georgia, United States",
					CountryCode: "US", ADM1Code: "USGA", ADM2Code: "GA179", Lat: 31.8469, Long: -81.5959,
					HasCoords: true, FeatureID: "331992"},
				DateAdded: added,
				SourceURL: "http://www.northwestgeorgianews.com/associated_press/foster-mom-charged-with-murder-of-twins-who-died-in/article_496ab8e4-1827-5f89-b7c0-3550ee792972.html",
			},
		},
		{
			line: 1305,
			raw:  "881992136\t20191024\t201910\t2019\t2019.8055\tMED\tPUBLISHER\t\t\t\t\t\tMED\t\t\t\t\t\t\t\t\t\t\t\t\t1\t010\t010\t01\t1\t0.0\t3\t1\t3\t-1.02459016393443\t1\tCroatia\tHR\tHR\t\t45.166667\t15.5\tHR\t0\t\t\t\t\t\t\t\t1\t\tYI\tYI\t\t\t\tYI\t20191024143000\thttps://publishingperspectives.com/2019/10/frankfurter-buchmesse-2019-croatia-fraktura-publishes-igor-stiks-new-w/",
			want: gdelt.Event{
				Version: gdelt.Version2, GlobalEventID: 881992136, Day: day(2019, 10, 24),
				MonthYear: 201910, Year: 2019, FractionDate: 2019.8055,
				Actor1:      gdelt.Actor{Code: "MED", Name: "PUBLISHER", Type1Code: "MED"},
				IsRootEvent: true, EventCode: "010", EventBaseCode: "010", EventRootCode: "01", QuadClass: 1,
				NumMentions: 3, NumSources: 1, NumArticles: 3, AvgTone: -1.02459016393443,
				Actor1Geo: gdelt.Geo{Type: gdelt.GeoCountry, FullName: "Croatia", CountryCode: "HR", ADM1Code: "HR",
					Lat: 45.166667, Long: 15.5, HasCoords: true, FeatureID: "HR"},
				// A country with neither name nor coordinates.
				ActionGeo: gdelt.Geo{Type: gdelt.GeoCountry, CountryCode: "YI", ADM1Code: "YI", FeatureID: "YI"},
				DateAdded: added,
				SourceURL: "https://publishingperspectives.com/2019/10/frankfurter-buchmesse-2019-croatia-fraktura-publishes-igor-stiks-new-w/",
			},
		},
	}
	lines := strings.Split(string(readSample(t)), "\n")
	for _, tc := range tests {
		t.Run(tc.want.SourceURL[:30], func(t *testing.T) {
			require.Equal(t, tc.raw, lines[tc.line-1], "line %d of the sample is not the text this test was written from", tc.line)
			assert.Equal(t, tc.want, events[tc.line-1], "line %d", tc.line)
		})
	}
}

// TestWriteSample reads the sample and writes it back: the output is the
// file, byte for byte.
func TestWriteSample(t *testing.T) {
	data := readSample(t)
	var out bytes.Buffer
	w := gdelt.NewWriter(&out)
	for _, e := range readAll(t, data) {
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Flush())
	if bytes.Equal(out.Bytes(), data) {
		return
	}
	got, want := strings.Split(out.String(), "\n"), strings.Split(string(data), "\n")
	for i := range min(len(got), len(want)) {
		require.Equal(t, want[i], got[i], "line %d differs", i+1)
	}
	require.Len(t, got, len(want), "lines of output")
}

// TestColumnNames compares the column names with GDELT's own header file.
func TestColumnNames(t *testing.T) {
	f, err := os.Open("testdata/header-2.0.csv")
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	var want []string
	for _, r := range recs[1:] { // skip the tableId line
		want = append(want, r[0])
	}
	var got []string
	for _, c := range gdelt.Version2.Columns() {
		got = append(got, c.String())
	}
	assert.Equal(t, want, got, "2.0 columns")
}

func TestReadErrorIsNotEOF(t *testing.T) {
	// A line that is not a row is an error, not the end.
	_, err := gdelt.NewReader(strings.NewReader("x\n"), gdelt.ReaderOptions{}).Read()
	assert.ErrorIs(t, err, gdelt.ErrColumnCount)
	// Empty input, or only blank lines, holds no row.
	for _, input := range []string{"", "\n", "\r\n\n", "\uFEFF"} {
		_, err = gdelt.NewReader(strings.NewReader(input), gdelt.ReaderOptions{}).Read()
		assert.Same(t, io.EOF, err, "%q: want io.EOF itself", input)
	}
}

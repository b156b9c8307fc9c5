package icews_test

import (
	"bytes"
	"flag"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/icews"
)

var update = flag.Bool("update", false, "rewrite golden files")

const samplePath = "testdata/events.2018.sample.tab"

func readSampleBytes() ([]byte, error) { return os.ReadFile(samplePath) }

func readSample(t testing.TB) []byte {
	t.Helper()
	data, err := readSampleBytes()
	require.NoError(t, err)
	return data
}

// readAll reads every event of data with the default options, failing
// the test on any error.
func readAll(t testing.TB, data []byte) []icews.Event {
	t.Helper()
	return readAllWith(t, data, icews.ReaderOptions{})
}

// readAllWith reads every event of data with the options o, failing the
// test on any error.
func readAllWith(t testing.TB, data []byte, o icews.ReaderOptions) []icews.Event {
	t.Helper()
	r := icews.NewReader(bytes.NewReader(data), o)
	var events []icews.Event
	for {
		e, err := r.Read()
		if err == io.EOF {
			return events
		}
		require.NoError(t, err, "row %d", len(events)+1)
		events = append(events, e)
	}
}

// counts are the figures the tests assert on the sample.
type counts struct {
	rows, eventIDs, cameo, stories, publishers int
	days                                       map[string]int
	sentences                                  map[int]int
	missing                                    map[string]int // NA per column
	sourceSectorItems, targetSectorItems       int
	intensitySum                               float64 // in tenths, to stay exact
	coords                                     int
}

// naiveCounts counts on the raw text, split by hand.
func naiveCounts(t *testing.T, data []byte) counts {
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	header := strings.Split(lines[0], "\t")
	c := counts{days: map[string]int{}, sentences: map[int]int{}, missing: map[string]int{}}
	ids, codes, stories, pubs := map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		require.Len(t, f, 20, "fields of a raw row")
		c.rows++
		ids[f[0]], codes[f[6]], stories[f[11]], pubs[f[13]] = true, true, true, true
		c.days[f[1]]++
		n, err := strconv.Atoi(f[12])
		require.NoError(t, err)
		c.sentences[n]++
		for i, v := range f {
			if v == "NA" {
				c.missing[header[i]]++
			}
		}
		if f[3] != "NA" {
			c.sourceSectorItems += len(strings.Split(f[3], ","))
		}
		if f[9] != "NA" {
			c.targetSectorItems += len(strings.Split(f[9], ","))
		}
		x, err := strconv.ParseFloat(f[7], 64)
		require.NoError(t, err)
		c.intensitySum += x * 10
		if f[18] != "NA" {
			c.coords++
		}
	}
	c.eventIDs, c.cameo, c.stories, c.publishers = len(ids), len(codes), len(stories), len(pubs)
	c.intensitySum = float64(int(c.intensitySum + 0.5*sign(c.intensitySum)))
	return c
}

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// parsedCounts counts on the events read.
func parsedCounts(events []icews.Event) counts {
	c := counts{days: map[string]int{}, sentences: map[int]int{}, missing: map[string]int{}}
	ids, codes, stories, pubs := map[int64]bool{}, map[string]bool{}, map[int64]bool{}, map[string]bool{}
	miss := func(col string, missing bool) {
		if missing {
			c.missing[col]++
		}
	}
	for _, e := range events {
		c.rows++
		ids[e.EventID], codes[e.CAMEOCode], stories[e.StoryID], pubs[e.Publisher] = true, true, true, true
		c.days[e.Date.Format(time.DateOnly)]++
		c.sentences[e.SentenceNumber]++
		miss("Source Name", e.Source.Name == "")
		miss("Source Sectors", e.Source.Sectors == nil)
		miss("Source Country", e.Source.Country == "")
		miss("Event Text", e.EventText == "")
		miss("Intensity", !e.HasIntensity)
		miss("Target Name", e.Target.Name == "")
		miss("Target Sectors", e.Target.Sectors == nil)
		miss("Target Country", e.Target.Country == "")
		miss("Publisher", e.Publisher == "")
		miss("City", e.City == "")
		miss("District", e.District == "")
		miss("Province", e.Province == "")
		miss("Country", e.Country == "")
		miss("Latitude", !e.HasCoords)
		miss("Longitude", !e.HasCoords)
		c.sourceSectorItems += len(e.Source.Sectors)
		c.targetSectorItems += len(e.Target.Sectors)
		c.intensitySum += e.Intensity * 10
		if e.HasCoords {
			c.coords++
		}
	}
	c.eventIDs, c.cameo, c.stories, c.publishers = len(ids), len(codes), len(stories), len(pubs)
	c.intensitySum = float64(int(c.intensitySum + 0.5*sign(c.intensitySum)))
	return c
}

func TestSampleCounts(t *testing.T) {
	data := readSample(t)
	want := counts{
		rows: 3705, eventIDs: 3705, cameo: 122, stories: 1876, publishers: 107,
		days:      map[string]int{"2018-06-01": 2359, "2018-06-02": 1346},
		sentences: map[int]int{1: 1046, 2: 758, 3: 587, 4: 487, 5: 450, 6: 377},
		missing: map[string]int{
			"Source Sectors": 875, "Source Country": 147, "Target Sectors": 1135, "Target Country": 232,
			"City": 1111, "District": 3201, "Province": 725, "Country": 2, "Latitude": 2, "Longitude": 2,
		},
		sourceSectorItems: 9918,
		targetSectorItems: 8014,
		intensitySum:      1384, // the sum of Intensity is 138.4
		coords:            3703,
	}
	naive := naiveCounts(t, data)
	for _, tc := range []struct {
		name string
		got  counts
	}{{"naive split", naive}, {"reader", parsedCounts(readAll(t, data))}} {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.got
			ints := []struct {
				name      string
				got, want int
			}{
				{"rows", g.rows, want.rows},
				{"distinct Event ID", g.eventIDs, want.eventIDs},
				{"distinct CAMEO Code", g.cameo, want.cameo},
				{"distinct Story ID", g.stories, want.stories},
				{"distinct Publisher", g.publishers, want.publishers},
				{"Source Sectors items", g.sourceSectorItems, want.sourceSectorItems},
				{"Target Sectors items", g.targetSectorItems, want.targetSectorItems},
				{"rows with coordinates", g.coords, want.coords},
			}
			for _, n := range ints {
				assert.Equal(t, n.want, n.got, n.name)
			}
			assert.Equal(t, want.intensitySum, g.intensitySum, "sum of Intensity*10")
			for _, m := range []struct {
				name      string
				got, want any
			}{
				{"Event Date", g.days, want.days},
				{"Sentence Number", g.sentences, want.sentences},
				{"NA per column", g.missing, want.missing},
			} {
				assert.Equal(t, m.want, m.got, "%s counts", m.name)
			}
		})
	}
}

// TestSampleNoNA checks that no text field holds the string "NA" and that
// codes keep their leading zero.
func TestSampleNoNA(t *testing.T) {
	for i, e := range readAll(t, readSample(t)) {
		texts := []string{e.Source.Name, e.Source.Country, e.EventText, e.CAMEOCode, e.Target.Name,
			e.Target.Country, e.Publisher, e.City, e.District, e.Province, e.Country}
		texts = append(append(texts, e.Source.Sectors...), e.Target.Sectors...)
		assert.NotContains(t, texts, "NA", "line %d holds NA as text: %+v", i+2, e)
		assert.GreaterOrEqual(t, len(e.CAMEOCode), 3, "line %d: CAMEO code %q", i+2, e.CAMEOCode)
		assert.True(t, strings.HasPrefix(e.Record().CAMEO, e.Record().RootCode), "line %d: CAMEO code %q", i+2, e.CAMEOCode)
	}
}

// TestSampleRows checks three rows field by field against their raw text.
func TestSampleRows(t *testing.T) {
	events := readAll(t, readSample(t))
	lines := strings.Split(string(readSample(t)), "\n")
	day := time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line int
		raw  string
		want icews.Event
	}{
		{
			line: 2,
			raw:  "32889836\t2018-06-01\tForeign Affairs (Bangladesh)\tExecutive,Foreign Ministry,Government\tBangladesh\tConsult\t040\t1\tHigh Ranking Military Personnel (Vietnam)\tMilitary,Government\tVietnam\t47400351\t2\tVietnam News Agency Bulletin\tHanoi\tNA\tThanh Pho Ha Noi\tVietnam\t21.0245\t105.841",
			want: icews.Event{
				EventID: 32889836, Date: day,
				Source:    icews.Actor{Name: "Foreign Affairs (Bangladesh)", Sectors: []string{"Executive", "Foreign Ministry", "Government"}, Country: "Bangladesh"},
				EventText: "Consult", CAMEOCode: "040", Intensity: 1, HasIntensity: true,
				Target:  icews.Actor{Name: "High Ranking Military Personnel (Vietnam)", Sectors: []string{"Military", "Government"}, Country: "Vietnam"},
				StoryID: 47400351, SentenceNumber: 2, Publisher: "Vietnam News Agency Bulletin",
				City: "Hanoi", Province: "Thanh Pho Ha Noi", Country: "Vietnam",
				Latitude: 21.0245, Longitude: 105.841, HasCoords: true,
			},
		},
		{
			line: 4,
			raw:  "32891290\t2018-06-01\tMinistry (Japan)\tGovernment\tJapan\tConsider policy option\t014\t0\tCitizen (Japan)\tGeneral Population / Civilian / Social,Social\tJapan\t47400357\t5\tMainichi Daily News\tOsaka\tOsaka-shi\tOsaka-fu\tJapan\t34.6937\t135.502",
			want: icews.Event{
				EventID: 32891290, Date: day,
				Source:    icews.Actor{Name: "Ministry (Japan)", Sectors: []string{"Government"}, Country: "Japan"},
				EventText: "Consider policy option", CAMEOCode: "014", Intensity: 0, HasIntensity: true,
				Target:  icews.Actor{Name: "Citizen (Japan)", Sectors: []string{"General Population / Civilian / Social", "Social"}, Country: "Japan"},
				StoryID: 47400357, SentenceNumber: 5, Publisher: "Mainichi Daily News",
				City: "Osaka", District: "Osaka-shi", Province: "Osaka-fu", Country: "Japan",
				Latitude: 34.6937, Longitude: 135.502, HasCoords: true,
			},
		},
		{
			line: 357,
			raw:  "32891407\t2018-06-01\tProtester (Google)\tBusiness,Multinational Corporation,Social,Science / Tech / Knowledge / Innovation Business\tNA\tDemonstrate or rally\t141\t-6.5\tUnspecified Actor\tUnspecified\tNA\t47401600\t2\tThe New York Times\tNA\tNA\tNA\tNA\tNA\tNA",
			want: icews.Event{
				EventID: 32891407, Date: day,
				Source:    icews.Actor{Name: "Protester (Google)", Sectors: []string{"Business", "Multinational Corporation", "Social", "Science / Tech / Knowledge / Innovation Business"}},
				EventText: "Demonstrate or rally", CAMEOCode: "141", Intensity: -6.5, HasIntensity: true,
				Target:  icews.Actor{Name: "Unspecified Actor", Sectors: []string{"Unspecified"}},
				StoryID: 47401600, SentenceNumber: 2, Publisher: "The New York Times",
			},
		},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.line), func(t *testing.T) {
			require.Equal(t, tc.raw, lines[tc.line-1], "line %d of the sample is not the text this test was written from", tc.line)
			assert.Equal(t, tc.want, events[tc.line-2], "line %d", tc.line)
		})
	}
}

func TestRecord(t *testing.T) {
	events := readAll(t, readSample(t))
	intensity := func(f float64) *float64 { return &f }
	tests := []struct {
		line int
		want eventdata.Record
	}{
		{2, eventdata.Record{
			Dataset: eventdata.ICEWS, ID: "32889836", Date: time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC),
			Source: eventdata.Actor{Name: "Foreign Affairs (Bangladesh)", CountryCode: "Bangladesh",
				Sectors: []string{"Executive", "Foreign Ministry", "Government"}},
			Target: eventdata.Actor{Name: "High Ranking Military Personnel (Vietnam)", CountryCode: "Vietnam",
				Sectors: []string{"Military", "Government"}},
			CAMEO: "040", BaseCode: "040", RootCode: "04", Intensity: intensity(1),
			Location: eventdata.Location{Name: "Hanoi, Thanh Pho Ha Noi, Vietnam", CountryCode: "Vietnam",
				Lat: 21.0245, Lon: 105.841, HasCoords: true},
			Text: "Consult",
		}},
		{357, eventdata.Record{
			Dataset: eventdata.ICEWS, ID: "32891407", Date: time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC),
			Source: eventdata.Actor{Name: "Protester (Google)",
				Sectors: []string{"Business", "Multinational Corporation", "Social", "Science / Tech / Knowledge / Innovation Business"}},
			Target: eventdata.Actor{Name: "Unspecified Actor", Sectors: []string{"Unspecified"}},
			CAMEO:  "141", BaseCode: "141", RootCode: "14", Intensity: intensity(-6.5),
			Text: "Demonstrate or rally",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.want.ID, func(t *testing.T) {
			e := events[tc.line-2]
			got := e.Record()
			assert.Equal(t, tc.want, got)
			// The record does not share the event's sector lists.
			require.NotEmpty(t, got.Source.Sectors)
			got.Source.Sectors[0] = "changed"
			assert.NotEqual(t, "changed", e.Source.Sectors[0], "Record shares Sectors with the event")
		})
	}
	r := (icews.Event{CAMEOCode: "0421"}).Record()
	assert.Nil(t, r.Intensity, "Record of a bare event = %+v", r)
	assert.Equal(t, "042", r.BaseCode, "Record of a bare event = %+v", r)
	assert.Equal(t, "04", r.RootCode, "Record of a bare event = %+v", r)
}

// TestRecordGolden compares the records of the sample's first 20 rows with
// testdata/records.golden.json.
func TestRecordGolden(t *testing.T) {
	var recs []eventdata.Record
	for _, e := range readAll(t, readSample(t))[:20] {
		recs = append(recs, e.Record())
	}
	got, err := jsonIndent(recs)
	require.NoError(t, err)
	const golden = "testdata/records.golden.json"
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "records differ from %s (run go test -update to rewrite it after checking)", golden)
}

func TestHeader(t *testing.T) {
	h := icews.Header()
	first := strings.SplitN(string(readSample(t)), "\n", 2)[0]
	assert.Equal(t, first, strings.Join(h, "\t"), "Header() against the file's")
	h[0] = "changed"
	assert.Equal(t, "Event ID", icews.Header()[0], "Header returns shared storage")
	assert.Len(t, h, icews.NumColumns, "NumColumns against the header")
}

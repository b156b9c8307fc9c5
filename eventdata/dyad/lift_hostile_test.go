package dyad_test

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/icews"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

var liftDay = time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)

// requireValidGraph checks that g validates, and that it still does once
// written with diplo.Marshal and read back strictly.
func requireValidGraph(t testing.TB, g *graph.Graph) {
	t.Helper()
	require.NoError(t, g.Validate())
	data, err := diplo.Marshal(g)
	require.NoError(t, err)
	back, err := graph.UnmarshalStrict(data)
	require.NoError(t, err, "%.300s", data)
	require.NoError(t, back.Validate())
	require.Equal(t, g.Len(), back.Len())
}

// dupCase lifts n GDELT records that all share one id.
var dupCase = scaling.Case{
	Name: "lift duplicate ids",
	N:    250,
	Setup: func(tb testing.TB, n int) func() {
		recs := make([]eventdata.Record, n)
		for i := range recs {
			recs[i] = eventdata.Record{Dataset: eventdata.GDELT2, ID: "1", CAMEO: "042", Date: liftDay,
				Source: eventdata.Actor{CountryCode: "RUS"}, Target: eventdata.Actor{CountryCode: "MLI"}}
		}
		return func() {
			l := dyad.NewLifter()
			for _, r := range recs {
				if err := l.Add(r); err != nil {
					tb.Fatal(err)
				}
			}
			if len(l.Graph().Events) != n {
				tb.Fatalf("%d events, want %d", len(l.Graph().Events), n)
			}
		}
	},
}

// TestLiftDuplicateIDsScales holds lifting records that share an id to
// n log n: each repetition gets the next suffix of its id, without
// trying the ones taken before.
func TestLiftDuplicateIDsScales(t *testing.T) { scaling.Check(t, dupCase) }

func BenchmarkLiftDuplicateIDs(b *testing.B) { scaling.Bench(b, dupCase) }

// TestLiftHostileValues lifts records that carry values the model refuses:
// each is cleaned or left out, counted by reason, and the graph validates.
func TestLiftHostileValues(t *testing.T) {
	base := func() eventdata.Record {
		return eventdata.Record{
			Dataset: eventdata.GDELT2, ID: "881990833", Date: liftDay, CAMEO: "040",
			Source:    eventdata.Actor{Code: "IGOEUREEC", Name: "THE EU", CountryCode: "EUR"},
			Target:    eventdata.Actor{Code: "BLR", Name: "BELARUS", CountryCode: "BLR"},
			Location:  eventdata.Location{Name: "Minsk, Belarus", CountryCode: "BO", Lat: 53.9, Lon: 27.5667, HasCoords: true},
			SourceURL: "https://example.org/news/1",
		}
	}
	tests := []struct {
		name     string
		edit     func(r *eventdata.Record)
		skipped  string // reason the record is refused, or ""
		leftOut  string // reason a part is left out, or ""
		repaired bool
		check    func(t *testing.T, g *graph.Graph)
	}{
		{name: "C1 control character in a place name",
			edit: func(r *eventdata.Record) { r.Location.Name = "Minsk\u0085, Belarus\u009f" }, repaired: true,
			check: func(t *testing.T, g *graph.Graph) {
				assert.Equal(t, "Minsk, Belarus", g.Events[0].Place.Name.String())
			}},
		{name: "NUL in an actor name",
			edit: func(r *eventdata.Record) { r.Source.Name = "THE\x00 EU" }, repaired: true,
			check: func(t *testing.T, g *graph.Graph) {
				require.Len(t, g.Organizations, 1)
				assert.Equal(t, "THE EU", g.Organizations[0].Name.String())
			}},
		{name: "same repaired actor on both sides, counted once",
			edit: func(r *eventdata.Record) {
				r.Source = eventdata.Actor{Code: "IGOEUREEC", Name: "THE\x00 EU"}
				r.Target = r.Source
			},
			repaired: true,
			check: func(t *testing.T, g *graph.Graph) {
				assert.Len(t, g.Events[0].Participants, 1)
			}},
		{name: "C0 and DEL in the text",
			edit: func(r *eventdata.Record) { r.Text = "talks\x1b[31m held\x7f" }, repaired: true,
			check: func(t *testing.T, g *graph.Graph) {
				assert.Equal(t, "talks[31m held", g.Events[0].Description.String())
			}},
		{name: "target name of control characters only",
			edit:    func(r *eventdata.Record) { r.Target = eventdata.Actor{Name: "\x01\x02", Code: "\u0080"} },
			leftOut: dyad.ReasonNamelessActor,
			check: func(t *testing.T, g *graph.Graph) {
				assert.Len(t, g.Events[0].Participants, 1)
			}},
		{name: "source name of control characters only",
			edit:    func(r *eventdata.Record) { r.Source = eventdata.Actor{Name: "\x00"} },
			skipped: dyad.ReasonNoSource},
		{name: "latitude 91",
			edit: func(r *eventdata.Record) { r.Location.Lat = 91 }, leftOut: dyad.ReasonCoordinates,
			check: func(t *testing.T, g *graph.Graph) { assert.True(t, g.Events[0].Place.IsZero()) }},
		{name: "longitude NaN",
			edit: func(r *eventdata.Record) { r.Location.Lon = math.NaN() }, leftOut: dyad.ReasonCoordinates},
		{name: "longitude -180.5",
			edit: func(r *eventdata.Record) { r.Location.Lon = -180.5 }, leftOut: dyad.ReasonCoordinates},
		{name: "empty place at 0,0",
			edit:    func(r *eventdata.Record) { r.Location = eventdata.Location{HasCoords: true} },
			leftOut: dyad.ReasonNullIsland,
			check:   func(t *testing.T, g *graph.Graph) { assert.True(t, g.Events[0].Place.IsZero()) }},
		{name: "named place at 0,0 kept",
			edit: func(r *eventdata.Record) { r.Location = eventdata.Location{Name: "Null Island", HasCoords: true} },
			check: func(t *testing.T, g *graph.Graph) {
				assert.Equal(t, &diplo.Coordinates{}, g.Events[0].Place.Coordinates)
			}},
		{name: "coordinates without a name or country",
			edit:    func(r *eventdata.Record) { r.Location = eventdata.Location{Lat: 10, Lon: 10, HasCoords: true} },
			leftOut: dyad.ReasonInvalidPlace},
		{name: "unknown place country code",
			edit:    func(r *eventdata.Record) { r.Location.CountryCode = "Q!" },
			leftOut: dyad.ReasonPlaceCountry,
			check: func(t *testing.T, g *graph.Graph) {
				assert.Equal(t, "Minsk, Belarus", g.Events[0].Place.Name.String())
			}},
		{name: "invalid UTF-8 in a place name",
			edit: func(r *eventdata.Record) { r.Location.Name = "Bogot\xe1" }, skipped: dyad.ReasonInvalidUTF8},
		{name: "invalid UTF-8 in an actor name",
			edit: func(r *eventdata.Record) { r.Target.Name = "\xff" }, skipped: dyad.ReasonInvalidUTF8},
		{name: "invalid UTF-8 in the URL",
			edit: func(r *eventdata.Record) { r.SourceURL = "https://example.org/\xc0" }, skipped: dyad.ReasonInvalidUTF8},
		{name: "name longer than MaxString",
			edit:    func(r *eventdata.Record) { r.Text = strings.Repeat("a", diplo.DefaultMaxString+1) },
			skipped: dyad.ReasonTooLong},
		{name: "ftp source URL",
			edit: func(r *eventdata.Record) { r.SourceURL = "ftp://example.org/report" }, leftOut: dyad.ReasonSourceURL,
			check: func(t *testing.T, g *graph.Graph) {
				assert.Empty(t, g.Sources)
				assert.Empty(t, g.Events[0].Sources)
			}},
		{name: "javascript source URL",
			edit: func(r *eventdata.Record) { r.SourceURL = "javascript:alert(1)" }, leftOut: dyad.ReasonSourceURL},
		{name: "source URL without a host",
			edit: func(r *eventdata.Record) { r.SourceURL = "https:///x" }, leftOut: dyad.ReasonSourceURL},
		{name: "source URL with a space",
			edit: func(r *eventdata.Record) { r.SourceURL = "https://example.org/a b" }, leftOut: dyad.ReasonSourceURL},
		{name: "record id that is no GDELT identifier",
			edit: func(r *eventdata.Record) { r.ID = "12 34" }, leftOut: dyad.ReasonIdentifier},
		{name: "year 10000",
			edit: func(r *eventdata.Record) { r.Date = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, skipped: dyad.ReasonNoDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := base()
			tc.edit(&r)
			l := dyad.NewLifter()
			err := l.Add(r)
			g := l.Graph()
			requireValidGraph(t, g)
			if tc.skipped != "" {
				assert.Error(t, err)
				assert.Equal(t, map[string]int{tc.skipped: 1}, l.Skipped)
				assert.Zero(t, g.Len(), "a refused record writes nothing")
				assert.Zero(t, l.Lifted)
				return
			}
			require.NoError(t, err)
			require.Len(t, g.Events, 1)
			assert.Empty(t, l.Skipped)
			if tc.leftOut != "" {
				assert.Equal(t, map[string]int{tc.leftOut: 1}, l.LeftOut)
			} else {
				assert.Empty(t, l.LeftOut)
			}
			if tc.repaired {
				assert.Equal(t, map[string]int{dyad.ReasonControl: 1}, l.Repaired)
			} else {
				assert.Empty(t, l.Repaired)
			}
			if tc.check != nil {
				tc.check(t, g)
			}
		})
	}
}

// gdelt1Row returns a GDELT 1.0 row of 57 columns (the backfile's), or
// 58 with a source URL, for an EU–Belarus consultation whose action place
// is given by geo (the seven ActionGeo columns).
func gdelt1Row(geo []string, url ...string) string {
	f := make([]string, 57)
	copy(f, []string{"881990833", "20181024", "201810", "2018", "2018.8055"})
	copy(f[5:], []string{"IGOEUREEC", "THE EU", "EUR"})
	copy(f[15:], []string{"BLR", "BELARUS", "BLR"})
	copy(f[25:], []string{"0", "040", "040", "04", "1", "1.0", "10", "1", "10", "0.63"})
	f[35], f[42] = "0", "0" // Actor1Geo_Type, Actor2Geo_Type
	copy(f[49:], geo)
	f[56] = "20181024"
	return strings.Join(append(f, url...), "\t") + "\n"
}

// TestLiftGDELT1EmptyPlace lifts 57-column GDELT 1.0 rows whose action
// place is empty, or empty but for coordinates at 0,0: the place is left
// out (and counted when it carried anything), never lifted as a nameless
// place at 0,0.
func TestLiftGDELT1EmptyPlace(t *testing.T) {
	tests := []struct {
		name    string
		geo     []string
		leftOut map[string]int
	}{
		{"all empty", []string{"0", "", "", "", "", "", ""}, map[string]int{}},
		{"zeros", []string{"0", "", "", "", "0", "0", ""}, map[string]int{dyad.ReasonNullIsland: 1}},
		{"zeros with a country", []string{"1", "", "BO", "BO", "0", "0", "BO"}, map[string]int{dyad.ReasonNullIsland: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rd := gdelt.NewReader(strings.NewReader(gdelt1Row(tc.geo)), gdelt.ReaderOptions{})
			ev, err := rd.Read()
			require.NoError(t, err)
			l := dyad.NewLifter()
			require.NoError(t, l.Add(ev.Record()))
			g := l.Graph()
			requireValidGraph(t, g)
			require.Len(t, g.Events, 1)
			assert.True(t, g.Events[0].Place.IsZero(), "place %+v", g.Events[0].Place)
			assert.Equal(t, tc.leftOut, l.LeftOut)
		})
	}
}

// TestLiftGDELT1ControlCharacter lifts a GDELT 1.0 row whose place name
// holds a C1 control character, as a real file does: the character is
// removed and counted.
func TestLiftGDELT1ControlCharacter(t *testing.T) {
	row := gdelt1Row([]string{"4", "Minsk\u0096, Belarus", "BO", "BO04", "53.9", "27.5667", "-194632"}, "http://example.org/a")
	ev, err := gdelt.NewReader(strings.NewReader(row), gdelt.ReaderOptions{}).Read()
	require.NoError(t, err)
	l := dyad.NewLifter()
	require.NoError(t, l.Add(ev.Record()))
	g := l.Graph()
	requireValidGraph(t, g)
	assert.Equal(t, "Minsk, Belarus", g.Events[0].Place.Name.String())
	assert.Equal(t, map[string]int{dyad.ReasonControl: 1}, l.Repaired)
	require.Len(t, g.Sources, 1)
}

// liftFile lifts every record rec yields into a graph and checks that it
// validates, returning the Lifter.
func liftAll(t *testing.T, each func(add func(eventdata.Record))) *dyad.Lifter {
	t.Helper()
	l := dyad.NewLifter()
	read := 0
	each(func(r eventdata.Record) {
		read++
		_ = l.Add(r)
	})
	requireValidGraph(t, l.Graph())
	skipped := 0
	for _, n := range l.Skipped {
		skipped += n
	}
	assert.Equal(t, read, l.Lifted+skipped, "every record is lifted or counted")
	assert.Equal(t, l.Lifted, len(l.Graph().Events)+len(l.Graph().Statements), "every record lifted is an event or a statement")
	t.Logf("%d records: %s", read, l.LiftStats)
	return l
}

// gdelt1File rewrites the GDELT 2.0 rows of a file as GDELT 1.0 rows: 58
// columns, or 57 (the backfile's) without the source URL.
func gdelt1File(t *testing.T, data []byte, cols int) []byte {
	var out bytes.Buffer
	for line := range strings.Lines(string(data)) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		require.Len(t, f, 61)
		var v1 []string
		for i, s := range f {
			switch i {
			case 39, 47, 55: // the three ADM2 codes of GDELT 2.0
				continue
			case 59: // DATEADDED: YYYYMMDD in GDELT 1.0
				s = s[:8]
			}
			v1 = append(v1, s)
		}
		out.WriteString(strings.Join(v1[:cols], "\t") + "\n")
	}
	return out.Bytes()
}

// TestLiftRealFiles lifts every real sample the repository and the shared
// data hold: GDELT 2.0, the same rows as GDELT 1.0 (58 and 57 columns),
// ICEWS and the PLOVER gold standard. Every lifted graph validates.
func TestLiftRealFiles(t *testing.T) {
	gdeltFiles := []string{"../gdelt/testdata/sample-A.tsv", "../../../shared/data/gdelt/sample-A.tsv"}
	icewsFiles := []string{"../icews/testdata/events.2018.sample.tab", "../../../shared/data/icews/events.2018.sample.tab"}
	ploverFiles := []string{"../plover/testdata/PLOVER_GSR_CAMEO.json", "../../../shared/data/plover/PLOVER_GSR_CAMEO.json"}
	read := func(t *testing.T, name string) []byte {
		data, err := os.ReadFile(name)
		if os.IsNotExist(err) && strings.HasPrefix(name, "../../../shared/") {
			t.Skipf("%s: not on this machine", name)
		}
		require.NoError(t, err)
		return data
	}
	gdeltRows := func(t *testing.T, data []byte) func(func(eventdata.Record)) {
		return func(add func(eventdata.Record)) {
			rd := gdelt.NewReader(bytes.NewReader(data), gdelt.ReaderOptions{})
			for {
				ev, err := rd.Read()
				if err == io.EOF {
					return
				}
				require.NoError(t, err)
				add(ev.Record())
			}
		}
	}
	for _, name := range gdeltFiles {
		t.Run(name, func(t *testing.T) {
			data := read(t, name)
			l := liftAll(t, gdeltRows(t, data))
			assert.NotZero(t, l.Lifted)
			for _, cols := range []int{58, 57} {
				t.Run(fmt.Sprintf("as GDELT 1.0, %d columns", cols), func(t *testing.T) {
					l1 := liftAll(t, gdeltRows(t, gdelt1File(t, data, cols)))
					assert.Equal(t, l.Lifted, l1.Lifted)
				})
			}
		})
	}
	for _, name := range icewsFiles {
		t.Run(name, func(t *testing.T) {
			data := read(t, name)
			l := liftAll(t, func(add func(eventdata.Record)) {
				rd := icews.NewReader(bytes.NewReader(data), icews.ReaderOptions{})
				for {
					ev, err := rd.Read()
					if err == io.EOF {
						return
					}
					require.NoError(t, err)
					add(ev.Record())
				}
			})
			assert.NotZero(t, l.Lifted)
		})
	}
	for _, name := range ploverFiles {
		t.Run(name, func(t *testing.T) {
			data := read(t, name)
			l := liftAll(t, func(add func(eventdata.Record)) {
				dec := plover.NewDecoder(bytes.NewReader(data), plover.DecoderOptions{})
				for {
					rec, err := dec.Decode()
					if err == io.EOF {
						return
					}
					require.NoError(t, err)
					dyads, err := plover.Dyads(rec, plover.DyadOptions{})
					require.NoError(t, err)
					for _, d := range dyads {
						add(d)
					}
				}
			})
			assert.NotZero(t, l.Lifted)
		})
	}
}

// hostileStrings are values a reader may pass on: control characters,
// invalid UTF-8, blanks, markup, long and odd URLs.
var hostileStrings = []string{
	"", " ", "Moscow", "THE EU", "Minsk\u0085, Belarus", "\x00", "a\x00b", "\x7f", "\u009f", "\xff\xfe",
	"Bogot\xe1", "\t\n", "<script>&amp;", "\u2028", "https://example.org/a", "http://EXAMPLE.org/b?q=1#f",
	"HTTP://example.org/c", "ftp://example.org", "javascript:alert(1)", "https://", "https:///x",
	"https://exa mple.org", "https://example.org/\x01", "urn:x:y", "RUS", "MLI", "USA", "IGOEUREEC", "BO", "RS",
	"US", "Russia", "mali", "ZZ", "Q!", "12", "-1", "881990833", strings.Repeat("é", 300),
}

func hostile(rng *rand.Rand) string { return hostileStrings[rng.IntN(len(hostileStrings))] }

var hostileFloats = []float64{0, 0, 53.9, -90, 90, 91, -91, 180, -180, 180.5, math.NaN(), math.Inf(1), math.Inf(-1), 1e300}

// randomRecord returns a record with random fields drawn from the hostile
// values, ids from a small set so that they repeat.
func randomRecord(rng *rand.Rand) eventdata.Record {
	datasets := []eventdata.Dataset{eventdata.GDELT1, eventdata.GDELT2, eventdata.ICEWS, eventdata.PLOVERData, eventdata.Diplo, ""}
	codes := []string{"040", "042", "0431", "057", "114", "190", "", "04", "163"}
	actor := func() eventdata.Actor {
		return eventdata.Actor{Name: hostile(rng), Code: hostile(rng), CountryCode: hostile(rng), Country: hostile(rng)}
	}
	r := eventdata.Record{
		Dataset: datasets[rng.IntN(len(datasets))],
		ID:      fmt.Sprint(rng.IntN(50)),
		Date:    time.Date(rng.IntN(12000)-100, time.Month(rng.IntN(14)), rng.IntN(33), 0, 0, 0, 0, time.UTC),
		Source:  actor(), Target: actor(),
		CAMEO:  codes[rng.IntN(len(codes))],
		PLOVER: eventdata.PLOVER{Event: []string{"CONSULT", "ACCUSE", ""}[rng.IntN(3)], Mode: hostile(rng), Contexts: []string{"diplomatic"}},
		Location: eventdata.Location{
			Name: hostile(rng), CountryCode: hostile(rng), Country: hostile(rng),
			Lat: hostileFloats[rng.IntN(len(hostileFloats))], Lon: hostileFloats[rng.IntN(len(hostileFloats))], HasCoords: rng.IntN(3) > 0,
		},
		SourceURL: hostile(rng),
		Text:      hostile(rng),
	}
	if rng.IntN(4) == 0 {
		r.ID = hostile(rng)
	}
	if rng.IntN(10) == 0 {
		r.Date = time.Time{}
	}
	return r
}

// TestLiftGeneratedRecords lifts records with random hostile fields: the
// graph validates, every record is lifted or counted, and a stream Lifter
// writes the same nodes as the in-memory one.
func TestLiftGeneratedRecords(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var buf bytes.Buffer
	w := graph.NewNodeWriter(&buf)
	stream := dyad.NewStreamLifter(w)
	l := liftAll(t, func(add func(eventdata.Record)) {
		for range 10_000 {
			r := randomRecord(rng)
			add(r)
			_ = stream.Add(r)
		}
	})
	require.NoError(t, w.Flush())
	assert.Greater(t, l.Lifted, 1000)
	assert.NotEmpty(t, l.LeftOut)
	assert.NotEmpty(t, l.Repaired)
	assert.Equal(t, l.LiftStats, stream.LiftStats)
	assert.Zero(t, stream.Graph().Len(), "a stream Lifter keeps no graph")

	var want bytes.Buffer
	ww := graph.NewNodeWriter(&want)
	for _, n := range l.Graph().Nodes() {
		require.NoError(t, ww.Write(n))
	}
	require.NoError(t, ww.Flush())
	assert.Equal(t, sortedLines(want.String()), sortedLines(buf.String()))
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(lines)
	return lines
}

// FuzzLift lifts a record made of the fuzzed fields, twice and with a
// second id, and checks that nothing panics and the graph validates.
func FuzzLift(f *testing.F) {
	f.Add("881990833", 2019, 10, 24, "IGOEUREEC", "THE EU", "EUR", "BLR", "BELARUS", "BLR", "040", "Minsk, Belarus", "BO", 53.9, 27.5667, true, "https://example.org/a", "talks")
	f.Add("1", 2018, 3, 17, "", "a\x00b", "", "\u0085", "\xff", "", "042", "Minsk\u0085", "", 91.0, 0.0, true, "ftp://x", "\x1b")
	f.Add("", 0, 0, 0, "", "", "", "", "", "", "114", "", "", 0.0, 0.0, true, "javascript:alert(1)", "")
	f.Fuzz(func(t *testing.T, id string, y, m, d int, sc, sn, scc, tc, tn, tcc, code, place, pcc string,
		lat, lon float64, hasCoords bool, url, text string) {
		r := eventdata.Record{
			Dataset: eventdata.GDELT2, ID: id, Date: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC),
			Source:    eventdata.Actor{Code: sc, Name: sn, CountryCode: scc},
			Target:    eventdata.Actor{Code: tc, Name: tn, CountryCode: tcc},
			CAMEO:     code,
			Location:  eventdata.Location{Name: place, CountryCode: pcc, Lat: lat, Lon: lon, HasCoords: hasCoords},
			SourceURL: url, Text: text,
		}
		l := dyad.NewLifter()
		_ = l.Add(r)
		_ = l.Add(r)
		r2 := r
		r2.Dataset, r2.ID = eventdata.PLOVERData, id+"x"
		r2.CAMEO, r2.PLOVER = "", eventdata.PLOVER{Event: "CONSULT", Mode: place}
		_ = l.Add(r2)
		requireValidGraph(t, l.Graph())
		skipped := 0
		for _, n := range l.Skipped {
			skipped += n
		}
		if l.Lifted+skipped != 3 {
			t.Fatalf("lifted %d, skipped %v: a record neither lifted nor counted", l.Lifted, l.Skipped)
		}
	})
}

// streamCase lifts n distinct GDELT records, each with its own report,
// through a stream Lifter into a NodeWriter.
var streamCase = scaling.Case{
	Name: "stream lift",
	N:    250,
	Setup: func(tb testing.TB, n int) func() {
		states := []string{"RUS", "MLI", "FRA", "USA", "CHN", "BLR"}
		recs := make([]eventdata.Record, n)
		for i := range recs {
			recs[i] = eventdata.Record{Dataset: eventdata.GDELT2, ID: fmt.Sprint(i), CAMEO: "042", Date: liftDay,
				Source:    eventdata.Actor{CountryCode: states[i%len(states)]},
				Target:    eventdata.Actor{Name: fmt.Sprintf("ORGANISATION %d", i%100)},
				Location:  eventdata.Location{Name: "Moscow\u0085", CountryCode: "RS", Lat: 55.75, Lon: 37.62, HasCoords: true},
				SourceURL: fmt.Sprintf("https://example.org/news/%d", i),
			}
		}
		return func() {
			w := graph.NewNodeWriter(io.Discard)
			l := dyad.NewStreamLifter(w)
			for _, r := range recs {
				if err := l.Add(r); err != nil {
					tb.Fatal(err)
				}
			}
			if err := w.Flush(); err != nil || l.Lifted != n {
				tb.Fatalf("lifted %d of %d: %v", l.Lifted, n, err)
			}
		}
	},
}

// TestStreamLiftScales holds lifting n records through a stream Lifter
// to n log n.
func TestStreamLiftScales(t *testing.T) { scaling.Check(t, streamCase) }

func BenchmarkStreamLift(b *testing.B) { scaling.Bench(b, streamCase) }

func ExampleNewStreamLifter() {
	w := graph.NewNodeWriter(os.Stdout)
	l := dyad.NewStreamLifter(w)
	_ = l.Add(eventdata.Record{
		Dataset: eventdata.GDELT2, ID: "881990833", CAMEO: "040",
		Date:      time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
		Source:    eventdata.Actor{Code: "IGOEUREEC", Name: "THE EU\u0085", CountryCode: "EUR"},
		Target:    eventdata.Actor{Code: "BLR", CountryCode: "BLR"},
		Location:  eventdata.Location{HasCoords: true},
		SourceURL: "ftp://example.org/report",
	})
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(l.LiftStats)
	// Output:
	// {"id":"urn:uuid:60ebca1a-49e5-5cd9-8e52-5587517ab4fa","type":"Organization","kind":"other","name":{"en":"THE EU"}}
	// {"id":"https://w3id.org/diplo/id/state/BY","type":"State","name":{"en":"Belarus"},"country":"BY"}
	// {"id":"urn:uuid:c4ef3f9b-8525-5784-8abc-a34e767a14bf","type":"Event","kind":"bilateral-talks","startDate":"2019-10-24","participants":[{"actor":"urn:uuid:60ebca1a-49e5-5cd9-8e52-5587517ab4fa","role":"participant"},{"actor":"https://w3id.org/diplo/id/state/BY","role":"participant"}],"identifiers":["gdelt:881990833"]}
	// 1 lifted into events; left out: 1 place at 0,0 without a name, 1 source URL not http(s); repaired: 1 control characters removed
}

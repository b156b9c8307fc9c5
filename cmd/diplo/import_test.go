package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/icews"
	"github.com/diplo-go/diplo/graph"
)

// importSamples are the real files import is checked on.
var importSamples = []struct{ format, file string }{
	{"gdelt", "../../eventdata/gdelt/testdata/sample-A.tsv"},
	{"icews", "../../eventdata/icews/testdata/events.2018.sample.tab"},
	{"plover", "../../eventdata/plover/testdata/PLOVER_GSR_CAMEO.json"},
}

// TestImportGraphDocument checks that the graph document import writes
// node by node is the one diplo.Marshal writes for the graph an in-memory
// Lifter builds from the same file, indented, and that -nodes writes the
// same nodes as a stream.
func TestImportGraphDocument(t *testing.T) {
	for _, tc := range importSamples {
		t.Run(tc.format, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Zero(t, run([]string{"import", tc.format, tc.file}, nil, &out, &errOut), errOut.String())

			// The same file, lifted in memory.
			l := dyad.NewLifter()
			f, err := os.Open(tc.file)
			require.NoError(t, err)
			defer f.Close()
			add := func(r eventdata.Record) error { _ = l.Add(r); return nil }
			switch tc.format {
			case "gdelt":
				_, err = readRows(gdelt.NewReader(f, gdelt.ReaderOptions{}), add)
			case "icews":
				_, err = readRows(icews.NewReader(f, icews.ReaderOptions{}), add)
			case "plover":
				_, err = readPLOVER(f, false, nil, add)
			}
			require.NoError(t, err)
			data, err := diplo.Marshal(l.Graph())
			require.NoError(t, err)
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, data, "", "  "))
			want.WriteByte('\n')
			assert.Equal(t, want.String(), out.String())

			g, err := graph.UnmarshalStrict(out.Bytes())
			require.NoError(t, err)
			require.NoError(t, g.Validate())

			var nodes bytes.Buffer
			require.Zero(t, run([]string{"import", "-nodes", tc.format, tc.file}, nil, &nodes, io.Discard))
			r := graph.NewNodeReader(&nodes, diplo.DecodeOptions{Strict: true})
			var fromNodes graph.Graph
			for {
				n, err := r.Read()
				if err == io.EOF {
					break
				}
				require.NoError(t, err)
				require.NoError(t, fromNodes.Add(n))
			}
			require.NoError(t, fromNodes.Validate())
			assert.Equal(t, g, &fromNodes)
		})
	}
}

// gdeltRow returns a GDELT 2.0 row of a visit from Belarus to Russia,
// after the changes: column index to value.
func gdeltRow(changes map[int]string) string {
	f := make([]string, 61)
	copy(f, []string{"881990833", "20181024", "201810", "2018", "2018.8055"})
	copy(f[5:], []string{"BLR", "BELARUS", "BLR"})
	copy(f[15:], []string{"RUS", "RUSSIA", "RUS"})
	copy(f[25:], []string{"1", "042", "042", "04", "1", "1.9", "10", "1", "10", "0.63"})
	f[35], f[43] = "0", "0" // Actor1Geo_Type, Actor2Geo_Type
	copy(f[51:], []string{"4", "Moscow, Moskva, Russia", "RS", "RS48", "", "55.7522", "37.6156", "-2960561", "20191024143000", "https://example.org/a"})
	for i, v := range changes {
		f[i] = v
	}
	return strings.Join(f, "\t") + "\n"
}

// TestImportHostileRows imports a GDELT file with the defects of a real
// one (a C1 control character in a place name, a 57-column GDELT 1.0 row
// with empty place fields at 0,0) and others: the graph printed passes
// diplo validate, and the summary names what was repaired and left out.
// A reader may refuse some of these rows itself (invalid UTF-8, latitude
// 91); with -skip-bad-rows they are then counted as unreadable.
func TestImportHostileRows(t *testing.T) {
	v1 := strings.Split(strings.TrimSuffix(gdeltRow(nil), "\n"), "\t")
	v1 = append(append(append(v1[:39:39], v1[40:47]...), v1[48:55]...), v1[56:]...) // drop the three ADM2 codes: 58 columns
	v1[49], v1[50], v1[51], v1[52], v1[53], v1[54], v1[55], v1[56] = "0", "", "", "", "0", "0", "", "20181024"
	row57 := strings.Join(v1[:57], "\t") + "\n"
	tests := []struct {
		name   string
		row    string
		counts []string // in the summary, any one of each group
	}{
		{"C1 control character in a place name", gdeltRow(map[int]string{52: "Moscow\u0085, Russia"}),
			[]string{"repaired: 1 control characters removed"}},
		{"GDELT 1.0 row of 57 columns with an empty place at 0,0", row57,
			[]string{"left out: 1 place at 0,0 without a name"}},
		{"NUL in an actor name", gdeltRow(map[int]string{5: "", 6: "BELA\x00RUS", 7: ""}),
			[]string{"repaired: 1 control characters removed"}},
		{"latitude 91", gdeltRow(map[int]string{56: "91"}),
			[]string{"left out: 1 place with coordinates out of range", "1 unreadable rows skipped"}},
		{"invalid UTF-8 in a place name", gdeltRow(map[int]string{52: "Moskv\xe1"}),
			[]string{"1 invalid UTF-8", "1 unreadable rows skipped"}},
		{"ftp source URL", gdeltRow(map[int]string{60: "ftp://example.org/a"}),
			[]string{"left out: 1 source URL not http(s)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "events.tsv")
			// A file holds rows of one GDELT version: the 1.0 row stands alone.
			data := tc.row
			if tc.row != row57 {
				data = gdeltRow(map[int]string{0: "1"}) + tc.row
			}
			require.NoError(t, os.WriteFile(file, []byte(data), 0o644))
			var out, errOut bytes.Buffer
			require.Zero(t, run([]string{"import", "-skip-bad-rows", "gdelt", file}, nil, &out, &errOut), errOut.String())
			var found bool
			for _, c := range tc.counts {
				found = found || strings.Contains(errOut.String(), c)
			}
			assert.True(t, found, "summary %q names none of %q", errOut.String(), tc.counts)
			var vout, verr bytes.Buffer
			assert.Zero(t, run([]string{"validate", "-"}, bytes.NewReader(out.Bytes()), &vout, &verr),
				"diplo validate: %s%s", vout.String(), verr.String())
			g, err := graph.UnmarshalStrict(out.Bytes())
			require.NoError(t, err)
			assert.NoError(t, g.Validate())
		})
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, fmt.Errorf("disk full") }

// TestImportWriteError checks that a failure to write the output stops
// the import with an error.
func TestImportWriteError(t *testing.T) {
	for _, args := range [][]string{{"import", "gdelt"}, {"import", "-nodes", "gdelt"}} {
		var errOut bytes.Buffer
		code := run(append(args, importSamples[0].file), nil, failWriter{}, &errOut)
		assert.Equal(t, 2, code, "%v", args)
		assert.Contains(t, errOut.String(), "disk full")
	}
}

// writeGDELTFile writes rows generated GDELT 2.0 rows to a file: a quarter
// of them visits, the others clashes, between 20 states and 200
// organisations, at 50 places, each report URL shared by ten rows.
func writeGDELTFile(t *testing.T, rows int) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "events.tsv")
	f, err := os.Create(file)
	require.NoError(t, err)
	defer f.Close()
	w := gdelt.NewWriter(f)
	states := []string{"RUS", "MLI", "FRA", "USA", "CHN", "BLR", "DEU", "GBR", "IND", "BRA",
		"ZAF", "NGA", "EGY", "TUR", "IRN", "JPN", "KOR", "MEX", "CAN", "AUS"}
	codes := []string{"042", "190", "193", "195"}
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	for i := range rows {
		src := eventdata.Actor{Code: states[i%len(states)], CountryCode: states[i%len(states)], Name: states[i%len(states)]}
		dst := eventdata.Actor{Code: fmt.Sprintf("IGO%03d", i%200), Name: fmt.Sprintf("ORGANISATION %d", i%200)}
		r := eventdata.Record{
			Dataset: eventdata.GDELT2, ID: fmt.Sprint(100000000 + i), Date: day.AddDate(0, 0, i%365),
			Source: src, Target: dst, CAMEO: codes[i%len(codes)],
			Location:  eventdata.Location{Name: fmt.Sprintf("Place %d", i%50), CountryCode: "RS", GeoType: 4, Lat: float64(i%50) + 0.5, Lon: 37.6, HasCoords: true},
			SourceURL: fmt.Sprintf("https://example.org/news/%d", i/10),
		}
		require.NoError(t, w.Write(gdelt.FromRecord(r)))
	}
	require.NoError(t, w.Flush())
	return file
}

// importHeapGrowth bounds how much the live heap may grow while importing
// importRows rows. The Lifter's index holds some 30 to 40 bytes for each
// event and each source URL (importRows/4 events, importRows/10 sources:
// 12 MB for a million rows) and nothing for the other rows; the rest is
// the reader's, the encoder's and the spool's buffers, and the encoded
// nodes the spool keeps in memory (spoolMemory) before it writes them to
// its files.
var importHeapGrowth = uint64(24<<20 + spoolMemory)

// TestImportConstantMemory imports a generated GDELT file of importRows
// rows (a million; 100,000 under the race detector) and samples the live
// heap after a collection every 50 ms: it must not grow by more than
// importHeapGrowth, as it would if the import held the rows or the graph.
func TestImportConstantMemory(t *testing.T) {
	file := writeGDELTFile(t, importRows)
	var (
		mu   sync.Mutex
		peak uint64
	)
	// The live heap is read as the last collection marked it
	// (/gc/heap/live:bytes), not as HeapAlloc after runtime.GC, which also
	// counts what the import allocated between the end of the collection
	// and the reading: on a busy machine that gap held up to a cycle's
	// worth of garbage and made the test fail without a leak.
	live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	sample := func() {
		mu.Lock()
		defer mu.Unlock()
		runtime.GC()
		metrics.Read(live)
		peak = max(peak, live[0].Value.Uint64())
	}
	sample()
	base := peak
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				sample()
			}
		}
	})
	start := time.Now()
	var out countingWriter
	var errOut bytes.Buffer
	code := run([]string{"import", "gdelt", file}, nil, &out, &errOut)
	close(done)
	wg.Wait()
	require.Zero(t, code, errOut.String())
	assert.Contains(t, errOut.String(), fmt.Sprintf("%d records read, %d lifted into events", importRows, importRows/4))
	if peak > base+importHeapGrowth {
		t.Errorf("live heap grew from %d to %d bytes, bound %d more", base, peak, importHeapGrowth)
	}
	t.Logf("%d rows imported in %v, %d bytes written; live heap %d bytes at the start, at most %d during the import (bound %d)",
		importRows, time.Since(start).Round(time.Millisecond), out.n, base, peak, base+importHeapGrowth)
}

// countingWriter counts and discards what is written.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

// TestAppendIndent checks the indentation of the graph document's nodes
// against json.Indent.
func TestAppendIndent(t *testing.T) {
	for _, doc := range []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":"x,y:{}[]\"\\"}]}`, `"s"`, `1`, `[[[]],[{}]]`,
		`{"id":"urn:x:1","type":"Event","name":{"fr":"a \"b\" \\ c"},"parts":["urn:x:2"]}`,
	} {
		var want bytes.Buffer
		require.NoError(t, json.Indent(&want, []byte(doc), "    ", "  "))
		assert.Equal(t, want.String(), string(appendIndent(nil, []byte(doc), "    ", "  ")), doc)
	}
}

// FuzzAppendIndent checks appendIndent against json.Indent on compact
// JSON, such as diplo.Marshal writes.
func FuzzAppendIndent(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"d"}],"e":{}}`))
	f.Add([]byte(`[[],{},"\\",null,true]`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		var compact bytes.Buffer
		if json.Compact(&compact, doc) != nil || !bytes.Equal(compact.Bytes(), doc) {
			return
		}
		var want bytes.Buffer
		require.NoError(t, json.Indent(&want, doc, "\t", " "))
		assert.Equal(t, want.String(), string(appendIndent(nil, doc, "\t", " ")))
	})
}

// gcProbe is a writer that records the garbage collector's percentage
// at its first write.
type gcProbe struct {
	percent int
	seen    bool
}

func (p *gcProbe) Write(b []byte) (int, error) {
	if !p.seen {
		p.percent = debug.SetGCPercent(-1)
		debug.SetGCPercent(p.percent)
		p.seen = true
	}
	return len(b), nil
}

// TestImportTunesGC checks that import runs with the garbage collector
// set to let the heap grow by importHeadroom beyond the live heap (more
// than the default 100 % for the small heap of a test), and sets it back
// after, unless GOGC is set.
func TestImportTunesGC(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	// The tuner reads the live heap the last collection found: collect
	// now, so that it is this test's small heap, not the tens of
	// megabytes that the tests before it leave until then (20 MB after
	// TestImportConstantMemory), with which the heap an import adds can
	// reach importHeadroom.
	runtime.GC()
	for _, mode := range []struct {
		name string
		args []string
	}{
		{"graph", []string{"import", "gdelt", importSamples[0].file}},
		{"nodes", []string{"import", "-nodes", "gdelt", importSamples[0].file}},
	} {
		t.Run(mode.name, func(t *testing.T) {
			var p gcProbe
			require.Equal(t, 0, run(mode.args, nil, &p, io.Discard))
			require.True(t, p.seen, "import wrote nothing")
			assert.Greater(t, p.percent, 100, "GOGC during import")
			assert.Equal(t, 100, debug.SetGCPercent(100), "GOGC after import")
		})
	}
	t.Run("overlapping", func(t *testing.T) {
		// Two imports at once: the percentage is set back when the last
		// one ends, to what it was before the first.
		first, second := tuneGC(), tuneGC()
		first()
		first()
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		assert.Greater(t, p, 100, "GOGC while the second import runs")
		second()
		assert.Equal(t, 100, debug.SetGCPercent(100), "GOGC after both")
	})
	t.Run("GOGC set", func(t *testing.T) {
		t.Setenv("GOGC", "100")
		var p gcProbe
		require.Equal(t, 0, run([]string{"import", "gdelt", importSamples[0].file}, nil, &p, io.Discard))
		assert.Equal(t, 100, p.percent, "GOGC during import")
	})
}

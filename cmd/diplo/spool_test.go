package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

// spoolFiles returns the names of the spool's temporary files in dir.
func spoolFiles(t *testing.T, dir string) []string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "diplo-import-*"))
	require.NoError(t, err)
	return names
}

// sampleNodes returns the nodes a stream Lifter makes of the GDELT
// sample, in the order it makes them, and the graph document
// diplo.Marshal writes for them, indented as import writes it.
func sampleNodes(t testing.TB) ([]graph.Node, string) {
	t.Helper()
	data, err := os.ReadFile(gdeltSample)
	require.NoError(t, err)
	var nodes nodeList
	l := dyad.NewStreamLifter(&nodes)
	rd := gdelt.NewReader(bytes.NewReader(data), gdelt.ReaderOptions{})
	var g graph.Graph
	for {
		e, err := rd.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		_ = l.Add(e.Record())
	}
	require.NoError(t, l.Err())
	for _, n := range nodes {
		require.NoError(t, g.Add(n))
	}
	doc, err := diplo.Marshal(&g)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, json.Indent(&want, doc, "", "  "))
	want.WriteByte('\n')
	return nodes, want.String()
}

// TestGraphSpoolLimits writes the nodes of the GDELT sample into spools
// that may hold from none to all of them in memory: each writes the
// same document, holds no more in memory than its limit, has its lists
// in temporary files exactly when they were over it, and removes the
// files on Close.
func TestGraphSpoolLimits(t *testing.T) {
	nodes, want := sampleNodes(t)
	require.Greater(t, len(want), 512<<10, "the sample's document is smaller than the limits below assume")
	for _, tc := range []struct {
		name    string
		limit   int
		spilled bool
	}{
		{"one byte", 1, true},
		{"first chunk", spoolFirstChunk, true},
		{"64 KiB", 64 << 10, true},
		{"256 KiB", 256 << 10, true},
		{"default", 0, false},
		{"document", 4 << 20, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv("TMPDIR", dir)
			s := &graphSpool{limit: tc.limit}
			defer s.Close()
			limit := cmp.Or(tc.limit, spoolMemory)
			for _, n := range nodes {
				require.NoError(t, s.Write(n))
				require.LessOrEqual(t, s.held, limit, "held in memory")
			}
			assert.Equal(t, tc.spilled, s.spilled, "spilled")
			files := spoolFiles(t, dir)
			if tc.spilled {
				assert.Zero(t, s.held, "held in memory once in files")
				// One file for each list of the document: states,
				// organizations, events, statements, sources.
				assert.Len(t, files, 5)
			} else {
				assert.Empty(t, files)
			}
			var out bytes.Buffer
			_, err := s.WriteTo(&out)
			require.NoError(t, err)
			assert.Equal(t, want, out.String())
			require.NoError(t, s.Close())
			assert.Empty(t, spoolFiles(t, dir), "files left after Close")
		})
	}
}

// tempProbe is a writer that counts the spool's temporary files in dir
// at its first write, which WriteTo makes once every node is written.
type tempProbe struct {
	t     *testing.T
	dir   string
	files int
	seen  bool
	w     io.Writer
}

func (p *tempProbe) Write(b []byte) (int, error) {
	if !p.seen {
		p.files, p.seen = len(spoolFiles(p.t, p.dir)), true
	}
	return p.w.Write(b)
}

// TestImportTempFiles checks that import gdelt writes the graph document
// of a file whose document is under spoolMemory without a temporary
// file, and one over it through one file a list, and that no file is
// left, whether import succeeds, stops at a bad row or cannot write its
// output.
func TestImportTempFiles(t *testing.T) {
	rows := gdeltRows(t, 80000) // a document of about 20 MB
	big := filepath.Join(t.TempDir(), "rows.tsv")
	require.NoError(t, os.WriteFile(big, rows, 0o644))
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	require.NoError(t, os.WriteFile(bad, append(rows, gdeltRow(map[int]string{1: "2018x024"})...), 0o644))
	for _, tc := range []struct {
		name  string
		args  []string
		out   io.Writer
		code  int
		files int // at the first write of the output
	}{
		{"sample", []string{"import", "gdelt", gdeltSample}, io.Discard, 0, 0},
		{"over the limit", []string{"import", "gdelt", big}, io.Discard, 0, 5},
		{"bad row", []string{"import", "gdelt", bad}, io.Discard, 2, -1},
		{"write error", []string{"import", "gdelt", big}, failWriter{}, 2, 5},
		{"nodes", []string{"import", "-nodes", "gdelt", big}, io.Discard, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv("TMPDIR", dir)
			p := &tempProbe{t: t, dir: dir, w: tc.out}
			var errOut bytes.Buffer
			code := run(tc.args, nil, p, &errOut)
			assert.Equal(t, tc.code, code, errOut.String())
			if tc.files >= 0 {
				require.True(t, p.seen, "nothing written")
				assert.Equal(t, tc.files, p.files, "temporary files while writing the output")
			} else {
				assert.False(t, p.seen, "written: %s", errOut.String())
			}
			assert.Empty(t, spoolFiles(t, dir), "files left")
		})
	}
}

// TestImportWithoutTempDir checks that a graph document under
// spoolMemory is written when the directory for temporary files does
// not exist: no file is needed. It is the document written with one.
func TestImportWithoutTempDir(t *testing.T) {
	var want, errOut bytes.Buffer
	require.Zero(t, run([]string{"import", "gdelt", gdeltSample}, nil, &want, &errOut), errOut.String())
	t.Setenv("TMPDIR", filepath.Join(t.TempDir(), "missing"))
	for _, args := range [][]string{{"import", "gdelt", gdeltSample}, {"import", "-nodes", "gdelt", gdeltSample}} {
		var out bytes.Buffer
		errOut.Reset()
		require.Zero(t, run(args, nil, &out, &errOut), "%v: %s", args, errOut.String())
		if !strings.Contains(strings.Join(args, " "), "-nodes") {
			assert.Equal(t, want.String(), out.String())
		}
	}
}

// spoolCase writes the nodes of the GDELT sample n times into a graph
// spool that may hold limit bytes in memory (spoolMemory when 0), and
// the document to io.Discard.
func spoolCase(name string, limit int) scaling.Case {
	return scaling.Case{
		Name: name,
		N:    1,
		Setup: func(tb testing.TB, n int) func() {
			nodes, _ := sampleNodes(tb)
			return func() {
				s := &graphSpool{limit: limit}
				defer s.Close()
				for range n {
					for _, node := range nodes {
						if err := s.Write(node); err != nil {
							tb.Fatal(err)
						}
					}
				}
				if _, err := s.WriteTo(io.Discard); err != nil {
					tb.Fatal(err)
				}
			}
		},
	}
}

// The spool with its lists in memory (16 copies of the sample's nodes
// are 9 MB, under spoolMemory) and in files from the first node.
var (
	spoolMemoryCase = spoolCase("spool-memory", 0)
	spoolFilesCase  = spoolCase("spool-files", 1)
)

func BenchmarkGraphSpool(b *testing.B) {
	scaling.Bench(b, spoolMemoryCase)
	scaling.Bench(b, spoolFilesCase)
}

func TestGraphSpoolScales(t *testing.T) {
	scaling.Check(t, spoolMemoryCase)
	scaling.Check(t, spoolFilesCase)
}

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
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
// through one temporary file a list, and -nodes through none, and that
// no file is left, whether import succeeds, stops at a bad row or cannot
// write its output.
func TestImportTempFiles(t *testing.T) {
	rows := gdeltRows(t, 5000)
	gen := filepath.Join(t.TempDir(), "rows.tsv")
	require.NoError(t, os.WriteFile(gen, rows, 0o644))
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	require.NoError(t, os.WriteFile(bad, append(rows, gdeltRow(map[int]string{1: "2018x024"})...), 0o644))
	for _, tc := range []struct {
		name  string
		args  []string
		out   io.Writer
		code  int
		files int // at the first write of the output
	}{
		{"sample", []string{"import", "gdelt", gdeltSample}, io.Discard, 0, 5},
		{"generated", []string{"import", "gdelt", gen}, io.Discard, 0, 5},
		{"bad row", []string{"import", "gdelt", bad}, io.Discard, 2, -1},
		{"write error", []string{"import", "gdelt", gen}, failWriter{}, 2, 5},
		{"nodes", []string{"import", "-nodes", "gdelt", gen}, io.Discard, 0, 0},
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

// spoolCase writes the nodes of the GDELT sample n times into a graph
// spool, and the document to io.Discard.
var spoolCase = scaling.Case{
	Name: "graph-spool",
	N:    1,
	Setup: func(tb testing.TB, n int) func() {
		nodes, _ := sampleNodes(tb)
		return func() {
			s := new(graphSpool)
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

func BenchmarkGraphSpool(b *testing.B) { scaling.Bench(b, spoolCase) }

func TestGraphSpoolScales(t *testing.T) { scaling.Check(t, spoolCase) }

// TestGraphSpool checks that the spool writes the document diplo.Marshal
// writes for the nodes of the GDELT sample, indented as import prints
// it, and removes its files on Close.
func TestGraphSpool(t *testing.T) {
	nodes, want := sampleNodes(t)
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	s := new(graphSpool)
	defer s.Close()
	for _, n := range nodes {
		require.NoError(t, s.Write(n))
	}
	assert.Len(t, spoolFiles(t, dir), 5)
	var out bytes.Buffer
	_, err := s.WriteTo(&out)
	require.NoError(t, err)
	assert.Equal(t, want, out.String())
	require.NoError(t, s.Close())
	assert.Empty(t, spoolFiles(t, dir), "files left after Close")
}

// TestGraphSpoolNotNodes checks that the spool refuses what is not a
// graph node, among nodes of the same Go types, and writes nothing of
// it: nil pointers of node types and a nil node. The document is the
// one the nodes alone give.
func TestGraphSpoolNotNodes(t *testing.T) {
	nodes, want := sampleNodes(t)
	t.Setenv("TMPDIR", t.TempDir())
	s := new(graphSpool)
	defer s.Close()
	notNodes := []graph.Node{(*event.Event)(nil), (*actor.State)(nil), (*diplo.Source)(nil), nil}
	for i, n := range nodes {
		require.NoError(t, s.Write(n))
		if i%50 == 49 {
			for _, bad := range notNodes {
				assert.EqualError(t, s.Write(bad), "diplo: not a graph node", "%T", bad)
			}
		}
	}
	var out bytes.Buffer
	_, err := s.WriteTo(&out)
	require.NoError(t, err)
	assert.Equal(t, want, out.String())
}

// TestGraphSpoolSmallBuffers checks the document when the lists' buffers
// are small enough that most nodes go through the files, nodes larger
// than a buffer among them, whatever the size, and when WriteTo is
// called twice, with nodes written between the calls.
func TestGraphSpoolSmallBuffers(t *testing.T) {
	nodes, want := sampleNodes(t)
	for _, size := range []int{64, 1 << 10, 16 << 10} {
		dir := t.TempDir()
		t.Setenv("TMPDIR", dir)
		s := &graphSpool{size: size}
		for _, n := range nodes {
			require.NoError(t, s.Write(n), "size %d", size)
		}
		var out bytes.Buffer
		_, err := s.WriteTo(&out)
		require.NoError(t, err)
		assert.Equal(t, want, out.String(), "size %d", size)
		out.Reset()
		_, err = s.WriteTo(&out)
		require.NoError(t, err)
		assert.Equal(t, want, out.String(), "size %d, again", size)
		for _, l := range s.lists {
			assert.LessOrEqual(t, cap(l.buf), 2*size+8<<10, "size %d: a buffer kept its growth", size)
		}
		require.NoError(t, s.Close())
		assert.Empty(t, spoolFiles(t, dir), "files left after Close")
	}
	// Nodes written after WriteTo come after those before it.
	t.Setenv("TMPDIR", t.TempDir())
	half := len(nodes) / 2
	s := &graphSpool{size: 1 << 10}
	defer s.Close()
	for _, n := range nodes[:half] {
		require.NoError(t, s.Write(n))
	}
	_, err := s.WriteTo(io.Discard)
	require.NoError(t, err)
	for _, n := range nodes[half:] {
		require.NoError(t, s.Write(n))
	}
	var out bytes.Buffer
	_, err = s.WriteTo(&out)
	require.NoError(t, err)
	assert.Equal(t, want, out.String(), "WriteTo between the nodes")
}

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
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

// setSpoolMemory sets spoolMemory to n until the end of the test.
func setSpoolMemory(t *testing.T, n int) {
	old := spoolMemory
	spoolMemory = n
	t.Cleanup(func() { spoolMemory = old })
}

// TestImportTempFiles checks that import gdelt writes the graph document
// through a temporary file for each list whose nodes fill its buffer once
// the spool holds spoolMemory bytes (here, from the first full buffer:
// the events of the sample, and the events and statements of 5,000
// rows), and -nodes through none;
// that a document smaller than spoolMemory is written through none;
// and that no file is left, whether import succeeds, stops at a bad row
// or cannot write its output.
func TestImportTempFiles(t *testing.T) {
	rows := gdeltRows(t, 5000)
	gen := filepath.Join(t.TempDir(), "rows.tsv")
	require.NoError(t, os.WriteFile(gen, rows, 0o644))
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	require.NoError(t, os.WriteFile(bad, append(rows, gdeltRow(map[int]string{1: "2018x024"})...), 0o644))
	for _, tc := range []struct {
		name   string
		args   []string
		out    io.Writer
		code   int
		files  int  // at the first write of the output
		memory bool // spoolMemory as it is, not -1
	}{
		{"sample", []string{"import", "gdelt", gdeltSample}, io.Discard, 0, 1, false},
		{"generated", []string{"import", "gdelt", gen}, io.Discard, 0, 2, false},
		{"bad row", []string{"import", "gdelt", bad}, io.Discard, 2, -1, false},
		{"write error", []string{"import", "gdelt", gen}, failWriter{}, 2, 2, false},
		{"nodes", []string{"import", "-nodes", "gdelt", gen}, io.Discard, 0, 0, false},
		{"sample in memory", []string{"import", "gdelt", gdeltSample}, io.Discard, 0, 0, true},
		{"generated in memory", []string{"import", "gdelt", gen}, io.Discard, 0, 0, true},
		{"write error in memory", []string{"import", "gdelt", gen}, failWriter{}, 2, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.memory {
				setSpoolMemory(t, -1)
			}
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
// it: through a file a list when it keeps nothing in memory and every
// list fills its buffer of 1 KiB, files which it removes on Close, and
// through none when the nodes fit in its memory.
func TestGraphSpool(t *testing.T) {
	nodes, want := sampleNodes(t)
	for _, tc := range []struct {
		memory, files int
	}{{-1, 5}, {0, 0}} {
		dir := t.TempDir()
		t.Setenv("TMPDIR", dir)
		s := &graphSpool{size: 1 << 10, memory: tc.memory}
		defer s.Close()
		for _, n := range nodes {
			require.NoError(t, s.Write(n))
		}
		assert.Len(t, spoolFiles(t, dir), tc.files, "memory %d", tc.memory)
		var out bytes.Buffer
		_, err := s.WriteTo(&out)
		require.NoError(t, err)
		assert.Equal(t, want, out.String(), "memory %d", tc.memory)
		require.NoError(t, s.Close())
		assert.Empty(t, spoolFiles(t, dir), "files left after Close")
	}
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
// are small enough that most nodes go through the files or are kept in
// memory, or both (a bound of a few buffers, which the lists pass in
// turn), nodes larger than a buffer among them, whatever the size, and
// when WriteTo is called twice, with nodes written between the calls.
func TestGraphSpoolSmallBuffers(t *testing.T) {
	nodes, want := sampleNodes(t)
	for _, size := range []int{64, 1 << 10, 16 << 10} {
		for _, memory := range []int{-1, 0, 3 * size, 40 * size} {
			dir := t.TempDir()
			t.Setenv("TMPDIR", dir)
			s := &graphSpool{size: size, memory: memory}
			for _, n := range nodes {
				require.NoError(t, s.Write(n), "size %d, memory %d", size, memory)
			}
			if memory > 0 {
				assert.LessOrEqual(t, s.held, memory, "size %d, memory %d: held", size, memory)
			}
			var out bytes.Buffer
			_, err := s.WriteTo(&out)
			require.NoError(t, err)
			assert.Equal(t, want, out.String(), "size %d, memory %d", size, memory)
			out.Reset()
			_, err = s.WriteTo(&out)
			require.NoError(t, err)
			assert.Equal(t, want, out.String(), "size %d, memory %d, again", size, memory)
			for _, l := range s.lists {
				assert.LessOrEqual(t, cap(l.buf), 2*size+8<<10, "size %d, memory %d: a buffer kept its growth", size, memory)
			}
			require.NoError(t, s.Close())
			assert.Empty(t, spoolFiles(t, dir), "files left after Close")
		}
	}
	// Nodes written after WriteTo come after those before it.
	for _, memory := range []int{-1, 0, 3 << 10} {
		t.Setenv("TMPDIR", t.TempDir())
		half := len(nodes) / 2
		s := &graphSpool{size: 1 << 10, memory: memory}
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
		assert.Equal(t, want, out.String(), "WriteTo between the nodes, memory %d", memory)
	}
}

// TestGraphSpoolValues checks the document when some nodes come as
// values, not pointers, of the same types, between nil pointers, which
// the spool refuses.
func TestGraphSpoolValues(t *testing.T) {
	nodes, want := sampleNodes(t)
	t.Setenv("TMPDIR", t.TempDir())
	s := new(graphSpool)
	defer s.Close()
	for i, n := range nodes {
		if i%3 == 1 {
			n = reflect.ValueOf(n).Elem().Interface().(graph.Node)
		}
		require.NoError(t, s.Write(n))
		nilOf := reflect.Zero(reflect.TypeOf(nodes[i])).Interface().(graph.Node)
		assert.EqualError(t, s.Write(nilOf), "diplo: not a graph node", "%T", nilOf)
	}
	var out bytes.Buffer
	_, err := s.WriteTo(&out)
	require.NoError(t, err)
	assert.Equal(t, want, out.String())
}

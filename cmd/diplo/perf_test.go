package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/alloctest"
	"github.com/diplo-go/diplo/internal/synth"
)

// The benchmarks of this file measure the command end to end beside what
// the library does for the same job, and report the processor time of
// the process per operation (cpu-ns/op, getrusage) beside the wall time:
// on a shared machine it is the steadier figure. BENCHMARKS.md gives the
// commands and the figures.

// cpuLoop runs f b.N times, failing on its first error, and reports
// cpu-ns/op.
func cpuLoop(b *testing.B, f func() error) {
	b.Helper()
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if err := f(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// command runs the command line args, with standard output discarded, and
// returns an error unless it exits 0.
func command(args ...string) error {
	var errOut bytes.Buffer
	if code := run(args, nil, io.Discard, &errOut); code != 0 {
		return fmt.Errorf("%s: exit %d: %.500s", strings.Join(args, " "), code, errOut.String())
	}
	return nil
}

// BenchmarkValidateFile compares "diplo validate FILE" (command) on a
// valid generated graph of 1,000 and 10,000 events with the library's
// strict decoding and Validate of the same bytes (library);
// command-noncanonical is the command on the same graph with one member
// name written with an escape, which takes it through the JSON Schema.
func BenchmarkValidateFile(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		doc := synthDoc(b, n)
		file := filepath.Join(b.TempDir(), "doc.json")
		if err := os.WriteFile(file, doc, 0o644); err != nil {
			b.Fatal(err)
		}
		name := "synth-" + strconv.Itoa(n)
		b.Run("library/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			cpuLoop(b, func() error {
				g := new(graph.Graph)
				if err := (diplo.DecodeOptions{Strict: true}).Unmarshal(doc, g); err != nil {
					return err
				}
				return g.Validate()
			})
		})
		b.Run("command/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			cpuLoop(b, func() error { return command("validate", file) })
		})
		// The same document with its first "type" written with an
		// escape: valid, but not in canonical form, so that both steps
		// run.
		escaped := bytes.Replace(doc, []byte(`"type"`), []byte(`"\u0074ype"`), 1)
		escapedFile := filepath.Join(b.TempDir(), "escaped.json")
		if err := os.WriteFile(escapedFile, escaped, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run("command-noncanonical/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(escaped)))
			cpuLoop(b, func() error { return command("validate", escapedFile) })
		})
	}
}

// gdeltSample is the GDELT 2.0 export file import is measured on: 2,111
// rows of one 15-minute export.
const gdeltSample = "../../eventdata/gdelt/testdata/sample-A.tsv"

// gdeltRows returns n GDELT rows: the rows of gdeltSample over and over,
// each copy with event IDs and source URLs of its own, so that every row
// is a distinct event.
func gdeltRows(tb testing.TB, n int) []byte {
	data, err := os.ReadFile(gdeltSample)
	if err != nil {
		tb.Fatal(err)
	}
	rows := strings.SplitAfter(strings.TrimSuffix(string(data), "\n"), "\n")
	var b strings.Builder
	for i := range n {
		row := rows[i%len(rows)]
		id, rest, _ := strings.Cut(row, "\t")
		copyNo := i / len(rows)
		b.WriteString(id + strconv.Itoa(copyNo) + "\t")
		if copyNo > 0 {
			// A source of its own: the URL is the row's last field.
			rest = strings.TrimSuffix(rest, "\n") + "?copy=" + strconv.Itoa(copyNo) + "\n"
		}
		b.WriteString(rest)
		if !strings.HasSuffix(rest, "\n") {
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

// BenchmarkImportGDELT measures "diplo import gdelt FILE" (graph) and
// "diplo import -nodes gdelt FILE" (nodes) on the GDELT sample and on
// 50,000 generated rows; graph-progress is graph with standard error
// taken for a terminal, so that the line of progress is written. It
// reports rows per second of processor time
// (rows/cpu-s) beside cpu-ns/op.
func BenchmarkImportGDELT(b *testing.B) {
	gen := gdeltRows(b, 50000)
	genFile := filepath.Join(b.TempDir(), "rows.tsv")
	if err := os.WriteFile(genFile, gen, 0o644); err != nil {
		b.Fatal(err)
	}
	for _, f := range []struct {
		name, file string
		rows       int
	}{{"sample-A", gdeltSample, 2111}, {"rows-50000", genFile, 50000}} {
		for _, mode := range []struct {
			name     string
			args     []string
			terminal bool
		}{
			{"graph", []string{"import", "gdelt", f.file}, false},
			{"nodes", []string{"import", "-nodes", "gdelt", f.file}, false},
			{"graph-progress", []string{"import", "gdelt", f.file}, true},
		} {
			b.Run(mode.name+"/"+f.name, func(b *testing.B) {
				var errOut bytes.Buffer
				e := env{stdout: io.Discard, stderr: &errOut}
				if mode.terminal {
					// graph-progress: the line of progress on, paced by the real clock.
					e.terminal = func(io.Writer) bool { return true }
				}
				start := cpuTime()
				cpuLoop(b, func() error {
					errOut.Reset()
					if code := runEnv(e, mode.args); code != 0 {
						return fmt.Errorf("%s: exit %d: %.500s", strings.Join(mode.args, " "), code, errOut.String())
					}
					return nil
				})
				b.ReportMetric(float64(f.rows)*float64(b.N)/(float64(cpuTime()-start)/1e9), "rows/cpu-s")
			})
		}
	}
}

// nodeStream returns the nodes of a valid generated graph of n events as
// a stream, one JSON node per line, the graph's JSON, and the number of
// nodes.
func nodeStream(tb testing.TB, n int) (stream, doc []byte, nodes int) {
	g := synth.Graph(n)
	var b bytes.Buffer
	w := graph.NewNodeWriter(&b)
	for _, node := range g.Nodes() {
		if err := w.Write(node); err != nil {
			tb.Fatal(err)
		}
		nodes++
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	doc, err := diplo.Marshal(g)
	if err != nil {
		tb.Fatal(err)
	}
	return b.Bytes(), doc, nodes
}

// BenchmarkRDF compares "diplo rdf FILE" on a generated graph of 1,000
// events (graph) with "diplo rdf -nodes FILE" on its nodes as a stream
// (nodes), and reports the processor time per node (cpu-ns/node).
func BenchmarkRDF(b *testing.B) {
	stream, doc, nodes := nodeStream(b, 1000)
	dir := b.TempDir()
	for _, tc := range []struct {
		name string
		data []byte
		args []string
	}{{"graph", doc, []string{"rdf"}}, {"nodes", stream, []string{"rdf", "-nodes"}}} {
		file := filepath.Join(dir, tc.name)
		if err := os.WriteFile(file, tc.data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name+"/synth-1000", func(b *testing.B) {
			start := cpuTime()
			cpuLoop(b, func() error { return command(append(tc.args, file)...) })
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/float64(nodes), "cpu-ns/node")
		})
	}
}

// TestRDFNodesMemory checks that rdf -nodes allocates, per node, far less
// than a 32 KiB buffer: the N-Quads of each node go through one buffer.
func TestRDFNodesMemory(t *testing.T) {
	stream, _, nodes := nodeStream(t, 200)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	require.NoError(t, command("rdf", "-nodes", writeFile(t, "nodes.ndjson", stream)))
	runtime.ReadMemStats(&after)
	perNode := float64(after.TotalAlloc-before.TotalAlloc) / float64(nodes)
	assert.Less(t, perNode, float64(8<<10), "rdf -nodes allocates %.0f bytes per node", perNode)
}

// TestRDFNodesAllocs checks that rdf -nodes allocates, per node, at most
// a few more times than rdf does on the same graph: each line is decoded
// on its own (a decoder, a limits pass, strings made again that a graph
// shares), but its type is read without a search and its N-Quads go
// through one writer.
func TestRDFNodesAllocs(t *testing.T) {
	if alloctest.Race {
		t.Skip("the race detector makes sync.Pool drop what is put in it")
	}
	stream, doc, nodes := nodeStream(t, 200)
	nodesFile, graphFile := writeFile(t, "nodes.ndjson", stream), writeFile(t, "graph.json", doc)
	mallocs := func(args ...string) float64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		require.NoError(t, command(args...))
		runtime.ReadMemStats(&after)
		return float64(after.Mallocs-before.Mallocs) / float64(nodes)
	}
	perNode, perGraphNode := mallocs("rdf", "-nodes", nodesFile), mallocs("rdf", graphFile)
	t.Logf("allocations per node: rdf -nodes %.1f, rdf %.1f", perNode, perGraphNode)
	assert.LessOrEqual(t, perNode-perGraphNode, 8.0, "rdf -nodes allocates %.1f per node, rdf %.1f", perNode, perGraphNode)
}

// writeSizes records the size of each write made to it and keeps the
// bytes.
type writeSizes struct {
	bytes.Buffer
	sizes []int
}

func (w *writeSizes) Write(p []byte) (int, error) {
	w.sizes = append(w.sizes, len(p))
	return w.Buffer.Write(p)
}

// TestRDFNodesWrites checks that rdf -nodes writes its output in writes of
// at least 32 KiB but for the last, as rdf does, not in writes of the
// size of the command's small output buffer (one system call each), and
// that a failing output is reported.
func TestRDFNodesWrites(t *testing.T) {
	stream, _, _ := nodeStream(t, 200)
	var out writeSizes
	var errOut bytes.Buffer
	require.Zero(t, run([]string{"rdf", "-nodes", writeFile(t, "nodes.ndjson", stream)}, nil, &out, &errOut), errOut.String())
	require.Greater(t, out.Len(), 64<<10)
	for i, n := range out.sizes[:len(out.sizes)-1] {
		assert.GreaterOrEqual(t, n, 32<<10, "write %d of %d", i, len(out.sizes))
	}

	errOut.Reset()
	code := run([]string{"rdf", "-nodes", writeFile(t, "nodes.ndjson", stream)}, nil, failWriter{}, &errOut)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut.String(), "disk full")
}

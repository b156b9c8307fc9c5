package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"reflect"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
)

// spoolLists are the node types of a graph document, in the order
// diplo.Marshal writes their lists.
var spoolLists = graph.NodeTypes()

// graphSpool writes a graph document from nodes that come in any order of
// types, in memory that does not grow with the nodes: each node is
// encoded as it comes, with codec.AppendIndentJSON (diplo.AppendJSON's
// encoding, indented as json.Indent would indent the whole document, in
// one call), and appended to a temporary file for its list; WriteTo then writes the document, copying
// each list in turn. The document is the one json.Indent(diplo.Marshal(g),
// "", "  ") gives for the graph g of the nodes, in the order they came
// within each type. Close removes the temporary files.
type graphSpool struct {
	lists []spoolList // by the index of the type in spoolLists
	ind   []byte      // the separator and the node's JSON, indented
	// kinds maps the Go types of the nodes met so far to their list,
	// so that a node's list is found by comparing type words rather
	// than by graph.TypeOf's scan of the node types and a search of
	// spoolLists for its name. A value that is not a node is never
	// added, so it holds at most one entry per node type.
	kinds []spoolKind
}

// spoolKind is an entry of graphSpool.kinds: the Go type of a node and
// the index of its list in spoolLists.
type spoolKind struct {
	typ  reflect.Type
	list int
}

// list returns the index in spoolLists of the list of n, or -1 when n is
// not a graph node.
func (s *graphSpool) list(n graph.Node) int {
	v := reflect.ValueOf(n)
	if !v.IsValid() || v.Kind() == reflect.Pointer && v.IsNil() {
		return -1 // as graph.TypeOf: nil is not a node
	}
	typ := v.Type()
	for _, k := range s.kinds {
		if k.typ == typ {
			return k.list
		}
	}
	t := graph.TypeOf(n)
	if t == "" {
		return -1
	}
	i := 0
	for i < len(spoolLists) && spoolLists[i] != t {
		i++
	}
	if i == len(spoolLists) {
		return -1
	}
	if s.kinds == nil {
		s.kinds = make([]spoolKind, 0, len(spoolLists))
	}
	s.kinds = append(s.kinds, spoolKind{typ, i})
	return i
}

// spoolList is the temporary file of one list and the number of nodes in
// it.
type spoolList struct {
	f *os.File
	w *bufio.Writer
	n int
}

// Write encodes n and appends it to the file of its list.
func (s *graphSpool) Write(n graph.Node) error {
	i := s.list(n)
	if i < 0 {
		return errors.New("diplo: not a graph node")
	}
	if s.lists == nil {
		s.lists = make([]spoolList, len(spoolLists))
	}
	l := &s.lists[i]
	if l.f == nil {
		f, err := os.CreateTemp("", "diplo-import-"+spoolLists[i].List()+"-*.json")
		if err != nil {
			return err
		}
		l.f, l.w = f, bufio.NewWriterSize(f, spoolBuffer)
	}
	// The separator and the node go to the file in one write: ",\n"
	// before every node but the first, and the node's indentation.
	sep := s.ind[:0]
	if l.n > 0 {
		sep = append(sep, ",\n"...)
	}
	sep = append(sep, "    "...)
	ind, err := codec.AppendIndentJSON(sep, n, "    ", "  ")
	if err != nil {
		return err
	}
	s.ind = ind
	_, err = l.w.Write(s.ind)
	l.n++
	return err
}

// spoolBuffer is the size of the buffer of each list's file and of the
// one WriteTo copies the lists through: large enough that writing and
// reading the files back costs few system calls (a few per megabyte),
// and a constant.
const spoolBuffer = 256 << 10

// WriteTo writes the graph document of the nodes written so far to w.
func (s *graphSpool) WriteTo(w io.Writer) (int64, error) {
	bw := &countWriter{w: w}
	var buf []byte
	io.WriteString(bw, "{\n  \"type\": \"Graph\"")
	for i := range s.lists {
		l := &s.lists[i]
		if l.n == 0 {
			continue
		}
		if err := l.w.Flush(); err != nil {
			return bw.n, err
		}
		if _, err := l.f.Seek(0, io.SeekStart); err != nil {
			return bw.n, err
		}
		io.WriteString(bw, ",\n  \""+spoolLists[i].List()+"\": [\n")
		if buf == nil {
			buf = make([]byte, spoolBuffer)
		}
		// The file is hidden behind a plain io.Reader: io.CopyBuffer
		// would hand an *os.File's WriteTo the copy, which reads 32 KiB
		// at a time.
		if _, err := io.CopyBuffer(bw, struct{ io.Reader }{l.f}, buf); err != nil {
			return bw.n, err
		}
		io.WriteString(bw, "\n  ]")
	}
	io.WriteString(bw, "\n}\n")
	return bw.n, bw.err
}

// Close closes and removes the temporary files.
func (s *graphSpool) Close() error {
	var errs []error
	for i := range s.lists {
		if f := s.lists[i].f; f != nil {
			errs = append(errs, f.Close(), os.Remove(f.Name()))
			s.lists[i] = spoolList{}
		}
	}
	return errors.Join(errs...)
}

// countWriter counts the bytes written and keeps the first error, after
// which it writes nothing.
type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

// appendIndent appends to dst compact, the compact JSON of one value as
// diplo.Marshal writes it, indented as json.Indent(dst, compact, prefix,
// indent) indents it: the codec's indenter, MarshalIndent's and
// codec.AppendIndentJSON's, which Write calls.
func appendIndent(dst, compact []byte, prefix, indent string) []byte {
	return codec.AppendIndent(dst, compact, prefix, indent)
}

// importHeadroom is how far beyond the live heap the garbage collector
// lets the heap grow while import runs, unless the GOGC variable is set:
// the larger of the live heap itself (GOGC=100, the default) and this
// constant. Import keeps little alive (the Lifter's index of IDs, its
// bounded caches, the buffers) and allocates about a kilobyte per row
// that dies with the row, so at the default the collector ran every few
// megabytes and took about a fifth of import's processor time
// (BENCHMARKS.md, "import gdelt, third pass"). The peak heap is at most
// this much above what the default gives: constant in the rows.
const importHeadroom = 32 << 20

// gcTuner sets the garbage collector's percentage after each collection
// so that the heap may grow by importHeadroom beyond the live heap, or by
// the live heap when that is more.
type gcTuner struct {
	mu      sync.Mutex
	stopped bool
	old     int
	live    []metrics.Sample
}

// gcSentinel is garbage whose finalizer runs after each collection.
type gcSentinel struct{ t *gcTuner }

// importGC is the one gcTuner of the process, shared by the imports
// that run at once (in tests), and how many they are.
var importGC struct {
	sync.Mutex
	users int
	tuner *gcTuner
}

// tuneGC starts tuning the garbage collector for import, unless the GOGC
// variable is set, and returns the function that stops it and sets the
// percentage back, once the last import running stops.
func tuneGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	importGC.Lock()
	defer importGC.Unlock()
	if importGC.users == 0 {
		t := &gcTuner{live: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
		t.old = debug.SetGCPercent(t.percent())
		t.arm()
		importGC.tuner = t
	}
	importGC.users++
	var once sync.Once
	return func() {
		once.Do(func() {
			importGC.Lock()
			defer importGC.Unlock()
			if importGC.users--; importGC.users == 0 {
				importGC.tuner.stop()
				importGC.tuner = nil
			}
		})
	}
}

// percent returns the percentage that gives the live heap importHeadroom
// of room, at least 100 and at most 1,000.
func (t *gcTuner) percent() int {
	metrics.Read(t.live)
	live := uint64(1 << 20)
	if t.live[0].Value.Kind() == metrics.KindUint64 {
		live = max(live, t.live[0].Value.Uint64())
	}
	return int(min(max(importHeadroom*100/live, 100), 1000))
}

func (t *gcTuner) arm() {
	runtime.SetFinalizer(&gcSentinel{t}, func(s *gcSentinel) { s.t.collected() })
}

// collected sets the percentage for the live heap the last collection
// found, and arms the tuner for the next.
func (t *gcTuner) collected() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.stopped {
		return
	}
	debug.SetGCPercent(t.percent())
	t.arm()
}

func (t *gcTuner) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.stopped = true
	debug.SetGCPercent(t.old)
}

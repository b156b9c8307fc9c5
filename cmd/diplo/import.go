package main

import (
	"errors"
	"io"
	"os"
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
// encoded as it comes, by the list's codec.IndentEncoder (the bytes of
// codec.AppendIndentJSON: diplo.AppendJSON's encoding, indented as
// json.Indent would indent the whole document, in one call), into the
// buffer of its list. A nearly full buffer is kept in memory while the
// spool keeps less than spoolMemory bytes; from the first that does not
// fit, every full buffer goes to a temporary file of its list, made
// then, and the buffers kept stay where they are. WriteTo then writes
// the document, copying each list's buffers kept, its file and the rest
// of its buffer in turn.
// The document is the one json.Indent(diplo.Marshal(g), "", "  ") gives
// for the graph g of the nodes, in the order they came within each type.
// Close removes the temporary files.
type graphSpool struct {
	lists []spoolList // by the index of the type in spoolLists
	// size is the size of a list's buffer; zero means spoolBuffer.
	size int
	// memory bounds the bytes of full buffers the lists keep in
	// memory rather than write to their files; zero means
	// spoolMemory, a negative bound that every full buffer goes to
	// its file.
	memory int
	held   int   // the bytes of the lists' full buffers in memory
	full   bool  // set when a full buffer did not fit in memory
	err    error // the first error writing a file, returned from then on
}

// spoolList is a list's temporary file, made when the list first goes
// to it, the nodes encoded since the file was last written to, and the
// number of nodes in the list.
type spoolList struct {
	f *os.File
	// held are the full buffers kept in memory, in order: they come
	// before the file, which the list goes to only once the spool is
	// full, and buf.
	held [][]byte
	buf  []byte
	n    int
	enc  *codec.IndentEncoder
}

// listOf returns the index in spoolLists of the list of n, or -1 when n
// is not a graph node.
func listOf(n graph.Node) int {
	t := graph.TypeOf(n)
	if t == "" {
		return -1
	}
	for i, l := range spoolLists {
		if l == t {
			return i
		}
	}
	return -1
}

// Write encodes n and appends it to the list of its type.
func (s *graphSpool) Write(n graph.Node) error {
	i := listOf(n)
	if i < 0 {
		return errors.New("diplo: not a graph node")
	}
	if s.err != nil {
		return s.err
	}
	if s.lists == nil {
		s.lists = make([]spoolList, len(spoolLists))
	}
	size := s.size
	if size <= 0 {
		size = spoolBuffer
	}
	l := &s.lists[i]
	if l.enc == nil {
		l.buf = make([]byte, 0, size)
		l.enc = codec.NewIndentEncoder("    ", "  ")
	}
	if len(l.buf) > size-size/16 {
		// Nearly full: the buffer is kept while the spool holds less
		// than its bound, and from the first that does not fit it goes
		// to the list's file, so that the memory the spool holds is
		// touched once, and most nodes are encoded where they fit. A
		// node larger than the room left grows the buffer, which is
		// made again at its size after the file is next written.
		memory := s.memory
		if memory == 0 {
			memory = spoolMemory
		}
		if !s.full && s.held+len(l.buf) <= memory {
			l.held = append(l.held, l.buf)
			s.held += len(l.buf)
			l.buf = make([]byte, 0, size)
		} else {
			s.full = true
			if s.err = s.flush(i); s.err != nil {
				return s.err
			}
			if cap(l.buf) > 2*size {
				l.buf = make([]byte, 0, size)
			}
		}
	}
	// The separator, the node's indentation and the node, encoded in
	// place: ",\n" before every node but the first.
	b := l.buf
	if l.n > 0 {
		b = append(b, ",\n"...)
	}
	b = append(b, "    "...)
	b, err := l.enc.Append(b, n)
	if err != nil {
		return err // l.buf is as it was: the node is not written
	}
	l.buf = b
	l.n++
	return nil
}

// flush writes the buffer of the list i to its file, made the first
// time.
func (s *graphSpool) flush(i int) error {
	l := &s.lists[i]
	if l.f == nil {
		f, err := os.CreateTemp("", "diplo-import-"+spoolLists[i].List()+"-*.json")
		if err != nil {
			return err
		}
		l.f = f
	}
	_, err := l.f.Write(l.buf)
	l.buf = l.buf[:0]
	return err
}

// spoolBuffer is the size of the buffer of each list and of the one
// WriteTo copies the files through: large enough that writing and
// reading the files back costs few system calls (a few per megabyte),
// and a constant.
const spoolBuffer = 256 << 10

// spoolMemory is how many bytes of encoded nodes the spool keeps in
// memory, besides a buffer a list, before it writes them to its files:
// the graph document of some 60,000 GDELT rows. Writing the lists to
// files and reading them back costs the kernel's copying and the
// caches it evicts (BENCHMARKS.md, "import gdelt, twelfth pass"), more
// than the memory's page faults. A variable, so that tests can make the
// spool use its files.
var spoolMemory = 16 << 20

// WriteTo writes the graph document of the nodes written so far to w.
func (s *graphSpool) WriteTo(w io.Writer) (int64, error) {
	bw := &countWriter{w: w}
	if s.err != nil {
		return 0, s.err
	}
	var buf []byte
	io.WriteString(bw, "{\n  \"type\": \"Graph\"")
	for i := range s.lists {
		l := &s.lists[i]
		if l.n == 0 {
			continue
		}
		io.WriteString(bw, ",\n  \""+spoolLists[i].List()+"\": [\n")
		// The buffers kept, what went to the file, and the buffer.
		for _, b := range l.held {
			bw.Write(b)
		}
		var at int64
		if l.f != nil {
			var err error
			if at, err = l.f.Seek(0, io.SeekCurrent); err != nil {
				return bw.n, err
			}
		}
		if at > 0 {
			if _, err := l.f.Seek(0, io.SeekStart); err != nil {
				return bw.n, err
			}
			if buf == nil {
				buf = make([]byte, spoolBuffer)
			}
			// The file is hidden behind a plain io.Reader: io.CopyBuffer
			// would hand an *os.File's WriteTo the copy, which reads 32
			// KiB at a time.
			if _, err := io.CopyBuffer(bw, struct{ io.Reader }{io.LimitReader(l.f, at)}, buf); err != nil {
				return bw.n, err
			}
		}
		bw.Write(l.buf)
		io.WriteString(bw, "\n  ]")
	}
	io.WriteString(bw, "\n}\n")
	return bw.n, bw.err
}

// Close closes and removes the temporary files.
func (s *graphSpool) Close() error {
	var errs []error
	s.held, s.full = 0, false
	for i := range s.lists {
		if f := s.lists[i].f; f != nil {
			errs = append(errs, f.Close(), os.Remove(f.Name()))
		}
		s.lists[i] = spoolList{}
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

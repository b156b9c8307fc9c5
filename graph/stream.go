package graph

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/sealed"
)

// Node is a node of a graph: one of *actor.Person, *actor.State,
// *actor.Organization, *actor.Office, *actor.Tenure, *actor.Delegation,
// *event.Event, *event.Statement, *accord.Accord and *diplo.Source, or
// one of these types itself. NodeReader.Read and Graph.Nodes give
// pointers; Graph.Add and NodeWriter.Write also take the values
// themselves. Use a type switch to tell them apart:
//
//	switch n := n.(type) {
//	case *event.Event:
//		fmt.Println(n.Kind)
//	case *actor.State:
//		fmt.Println(n.Country)
//	}
//
// The set is closed: GraphNode takes a type that only this module can
// name, so no other type can implement Node. (A struct that embeds a node
// type has the method, but it is not a node: the functions of this package
// reject it, and a nil pointer.) NodeTypes lists the node types.
type Node interface {
	// Validate checks the node on its own; Graph.Validate checks it in
	// its graph.
	Validate() error
	// GraphNode marks the type as a node; it does nothing.
	GraphNode(sealed.Node)
}

// TypeOf returns the node type of n, or "" when n is not a node (or is a
// nil pointer).
func TypeOf(n Node) NodeType {
	if k := kindOfNode(n); k != nil {
		return k.typ()
	}
	return ""
}

// errNotNode reports a value that is not a node.
func errNotNode(n Node) error {
	return fmt.Errorf("graph: %T is not a node", n)
}

// Add appends a copy of the node n to the list of its type. It returns an
// error, and changes nothing, when n is not a node. It does not check for
// an ID already in the graph; Validate does.
func (g *Graph) Add(n Node) error {
	for _, k := range nodeTypes {
		if k.add(g, n) {
			return nil
		}
	}
	return errNotNode(n)
}

// Nodes returns an iterator over the nodes of g, in the order of the JSON
// lists (persons, states, organizations, offices, tenures, delegations,
// events, statements, accords, resolutions, votes, sources), each with
// its Ref. The nodes are
// pointers into g's lists: changing one changes g. Appending to g while
// iterating is not allowed.
func (g *Graph) Nodes() iter.Seq2[Ref, Node] {
	return func(yield func(Ref, Node) bool) {
		for _, k := range nodeTypes {
			if !k.each(g, yield) {
				return
			}
		}
	}
}

// NodeWriter writes nodes as newline-delimited JSON (NDJSON, also called
// JSON Lines), for a graph too large to hold or produced and consumed
// piece by piece: one node per line, each the JSON of the node as it
// appears in a graph's lists, whose "type" member says what it is:
//
//	{"id":"urn:uuid:…","type":"State","name":{"fr":"Mali"},"country":"ML"}
//	{"id":"https://example.org/events/visit","type":"Event","kind":"official-visit"}
//
// NodeReader reads such a stream back; Graph.Add and Graph.Nodes turn a
// stream into a graph and back. Writes are buffered: call Flush when
// done. A NodeWriter is not safe for concurrent use.
type NodeWriter struct {
	buf  *bufio.Writer
	line []byte
	enc  codec.Encoder // diplo.AppendJSON's bytes, its encoders kept
}

// NewNodeWriter returns a NodeWriter that writes to w.
func NewNodeWriter(w io.Writer) *NodeWriter {
	return &NodeWriter{buf: bufio.NewWriter(w)}
}

// Write writes n as one line of JSON, as diplo.Marshal encodes it (the
// line a json.Encoder writes after SetEscapeHTML(false)). It does not validate n; it returns an error
// when n is not a node or when writing fails.
func (w *NodeWriter) Write(n Node) error {
	if TypeOf(n) == "" {
		return errNotNode(n)
	}
	line, err := w.enc.Append(w.line[:0], n)
	if err != nil {
		return err
	}
	w.line = append(line, '\n')
	_, err = w.buf.Write(w.line)
	return err
}

// Flush writes any buffered data to the underlying writer.
func (w *NodeWriter) Flush() error { return w.buf.Flush() }

// NodeReader reads nodes from newline-delimited JSON, one line at a time,
// in memory bounded by the longest line. Lines may end with "\n" or
// "\r\n"; blank lines are skipped. Each line is decoded as the node type
// its "type" member names, with the decoding options given to
// NewNodeReader: strictly or not, and within its limits, where MaxBytes
// bounds the length of a line. A line longer than MaxBytes is refused
// once MaxBytes+1 bytes of it are buffered, and the rest of it is read
// and dropped in pieces: reading it allocates less than one and a half
// times MaxBytes, besides a 64 KiB read buffer. A line that is not a JSON
// object (null, an array) is refused. A NodeReader is not safe for
// concurrent use.
type NodeReader struct {
	r    *bufio.Reader
	opts diplo.DecodeOptions
	max  int
	line int
	buf  []byte
	err  error // sticky: a failure of the underlying reader, or io.EOF
}

// NewNodeReader returns a NodeReader that reads from r with the options
// o.
func NewNodeReader(r io.Reader, o diplo.DecodeOptions) *NodeReader {
	return &NodeReader{r: bufio.NewReaderSize(r, 64<<10), opts: o, max: o.Limits.Effective().MaxBytes}
}

// Line returns the number of the line last read, counted from 1.
func (r *NodeReader) Line() int { return r.line }

// Read reads the next node. At the end of the stream it returns io.EOF.
// A line that does not decode gives a *LineError naming the line, whose
// Err is the decoding error with paths from the node ("kind",
// "participants[0].role"); reading goes on with the next line, so a
// caller may report the error and call Read again. An error of the
// underlying reader is returned as it is, and again by every later call.
func (r *NodeReader) Read() (Node, error) {
	for {
		line, tooLong, err := r.readLine()
		if err != nil {
			return nil, err
		}
		if tooLong {
			return nil, &LineError{Line: r.line, Err: &diplo.FieldError{Err: fmt.Errorf(
				"%w: line of more than %d bytes exceeds MaxBytes %d", diplo.ErrLimit, r.max, r.max)}}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		n, err := r.decode(line)
		if err != nil {
			return nil, &LineError{Line: r.line, Err: err}
		}
		return n, nil
	}
}

// readLine reads the next line, without its end, in r.buf or in the
// reader's buffer. tooLong reports a line longer than r.max, which is
// skipped.
func (r *NodeReader) readLine() (line []byte, tooLong bool, err error) {
	if r.err != nil {
		return nil, false, r.err
	}
	r.line++
	r.buf = r.buf[:0]
	for {
		chunk, err := r.r.ReadSlice('\n')
		whole := err == nil
		if whole {
			chunk = chunk[:len(chunk)-1] // the newline
		}
		switch {
		case tooLong:
		case len(r.buf)+len(chunk)-1 > r.max: // -1: a "\r" before "\n"
			tooLong = true
			r.buf = r.buf[:0]
		case whole && len(r.buf) == 0:
			line = chunk // no copy: the line is in the reader's buffer
		default:
			r.grow(len(r.buf) + len(chunk))
			r.buf = append(r.buf, chunk...)
			line = r.buf
		}
		switch {
		case err == nil:
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && (len(r.buf) > 0 || tooLong):
			r.err = io.EOF // the last line has no newline
		default:
			if err == io.EOF {
				r.line-- // no line: the stream ended after a newline
			}
			r.err = err
			return nil, false, err
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if !tooLong && len(line) > r.max {
			tooLong = true
		}
		return line, tooLong, nil
	}
}

// grow makes room in r.buf for a line of n bytes, n at most r.max+1 (a
// line of MaxBytes and its "\r"). The buffer doubles while it is under a
// quarter of that bound and then takes the bound at once, so that the
// buffers allocated for a line, however long the line, add up to less
// than one and a half times MaxBytes: a line over the limit is dropped
// once the buffer is full, not read whole.
func (r *NodeReader) grow(n int) {
	if n <= cap(r.buf) {
		return
	}
	bound := r.max
	if bound < math.MaxInt {
		bound++
	}
	size := max(2*cap(r.buf), n)
	if size > bound/4 {
		size = max(bound, n)
	}
	grown := make([]byte, len(r.buf), size)
	copy(grown, r.buf)
	r.buf = grown
}

// decode decodes one line as the node type its "type" member names.
func (r *NodeReader) decode(line []byte) (Node, error) {
	k, err := r.kindOfLine(line)
	if err != nil {
		return nil, err
	}
	n := k.new()
	if err := r.opts.Unmarshal(line, n); err != nil {
		return nil, err
	}
	return n, nil
}

// kindOfLine returns the row of nodeTypes of the node type that the
// "type" member of line names, or the error of a line that names none.
func (r *NodeReader) kindOfLine(line []byte) (nodeKind, error) {
	if name, ok := codec.PlainMember(line, "type"); ok {
		// The line starts as NodeWriter writes it: no search of it.
		if k := kindOfName(name); k != nil {
			return k, nil
		}
	}
	raw, e := codec.Member(line, "type")
	if e != nil || raw == nil || raw.Kind() != '"' {
		// Report limits and malformed JSON first, as decoding would.
		if err := r.opts.Check(line); err != nil {
			return nil, err
		}
		switch {
		case e != nil:
			return nil, &diplo.FieldError{Err: fmt.Errorf("%w: want object, got %s", diplo.ErrJSON, codec.KindWord(codec.KindAt(line)))}
		case raw == nil:
			return nil, &diplo.FieldError{Path: "type", Err: diplo.ErrRequired}
		}
		return nil, &diplo.FieldError{Path: "type", Err: fmt.Errorf("%w: want string, got %s", diplo.ErrJSON, codec.KindWord(codec.KindAt(raw)))}
	}
	name := codec.Unquote(raw)
	k := kindOfType(NodeType(name))
	if k == nil {
		if err := r.opts.Check(line); err != nil {
			return nil, err
		}
		return nil, &diplo.FieldError{Path: "type", Err: check.NewValueError("node type", name, diplo.ErrUnknown)}
	}
	return k, nil
}

// kindOfName returns the row of nodeTypes of the node type named name, or
// nil; unlike kindOfType it takes the bytes of the name and allocates
// nothing.
func kindOfName(name []byte) nodeKind {
	for _, k := range nodeTypes {
		if string(k.typ()) == string(name) {
			return k
		}
	}
	return nil
}

// LineError is an error in one line of a stream read by NodeReader.
type LineError struct {
	// Line is the number of the line, counted from 1.
	Line int
	// Err is the error, usually a *diplo.FieldError or a diplo.Errors
	// list whose paths run from the node.
	Err error
}

// Error prefixes each line of the message of Err with "line N: ".
func (e *LineError) Error() string {
	prefix := "line " + strconv.Itoa(e.Line) + ": "
	return prefix + strings.ReplaceAll(e.Err.Error(), "\n", "\n"+prefix)
}

// Unwrap returns Err.
func (e *LineError) Unwrap() error { return e.Err }

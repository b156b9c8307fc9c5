package main

import (
	"io"
	"os"
	"reflect"
	"strings"
	"sync/atomic"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
)

// streamFrom is the size from which validate reads a graph document in a
// file as a stream (streamValid) before reading it whole: documents
// larger than diplo.DefaultMaxBytes, which only a raised -max-bytes lets
// in. A smaller document is read whole at once, which takes less
// processor time (reading a canonical graph of 18 MB as a stream took
// about 1.3 times as much, cmd/diplo's BenchmarkValidateFile) and at most
// a few times 64 MiB of memory. The tests set it to 0 to stream every
// document.
var streamFrom int64 = diplo.DefaultMaxBytes + 1

// streamChunk is the number of nodes streamValid decodes into one chunk.
const streamChunk = 1024

// streamFile reports whether the graph document in the file name, a
// regular file of at least streamFrom bytes, was found valid, schema and
// model, by streamValid: read as a stream, a node at a time, without the
// whole document in memory. False means only that the document must be
// read and checked whole, as validateFile does: it may be valid in another
// form, or invalid, or over a limit, and that reading will say so.
func streamFile(name, typ string, o diplo.DecodeOptions) bool {
	if typ != "graph" && typ != "diplo" || name == "-" {
		return false
	}
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	size := regularSize(f)
	l := o.Limits.Effective()
	if size < streamFrom || size > int64(l.MaxBytes) {
		return false
	}
	// A file that grows as it is read is read to MaxBytes and one more
	// byte, which streamValid refuses.
	if !streamValid(io.LimitReader(f, int64(l.MaxBytes)+1), new(graph.Graph), o) {
		return false
	}
	streamed.Add(1)
	return true
}

// streamed counts the documents that streamFile found valid, for the
// tests.
var streamed atomic.Int64

// graphLists are the lists of a graph document, by member name, in the
// order of the Graph type, which diplo.Marshal writes.
var graphLists = func() map[string]int {
	m := map[string]int{}
	t := reflect.TypeFor[graph.Graph]()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Type.Kind() == reflect.Slice {
			m[strings.Split(f.Tag.Get("json"), ",")[0]] = i
		}
	}
	return m
}()

// streamValid reports whether the graph document that r reads is valid,
// schema and model, because it is the canonical encoding of a valid
// value, as canonicalValid says of a document read whole: it decodes into
// g, which passes Validate, and schemaCannotObject holds. It holds no
// more of the document than one member of the top-level object, or one
// element of a list.
//
// The document is read a part at a time: the members before the lists
// (id, type, title), then each element of each list. Each part is checked
// against the limits of o before it is decoded, as Check checks the whole
// document: depth counted from the document's top, the objects of all the
// parts added up, each list held to MaxArray, and the bytes read to
// MaxBytes; a part that crosses one is not decoded. A part is decoded
// leniently on its own (what decoding the whole document gives for a
// canonical document, whose top-level members are the Graph's, each once,
// in order). A node whose canonical form the decoder vouches for
// (codec.UnmarshalForm) must hold no string "" or "und", as canonicalValid
// asks of a whole document; any other part is compared, but for
// whitespace between tokens, with what diplo.Marshal writes for it, and
// searched for null, "" and "und", as schemaCannotObject searches the
// whole. The nodes pass through a
// codec.Interner, so that the texts that repeat are held once: g is only
// read, and must not be modified afterwards.
func streamValid(r io.Reader, g *graph.Graph, o diplo.DecodeOptions) bool {
	l := o.Limits.Effective()
	if l.MaxDepth < 3 {
		return false
	}
	s := partScanner{lim: codec.ScanLimits{MaxString: l.MaxString, MaxArray: l.MaxArray, MaxObjects: l.MaxObjects}, maxDepth: l.MaxDepth}
	dec := jsontext.NewDecoder(r, jsontext.AllowDuplicateNames(true))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return false
	}
	in := codec.NewInterner()
	gv := reflect.ValueOf(g).Elem()
	head := []byte{'{'}
	last := -1 // the field of the last list read
	var buf []byte
	for dec.PeekKind() != '}' {
		raw, err := dec.ReadValue()
		if err != nil {
			return false
		}
		name := string(raw) // a raw value lasts until the next read
		field, isList := graphLists[unquoted(name)]
		if !isList || dec.PeekKind() != '[' {
			// A member of the head: kept, to be decoded and compared
			// when the first list begins.
			if last >= 0 {
				return false
			}
			if len(head) > 1 {
				head = append(head, ',')
			}
			head = append(head, name...)
			head = append(head, ':')
			v, err := dec.ReadValue()
			if err != nil {
				return false
			}
			head = append(head, v...)
			continue
		}
		if last < 0 && !s.head(append(head, '}'), g) {
			return false
		}
		if field <= last || len(name) > l.MaxString {
			return false
		}
		last = field
		list := gv.Field(field)
		if _, err := dec.ReadToken(); err != nil { // [
			return false
		}
		// The nodes are decoded into chunks, then copied once into a
		// slice of their number: a slice grown node by node would be
		// copied again at each step, and left with room to spare.
		var chunks []reflect.Value
		chunk, n := reflect.MakeSlice(list.Type(), streamChunk, streamChunk), 0
		for dec.PeekKind() != ']' {
			raw, err := dec.ReadValue()
			if err != nil || n == l.MaxArray || !s.part(raw, 2) {
				return false
			}
			if n > 0 && n%streamChunk == 0 {
				chunks = append(chunks, chunk)
				chunk = reflect.MakeSlice(list.Type(), streamChunk, streamChunk)
			}
			// A new node of the chunk: its form is that of raw alone.
			node := chunk.Index(n % streamChunk).Addr().Interface()
			form, err := codec.UnmarshalForm(raw, node, false, nil)
			switch {
			case err != nil:
				return false
			case form.Canonical:
				if form.Blank {
					return false
				}
			case schemaMayObject(raw):
				return false
			default:
				if buf, err = diplo.AppendJSON(buf[:0], node); err != nil || !compactEqual(raw, buf) {
					return false
				}
			}
			in.Intern(node)
			n++
		}
		if n == 0 {
			return false // diplo.Marshal leaves an empty list out
		}
		list.Set(reflect.MakeSlice(list.Type(), n, n))
		at := 0
		for _, c := range append(chunks, chunk) {
			at += reflect.Copy(list.Slice(at, n), c) // the last chunk's room is past n
		}
		if _, err := dec.ReadToken(); err != nil { // ]
			return false
		}
	}
	if last < 0 && !s.head(append(head, '}'), g) {
		return false
	}
	if _, err := dec.ReadToken(); err != nil { // }
		return false
	}
	if _, err := dec.ReadToken(); err != io.EOF || dec.InputOffset() > int64(l.MaxBytes) {
		return false
	}
	return g.Validate() == nil
}

// partScanner checks the parts of a document against the limits, the
// objects of all the parts counted together.
type partScanner struct {
	lim      codec.ScanLimits
	maxDepth int
	objects  int
	scan     codec.ScanParts
}

// part reports whether raw, a value at depth depth of the document (the
// elements of a top-level list are at depth 2: inside the document and
// the list), passes the limits.
func (s *partScanner) part(raw []byte, depth int) bool {
	lim := s.lim
	lim.MaxDepth = s.maxDepth - depth
	lim.MaxObjects -= s.objects // 0 when no object is left
	n, e := s.scan.Scan(raw, lim)
	s.objects += n
	return e == nil
}

// head reports whether doc, the members of a graph document before its
// lists as an object, passes the limits, holds no null, "" or "und", and
// is what diplo.Marshal writes for them, decoding it into g.
func (s *partScanner) head(doc []byte, g *graph.Graph) bool {
	if !s.part(doc, 0) || schemaMayObject(doc) || codec.Unmarshal(doc, g, false) != nil {
		return false
	}
	b, err := diplo.Marshal(&graph.Graph{ID: g.ID, Type: g.Type, Title: g.Title})
	return err == nil && compactEqual(doc, b)
}

// compactEqual reports whether doc is, but for whitespace between tokens,
// the compact JSON p.
func compactEqual(doc, p []byte) bool {
	c := codec.NewSpaceEqual(doc)
	c.FeedWhole(p)
	return c.End()
}

// unquoted returns the text of a member name as written between its
// quotes: a name with an escape is no name of the canonical form.
func unquoted(name string) string {
	if len(name) < 2 || strings.IndexByte(name, '\\') >= 0 {
		return ""
	}
	return name[1 : len(name)-1]
}

package codec

import "errors"

// This file is the encoder's indenting state: with it on, the encoder
// writes a value indented as json.Indent indents the compact encoding, in
// the same pass. A container's first element raises the level and each
// element starts on a new line; a container that got elements ends on a
// line of the level it started at; an empty one stays "{}" or "[]". A
// member name is followed by ": ". What the encoder hands to encoding/json
// comes back compact and is indented by indentFrom at the level it is
// written at.

// indentState is how the encoder indents, when on.
type indentState struct {
	on bool
	// line is "\n", the prefix, then the indent once per level up to
	// the deepest so far: a break at level l is line[:base+l*len(indent)].
	line   []byte
	base   int
	indent string
	level  int
	// limit, when not 0, is the length of the buffer past which the
	// struct encoders stop with errIndentLimit.
	limit int
}

// errIndentLimit reports that an indented encoding passed its limit.
var errIndentLimit = errors.New("codec: indented output past its limit")

// overLimit reports whether the indented output has passed its limit.
func (e *encState) overLimit() bool {
	return e.ind.limit != 0 && len(e.buf) > e.ind.limit
}

// startIndent turns indenting on for one encoding, with the prefix and
// indent given.
func (e *encState) startIndent(prefix, indent string) {
	line := append(append(e.ind.line[:0], '\n'), prefix...)
	e.ind = indentState{on: true, line: line, base: len(line), indent: indent}
}

// lineBreak appends a line break at the current level. It keeps room in
// the buffer as reserve does: an indented document is written in one
// pass into a buffer that doubles, not one that append grows by a
// quarter at a time.
func (e *encState) lineBreak() {
	e.reserve()
	e.buf = append(e.buf, e.breakAt()...)
}

// breakAt returns the line break at the current level, extending the
// line held for the deepest level when the level is deeper.
func (e *encState) breakAt() []byte {
	n := e.ind.base + e.ind.level*len(e.ind.indent)
	for len(e.ind.line) < n {
		e.ind.line = append(e.ind.line, e.ind.indent...)
	}
	return e.ind.line[:n]
}

// element starts an element of a container: after a comma unless it is
// the first, which raises the level, on a new line.
func (e *encState) element(first bool) {
	if first {
		e.ind.level++
	} else {
		e.buf = append(e.buf, ',')
	}
	e.lineBreak()
}

// member starts a member of an object, as element, and writes its name
// (key, quoted, followed by ':') and a space. It is element and
// lineBreak in one: a struct's members are most of the line breaks of
// an indented document.
func (e *encState) member(key []byte, first bool) {
	e.reserve()
	b := e.buf
	if first {
		e.ind.level++
	} else {
		b = append(b, ',')
	}
	b = append(b, e.breakAt()...)
	b = append(b, key...)
	e.buf = append(b, ' ')
}

// closing ends a container before its closing bracket: on a line of the
// level it started at if it got elements.
func (e *encState) closing(elements bool) {
	if elements {
		e.ind.level--
		e.lineBreak()
	}
}

// appendCompact appends the compact JSON b, indented at the current
// level when indenting is on.
func (e *encState) appendCompact(b []byte) {
	if !e.ind.on {
		e.buf = append(e.buf, b...)
		return
	}
	e.buf, e.ind.line = indentFrom(e.buf, b, e.ind.line, e.ind.base, e.ind.indent, e.ind.level)
}

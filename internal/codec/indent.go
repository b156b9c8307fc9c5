package codec

import (
	"encoding/binary"
	"errors"
)

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
	// lines is the start of "\n", the prefix, then the indent repeated
	// without end: a break at level l of n = base+l*len(indent) bytes,
	// n <= len(lines), is lines[:n], written by one copy of the whole
	// array into the room reserve keeps, the bytes past n written over
	// by what follows. With no indent, the bytes past base are zero and
	// never part of a break.
	lines [lineWords]byte
	// commaLines is a comma, then lines.
	commaLines [lineWords + 1]byte
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
	n := copy(e.ind.lines[:], line)
	for len(indent) > 0 && n < len(e.ind.lines) {
		n += copy(e.ind.lines[n:], indent)
	}
	e.ind.commaLines[0] = ','
	copy(e.ind.commaLines[1:], e.ind.lines[:])
}

// lineWords is the length of indentState.lines: the longest line break
// written by one copy. A node of the graph document (a prefix of four
// spaces, an indent of two) breaks its lines in 5 to 15 bytes.
const lineWords = 32

// breakLen returns the length of the line break at the current level.
func (e *encState) breakLen() int {
	return e.ind.base + e.ind.level*len(e.ind.indent)
}

// lineBreak appends a line break at the current level. It keeps room in
// the buffer as reserve does: an indented document is written in one
// pass into a buffer that doubles, not one that append grows by a
// quarter at a time.
//
// Where the buffer has that room and the break fits in lines, the break
// is one copy of lines.
func (e *encState) lineBreak() {
	n, at := e.breakLen(), len(e.buf)
	if n > lineWords || cap(e.buf)-at < reserveSlack {
		e.appendBreak()
		return
	}
	*(*[lineWords]byte)(e.buf[at : at+lineWords]) = e.ind.lines
	e.buf = e.buf[:at+n]
}

// appendBreak is lineBreak by an append.
func (e *encState) appendBreak() {
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

// memberShort is member for a key that is also s (shortOf(key)): where
// the buffer has the room reserve keeps, the line break fits in lines
// and the key in a short, the comma and the break are one copy of an
// array (lines or commaLines) and the key two stores of words, not
// appends, and the bytes written past the member are written over by
// what follows. Elsewhere it is member.
func (e *encState) memberShort(key []byte, s *short, first bool) {
	level := e.ind.level
	if first {
		level++
	}
	n := e.ind.base + level*len(e.ind.indent)
	at := len(e.buf)
	if n > lineWords || s.n == 0 || cap(e.buf)-at < reserveSlack {
		e.member(key, first)
		return
	}
	e.ind.level = level
	w := (*[memberRoom]byte)(e.buf[at : at+memberRoom])
	if first {
		*(*[lineWords]byte)(w[:lineWords]) = e.ind.lines
	} else {
		*(*[lineWords + 1]byte)(w[:lineWords+1]) = e.ind.commaLines
		n++
	}
	k := w[n : n+17]
	binary.LittleEndian.PutUint64(k[:8], s.w[0])
	binary.LittleEndian.PutUint64(k[8:16], s.w[1])
	k[s.n] = ' '
	e.buf = e.buf[:at+n+s.n+1]
}

// memberRoom is the most bytes memberShort writes: a comma, the break
// (lines), a short of 16 bytes and the space; within the room reserve
// keeps.
const memberRoom = 1 + lineWords + 16 + 1

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

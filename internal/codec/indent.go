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
	// line is ",\n", the prefix, then the indent once per level up to
	// the deepest so far (its first ready bytes), then padding to at
	// least wideBreak+1 bytes: a break at level l is
	// line[1:base+l*len(indent)], after a comma line[0:...].
	line   []byte
	ready  int
	base   int
	indent string
	level  int
	// limit, when not 0, is the length of the buffer past which the
	// struct encoders stop with errIndentLimit.
	limit int
}

// wideBreak is the longest line break (with its comma) that lineBreak
// writes with one fixed-size store rather than a copy.
const wideBreak = 32

// errIndentLimit reports that an indented encoding passed its limit.
var errIndentLimit = errors.New("codec: indented output past its limit")

// overLimit reports whether the indented output has passed its limit.
func (e *encState) overLimit() bool {
	return e.ind.limit != 0 && len(e.buf) > e.ind.limit
}

// startIndent turns indenting on for one encoding, with the prefix and
// indent given.
func (e *encState) startIndent(prefix, indent string) {
	line := append(append(e.ind.line[:0], ",\n"...), prefix...)
	e.ind = indentState{on: true, line: line, ready: len(line), base: len(line), indent: indent}
	e.extend(len(line))
}

// extend makes the line ready up to end bytes (a break at a level), and
// pads it.
func (e *encState) extend(end int) {
	line := e.ind.line[:e.ind.ready]
	for len(line) < end {
		line = append(line, e.ind.indent...)
	}
	e.ind.ready = len(line)
	for len(line) <= wideBreak {
		line = append(line, ' ')
	}
	e.ind.line = line
}

// lineBreak appends a line break at the current level, after a comma if
// comma is set. It keeps room in the buffer as reserve does: an indented
// document is written in one pass into a buffer that doubles, not one
// that append grows by a quarter at a time. A short break in a buffer of
// the encoder's own (not tight) is written by one store of wideBreak
// bytes, of which those past the break are written over by what follows
// or are past the end of the output, as appendShort does.
func (e *encState) lineBreak(comma bool) {
	e.reserve()
	end := e.ind.base + e.ind.level*len(e.ind.indent)
	if end > e.ind.ready {
		e.extend(end)
	}
	start := 1
	if comma {
		start = 0
	}
	m := len(e.buf)
	if end-start <= wideBreak && cap(e.buf)-m >= wideBreak && !e.tight {
		*(*[wideBreak]byte)(e.buf[m : m+wideBreak]) = [wideBreak]byte(e.ind.line[start : start+wideBreak])
		e.buf = e.buf[:m+end-start]
		return
	}
	e.buf = append(e.buf, e.ind.line[start:end]...)
}

// element starts an element of a container: after a comma unless it is
// the first, which raises the level, on a new line.
func (e *encState) element(first bool) {
	if first {
		e.ind.level++
	}
	e.lineBreak(!first)
}

// member starts a member of an object, as element, and writes its name
// (key, quoted, followed by ':') and a space. A name shorter than 16
// bytes whose slice has the capacity is written, in a buffer of the
// encoder's own, by one store of 16 bytes, as lineBreak writes a break.
func (e *encState) member(key []byte, first bool) {
	e.element(first)
	m := len(e.buf)
	if n := len(key); n < 16 && cap(key) >= 16 && cap(e.buf)-m >= 16 && !e.tight {
		out := e.buf[m : m+16]
		*(*[16]byte)(out) = [16]byte(key[:16])
		out[n] = ' '
		e.buf = e.buf[:m+n+1]
		return
	}
	e.buf = append(e.buf, key...)
	e.buf = append(e.buf, ' ')
}

// closing ends a container before its closing bracket: on a line of the
// level it started at if it got elements.
func (e *encState) closing(elements bool) {
	if elements {
		e.ind.level--
		e.lineBreak(false)
	}
}

// appendCompact appends the compact JSON b, indented at the current
// level when indenting is on.
func (e *encState) appendCompact(b []byte) {
	if !e.ind.on {
		e.buf = append(e.buf, b...)
		return
	}
	r := e.ind.ready
	var line []byte
	e.buf, line = indentFrom(e.buf, b, e.ind.line[1:r:r], e.ind.base-1, e.ind.indent, e.ind.level)
	if end := len(line) + 1; end > r {
		e.extend(end)
	}
}

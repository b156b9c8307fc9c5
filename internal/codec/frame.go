package codec

import "bytes"

// Framer finds the end of a JSON value in a stream without checking it:
// it follows strings and the nesting of brackets only, byte by byte, so
// that a reader can stop after a bound (the PLOVER stream reader stops at
// MaxBytes+1 bytes of a record) and skip the rest of an over-long value
// without holding it. The value is checked (Scan, the decoder) once read
// whole. A jsontext Decoder does not serve here: over a stream it reads
// ahead of the value it returns, so the bytes after a record are no
// longer in the stream's reader; over a bounded reader it stops at the
// bound with an error after which it cannot skip the rest; and it holds
// a whole string token, however long, to skip it. Feed it the bytes of
// the input in order, from the first byte of the value (white space
// before it skipped); the zero Framer is ready.
type Framer struct {
	started          bool
	kind             byte // '{' for an array or object, '"' for a string, '0' for a number or literal
	depth            int
	inString, escape bool
}

// Scalar reports whether the value is a number or a literal, which the end
// of the input ends.
func (f *Framer) Scalar() bool { return f.started && f.kind == '0' }

// Feed reads b, the next bytes of the input (at least one), and returns
// how many of them belong to the value and whether the value ends there.
func (f *Framer) Feed(b []byte) (int, bool) {
	i := 0
	if !f.started {
		f.started = true
		switch b[0] {
		case '{', '[':
			f.kind, f.depth = '{', 1
		case '"':
			f.kind, f.inString = '"', true
		default:
			f.kind = '0'
		}
		if f.kind != '0' {
			i = 1
		}
	}
	if f.kind == '0' {
		for ; i < len(b); i++ {
			switch b[i] {
			case ' ', '\t', '\r', '\n', ',', ':', '[', ']', '{', '}', '"':
				return i, true
			}
		}
		return len(b), false
	}
	for ; i < len(b); i++ {
		c := b[i]
		if f.inString {
			switch {
			case f.escape:
				f.escape = false
			case c == '\\':
				f.escape = true
			case c == '"':
				f.inString = false
				if f.kind == '"' {
					return i + 1, true
				}
			default:
				// Skip to the next quote or backslash.
				if j := bytes.IndexAny(b[i:], "\"\\"); j > 0 {
					i += j - 1
				} else if j < 0 {
					return len(b), false
				}
			}
			continue
		}
		switch c {
		case '"':
			f.inString = true
		case '{', '[':
			f.depth++
		case '}', ']':
			f.depth--
			if f.depth == 0 {
				return i + 1, true
			}
		}
	}
	return len(b), false
}

// StartsValue reports whether b, the first byte after white space where a
// value is due, can start one: it is none of ',' ':' ']' '}'. What else
// it may be is left to the check of the value.
func StartsValue(b byte) bool {
	return b != ',' && b != ':' && b != ']' && b != '}'
}

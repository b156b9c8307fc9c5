package codec

// The byte-level helpers that the module's readers share, in place of a
// copy each: what kind of JSON value a document or a raw value starts
// with, and where its white space ends. They read no further than the
// first byte of the value; reading the value is the jsontext Decoder's
// work (or Scan's, for the limits).

// IsSpace reports whether c is JSON white space: space, tab, line feed or
// carriage return (RFC 8259, section 2).
func IsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// SkipSpace returns the index of the first byte of b at or after i that
// is not JSON white space, or len(b).
func SkipSpace(b []byte, i int) int {
	for i < len(b) && b[i] <= ' ' && IsSpace(b[i]) {
		i++
	}
	return i
}

// KindAt returns the kind of the JSON value that data starts with, after
// JSON white space, from its first byte: '{', '[', '"', 'n', 't', 'f', or
// '0' for anything else (a number, or a byte that starts no value). It
// returns 0 when data holds only white space. It does not check the
// value.
func KindAt(data []byte) Kind {
	i := SkipSpace(data, 0)
	if i == len(data) {
		return 0
	}
	switch c := data[i]; c {
	case '{', '[', '"', 'n', 't', 'f':
		return Kind(c)
	}
	return '0'
}

// KindWord names a kind as KindAt returns it: "object", "array",
// "string", "boolean", "null", "number", and "nothing" for 0.
func KindWord(k Kind) string {
	switch k {
	case 0:
		return "nothing"
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

// KindPhrase names a kind as KindAt returns it, with its article, for a
// sentence ("the document is an array"): "an object", "an array", "a
// string", "a boolean", "null", "a number", and "empty" for 0.
func KindPhrase(k Kind) string {
	switch k {
	case 0:
		return "empty"
	case 'n':
		return "null"
	case '{', '[':
		return "an " + KindWord(k)
	}
	return "a " + KindWord(k)
}

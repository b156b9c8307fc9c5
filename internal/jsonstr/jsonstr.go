package jsonstr

import "unicode/utf8"

// safe marks the ASCII bytes written as they are: all but the control
// characters, '"' and '\\'. htmlSafe also excludes '<', '>' and '&'.
var safe, htmlSafe = func() (s, h [utf8.RuneSelf]bool) {
	for c := byte(' '); c < utf8.RuneSelf; c++ {
		s[c] = c != '"' && c != '\\'
		h[c] = s[c] && c != '<' && c != '>' && c != '&'
	}
	return s, h
}()

const hex = "0123456789abcdef"

// Append appends s to dst as a JSON string, escaped as encoding/json
// escapes it, '<', '>' and '&' included when html is set.
func Append[S ~[]byte | ~string](dst []byte, s S, html bool) []byte {
	table := &safe
	if html {
		table = &htmlSafe
	}
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if table[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := decodeRune(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// Plain reports whether Append would write b between quotes unchanged, in
// either mode: only ASCII bytes that need no escape, and none of '<', '>'
// and '&'.
func Plain(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf || !htmlSafe[c] {
			return false
		}
	}
	return true
}

// decodeRune decodes the first rune of s without converting s to a
// string, which for a []byte would allocate.
func decodeRune[S ~[]byte | ~string](s S) (rune, int) {
	var buf [utf8.UTFMax]byte
	n := copy(buf[:], s)
	return utf8.DecodeRune(buf[:n])
}

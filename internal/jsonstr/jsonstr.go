package jsonstr

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unicode/utf8"
)

// safe marks the ASCII bytes written as they are: all but the control
// characters, '"' and '\\'.
var safe = func() (s [utf8.RuneSelf]bool) {
	for c := byte(' '); c < utf8.RuneSelf; c++ {
		s[c] = c != '"' && c != '\\'
	}
	return s
}()

const hex = "0123456789abcdef"

// lsb and msb have the lowest and the highest bit of each byte set.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// Append appends s to dst as a JSON string, escaped as a json.Encoder of
// encoding/json escapes it after SetEscapeHTML(false).
func Append[S ~[]byte | ~string](dst []byte, s S) []byte {
	// Most strings need no escape: they are read and written in one
	// pass, eight bytes at a time, into room made once, rather than
	// checked and then copied. The loop over the words is copyPlain, a
	// small function of its own, so that its state stays in registers;
	// a string with a byte that needs a look goes on in appendLook.
	n := len(dst)
	if cap(dst)-n < len(s)+2 {
		dst = slices.Grow(dst, len(s)+2)
	}
	dst = dst[:n+len(s)+2]
	dst[n] = '"'
	// out is the room for s between the quotes, of s's length; out[:i]
	// holds s[:i] as it is.
	out := dst[n+1 : n+1+len(s)]
	if i := copyPlain(out, s, 0); i < len(s) {
		return appendLook(dst, n, s, i)
	}
	dst[n+len(s)+1] = '"'
	return dst
}

// copyPlain copies into out, of s's length, the bytes of s from i that
// Append writes as they are, up to the first byte that needs a look, and
// returns the index of that byte, or len(s) if there is none. Bytes past
// the index returned may have been copied too.
func copyPlain[S ~[]byte | ~string](out []byte, s S, i int) int {
	out = out[:len(s)]
	for i+8 <= len(s) {
		w := load64(s, i)
		binary.LittleEndian.PutUint64(out[i:i+8], w)
		if m := needsLook(w); m != 0 {
			// The first byte flagged is one that needs a look: only
			// bytes after it can be flagged by a borrow.
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	if i == len(s) {
		return i
	}
	if len(s) >= 8 {
		// The last few bytes, read with those before them, which are
		// written already and need no look.
		j := len(s) - 8
		w := load64(s, j)
		binary.LittleEndian.PutUint64(out[j:j+8], w)
		m := needsLook(w) >> (8 * (i - j))
		if m == 0 {
			return len(s)
		}
		return i + bits.TrailingZeros64(m)>>3
	}
	if i == 0 && len(s) >= 4 {
		// Four to seven bytes: read and written as two words of four
		// that overlap.
		lo, hi := load32(s, 0), load32(s, len(s)-4)
		if needsLook(uint64(lo)|uint64(hi)<<32) == 0 {
			binary.LittleEndian.PutUint32(out[:4], lo)
			binary.LittleEndian.PutUint32(out[len(s)-4:], hi)
			return len(s)
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || !safe[c] {
			break
		}
		out[i] = c
	}
	return i
}

// appendLook finishes Append's work on dst, which holds from n a quote
// and room for s and its closing quote, s[:i] copied: s[i] needs a look.
// The two- and three-byte characters from there that are written as they
// are (valid, not U+2028 or U+2029) are copied, then the ASCII bytes
// after them that need no escape (copyPlain), and so on; anything else
// is escaped, or checked, by appendFrom.
func appendLook[S ~[]byte | ~string](dst []byte, n int, s S, i int) []byte {
	out := dst[n+1 : n+1+len(s)]
	for i < len(s) {
		for {
			c := s[i]
			if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				out[i], out[i+1] = c, s[i+1]
				i += 2
			} else if c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 &&
				(c != 0xE0 || s[i+1] >= 0xA0) && (c != 0xED || s[i+1] < 0xA0) &&
				(c != 0xE2 || s[i+1] != 0x80 || s[i+2]&^1 != 0xA8) {
				out[i], out[i+1], out[i+2] = c, s[i+1], s[i+2]
				i += 3
			} else {
				return appendFrom(dst[:n], s, i)
			}
			if i == len(s) || s[i] < utf8.RuneSelf {
				break
			}
		}
		if i < len(s) {
			i = copyPlain(out, s, i)
		}
	}
	dst[n+len(s)+1] = '"'
	return dst
}

// load64 returns the eight bytes of s from i as a little-endian word.
func load64[S ~[]byte | ~string](s S, i int) uint64 {
	t := s[i : i+8]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}

// load32 returns the four bytes of s from i as a little-endian word.
func load32[S ~[]byte | ~string](s S, i int) uint32 {
	t := s[i : i+4]
	return uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
}

// needsLook has the high bit set in each byte of x that Append must look
// at (a control character, '"', '\\', a byte of a multi-byte character),
// and maybe in bytes after the first such byte; none when Append writes
// the eight bytes as they are.
//
// A byte c is '"' when c^'"' is zero, which subtracting one from it
// turns into 0xFF. The usual test of a zero byte, (y - lsb) &^ y, needs
// no mask here of the bytes whose high bit is set (the &^ y): c^'"' has
// its high bit set only when c has, and x, ORed in, flags those bytes
// anyway. A borrow comes only from a byte that is flagged, so that the
// bytes before the first one flagged are exact.
func needsLook(x uint64) uint64 {
	return ((x - lsb*' ') | x | ((x ^ (lsb * '"')) - lsb) | ((x ^ (lsb * '\\')) - lsb)) & msb
}

// appendFrom appends s as Append does, knowing that s[:i] needs no
// escape.
func appendFrom[S ~[]byte | ~string](dst []byte, s S, i int) []byte {
	dst = append(dst, '"')
	start := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if safe[c] {
				i++
				// Then eight bytes at a time while none needs a look: no
				// control character, '"', '\\' or byte of a multi-byte
				// character.
				for i+8 <= len(s) && needsLook(load64(s, i)) == 0 {
					i += 8
				}
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
		// The valid two- and three-byte characters but U+2028 and
		// U+2029 are written as they are: checked here, without
		// decoding them.
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) {
			c1, c2 := s[i+1], s[i+2]
			if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 &&
				(c != 0xE0 || c1 >= 0xA0) && (c != 0xED || c1 < 0xA0) &&
				(c != 0xE2 || c1 != 0x80 || c2&^1 != 0xA8) {
				i += 3
				continue
			}
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

// Plain reports whether Append would write b between quotes unchanged:
// only ASCII bytes that need no escape.
func Plain(b []byte) bool {
	// Eight bytes at a time, the last few read with those before them.
	if len(b) >= 8 {
		for i := 0; i+8 <= len(b); i += 8 {
			if needsLook(binary.LittleEndian.Uint64(b[i:])) != 0 {
				return false
			}
		}
		return needsLook(binary.LittleEndian.Uint64(b[len(b)-8:])) == 0
	}
	for _, c := range b {
		if c >= utf8.RuneSelf || !safe[c] {
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

package check

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// refString is String as it was written first, one character at a time:
// the reference that the eight-byte steps of String are held to.
func refString(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || unicode.IsControl(r) {
			return false
		}
		i += n
	}
	return true
}

// TestStringSame checks String against refString with each byte value at
// each place of strings of up to 42 bytes, around the edges of its
// eight-byte and sixteen-byte steps.
func TestStringSame(t *testing.T) {
	const base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF"
	for n := 0; n <= len(base); n++ {
		for at := 0; at < n; at++ {
			for c := range 256 {
				b := []byte(base[:n])
				b[at] = byte(c)
				s := string(b)
				assert.Equal(t, refString(s), String(s) == nil, "String(%q)", s)
			}
		}
	}
	// Every lead byte of two (and more) with every second byte, where
	// String reads characters of two bytes by hand.
	for lead := 0xc0; lead < 0x100; lead++ {
		for c := range 256 {
			for _, s := range []string{string([]byte{byte(lead), byte(c)}), "ab" + string([]byte{byte(lead), byte(c)}) + "\u00e9cdefghijklmnop"} {
				assert.Equal(t, refString(s), String(s) == nil, "String(%q)", s)
			}
		}
	}
	// Every lead byte of three with every second and third byte, where
	// String reads characters of three bytes by hand, alone, after
	// ASCII and cut short at the end.
	for lead := 0xe0; lead < 0xf0; lead++ {
		for c := range 256 {
			for d := range 256 {
				b := []byte{byte(lead), byte(c), byte(d)}
				for _, s := range []string{string(b), "abcdefghi" + string(b) + "jk", "abcdefghi" + string(b[:2])} {
					if refString(s) != (String(s) == nil) {
						t.Fatalf("String(%q) accepts: %v, want %v", s, String(s) == nil, refString(s))
					}
				}
			}
		}
	}
	for _, s := range []string{"Москва\tКремль\r\n", "naïve café — “quoted”", "abcdefg\u0085", "abcdefgh\u2028ijklmnop", "abcdefg\xc3"} {
		assert.Equal(t, refString(s), String(s) == nil, "String(%q)", s)
	}
}

// FuzzStringSame checks String against refString on any string.
func FuzzStringSame(f *testing.F) {
	for _, s := range []string{"", "abcdefgh", "abcdefgh\x7f", "abcdefg\x1f", "Москва\tКремль\r\n", "abcdefghi\xff", "L’Accord “de” Paris — 반기문", "abcdefgh\xed\xa0\x80", "abcdefgh\xe0\x9f\xbf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := String(s) == nil, refString(s); got != want {
			t.Fatalf("String(%q) accepts: %v, want %v", s, got, want)
		}
	})
}

// TestStringSkipSame checks String against refString where it skips to
// the first byte that is not printable ASCII: strings of 8 to 20 bytes
// with an allowed control or a character of two bytes at one place and
// each byte value at another, so that a borrow from the one may mark
// bytes after it, in full words and in the last one.
func TestStringSkipSame(t *testing.T) {
	const base = "abcdefghijklmnopqrst"
	for n := 8; n <= len(base); n++ {
		for a := 0; a < n; a++ {
			for _, first := range []string{"\n", "\t", "\u00e9", "\x7f", "\x1f"} {
				for at := 0; at < n; at++ {
					for c := range 256 {
						b := []byte(base[:n])
						b[at] = byte(c)
						b = append(b[:a], append([]byte(first), b[a:]...)...)
						s := string(b)
						if refString(s) != (String(s) == nil) {
							t.Fatalf("String(%q) accepts: %v, want %v", s, String(s) == nil, refString(s))
						}
					}
				}
			}
		}
	}
}

package jsonstr

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fromEncodingJSON returns what a json.Encoder writes for s after
// SetEscapeHTML(false).
func fromEncodingJSON(t testing.TB, s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(s))
	return strings.TrimSuffix(b.String(), "\n")
}

// check compares Append, for s as a string and as bytes, with
// encoding/json, and Plain with what Append does.
func check(t testing.TB, s string) {
	want := fromEncodingJSON(t, s)
	require.Equal(t, want, string(Append(nil, s)), "Append(%q) against encoding/json", s)
	require.Equal(t, "x"+want, string(Append([]byte("x"), []byte(s))), "Append(x, []byte(%q))", s)
	if Plain([]byte(s)) {
		require.Equal(t, `"`+s+`"`, want, "Plain(%q) is true, but encoding/json quotes otherwise", s)
	}
}

func TestAppend(t *testing.T) {
	tests := []string{
		"", "plain", `quote " and \ backslash`, "\b\f\n\r\t\x00\x01\x1f\x7f",
		"<script>&amp;</script>", "é, Кремль, 克里姆林宮, 😀", "\u2028\u2029",
		"\xff", "a\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x80", strings.Repeat("é<\n", 50),
	}
	for c := range 256 {
		tests = append(tests, string([]byte{byte(c)}), "a"+string(rune(c))+"b")
	}
	// Each byte, and U+2028, at each place of a string read eight bytes
	// at a time.
	const long = "abcdefghijklmnopqrstuvwx"
	for i := range len(long) {
		for c := range 256 {
			tests = append(tests, long[:i]+string([]byte{byte(c)})+long[i:])
		}
		tests = append(tests, long[:i]+"\u2028"+long[i:], long[:i]+"é"+long[i:])
	}
	// Every two- and three-byte sequence, valid or not, alone and in
	// text.
	for c0 := 0xC0; c0 < 0xF0; c0++ {
		for c1 := 0x70; c1 < 0xD0; c1++ {
			tests = append(tests, string([]byte{byte(c0), byte(c1)}), "a"+string([]byte{byte(c0), byte(c1)})+"b")
			if c0 >= 0xE0 {
				for _, c2 := range []byte{0x7f, 0x80, 0xA8, 0xA9, 0xAA, 0xBF, 0xC0} {
					tests = append(tests, "a"+string([]byte{byte(c0), byte(c1), c2})+"b", string([]byte{byte(c0), byte(c1), c2}))
				}
			}
		}
	}
	for _, s := range tests {
		check(t, s)
	}
}

// TestAppendRoom checks Append into slices with each amount of room
// past their length, from none to more than the string needs, for
// strings that need no escape (written into that room in place) and
// strings with an escape at each place: the bytes are encoding/json's,
// the slice's own bytes are kept, and no byte past the result is
// TestAppendShortEachPlace puts each byte at each place of strings of
// one to nine bytes, which Append reads byte by byte, as two words of
// four, or as one word and the last word read with those before it.
func TestAppendShortEachPlace(t *testing.T) {
	const text = "abcdefghi"
	for n := 1; n <= len(text); n++ {
		for at := range n {
			for c := range 256 {
				b := []byte(text[:n])
				b[at] = byte(c)
				check(t, string(b))
			}
		}
	}
}

// TestAppendMultiByte puts each kind of multi-byte character (valid ones
// that Append copies as they are, U+2028, and broken sequences that it
// escapes) at each place of strings of each length around a word, alone
// and two or three in a row, so that every character meets the word
// loop, the last word read with those before it, and the short loop.
func TestAppendMultiByte(t *testing.T) {
	chars := []string{"é", "’", "€", "한", "😀", "\u2028", "\u2029", "\xe2\x80", "\xc3", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x80\xa8\xa8"}
	const text = "abcdefghijklmnopqrst"
	for _, c := range chars {
		for _, run := range []string{c, c + c, c + "é" + c, "é" + c + "’"} {
			for n := range len(text) + 1 {
				for at := range n + 1 {
					check(t, text[:at]+run+text[at:n])
				}
			}
		}
	}
}

// TestAppendAfterMultiByte puts a multi-byte character at each place of
// a string and each byte at each place after it: after the character,
// Append goes back to the words from wherever it stands (copyPlain from
// appendLook), and must find there a byte that needs an escape.
func TestAppendAfterMultiByte(t *testing.T) {
	const text = "abcdefghijklmnopqrs"
	for _, c := range []string{"é", "€"} {
		for at := range len(text) + 1 {
			for j := at; j <= len(text); j++ {
				for _, b := range []byte{'"', '\\', '\n', 0x1f, '<', 0x80, 0xff} {
					check(t, text[:at]+c+text[at:j]+string([]byte{b})+text[j:])
				}
			}
		}
	}
}

// written.
func TestAppendRoom(t *testing.T) {
	var tests []string
	const long = "abcdefghijklmnopqrstuvwx"
	for n := range len(long) + 1 {
		tests = append(tests, long[:n])
		for i := range n {
			tests = append(tests, long[:i]+`\`+long[i:n], long[:i]+"é"+long[i:n], long[:i]+"\n"+long[i:n])
		}
	}
	for _, s := range tests {
		want := "ab" + fromEncodingJSON(t, s)
		for room := range len(want) + 4 {
			dst := make([]byte, 2, 2+room)
			copy(dst, "ab")
			full := dst[:cap(dst)]
			for i := 2; i < len(full); i++ {
				full[i] = '#'
			}
			got := Append(dst, s)
			require.Equal(t, want, string(got), "Append(%q) with room %d", s, room)
			if len(got) <= cap(dst) {
				// Written in place: nothing past the result.
				assert.Equal(t, strings.Repeat("#", cap(dst)-len(got)), string(full[len(got):]),
					"Append(%q) with room %d wrote past its result", s, room)
			}
		}
	}
}

func TestPlain(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"urn:uuid:0197a3c2-5c4e-7b1d", true},
		{"2025-06-23T14:05:00+03:00", true},
		{"a&b <c>", true},
		{`a"b`, false},
		{"a\nb", false},
		{"é", false},
	} {
		assert.Equal(t, tc.want, Plain([]byte(tc.s)), "Plain(%q)", tc.s)
	}
}

// TestPlainEachPlace puts each byte at each place of strings of each
// length up to 20, so that it is met by the word loop, the last word
// read with those before it and the short loop, and compares Plain
// with the rule it reads as: ASCII from the space on but '"' and '\\'.
func TestPlainEachPlace(t *testing.T) {
	const text = "abcdefghijklmnopqrst"
	for n := range len(text) + 1 {
		require.True(t, Plain([]byte(text[:n])), "Plain(%q)", text[:n])
		for at := range n {
			for c := range 256 {
				b := []byte(text[:n])
				b[at] = byte(c)
				want := c >= ' ' && c < 0x80 && c != '"' && c != '\\'
				require.Equal(t, want, Plain(b), "Plain(%q)", b)
			}
		}
	}
}

func TestAppendAllocations(t *testing.T) {
	buf := make([]byte, 0, 256)
	s := "Le <Kremlin> & \u2028 \"quoted\"\t\xff"
	n := testing.AllocsPerRun(100, func() { Append(buf, s); Append(buf, []byte(s)) })
	assert.Zero(t, n, "Append allocations")
}

func FuzzAppend(f *testing.F) {
	f.Add("Moscou <&> \u2028")
	f.Add("\xff\x00\"\\")
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}

// BenchmarkAppend writes strings of the kinds a diplo record holds: IDs,
// short names, Cyrillic names, a sentence, a country code, a kind of
// node and a French sentence.
//
//	go test -run='^$' -bench=BenchmarkAppend -count=6 ./internal/jsonstr
func BenchmarkAppend(b *testing.B) {
	for _, tc := range []struct{ name, s string }{
		{"id", "urn:uuid:585a2d66-58f7-5025-90f4-d12cc0d1257c"},
		{"name", "Vladimir Putin"},
		{"cyrillic", "Алексей Лихачёв"},
		{"sentence", "Official visit of Assimi Goïta to the Russian Federation, 22–26 June 2025"},
		{"code", "RU"},
		{"kind", "Person"},
		{"french", "Nos deux pays ont obtenu des résultats concrets dans le domaine de la coopération."},
	} {
		b.Run(tc.name, func(b *testing.B) {
			buf := make([]byte, 0, 256)
			for b.Loop() {
				buf = Append(buf[:0], tc.s)
			}
		})
	}
}

package jsonstr

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// fromEncodingJSON returns what encoding/json writes for s, with or
// without HTML escaping.
func fromEncodingJSON(t testing.TB, s string, html bool) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// check compares Append, for s as a string and as bytes, with
// encoding/json in both modes, and Plain with what Append does.
func check(t testing.TB, s string) {
	for _, html := range []bool{false, true} {
		want := fromEncodingJSON(t, s, html)
		if got := string(Append(nil, s, html)); got != want {
			t.Fatalf("Append(%q, html=%v) = %s, encoding/json writes %s", s, html, got, want)
		}
		if got := string(Append([]byte("x"), []byte(s), html)); got != "x"+want {
			t.Fatalf("Append(x, []byte(%q), html=%v) = %s, want x%s", s, html, got, want)
		}
		if Plain([]byte(s)) && want != `"`+s+`"` {
			t.Fatalf("Plain(%q) is true, but encoding/json writes %s", s, want)
		}
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

func TestPlain(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"urn:uuid:0197a3c2-5c4e-7b1d", true},
		{"2025-06-23T14:05:00+03:00", true},
		{"a&b", false},
		{"a<b", false},
		{`a"b`, false},
		{"a\nb", false},
		{"é", false},
	} {
		if got := Plain([]byte(tc.s)); got != tc.want {
			t.Errorf("Plain(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestAppendAllocations(t *testing.T) {
	buf := make([]byte, 0, 256)
	s := "Le <Kremlin> & \u2028 \"quoted\"\t\xff"
	if n := testing.AllocsPerRun(100, func() { Append(buf, s, true); Append(buf, []byte(s), false) }); n != 0 {
		t.Errorf("Append allocates %v times, want 0", n)
	}
}

func FuzzAppend(f *testing.F) {
	f.Add("Moscou <&> \u2028")
	f.Add("\xff\x00\"\\")
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}

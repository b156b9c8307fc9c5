package codec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wide is a set of limits that real documents do not reach; depth is the
// depth cap of encoding/json.
var wide = ScanLimits{MaxDepth: 10000, MaxString: 1 << 30, MaxArray: 1 << 30, MaxObjects: 1 << 30}

func TestScanValid(t *testing.T) {
	for _, in := range []string{
		`0`, `-0`, `-0.5e+10`, `1E-2`, `123`, `true`, `false`, `null`, `""`, ` "a" `,
		`[]`, `{}`, `[ ]`, `{ }`, `[1,2,[3,{}]]`, `{"a":{"b":[null,true]}}`,
		`"\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r"`, `"é😀"`, "\t\r\n[\n1\n]\n",
		`{"":""}`, `{"a":1,"a":2}`,
	} {
		assert.Nil(t, Scan([]byte(in), wide), "Scan(%q)", in)
		assert.True(t, json.Valid([]byte(in)), "test case %q is not valid JSON", in)
	}
}

func TestScanProblems(t *testing.T) {
	small := ScanLimits{MaxDepth: 3, MaxString: 8, MaxArray: 3, MaxObjects: 4}
	tests := []struct {
		name string
		in   string
		kind ScanKind
		path string
		size int
		key  bool
	}{
		{"empty", ``, ScanSyntax, "", 0, false},
		{"trailing comma", `[1,]`, ScanSyntax, "[1]", 0, false},
		{"trailing object comma", `{"a":1,}`, ScanSyntax, "a", 0, false},
		{"two values", `1 2`, ScanSyntax, "", 0, false},
		{"bad literal", `[tru]`, ScanSyntax, "[0]", 0, false},
		{"leading zero", `01`, ScanSyntax, "", 0, false},
		{"bare dot", `1.`, ScanSyntax, "", 0, false},
		{"bare exponent", `1e`, ScanSyntax, "", 0, false},
		{"control character", "[\"a\x01\"]", ScanSyntax, "[0]", 0, false},
		{"bad escape", `["\x"]`, ScanSyntax, "[0]", 0, false},
		{"short unicode escape", `["\u12"]`, ScanSyntax, "[0]", 0, false},
		{"unterminated string", `["abc`, ScanSyntax, "[0]", 0, false},
		{"unterminated array", `[1`, ScanSyntax, "[0]", 0, false},
		{"missing colon", `{"a" 1}`, ScanSyntax, "a", 0, false},
		{"key not a string", `{1:2}`, ScanSyntax, "", 0, false},
		{"invalid UTF-8", "{\"a\":[\"ok\",\"b\xffc\"]}", ScanUTF8, "a[1]", 0, false},
		{"truncated UTF-8", "[\"\xc3\"]", ScanUTF8, "[0]", 0, false},
		{"surrogate encoded in UTF-8", "[\"\xed\xa0\x80\"]", ScanUTF8, "[0]", 0, false},
		{"invalid UTF-8 in a key", "{\"a\xff\":1}", ScanUTF8, `["a\xff"]`, 0, true},
		{"lone high surrogate", `{"t":"\ud800x"}`, ScanUTF8, "t", 0, false},
		{"high surrogate then escape", `{"t":"\ud800\u0041"}`, ScanUTF8, "t", 0, false},
		{"lone low surrogate", `{"t":"\udc00"}`, ScanUTF8, "t", 0, false},
		{"too deep", `{"a":[[[1]]]}`, ScanDepth, "a[0][0]", 4, false},
		{"long string", `{"a":{"b":"123456789"}}`, ScanString, "a.b", 9, false},
		{"long string measured decoded", `["\u00e9\u00e9\u00e9\u00e9\u00e9"]`, ScanString, "[0]", 10, false},
		{"long string with escapes fits", `["\n\n\n\n\n\n\n\n"]`, 0, "", 0, false},
		{"long key", `{"123456789":1}`, ScanString, "123456789", 9, true},
		{"long key with escape", `{"a b\u00e9defg":1}`, ScanString, `["a bédefg"]`, 9, true},
		{"long number", `[1234567890]`, ScanNumber, "[0]", 10, false},
		{"long array", `{"a":[1,2,3,4]}`, ScanArray, "a[3]", 4, false},
		{"many objects", `[{},{},[{},{},{}]]`, ScanObjects, "[2][2]", 5, false},
		{"long string then invalid UTF-8", "[\"123456789\xff\"]", ScanString, "[0]", 9, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := Scan([]byte(tc.in), small)
			if tc.kind == 0 {
				require.Nil(t, e, "Scan")
				return
			}
			require.NotNil(t, e, "Scan = nil, want kind %d at %q", tc.kind, tc.path)
			assert.Equal(t, tc.kind, e.Kind, "kind (%v)", e)
			assert.Equal(t, tc.path, e.Path, "path (%v)", e)
			assert.Equal(t, tc.key, e.Key, "key (%v)", e)
			if tc.size != 0 {
				assert.Equal(t, tc.size, e.Size, "size")
			}
		})
	}
}

func TestScanDepthAgreesWithEncodingJSON(t *testing.T) {
	for _, depth := range []int{9999, 10000, 10001} {
		doc := []byte(strings.Repeat("[", depth) + strings.Repeat("]", depth))
		e := Scan(doc, wide)
		assert.Equal(t, json.Valid(doc), e == nil, "depth %d: Scan gives %v", depth, e)
		if e != nil {
			assert.Equal(t, ScanDepth, e.Kind, "depth %d: kind", depth)
		}
	}
}

func TestScanLongPathIsCut(t *testing.T) {
	key := strings.Repeat("k", 100)
	doc := strings.Repeat(`{"`+key+`":`, 20) + "1" + strings.Repeat("}", 20)
	e := Scan([]byte(doc), ScanLimits{MaxDepth: 10, MaxString: 1000, MaxArray: 10, MaxObjects: 100})
	require.NotNil(t, e, "Scan")
	require.Equal(t, ScanDepth, e.Kind, "Scan = %v", e)
	assert.LessOrEqual(t, len(e.Path), MaxPath+len("..."), "path: %s", e.Path)
	assert.Contains(t, e.Path, "...", "the path is not cut")
	assert.True(t, strings.HasPrefix(e.Path, strings.Repeat("k", 64)+"..."), "member names are not cut to 64 bytes: %s", e.Path[:min(80, len(e.Path))])
}

// TestScanAllocations checks that a valid document costs one allocation
// (the stack) whatever its size.
func TestScanAllocations(t *testing.T) {
	doc := []byte(`{"events":[` + strings.Repeat(`{"id":"urn:x:1","name":{"fr":"Sommet \u00e9t\u00e9 😀"},"n":[1,2.5e3,-0,true,null]},`, 1000) + `{}]}`)
	require.Nil(t, Scan(doc, wide))
	n := testing.AllocsPerRun(20, func() { Scan(doc, wide) })
	assert.LessOrEqual(t, n, 1.0, "allocations per scan")
}

// surrogateEscape reports whether s holds a \u escape of a UTF-16
// surrogate, which encoding/json accepts and Scan may reject.
func surrogateEscape(s []byte) bool {
	for i := 0; i+5 < len(s); i++ {
		if s[i] == '\\' && s[i+1] == 'u' && (s[i+2] == 'd' || s[i+2] == 'D') && bytes.IndexByte([]byte("89abcdefABCDEF"), s[i+3]) >= 0 {
			return true
		}
	}
	return false
}

// FuzzScan checks Scan against json.Valid: what Scan accepts is valid
// JSON, and valid JSON that Scan rejects is rejected for invalid UTF-8, a
// surrogate escape or a number float64 does not hold, never for its
// syntax. A path is never longer than
// MaxPath plus the mark of a cut.
func FuzzScan(f *testing.F) {
	for _, s := range []string{`{"a":[1,"b",{"c":null}]}`, `[1,]`, "[\"\xff\"]", `"\ud800"`, `"\ud83d\ude00"`,
		`{"a":1,"a":2}`, `-0.5e-3`, `[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]`, `{"k\u00e9y":"v"}`, ``, ` `, `nul`, `[1e1000001]`, `{"a":1e-400}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		e := Scan(data, wide)
		valid := json.Valid(data)
		switch {
		case e == nil && !valid:
			t.Fatalf("Scan accepts what json.Valid rejects: %q", data)
		case e != nil && valid && e.Kind != ScanUTF8 && e.Kind != ScanFloat:
			t.Fatalf("Scan rejects valid JSON: kind %d: %v", e.Kind, e)
		case e != nil && valid && e.Kind == ScanUTF8 && utf8.Valid(data) && !surrogateEscape(data):
			t.Fatalf("Scan rejects valid UTF-8 JSON: %v", e)
		}
		if e != nil && len(e.Path) > MaxPath+3 {
			t.Fatalf("path of %d bytes", len(e.Path))
		}
		small := Scan(data, ScanLimits{MaxDepth: 2, MaxString: 3, MaxArray: 2, MaxObjects: 2})
		if e != nil && small == nil {
			t.Fatalf("tighter limits accept what wide limits reject: %v", e)
		}
	})
}

func BenchmarkScan(b *testing.B) {
	doc := []byte(`{"events":[` + strings.Repeat(`{"id":"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21","type":"Event","kind":"official-visit","name":{"fr":"Visite officielle à Moscou","en-t-fr":"Official visit to Moscow"},"startDate":"2025-06-22","participants":[{"actor":"urn:x:1","role":"host"},{"actor":"urn:x:2","role":"guest"}]},`, 1000) + `{}]}`)
	b.Run("jsonscan", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			if e := Scan(doc, wide); e != nil {
				b.Fatal(e)
			}
		}
	})
	b.Run("json.Valid", func(b *testing.B) {
		b.SetBytes(int64(len(doc)))
		b.ReportAllocs()
		for b.Loop() {
			if !json.Valid(doc) {
				b.Fatal("invalid")
			}
		}
	})
}

func TestScanLists(t *testing.T) {
	doc := `{"events":[{},{},{"parts":[1,2,3,4]}],"a b":[1],"empty":[],"nested":{"x":[1,2]},"s":"[1,2]","ev\u0065nts":[[],[]]}`
	var got []string
	require.Nil(t, ScanLists([]byte(doc), wide, func(key []byte, n int) { got = append(got, fmt.Sprintf("%s:%d", key, n)) }))
	assert.Equal(t, []string{"events:3", "a b:1", `ev\u0065nts:2`}, got, "lists")
	got = nil
	assert.Nil(t, ScanLists([]byte(`[[1,2],[3]]`), wide, func(key []byte, n int) { got = append(got, string(key)) }), "lists of a top-level array")
	assert.Nil(t, got, "lists of a top-level array")
}

// TestPlainEnd checks plainEnd, which reads eight bytes at a time,
// against a byte at a time: every byte value at every place of a run
// of plain bytes, and runs of every length.
func TestPlainEnd(t *testing.T) {
	slow := func(data []byte, i int) int {
		for i < len(data) && plainByte[data[i]] {
			i++
		}
		return i
	}
	for n := 0; n <= 20; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				data := []byte(strings.Repeat("a", n))
				data[at] = byte(c)
				for i := 0; i <= min(n, 3); i++ {
					if got, want := plainEnd(data, i), slow(data, i); got != want {
						t.Fatalf("plainEnd(%q, %d) = %d, want %d", data, i, got, want)
					}
				}
			}
		}
	}
}

// TestQuoteEnd checks quoteEnd, which reads eight bytes at a time,
// against a byte at a time, as TestPlainEnd does plainEnd.
func TestQuoteEnd(t *testing.T) {
	slow := func(data []byte, i int) int {
		for i < len(data) && data[i] != '"' && data[i] != '\\' {
			i++
		}
		return i
	}
	for n := 0; n <= 20; n++ {
		for at := 0; at < n; at++ {
			for c := 0; c < 256; c++ {
				data := []byte(strings.Repeat("\xe9", n))
				data[at] = byte(c)
				for i := 0; i <= min(n, 3); i++ {
					if got, want := quoteEnd(data, i), slow(data, i); got != want {
						t.Fatalf("quoteEnd(%q, %d) = %d, want %d", data, i, got, want)
					}
				}
			}
		}
	}
}

// TestScanStringProblems checks the whole problem that Scan reports in a
// string whose first bytes are plain and whose rest is not (bytes from
// 0x80, escapes, a bad byte): the kind, place, size and detail are those
// of a string read from its start.
func TestScanStringProblems(t *testing.T) {
	small := ScanLimits{MaxDepth: 3, MaxString: 8, MaxArray: 3, MaxObjects: 4}
	tests := []struct {
		name string
		in   string
		want *ScanError
	}{
		{"two-byte letters, too long", `["abcééé"]`, &ScanError{Kind: ScanString, Path: "[0]", Offset: 1, Size: 9, Max: 8}},
		{"two-byte letters fit", `["abéé", "ééé"]`, nil},
		{"three and four bytes fit", `["a€😀"]`, nil},
		{"two-byte letters then a bad byte", "[\"abéé\xffc\"]", &ScanError{Kind: ScanUTF8, Path: "[0]", Offset: 8, Detail: "invalid UTF-8 in string"}},
		{"a lead byte then no continuation", "[\"abé\xc3x\"]", &ScanError{Kind: ScanUTF8, Path: "[0]", Offset: 6, Detail: "invalid UTF-8 in string"}},
		{"an overlong letter", "[\"ab\xc1\xbf\"]", &ScanError{Kind: ScanUTF8, Path: "[0]", Offset: 4, Detail: "invalid UTF-8 in string"}},
		{"a lead byte at the end", "[\"abé\xc3", &ScanError{Kind: ScanUTF8, Path: "[0]", Offset: 6, Detail: "invalid UTF-8 in string"}},
		{"two-byte letters at the end", `["abéé`, &ScanError{Kind: ScanSyntax, Path: "[0]", Offset: 8, Detail: "unexpected end of JSON input"}},
		{"too long, then a bad byte", "[\"abcdéééé\xff\"]", &ScanError{Kind: ScanString, Path: "[0]", Offset: 1, Size: 12, AtLeast: true, Max: 8}},
		{"too long, then an escape", `["abcdefgh\u00e9"]`, &ScanError{Kind: ScanString, Path: "[0]", Offset: 1, Size: 10, Max: 8}},
		{"a key of two-byte letters, then a control byte", "{\"abé\x01\":1}", &ScanError{Kind: ScanSyntax, Path: "[\"abé\\x01\"]", Offset: 6, Key: true, Detail: "invalid character '\\x01' in string literal"}},
		{"a key too long", `{"abcdééé":1}`, &ScanError{Kind: ScanString, Path: "[\"abcdééé\"]", Offset: 1, Key: true, Size: 10, Max: 8}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, Scan([]byte(tc.in), small))
		})
	}
}

// TestWordSearchesMixed checks plainEnd, quoteEnd and quoteEndHigh, which
// read eight bytes at a time, against a byte at a time on runs mixing
// the bytes at the edges of what they look for, where a borrow from one
// byte could mark the next: every pair of such bytes at every pair of
// places in sixteen bytes.
func TestWordSearchesMixed(t *testing.T) {
	edges := []byte{0x00, 0x01, 0x02, 0x1F, 0x20, 0x21, '"', 0x23, 0x5B, '\\', 0x5D, 0x5E, 0x7F, 0x80, 0x81, 0xA2, 0xDC, 0xFF, 'a'}
	plainSlow := func(data []byte, i int) int {
		for i < len(data) && plainByte[data[i]] {
			i++
		}
		return i
	}
	quoteSlow := func(data []byte, i int) (int, bool) {
		high := false
		for i < len(data) && data[i] != '"' && data[i] != '\\' {
			high = high || data[i] >= 0x80
			i++
		}
		return i, high
	}
	const n = 16
	for a := range n {
		for b := a; b < n; b++ {
			for _, ca := range edges {
				for _, cb := range edges {
					data := bytes.Repeat([]byte{'a'}, n)
					data[a], data[b] = ca, cb
					require.Equal(t, plainSlow(data, 0), plainEnd(data, 0), "plainEnd(%q)", data)
					want, high := quoteSlow(data, 0)
					require.Equal(t, want, quoteEnd(data, 0), "quoteEnd(%q)", data)
					got, gotHigh := quoteEndHigh(data, 0)
					require.Equal(t, want, got, "quoteEndHigh(%q)", data)
					require.Equal(t, high, gotHigh, "quoteEndHigh(%q)", data)
				}
			}
		}
	}
}

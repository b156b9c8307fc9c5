package iri

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sameSeeds are strings that reach each branch of the rule: every ASCII
// character in every part, escapes cut short, hosts, ports and the
// characters of other scripts and planes.
func sameSeeds() []string {
	seeds := []string{
		"", "x", ":", ":x", "urn:", "urn:x", "URN:X", "Https://A", "hTTp://a", "httpx://a", "htt:p", "https:x",
		"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", "https://w3id.org/diplo/id/state/RU",
		"https://example.org/a%20b/c?x=1&y=%C3%A9#frag", "mailto:a@example.org",
		"https://user:pw@example.org:8080/p", "https://user@name@example.org/", "http://[::1", "http://[::1]",
		"http://[vF.a:b]/", "foo://[::1]x", "foo://", "foo:/x", "http://", "https:", "a b:c", "urn:a%", "urn:a%4",
		"urn:a%4g", "urn:a%41", "urn:a?b\U000F0000", "urn:a\U000F0000", "urn:a#b?c/d:e@f", "urn:a#b#c",
		"http://a:80x/", "http://a:/", "http://a@/", "http://@a/", "http://a?b", "http://a#b", "urn:\xff",
		"urn:abc\u202e", "urn:abcd\u00a0e", "urn:abcdefgh\x7f", "wikidata:Q1", "SCHEMA:x", "https://schema.org/x",
		"https://W3ID.org/diplo/vocab#x", "http://purl.org/dc/terms/x", "diplox:y", "a+b-c.d:e",
	}
	// Each byte value at each place of the IDs that take check's quick
	// way (simple, simpleAuthority), and of shorter ones.
	for _, id := range []string{
		"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", "https://w3id.org/diplo/id/state/RU",
		"https://w3id.org/diplo/vocab/x", "https://Schema.org/Person", "https://purl.org/dc/terms/",
		"https://w3id.org/diplo/id/a", "https://w3id.org/diplo/id/unts/12345678", "https://w3id.org/diplo/id/",
		"foo://ab:/c", "https://a.b", "urn:uuid:x", "urn:uuid:0123456", "urn:uuid:01234567", "urn:abcdefgh", "urn:a", "x://a/b//c:d",
	} {
		for at := range len(id) {
			for c := range 256 {
				b := []byte(id)
				b[at] = byte(c)
				seeds = append(seeds, string(b))
			}
		}
	}
	for c := range 256 {
		for _, pre := range []string{"urn:", "urn:abcd", "urn:a?", "urn:abcdefg?x", "urn:a#", "http://", "http://abcde", "http://u", "foo://a@"} {
			seeds = append(seeds, pre+string(rune(c))+"z", pre+string([]byte{byte(c)})+"zzzz/")
		}
	}
	return seeds
}

// TestCheckSame checks that Check and CheckID give what the rule as it
// was first written gives, error for error, on strings that reach each of
// its branches.
func TestCheckSame(t *testing.T) {
	for _, s := range sameSeeds() {
		assert.Equal(t, refCheck(s), Check(s), "Check(%q)", s)
		assert.Equal(t, refCheckID(s), CheckID(s), "CheckID(%q)", s)
	}
}

// FuzzCheckSame checks what TestCheckSame checks on any string.
func FuzzCheckSame(f *testing.F) {
	for _, s := range sameSeeds()[:60] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Check(s), refCheck(s); !assert.Equal(t, want, got, "Check(%q)", s) {
			return
		}
		assert.Equal(t, refCheckID(s), CheckID(s), "CheckID(%q)", s)
	})
}

// TestEqualFoldASCII checks equalFoldASCII against strings.EqualFold on
// each vocabulary, with one byte changed to each value, and on the
// characters that fold to ASCII letters from outside ASCII.
func TestEqualFoldASCII(t *testing.T) {
	for _, v := range Vocabularies {
		for at := range len(v) {
			for c := range 256 {
				b := []byte(v)
				b[at] = byte(c)
				assert.Equal(t, strings.EqualFold(string(b), v), equalFoldASCII(string(b), v), "%q", b)
			}
		}
		for _, odd := range []string{"\u212a", "\u017f", "\u0130", "\u0131"} {
			if len(v) > len(odd) {
				a := odd + v[len(odd):]
				assert.Equal(t, strings.EqualFold(a, v), equalFoldASCII(a, v), "%q", a)
			}
		}
	}
}

// TestSimple checks simple, which tests eight bytes at a time by
// arithmetic, against a test of one byte at a time, with each byte value
// at each place of strings of 1 to 80 bytes: short strings, those of up
// to 40 bytes tested at once, and longer ones tested 32 bytes at a time.
func TestSimple(t *testing.T) {
	isSimple := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-./:", c) >= 0
	}
	base := strings.Repeat("abcdefghijklmnopqrstuvwxyz0123456789-./:", 2)
	for n := 1; n <= len(base); n++ {
		require.True(t, simple(base[:n]), "%q", base[:n])
		for at := range n {
			for c := range 256 {
				b := []byte(base[:n])
				b[at] = byte(c)
				if got := simple(string(b)); got != isSimple(byte(c)) {
					t.Fatalf("simple(%q) = %v, want %v", b, got, isSimple(byte(c)))
				}
			}
		}
	}
	assert.True(t, simple(""))
}

// TestFoldsTo checks foldsTo, byte for byte, against equalFoldASCII,
// which TestEqualFoldASCII holds to strings.EqualFold.
func TestFoldsTo(t *testing.T) {
	for x := range 256 {
		for y := range 128 {
			assert.Equal(t, equalFoldASCII(string([]byte{byte(x)}), string([]byte{byte(y)})), foldsTo(byte(x), byte(y)), "%#x %#x", x, y)
		}
	}
}

// TestIsDiploID checks isDiploID, which compares its prefix in parts,
// against the prefix whole: every byte value at every place.
func TestIsDiploID(t *testing.T) {
	id := diploIDs + "state/FR"
	for at := range len(diploIDs) {
		for c := range 256 {
			b := []byte(id)
			b[at] = byte(c)
			assert.Equal(t, strings.HasPrefix(string(b), diploIDs), isDiploID(string(b)), "%q", b)
		}
	}
}

// TestIsPlainUUIDURN checks that every string IsPlainUUIDURN accepts is
// an ID by the rule as first written, on the seeds of TestCheckSame, and
// that it accepts the IDs the library makes.
func TestIsPlainUUIDURN(t *testing.T) {
	n := 0
	for _, s := range sameSeeds() {
		if IsPlainUUIDURN(s) {
			n++
			assert.NoError(t, refCheckID(s), "%q", s)
		}
	}
	assert.Positive(t, n)
	assert.True(t, IsPlainUUIDURN("urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21"))
	for _, s := range []string{"", "urn:uuid:", "urn:uuid", "URN:uuid:x", "urn:uuid:a b", "urn:uuid:\u00e9"} {
		assert.False(t, IsPlainUUIDURN(s), "%q", s)
	}
}

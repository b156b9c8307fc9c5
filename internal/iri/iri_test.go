package iri

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/runenames"
)

// TestNames checks the short table of names against the Unicode names of
// golang.org/x/text (too large to link into the library itself).
func TestNames(t *testing.T) {
	for r, name := range names {
		if r < 0x20 || r == 0x7f {
			continue // runenames gives "<control>"
		}
		assert.Equal(t, runenames.Name(r), name, "U+%04X", r)
	}
	for _, r := range []rune{0xFE00, 0xFE0F, 0xE0100, 0xE01EF} {
		assert.Equal(t, fmt.Sprintf("U+%04X %s", r, runenames.Name(r)), Describe(r))
	}
}

// TestSpoofingCharacters checks every character the rule
// names: the bidirectional controls, format characters, default
// ignorables and white space, and a sample of what it lets through.
func TestSpoofingCharacters(t *testing.T) {
	refused := []rune{0x061C, 0x200E, 0x200F, 0x00AD, 0xFEFF, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180E, 0x00A0, 0x3000, 0x2028, 0x0085}
	for r := rune(0x202A); r <= 0x202E; r++ {
		refused = append(refused, r)
	}
	for r := rune(0x2066); r <= 0x2069; r++ {
		refused = append(refused, r)
	}
	for r := rune(0x200B); r <= 0x200D; r++ {
		refused = append(refused, r)
	}
	for r := rune(0x2060); r <= 0x2064; r++ {
		refused = append(refused, r)
	}
	for r := rune(0xE0000); r <= 0xE007F; r++ {
		if unicode.Is(unicode.Cf, r) {
			refused = append(refused, r)
		}
	}
	for r := rune(0xFE00); r <= 0xFE0F; r++ {
		refused = append(refused, r)
	}
	for _, r := range refused {
		assert.NotEmpty(t, Spoofing(r), "U+%04X", r)
		err := Check("urn:x:" + string(r))
		require.Error(t, err, "U+%04X", r)
		var e *Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, 6, e.Offset, "U+%04X", r)
		assert.Equal(t, r, e.Rune, "U+%04X", r)
		assert.Error(t, CheckText("a"+string(r)), "U+%04X", r)
	}
	// Every Cf character of Unicode.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Cf, r) {
			assert.NotEmpty(t, Spoofing(r), "U+%04X", r)
		}
	}
	for _, r := range []rune{'a', 'é', 'ß', 'я', '日', 'ü', '😀', 'ا'} {
		assert.Empty(t, Spoofing(r), "U+%04X", r)
		assert.NoError(t, Check("urn:x:"+string(r)), "U+%04X", r)
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		s      string
		offset int // -1: accepted
	}{
		{"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", -1},
		{"https://example.org/a%20b/c?x=1&y=%C3%A9#frag", -1},
		{"mailto:a@example.org", -1},
		{"https://user:pw@example.org:8080/p", -1},
		{"https://user@name@example.org/", 17},
		{"http://[::1", 7},
		{"http://[::1]", -1},
		{"http://[::ffff:1.2.3.4]/", -1},
		{"http://[vF.a:b]/", -1},
		{"http://[v.a]/", 7},
		{"http://[vg.a]/", 7},
		{"foo://[::1]x", 11},
		{"foo://", -1},
		{"foo:/x", -1},
		{"http://", 7},
		{"https:", 6},
		{"x", 0},
		{":x", 0},
		{"a b:c", 0},
		{"urn:a b", 5},
		{"urn:a<b", 5},
		{"urn:a\\b", 5},
		{"urn:a^b", 5},
		{"urn:a`b", 5},
		{"urn:a{b", 5},
		{"urn:a|b", 5},
		{"urn:a\"b", 5},
		{"urn:a%", 5},
		{"urn:a%4g", 5},
		{"urn:a\x00", 5},
		{"urn:a\u0085", 5},
		{"urn:a?b\U000F0000", -1},
		{"urn:a\U000F0000", 5},
		{"urn:a\U0001FFFE", 5},
		{"urn:a\uFDD0", 5},
		{"urn:a#b?c/d:e@f", -1},
	}
	for _, tc := range tests {
		t.Run(tc.s, func(t *testing.T) {
			err := Check(tc.s)
			if tc.offset < 0 {
				assert.NoError(t, err)
				return
			}
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tc.offset, e.Offset, "%v", err)
		})
	}
}

func TestCheckID(t *testing.T) {
	for p := range Prefixes {
		assert.LessOrEqual(t, len(p), maxPrefix, p)
		assert.Error(t, CheckID(p+":x"), p)
		assert.Error(t, CheckID(strings.ToUpper(p)+":x"), p)
		assert.NoError(t, CheckID(p+"x:x"), p)
	}
	for _, v := range Vocabularies {
		assert.Error(t, CheckID("http://"+v+"x"), v)
		assert.Error(t, CheckID("https://"+strings.ToUpper(v)+"x"), v)
		assert.NoError(t, Check("http://"+v+"x"), v)
	}
	assert.NoError(t, CheckID("urn:x"))
	assert.Error(t, CheckID("urn:x\u202E"))
}

// FuzzCheck checks that Check never panics, that its errors point inside
// the string, and that what it accepts has no spoofing character.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"urn:x", "http://[::1", "https://a@b:1/p?q#f", "urn:\u202E", "schema:Person", "http://[v1.x]/", "urn:%zz", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := Check(s)
		idErr := CheckID(s)
		if err != nil {
			require.Error(t, idErr)
			var e *Error
			require.ErrorAs(t, err, &e)
			if e.Offset < 0 || e.Offset > len(s) {
				t.Fatalf("%q: offset %d", s, e.Offset)
			}
			return
		}
		require.NoError(t, CheckText(s[strings.IndexByte(s, ':'):]))
		if idErr == nil {
			scheme, _, _ := strings.Cut(s, ":")
			for p := range Prefixes {
				require.False(t, strings.EqualFold(scheme, p), s)
			}
		}
	})
}

func TestUnreserved(t *testing.T) {
	for _, s := range []string{"Q7747", "ML", "I-54113", "a.b_c~d"} {
		assert.True(t, Unreserved(s), s)
		for _, ns := range Prefixes {
			assert.NoError(t, Check(ns+s), ns+s)
		}
	}
	for _, s := range []string{"", "a b", "a/b", "a%41", "é", "a\u202e"} {
		assert.False(t, Unreserved(s), s)
	}
}

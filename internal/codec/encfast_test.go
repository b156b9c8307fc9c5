package codec

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// langMap is a language map registered as diplo's Text is.
type langMap map[language.Tag]string

func init() {
	RegisterLanguageMap(reflect.TypeFor[langMap](), func(v reflect.Value) map[language.Tag]string {
		m, _ := reflect.TypeAssert[langMap](v)
		return m
	})
}

// fastMembers has a member of each kind that the struct encoder writes
// itself, with each option.
type fastMembers struct {
	S       string
	SEmpty  string   `json:",omitempty"`
	SZero   string   `json:",omitzero"`
	L       []string `json:"l"`
	LEmpty  []string `json:",omitempty"`
	LZero   []string `json:",omitzero"`
	T       langMap
	TEmpty  langMap `json:",omitempty"`
	TZero   langMap `json:",omitzero"`
	Z       zeroStr `json:",omitzero"`
	Escaped string  `json:"a<b\u2028"`
}

// zeroStr is a string whose IsZero omitzero calls.
type zeroStr string

func (z zeroStr) IsZero() bool { return z == "zero" }

// TestStructFastMembers checks the members the struct encoder writes
// itself (strings, slices of strings, language maps) against
// encoding/json, with each option, empty and not, and language maps of
// each size from 0 to 12 made by insertions and deletions, so that both
// the Texts sorted in place and the larger ones are written.
func TestStructFastMembers(t *testing.T) {
	tags := []language.Tag{
		language.English, language.French, language.Russian, language.MustParse("en-t-fr"),
		language.Arabic, language.MustParse("sr-Latn"), language.Chinese, language.MustParse("x-klingon"),
		language.Spanish, language.MustParse("de-CH-1996"), language.Japanese, language.MustParse("und"),
		language.MustParse("en-u-rg-gbzzzz"), language.MustParse("en-GB"),
	}
	values := []string{"Moscou", "Москва", "a\"b<&>\u2028", "", "\xff", "x"}
	for n := range 13 {
		for extra := range 3 {
			m := langMap{}
			for i := range n + extra {
				m[tags[(i*5+extra)%len(tags)]] = values[i%len(values)]
			}
			for k := range m {
				if len(m) <= n {
					break
				}
				delete(m, k)
			}
			for _, v := range []*fastMembers{
				{T: m, TEmpty: m, TZero: m},
				{S: "a", SEmpty: "b", SZero: "c", L: []string{"x", "\n"}, LEmpty: []string{}, LZero: []string{}, T: m, Z: "zero", Escaped: "é"},
				{L: []string{}, LEmpty: nil, LZero: nil, TEmpty: langMap{}, TZero: langMap{}, Z: "z"},
			} {
				got, err := Marshal(v)
				require.NoError(t, err)
				want, err := v1Encode(v)
				require.NoError(t, err)
				assert.Equal(t, string(want), string(got), "%d entries (%d more, then deleted)", n, extra)
			}
		}
	}
}

// FuzzStructFastMembers compares the members the struct encoder writes
// itself, reached through a pointer, with encoding/json, on strings and
// language tags from the fuzzer: a language map of up to ten entries
// (their tags parsed from tags, split at ';') whose values are s cut at
// each entry.
func FuzzStructFastMembers(f *testing.F) {
	f.Add("Moscou", "fr;en;ru")
	f.Add("<&>\u2028\xff\"\\", "en-t-fr;x-a;und;sr-Latn;de-CH-1996")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, tags string) {
		m := langMap{}
		for i, tag := range strings.Split(tags, ";") {
			if i == 10 {
				break
			}
			if lt, err := language.Parse(tag); err == nil {
				m[lt] = s[:min(len(s), i*3)]
			}
		}
		v := &fastMembers{S: s, SEmpty: s, SZero: s, L: []string{s, s}, LEmpty: strings.Fields(s), T: m, TEmpty: m, Z: zeroStr(s), Escaped: s}
		got, err := Marshal(v)
		require.NoError(t, err)
		want, err := v1Encode(v)
		require.NoError(t, err)
		if string(got) != string(want) {
			t.Fatalf("Marshal wrote %s; encoding/json wrote %s", got, want)
		}
	})
}

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

// TestTextKeySets writes, with one encoder, a sequence of language maps
// whose tags are those of an earlier map of their size, some of them,
// or none, in each insertion order, compact and indented, and compares
// each with encoding/json: a map is written from the tags of an earlier
// one only when they are all of its keys.
func TestTextKeySets(t *testing.T) {
	en, fr, ru, enFr := language.English, language.French, language.Russian, language.MustParse("en-t-fr")
	de, x := language.German, language.MustParse("x-klingon")
	mk := func(tags ...language.Tag) langMap {
		m := langMap{}
		for i, tag := range tags {
			m[tag] = "v" + tag.String() + strings.Repeat("é", i)
		}
		return m
	}
	deleted := mk(en, fr, ru, de)
	delete(deleted, ru)
	delete(deleted, de)
	seq := []langMap{
		mk(en, fr), mk(fr, en), mk(en, ru), mk(en, fr), mk(fr, ru), mk(ru, en), mk(enFr, fr), mk(en, fr),
		mk(fr), mk(ru), mk(fr), mk(x), mk(x), mk(enFr), mk(fr),
		mk(en, fr, ru), mk(enFr, fr, ru), mk(ru, fr, en), mk(en, fr, de), mk(en, fr, ru), mk(x, en, fr),
		mk(en, fr, ru, de), mk(de, ru, fr, en), deleted, mk(fr, en), {}, nil, mk(de, x), mk(x, de),
	}
	for _, indent := range []bool{false, true} {
		e := new(encState)
		for i, m := range seq {
			e.buf = e.buf[:0]
			if indent {
				e.startIndent(">", "\t")
			} else {
				e.ind = indentState{}
			}
			require.NoError(t, e.textMap(m))
			want, err := v1Encode(m)
			require.NoError(t, err)
			if indent {
				want = AppendIndent(nil, want, ">", "\t")
			}
			assert.Equal(t, string(want), string(e.buf), "map %d of the sequence, indented %v", i, indent)
		}
	}
}

// TestMemberNamesInLittleRoom encodes a struct whose member names are
// shorter and longer than 16 bytes, written by two stores when there is
// room, into slices with each amount of room past their length: the
// bytes are encoding/json's and the slice's own bytes are kept.
func TestMemberNamesInLittleRoom(t *testing.T) {
	type names struct {
		A      string
		Medium string `json:"medium_name"`
		Long   string `json:"a_member_name_of_thirty_bytes_"`
		T      langMap
		B      []string
		Last   string `json:"z"`
	}
	v := &names{A: "a", Medium: "m", Long: "l", T: langMap{language.French: "fr", language.MustParse("en-t-fr"): "en"}, B: []string{"b"}, Last: ""}
	want, err := v1Encode(v)
	require.NoError(t, err)
	for room := range len(want) + 20 {
		dst := make([]byte, 3, 3+room)
		copy(dst, "abc")
		got, err := AppendJSON(dst, v)
		require.NoError(t, err)
		assert.Equal(t, "abc"+string(want), string(got), "room %d", room)
	}
}

// TestAppendJSONLeavesSpareCapacity checks AppendJSON's promise, that of
// append: the bytes of b's capacity past what it returns are left as they
// were, whatever room there is. The encoder stores a short member name or
// Text key a word at a time, past its end, only in buffers of its own.
func TestAppendJSONLeavesSpareCapacity(t *testing.T) {
	type inner struct {
		A string  `json:"a"`
		T langMap `json:"t"`
	}
	type short struct {
		A string  `json:"a"`
		B int     `json:"b"`
		I []inner `json:"i"`
		C int     `json:"c"`
	}
	vals := []any{
		&short{A: "x", B: 1, C: 2},
		&short{I: []inner{{A: "y", T: langMap{language.English: "e"}}, {T: langMap{language.French: "f", language.English: "e"}}}},
		&inner{T: langMap{language.English: "e"}},
	}
	for _, v := range vals {
		want, err := Marshal(v)
		require.NoError(t, err)
		for room := range 40 {
			for _, prefix := range []int{0, 3} {
				buf := make([]byte, prefix+len(want)+room)
				for i := range buf {
					buf[i] = 0xAA
				}
				out, err := AppendJSON(buf[:prefix], v)
				require.NoError(t, err)
				assert.Equal(t, string(want), string(out[prefix:]))
				require.Len(t, out, prefix+len(want))
				for i, c := range buf[len(out):] {
					if !assert.Equal(t, byte(0xAA), c, "%s, room %d, prefix %d: byte %d past the output", want, room, prefix, i) {
						break
					}
				}
			}
		}
	}
}

// omitMembers has members written through their own encoders with each
// of omitempty and omitzero, of the kinds whose tests the struct encoder
// makes in place (slices, strings with methods, pointers) and of others;
// the first ones can be left out, so that any of them is the first
// member written, and some names are longer than 16 bytes.
type omitMembers struct {
	PtrEmpty        *int           `json:",omitempty"`
	PtrZero         *int           `json:",omitzero"`
	PtrBoth         *int           `json:",omitempty,omitzero"`
	ZeroerPtrZero   *zeroerPtr     `json:",omitzero"`
	SliceEmpty      []int          `json:",omitempty"`
	SliceZero       []int          `json:",omitzero"`
	TextEmpty       textStr        `json:",omitempty"`
	TextZero        textStr        `json:",omitzero"`
	IntEmpty        int            `json:",omitempty"`
	MapEmpty        map[string]int `json:",omitempty"`
	InnerEmpty      omitInner      `json:",omitempty"`
	InnerZero       omitInner      `json:",omitzero"`
	ALongMemberName *int           `json:"a_member_name_longer_than_sixteen,omitempty"`
	Last            int
}

type omitInner struct{ A int }

// zeroerPtr has an IsZero method on its pointer.
type zeroerPtr struct{ N int }

func (z *zeroerPtr) IsZero() bool { return z.N == 0 }

// textStr is a string written through its AppendText method.
type textStr string

func (s textStr) AppendText(b []byte) ([]byte, error) { return append(b, "t:"+s...), nil }
func (s textStr) MarshalText() ([]byte, error)        { return s.AppendText(nil) }

// TestStructOmitTests checks the struct encoder's tests of omitempty and
// omitzero for members written through their own encoders against
// encoding/json, on each member empty and not, first and not, through
// Marshal, AppendJSON and MarshalIndent.
func TestStructOmitTests(t *testing.T) {
	zero, one := 0, 1
	full := omitMembers{
		PtrEmpty: &zero, PtrZero: &zero, PtrBoth: &one, ZeroerPtrZero: &zeroerPtr{N: 1},
		SliceEmpty: []int{1}, SliceZero: []int{}, TextEmpty: "x", TextZero: "y", IntEmpty: 2,
		MapEmpty: map[string]int{"a": 1}, InnerEmpty: omitInner{1}, InnerZero: omitInner{2}, ALongMemberName: &one, Last: 3,
	}
	values := []omitMembers{
		{},
		full,
		{ZeroerPtrZero: &zeroerPtr{}, SliceEmpty: []int{}, SliceZero: nil, MapEmpty: map[string]int{}},
		{SliceZero: []int{}, ALongMemberName: &zero},
		{ALongMemberName: &one},
		{TextZero: "z"},
		{InnerZero: omitInner{}},
	}
	// Each member of full alone, so that each is the first one written.
	for i := range reflect.TypeFor[omitMembers]().NumField() {
		var v omitMembers
		reflect.ValueOf(&v).Elem().Field(i).Set(reflect.ValueOf(full).Field(i))
		values = append(values, v)
	}
	for i, v := range values {
		want, err := v1Encode(&v)
		require.NoError(t, err)
		got, err := Marshal(&v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "value %d", i)
		got, err = AppendJSON(make([]byte, 0, 4), &v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "value %d, AppendJSON", i)
		got, err = MarshalIndent(&v, "", "  ")
		require.NoError(t, err)
		assert.Equal(t, string(AppendIndent(nil, want, "", "  ")), string(got), "value %d, MarshalIndent", i)
	}
}

package codec

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// internText is a language map type, as diplo's Text.
type internText map[language.Tag]string

func init() {
	RegisterLanguageMap(reflect.TypeFor[internText](), func(v reflect.Value) map[language.Tag]string {
		t, _ := reflect.TypeAssert[internText](v)
		return t
	})
}

type internNode struct {
	ID     string
	Name   internText
	Parts  []internPart
	Place  *internPart
	hidden internText
	Plain  map[string]string
}

type internPart struct {
	Title internText
	Next  *internPart // a recursive type
}

// TestInterner checks that Intern makes equal language maps of the values
// passed to it one map, wherever they are (a field, a list, behind a
// pointer, in a recursive type), leaves maps that differ apart, and changes
// nothing else: the values are equal before and after.
func TestInterner(t *testing.T) {
	fr, en := language.French, language.English
	text := func(kv ...any) internText {
		m := internText{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i].(language.Tag)] = kv[i+1].(string)
		}
		return m
	}
	node := func() *internNode {
		return &internNode{
			ID:     "urn:x:1",
			Name:   text(fr, "Paris"),
			Parts:  []internPart{{Title: text(fr, "a", en, "b")}, {Title: text(fr, "Paris")}},
			Place:  &internPart{Title: text(en, "b", fr, "a"), Next: &internPart{Title: text(fr, "Paris")}},
			hidden: text(fr, "Paris"),
			Plain:  map[string]string{"fr": "Paris"},
		}
	}
	ptr := func(m internText) uintptr { return reflect.ValueOf(m).Pointer() }
	in := NewInterner()
	a, b := node(), node()
	want := node()
	in.Intern(a)
	in.Intern(b)
	for _, n := range []*internNode{a, b} {
		assert.Equal(t, want, n, "Intern changed a value")
	}
	paris := ptr(a.Name)
	for _, m := range []internText{a.Parts[1].Title, a.Place.Next.Title, b.Name, b.Parts[1].Title, b.Place.Next.Title} {
		assert.Equal(t, paris, ptr(m), "equal texts are two maps")
	}
	ab := ptr(a.Parts[0].Title)
	for _, m := range []internText{a.Place.Title, b.Parts[0].Title, b.Place.Title} {
		assert.Equal(t, ab, ptr(m), "equal texts are two maps")
	}
	assert.NotEqual(t, paris, ab)
	assert.NotEqual(t, paris, ptr(b.hidden), "an unexported field was set")

	// A text that differs by a value, a tag or an entry stays its own.
	for _, m := range []internText{text(fr, "Pariss"), text(en, "Paris"), text(fr, "Paris", en, "Paris"), {}} {
		n := &internNode{Name: m}
		in.Intern(n)
		assert.Equal(t, ptr(m), ptr(n.Name), "%v was replaced", m)
	}
	// Nil and non-pointers are left alone.
	in.Intern(nil)
	in.Intern(internNode{})
	in.Intern((*internNode)(nil))
	n := &internNode{}
	in.Intern(n)
	assert.Nil(t, n.Name)
}

// TestInternerBound checks that an Interner keeps at most its bound of
// maps (MaxTexts), and leaves the later ones as they are.
func TestInternerBound(t *testing.T) {
	in := NewInterner()
	require.Equal(t, MaxTexts, in.max)
	in.max = 100
	for i := range 2 * in.max {
		in.Intern(&internNode{Name: internText{language.French: strconv.Itoa(i)}})
	}
	require.Equal(t, in.max, len(in.texts))
	// A text past the bound is not kept: two of them stay two maps; a
	// text kept before the bound is still shared.
	late := strconv.Itoa(2*in.max - 1)
	a, b := &internNode{Name: internText{language.French: late}}, &internNode{Name: internText{language.French: late}}
	in.Intern(a)
	in.Intern(b)
	assert.NotEqual(t, reflect.ValueOf(a.Name).Pointer(), reflect.ValueOf(b.Name).Pointer())
	c, d := &internNode{Name: internText{language.French: "0"}}, &internNode{Name: internText{language.French: "0"}}
	in.Intern(c)
	in.Intern(d)
	assert.Equal(t, reflect.ValueOf(c.Name).Pointer(), reflect.ValueOf(d.Name).Pointer())
}

// TestInternerSkipsPlainTypes checks that Intern does not walk values that
// hold no language map.
func TestInternerSkipsPlainTypes(t *testing.T) {
	assert.True(t, planOf(reflect.TypeFor[struct {
		A string
		B []int
		C map[string]string
	}]()).skip)
	assert.False(t, planOf(reflect.TypeFor[internNode]()).skip)
}

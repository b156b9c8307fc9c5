package codec

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// constMarker is the interface registered for constant texts in these
// tests, as diplo registers its TypeName's.
type constMarker interface{ constMark() }

func init() { RegisterConstantText(reflect.TypeFor[constMarker]()) }

// escapedConst is a constant text, like diplo's TypeName: the same text for
// every value. Its text needs escaping.
type escapedConst struct{}

func (escapedConst) constMark()                          {}
func (escapedConst) AppendText(b []byte) ([]byte, error) { return append(b, `Kind "A"<&>`...), nil }
func (escapedConst) MarshalText() ([]byte, error)        { return []byte(`Kind "A"<&>`), nil }

// plainConst is a constant text that needs no escaping.
type plainConst struct{}

func (plainConst) constMark()                          {}
func (plainConst) AppendText(b []byte) ([]byte, error) { return append(b, "Event"...), nil }
func (plainConst) MarshalText() ([]byte, error)        { return []byte("Event"), nil }

// unregisteredConst appends a text but is not declared constant: it is
// appended for every value.
type unregisteredConst struct{}

func (unregisteredConst) AppendText(b []byte) ([]byte, error) { return append(b, "Other"...), nil }
func (unregisteredConst) MarshalText() ([]byte, error)        { return []byte("Other"), nil }

// failingConst is declared constant, but its text fails: it is handed to
// encoding/json as any failing text is.
type failingConst struct{}

func (failingConst) constMark() {}
func (failingConst) AppendText(b []byte) ([]byte, error) {
	return b, assert.AnError
}
func (failingConst) MarshalText() ([]byte, error) { return nil, assert.AnError }

// constMembers has constant texts in each place the encoder reaches
// them: a member (first or not, with and without options), a slice, a
// pointer and an array.
type constMembers struct {
	Type      plainConst `json:"type"`
	ID        string     `json:"id"`
	Kind      escapedConst
	KindEmpty escapedConst      `json:",omitempty"`
	KindZero  escapedConst      `json:",omitzero"`
	Other     unregisteredConst `json:"other"`
	List      []plainConst
	Ptr       *escapedConst
	Array     [2]escapedConst
}

// TestConstantText checks the values of a type declared a constant text
// (RegisterConstantText), written from a copy of their text, against
// encoding/json, which formats each: compact, appended and indented.
func TestConstantText(t *testing.T) {
	values := []any{
		&constMembers{ID: "x", List: []plainConst{{}, {}}, Ptr: &escapedConst{}},
		&constMembers{},
		&[]constMembers{{}, {ID: "y"}},
		&struct {
			Type plainConst `json:"type"`
		}{},
		&plainConst{},
		&escapedConst{},
		escapedConst{},
		[]escapedConst{{}},
		map[string]escapedConst{"a": {}},
	}
	assertEncodesAsV1(t, values)
	text, ok := constantText(reflect.TypeFor[escapedConst]())
	require.True(t, ok)
	assert.Equal(t, `"Kind \"A\"<&>"`, string(text))
	_, ok = constantText(reflect.TypeFor[unregisteredConst]())
	assert.False(t, ok, "a type not declared constant")
	_, ok = constantText(reflect.TypeFor[*escapedConst]())
	assert.False(t, ok, "a pointer, which may be nil")
	_, ok = constantText(reflect.TypeFor[failingConst]())
	assert.False(t, ok, "a text that fails")
}

// TestConstantTextError checks that a type declared constant whose text
// fails gives encoding/json's error, as any failing text does.
func TestConstantTextError(t *testing.T) {
	v := &struct{ F failingConst }{}
	_, want := v1Encode(v)
	require.Error(t, want)
	_, err := Marshal(v)
	require.Error(t, err)
	assert.Equal(t, want.Error(), err.Error())
}

// plainMarker is the interface registered for plain texts in these
// tests, as diplo registers its Date's.
type plainMarker interface{ plainMark() }

func init() { RegisterPlainText(reflect.TypeFor[plainMarker]()) }

// stamp is a plain text (RegisterPlainText), like diplo's Date: its text
// depends on its value and needs no escape.
type stamp struct{ n int }

func (stamp) plainMark() {}
func (s stamp) AppendText(b []byte) ([]byte, error) {
	if s.n < 0 {
		return b, assert.AnError
	}
	return append(b, "2025-06-2"...), nil
}
func (s stamp) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// plainMembers has plain texts where the encoder reaches them.
type plainMembers struct {
	At    stamp `json:"at"`
	Zero  stamp `json:",omitzero"`
	List  []stamp
	Ptr   *stamp
	Array [2]stamp
}

// TestPlainText checks the values of a type declared a plain text
// (RegisterPlainText), written between quotes without a look, against
// encoding/json: compact, appended and indented; and that a failing text
// gives encoding/json's error.
func TestPlainText(t *testing.T) {
	values := []any{
		&plainMembers{At: stamp{1}, List: []stamp{{2}, {3}}, Ptr: &stamp{4}},
		&plainMembers{},
		&stamp{5},
		stamp{6},
		[]stamp{{7}},
	}
	assertEncodesAsV1(t, values)
	assert.True(t, plainText(reflect.TypeFor[*stamp]()))
	assert.False(t, plainText(reflect.TypeFor[*escapedConst]()), "a type not declared plain")
	v := &plainMembers{At: stamp{-1}}
	_, want := v1Encode(v)
	require.Error(t, want)
	_, err := Marshal(v)
	require.Error(t, err)
	assert.Equal(t, want.Error(), err.Error())
}

// assertEncodesAsV1 checks that Marshal, AppendJSON and MarshalIndent
// write each of values as encoding/json v1 writes it.
func assertEncodesAsV1(t *testing.T, values []any) {
	t.Helper()
	for i, v := range values {
		want, err := v1Encode(v)
		require.NoError(t, err)
		got, err := Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "value %d", i)
		got, err = AppendJSON(make([]byte, 0, 4), v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "value %d, AppendJSON", i)
		got, err = MarshalIndent(v, "", "  ")
		require.NoError(t, err)
		assert.Equal(t, string(AppendIndent(nil, want, "", "  ")), string(got), "value %d, MarshalIndent", i)
	}
}

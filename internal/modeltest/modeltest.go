package modeltest

import (
	"encoding"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// FieldErrors flattens err into the field errors it holds.
func FieldErrors(t *testing.T, err error) []*diplo.FieldError {
	t.Helper()
	var es diplo.Errors
	if errors.As(err, &es) {
		return es
	}
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		return []*diplo.FieldError{fe}
	}
	require.Failf(t, "no field error", "error %q (%T) holds no *diplo.FieldError", err, err)
	return nil
}

// CheckRule asserts that err reports count broken rules (1 when count is 0),
// one of them at path wrapping want, and returns that one.
func CheckRule(t *testing.T, err error, path string, want error, count int) *diplo.FieldError {
	t.Helper()
	require.Error(t, err, "Validate() = nil, want %v at %q", want, path)
	assert.ErrorIs(t, err, want)
	fes := FieldErrors(t, err)
	if count == 0 {
		count = 1
	}
	assert.Len(t, fes, count, "errors:\n%v", err)
	for _, fe := range fes {
		if fe.Path == path {
			assert.ErrorIs(t, fe, want, "error at %q", path)
			return fe
		}
	}
	require.Failf(t, "no error at path", "no error at path %q in:\n%v", path, err)
	return nil
}

// CheckAllSet fails for every exported field of the struct v (and of its
// embedded structs) that holds its zero value, so that a round trip of v
// exercises every field. Fields of zero size, such as Type, are skipped:
// they have no state to lose.
func CheckAllSet(t *testing.T, v any) {
	t.Helper()
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := range rt.NumField() {
		f := rt.Field(i)
		if !f.IsExported() || f.Type.Size() == 0 {
			continue
		}
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			CheckAllSet(t, rv.Field(i).Interface())
			continue
		}
		assert.False(t, rv.Field(i).IsZero(), "%s.%s is not set", rt.Name(), f.Name)
	}
}

// CheckVocabularyImmutable edits all a caller can reach of the vocabulary
// that get returns (the value itself, and the slices that Terms and Values
// return) and checks that get returns the same terms afterwards and that
// every value still checks and decodes.
func CheckVocabularyImmutable[T ~string, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, get func() diplo.Vocabulary[T]) {
	t.Helper()
	want := get().Terms()
	v := get()
	terms := v.Terms()
	for i := range terms {
		terms[i].Value += "-edited"
		terms[i].Description = ""
	}
	values := v.Values()
	for i := range values {
		values[i] = ""
	}
	p := &v
	*p = diplo.Vocabulary[T]{}
	if len(want) == 0 || v.Has(want[0].Value) {
		t.Fatalf("the vocabulary got was not edited")
	}
	after := get()
	if got := after.Terms(); !slices.Equal(got, want) {
		t.Errorf("%s: terms after an edit of a copy = %v, want %v", after.Name(), got, want)
	}
	for _, term := range want {
		if err := after.Check(term.Value); err != nil {
			t.Errorf("%s: Check(%q) after an edit of a copy = %v", after.Name(), term.Value, err)
		}
		var got T
		if err := P(&got).UnmarshalText([]byte(term.Value)); err != nil || got != term.Value {
			t.Errorf("%s: UnmarshalText(%q) after an edit of a copy = %q, %v", after.Name(), term.Value, got, err)
		}
	}
}

// CheckVocabulary checks a closed vocabulary against the list of its
// constants: the same values in the same order, a description for each,
// text and JSON round trips, and unknown values rejected by name.
func CheckVocabulary[T ~string, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, v diplo.Vocabulary[T], consts []T, describe func(T) string) {
	t.Helper()
	values := v.Values()
	assert.Equal(t, consts, values, "%s: Values() and the constants", v.Name())
	seen := map[T]bool{}
	for _, x := range values {
		assert.False(t, seen[x], "%s: %q listed twice", v.Name(), x)
		seen[x] = true
		d := describe(x)
		assert.NotEmpty(t, strings.TrimSpace(d), "%s: %q has no description", v.Name(), x)
		assert.Equal(t, v.Description(x), d, "%s: %q: method and vocabulary disagree", v.Name(), x)
		var got T
		if assert.NoError(t, P(&got).UnmarshalText([]byte(x)), "%s: UnmarshalText(%q)", v.Name(), x) {
			assert.Equal(t, x, got, "%s: UnmarshalText(%q)", v.Name(), x)
		}
		b, err := json.Marshal(x)
		require.NoError(t, err)
		var back T
		if assert.NoError(t, json.Unmarshal(b, &back), "%s: JSON round trip of %q", v.Name(), x) {
			assert.Equal(t, x, back, "%s: JSON round trip of %q", v.Name(), x)
		}
		assert.NoError(t, v.Check(x), "%s: Check(%q)", v.Name(), x)
	}
	assert.Len(t, v.Terms(), len(values), "%s: terms and values", v.Name())
	for _, bad := range []string{"bogus-value", strings.ToUpper(string(values[0])), " " + string(values[0])} {
		var got T
		err := P(&got).UnmarshalText([]byte(bad))
		if !assert.ErrorIs(t, err, diplo.ErrUnknown, "%s: UnmarshalText(%q)", v.Name(), bad) {
			continue
		}
		assert.Contains(t, err.Error(), `"`+bad+`"`, "%s: the error names the value", v.Name())
		assert.Contains(t, err.Error(), v.Name(), "%s: the error names the vocabulary", v.Name())
		assert.Empty(t, got, "%s: UnmarshalText(%q) stored a value", v.Name(), bad)
		assert.Empty(t, describe(T(bad)), "%s: unknown %q has a description", v.Name(), bad)
	}
	assert.ErrorIs(t, v.Check(""), diplo.ErrRequired, "%s: Check(\"\")", v.Name())
}

// RoundTrip marshals v, checks the JSON against the golden file
// testdata/name.json (rewriting it first when update is set), decodes both the JSON and the golden file strictly,
// and checks that each gives v back.
func RoundTrip[T any](t *testing.T, update bool, name string, v T) {
	t.Helper()
	CheckAllSet(t, v)
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	b = append(b, '\n')
	golden := filepath.Join("testdata", name+".json")
	if update {
		require.NoError(t, os.WriteFile(golden, b, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), string(b), "JSON differs from %s (run go test -update to accept)", golden)
	for _, src := range [][]byte{b, want} {
		var got T
		require.NoError(t, json.Unmarshal(src, &got), "json.Unmarshal")
		assert.Equal(t, v, got, "json round trip")
		var strict T
		require.NoError(t, diplo.UnmarshalStrict(src, &strict), "diplo.UnmarshalStrict")
		assert.Equal(t, v, strict, "strict round trip")
	}
}

// DecodeStable decodes data into a T, leniently and strictly. Neither
// decoding nor Validate may panic, and every error must be a field error.
// A decoded value that validates must survive Marshal and Unmarshal
// unchanged: marshalling it and the value decoded from that gives the same
// bytes. (An invalid value need not: Marshal writes a missing kind as "",
// which decoding rejects.)
func DecodeStable[T interface{ Validate() error }](t *testing.T, data []byte) {
	for _, dec := range []func([]byte, any) error{diplo.Unmarshal, diplo.UnmarshalStrict} {
		var v T
		if err := dec(data, &v); err != nil {
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "decode error %v (%T) is no field error", err, err)
			continue
		}
		if err := v.Validate(); err != nil {
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "Validate error %v (%T) is no field error", err, err)
			continue
		}
		b1, err := json.Marshal(v)
		require.NoError(t, err, "Marshal of a decoded %T", v)
		var w T
		require.NoError(t, diplo.UnmarshalStrict(b1, &w), "decoding our own JSON %s", b1)
		b2, err := json.Marshal(w)
		require.NoError(t, err)
		require.Equal(t, string(b1), string(b2), "JSON not stable")
	}
}

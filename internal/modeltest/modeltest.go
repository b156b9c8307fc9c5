package modeltest

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

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
	t.Fatalf("error %q (%T) holds no *diplo.FieldError", err, err)
	return nil
}

// CheckRule asserts that err reports count broken rules (1 when count is 0),
// one of them at path wrapping want, and returns that one.
func CheckRule(t *testing.T, err error, path string, want error, count int) *diplo.FieldError {
	t.Helper()
	if err == nil {
		t.Fatalf("Validate() = nil, want %v at %q", want, path)
	}
	if !errors.Is(err, want) {
		t.Errorf("errors.Is(err, %v) = false; err:\n%v", want, err)
	}
	fes := FieldErrors(t, err)
	if count == 0 {
		count = 1
	}
	if len(fes) != count {
		t.Errorf("got %d errors, want %d:\n%v", len(fes), count, err)
	}
	for _, fe := range fes {
		if fe.Path == path {
			if !errors.Is(fe, want) {
				t.Errorf("error at %q is %v, want %v", path, fe, want)
			}
			return fe
		}
	}
	t.Fatalf("no error at path %q in:\n%v", path, err)
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
		if rv.Field(i).IsZero() {
			t.Errorf("%s.%s is not set", rt.Name(), f.Name)
		}
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
	if !slices.Equal(values, consts) {
		t.Errorf("%s: Values() = %q,\nconstants = %q", v.Name(), values, consts)
	}
	seen := map[T]bool{}
	for _, x := range values {
		if seen[x] {
			t.Errorf("%s: %q listed twice", v.Name(), x)
		}
		seen[x] = true
		if d := describe(x); strings.TrimSpace(d) == "" {
			t.Errorf("%s: %q has no description", v.Name(), x)
		} else if d != v.Description(x) {
			t.Errorf("%s: %q: method and vocabulary disagree: %q, %q", v.Name(), x, d, v.Description(x))
		}
		var got T
		if err := P(&got).UnmarshalText([]byte(x)); err != nil || got != x {
			t.Errorf("%s: UnmarshalText(%q) = %q, %v", v.Name(), x, got, err)
		}
		b, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		var back T
		if err := json.Unmarshal(b, &back); err != nil || back != x {
			t.Errorf("%s: JSON round trip of %q gave %q, %v", v.Name(), x, back, err)
		}
		if err := v.Check(x); err != nil {
			t.Errorf("%s: Check(%q) = %v", v.Name(), x, err)
		}
	}
	if len(v.Terms()) != len(values) {
		t.Errorf("%s: %d terms, %d values", v.Name(), len(v.Terms()), len(values))
	}
	for _, bad := range []string{"bogus-value", strings.ToUpper(string(values[0])), " " + string(values[0])} {
		var got T
		err := P(&got).UnmarshalText([]byte(bad))
		if !errors.Is(err, diplo.ErrUnknown) {
			t.Errorf("%s: UnmarshalText(%q) = %v, want ErrUnknown", v.Name(), bad, err)
			continue
		}
		if !strings.Contains(err.Error(), `"`+bad+`"`) || !strings.Contains(err.Error(), v.Name()) {
			t.Errorf("%s: error %q does not name the vocabulary and the value %q", v.Name(), err, bad)
		}
		if got != "" {
			t.Errorf("%s: UnmarshalText(%q) stored %q", v.Name(), bad, got)
		}
		if describe(T(bad)) != "" {
			t.Errorf("%s: unknown %q has a description", v.Name(), bad)
		}
	}
	if err := v.Check(""); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("%s: Check(\"\") = %v, want ErrRequired", v.Name(), err)
	}
}

// RoundTrip marshals v, checks the JSON against the golden file
// testdata/name.json (rewriting it first when update is set), decodes both the JSON and the golden file strictly,
// and checks that each gives v back.
func RoundTrip[T any](t *testing.T, update bool, name string, v T) {
	t.Helper()
	CheckAllSet(t, v)
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	golden := filepath.Join("testdata", name+".json")
	if update {
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(b, want) {
		t.Errorf("JSON differs from %s (run go test -update to accept):\ngot:\n%s\nwant:\n%s", golden, b, want)
	}
	for _, src := range [][]byte{b, want} {
		var got T
		if err := json.Unmarshal(src, &got); err != nil {
			t.Fatalf("json.Unmarshal: %v", err)
		}
		if !reflect.DeepEqual(got, v) {
			t.Errorf("json round trip:\ngot  %#v\nwant %#v", got, v)
		}
		var strict T
		if err := diplo.UnmarshalStrict(src, &strict); err != nil {
			t.Fatalf("diplo.UnmarshalStrict: %v", err)
		}
		if !reflect.DeepEqual(strict, v) {
			t.Errorf("strict round trip:\ngot  %#v\nwant %#v", strict, v)
		}
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
			if !errors.As(err, &fe) {
				t.Fatalf("decode error %v (%T) is no field error", err, err)
			}
			continue
		}
		if err := v.Validate(); err != nil {
			var fe *diplo.FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Validate error %v (%T) is no field error", err, err)
			}
			continue
		}
		b1, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("Marshal of a decoded %T: %v", v, err)
		}
		var w T
		if err := diplo.UnmarshalStrict(b1, &w); err != nil {
			t.Fatalf("decoding our own JSON %s: %v", b1, err)
		}
		b2, err := json.Marshal(w)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1, b2) {
			t.Fatalf("JSON not stable:\n%s\n%s", b1, b2)
		}
	}
}

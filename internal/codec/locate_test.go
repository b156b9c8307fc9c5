package codec

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// code is a text type that accepts only "ok" and canonicalises case, like
// the scalars of the model.
type code string

var errBadCode = errors.New("bad code")

func (c *code) UnmarshalText(b []byte) error {
	if !strings.EqualFold(string(b), "ok") && !strings.EqualFold(string(b), "fine") {
		return fmt.Errorf("%w %q", errBadCode, b)
	}
	*c = code(strings.ToLower(string(b)))
	return nil
}

func (c code) MarshalText() ([]byte, error) { return []byte(c), nil }

type Base struct {
	ID   string `json:"id"`
	Kind code   `json:"kind"`
}

type inner struct {
	Code  code          `json:"code"`
	Codes []code        `json:"codes"`
	ByKey map[code]code `json:"byKey"`
	Names map[string]int
	Ptr   *code   `json:"ptr"`
	Bytes []byte  `json:"bytes"`
	Arr   [2]code `json:"arr"`
}

type outer struct {
	Base            // promoted: id, kind
	Items   []inner `json:"items"`
	One     *inner  `json:"one"`
	Skipped string  `json:"-"`
	Count   int     `json:"count,omitempty"`
	Flag    bool    `json:"flag"`
	Any     any     `json:"any"`
	Raw     json.RawMessage
	hidden  int
	Plain   string
}

func paths(errs []*Error) []string {
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Path
	}
	return out
}

func TestLocate(t *testing.T) {
	typ := reflect.TypeFor[outer]()
	tests := []struct {
		name   string
		in     string
		strict bool
		paths  []string
		errs   []error
	}{
		{"valid", `{"id":"a","kind":"ok","items":[{"code":"OK","codes":["ok","fine"],"byKey":{"ok":"fine"}}],"any":{"x":[1]}}`, true, nil, nil},
		{"null everywhere", `{"items":null,"one":null,"kind":null,"any":null}`, true, nil, nil},
		{"bad text value", `{"items":[{"code":"ok"},{"code":"ok"},{"code":"no"}]}`, false,
			[]string{"items[2].code"}, []error{errBadCode}},
		{"promoted field", `{"kind":"no"}`, false, []string{"kind"}, []error{errBadCode}},
		{"slice element", `{"one":{"codes":["ok","no","ok","no"]}}`, false,
			[]string{"one.codes[1]", "one.codes[3]"}, []error{errBadCode, errBadCode}},
		{"array element", `{"one":{"arr":["ok","no"]}}`, false, []string{"one.arr[1]"}, []error{errBadCode}},
		{"pointer", `{"one":{"ptr":"no"}}`, false, []string{"one.ptr"}, []error{errBadCode}},
		{"map value", `{"one":{"byKey":{"ok":"no"}}}`, false, []string{"one.byKey.ok"}, []error{errBadCode}},
		{"map key", `{"one":{"byKey":{"no":"ok"}}}`, false, []string{"one.byKey.no"}, []error{errBadCode}},
		{"wrong type: number for text", `{"kind":5}`, false, []string{"kind"}, []error{ErrType}},
		{"wrong type: string for number", `{"count":"5"}`, false, []string{"count"}, []error{ErrType}},
		{"wrong type: number for bool", `{"flag":1}`, false, []string{"flag"}, []error{ErrType}},
		{"wrong type: string for array", `{"items":"x"}`, false, []string{"items"}, []error{ErrType}},
		{"wrong type: array for struct", `{"one":[]}`, false, []string{"one"}, []error{ErrType}},
		{"wrong type: number for map", `{"one":{"Names":3}}`, false, []string{"one.Names"}, []error{ErrType}},
		{"wrong type: string for map value", `{"one":{"Names":{"a":"b"}}}`, false, []string{"one.Names.a"}, []error{ErrType}},
		{"bytes take base64", `{"one":{"bytes":"aGk="}}`, true, nil, nil},
		{"bad base64", `{"one":{"bytes":"!!"}}`, false, []string{"one.bytes"}, nil},
		{"unknown fields ignored when lenient", `{"bogus":1,"-":2,"Skipped":"x","hidden":1}`, false, nil, nil},
		{"unknown fields, strict", `{"bogus":1,"Skipped":"x","hidden":1,"items":[{"nope":[]}]}`, true,
			[]string{"bogus", "Skipped", "hidden", "items[0].nope"}, []error{ErrUnknownField, ErrUnknownField, ErrUnknownField, ErrUnknownField}},
		{"case-insensitive names", `{"KIND":"ok","Items":[{"CODE":"ok"}],"plain":"x","raw":[1]}`, true, nil, nil},
		{"duplicates ignored when lenient", `{"kind":"ok","kind":"no"}`, false, []string{"kind"}, []error{errBadCode}},
		{"duplicate key, strict", `{"id":"a","id":"b"}`, true, []string{"id"}, []error{ErrDuplicateKey}},
		{"duplicate in another case, strict", `{"id":"a","ID":"b"}`, true, []string{"ID"}, []error{ErrDuplicateKey}},
		{"duplicate map key, strict", `{"one":{"Names":{"a":1,"a":2,"A":3}}}`, true, []string{"one.Names.a"}, []error{ErrDuplicateKey}},
		{"map keys equal once decoded, strict", `{"one":{"byKey":{"ok":"ok","OK":"ok"}}}`, true, []string{"one.byKey.OK"}, []error{ErrDuplicateKey}},
		{"odd member names are quoted", `{"one":{"byKey":{"a.b":"ok","":"ok","é":"ok"}}}`, false,
			[]string{`one.byKey["a.b"]`, `one.byKey[""]`, `one.byKey["é"]`}, []error{errBadCode, errBadCode, errBadCode}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Locate([]byte(tc.in), typ, tc.strict, 0)
			require.Equal(t, strings.Join(tc.paths, " "), strings.Join(paths(got), " "), "paths (%v)", got)
			for i, e := range got {
				if i < len(tc.errs) {
					assert.ErrorIs(t, e, tc.errs[i], e.Path)
				}
				assert.EqualError(t, e, e.Path+": "+e.Err.Error())
				assert.True(t, e.Unwrap() == e.Err, "%s: Unwrap() is not Err", e.Path)
			}
			// Whatever Locate finds, encoding/json rejects too.
			if len(got) > 0 {
				var v outer
				dec := json.NewDecoder(strings.NewReader(tc.in))
				if tc.strict {
					dec.DisallowUnknownFields()
				}
				if err := dec.Decode(&v); !tc.strict {
					assert.Error(t, err, "encoding/json accepts what Locate reports")
				}
			}
		})
	}
}

func TestKeyError(t *testing.T) {
	got := Locate([]byte(`{"one":{"byKey":{"nope":"ok"}}}`), reflect.TypeFor[outer](), false, 0)
	require.Len(t, got, 1, "got %v", got)
	var ke *KeyError
	require.ErrorAs(t, got[0], &ke)
	require.Equal(t, "nope", ke.Key, "KeyError = %+v", ke)
	require.Equal(t, reflect.TypeFor[code](), ke.Type, "KeyError = %+v", ke)
	require.ErrorIs(t, ke, errBadCode)
	assert.EqualError(t, ke, `invalid key "nope": bad code "nope"`)
	long := strings.Repeat("é", 100)
	got = Locate([]byte(`{"one":{"byKey":{"`+long+`":"ok"}}}`), reflect.TypeFor[outer](), false, 0)
	require.NotEmpty(t, got)
	if assert.ErrorAs(t, got[0], &ke) {
		assert.LessOrEqual(t, len(ke.Key), MaxKey+3, "long key kept as %q", ke.Key)
		assert.True(t, utf8.ValidString(ke.Key), "long key kept as %q", ke.Key)
	}
}

func TestErrorType(t *testing.T) {
	got := Locate([]byte(`{"kind":"no","count":"x","one":{"codes":["no"]}}`), reflect.TypeFor[outer](), false, 0)
	want := []reflect.Type{reflect.TypeFor[code](), nil, reflect.TypeFor[code]()}
	require.Len(t, got, len(want), "got %v", got)
	for i, e := range got {
		assert.Equal(t, want[i], e.Type, "%s: Type", e.Path)
	}
}

func TestLocateMax(t *testing.T) {
	in := `{"items":[` + strings.Repeat(`{"code":"no"},`, 20) + `{"code":"no"}]}`
	for _, tc := range []struct{ max, want int }{{0, 21}, {-1, 21}, {1, 1}, {5, 5}, {21, 21}, {50, 21}} {
		assert.Len(t, Locate([]byte(in), reflect.TypeFor[outer](), false, tc.max), tc.want, "max %d: errors", tc.max)
	}
}

func TestJoin(t *testing.T) {
	tests := []struct{ path, key, want string }{
		{"", "a", "a"},
		{"a", "b", "a.b"},
		{"a[1]", "title", "a[1].title"},
		{"title", "en-t-fr", "title.en-t-fr"},
		{"", "@context", "@context"},
		{"x", "a_b9", "x.a_b9"},
		{"x", "", `x[""]`},
		{"x", "a b", `x["a b"]`},
		{"x", `a"b`, `x["a\"b"]`},
		{"x", "a\x00", `x["a\x00"]`},
		{"x", "\xff", `x["\xff"]`},
		{"", "é", `["é"]`},
		{"x", strings.Repeat("ü", 40), `x["` + strings.Repeat("ü", 32) + `..."]`},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, Join(tc.path, tc.key), "Join(%q, %q)", tc.path, tc.key)
	}
}

func TestCut(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 200} {
		for _, r := range []string{"a", "é", "ü", "€", "🇲"} {
			s := strings.Repeat(r, n)
			got := Cut(s)
			body := strings.TrimSuffix(got, "...")
			assert.LessOrEqual(t, len(body), MaxKey, "cut(%d × %q) = %q", n, r, got)
			assert.True(t, utf8.ValidString(got), "cut(%d × %q) = %q", n, r, got)
			assert.True(t, strings.HasPrefix(s, body), "cut(%d × %q) = %q", n, r, got)
			if len(s) <= MaxKey {
				assert.Equal(t, s, got, "cut shortened a short string")
			}
		}
	}
}

func TestFieldsOf(t *testing.T) {
	fs := FieldsOf(reflect.TypeFor[outer]())
	var names []string
	for n := range fs.byName {
		names = append(names, n)
	}
	want := map[string]bool{"id": true, "kind": true, "items": true, "one": true, "count": true, "flag": true,
		"any": true, "Raw": true, "Plain": true}
	assert.Len(t, names, len(want), "fields = %v", names)
	for _, n := range names {
		assert.True(t, want[n], "unexpected field %q", n)
	}
	if i, ok := fs.Lookup("KIND"); assert.True(t, ok, "Lookup(KIND)") {
		assert.Equal(t, "kind", fs.List[i].Name, "Lookup(KIND)")
	}
	_, ok := fs.Lookup("Skipped")
	assert.False(t, ok, `json:"-" field is listed`)
	// Cached: the same set again.
	assert.Same(t, fs, FieldsOf(reflect.TypeFor[outer]()), "cache gives another set")
}

// A field of an embedded struct is shadowed by a shallower one of the
// same name, as in encoding/json.
func TestFieldsOfShadowing(t *testing.T) {
	type deep struct {
		Name code `json:"name"`
	}
	type top struct {
		deep
		Name string `json:"name"`
	}
	got := Locate([]byte(`{"name":"anything"}`), reflect.TypeFor[top](), true, 0)
	assert.Empty(t, got, "shadowed field used")
}

func TestLocateMalformed(t *testing.T) {
	// Locate runs after a decode failed; on broken input it reports
	// something rather than nothing, and never panics.
	for _, in := range []string{`{"items":[`, `{"items":[{"code":}]}`, `{`, `[`, `{"a" 1}`, ``, `{"items":[1,]}`} {
		got := Locate([]byte(in), reflect.TypeFor[outer](), true, 0)
		if in != `` {
			assert.NotEmpty(t, got, "Locate(%q) found nothing", in)
		}
	}
}

func FuzzLocate(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","kind":"ok","items":[{"code":"OK","codes":["ok","no"],"byKey":{"ok":"fine","":"x"}}]}`,
		`{"id":"a","id":"b","ID":"c","bogus":[1,{"x":2}],"one":{"arr":["ok","ok","ok"],"Names":{"a":1,"a":"2"}}}`,
		`{"items":"x","one":[],"count":"5","flag":1,"any":null}`, `[`, `{"items":[1,]}`, `null`, `"x"`,
	} {
		f.Add([]byte(s), true, 3)
	}
	typ := reflect.TypeFor[outer]()
	f.Fuzz(func(t *testing.T, data []byte, strict bool, max int) {
		max %= 20
		got := Locate(data, typ, strict, max)
		if max > 0 {
			require.LessOrEqual(t, len(got), max, "errors")
		}
		for _, e := range got {
			require.NotNil(t, e, "nil error")
			require.NotNil(t, e.Err, "nil error")
			require.LessOrEqual(t, len(e.Path), 64*1024, "bytes of the path")
		}
		// On a well-formed document, every error Locate reports lenient
		// mode is one encoding/json reports too.
		if json.Valid(data) && !strict && len(got) > 0 {
			var v outer
			require.Error(t, json.Unmarshal(data, &v), "encoding/json accepts %q, Locate reports %v", data, got)
		}
	})
}

// TestTypeError pins the words of an error of the wrong kind: the kind
// wanted by the type (KindWord's "boolean"), the kind got (KindName's
// "bool"), and a number's text when a number of another type was wanted.
func TestTypeError(t *testing.T) {
	tests := []struct {
		t    reflect.Type
		raw  string
		want string
	}{
		{reflect.TypeFor[string](), `12`, "want string, got number"},
		{reflect.TypeFor[int](), `"x"`, "want number, got string"},
		{reflect.TypeFor[int](), `true`, "want number, got bool"},
		{reflect.TypeFor[int8](), `300`, "want number, got number 300"},
		{reflect.TypeFor[bool](), `{}`, "want boolean, got object"},
		{reflect.TypeFor[struct{ A int }](), `[1]`, "want object, got array"},
		{reflect.TypeFor[[]int](), `{"a":1}`, "want array, got object"},
		{reflect.TypeFor[*float64](), `false`, "want number, got bool"},
		{reflect.TypeFor[code](), `1`, "want string, got number"},
	}
	for _, tc := range tests {
		err := typeError(tc.t, []byte(tc.raw))
		assert.ErrorIs(t, err, ErrType, "%v %s", tc.t, tc.raw)
		assert.EqualError(t, err, "wrong JSON type: "+tc.want, "%v %s", tc.t, tc.raw)
	}
}

package diplo_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/synth"
)

// canonical returns what encoding/json writes for v in the canonical
// form, which leaves '&', '<' and '>' unescaped: a json.Encoder after
// SetEscapeHTML(false), without its final newline. It is the oracle of
// Marshal (json.Marshal differs from it only in escaping those three).
func canonical(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// sameAsJSON checks that diplo.Marshal and diplo.AppendJSON give what
// encoding/json gives for v in the canonical form: the same bytes, or an
// error with the same message.
func sameAsJSON(t *testing.T, v any) {
	t.Helper()
	want, wantErr := canonical(v)
	got, err := diplo.Marshal(v)
	switch {
	case wantErr != nil:
		if err == nil || err.Error() != wantErr.Error() {
			t.Fatalf("Marshal error %v, json.Marshal error %v", err, wantErr)
		}
	case err != nil:
		t.Fatalf("Marshal: %v; json.Marshal wrote %s", err, want)
	case !bytes.Equal(got, want):
		t.Fatalf("Marshal wrote\n%s\njson.Marshal wrote\n%s", got, want)
	}
	prefix := []byte("prefix:")
	app, err := diplo.AppendJSON(prefix, v)
	if wantErr != nil {
		if err == nil || string(app) != "prefix:" {
			t.Fatalf("AppendJSON gave %q, %v; want the prefix and an error", app, err)
		}
		return
	}
	if err != nil || string(app) != "prefix:"+string(want) {
		t.Fatalf("AppendJSON gave %q, %v; want %q", app, err, "prefix:"+string(want))
	}
}

type withMarshalJSON struct{ N int }

func (w withMarshalJSON) MarshalJSON() ([]byte, error) {
	return []byte(`{"n": ` + strings.Repeat("1", w.N) + `, "html": "<&>"}`), nil
}

type withPtrMarshalJSON struct{ S string }

func (w *withPtrMarshalJSON) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type withPtrText struct{ S string }

func (w *withPtrText) MarshalText() ([]byte, error) { return []byte("text:" + w.S), nil }

type failingText struct{}

func (failingText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type failingJSON struct{}

func (failingJSON) MarshalJSON() ([]byte, error) { return nil, errors.New("no json") }

type zeroByPointer struct{ N int }

func (z *zeroByPointer) IsZero() bool { return z.N < 0 }

type zeroByValue struct{ N int }

func (z zeroByValue) IsZero() bool { return z.N == 7 }

type Inner struct {
	A string `json:"a"`
	B int    `json:"b,omitempty"`
}

type outer struct {
	Inner
	C       string `json:"c"`
	skipped string
	Dash    string `json:"-"`
	Comma   string `json:"-,"`
	Odd     string `json:"a\u00e9b<>"`
	Invalid string `json:"a\"b"`
	NoTag   float32
}

type conflicting struct {
	Inner
	A string `json:"a"`
}

type quoted struct {
	N int `json:"n,string"`
}

type kinds struct {
	B    bool              `json:"b"`
	I8   int8              `json:"i8"`
	U64  uint64            `json:"u64"`
	F32  float32           `json:"f32"`
	F64  float64           `json:"f64"`
	S    string            `json:"s"`
	P    *int              `json:"p"`
	PP   **string          `json:"pp"`
	Any  any               `json:"any"`
	Arr  [3]uint8          `json:"arr"`
	Sl   []int             `json:"sl"`
	Nil  []int             `json:"nil"`
	Byt  []byte            `json:"byt"`
	Map  map[string]int    `json:"map"`
	Num  json.Number       `json:"num"`
	Raw  json.RawMessage   `json:"raw"`
	Emb  *Inner            `json:"emb,omitempty"`
	OZ   zeroByPointer     `json:"oz,omitzero"`
	OZV  zeroByValue       `json:"ozv,omitzero"`
	OZP  *zeroByValue      `json:"ozp,omitzero"`
	OZI  any               `json:"ozi,omitzero"`
	OE   map[string]string `json:"oe,omitempty"`
	Both diplo.Date        `json:"both,omitempty,omitzero"`
	Time diplo.Date        `json:"time"`
}

type recursive struct {
	Name string       `json:"name"`
	Kids []*recursive `json:"kids,omitempty"`
}

type model struct {
	Type     diplo.TypeName[diplo.SourceType] `json:"type"`
	Date     diplo.Date                       `json:"date,omitzero"`
	Interval diplo.Interval                   `json:"interval,omitzero"`
	ID       diplo.ID                         `json:"id,omitempty"`
	Ident    diplo.Identifier                 `json:"ident,omitzero"`
	Idents   []diplo.Identifier               `json:"idents,omitempty"`
	Place    diplo.Place                      `json:"place,omitzero"`
	Text     diplo.Text                       `json:"text,omitempty"`
	Texts    []diplo.Text                     `json:"texts"`
	Attr     diplo.Attribution                `json:"attr,omitzero"`
	Claim    *diplo.Claim                     `json:"claim,omitempty"`
	Country  diplo.Country                    `json:"country,omitempty"`
	Domain   diplo.Domain                     `json:"domain,omitempty"`
}

func TestMarshalSameAsEncodingJSON(t *testing.T) {
	one, s := 1, "s"
	ps := &s
	fr, en := language.French, language.MustParse("en-t-fr")
	text := diplo.Text{fr: "Le <Kremlin> & \u2028 \"quoted\"\t", en: "The Kremlin", language.MustParse("ru"): "Кремль", language.MustParse("zh-Hant-TW"): "克里姆林宮", language.MustParse("x-private"): "p"}
	full := model{
		Date:     diplo.MustParseDate("2025-06-23T14:05:00+03:00"),
		Interval: mustInterval("2025-06-22/.."),
		ID:       "https://example.org/a?b=<c>&d",
		Ident:    diplo.MustParseIdentifier("wikidata:Q7747"),
		Idents:   []diplo.Identifier{{Scheme: diplo.URL, Value: "https://example.org/x?a=1&b=<2>"}, {}},
		Place: diplo.Place{Name: text, Country: "ML", GeoNames: diplo.MustParseIdentifier("geonames:524901"),
			Coordinates: &diplo.Coordinates{Latitude: 55.7520233, Longitude: 1e-7}},
		Text:    text,
		Texts:   []diplo.Text{nil, {}, text},
		Attr:    diplo.Attribution{Sources: []diplo.ID{"urn:x"}, Note: text},
		Claim:   &diplo.Claim{Property: "kind", Value: text, Attribution: diplo.Attribution{Note: text}},
		Country: "RU",
		Domain:  "security",
	}
	tests := []struct {
		name string
		v    any
	}{
		{"nil", nil},
		{"nil pointer", (*model)(nil)},
		{"zero model", model{}},
		{"full model", full},
		{"full model pointer", &full},
		{"model slice", []model{full, {}, full}},
		{"model in interface", []any{full, &full, nil}},
		{"date", diplo.MustParseDate("2025-06~")},
		{"date pointer", new(diplo.MustParseDate("-0044-03-15?"))},
		{"zero date", diplo.Date{}},
		{"text", text},
		{"nil text", diplo.Text(nil)},
		{"empty text", diplo.Text{}},
		{"text pointer", &text},
		{"kinds zero", kinds{}},
		{"kinds set", kinds{B: true, I8: -8, U64: math.MaxUint64, F32: 3.4e38, F64: -1e-7, S: "a\x00b\x7f\u2029\xff<", P: &one, PP: &ps,
			Any: map[string]any{"z": 1, "a": []any{"x", 2.5}}, Arr: [3]uint8{1, 2, 3}, Sl: []int{}, Byt: []byte("bytes"),
			Map: map[string]int{"b": 2, "a": 1}, Num: "12.5e3", Raw: json.RawMessage(`{ "x" : 1 }`), Emb: &Inner{A: "in"},
			OZ: zeroByPointer{N: -1}, OZV: zeroByValue{N: 7}, OZP: &zeroByValue{N: 7}, OZI: &zeroByValue{N: 7}, OE: map[string]string{},
			Time: diplo.MustParseDate("2025")}},
		{"kinds not zero", kinds{OZ: zeroByPointer{N: 1}, OZV: zeroByValue{N: 1}, OZP: &zeroByValue{N: 1}, OZI: zeroByValue{N: 1}, Both: diplo.MustParseDate("2025-01-01")}},
		{"floats", []float64{0, math.Copysign(0, -1), 1, 0.1, 1e20, 1e21, 123456789.125, 1e-6, 9.99e-7, -1e-300, math.MaxFloat64, math.SmallestNonzeroFloat64}},
		{"float32s", []float32{0, 1e-6, 9.99e-7, 1e21, 1e20, 0.1, math.MaxFloat32}},
		{"embedded and tags", outer{Inner: Inner{A: "a", B: 2}, C: "c", skipped: "x", Dash: "d", Comma: "comma", Odd: "odd", Invalid: "inv", NoTag: 1.5}},
		{"conflicting names", conflicting{Inner: Inner{A: "inner"}, A: "outer"}},
		{"string option", quoted{N: 5}},
		{"marshaler", []withMarshalJSON{{N: 2}, {N: 0}}},
		{"pointer marshaler addressable", []withPtrMarshalJSON{{S: "a"}}},
		{"pointer marshaler not addressable", withPtrMarshalJSON{S: "a"}},
		{"pointer text marshaler addressable", []withPtrText{{S: "<a>"}}},
		{"pointer text marshaler not addressable", withPtrText{S: "a"}},
		{"map of text marshaler keys", map[diplo.Country]diplo.Date{"ML": diplo.MustParseDate("2025")}},
		{"recursive", recursive{Name: "a", Kids: []*recursive{{Name: "b", Kids: []*recursive{{Name: "c"}}}, nil}}},
		{"NaN", model{Place: diplo.Place{Coordinates: &diplo.Coordinates{Latitude: math.NaN()}}}},
		{"infinity", []any{1, math.Inf(-1)}},
		{"channel", struct{ C chan int }{make(chan int)}},
		{"func in interface", []any{func() {}}},
		{"failing text", []failingText{{}}},
		{"failing json", map[string]any{"a": failingJSON{}}},
		{"invalid raw", json.RawMessage(`{`)},
		{"bad number", json.Number("x")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { sameAsJSON(t, tc.v) })
	}
}

// TestMarshalCycle checks that a value that contains itself gets the
// error json.Marshal gives, not a stack overflow.
func TestMarshalCycle(t *testing.T) {
	r := &recursive{Name: "loop"}
	r.Kids = []*recursive{r}
	sameAsJSON(t, r)
	m := map[string]any{}
	m["m"] = m
	sameAsJSON(t, m)
}

// TestMarshalStrings compares the escaping of strings, one rune or byte
// at a time, in plain strings, Text values and keys, and identifiers.
func TestMarshalStrings(t *testing.T) {
	var all []string
	for c := range 256 {
		all = append(all, string([]byte{byte(c)}), "a"+string(rune(c))+"b")
	}
	all = append(all, "\u2028\u2029", "\xed\xa0\x80", "\xf4\x90\x80\x80", "é\xe2\x82", "<script>&amp;</script>", "😀", strings.Repeat("é<", 100))
	for _, s := range all {
		v := model{ID: diplo.ID(s), Ident: diplo.Identifier{Scheme: diplo.URL, Value: s},
			Text: diplo.Text{language.French: s}, Domain: diplo.Domain(s)}
		want, _ := canonical(v)
		got, err := diplo.Marshal(v)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%q: Marshal wrote %s, %v; encoding/json wrote %s", s, got, err, want)
		}
	}
}

// TestMarshalConcurrent encodes values of types never encoded before
// from many goroutines at once: the encoders are built once and shared.
func TestMarshalConcurrent(t *testing.T) {
	type fresh struct {
		D diplo.Date `json:"d"`
		T diplo.Text `json:"t"`
		R *recursive `json:"r"`
	}
	v := fresh{D: diplo.MustParseDate("2025"), T: diplo.MustNewText("sw", "habari"), R: &recursive{Name: "x"}}
	want, _ := canonical(v)
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for range 50 {
				if got, err := diplo.Marshal(v); err != nil || !bytes.Equal(got, want) {
					t.Errorf("Marshal wrote %s, %v; want %s", got, err, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

// FuzzMarshal compares Marshal with encoding/json's canonical form on strings, numbers
// and language tags from the fuzzer.
func FuzzMarshal(f *testing.F) {
	f.Add("Moscou", "fr", 55.75, "2025-06-23")
	f.Add("<&>\u2028\xff", "en-t-fr", 1e-7, "2025~")
	f.Add("", "x-a", math.Inf(1), "")
	f.Fuzz(func(t *testing.T, s, tag string, x float64, date string) {
		v := model{ID: diplo.ID(s), Ident: diplo.Identifier{Scheme: diplo.Scheme(tag), Value: s}, Domain: diplo.Domain(tag),
			Place: diplo.Place{Coordinates: &diplo.Coordinates{Latitude: x, Longitude: -x}}}
		if lt, err := language.Parse(tag); err == nil {
			v.Text = diplo.Text{lt: s}
		}
		if d, err := diplo.ParseDate(date); err == nil {
			v.Date = d
		}
		want, wantErr := canonical(v)
		got, err := diplo.Marshal(v)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() || !bytes.Equal(got, want) {
			t.Fatalf("Marshal wrote %s, %v; encoding/json wrote %s, %v", got, err, want, wantErr)
		}
	})
}

func mustInterval(s string) diplo.Interval {
	iv, err := diplo.ParseInterval(s)
	if err != nil {
		panic(err)
	}
	return iv
}

// TestMarshalLeavesHTMLUnescaped checks the canonical escaping: '&', '<'
// and '>' are written as they are, in strings, Text values, identifiers
// and member names alike, while U+2028 and U+2029 are still escaped.
func TestMarshalLeavesHTMLUnescaped(t *testing.T) {
	v := model{ID: "urn:x:a&b<c>", Ident: diplo.Identifier{Scheme: diplo.URL, Value: "https://example.org/?a=1&b=<2>"},
		Text: diplo.Text{language.French: "Tom & Jerry <b>\u2028\u2029"}}
	got, err := diplo.Marshal(v)
	require.NoError(t, err)
	assert.NotContains(t, string(got), `\u0026`)
	assert.NotContains(t, string(got), `\u003c`)
	assert.NotContains(t, string(got), `\u003e`)
	assert.Contains(t, string(got), `"Tom & Jerry <b>\u2028\u2029"`)
	assert.Contains(t, string(got), `a=1&b=<2>`)
	app, err := diplo.AppendJSON(nil, v)
	require.NoError(t, err)
	assert.Equal(t, string(got), string(app))
	// A value handed to encoding/json is written the same way.
	delegated, err := diplo.Marshal(map[string]any{"<k>": withMarshalJSON{N: 1}})
	require.NoError(t, err)
	assert.Equal(t, `{"<k>":{"n":1,"html":"<&>"}}`, string(delegated))
}

// indentValues are values whose indented forms the tests compare.
var indentValues = []any{
	nil, 1, "a", "<&>", []int{}, []int{1}, []int{1, 2}, map[string]any{},
	map[string]any{"a": []any{}, "b": map[string]int{}, "c": []any{1, "x,y:{z}", map[string]any{"d": nil}}},
	[]any{[]any{[]any{}}, []any{map[string]any{"\"q\\": "\\\"[{,:"}}},
	model{Text: diplo.Text{language.French: "a, b: {c}"}, Attr: diplo.Attribution{Sources: []diplo.ID{"urn:x"}}},
	withMarshalJSON{N: 2},
}

// TestMarshalIndent checks that MarshalIndent writes what json.Indent
// makes of Marshal's output, for several prefixes and indents, and that
// its errors are Marshal's.
func TestMarshalIndent(t *testing.T) {
	values := append([]any{synth.Graph(20)}, indentValues...)
	for i, v := range values {
		compact, err := diplo.Marshal(v)
		require.NoError(t, err)
		for _, in := range []struct{ prefix, indent string }{{"", "  "}, {"", "\t"}, {"> ", "..."}, {"", ""}, {"#", ""}} {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, in.prefix, in.indent))
			got, err := diplo.MarshalIndent(v, in.prefix, in.indent)
			require.NoError(t, err)
			assert.Equal(t, want.String(), string(got), "value %d, prefix %q, indent %q", i, in.prefix, in.indent)
			assert.Equal(t, len(got), cap(got), "value %d: the output is sized exactly", i)
		}
	}
	_, err := diplo.MarshalIndent(math.NaN(), "", "  ")
	_, wantErr := json.Marshal(math.NaN())
	require.Error(t, err)
	assert.Equal(t, wantErr.Error(), err.Error())
}

// TestMarshalIndentIsEncoderOutput checks that MarshalIndent with a final
// newline is what a json.Encoder writes after SetEscapeHTML(false) and
// SetIndent, the form of the golden files.
func TestMarshalIndentIsEncoderOutput(t *testing.T) {
	g := synth.Graph(50)
	g.Sources = append(g.Sources, diplo.Source{ID: "urn:x:s", URL: "https://example.org/?a=1&b=<2>"})
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(g))
	got, err := diplo.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, want.String(), string(got)+"\n")
}

// FuzzMarshalIndent compares MarshalIndent with json.Indent of Marshal's
// output on strings and indents from the fuzzer.
func FuzzMarshalIndent(f *testing.F) {
	f.Add("Moscou", "", "  ")
	f.Add(`{"a":[1,{}]}, "\"\\`, "> ", "\t")
	f.Add("<&>\u2028\xff", "", "")
	f.Fuzz(func(t *testing.T, s, prefix, indent string) {
		v := map[string]any{s: []any{s, map[string]string{s: s}, []string{}, map[string]int{}}, "t": diplo.Text{language.French: s}}
		compact, err := diplo.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact, prefix, indent); err != nil {
			t.Fatal(err)
		}
		got, err := diplo.MarshalIndent(v, prefix, indent)
		if err != nil || !bytes.Equal(got, want.Bytes()) {
			t.Fatalf("MarshalIndent wrote %q, %v; json.Indent wrote %q", got, err, want.Bytes())
		}
	})
}

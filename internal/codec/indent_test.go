package codec_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// indentCases are the prefixes and indents the indentation tests use:
// empty, spaces, tabs, and strings json.Indent takes although they are
// not white space, quotes, brackets and backslashes among them.
var indentCases = []struct{ prefix, indent string }{
	{"", "  "}, {"    ", "  "}, {"", "\t"}, {"> ", "..."}, {"", ""}, {"#", ""},
	{`"{`, `\[,`}, {strings.Repeat("p", 70), strings.Repeat("i", 40)},
}

// indentDocs are compact documents with strings of every length around
// eight bytes, with quotes and backslashes at every place in them, and
// nesting deeper than the indenter's first line holds.
func indentDocs() []string {
	docs := []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":"x,y:{}[]\"\\"}]}`, `"s"`, `1`, `[[[]],[{}]]`,
		`{"id":"urn:x:1","type":"Event","name":{"fr":"a \"b\" \\ c"},"parts":["urn:x:2"]}`,
		strings.Repeat(`[{"a":`, 40) + `"deep"` + strings.Repeat(`}]`, 40),
	}
	for n := range 20 {
		for _, esc := range []string{`\"`, `\\`, `\n`, `\u2028`, `\\\"`} {
			for at := 0; at <= n; at++ {
				s := strings.Repeat("x", at) + esc + strings.Repeat("y", n-at)
				docs = append(docs, `{"`+s+`":["`+s+`",{"k":"`+strings.Repeat("z", n)+`"}]}`)
			}
		}
	}
	return docs
}

// TestAppendIndent checks the codec's indenter against json.Indent on
// compact documents, for several prefixes and indents, appending to a
// slice that already holds bytes.
func TestAppendIndent(t *testing.T) {
	for _, doc := range indentDocs() {
		for _, in := range indentCases {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, []byte(doc), in.prefix, in.indent))
			got := codec.AppendIndent([]byte("head"), []byte(doc), in.prefix, in.indent)
			assert.Equal(t, "head"+want.String(), string(got), "doc %s, prefix %q, indent %q", doc, in.prefix, in.indent)
		}
	}
}

// TestAppendIndentJSON checks that AppendIndentJSON appends what
// AppendJSON followed by json.Indent gives, for values the encoder writes
// itself and values it hands to encoding/json, and that on error it
// returns dst unchanged with Marshal's error.
func TestAppendIndentJSON(t *testing.T) {
	values := []any{
		synth.Graph(20), nil, 1, "a<&>\u2028", []int{}, []int{1, 2}, map[string]any{},
		map[string]any{"a": []any{}, "b": map[string]int{}, "c": []any{1, "x,y:{z}", map[string]any{"d": nil}}},
		json.RawMessage(`{"raw":[1,{}]}`),
	}
	for i, v := range values {
		compact, err := codec.AppendJSON(nil, v)
		require.NoError(t, err)
		for _, in := range indentCases {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, in.prefix, in.indent))
			got, err := codec.AppendIndentJSON([]byte("head"), v, in.prefix, in.indent)
			require.NoError(t, err)
			assert.Equal(t, "head"+want.String(), string(got), "value %d, prefix %q, indent %q", i, in.prefix, in.indent)
			m, err := codec.MarshalIndent(v, in.prefix, in.indent)
			require.NoError(t, err)
			assert.Equal(t, want.String(), string(m), "MarshalIndent, value %d, prefix %q, indent %q", i, in.prefix, in.indent)
		}
	}
	dst := []byte("head")
	got, err := codec.AppendIndentJSON(dst, []any{1, math.Inf(1)}, "", "  ")
	_, want := json.Marshal([]any{1, math.Inf(1)})
	require.Error(t, want)
	assert.EqualError(t, err, want.Error())
	assert.Equal(t, "head", string(got))
}

// FuzzAppendIndent checks the indenter against json.Indent on compact
// JSON, such as the encoder writes, with any prefix and indent.
func FuzzAppendIndent(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"d"}],"e":{}}`), "\t", " ")
	f.Add([]byte(`[[],{},"\\",null,true,"0123456789\\\"abcdef\u2028"]`), "", "  ")
	f.Fuzz(func(t *testing.T, doc []byte, prefix, indent string) {
		var compact bytes.Buffer
		if json.Compact(&compact, doc) != nil || !bytes.Equal(compact.Bytes(), doc) {
			return
		}
		var want bytes.Buffer
		require.NoError(t, json.Indent(&want, doc, prefix, indent))
		assert.Equal(t, want.String(), string(codec.AppendIndent(nil, doc, prefix, indent)))
	})
}

// fuzzDoc has a member of each kind the encoder writes: strings, lists
// of strings, Texts, structs by value and by pointer, lists of structs,
// maps and interfaces (handed to encoding/json), numbers, an empty
// struct, with and without omitempty.
type fuzzDoc struct {
	S  string
	SE string `json:",omitempty"`
	L  []string
	LE []string `json:",omitempty"`
	T  diplo.Text
	TE diplo.Text `json:",omitempty"`
	ID diplo.ID   `json:",omitempty"`
	N  []fuzzDoc  `json:",omitempty"`
	P  *fuzzDoc   `json:",omitempty"`
	M  map[string]any
	A  any
	I  []int
	F  float64
	E  struct{}
	Q  struct {
		X string `json:",omitempty"`
	}
}

// FuzzAppendIndentJSON checks AppendIndentJSON and MarshalIndent, which
// indent as they encode, against AppendJSON followed by json.Indent, on
// the values encoding/json decodes from the input (as an any, and as a
// fuzzDoc by value and by pointer), with any prefix and indent.
func FuzzAppendIndentJSON(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":"c\"d<&>"}],"e":{},"f":"\u2028"}`), "", "  ")
	f.Add([]byte(`[[],{},"\\",null,true,1e300,"0123456789abcdef\\"]`), "    ", "\t")
	f.Add([]byte(`{"S":"s","L":["a","b"],"T":{"fr":"x","en":"y"},"N":[{"S":"n","M":{"k":[1,{}]}},{}],"P":{"A":[{"z":[]}]},"I":[1,2]}`), "> ", "..")
	f.Fuzz(func(t *testing.T, doc []byte, prefix, indent string) {
		var values []any
		var v any
		if json.Unmarshal(doc, &v) == nil {
			values = append(values, v)
		}
		var d fuzzDoc
		if json.Unmarshal(doc, &d) == nil {
			values = append(values, d, &d)
		}
		for _, v := range values {
			compact, err := codec.AppendJSON(nil, v)
			if err != nil {
				_, err2 := codec.AppendIndentJSON(nil, v, prefix, indent)
				assert.EqualError(t, err2, err.Error())
				continue
			}
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, prefix, indent))
			got, err := codec.AppendIndentJSON([]byte("head"), v, prefix, indent)
			require.NoError(t, err)
			assert.Equal(t, "head"+want.String(), string(got))
			m, err := codec.MarshalIndent(v, prefix, indent)
			require.NoError(t, err)
			assert.Equal(t, want.String(), string(m))
		}
	})
}

// BenchmarkCodecMarshalIndent measures MarshalIndent of a record, indented
// by two spaces as diplo's golden files are.
func BenchmarkCodecMarshalIndent(b *testing.B) {
	for _, d := range benchDocs(b) {
		b.Run(d.name, func(b *testing.B) {
			loop(b, len(d.data), func() error { _, err := codec.MarshalIndent(d.graph, "", "  "); return err })
		})
	}
}

// TestMarshalIndentLarge checks MarshalIndent on values of one type,
// large (an indented output over a megabyte) and small in turn, which it
// writes in two passes (the first value, and after a large output), in
// one (a small value after a small output) or starts in one and goes
// over to two (a large value after a small output): the bytes are
// json.Indent's of Marshal's output each time, in a slice of exactly
// their length.
func TestMarshalIndentLarge(t *testing.T) {
	type item struct {
		Name string
		Tags []string `json:",omitempty"`
	}
	type doc struct{ Items []item }
	large := &doc{}
	for i := range 40000 {
		large.Items = append(large.Items, item{Name: strings.Repeat("n", i%20), Tags: []string{"a", "b\"c"}[:i%3]})
	}
	small := &doc{Items: []item{{Name: "x"}}}
	for i, v := range []*doc{large, large, small, small, large, small} {
		compact, err := codec.Marshal(v)
		require.NoError(t, err)
		for _, in := range []struct{ prefix, indent string }{{"", "  "}, {"> ", "\t"}} {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, in.prefix, in.indent))
			got, err := codec.MarshalIndent(v, in.prefix, in.indent)
			require.NoError(t, err)
			assert.Equal(t, want.String(), string(got), "value %d, prefix %q, indent %q", i, in.prefix, in.indent)
			assert.Equal(t, len(got), cap(got), "value %d: the output is sized exactly", i)
		}
	}
}

// TestAppendIndentJSONBreakLengths checks AppendIndentJSON against
// json.Indent on values nested so that the line breaks, with and without
// their comma, and the member names run through every length around
// those that the indenter writes by one store (32 and 16 bytes), into a
// buffer with no spare room and one with plenty.
func TestAppendIndentJSONBreakLengths(t *testing.T) {
	for depth := range 24 {
		var v any = map[string]any{"k": "v", strings.Repeat("n", depth): []any{1, 2}}
		for range depth {
			v = []any{map[string]any{"a": 1, strings.Repeat("m", depth%18): v}, 3}
		}
		compact, err := codec.AppendJSON(nil, v)
		require.NoError(t, err)
		for _, in := range []struct{ prefix, indent string }{{"", " "}, {"", "  "}, {"  ", "  "}, {"p", "\t"}} {
			var want bytes.Buffer
			require.NoError(t, json.Indent(&want, compact, in.prefix, in.indent))
			for _, dst := range [][]byte{[]byte("head"), append(make([]byte, 0, 1<<16), "head"...)} {
				got, err := codec.AppendIndentJSON(dst, v, in.prefix, in.indent)
				require.NoError(t, err)
				assert.Equal(t, "head"+want.String(), string(got), "depth %d, prefix %q, indent %q", depth, in.prefix, in.indent)
			}
		}
	}
}

package diplo_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// formGraph returns a generated graph with coordinates on its first
// event's place (a float the encoder writes in its own form), and its
// canonical encoding.
func formGraph(t testing.TB) (*graph.Graph, []byte) {
	g := synth.Graph(8)
	g.Events[0].Place.Coordinates = &diplo.Coordinates{Latitude: 48.8566, Longitude: 0}
	doc, err := diplo.Marshal(g)
	require.NoError(t, err)
	return g, doc
}

// canonicalDocs returns documents in diplo's canonical form (but for
// white space): the examples' golden files, generated graphs compact and
// indented, by name.
func formDocs(t testing.TB) map[string][]byte {
	docs := map[string][]byte{}
	files, err := filepath.Glob("examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		docs[f] = data
	}
	_, doc := formGraph(t)
	docs["synth-8"] = doc
	for _, n := range []int{1, 200} {
		g := synth.Graph(n)
		compact, err := diplo.Marshal(g)
		require.NoError(t, err)
		indented, err := diplo.MarshalIndent(g, "", "  ")
		require.NoError(t, err)
		docs["synth-"+itoa(n)] = compact
		docs["synth-"+itoa(n)+"-indented"] = append(indented, '\n')
	}
	return docs
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// spaceEqual reports whether doc is b but for white space between tokens.
func spaceEqual(doc, b []byte) bool {
	c := codec.NewSpaceEqual(doc)
	c.Feed(b)
	return c.End()
}

// TestUnmarshalFormCanonical checks that the decoder vouches for the
// canonical form of every example's golden file and of generated graphs,
// compact and indented, and of each node of a graph decoded alone: the
// documents diplo validate reads.
func TestUnmarshalFormCanonical(t *testing.T) {
	for name, doc := range formDocs(t) {
		t.Run(name, func(t *testing.T) {
			for _, strict := range []bool{false, true} {
				var g graph.Graph
				form, err := diplo.DecodeOptions{Strict: strict}.UnmarshalForm(doc, &g)
				require.NoError(t, err)
				assert.Equal(t, diplo.Form{Canonical: true}, form, "strict %v", strict)
			}
		})
	}
	g, _ := formGraph(t)
	for i, n := range g.Nodes() {
		doc, err := diplo.Marshal(n)
		require.NoError(t, err)
		fresh := graph.TypeOf(n).New()
		form, err := diplo.DecodeOptions{}.UnmarshalForm(doc, fresh)
		require.NoError(t, err)
		assert.True(t, form.Canonical, "node %d: %s", i, doc)
	}
}

// TestUnmarshalFormNotCanonical checks that each form of a valid
// document that diplo.Marshal does not write is reported as not
// canonical, though it decodes, and that strings "" and "und" in a
// canonical document are reported.
func TestUnmarshalFormNotCanonical(t *testing.T) {
	g, doc := formGraph(t)
	id := `"id":"` + string(g.ID) + `"`
	title, err := diplo.Marshal(g.Title)
	require.NoError(t, err)
	replace := func(old, new string) func([]byte) []byte {
		return func(d []byte) []byte {
			require.Contains(t, string(d), old)
			return bytes.Replace(d, []byte(old), []byte(new), 1)
		}
	}
	tests := []struct {
		name string
		edit func([]byte) []byte
	}{
		{"members reordered", replace(id+`,"type":"Graph"`, `"type":"Graph",`+id)},
		{"member twice", replace(`"type":"Graph"`, `"type":"Graph","type":"Graph"`)},
		{"member missing", replace(`"type":"Graph",`, ``)},
		{"name in another case", replace(`"type":"Graph"`, `"Type":"Graph"`)},
		{"escape in a name", replace(`"type":"Graph"`, `"t\u0079pe":"Graph"`)},
		{"escape in a value", replace(`"Graph"`, `"Gr\u0061ph"`)},
		{"escaped solidus", replace(`"https://news.example.org/`, `"https:\/\/news.example.org/`)},
		{"escape of a letter in a Text", replace(`"Kwame Sow"`, `"Kw\u0061me Sow"`)},
		{"newline as \\u000a", replace(`"Kwame Sow"`, `"Kwame\u000aSow"`)},
		{"U+2028 unescaped", replace(`"Kwame Sow"`, "\"Kwame\u2028Sow\"")},
		{"U+2029 unescaped far in a string", replace(`"Entretiens Colombie – Andorre"`, "\"Entretiens Colombie – Andorre\u2029\"")},
		{"empty list", replace(`"identifiers":["iso3166:AD"]`, `"identifiers":[]`)},
		{"empty Text", replace(`"title":`+string(title), `"title":{}`)},
		{"empty optional string", replace(`"status":"held"`, `"status":""`)},
		{"tag key in upper case", replace(`{"fr":"Kwame Sow"}`, `{"FR":"Kwame Sow"}`)},
		{"tag key in another form", replace(`"en-t-fr":"Council"`, `"en-T-fr":"Council"`)},
		{"tag keys out of order", replace(`{"en":"Andorra","fr":"Andorre"}`, `{"fr":"Andorre","en":"Andorra"}`)},
		{"tag key twice", replace(`{"en":"Andorra","fr":"Andorre"}`, `{"en":"Andorra","en":"Andorra","fr":"Andorre"}`)},
		{"tag value in another form", replace(`"language":"fr"`, `"language":"FR"`)},
		{"tag value und, left out", replace(`"language":"fr"`, `"language":"und"`)},
		{"country code in lower case", replace(`"country":"AD"`, `"country":"ad"`)},
		{"date as a time", replace(`"startDate":"2000-01-04"`, `"startDate":"2000-01-04T00:00:00+00:00"`)},
		{"float with a trailing zero", replace(`"latitude":48.8566`, `"latitude":48.85660`)},
		{"float with an exponent", replace(`"latitude":48.8566`, `"latitude":4.88566e1`)},
		{"float zero as 0.0", replace(`"longitude":0`, `"longitude":0.0`)},
		{"float zero as -0.0", replace(`"longitude":0`, `"longitude":-0.0`)},
		{"float zero as 0e0", replace(`"longitude":0`, `"longitude":0e0`)},
		{"trailing value", func(d []byte) []byte { return append(bytes.Clone(d), "{}"...) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edited := tc.edit(doc)
			var g graph.Graph
			form, err := diplo.DecodeOptions{}.UnmarshalForm(edited, &g)
			if tc.name == "trailing value" {
				require.Error(t, err)
				assert.Equal(t, diplo.Form{}, form)
				return
			}
			require.NoError(t, err)
			out, err := diplo.Marshal(&g)
			require.NoError(t, err)
			require.False(t, spaceEqual(edited, out), "the edit is canonical")
			assert.False(t, form.Canonical)
		})
	}
	// Canonical, with strings that only the JSON Schema refuses.
	blank := []struct{ name, old, new string }{
		{"empty Text value", `"Kwame Sow"`, `""`},
		{"und as a Text value", `"Kwame Sow"`, `"und"`},
		{"UND as a Text value", `"Kwame Sow"`, `"UND"`},
		{"Und as a string", `"https://news.example.org/2000/01/04/article-0"`, `"Und"`},
	}
	for _, tc := range blank {
		t.Run(tc.name, func(t *testing.T) {
			edited := replace(tc.old, tc.new)(doc)
			var g graph.Graph
			form, err := diplo.DecodeOptions{}.UnmarshalForm(edited, &g)
			require.NoError(t, err)
			out, err := diplo.Marshal(&g)
			require.NoError(t, err)
			require.True(t, spaceEqual(edited, out))
			assert.Equal(t, diplo.Form{Canonical: true, EmptyOrUnd: true}, form)
		})
	}
	// A value that is not zero is merged into: not vouched for.
	g2 := synth.Graph(1)
	form, err := diplo.DecodeOptions{}.UnmarshalForm(doc, g2)
	require.NoError(t, err)
	assert.False(t, form.Canonical)
}

// FuzzCanonicalFlag checks the decoder's report of canonical form:
// whenever it says a document is canonical, diplo.Marshal of the value
// decoded is the document but for white space, and whenever it says so
// without EmptyOrUnd, no string of the document is "" or "und" in any
// case.
func FuzzCanonicalFlag(f *testing.F) {
	for _, doc := range formDocs(f) {
		f.Add(doc)
	}
	g, doc := formGraph(f)
	f.Add(doc)
	for _, edit := range [][2]string{
		{`"type":"Graph"`, `"type":"Graph","type":"Graph"`},
		{`"Graph"`, `"Gr\u0061ph"`},
		{`"Kwame Sow"`, `"Kwame\nSow\"\\\u0001\u2028"`},
		{`"Kwame Sow"`, `""`},
		{`"Kwame Sow"`, `"und"`},
		{`"identifiers":["iso3166:AD"]`, `"identifiers":[]`},
		{`{"fr":"Kwame Sow"}`, `{"FR":"Kwame Sow"}`},
		{`{"en":"Andorra","fr":"Andorre"}`, `{"fr":"Andorre","en":"Andorra"}`},
		{`"language":"fr"`, `"language":"und"`},
		{`"startDate":"2000-01-04"`, `"startDate":"2000-01-04T00:00:00Z"`},
		{`"latitude":48.8566`, `"latitude":4.88566e1`},
		{`"longitude":0`, `"longitude":1.0`},
		{`"longitude":0`, `"longitude":1e0`},
		{`"longitude":0`, `"longitude":null`},
		{`"status":"held"`, `"status":""`},
		{`"country":"AD"`, `"country":"ad"`},
		{`"id":"` + string(g.ID) + `",`, ``},
	} {
		f.Add(bytes.Replace(doc, []byte(edit[0]), []byte(edit[1]), 1))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		o := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: 1 << 20}}
		for _, strict := range []bool{false, true} {
			o.Strict = strict
			var g graph.Graph
			form, err := o.UnmarshalForm(doc, &g)
			if err != nil || !form.Canonical {
				continue
			}
			out, err := diplo.Marshal(&g)
			require.NoError(t, err)
			assert.True(t, spaceEqual(doc, out), "said canonical, but diplo.Marshal writes\n%s", out)
			if !form.EmptyOrUnd {
				assert.False(t, hasBlankString(t, doc), "a string is empty or und")
			}
		}
	})
}

// hasBlankString reports whether a string of doc, valid JSON, is "" or
// "und" in any case.
func hasBlankString(t *testing.T, doc []byte) bool {
	dec := jsontext.NewDecoder(bytes.NewReader(doc))
	for {
		tok, err := dec.ReadToken()
		if err == io.EOF {
			return false
		}
		require.NoError(t, err)
		if tok.Kind() == '"' {
			if s := tok.String(); s == "" || strings.EqualFold(s, "und") {
				return true
			}
		}
	}
}

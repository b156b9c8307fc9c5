package graph_test

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

// canonical returns what encoding/json writes for v in the canonical
// form, which leaves '&', '<' and '>' unescaped: a json.Encoder after
// SetEscapeHTML(false), without its final newline.
func canonical(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// sameAsJSON checks that diplo.Marshal writes what encoding/json writes
// for v in the canonical form, by value and by pointer.
func sameAsJSON[T any](t *testing.T, v T) {
	t.Helper()
	for _, x := range []any{v, &v} {
		want, err := canonical(x)
		if err != nil {
			t.Fatal(err)
		}
		got, err := diplo.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("diplo.Marshal wrote\n%s\nencoding/json wrote\n%s", got, want)
		}
	}
}

// decodeFile decodes a JSON file of the repository into a T.
func decodeFile[T any](t *testing.T, path string) T {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

// TestMarshalSameAsEncodingJSON holds diplo.Marshal to encoding/json on
// every record of the repository: the examples' graphs, the graph test
// record, a generated graph, and each node type's file with every field
// set.
func TestMarshalSameAsEncodingJSON(t *testing.T) {
	graphs, err := filepath.Glob("../examples/*/testdata/*.golden.json")
	if err != nil || len(graphs) < 5 {
		t.Fatalf("found %d example graphs (%v)", len(graphs), err)
	}
	graphs = append(graphs, goldenSmall)
	for _, path := range graphs {
		t.Run(path, func(t *testing.T) { sameAsJSON(t, decodeFile[graph.Graph](t, path)) })
	}
	t.Run("synth", func(t *testing.T) { sameAsJSON(t, *synth.Graph(200)) })
	t.Run("empty graph", func(t *testing.T) { sameAsJSON(t, graph.Graph{}) })
	files := map[string]func(t *testing.T, path string){
		"../actor/testdata/person.json":       func(t *testing.T, p string) { sameAsJSON(t, decodeFile[actor.Person](t, p)) },
		"../actor/testdata/state.json":        func(t *testing.T, p string) { sameAsJSON(t, decodeFile[actor.State](t, p)) },
		"../actor/testdata/organization.json": func(t *testing.T, p string) { sameAsJSON(t, decodeFile[actor.Organization](t, p)) },
		"../actor/testdata/office.json":       func(t *testing.T, p string) { sameAsJSON(t, decodeFile[actor.Office](t, p)) },
		"../actor/testdata/tenure.json":       func(t *testing.T, p string) { sameAsJSON(t, decodeFile[actor.Tenure](t, p)) },
		"../actor/testdata/delegation.json":   func(t *testing.T, p string) { sameAsJSON(t, decodeFile[actor.Delegation](t, p)) },
		"../event/testdata/event.json":        func(t *testing.T, p string) { sameAsJSON(t, decodeFile[event.Event](t, p)) },
		"../event/testdata/participant.json":  func(t *testing.T, p string) { sameAsJSON(t, decodeFile[event.Participant](t, p)) },
		"../event/testdata/relation.json":     func(t *testing.T, p string) { sameAsJSON(t, decodeFile[event.Relation](t, p)) },
		"../event/testdata/characterisation.json": func(t *testing.T, p string) {
			sameAsJSON(t, decodeFile[event.Characterisation](t, p))
		},
		"../event/testdata/statement.json":  func(t *testing.T, p string) { sameAsJSON(t, decodeFile[event.Statement](t, p)) },
		"../accord/testdata/accord.json":    func(t *testing.T, p string) { sameAsJSON(t, decodeFile[accord.Accord](t, p)) },
		"../accord/testdata/action.json":    func(t *testing.T, p string) { sameAsJSON(t, decodeFile[accord.Action](t, p)) },
		"../accord/testdata/relation.json":  func(t *testing.T, p string) { sameAsJSON(t, decodeFile[accord.Relation](t, p)) },
		"../accord/testdata/signatory.json": func(t *testing.T, p string) { sameAsJSON(t, decodeFile[accord.Signatory](t, p)) },
	}
	for path, check := range files {
		t.Run(path, func(t *testing.T) { check(t, path) })
	}
}

// FuzzMarshal decodes what the fuzzer gives into a graph, leniently, and
// holds diplo.Marshal to encoding/json's canonical form on whatever was
// decoded.
func FuzzMarshal(f *testing.F) {
	for _, path := range []string{goldenSmall, "../examples/russia-mali/testdata/russia-mali.golden.json"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"events":[{"title":{"fr":"<\u2028>","en-t-fr":"x"},"date":"2025-06~","location":{"coordinates":{"latitude":1e-9,"longitude":-0}}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var g graph.Graph
		_ = json.Unmarshal(data, &g)
		want, wantErr := canonical(&g)
		got, err := diplo.Marshal(&g)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() || !bytes.Equal(got, want) {
			t.Fatalf("diplo.Marshal wrote %s, %v; encoding/json wrote %s, %v", got, err, want, wantErr)
		}
	})
}

// canonicalFiles are the graph files of the repository written in the
// canonical indented form: the examples' golden files, the package's own
// and the generator's.
func canonicalFiles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 5, "example golden files")
	return append(paths, goldenSmall, "../internal/synth/testdata/synth-8.golden.json")
}

// TestCanonicalRoundTrip checks that decoding a canonical graph file and
// encoding the graph again with diplo.MarshalIndent gives the file back
// byte for byte, and that generated graphs keep their bytes through
// decoding and encoding, compact and indented.
func TestCanonicalRoundTrip(t *testing.T) {
	for _, path := range canonicalFiles(t) {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			g, err := graph.UnmarshalStrict(data)
			require.NoError(t, err)
			out, err := diplo.MarshalIndent(g, "", "  ")
			require.NoError(t, err)
			assert.Equal(t, string(data), string(out)+"\n")
		})
	}
	for _, n := range []int{0, 1, 37, 400} {
		g := synth.Graph(n)
		for _, indent := range []string{"", "  "} {
			first, err := diplo.MarshalIndent(g, "", indent)
			require.NoError(t, err)
			back, err := graph.UnmarshalStrict(first)
			require.NoError(t, err)
			second, err := diplo.MarshalIndent(back, "", indent)
			require.NoError(t, err)
			assert.Equal(t, string(first), string(second), "synth.Graph(%d), indent %q", n, indent)
		}
	}
}

// htmlGraph is a graph whose strings hold '&', '<' and '>'.
func htmlGraph() *graph.Graph {
	return &graph.Graph{
		States: []actor.State{{ID: "urn:x:state", Name: diplo.Text{language.French: "Trinité-et-Tobago & <Grenadines>"}, Country: "TT"}},
		Sources: []diplo.Source{{ID: "urn:x:source", URL: "https://example.org/?a=1&b=<2>",
			Title: diplo.Text{language.English: "Q&A: <b>talks</b> & more"}}},
	}
}

// TestMarshalHTMLRoundTrip checks that a graph whose text holds '&', '<'
// and '>' is written without escaping them, by diplo.Marshal,
// diplo.MarshalIndent and NodeWriter alike, and that its JSON survives
// decoding and encoding again byte for byte.
func TestMarshalHTMLRoundTrip(t *testing.T) {
	g := htmlGraph()
	compact, err := diplo.Marshal(g)
	require.NoError(t, err)
	indented, err := diplo.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	var lines bytes.Buffer
	w := graph.NewNodeWriter(&lines)
	for _, n := range g.Nodes() {
		require.NoError(t, w.Write(n))
	}
	require.NoError(t, w.Flush())
	for name, out := range map[string][]byte{"Marshal": compact, "MarshalIndent": indented, "NodeWriter": lines.Bytes()} {
		for _, esc := range []string{`\u0026`, `\u003c`, `\u003e`} {
			assert.NotContains(t, string(out), esc, name)
		}
		assert.Contains(t, string(out), `"https://example.org/?a=1&b=<2>"`, name)
		assert.Contains(t, string(out), `"Q&A: <b>talks</b> & more"`, name)
	}
	for name, data := range map[string][]byte{"compact": compact, "indented": indented} {
		back, err := graph.UnmarshalStrict(data)
		require.NoError(t, err, name)
		assert.Equal(t, g, back, name)
		again, err := diplo.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(compact), string(again), name)
	}
	r := graph.NewNodeReader(bytes.NewReader(lines.Bytes()), diplo.DecodeOptions{Strict: true})
	var again bytes.Buffer
	w = graph.NewNodeWriter(&again)
	for {
		n, err := r.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		require.NoError(t, w.Write(n))
	}
	require.NoError(t, w.Flush())
	assert.Equal(t, lines.String(), again.String())
}

// TestFixturesRoundTrip checks that each node type's file, with every
// field set, is in the canonical indented form: decoded strictly and
// encoded again with diplo.MarshalIndent, it gives its bytes back.
func TestFixturesRoundTrip(t *testing.T) {
	files := map[string]func() any{
		"../actor/testdata/person.json":           func() any { return new(actor.Person) },
		"../actor/testdata/state.json":            func() any { return new(actor.State) },
		"../actor/testdata/organization.json":     func() any { return new(actor.Organization) },
		"../actor/testdata/office.json":           func() any { return new(actor.Office) },
		"../actor/testdata/tenure.json":           func() any { return new(actor.Tenure) },
		"../actor/testdata/delegation.json":       func() any { return new(actor.Delegation) },
		"../event/testdata/event.json":            func() any { return new(event.Event) },
		"../event/testdata/participant.json":      func() any { return new(event.Participant) },
		"../event/testdata/relation.json":         func() any { return new(event.Relation) },
		"../event/testdata/characterisation.json": func() any { return new(event.Characterisation) },
		"../event/testdata/statement.json":        func() any { return new(event.Statement) },
		"../accord/testdata/accord.json":          func() any { return new(accord.Accord) },
		"../accord/testdata/action.json":          func() any { return new(accord.Action) },
		"../accord/testdata/relation.json":        func() any { return new(accord.Relation) },
		"../accord/testdata/signatory.json":       func() any { return new(accord.Signatory) },
	}
	for path, fresh := range files {
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			v := fresh()
			require.NoError(t, diplo.UnmarshalStrict(data, v))
			out, err := diplo.MarshalIndent(v, "", "  ")
			require.NoError(t, err)
			assert.Equal(t, string(data), string(out)+"\n")
		})
	}
}

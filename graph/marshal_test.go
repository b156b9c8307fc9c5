package graph_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

// sameAsJSON checks that diplo.Marshal writes what json.Marshal writes
// for v, by value and by pointer.
func sameAsJSON[T any](t *testing.T, v T) {
	t.Helper()
	for _, x := range []any{v, &v} {
		want, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		got, err := diplo.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("diplo.Marshal wrote\n%s\njson.Marshal wrote\n%s", got, want)
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

// TestMarshalSameAsEncodingJSON holds diplo.Marshal to json.Marshal on
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
// holds diplo.Marshal to json.Marshal on whatever was decoded.
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
		want, wantErr := json.Marshal(&g)
		got, err := diplo.Marshal(&g)
		if (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() || !bytes.Equal(got, want) {
			t.Fatalf("diplo.Marshal wrote %s, %v; json.Marshal wrote %s, %v", got, err, want, wantErr)
		}
	})
}

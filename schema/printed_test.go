package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/diplo-go/diplo/graph"
)

// TestPrintedJSONLD judges the JSON-LD that example programs print (the
// *.golden.jsonld files) with json-gold: expansion drops no member, and
// the canonical dataset equals that of WriteNQuads on the graph the
// document reads back to.
func TestPrintedJSONLD(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "*", "testdata", "*.golden.jsonld"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no printed JSON-LD found (%v)", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ld.DocumentFromReader(strings.NewReader(string(data)))
			if err != nil {
				t.Fatal(err)
			}
			if d := droppedKeys(t, doc); len(d) > 0 {
				t.Errorf("expansion dropped %v", d)
			}
			var g graph.Graph
			if err := UnmarshalJSONLDStrict(data, &g); err != nil {
				t.Fatal(err)
			}
			var nq strings.Builder
			if err := WriteNQuads(&nq, &g); err != nil {
				t.Fatal(err)
			}
			if got, want := canonNQuads(t, nq.String()), canonJSONLD(t, data); got != want {
				t.Errorf("WriteNQuads and json-gold differ:\n%s", lineDiff(got, want))
			}
		})
	}
}

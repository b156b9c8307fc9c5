package schema

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
)

// TestPrintedJSONLD judges the JSON-LD that example programs print (the
// *.golden.jsonld files) with json-gold: expansion drops no member, and
// the canonical dataset equals that of WriteNQuads on the graph the
// document reads back to.
func TestPrintedJSONLD(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "examples", "*", "testdata", "*.golden.jsonld"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no printed JSON-LD found")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			doc, err := ld.DocumentFromReader(strings.NewReader(string(data)))
			require.NoError(t, err)
			assert.Empty(t, droppedKeys(t, doc), "expansion dropped members")
			var g graph.Graph
			require.NoError(t, UnmarshalJSONLDStrict(data, &g))
			var nq strings.Builder
			require.NoError(t, WriteNQuads(&nq, &g))
			got, want := canonNQuads(t, nq.String()), canonJSONLD(t, data)
			assert.True(t, got == want, "WriteNQuads and json-gold differ:\n%s", lineDiff(got, want))
		})
	}
}

package schema_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

// TestJSONLDPassesJSONSchema checks the JSON Schema half of the one wire
// shape: the JSON-LD that MarshalJSONLD writes for every example, with the
// context by reference or inline, is valid against the published graph
// schema (it used to fail it on every typed date), and the printed golden
// JSON-LD of the examples too.
func TestJSONLDPassesJSONSchema(t *testing.T) {
	examples, err := filepath.Glob("../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.NotEmpty(t, examples)
	for _, file := range examples {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			var g graph.Graph
			require.NoError(t, schema.UnmarshalJSONLDStrict(data, &g))
			for _, opts := range []schema.JSONLDOptions{{}, {InlineContext: true}} {
				b, err := schema.MarshalJSONLD(&g, opts)
				require.NoError(t, err)
				doc, err := jsValidate(t, "graph", b)
				assert.NoError(t, err, "the graph schema rejects MarshalJSONLD's output: %v", jsFailures(doc, err))
			}
		})
	}
	printed, err := filepath.Glob("../examples/*/testdata/*.golden.jsonld")
	require.NoError(t, err)
	require.NotEmpty(t, printed)
	for _, file := range printed {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		doc, err := jsValidate(t, "graph", data)
		assert.NoError(t, err, "the graph schema rejects %s: %v", file, jsFailures(doc, err))
	}
}

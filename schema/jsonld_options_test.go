package schema_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

// TestJSONLDOptions checks that the zero JSONLDOptions give the
// documented default (ContextURL as the context, compact output) and
// that each field takes effect, in MarshalJSONLD and MarshalNodeJSONLD.
func TestJSONLDOptions(t *testing.T) {
	e := event.Event{
		ID:    "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71",
		Kind:  event.OfficialVisit,
		Start: diplo.MustParseDate("2025-06-22"),
	}
	g := &graph.Graph{Events: []event.Event{e}}
	plainNode, err := diplo.Marshal(e)
	require.NoError(t, err)
	plainGraph, err := diplo.Marshal(g)
	require.NoError(t, err)
	byURL := `{"@context":"` + schema.ContextURL + `",`
	indent := func(t *testing.T, b []byte, prefix, indent string) string {
		var out bytes.Buffer
		require.NoError(t, json.Indent(&out, b, prefix, indent))
		return out.String()
	}
	for _, tc := range []struct {
		name  string
		plain []byte
		write func(schema.JSONLDOptions) ([]byte, error)
	}{
		{"MarshalJSONLD", plainGraph, func(o schema.JSONLDOptions) ([]byte, error) { return schema.MarshalJSONLD(g, o) }},
		{"MarshalNodeJSONLD", plainNode, func(o schema.JSONLDOptions) ([]byte, error) { return schema.MarshalNodeJSONLD(e, o) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			zero, err := tc.write(schema.JSONLDOptions{})
			require.NoError(t, err)
			assert.Equal(t, byURL+string(tc.plain[1:]), string(zero), "zero: the context by its URL, compact")

			inline, err := tc.write(schema.JSONLDOptions{InlineContext: true})
			require.NoError(t, err)
			var doc struct {
				Context json.RawMessage `json:"@context"`
			}
			require.NoError(t, json.Unmarshal(inline, &doc))
			assert.True(t, bytes.HasPrefix(doc.Context, []byte("{")), "InlineContext: the context object, not %.40s", doc.Context)
			assert.NotContains(t, string(inline), "\n", "InlineContext alone is compact")

			indented, err := tc.write(schema.JSONLDOptions{Prefix: "> ", Indent: "\t"})
			require.NoError(t, err)
			assert.Equal(t, indent(t, zero, "> ", "\t"), string(indented), "Prefix and Indent")

			indentOnly, err := tc.write(schema.JSONLDOptions{Indent: "  "})
			require.NoError(t, err)
			assert.Equal(t, indent(t, zero, "", "  "), string(indentOnly), "Indent alone")

			prefixOnly, err := tc.write(schema.JSONLDOptions{Prefix: "  "})
			require.NoError(t, err)
			assert.Equal(t, indent(t, zero, "  ", ""), string(prefixOnly), "Prefix alone")
		})
	}
}

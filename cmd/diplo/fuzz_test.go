package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

// FuzzValidate drives "diplo validate -" end to end, the JSON Schema step
// included, from documents that are valid but for a hostile number. It
// never panics, exits 0 or 1, and exits 0 only for a document that strict
// decoding and Validate accept.
func FuzzValidate(f *testing.F) {
	for _, n := range []string{
		"1e1000001", "-1e999999", "1e-400", "12.345678901234567890123", "1e308", "-1e308", "5e-324",
		"4.9e-324", "1.7976931348623157e308", "1.8e308", "2.2250738585072014e-308", "9007199254740993",
		"1e" + strings.Repeat("0", 1000) + "1", "0e" + strings.Repeat("9", 1000), "1e-" + strings.Repeat("0", 1000) + "400",
		"0." + strings.Repeat("0", 1000) + "1", "1" + strings.Repeat("0", 400), strings.Repeat("9", 1<<16),
		"0." + strings.Repeat("5", 1<<16), "48.8566", "-0", "1E3", "1.50",
	} {
		f.Add([]byte(eventDoc(n)))
	}
	f.Add([]byte(`null`))
	f.Add([]byte(`{"@context":"https://w3id.org/diplo/context.jsonld","events":[]}`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		out, errOut, code := runIn(doc, "validate", "-max-bytes", "1000000", "-")
		switch code {
		case 0:
		case 1:
			return
		default:
			t.Fatalf("exit %d: %s%s", code, out, errOut)
		}
		var g graph.Graph
		var err error
		if isJSONLD(doc) {
			err = schema.UnmarshalJSONLDStrict(doc, &g)
		} else {
			err = diplo.UnmarshalStrict(doc, &g)
		}
		if err == nil {
			err = g.Validate()
		}
		require.NoError(t, err, "validate accepts what the library rejects")
	})
}

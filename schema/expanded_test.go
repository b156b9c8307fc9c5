package schema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

// TestUnmarshalExpandedJSONLDErrors checks that expanded JSON-LD that is
// no diplo document is an error at its place, never a silent loss.
func TestUnmarshalExpandedJSONLDErrors(t *testing.T) {
	const g = `"@type":["https://w3id.org/diplo/vocab#Graph"]`
	tests := []struct{ name, doc, path string }{
		{"unknown property", `[{` + g + `,"https://example.org/p":[{"@value":"x"}]}]`, ""},
		{"unknown class", `[{"@type":["https://example.org/C"]}]`, "type"},
		{"two types", `[{"@type":["https://w3id.org/diplo/vocab#Graph","http://schema.org/Person"]}]`, "type"},
		{"no document", `[{"@id":"urn:x:1"}]`, ""},
		{"literal for an IRI", `[{` + g + `,"https://w3id.org/diplo/vocab#hasEvent":[{"@id":"urn:x:e"}]},{"@id":"urn:x:e","@type":["http://schema.org/Event"],"http://schema.org/subEvent":[{"@value":"x"}]}]`, "events[0].parts[0]"},
		{"two values for one", `[{"@id":"urn:x:t","@type":["http://schema.org/Role"],"https://w3id.org/diplo/vocab#person":[{"@id":"urn:x:1"},{"@id":"urn:x:2"}]}]`, "person"},
		{"dangling reference", `[{` + g + `,"https://w3id.org/diplo/vocab#hasPerson":[{"@id":"urn:x:nobody"}]}]`, "persons[0]"},
		{"unknown controlled value", `[{"@id":"urn:x:e","@type":["http://schema.org/Event"],"https://w3id.org/diplo/vocab#eventKind":[{"@id":"https://example.org/kind"}]}]`, "kind"},
		{"text without language", `[{` + g + `,"http://purl.org/dc/terms/title":[{"@value":"x"}]}]`, "title"},
		{"keyword", `[{` + g + `,"@reverse":{}}]`, ""},
		{"not a node", `[1]`, "[0]"},
		{"date of wrong precision", `[{"@id":"urn:x:e","@type":["http://schema.org/Event"],"https://w3id.org/diplo/vocab#eventKind":[{"@id":"https://w3id.org/diplo/vocab/event-kind#summit"}],"http://schema.org/startDate":[{"@value":"2023","@type":"http://www.w3.org/2001/XMLSchema#date"}]}]`, "startDate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var g graph.Graph
			err := UnmarshalJSONLD([]byte(tc.doc), &g)
			require.ErrorIs(t, err, ErrJSONLD)
			if tc.path != "" {
				assert.Contains(t, err.Error(), tc.path+":")
			}
		})
	}
}

// flatPersons returns flattened JSON-LD of a graph of n persons.
func flatPersons(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"@graph":[{"@id":"_:g","@type":["https://w3id.org/diplo/vocab#Graph"],"https://w3id.org/diplo/vocab#hasPerson":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"@id":"https://example.org/people/%d"}`, i)
	}
	b.WriteString(`]}`)
	for i := range n {
		fmt.Fprintf(&b, `,{"@id":"https://example.org/people/%d","@type":["http://schema.org/Person"],"http://schema.org/name":[{"@value":"A","@language":"en"}],"http://schema.org/sameAs":[{"@id":"http://www.wikidata.org/entity/Q%d"}]}`, i, i+1)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

// flatPersonsCase reads a flattened graph of n persons.
var flatPersonsCase = scaling.Case{
	Name: "UnmarshalJSONLD/flattened",
	N:    300,
	Setup: func(tb testing.TB, n int) func() {
		doc := flatPersons(n)
		return func() {
			var g graph.Graph
			if err := UnmarshalJSONLD(doc, &g); err != nil || len(g.Persons) != n {
				tb.Fatalf("%d persons, %v", len(g.Persons), err)
			}
		}
	},
}

func BenchmarkUnmarshalJSONLDFlattened(b *testing.B) { scaling.Bench(b, flatPersonsCase) }

func TestUnmarshalJSONLDFlattenedScales(t *testing.T) { scaling.Check(t, flatPersonsCase) }

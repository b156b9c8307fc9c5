package schema

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
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
		{"two values for one", `[{"@id":"urn:x:t","@type":["http://schema.org/Role"],"https://w3id.org/diplo/vocab#office":[{"@id":"urn:x:1"},{"@id":"urn:x:2"}]}]`, "office"},
		{"two holders", `[{"@id":"urn:x:t","@type":["http://schema.org/Role"],"@reverse":{"https://w3id.org/diplo/vocab#holds":[{"@id":"urn:x:1"},{"@id":"urn:x:2"}]}}]`, "person"},
		{"holds nothing known", `[{"@id":"urn:x:t","@type":["http://schema.org/Role"]},{"@id":"urn:x:1","https://w3id.org/diplo/vocab#holds":[{"@id":"urn:x:nothing"}]}]`, ""},
		{"dangling reference", `[{` + g + `,"https://w3id.org/diplo/vocab#hasPerson":[{"@id":"urn:x:nobody"}]}]`, "persons[0]"},
		{"unknown controlled value", `[{"@id":"urn:x:e","@type":["http://schema.org/Event"],"https://w3id.org/diplo/vocab#eventKind":[{"@id":"https://example.org/kind"}]}]`, "kind"},
		{"text without language", `[{` + g + `,"http://purl.org/dc/terms/title":[{"@value":"x"}]}]`, "title"},
		{"keyword", `[{` + g + `,"@index":"x"}]`, ""},
		{"unknown reverse property", `[{` + g + `,"@reverse":{"https://example.org/p":[{"@id":"urn:x:1"}]}}]`, ""},
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

// TestPersonHoldsTenure checks the link from a person to a tenure: the
// tenure's person is the subject of diplo:holds, in WriteNQuads and in what
// json-gold makes of the tenure's JSON-LD, and a signatory's person is
// still diplo:person of the signing.
func TestPersonHoldsTenure(t *testing.T) {
	const person, tenure, office = "urn:x:person", "urn:x:tenure", "urn:x:office"
	var nq strings.Builder
	require.NoError(t, writeAnyNQuads(&nq, actor.Tenure{ID: tenure, Person: person, Office: office}))
	assert.Contains(t, nq.String(), "<"+person+"> <"+nsDiplo+"holds> <"+tenure+"> .\n")
	assert.NotContains(t, nq.String(), nsDiplo+"person>")
	doc, err := marshalAny(actor.Tenure{ID: tenure, Person: person, Office: office}, JSONLDOptions{InlineContext: true})
	require.NoError(t, err)
	assert.Equal(t, canonNQuads(t, nq.String()), canonJSONLD(t, doc))

	nq.Reset()
	require.NoError(t, writeAnyNQuads(&nq, accord.Accord{ID: "urn:x:a", Kind: accord.Treaty, Signatories: []accord.Signatory{{Person: person}}}))
	assert.Contains(t, nq.String(), " <"+nsDiplo+"person> <"+person+"> .\n")
}

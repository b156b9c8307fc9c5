package schema_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

func ExampleMarshalNodeJSONLD() {
	e := event.Event{
		ID:    "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71",
		Kind:  event.OfficialVisit,
		Name:  diplo.MustNewText("fr", "Visite officielle d’Assimi Goïta en Russie"),
		Start: diplo.MustParseDate("2025-06-22"),
		End:   diplo.MustParseDate("2025-06~"),
	}
	b, err := schema.MarshalNodeJSONLD(e, schema.JSONLDOptions{Indent: "  "})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// {
	//   "@context": "https://w3id.org/diplo/context.jsonld",
	//   "id": "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71",
	//   "type": "Event",
	//   "kind": "official-visit",
	//   "name": {
	//     "fr": "Visite officielle d’Assimi Goïta en Russie"
	//   },
	//   "startDate": "2025-06-22",
	//   "endDate": "2025-06~"
	// }
}

func ExampleUnmarshalJSONLD() {
	doc := []byte(`{
	  "@context": "https://w3id.org/diplo/context.jsonld",
	  "id": "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d52",
	  "type": "Tenure",
	  "person": "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d22",
	  "office": "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d42",
	  "startDate": {"@value": "2021-05", "@type": "xsd:gYearMonth"},
	  "qualifiers": ["transitional"]
	}`)
	var t actor.Tenure
	if err := schema.UnmarshalJSONLD(doc, &t); err != nil {
		log.Fatal(err)
	}
	fmt.Println(t.Start, t.Start.Precision(), t.Qualifiers)
	// Output: 2021-05 month [transitional]
}

func ExampleUnmarshalJSONLD_errors() {
	docs := []string{
		`{"@context": "https://example.org/other.jsonld", "type": "Graph"}`,
		`{"type": "Graph", "events": [{"type": "Event", "kind": "summit", "startDate": {"@value": "2023-06", "@type": "xsd:gYear"}}]}`,
		`{"@context": "https://w3id.org/diplo/context.jsonld", "@graph": []}`,
	}
	for _, doc := range docs {
		var g graph.Graph
		err := schema.UnmarshalJSONLD([]byte(doc), &g)
		var fe *diplo.FieldError
		if errors.As(err, &fe) {
			fmt.Printf("%s: unknown context %v, unsupported %v\n", fe.Path,
				errors.Is(err, schema.ErrUnknownContext), errors.Is(err, schema.ErrJSONLD))
		}
	}
	// Output:
	// @context: unknown context true, unsupported false
	// events[0].startDate: unknown context false, unsupported true
	// @graph: unknown context false, unsupported true
}

func ExampleWriteNQuads() {
	g := &graph.Graph{
		ID: "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d00",
		States: []actor.State{{
			ID:          actor.StateID("ML"),
			Name:        diplo.MustNewText("fr", "Mali"),
			Country:     "ML",
			Identifiers: []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q912")},
		}},
	}
	if err := schema.WriteNQuads(os.Stdout, g); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d00> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/diplo/vocab#Graph> .
	// <urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d00> <https://w3id.org/diplo/vocab#hasState> <https://w3id.org/diplo/id/state/ML> .
	// <https://w3id.org/diplo/id/state/ML> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/diplo/vocab#State> .
	// <https://w3id.org/diplo/id/state/ML> <http://schema.org/name> "Mali"@fr .
	// <https://w3id.org/diplo/id/state/ML> <https://w3id.org/diplo/vocab#iso3166> <https://www.iso.org/obp/ui/#iso:code:3166:ML> .
	// <https://w3id.org/diplo/id/state/ML> <http://schema.org/sameAs> <http://www.wikidata.org/entity/Q912> .
}

func ExampleWriteNodeNQuads_errors() {
	e := event.Event{ID: "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71", Kind: event.Summit,
		Participants: []event.Participant{{Actor: "not an IRI", Role: event.Host}}}
	err := schema.WriteNodeNQuads(io.Discard, e)
	fmt.Println(err)
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path, errors.Is(err, diplo.ErrSyntax))
	}
	// Output:
	// schema: N-Quads: participants[0].actor: syntax error: no scheme (such as "https:" or "urn:") at byte 0: id "not an IRI"
	// participants[0].actor true
}

func ExampleContext() {
	var doc struct {
		Context map[string]json.RawMessage `json:"@context"`
	}
	if err := json.Unmarshal(schema.Context(), &doc); err != nil {
		log.Fatal(err)
	}
	for _, term := range []string{"Event", "startDate", "identifiers", "name"} {
		var def struct {
			ID        string `json:"@id"`
			Type      string `json:"@type"`
			Container string `json:"@container"`
		}
		json.Unmarshal(doc.Context[term], &def)
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%-11s %-16s %-9s %s", term, def.ID, def.Type, def.Container)))
	}
	// Output:
	// Event       schema:Event
	// startDate   schema:startDate edtf:EDTF
	// identifiers schema:sameAs    @id       @set
	// name        schema:name                @language
}

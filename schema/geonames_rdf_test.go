package schema

import (
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// toRDF returns what json-gold makes of a JSON-LD document.
func toRDF(t *testing.T, doc string) *ld.RDFDataset {
	t.Helper()
	d, err := ld.DocumentFromReader(strings.NewReader(doc))
	require.NoError(t, err)
	ds, err := ld.NewJsonLdProcessor().ToRDF(d, ldOptions(t))
	require.NoError(t, err)
	return ds.(*ld.RDFDataset)
}

// geoNamesIRIs returns the GeoNames IRIs among the objects of ds.
func geoNamesIRIs(ds *ld.RDFDataset) []string {
	var out []string
	for _, q := range ds.Graphs["@default"] {
		if o := q.Object.GetValue(); strings.HasPrefix(o, nsGeoNames) {
			out = append(out, q.Predicate.GetValue()+" "+o)
		}
	}
	return out
}

// TestGeoNamesIRIs checks that a GeoNames id, as a place's geonames and
// among a node's identifiers, is GeoNames' concept IRI, with its final
// slash, in the RDF of WriteNQuads and in what json-gold makes of the JSON
// that diplo writes; and what a processor makes of the form without the
// slash that diplo wrote before, which decoding still takes.
func TestGeoNamesIRIs(t *testing.T) {
	moscow := diplo.MustNewIdentifier(diplo.GeoNames, "524901")
	e := event.Event{
		ID:          "https://example.org/events/visit",
		Kind:        event.OfficialVisit,
		Place:       diplo.Place{Name: diplo.MustNewText("fr", "Moscou"), GeoNames: moscow},
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.GeoNames, "2460596")},
	}
	require.NoError(t, e.Validate())
	want := []string{
		nsDiplo + "geonames " + nsGeoNames + "524901/",
		nsSchema + "sameAs " + nsGeoNames + "2460596/",
	}

	var nq strings.Builder
	require.NoError(t, writeAnyNQuads(&nq, e))
	written, err := parseNQuads(nq.String())
	require.NoError(t, err)
	assert.ElementsMatch(t, want, geoNamesIRIs(written), "WriteNQuads")

	doc, err := marshalAny(e, JSONLDOptions{})
	require.NoError(t, err)
	assert.Contains(t, string(doc), `"geonames":"geonames:524901/"`)
	assert.Contains(t, string(doc), `"identifiers":["geonames:2460596/"]`)
	assert.ElementsMatch(t, want, geoNamesIRIs(toRDF(t, string(doc))), "json-gold")
	assert.Equal(t, canonNQuads(t, nq.String()), canonJSONLD(t, doc), "WriteNQuads and json-gold differ")

	// The form without the slash: decoded as the same id, but a processor
	// reads it as the IRI without the slash, which is not GeoNames'
	// concept IRI and not what WriteNQuads writes for the decoded value.
	old := strings.NewReplacer("geonames:524901/", "geonames:524901", "geonames:2460596/", "geonames:2460596").Replace(string(doc))
	require.NotEqual(t, string(doc), old)
	var back event.Event
	require.NoError(t, UnmarshalJSONLD([]byte(old), &back))
	assert.Equal(t, e, back)
	assert.ElementsMatch(t, []string{
		nsDiplo + "geonames " + nsGeoNames + "524901",
		nsSchema + "sameAs " + nsGeoNames + "2460596",
	}, geoNamesIRIs(toRDF(t, old)), "json-gold, the form without the slash")

	// Expanded JSON-LD with either IRI gives back the id.
	for _, iri := range []string{nsGeoNames + "524901/", nsGeoNames + "524901"} {
		exp := `[{"@id":"https://example.org/events/visit","@type":["http://schema.org/Event"],
			"https://w3id.org/diplo/vocab#eventKind":[{"@id":"https://w3id.org/diplo/vocab/event-kind#official-visit"}],
			"http://schema.org/location":[{"@type":["http://schema.org/Place"],
				"http://schema.org/name":[{"@value":"Moscou","@language":"fr"}],
				"https://w3id.org/diplo/vocab#geonames":[{"@id":"` + iri + `"}]}]}]`
		var got event.Event
		require.NoError(t, UnmarshalJSONLD([]byte(exp), &got), iri)
		assert.Equal(t, moscow, got.Place.GeoNames, iri)
	}
}

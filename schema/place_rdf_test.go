package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// placeClasses returns, for each subject that is the object of
// schema:location and of schema:geo in ds, its rdf:type values.
func placeClasses(ds *ld.RDFDataset) (place, geo []string) {
	types := map[string][]string{}
	var places, geos []string
	for _, q := range ds.Graphs["@default"] {
		switch q.Predicate.GetValue() {
		case nsRDF + "type":
			types[q.Subject.GetValue()] = append(types[q.Subject.GetValue()], q.Object.GetValue())
		case nsSchema + "location":
			places = append(places, q.Object.GetValue())
		case nsSchema + "geo":
			geos = append(geos, q.Object.GetValue())
		}
	}
	for _, p := range places {
		place = append(place, types[p]...)
	}
	for _, g := range geos {
		geo = append(geo, types[g]...)
	}
	return place, geo
}

// TestPlaceAndCoordinatesAreTyped checks that the location of an event is
// a schema:Place and its coordinates schema:GeoCoordinates, in the RDF of
// WriteNQuads and in what json-gold makes of the JSON-LD, so that
// schema:location and schema:geo are used with schema.org's ranges.
func TestPlaceAndCoordinatesAreTyped(t *testing.T) {
	g := &graph.Graph{Events: []event.Event{{
		ID:   "https://example.org/events/visit",
		Kind: event.OfficialVisit,
		Place: diplo.Place{
			Name:        diplo.MustNewText("fr", "Moscou"),
			Country:     "RU",
			Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556},
		},
	}}}
	require.NoError(t, g.Validate())

	var nq strings.Builder
	require.NoError(t, WriteNQuads(&nq, g))
	written, err := parseNQuads(nq.String())
	require.NoError(t, err)

	doc, err := marshalAny(g, JSONLDOptions{})
	require.NoError(t, err)
	assert.Contains(t, string(doc), `"location":{"type":"Place",`)
	assert.Contains(t, string(doc), `"coordinates":{"type":"GeoCoordinates",`)
	d, err := ld.DocumentFromReader(strings.NewReader(string(doc)))
	require.NoError(t, err)
	processed, err := ld.NewJsonLdProcessor().ToRDF(d, ldOptions(t))
	require.NoError(t, err)

	for name, ds := range map[string]*ld.RDFDataset{"WriteNQuads": written, "json-gold": processed.(*ld.RDFDataset)} {
		place, geo := placeClasses(ds)
		assert.Equal(t, []string{nsSchema + "Place"}, place, "%s: rdf:type of the location", name)
		assert.Equal(t, []string{nsSchema + "GeoCoordinates"}, geo, "%s: rdf:type of the coordinates", name)
	}
	assert.Equal(t, canonNQuads(t, nq.String()), canonJSONLD(t, doc), "WriteNQuads and json-gold differ")
}

// TestUnmarshalFlattenedEventWithPlace checks that UnmarshalJSONLD reads
// back the expanded and flattened JSON-LD of one event with a typed place:
// the place and its coordinates, typed blank nodes of their own in
// flattened form, are not taken for the document's root.
func TestUnmarshalFlattenedEventWithPlace(t *testing.T) {
	want := &event.Event{
		ID:   "https://example.org/events/visit",
		Kind: event.OfficialVisit,
		Place: diplo.Place{
			Name:        diplo.MustNewText("fr", "Moscou"),
			Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556},
		},
	}
	doc, err := marshalAny(want, JSONLDOptions{})
	require.NoError(t, err)
	in, err := ld.DocumentFromReader(strings.NewReader(string(doc)))
	require.NoError(t, err)
	proc := ld.NewJsonLdProcessor()
	expanded, err := proc.Expand(in, ldOptions(t))
	require.NoError(t, err)
	flattened, err := proc.Flatten(in, nil, ldOptions(t))
	require.NoError(t, err)
	for name, form := range map[string]any{"expanded": expanded, "flattened": flattened} {
		b, err := json.Marshal(form)
		require.NoError(t, err)
		var got event.Event
		if assert.NoError(t, UnmarshalJSONLDStrict(b, &got), name) {
			assert.Equal(t, *want, got, name)
		}
	}
}

package schema

import (
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// objects returns the objects of the quads of ds with subject s and
// predicate p.
func objects(ds *ld.RDFDataset, s, p string) []string {
	var out []string
	for _, q := range ds.Graphs["@default"] {
		if q.Subject.GetValue() == s && q.Predicate.GetValue() == p {
			out = append(out, q.Object.GetValue())
		}
	}
	return out
}

// TestCountryReferencesNameTheState checks that every country code of
// diplo JSON (a nationality, an organisation's and a place's country)
// becomes the IRI of the state of the code, which is the state node of the
// graph, and that the state itself links its code's ISO IRI (diplo:iso3166,
// a sub-property of schema:sameAs) and its Wikidata item (schema:sameAs),
// and not itself: in the RDF of WriteNQuads and in what json-gold makes of
// the JSON with the context, which are the same dataset.
func TestCountryReferencesNameTheState(t *testing.T) {
	ru, err := actor.NewState("RU", "fr", "Russie")
	require.NoError(t, err)
	ru.Identifiers = []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q159")}
	const (
		person = "https://example.org/persons/lavrov"
		org    = "https://example.org/orgs/mid"
		ev     = "https://example.org/events/talks"
	)
	g := &graph.Graph{
		Persons:       []actor.Person{{ID: person, Name: diplo.MustNewText("ru", "Сергей Лавров"), Nationality: []diplo.Country{"RU"}}},
		States:        []actor.State{ru},
		Organizations: []actor.Organization{{ID: org, Kind: actor.GovernmentalBody, Name: diplo.MustNewText("ru", "МИД России"), Country: "RU", PartOf: ru.ID}},
		Events: []event.Event{{ID: ev, Kind: event.BilateralTalks, Place: diplo.Place{Name: diplo.MustNewText("ru", "Москва"), Country: "RU"},
			Participants: []event.Participant{{Actor: ru.ID, Role: event.Host}}}},
	}
	require.NoError(t, g.Validate())
	require.Equal(t, diplo.ID("https://w3id.org/diplo/id/state/RU"), ru.ID)

	var nq strings.Builder
	require.NoError(t, WriteNQuads(&nq, g))
	written, err := parseNQuads(nq.String())
	require.NoError(t, err)
	doc, err := marshalAny(g, JSONLDOptions{})
	require.NoError(t, err)
	d, err := ld.DocumentFromReader(strings.NewReader(string(doc)))
	require.NoError(t, err)
	processed, err := ld.NewJsonLdProcessor().ToRDF(d, ldOptions(t))
	require.NoError(t, err)

	state := string(ru.ID)
	for name, ds := range map[string]*ld.RDFDataset{"WriteNQuads": written, "json-gold": processed.(*ld.RDFDataset)} {
		assert.Equal(t, []string{state}, objects(ds, person, nsSchema+"nationality"), "%s: nationality", name)
		assert.Equal(t, []string{state}, objects(ds, org, nsDiplo+"country"), "%s: an organisation's country", name)
		places := objects(ds, ev, nsSchema+"location")
		require.Len(t, places, 1, name)
		var place []string
		for _, q := range ds.Graphs["@default"] {
			if q.Subject.GetValue() == places[0] && q.Predicate.GetValue() == nsDiplo+"country" {
				place = append(place, q.Object.GetValue())
			}
		}
		assert.Equal(t, []string{state}, place, "%s: a place's country", name)
		assert.Equal(t, []string{nsDiplo + "State"}, objects(ds, state, nsRDF+"type"), "%s: the referenced node is the state", name)
		assert.Equal(t, []string{nsISO3166 + "RU"}, objects(ds, state, nsDiplo+"iso3166"), "%s: the state's ISO IRI", name)
		assert.Equal(t, []string{nsWikidata + "Q159"}, objects(ds, state, nsSchema+"sameAs"), "%s: the state's Wikidata item", name)
		assert.Empty(t, objects(ds, state, nsDiplo+"country"), "%s: a state names no country of its own", name)
		for _, q := range ds.Graphs["@default"] {
			assert.False(t, q.Subject.GetValue() == state && q.Object.GetValue() == state, "%s: the state links to itself: %s", name, q.Predicate.GetValue())
		}
	}
	assert.Equal(t, canonNQuads(t, nq.String()), canonJSONLD(t, doc), "WriteNQuads and json-gold differ")
}

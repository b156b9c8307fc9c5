package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// expandedRussiaMali is the start of the russia-mali record in expanded
// JSON-LD, as a processor writes it, with no context: a graph, one state.
const expandedDoc = `[{"@id":"urn:uuid:faf176f4-b12f-4b32-995b-c46db162b320","@type":["https://w3id.org/diplo/vocab#Graph"],
 "http://purl.org/dc/terms/title":[{"@value":"Visite","@language":"fr"}],
 "https://w3id.org/diplo/vocab#hasState":[{"@id":"https://w3id.org/diplo/id/state/ML","@type":["https://w3id.org/diplo/vocab#State"],
   "http://schema.org/name":[{"@value":"Mali","@language":"fr"}],
   "https://w3id.org/diplo/vocab#iso3166":[{"@id":"https://www.iso.org/obp/ui/#iso:code:3166:ML"}],
   "http://schema.org/sameAs":[{"@id":"http://www.wikidata.org/entity/Q912"}]}]}]`

// TestJSONCommand checks diplo json: JSON-LD in the compacted form of the
// examples (the JSON-LD diplo jsonld prints) and in expanded form becomes
// plain diplo JSON; what is no diplo document is an error at its place.
func TestJSONCommand(t *testing.T) {
	for _, p := range examples(t) {
		want, err := os.ReadFile(p)
		require.NoError(t, err)
		ld, _, code := runDiplo(t, nil, "jsonld", "-inline", p)
		require.Equal(t, 0, code)
		out, stderr, code := runDiplo(t, []byte(ld), "json", "-")
		assert.Equal(t, 0, code, stderr)
		assert.Equal(t, string(want), out, "diplo json of diplo jsonld of %s", p)
	}
	out, stderr, code := runDiplo(t, []byte(expandedDoc), "json", "-")
	require.Equal(t, 0, code, stderr)
	assert.JSONEq(t, `{"id":"urn:uuid:faf176f4-b12f-4b32-995b-c46db162b320","type":"Graph","title":{"fr":"Visite"},
		"states":[{"id":"https://w3id.org/diplo/id/state/ML","type":"State","name":{"fr":"Mali"},"country":"ML","identifiers":["wikidata:Q912"]}]}`, out)

	_, stderr, code = runDiplo(t, []byte(`[{"@type":["https://w3id.org/diplo/vocab#Graph"],"https://example.org/p":[{"@value":"x"}]}]`), "json", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "is no term of the diplo context")
	_, _, code = runDiplo(t, nil, "json")
	assert.Equal(t, 2, code)
}

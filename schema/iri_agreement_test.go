package schema

import (
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/iri"
)

// graphsWithID returns graphs that are valid but for s, which is a node
// id, a reference and the id of the graph in turn.
func graphsWithID(s string) map[string]*graph.Graph {
	id := diplo.ID(s)
	return map[string]*graph.Graph{
		"node id": {Title: tx("en", "T"), Persons: []actor.Person{{ID: id, Name: tx("en", "A")}}},
		"reference": {Title: tx("en", "T"),
			Persons: []actor.Person{{ID: "urn:fixed:node-7", Name: tx("en", "A"), Sources: []diplo.ID{id}}},
			Sources: []diplo.Source{{ID: id, Title: tx("en", "S")}}},
		"graph id": {ID: id, Title: tx("en", "T"), Persons: []actor.Person{{ID: "urn:fixed:node-7", Name: tx("en", "A")}}},
	}
}

// checkIRIAgreement checks that a graph holding s as an id validates if and
// only if WriteNQuads writes it.
func checkIRIAgreement(t *testing.T, s string) {
	t.Helper()
	if s == "" {
		return // the empty id means "not set" for a graph
	}
	for where, g := range graphsWithID(s) {
		verr := g.Validate()
		werr := WriteNQuads(io.Discard, g)
		if (verr == nil) != (werr == nil) {
			t.Errorf("%q as %s: Validate: %v; WriteNQuads: %v", s, where, verr, werr)
		}
		if verr == nil && werr == nil {
			continue
		}
		// Both name the id, with the same reason.
		_, perr := diplo.ParseID(s)
		require.Error(t, perr, "%q", s)
		assert.ErrorIs(t, werr, diplo.ErrSyntax, "%q", s)
		assert.Contains(t, werr.Error(), perr.Error(), "%q as %s", s, where)
	}
}

// idPieces are the parts random ids are made of: schemes of the context
// and others, authorities well- and ill-formed, escapes, spoofing and
// excluded characters.
var idPieces = []string{
	"http", "https", "HTTP", "urn", "schema", "Schema", "diplo", "wikidata", "xsd", "person", "x-y", "1a", "tag",
	":", ":", "//", "//", "/", "?", "#", "@", ":80", ":x", "[", "]", "[::1]", "[::1", "[v1.x]", "[1.2.3.4]", "[fe80::1%25en0]",
	"example.org", "schema.org/", "w3id.org/diplo/vocab#", "a", "b1", "é", "日本", "%41", "%zz", "%", " ", "\t", "\x00", "\x7f", "\xff",
	"<", ">", "\"", "{", "|", "\\", "^", "`", "\u202e", "\u200b", "\u200d", "\u2066", "\u00ad", "\ufeff", "\U000e0041", "\ufe0f",
	"\u00a0", "\u3000", "\ufffd", "\ue000", "\U0001fffe", "\u0085",
}

func randomID(r *rand.Rand) string {
	var b strings.Builder
	// Most ids start with a scheme and a colon, so that the rest is
	// reached.
	if r.IntN(5) > 0 {
		b.WriteString([]string{"http://", "https://", "urn:x:", "schema:", "tag:", "foo://", "http:"}[r.IntN(7)])
	}
	for range r.IntN(7) {
		b.WriteString(idPieces[r.IntN(len(idPieces))])
	}
	return b.String()
}

// TestIRIAgreement checks, on generated ids and on the cases that once
// disagreed, that Validate refuses exactly the ids that WriteNQuads
// refuses.
func TestIRIAgreement(t *testing.T) {
	for _, s := range []string{"http://[::1", "http://[::1]/", "https://example.org/%zz", "https://example.org:x/", "schema:Person",
		"urn:", "urn:x\u202e", "urn:x\u200b", "https://exa\u200bmple.org/", "http://schema.org/Person", "urn:x:1", "urn:a[b]", "urn:a#b#c"} {
		checkIRIAgreement(t, s)
	}
	r := rand.New(rand.NewPCG(3, 5))
	valid := 0
	for range 2000 {
		s := randomID(r)
		checkIRIAgreement(t, s)
		if diplo.ID(s).Validate() == nil {
			valid++
		}
	}
	// The generator reaches both sides.
	t.Logf("%d of 2000 generated ids valid", valid)
	assert.Greater(t, valid, 100)
	assert.Less(t, valid, 1900)
}

// FuzzIRIAgreement checks that a graph holding an arbitrary string as an
// id validates if and only if WriteNQuads writes it.
func FuzzIRIAgreement(f *testing.F) {
	for _, s := range []string{"http://[::1", "urn:x:1", "schema:Person", "urn:x\u202e", "https://a@b:1/p?q#f", "http://[v1.x]/", "urn:%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkIRIAgreement(t, s) })
}

// TestIRIPrefixes checks that the prefixes the ID rule refuses are the
// prefixes the writer expands (which TestContextConstants holds equal to
// the context), and that the vocabularies it refuses are the namespaces
// of the context's vocabularies.
func TestIRIPrefixes(t *testing.T) {
	want := map[string]string{}
	for p, ns := range globalPrefixes {
		want[p] = ns
	}
	for p, ns := range identifierPrefixes {
		want[p] = ns
	}
	assert.Equal(t, want, iri.Prefixes)
	for _, ns := range []string{nsSchema, nsDiplo, nsXSD, nsRDF, nsRDFS, nsDCTerms, nsProv, edtfDatatype, ConceptNamespace + "x", csEventKind + "summit"} {
		assert.Error(t, iri.CheckID(ns+"x"), ns)
	}
	for _, ns := range []string{nsWikidata, nsGeoNames, nsISO3166, nsUNTS, nsGDELT, nsUNDoc} {
		assert.NoError(t, iri.CheckID(ns+"x"), ns)
	}
}

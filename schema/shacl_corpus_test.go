package schema

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var shaclCorpus = flag.String("shacl-corpus", "", "write the N-Quads of every example, valid and invalid document, and a manifest, into this directory, for .ci/consumers/check-shacl")

// shaclInvalid lists every document of testdata/invalid with what a SHACL
// engine says of its RDF under shapes.ttl: where the shapes find the rule
// it breaks, or why they cannot (the RDF then conforms or does not parse). The RDF is
// what a JSON-LD processor (json-gold) makes of the document with the
// context: invalid documents do not decode in Go, so WriteNQuads cannot
// write them. .ci/consumers/check-shacl checks the list both ways.
var shaclInvalid = map[string]shaclExpect{
	"accord-action-kind-unknown":            violates("diplo:action"),
	"accord-language-und":                   violates("diplo:authenticLanguage"),
	"accord-signatory-party-missing":        violates("diplo:signatory"),
	"accord-title-missing":                  violates("dcterms:title"),
	"claim-property-empty":                  violates("diplo:claim"),
	"claim-unattributed":                    violates("diplo:claim"),
	"event-characterisation-unattributed":   violates("diplo:characterisation"),
	"event-quantity-money-without-currency": violates("diplo:quantity"),
	"event-location-admin1-code-malformed":  violates("schema:location"),
	"statement-text-and-wording":            violates("sh:AndConstraintComponent"),
	"delegation-represents-missing":         violates("diplo:represents"),
	"event-characterisation-term-empty":     violates("diplo:characterisation"),
	"event-characterisation-tone":           violates("diplo:characterisation"),
	"event-date-february-29-common":         violates("schema:startDate"),
	"event-date-february-30":                violates("schema:startDate"),
	"event-date-month-13":                   violates("schema:startDate"),
	"event-date-not-edtf":                   violates("schema:startDate"),
	"event-date-zone-range":                 violates("schema:startDate"),
	"event-end-without-start":               violates("sh:OrConstraintComponent"),
	"event-id-missing":                      violates("diplo:hasEvent"),
	"event-id-not-iri":                      conforms("a JSON-LD processor drops a node whose id is a relative IRI, with every statement about it: nothing of the event is left to judge"),
	"event-identifier-iso3166-unassigned":   conforms("iso3166:XX expands to https://www.iso.org/obp/ui/#iso:code:3166:XX, which is also a valid URL identifier: in RDF the scheme the document named is lost"),
	"event-identifier-scheme-unknown":       violates("schema:sameAs"),
	"event-identifier-wikidata-negative":    conforms("wikidata:Q-1 expands to http://www.wikidata.org/entity/Q-1, which is also a valid URL identifier: in RDF the scheme the document named is lost"),
	"event-kind-missing":                    violates("diplo:eventKind"),
	"event-kind-number":                     violates("diplo:eventKind"),
	"event-kind-unknown":                    violates("diplo:eventKind"),
	"event-location-coordinates-only":       violates("schema:location"),
	"event-location-country-unassigned":     violates("schema:location"),
	"event-location-geonames-scheme":        violates("schema:location"),
	"event-location-latitude-range":         violates("schema:location"),
	"event-name-key-empty":                  unparsable("json-gold writes a literal with an empty language tag (\"...\"@), which is no N-Quads"),
	"event-name-key-malformed":              conforms("JSON-LD processors drop a value whose language tag is not well-formed (json-gold does): nothing is left to judge"),
	"event-name-key-und":                    conforms("SHACL Core tests language tags by basic ranges only: sh:languageIn (\"und\") also covers the valid und-x-private and und-Latn, so the tag und alone cannot be refused"),
	"event-name-not-object":                 violates("schema:name"),
	"event-name-value-blank":                violates("schema:name"),
	"event-name-value-control":              violates("schema:name"),
	"event-participant-duplicate":           conforms("two equal participants are two blank nodes with the same statements; SHACL cannot compare blank nodes"),
	"event-participant-role-missing":        violates("schema:attendee"),
	"event-participant-role-unknown":        violates("schema:attendee"),
	"event-parts-duplicate":                 conforms("an RDF graph is a set: a part listed twice is one triple"),
	"event-relation-kind-unknown":           violates("diplo:eventRelation"),
	"event-status-unknown":                  violates("schema:eventStatus"),
	"event-topic-domain-unknown":            violates("diplo:topic"),
	"event-topic-empty":                     violates("diplo:topic"),
	"event-type-wrong":                      unparsable("json-gold writes the unknown type as the relative IRI <Evnt>, which is no N-Quads (a JSON-LD processor should drop it; the shapes would then find an untyped node in the events list)"),
	"event-unknown-member":                  conforms("JSON-LD processors drop members the context does not define"),
	"graph-events-not-array":                violates("diplo:hasEvent"),
	"graph-type-wrong":                      unparsable("json-gold writes the unknown type as a relative IRI, which is no N-Quads"),
	"graph-unknown-member":                  conforms("JSON-LD processors drop members the context does not define"),
	"node-event-kind-unknown":               violates("diplo:eventKind"),
	"node-event-location-null":              conforms("null is no value in JSON-LD; Go accepts the document too (a rule of the JSON Schema only)"),
	"office-of-missing":                     violates("diplo:officeOf"),
	"office-role-unknown":                   violates("diplo:officeRole"),
	"organization-abbreviation-control":     violates("schema:alternateName"),
	"organization-kind-unknown":             violates("diplo:organizationKind"),
	"person-identifiers-duplicate":          conforms("an RDF graph is a set: an identifier listed twice is one triple"),
	"person-name-empty":                     violates("schema:name"),
	"person-name-missing":                   violates("schema:name"),
	"person-nationality-unassigned":         violates("schema:nationality"),
	"resolution-status-unknown":             violates("diplo:resolutionStatus"),
	"resolution-symbol-and-title-missing":   violates("sh:OrConstraintComponent"),
	"resolution-symbol-malformed":           violates("diplo:documentSymbol"),
	"source-url-and-title-missing":          violates("sh:OrConstraintComponent"),
	"source-url-not-http":                   violates("schema:url"),
	"state-country-missing":                 violates("diplo:iso3166"),
	"state-id-not-its-country":              violates("sh:OrConstraintComponent"),
	"statement-speakers-empty":              violates("schema:creator"),
	"statement-text-translations-only":      conforms("the original is the text whose language tag has no -t- extension (RFC 6497); SHACL Core tests language tags by basic ranges only, which cannot exclude an extension"),
	"tenure-qualifier-duplicate":            conforms("an RDF graph is a set: a qualifier listed twice is one triple"),
	"vote-count-negative":                   violates("diplo:count"),
	"vote-position-voter-missing":           violates("diplo:position"),
	"vote-result-unknown":                   violates("diplo:voteResult"),
	// Dated changes of status, deadlines and effective dates.
	"accord-action-entry-into-force-effective": violates("diplo:action"),
	"event-deadline-date-missing":              violates("diplo:deadline"),
	"event-status-change-cancelled-moved":      violates("diplo:statusChange"),
	"event-status-change-date-missing":         violates("diplo:statusChange"),
}

// shaclExpect is what the SHACL engine must say of an invalid document:
// that it violates the shapes, at a property (the first of the path of
// a result) or, for a rule over several properties, with a constraint
// component; that it conforms; or that its N-Quads do not even parse,
// with the reason.
type shaclExpect struct {
	Expect string `json:"expect"` // "violates", "conforms" or "unparsable"
	At     string `json:"at,omitempty"`
	Reason string `json:"reason,omitempty"`
}

func violates(at string) shaclExpect { return shaclExpect{Expect: "violates", At: at} }

func conforms(reason string) shaclExpect   { return shaclExpect{Expect: "conforms", Reason: reason} }
func unparsable(reason string) shaclExpect { return shaclExpect{Expect: "unparsable", Reason: reason} }

// shaclManifest is what check-shacl reads.
type shaclManifest struct {
	// Valid lists the N-Quads files that must conform.
	Valid []string `json:"valid"`
	// Invalid maps the N-Quads file of each invalid document to what
	// the engine must say of it.
	Invalid map[string]shaclExpect `json:"invalid"`
}

// shaclNode decodes a document of testdata/valid or an example, which
// must be valid.
func shaclNode(t *testing.T, data []byte) any {
	v := decodeDocument(t, data)
	require.NoError(t, v.(interface{ Validate() error }).Validate())
	return v
}

// jsonLDQuads returns the N-Quads json-gold makes of a diplo JSON document
// with the context attached, or of a JSON-LD document with its own.
func jsonLDQuads(t *testing.T, data []byte) string {
	t.Helper()
	var doc map[string]any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	require.NoError(t, d.Decode(&doc))
	if _, ok := doc["@context"]; !ok {
		doc["@context"] = ContextURL
	}
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	in, err := ld.DocumentFromReader(bytes.NewReader(b))
	require.NoError(t, err)
	o := ldOptions(t)
	o.Format = "application/n-quads"
	out, err := ld.NewJsonLdProcessor().ToRDF(in, o)
	require.NoError(t, err, "json-gold")
	return out.(string)
}

// shaclValidFiles returns every example and valid document.
func shaclValidFiles(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"../examples/*/testdata/*.golden.json", "testdata/valid/*.json", "testdata/jsonld/*.json"} {
		m, err := filepath.Glob(pattern)
		require.NoError(t, err)
		files = append(files, m...)
	}
	require.GreaterOrEqual(t, len(files), 20, "valid documents")
	return files
}

// TestSHACLCorpus turns every example and valid document into RDF twice
// (WriteNQuads, and json-gold with the context), the JSON-LD the examples
// print into RDF with json-gold, and every invalid
// document once (json-gold), checks that shaclInvalid lists exactly the
// invalid documents, and with -shacl-corpus writes the files and the
// manifest for check-shacl.
func TestSHACLCorpus(t *testing.T) {
	dir := *shaclCorpus
	if dir == "" {
		dir = t.TempDir()
	}
	for _, sub := range []string{"valid", "invalid"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, sub), 0o755))
	}
	var man shaclManifest
	man.Invalid = map[string]shaclExpect{}
	write := func(name string, quads string) {
		// A graph without types is no graph to JSON-LD: its lists have
		// no terms outside the type-scoped context of Graph.
		if !strings.HasSuffix(name, "graph-without-types.jsonld.nq") && !strings.HasSuffix(name, "graph-empty.jsonld.nq") {
			assert.NotEmpty(t, quads, "%s: no quads", name)
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(quads), 0o644))
	}
	for _, f := range shaclValidFiles(t) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		base := strings.TrimSuffix(filepath.Base(f), ".json")
		if strings.HasPrefix(f, "testdata/") {
			base = strings.ReplaceAll(strings.TrimSuffix(f, ".json"), "/", "-")
		}
		var b bytes.Buffer
		require.NoError(t, writeAnyNQuads(&b, shaclNode(t, data)), "%s", f)
		write("valid/"+base+".nq", b.String())
		write("valid/"+base+".jsonld.nq", jsonLDQuads(t, data))
		man.Valid = append(man.Valid, "valid/"+base+".nq", "valid/"+base+".jsonld.nq")
	}
	// The JSON-LD that MarshalJSONLD writes, as the examples print it.
	printed, err := filepath.Glob("../examples/*/testdata/*.golden.jsonld")
	require.NoError(t, err)
	assert.NotEmpty(t, printed, "no example prints JSON-LD")
	for _, f := range printed {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		name := "valid/" + filepath.Base(f) + ".nq"
		write(name, jsonLDQuads(t, data))
		man.Valid = append(man.Valid, name)
	}
	files, err := filepath.Glob("testdata/invalid/*.json")
	require.NoError(t, err)
	var names []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		names = append(names, name)
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		want, ok := shaclInvalid[name]
		assert.True(t, ok, "%s: not in shaclInvalid", name)
		vague := want.Expect == "violates" && want.At == "" ||
			want.Expect != "violates" && want.Reason == "" ||
			!slices.Contains([]string{"violates", "conforms", "unparsable"}, want.Expect)
		assert.False(t, vague, "%s: %+v says neither where the shapes find it nor why they cannot", name, want)
		if want.Expect == "violates" {
			// The IRI of a property or of a constraint component.
			want.At = expandAny(want.At)
		}
		write("invalid/"+name+".nq", jsonLDQuads(t, data))
		man.Invalid["invalid/"+name+".nq"] = want
	}
	for name := range shaclInvalid {
		assert.Contains(t, names, name, "%s is in shaclInvalid, not in testdata/invalid", name)
	}
	b, err := json.MarshalIndent(man, "", "  ")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "manifest.json"), b, 0o644))
}

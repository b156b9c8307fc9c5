package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"

	"github.com/diplo-go/diplo/actor"
)

// ContextURL is the IRI under which the JSON-LD context is published. A
// document that names it ("@context": ContextURL) is read with the context
// that Context returns; nothing is ever fetched from it by this package.
const ContextURL = "https://w3id.org/diplo/context.jsonld"

// ContextVersion is the version of the context, which the context document
// carries (its schema:version): the major version changes when a term
// changes meaning (its IRI, its type, its container, the vocabulary of its
// values) or goes, the minor version when terms are added. A test compares
// the meaning of every term with the record of the version, so that no
// meaning changes unnoticed. Version 2 gave every term its own IRI and
// every date the EDTF datatype; version 3 made a country code the IRI of
// its state (https://w3id.org/diplo/id/state/ML), a state's own code
// diplo:iso3166, and participants schema.org's Role pattern
// (schema:attendee to the participation and from it to the actor, the role
// schema:roleName). Version 3.1 added resolutions, votes and missions,
// an event's dated status changes (statusHistory) and deadlines, and a
// lifecycle action's effectiveDate. Version 3.2 added a place's
// administrative divisions (admin1, admin2 and their ISO 3166-2 code),
// quantities (schema:QuantitativeValue and schema:MonetaryAmount), a
// statement's title, wording, identifiers and claims, the statement a
// characterisation cites, and the identifier prefix undoc for United
// Nations document symbols.
const ContextVersion = "3.2.0"

// VocabNamespace is the namespace of the diplo vocabulary: the classes and
// properties schema.org has no term for (diplo:Office, diplo:represents).
// Its prefix in the context is "diplo".
const VocabNamespace = "https://w3id.org/diplo/vocab#"

// ConceptNamespace is the base of the IRIs of controlled values. Each
// vocabulary is a concept scheme under it, and each value an IRI in that
// scheme: the event kind "official-visit" is
// https://w3id.org/diplo/vocab/event-kind#official-visit.
const ConceptNamespace = "https://w3id.org/diplo/vocab/"

// Namespaces of the vocabularies the context draws on.
const (
	nsSchema  = "http://schema.org/"
	nsDiplo   = VocabNamespace
	nsXSD     = "http://www.w3.org/2001/XMLSchema#"
	nsRDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	nsDCTerms = "http://purl.org/dc/terms/"
	nsProv    = "http://www.w3.org/ns/prov#"

	// edtfDatatype is the datatype of the Library of Congress for EDTF
	// strings; the context types every date term with it.
	edtfDatatype = "http://id.loc.gov/datatypes/edtf/EDTF"
)

// Namespaces of external identifiers and country codes. A diplo identifier
// "scheme:value" is the IRI of its scheme's namespace followed by the value.
// A country code is the IRI of its state (nsState followed by the code);
// a state's own code is also the ISO IRI of the code (nsISO3166).
const (
	nsState    = actor.StateNamespace
	nsWikidata = "http://www.wikidata.org/entity/"
	nsGeoNames = "https://sws.geonames.org/"
	nsISO3166  = "https://www.iso.org/obp/ui/#iso:code:3166:"
	nsUNTS     = "https://w3id.org/diplo/id/unts/"
	nsGDELT    = "https://w3id.org/diplo/id/gdelt/"
	nsUNDoc    = "https://w3id.org/diplo/id/undoc/"
)

// The concept schemes of the controlled vocabularies: the part of the IRI
// between ConceptNamespace and the value.
const (
	schemeOrgKind        = "organization-kind"
	schemeOfficeRole     = "office-role"
	schemeQualifier      = "tenure-qualifier"
	schemeEventKind      = "event-kind"
	schemeEventStatus    = "event-status"
	schemeRole           = "participant-role"
	schemeEventRelation  = "event-relation"
	schemeTone           = "tone"
	schemeStatementKind  = "statement-kind"
	schemeDomain         = "domain"
	schemeAccordKind     = "accord-kind"
	schemeActionKind     = "action-kind"
	schemeCapacity       = "signatory-capacity"
	schemeAccordRelation = "accord-relation"

	schemeResolutionKind   = "resolution-kind"
	schemeResolutionStatus = "resolution-status"
	schemeDecisionMethod   = "decision-method"
	schemeVoteResult       = "vote-result"
	schemeMajority         = "required-majority"
	schemeVoteOption       = "vote-option"
	schemeVoterRole        = "voter-role"
	schemeMissionKind      = "mission-kind"
	schemeWording          = "statement-wording"
)

//go:embed context.jsonld
var contextDoc []byte

// contextObject is the value of the "@context" member of contextDoc,
// compacted, which MarshalJSONLD writes inline.
var contextObject = func() []byte {
	var doc struct {
		Context json.RawMessage `json:"@context"`
	}
	if err := json.Unmarshal(contextDoc, &doc); err != nil || len(doc.Context) == 0 {
		panic("schema: embedded context.jsonld is not a JSON-LD context document")
	}
	var b bytes.Buffer
	if err := json.Compact(&b, doc.Context); err != nil {
		panic("schema: embedded context.jsonld: " + err.Error())
	}
	return b.Bytes()
}()

// Context returns the JSON-LD 1.1 context document of diplo JSON, as
// published at ContextURL: {"@context": {...}}. It maps the members of diplo
// JSON to schema.org terms where schema.org has the concept and to the diplo
// vocabulary otherwise; vocab.md in this package's directory documents every
// term. The result is a copy; callers may modify it.
func Context() []byte { return bytes.Clone(contextDoc) }

package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The term table below is the single source of context.jsonld and vocab.md:
// TestContextFile and TestVocabFile render both from it and compare them
// with the committed files (-update rewrites them). The N-Quads writer is
// checked against the committed context by json-gold in nquads_test.go.

// valueType says what a term's values are, and so how the context types
// them.
type valueType int

const (
	vClass   valueType = iota // a node type: a class
	vText                     // a language map: literals tagged with their language
	vRef                      // an IRI: a node of the graph or an external resource
	vIdent                    // an external identifier, expanded to an IRI
	vVocab                    // a controlled value, an IRI in the term's concept scheme
	vCountry                  // an ISO 3166-1 code: the IRI of its state, or (ns) of another namespace
	vDate                     // a date: EDTF, or an XSD datatype in written JSON-LD
	vString                   // a plain string literal
	vDouble                   // a number, an xsd:double
	vInteger                  // a whole number, an xsd:integer
	vDecimal                  // an exact decimal, a string in JSON: an xsd:decimal
	vNode                     // an embedded object: a blank node
	vMember                   // a node of a graph, embedded in the graph's list
)

var valueTypeNames = map[valueType]string{
	vClass: "class", vText: "language map", vRef: "IRI", vIdent: "identifier IRI",
	vVocab: "controlled value IRI", vCountry: "country IRI", vDate: "date",
	vString: "string", vDouble: "xsd:double", vInteger: "xsd:integer", vDecimal: "xsd:decimal", vNode: "blank node", vMember: "node",
}

// term is one term of the context.
type term struct {
	name    string
	iri     string // compact IRI with a prefix of prefixes
	typ     valueType
	many    bool   // the JSON value is an array (@container @set)
	scheme  string // vVocab: the concept scheme
	values  []vocabValue
	self    string // vIdent on a key that is also an identifier prefix: that prefix
	ns      string // vCountry: the namespace of the codes' IRIs, if not the states' (nsState)
	super   string // a diplo term standing in for broader ones: rdfs:subPropertyOf or rdfs:subClassOf, compact IRIs separated by spaces
	reverse bool   // vRef: the value is the subject and the node the object (@reverse)
	scope   []term // type-scoped (class) or property-scoped (node) terms
	meaning string
}

// vocabValue is a value of a controlled vocabulary; iri, if set, is the
// compact IRI the value stands for instead of the IRI in its concept
// scheme (an event status that schema.org defines).
type vocabValue struct{ value, description, iri string }

func values[T ~string](v diplo.Vocabulary[T]) []vocabValue {
	var out []vocabValue
	for _, t := range v.Terms() {
		out = append(out, vocabValue{value: string(t.Value), description: t.Description})
	}
	return out
}

type prefix struct{ name, iri, meaning string }

var prefixes = []prefix{
	{"schema", nsSchema, "schema.org, in the http namespace its own JSON-LD context uses"},
	{"diplo", nsDiplo, "the diplo vocabulary, for what schema.org has no term for"},
	{"xsd", nsXSD, "XML Schema 1.1 datatypes"},
	{"edtf", "http://id.loc.gov/datatypes/edtf/", "Library of Congress datatypes for the Extended Date/Time Format"},
	{"dcterms", nsDCTerms, "DCMI Metadata Terms"},
	{"prov", nsProv, "the W3C provenance ontology PROV-O"},
	{"rdfs", nsRDFS, "RDF Schema"},
}

// identPrefixes are the schemes of diplo.Identifier, in the scoped contexts
// of identifier terms only.
var identPrefixes = []prefix{
	{"wikidata", nsWikidata, "Wikidata items: wikidata:Q912 is http://www.wikidata.org/entity/Q912"},
	{"geonames", nsGeoNames, "GeoNames features: geonames:524901/, as diplo writes it, is https://sws.geonames.org/524901/, GeoNames' concept IRI (see below for the form without the slash)"},
	{"iso3166", nsISO3166, "ISO 3166-1 codes, as the ISO Online Browsing Platform names them: iso3166:ML is https://www.iso.org/obp/ui/#iso:code:3166:ML"},
	{"unts", nsUNTS, "registration numbers of the UN Treaty Series, which has no IRIs of its own: unts:I-54321 is https://w3id.org/diplo/id/unts/I-54321"},
	{"gdelt", nsGDELT, "GDELT global event ids, which have no IRIs of their own: gdelt:1234567 is https://w3id.org/diplo/id/gdelt/1234567"},
	{"undoc", nsUNDoc, "United Nations document symbols, which have no IRIs of their own: undoc:S/2022/155 is https://w3id.org/diplo/id/undoc/S/2022/155 (the document's page, https://undocs.org/S/2022/155, is a URL identifier)"},
}

// eventStatuses are the event statuses, with the schema.org status each
// stands for where schema.org has one of its own.
func eventStatuses() []vocabValue {
	vs := values(event.Statuses())
	for i := range vs {
		switch event.Status(vs[i].value) {
		case event.Held:
			vs[i].iri = "schema:EventScheduled"
		case event.Postponed:
			vs[i].iri = "schema:EventPostponed"
		case event.Cancelled:
			vs[i].iri = "schema:EventCancelled"
		}
	}
	return vs
}

// historyStatuses are the event statuses in the order a history usually
// runs (planned, postponed, cancelled or held), so that the scoped
// context of a change's status is not the same text as that of an
// event's, which PyLD would share (see TestContextScopesForPyLD).
func historyStatuses() []vocabValue {
	vs := eventStatuses()
	byValue := map[string]vocabValue{}
	for _, v := range vs {
		byValue[v.value] = v
	}
	var out []vocabValue
	for _, st := range []event.Status{event.Planned, event.Postponed, event.Cancelled, event.Held} {
		out = append(out, byValue[string(st)])
	}
	return out
}

var relatedEvent = term{name: "event", iri: "diplo:relatedEvent", typ: vRef, meaning: "The other event of an event relation."}

var terms = []term{
	// Classes, with the type-scoped terms whose meaning depends on the node.
	{name: "Graph", iri: "diplo:Graph", typ: vClass, meaning: "A self-contained record: every node it mentions, once, linked by IRI. Its lists are properties of the graph node, so that every node is reachable from it.", scope: []term{
		{name: "persons", iri: "diplo:hasPerson", typ: vMember, many: true, meaning: "A person of the record."},
		{name: "states", iri: "diplo:hasState", typ: vMember, many: true, meaning: "A state of the record."},
		{name: "organizations", iri: "diplo:hasOrganization", typ: vMember, many: true, meaning: "An organisation of the record."},
		{name: "offices", iri: "diplo:hasOffice", typ: vMember, many: true, meaning: "An office of the record."},
		{name: "tenures", iri: "diplo:hasTenure", typ: vMember, many: true, meaning: "A tenure of the record."},
		{name: "delegations", iri: "diplo:hasDelegation", typ: vMember, many: true, meaning: "A delegation of the record."},
		{name: "missions", iri: "diplo:hasMission", typ: vMember, many: true, meaning: "A diplomatic or consular mission of the record."},
		{name: "events", iri: "diplo:hasEvent", typ: vMember, many: true, meaning: "An event of the record."},
		{name: "statements", iri: "diplo:hasStatement", typ: vMember, many: true, meaning: "A statement of the record."},
		{name: "accords", iri: "diplo:hasAccord", typ: vMember, many: true, meaning: "An accord of the record."},
		{name: "resolutions", iri: "diplo:hasResolution", typ: vMember, many: true, meaning: "A resolution, decision, amendment or motion of the record."},
		{name: "votes", iri: "diplo:hasVote", typ: vMember, many: true, meaning: "A vote of the record."},
		{name: "sources", iri: "diplo:hasSource", typ: vMember, many: true, meaning: "A source document of the record (on other nodes, sources cites sources: diplo:source)."},
	}},
	{name: "Person", iri: "schema:Person", typ: vClass, meaning: "A human being who acts in diplomacy."},
	{name: "State", iri: "diplo:State", super: "schema:Organization schema:Country", typ: vClass, meaning: "A sovereign state: as an actor, an organisation (a member of organisations, party to accords, the author of statements), and as a country, what nationalities and countries name (so schema.org's LocalBusiness is both an Organization and a Place). Its IRI is made from its ISO 3166-1 code: https://w3id.org/diplo/id/state/ML is Mali.", scope: []term{
		{name: "country", iri: "diplo:iso3166", super: "schema:sameAs", typ: vCountry, ns: nsISO3166, meaning: "The ISO 3166-1 code of a state, as the ISO Online Browsing Platform's IRI of the code: the same thing as the state. (A sub-property of schema:sameAs, which identifiers is: one IRI per term, so that compaction gives back the member.)"},
	}},
	{name: "Organization", iri: "schema:Organization", typ: vClass, meaning: "A body that is not a state: an intergovernmental organisation, a ministry, a joint commission, a party, a company.", scope: []term{
		{name: "kind", iri: "diplo:organizationKind", typ: vVocab, scheme: schemeOrgKind, values: values(actor.OrgKinds()), meaning: "The kind of organisation."},
	}},
	{name: "Office", iri: "diplo:Office", typ: vClass, meaning: "A post that a person holds, belonging to a state or an organisation (compare Wikidata's position, Q4164871).", scope: []term{
		{name: "role", iri: "diplo:officeRole", typ: vVocab, scheme: schemeOfficeRole, values: values(actor.OfficeRoles()), meaning: "The role of the office."},
	}},
	{name: "Tenure", iri: "schema:Role", typ: vClass, meaning: "A person's holding of an office from a date to a date: a role in the schema.org sense, a relation with a time span."},
	{name: "Delegation", iri: "diplo:Delegation", super: "schema:Organization", typ: vClass, meaning: "The group that represents a state or organisation at an event."},
	{name: "Mission", iri: "diplo:Mission", super: "schema:Organization", typ: vClass, meaning: "A diplomatic or consular mission sent by a state or organisation to another: an embassy, a consulate, a permanent mission, a delegation of an organisation, a liaison office, an interests section (Vienna Conventions on Diplomatic Relations, 1961, and on Consular Relations, 1963). Its head holds an office of the mission.", scope: []term{
		{name: "kind", iri: "diplo:missionKind", typ: vVocab, scheme: schemeMissionKind, values: values(actor.MissionKinds()), meaning: "The kind of mission."},
	}},
	{name: "Event", iri: "schema:Event", typ: vClass, meaning: "Something that happens in diplomacy: a visit, talks, a signing, a press conference, an expulsion.", scope: []term{
		{name: "kind", iri: "diplo:eventKind", typ: vVocab, scheme: schemeEventKind, values: values(event.Kinds()), meaning: "The kind of event."},
		{name: "participants", iri: "schema:attendee", typ: vNode, many: true, meaning: "The taking part of an actor in an event, in a role: a schema:Role, as schema.org's Role pattern has it, between the event and the actor, both linked by schema:attendee, so that schema.org consumers see the attendees. (A host's participation implies schema:organizer, which vocab.ttl says of the role; a context cannot choose a property by a value.) Type-scoped to events, so that inside a participant, where the type-scoped terms do not apply, schema:attendee is actor.", scope: []term{
			{name: "actor", iri: "schema:attendee", typ: vRef, meaning: "The actor who takes part in an event: a person, a state, an organisation, an office or a delegation."},
			{name: "role", iri: "schema:roleName", typ: vVocab, scheme: schemeRole, values: values(event.Roles()), meaning: "The role of a participant, an IRI of the participant-role scheme (schema:roleName takes a URL)."},
		}},
		{name: "relations", iri: "diplo:eventRelation", typ: vNode, many: true, meaning: "A relation of the event to another event.", scope: []term{
			{name: "kind", iri: "diplo:relationKind", typ: vVocab, scheme: schemeEventRelation, values: values(event.RelationKinds()), meaning: "The kind of relation."},
			relatedEvent,
		}},
	}},
	{name: "Statement", iri: "diplo:Statement", super: "schema:CreativeWork", typ: vClass, meaning: "Words said or published, as a source reports them: a quote, remarks, a joint statement, a communiqué, a readout. (Not schema:Quotation, which only a quote is; its kind says which.)", scope: []term{
		{name: "kind", iri: "diplo:statementKind", typ: vVocab, scheme: schemeStatementKind, values: values(event.StatementKinds()), meaning: "The kind of statement."},
	}},
	{name: "Accord", iri: "diplo:Accord", super: "schema:CreativeWork", typ: vClass, meaning: "A written agreement between parties: a treaty, an agreement, a memorandum of understanding, a joint declaration. (Not schema:Legislation, which schema.org keeps for acts, decrees and bills.)", scope: []term{
		{name: "kind", iri: "diplo:accordKind", typ: vVocab, scheme: schemeAccordKind, values: values(accord.Kinds()), meaning: "The kind of accord."},
		{name: "relations", iri: "diplo:accordRelation", typ: vNode, many: true, meaning: "A relation of the accord to another accord.", scope: []term{
			{name: "kind", iri: "diplo:relationKind", typ: vVocab, scheme: schemeAccordRelation, values: values(accord.RelationKinds()), meaning: "The kind of relation."},
			{name: "accord", iri: "diplo:relatedAccord", typ: vRef, meaning: "The other accord of an accord relation."},
		}},
	}},
	{name: "Resolution", iri: "diplo:Resolution", super: "schema:CreativeWork", typ: vClass, meaning: "A text that a multilateral body is asked to adopt or has adopted: a resolution, a decision, an amendment or a procedural motion, from its draft to its adoption, rejection or withdrawal (Popolo's Motion). (Not schema:Legislation, which schema.org keeps for acts, decrees and bills.)", scope: []term{
		{name: "kind", iri: "diplo:resolutionKind", typ: vVocab, scheme: schemeResolutionKind, values: values(decision.Kinds()), meaning: "The kind of resolution."},
		{name: "status", iri: "diplo:resolutionStatus", typ: vVocab, scheme: schemeResolutionStatus, values: values(decision.Statuses()), meaning: "Whether a resolution is a draft, or was adopted, rejected or withdrawn."},
	}},
	{name: "Vote", iri: "diplo:Vote", super: "schema:Event", typ: vClass, meaning: "A vote of a body on a motion, with its result, the count of each option and each member's position: Popolo's VoteEvent."},
	{name: "Source", iri: "schema:CreativeWork", typ: vClass, meaning: "A document that reports facts: a communiqué, a news article, a transcript."},
	{name: "Place", iri: "schema:Place", typ: vClass, meaning: "Where an event happened: a name, a country, GeoNames and Wikidata identifiers, coordinates. An embedded object (a blank node), not a node of the graph."},
	{name: "GeoCoordinates", iri: "schema:GeoCoordinates", typ: vClass, meaning: "The WGS 84 latitude and longitude of a place. An embedded object (a blank node)."},
	{name: "AdministrativeArea", iri: "schema:AdministrativeArea", typ: vClass, meaning: "An administrative division of a country that a place lies in: a state, province, region, oblast or department, with its ISO 3166-2 code. An embedded object (a blank node)."},
	{name: "QuantitativeValue", iri: "schema:QuantitativeValue", typ: vClass, meaning: "A count of things stated as a value, with the unit it counts: 23 diplomats. An embedded object (a blank node)."},
	{name: "MonetaryAmount", iri: "schema:MonetaryAmount", typ: vClass, meaning: "A sum of money stated as a value, with its ISO 4217 currency: 1500000000 USD. An embedded object (a blank node)."},

	// Properties shared by several node types.
	{name: "name", iri: "schema:name", typ: vText, meaning: "The name of a node or place."},
	{name: "title", iri: "dcterms:title", typ: vText, meaning: "The title of an accord, a statement, a source or a record. (Not schema:name, which name has: one IRI per term, so that compaction gives back the member it came from.)"},
	{name: "description", iri: "schema:description", typ: vText, meaning: "A description of an event, or of what a deadline requires, in a few words."},
	{name: "identifiers", iri: "schema:sameAs", typ: vIdent, many: true, meaning: "An identifier of the node in an external system, as an IRI: a Wikidata item, an ISO 3166 code, a UNTS registration, a GDELT event, a URL."},
	{name: "sources", iri: "diplo:source", typ: vRef, many: true, meaning: "A source document that reports what the node or the claim records (compare schema:subjectOf)."},
	{name: "by", iri: "prov:wasAttributedTo", typ: vRef, many: true, meaning: "An actor to whom a statement, characterisation, action, status change, deadline or claim is attributed."},
	{name: "note", iri: "diplo:note", typ: vText, meaning: "How the source puts an attribution, in its own words (\"selon un communiqué du Kremlin\")."},
	{name: "claims", iri: "diplo:claim", typ: vNode, many: true, meaning: "A claim about the node that a source makes and others may contradict."},
	{name: "property", iri: "diplo:claimedProperty", typ: vString, meaning: "The JSON name of the field a claim is about, or a free term."},
	{name: "value", iri: "diplo:claimedValue", typ: vText, meaning: "The value a claim asserts."},

	// Actors.
	{name: "nationality", iri: "schema:nationality", typ: vCountry, many: true, meaning: "A country of which the person is a citizen: the state of the ISO 3166-1 code, https://w3id.org/diplo/id/state/RU for RU."},
	{name: "country", iri: "diplo:country", typ: vCountry, meaning: "The country where an organisation is based or where a place lies: the state of the ISO 3166-1 code, https://w3id.org/diplo/id/state/RU for RU. (On a state, country is diplo:iso3166.)"},
	{name: "abbreviation", iri: "schema:alternateName", typ: vString, meaning: "The abbreviation of an organisation's name (\"ECOWAS\")."},
	{name: "partOf", iri: "schema:parentOrganization", typ: vRef, meaning: "The state or organisation an organisation belongs to."},
	{name: "members", iri: "schema:member", typ: vRef, many: true, meaning: "A member of an organisation (a state, an organisation) or of a delegation (a person)."},
	{name: "createdBy", iri: "diplo:createdBy", typ: vRef, meaning: "The accord that created an organisation (the inverse of diplo:creates)."},
	{name: "founded", iri: "schema:foundingDate", typ: vDate, meaning: "When an organisation was created."},
	{name: "of", iri: "diplo:officeOf", typ: vRef, meaning: "The state or organisation whose office it is."},
	{name: "person", iri: "diplo:holds", typ: vRef, reverse: true, meaning: "The person who holds a tenure: in RDF the person holds (diplo:holds) the tenure, so that a property leads from a person to each of its tenures. (Inside signatories, person is diplo:person.)"},
	{name: "office", iri: "diplo:office", typ: vRef, meaning: "The office held in a tenure, or by a signatory when signing."},
	{name: "startDate", iri: "schema:startDate", typ: vDate, meaning: "When a tenure or an event starts."},
	{name: "endDate", iri: "schema:endDate", typ: vDate, meaning: "When a tenure or an event ends."},
	{name: "qualifiers", iri: "diplo:qualifier", typ: vVocab, many: true, scheme: schemeQualifier, values: values(actor.Qualifiers()), meaning: "A qualifier of a tenure: acting, interim, transitional."},
	{name: "represents", iri: "diplo:represents", typ: vRef, meaning: "The state or organisation a delegation or a participant acts for."},
	{name: "representing", iri: "diplo:representing", typ: vRef, super: "diplo:represents", meaning: "The state or organisation a participant acts for, when no delegation says so."},
	{name: "head", iri: "diplo:head", typ: vRef, meaning: "The head of a delegation."},
	{name: "sending", iri: "diplo:sendingSide", typ: vRef, meaning: "The state or organisation that sends a mission (VCDR art. 2)."},
	{name: "receiving", iri: "diplo:receivingSide", typ: vRef, meaning: "The state or organisation to which a mission is sent (VCDR art. 2)."},
	{name: "seat", iri: "diplo:seat", typ: vNode, super: "schema:location", meaning: "Where a mission is: a place. (A sub-property of schema:location, which location is: one IRI per term.)"},
	{name: "established", iri: "diplo:established", typ: vDate, super: "schema:foundingDate", meaning: "When a mission was opened. (A sub-property of schema:foundingDate, which founded is.)"},
	{name: "closed", iri: "schema:dissolutionDate", typ: vDate, meaning: "When a mission was closed."},
	{name: "accreditedTo", iri: "diplo:accreditedTo", typ: vRef, many: true, meaning: "A state or organisation to which the holder of a mission's office is also accredited, besides the mission's receiving side: a concurrent accreditation (VCDR art. 5)."},

	// Events.
	{name: "status", iri: "schema:eventStatus", typ: vVocab, scheme: schemeEventStatus, values: eventStatuses(), meaning: "Whether an event was held, is planned, or was postponed or cancelled; no status means held. Held, postponed and cancelled are schema.org's EventScheduled, EventPostponed and EventCancelled; planned, which schema.org also calls EventScheduled, is the diplo concept, so that the two stay apart."},
	{name: "location", iri: "schema:location", typ: vNode, meaning: "Where an event happened: a place."},
	{name: "geonames", iri: "diplo:geonames", typ: vIdent, self: "geonames", super: "schema:sameAs", meaning: "The GeoNames feature of a place, as an IRI."},
	{name: "wikidata", iri: "diplo:wikidata", typ: vIdent, self: "wikidata", super: "schema:sameAs", meaning: "The Wikidata item of a place, as an IRI."},
	{name: "coordinates", iri: "schema:geo", typ: vNode, meaning: "The WGS 84 coordinates of a place."},
	{name: "admin1", iri: "diplo:admin1", typ: vNode, super: "schema:containedInPlace", meaning: "The first-level administrative division of the country that a place lies in: a state, province, region or oblast. (A sub-property of schema:containedInPlace, which admin2 is too: one IRI per term.)"},
	{name: "admin2", iri: "diplo:admin2", typ: vNode, super: "schema:containedInPlace", meaning: "The second-level administrative division that a place lies in, within its first-level one: a county, department or district."},
	{name: "code", iri: "diplo:subdivisionCode", typ: vString, meaning: "The ISO 3166-2 code of an administrative division (\"UA-65\")."},
	{name: "latitude", iri: "schema:latitude", typ: vDouble, meaning: "Latitude in decimal degrees."},
	{name: "longitude", iri: "schema:longitude", typ: vDouble, meaning: "Longitude in decimal degrees."},
	{name: "delegation", iri: "diplo:delegation", typ: vRef, meaning: "The delegation a participant belongs to at the event."},
	{name: "parts", iri: "schema:subEvent", typ: vRef, many: true, meaning: "A sub-event of an event."},
	{name: "topics", iri: "diplo:topic", typ: vNode, many: true, meaning: "A subject of an event or an accord."},
	{name: "domains", iri: "diplo:subjectDomain", typ: vNode, many: true, super: "diplo:topic", meaning: "A subject domain of an accord."},
	{name: "domain", iri: "diplo:domain", typ: vVocab, scheme: schemeDomain, values: values(diplo.Domains()), meaning: "The domain of a topic, from the controlled vocabulary."},
	{name: "label", iri: "rdfs:label", typ: vText, meaning: "A topic in the source's words."},
	{name: "quantities", iri: "diplo:quantity", typ: vNode, many: true, meaning: "A number an event is about, as a value: the diplomats an expulsion expels, a sum a conference pledges."},
	{name: "quantity", iri: "diplo:claimedQuantity", typ: vNode, meaning: "The value a claim asserts, where it is a count or a sum of money."},
	{name: "amount", iri: "schema:value", typ: vDecimal, meaning: "The amount of a quantity, an exact xsd:decimal (written as a string in JSON, so that no reader rounds it)."},
	{name: "currency", iri: "schema:currency", typ: vString, meaning: "The ISO 4217 code of the currency of a sum of money (\"USD\")."},
	{name: "unit", iri: "schema:unitText", typ: vText, meaning: "What a count counts, in words (\"diplomats\")."},
	{name: "outcomes", iri: "diplo:outcome", typ: vRef, many: true, meaning: "An accord adopted or signed, or a resolution adopted, at an event."},
	// Dated changes of status and deadlines.
	{name: "statusHistory", iri: "diplo:statusChange", typ: vNode, many: true, meaning: "A dated change of an event's status: its announcement, postponement, move to another place or cancellation, with who announced it (by) and its sources. Property-scoped, so that the change's status and place are not schema.org's, whose domain is an event.", scope: []term{
		{name: "status", iri: "diplo:newStatus", typ: vVocab, scheme: schemeEventStatus, values: historyStatuses(), meaning: "The status of the event from a status change on."},
		{name: "location", iri: "diplo:newLocation", typ: vNode, meaning: "The place a status change moves the event to."},
	}},
	{name: "deadlines", iri: "diplo:deadline", typ: vNode, many: true, meaning: "A dated fact an event sets: the time by which expelled diplomats must leave, the term of an ultimatum."},
	{name: "effectiveDate", iri: "diplo:effectiveDate", typ: vDate, meaning: "When a lifecycle action takes effect, where it differs from its date: a withdrawal notified in one year that takes effect in the next."},
	{name: "characterisations", iri: "diplo:characterisation", typ: vNode, many: true, meaning: "How someone described an event."},
	{name: "term", iri: "diplo:term", typ: vText, meaning: "The word used in a characterisation, in its language."},
	{name: "statement", iri: "diplo:inStatement", typ: vRef, meaning: "The statement in which the term of a characterisation was used."},
	{name: "tone", iri: "diplo:tone", typ: vVocab, scheme: schemeTone, values: values(event.Tones()), meaning: "The tone of a characterisation."},

	// Statements.
	{name: "speakers", iri: "schema:creator", typ: vRef, many: true, meaning: "A person or organisation who made a statement."},
	{name: "occasion", iri: "diplo:occasion", typ: vRef, meaning: "The event at which a statement was made."},
	{name: "date", iri: "dcterms:date", typ: vDate, meaning: "When a statement was made, a lifecycle action taken (for an instrument, when it was deposited or notified), a resolution adopted (or a draft submitted), a vote taken, an event's status changed, or a deadline falls."},
	{name: "text", iri: "schema:text", typ: vText, meaning: "The text of a statement or a resolution, in its original language and translations."},
	{name: "about", iri: "schema:about", typ: vRef, many: true, meaning: "A node a statement concerns."},
	{name: "wording", iri: "diplo:wording", typ: vVocab, scheme: schemeWording, values: values(event.Wordings()), meaning: "Why a statement has no text: its words were not published, or are not quoted."},

	// Accords.
	{name: "parties", iri: "diplo:party", typ: vRef, many: true, meaning: "A state or organisation bound by an accord."},
	{name: "party", iri: "diplo:forParty", typ: vRef, meaning: "The party a signatory signs for, or that takes a lifecycle action."},
	{name: "signatories", iri: "diplo:signatory", typ: vNode, many: true, meaning: "The signing of an accord by a person, for a party, in a capacity.", scope: []term{
		{name: "person", iri: "diplo:person", typ: vRef, meaning: "The person who signs."},
	}},
	{name: "capacity", iri: "diplo:capacity", typ: vVocab, scheme: schemeCapacity, values: values(accord.Capacities()), meaning: "The capacity in which a signatory signs; none means signatory."},
	{name: "actions", iri: "diplo:action", typ: vNode, many: true, meaning: "A step in the lifecycle of an accord.", scope: []term{
		{name: "kind", iri: "diplo:actionKind", typ: vVocab, scheme: schemeActionKind, values: values(accord.ActionKinds()), meaning: "The kind of lifecycle action."},
	}},
	{name: "event", iri: "diplo:atEvent", typ: vRef, meaning: "The event at which a lifecycle action took place or a vote was taken. (Not schema:event, whose domain is schema.org's actions, not an accord's lifecycle step.)"},
	{name: "creates", iri: "diplo:creates", typ: vRef, many: true, meaning: "A body an accord creates."},
	{name: "depositary", iri: "diplo:depositary", typ: vRef, meaning: "The state, organisation or office that keeps an accord's original."},
	{name: "languages", iri: "diplo:authenticLanguage", typ: vString, many: true, meaning: "A language, as a BCP 47 tag, in which an accord's text is authentic."},

	// Resolutions and votes.
	{name: "symbol", iri: "diplo:documentSymbol", typ: vString, meaning: "The document symbol a body gives a resolution, such as a United Nations document symbol (S/RES/2623 (2022))."},
	{name: "body", iri: "diplo:body", typ: vRef, meaning: "The organisation that adopts a resolution or is asked to, or that takes a vote."},
	{name: "sponsors", iri: "diplo:sponsor", typ: vRef, many: true, meaning: "A state or organisation that submitted or sponsored a resolution."},
	{name: "method", iri: "diplo:decisionMethod", typ: vVocab, scheme: schemeDecisionMethod, values: values(decision.Methods()), meaning: "How a body decided on a resolution: by a vote, by consensus, without a vote or by acclamation."},
	{name: "motion", iri: "diplo:motion", typ: vRef, meaning: "The resolution, amendment or motion a vote is on (Popolo's motion)."},
	{name: "result", iri: "diplo:voteResult", typ: vVocab, scheme: schemeVoteResult, values: values(decision.Results()), meaning: "The result of a vote."},
	{name: "majority", iri: "diplo:requiredMajority", typ: vVocab, scheme: schemeMajority, values: values(decision.Majorities()), meaning: "The majority a motion required."},
	{name: "option", iri: "diplo:voteOption", typ: vVocab, scheme: schemeVoteOption, values: values(decision.Options()), meaning: "The option of a count or of a member's position in a vote."},
	{name: "group", iri: "diplo:countGroup", typ: vRef, meaning: "The group of voters a count counts (Popolo's group); none means all voters."},
	{name: "voter", iri: "diplo:voter", typ: vRef, meaning: "The member that voted: a state, an organisation or a person."},
	{name: "explanation", iri: "diplo:explanation", typ: vRef, meaning: "The statement in which a voter explained its vote (an explanation of vote)."},
	{name: "counts", iri: "diplo:count", typ: vNode, many: true, meaning: "The number of votes for one option of a vote, in all or for a group (Popolo's Count).", scope: []term{
		{name: "value", iri: "diplo:countValue", typ: vInteger, meaning: "The number of votes counted."},
	}},
	{name: "positions", iri: "diplo:position", typ: vNode, many: true, meaning: "How one member voted (Popolo's Vote).", scope: []term{
		{name: "role", iri: "diplo:voterRole", typ: vVocab, scheme: schemeVoterRole, values: values(decision.Roles()), meaning: "The standing of a voter in the body; none means member."},
	}},

	// Sources.
	{name: "url", iri: "schema:url", typ: vRef, meaning: "Where a source can be read."},
	{name: "publisher", iri: "diplo:publisherName", typ: vText, meaning: "The name of a source's publisher."},
	{name: "publisherId", iri: "diplo:publishedBy", super: "schema:publisher", typ: vRef, meaning: "The actor that published a source: a state, an organisation, an office or a person. (A sub-property of schema:publisher, whose range has no office.)"},
	{name: "published", iri: "schema:datePublished", typ: vDate, meaning: "When a source was published."},
	{name: "language", iri: "schema:inLanguage", typ: vString, meaning: "The language of a source, as a BCP 47 tag."},
}

// ordered is a JSON object that keeps the order of its members.
type ordered []member

type member struct {
	key   string
	value any
}

func (o ordered) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.key)
		b.Write(k)
		b.WriteByte(':')
		v, err := json.Marshal(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// expandCompact expands a compact IRI of the table.
func expandCompact(s string) string {
	p, rest, _ := strings.Cut(s, ":")
	for _, x := range prefixes {
		if x.name == p {
			return x.iri + rest
		}
	}
	panic("no prefix in " + s)
}

// allTermNames returns every term name the context defines, in any scope.
func allTermNames() map[string]bool {
	names := map[string]bool{"id": true, "type": true}
	for _, p := range prefixes {
		names[p.name] = true
	}
	for _, p := range identPrefixes {
		names[p.name] = true
	}
	var walk func([]term)
	walk = func(ts []term) {
		for _, t := range ts {
			names[t.name] = true
			walk(t.scope)
		}
	}
	walk(terms)
	return names
}

// definition renders the term definition of t.
func definition(t term, names map[string]bool) any {
	if t.typ == vClass && len(t.scope) == 0 {
		return t.iri
	}
	d := ordered{{"@id", t.iri}}
	if t.reverse {
		d = ordered{{"@reverse", t.iri}}
	}
	switch t.typ {
	case vText:
		d = append(d, member{"@container", "@language"})
	case vRef, vIdent:
		d = append(d, member{"@type", "@id"})
	case vVocab, vCountry:
		d = append(d, member{"@type", "@vocab"})
	case vDate:
		d = append(d, member{"@type", "edtf:EDTF"})
	case vDouble:
		d = append(d, member{"@type", "xsd:double"})
	case vInteger:
		d = append(d, member{"@type", "xsd:integer"})
	case vDecimal:
		d = append(d, member{"@type", "xsd:decimal"})
	}
	if t.many {
		d = append(d, member{"@container", "@set"})
	}
	var scoped ordered
	switch t.typ {
	case vIdent:
		// The identifier prefixes are defined only where identifiers are
		// values: two of them ("wikidata", "geonames") are also terms of
		// places. On such a key, the prefix is the key itself, which must
		// keep its type mapping within its own scoped context.
		for _, p := range identPrefixes {
			if p.name == t.self {
				scoped = append(scoped, member{p.name, ordered{{"@id", p.iri}, {"@type", "@id"}, {"@prefix", true}}})
			} else {
				scoped = append(scoped, member{p.name, p.iri})
			}
		}
	case vCountry:
		ns := t.ns
		if ns == "" {
			ns = nsState
		}
		scoped = ordered{{"@vocab", ns}}
		if !t.many && t.ns == "" {
			// The same scoped context as nationality's would be one
			// context to PyLD 2.0.3, which caches it, as resolved when
			// it first met it, by its text: country, defined later, would
			// be missing from it and its values read as strings. The
			// default @propagate makes the text differ and changes
			// nothing else (TestContextScopesForPyLD).
			scoped = append(scoped, member{"@propagate", true})
		}
	case vVocab:
		ns := ConceptNamespace + t.scheme + "#"
		scoped = ordered{{"@vocab", ns}}
		// A value that is also the name of a term would expand to that
		// term's IRI; it is defined explicitly.
		for _, v := range t.values {
			switch {
			case v.iri != "":
				scoped = append(scoped, member{v.value, v.iri})
			case names[v.value]:
				scoped = append(scoped, member{v.value, ns + v.value})
			}
		}
	}
	for _, s := range contextOrder(t.scope) {
		scoped = append(scoped, member{s.name, definition(s, names)})
	}
	if len(scoped) > 0 {
		d = append(d, member{"@context", scoped})
	}
	return d
}

// scopeRank orders the terms of a context for processors that resolve a
// scoped context against the terms defined before it (PyLD 2.0.3 does, and
// so loses diplo:actor inside participants if actor follows participants):
// terms without a scoped context come first (0), then terms whose scoped
// context only says how their string values expand (1), then terms whose
// scoped context defines the terms of the objects they hold (2), then
// classes with type-scoped terms (3). Every term a scoped context can need
// is then defined before it.
func scopeRank(t term) int {
	switch {
	case t.typ == vClass && len(t.scope) > 0:
		return 3
	case len(t.scope) > 0:
		return 2
	case t.typ == vIdent || t.typ == vCountry || t.typ == vVocab:
		return 1
	}
	return 0
}

// contextOrder returns ts in the order of the rendered context: by
// scopeRank, and in the order of the table within a rank.
func contextOrder(ts []term) []term {
	out := slices.Clone(ts)
	slices.SortStableFunc(out, func(a, b term) int { return scopeRank(a) - scopeRank(b) })
	return out
}

// renderContext renders context.jsonld from the term table.
func renderContext() []byte {
	names := allTermNames()
	ctx := ordered{{"@version", 1.1}, {"id", "@id"}, {"type", "@type"}}
	for _, p := range prefixes {
		ctx = append(ctx, member{p.name, p.iri})
	}
	for _, t := range contextOrder(terms) {
		ctx = append(ctx, member{t.name, definition(t, names)})
	}
	// The context document describes itself: read as JSON-LD, it is a
	// node with the version of the context (the context ignores members
	// beside "@context").
	b, err := json.MarshalIndent(ordered{{"@context", ctx}, {"@id", ContextURL}, {"http://schema.org/version", ContextVersion}}, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(b, '\n')
}

func mdEscape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

// renderVocab renders vocab.md from the term table.
func renderVocab() []byte {
	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# The diplo JSON-LD context: terms\n\n")
	p("<!-- Generated from the term table in context_test.go by `go test ./schema -run 'TestContextFile|TestVocabFile' -update`. Do not edit. -->\n\n")
	p("The context `%s` (the file `context.jsonld` beside this one, embedded in the package) makes the JSON that\n", ContextURL)
	p("diplo writes compact JSON-LD 1.1. This table lists every term: the JSON member, the IRI it expands to and what\n")
	p("its values become in RDF. Terms map to [schema.org](https://schema.org) where schema.org has the concept, and to the\n")
	p("diplo vocabulary `%s` otherwise.\n\n", VocabNamespace)
	p("## Prefixes\n\n| prefix | namespace | what |\n|---|---|---|\n")
	for _, x := range prefixes {
		p("| `%s:` | `%s` | %s |\n", x.name, x.iri, x.meaning)
	}
	p("\n")
	p("## Classes\n\nThe `type` of a node, a place or its coordinates names its class.\n\n| type | IRI | meaning |\n|---|---|---|\n")
	for _, t := range terms {
		if t.typ == vClass {
			p("| `%s` | `%s` | %s |\n", t.name, t.iri, mdEscape(t.meaning))
		}
	}
	p("\n## Properties\n\nScope \"all\" means the term is defined for every node; a class name means the term is\n")
	p("type-scoped (it has this meaning only on nodes of that class); a property name means it is defined\n")
	p("only inside the objects that property holds. The value column says what the JSON values become:\n")
	p("\"language map\" members become literals tagged with their (lower-cased) BCP 47 tag, \"IRI\" values are\n")
	p("node references, \"blank node\" values are embedded objects; \"set\" marks an array.\n\n")
	p("| term | scope | IRI | value | meaning |\n|---|---|---|---|---|\n")
	var rows func(ts []term, scope string)
	rows = func(ts []term, scope string) {
		for _, t := range ts {
			if t.typ != vClass {
				v := valueTypeNames[t.typ]
				if t.typ == vVocab {
					v = fmt.Sprintf("IRI in [%s](#%s)", t.scheme, t.scheme)
				}
				if t.many {
					v += ", set"
				}
				iri := "`" + t.iri + "`"
				if t.reverse {
					iri += " (reverse: the value is the subject)"
				}
				p("| `%s` | %s | %s | %s | %s |\n", t.name, scope, iri, v, mdEscape(t.meaning))
			}
			if len(t.scope) > 0 {
				rows(t.scope, "`"+t.name+"`")
			}
		}
	}
	p("| `id` | all | `@id` | IRI | The IRI of the node; a graph without one is a blank node. |\n")
	p("| `type` | all | `@type` | class | The class of the node. |\n")
	rows(terms, "all")
	p("\n## Identifiers and countries\n\n")
	p("An identifier `scheme:value` (in `identifiers`, and the `wikidata` and `geonames` of a place) becomes the IRI of its\n")
	p("scheme's namespace followed by the value; URL identifiers are IRIs already. The prefixes are defined in the scoped\n")
	p("contexts of those terms only, since `wikidata` and `geonames` are also member names of places.\n\n")
	p("| scheme | namespace | note |\n|---|---|---|\n")
	for _, x := range identPrefixes {
		p("| `%s:` | `%s` | %s |\n", x.name, x.iri, x.meaning)
	}
	p("\nGeoNames' IRIs of features end in a slash (`https://sws.geonames.org/524901/`), which a context cannot append,\n")
	p("so diplo JSON carries it: `MarshalText` and every writer of diplo JSON write a GeoNames id `geonames:524901/`, which\n")
	p("a processor expands to GeoNames' IRI, and `WriteNQuads` writes that IRI for it. Decoding takes the id with or without\n")
	p("the slash; the Go value and `Identifier.String()` have none (`geonames:524901`), so `diplo.IDFor` of the id does\n")
	p("not change. JSON written before (context version 2 and earlier), `geonames:524901` without the slash, is read by a\n")
	p("processor as `https://sws.geonames.org/524901`, an IRI GeoNames redirects from but not its concept IRI, and not\n")
	p("the one `WriteNQuads` writes for the decoded document: decode and write it again (`diplo json`) to give it the slash.\n")
	p("\nNode ids and references are IRIs as they are written (`urn:uuid:…`, `https://…`). An id whose scheme is one of the\n")
	p("prefixes above (`schema:x`, `diplo:x`, `wikidata:x`, ...), in any case, would be a compact IRI to JSON-LD, expanded to\n")
	p("another IRI (`http://schema.org/x`), so it does not validate (`diplo.ParseID`); nor does an id in the namespace of a\n")
	p("vocabulary (`http://schema.org/Person`). An id that is not an absolute IRI is dropped by JSON-LD processors, with every\n")
	p("statement about it; `WriteNQuads` reports it as an error instead, as it does every id that does not validate.\n")
	p("\n## Countries and states\n\n")
	p("A country code names a state. A state's IRI is made from its ISO 3166-1 code, `%sML` for Mali\n", nsState)
	p("(`actor.StateID`; `actor.State.Validate` refuses a state with another id), so a JSON-LD context can map a code to it:\n")
	p("a person's `nationality` and the `country` of an organisation or a place become the IRI of the state of the code,\n")
	p("which is the state node of the graph when the graph has one; records of the same state from two sources agree on it.\n")
	p("On a state itself, `country` (type-scoped) is `diplo:iso3166`, a sub-property of `schema:sameAs`, and its value the\n")
	p("ISO Online Browsing Platform IRI of the code, the IRI of the identifier `iso3166:CODE` (`%sML`);\n", nsISO3166)
	p("the state's Wikidata item, among its `identifiers`, is `schema:sameAs` too. (It is not `schema:sameAs` itself: JSON-LD\n")
	p("compaction chooses a term by property and value type, so it would put the code's IRI among the `identifiers`, and the\n")
	p("state would come back without its `country`.) `https://w3id.org/diplo/id/state/CODE` answers with a 303 to this page.\n\n")
	p("## Dates\n\n")
	p("A term can carry one datatype only, a JSON member has one form, and diplo dates have varying precision and may be\n")
	p("uncertain or approximate. The context types every date term (`startDate`, `endDate`, `date`, `founded`, `published`)\n")
	p("with the EDTF datatype `%s`, and so do `MarshalJSONLD` (which writes the plain JSON\n", edtfDatatype)
	p("with the context) and `WriteNQuads`: one document, one dataset. An exact date is, character for character, the\n")
	p("lexical form of the XSD type of its precision (`2023` of `xsd:gYear`, `2023-06-22` of `xsd:date`), so SPARQL\n")
	p("compares exact dates by casting `STR(?d)` (`STRDT(STR(?d), xsd:date)`) or as strings of one precision; the package\n")
	p("documentation gives queries. (EDTF levels 0 and 1 cover every diplo date but one form: a time to the minute,\n")
	p("`2023-06-22T14:30`, which ISO 8601 allows as reduced precision and EDTF does not list.)\n\n")
	p("## Order of the context\n\n")
	p("Terms without a scoped context come first, then terms whose scoped context only expands their values (controlled\n")
	p("values, countries, identifiers), then terms whose scoped context defines the members of the objects they hold\n")
	p("(`participants`, `actions`), then classes with type-scoped terms; and no two scoped contexts are the same text.\n")
	p("PyLD 2.0.3 resolves a scoped context once, against the terms defined before the first term that carries it, and\n")
	p("caches it by its text; in any other order it loses `actor`, `delegation` and `event` inside arrays of objects, and\n")
	p("reads `country` as a string.\n\n")
	p("## Choices\n\n")
	p("- `schema:` is `http://schema.org/`, the namespace schema.org's own JSON-LD context uses, so that diplo data joins\n")
	p("  other schema.org data in a triple store.\n")
	p("- schema.org terms are used as schema.org defines them: TestSchemaOrgDomainsAndRanges checks each use against the\n")
	p("  schema.org release in `testdata/schemaorg`, with the exceptions it lists and their reasons. Where schema.org's\n")
	p("  class would be wrong, a `diplo:` class is a subclass of the right schema.org one: a state is a `diplo:State`, a\n")
	p("  `schema:Organization` and a `schema:Country` (a member, a party, a speaker, and what a nationality names; schema.org's\n")
	p("  `LocalBusiness` is likewise both an `Organization` and a `Place`); an accord and a\n")
	p("  statement are a `diplo:Accord` and a `diplo:Statement`, `schema:CreativeWork`s (`schema:Legislation` is for acts,\n")
	p("  decrees and bills, `schema:Quotation` for quotes only); a delegation is a `schema:Organization`. A tenure is a\n")
	p("  `schema:Role` that its person holds (`person` on a tenure is the reverse of `diplo:holds`, so that a property leads\n")
	p("  from a person to each of its tenures; inside `signatories`, `person` is `diplo:person`); a source is a\n")
	p("  `schema:CreativeWork`. Event statuses are `schema:eventStatus` with schema.org's values\n")
	p("  where it has them.\n")
	p("- Participants follow schema.org's Role pattern: an event's `participants` are `schema:attendee`, each a blank\n")
	p("  node (a `diplo:Participant`, a `schema:Role`) that holds `schema:attendee` to the actor (`actor`), its role as\n")
	p("  `schema:roleName` (an IRI of the participant-role scheme; schema.org's range is Text or URL) and the delegation\n")
	p("  and the represented party as diplo terms. A schema.org consumer that reads the Role pattern sees every actor as\n")
	p("  an attendee. A context cannot choose a property by a value, so a host is not written `schema:organizer`; vocab.ttl\n")
	p("  says it of the role (`diplo:impliesProperty schema:organizer` on participant-role#host), and this query adds it:\n")
	p("  `CONSTRUCT { ?e schema:organizer ?a } WHERE { ?e schema:attendee ?p . ?p schema:attendee ?a ;\n")
	p("  schema:roleName <%shost> }`. A chair or co-chair presides over a meeting that others may\n", ConceptNamespace+schemeRole+"#")
	p("  have organised: no property is implied. The actors of conflictual events (initiator, target, subject) are\n")
	p("  attendees in schema.org's loose sense, those the event concerns.\n")
	p("- Offices, delegations and records have no schema.org type and are `diplo:` classes.\n")
	p("- Every term has its own IRI, so that compaction with this context gives back the member a value came from:\n")
	p("  `title` is `dcterms:title` (`name` is `schema:name`), a signatory's or an action's `party` is `diplo:forParty`\n")
	p("  (`parties` is `diplo:party`), a participant's `representing` is `diplo:representing` (a delegation\n")
	p("  `represents`), a place's `geonames` and `wikidata` are `diplo:geonames` and `diplo:wikidata` (sub-properties of\n")
	p("  `schema:sameAs`, which `identifiers` is), an accord's `domains` are `diplo:subjectDomain` (an event's `topics`\n")
	p("  are `diplo:topic`).\n")
	p("- Attribution follows PROV-O (`by` is `prov:wasAttributedTo`); the date of a statement or an action is `dcterms:date`.\n")
	p("- `kind`, `role` and `relations` mean different things on different nodes: they are type-scoped (on a class) or\n")
	p("  property-scoped (inside `participants`, `actions`, `relations`), and so is `sources` on a graph. The context does\n")
	p("  not use `@protected`, which would forbid that type-scoped redefinition of `sources`; a document that adds its own\n")
	p("  context after this one can therefore redefine terms.\n")
	p("- A value of a controlled vocabulary that is also the name of a term (the organisation kind `party`) is defined\n")
	p("  explicitly in its scoped context, or JSON-LD would read it as that term's IRI.\n\n")
	p("## Controlled vocabularies\n\n")
	p("Each controlled vocabulary is a concept scheme `%s{scheme}#`; its values are IRIs in it\n", ConceptNamespace)
	p("(`@type: @vocab` with a scoped `@vocab`). Values are not shared between schemes: the event kind `communique`\n")
	p("and the statement kind `communique` are different concepts.\n")
	var schemes []term
	var collect func([]term)
	collect = func(ts []term) {
		for _, t := range ts {
			if t.typ == vVocab && !slices.ContainsFunc(schemes, func(s term) bool { return s.scheme == t.scheme }) {
				schemes = append(schemes, t)
			}
			collect(t.scope)
		}
	}
	collect(terms)
	for _, s := range schemes {
		p("\n### %s\n\n`%s%s#` (values of `%s`)\n\n| value | meaning |\n|---|---|\n", s.scheme, ConceptNamespace, s.scheme, s.iri)
		for _, v := range s.values {
			d := mdEscape(v.description)
			if v.iri != "" {
				d += fmt.Sprintf(" The value is `%s`.", v.iri)
			}
			p("| `%s` | %s |\n", v.value, d)
		}
	}
	return b.Bytes()
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is out of date; run go test ./schema -update and review the diff", path)
	}
}

func TestContextFile(t *testing.T) {
	checkGolden(t, "context.jsonld", renderContext())
	if !bytes.Equal(Context(), contextDoc) {
		t.Fatal("Context() differs from the embedded file")
	}
	c := Context()
	c[0] = 'x'
	if Context()[0] != '{' {
		t.Fatal("Context() returned the embedded bytes, not a copy")
	}
}

func TestVocabFile(t *testing.T) {
	checkGolden(t, "vocab.md", renderVocab())
}

// TestContextConstants checks the namespaces of the Go code against the
// table the context is rendered from.
func TestContextConstants(t *testing.T) {
	for _, p := range prefixes {
		if got := expandCompact(p.name + ":x"); got != p.iri+"x" {
			t.Errorf("prefix %s: %s", p.name, got)
		}
	}
	if expandCompact("edtf:EDTF") != edtfDatatype {
		t.Errorf("edtf:EDTF expands to %s, want %s", expandCompact("edtf:EDTF"), edtfDatatype)
	}
	if got := len(globalPrefixes); got != len(prefixes) {
		t.Errorf("the writer knows %d global prefixes, the context has %d", got, len(prefixes))
	}
	for _, p := range prefixes {
		if globalPrefixes[p.name] != p.iri {
			t.Errorf("writer prefix %s = %q, context %q", p.name, globalPrefixes[p.name], p.iri)
		}
	}
	for _, p := range identPrefixes {
		if identifierPrefixes[p.name] != p.iri {
			t.Errorf("writer identifier prefix %s = %q, context %q", p.name, identifierPrefixes[p.name], p.iri)
		}
	}
}

// TestVocabularyTerms checks that every value of every vocabulary of the
// model has its term table entry, so a value added to the model cannot be
// forgotten here, and that values colliding with term names are defined
// explicitly in the rendered context.
func TestVocabularyTerms(t *testing.T) {
	counts := map[string]int{}
	var walk func([]term)
	walk = func(ts []term) {
		for _, x := range ts {
			if x.typ == vVocab {
				counts[x.scheme] = len(x.values)
			}
			walk(x.scope)
		}
	}
	walk(terms)
	want := map[string]int{
		schemeOrgKind: len(actor.OrgKinds().Values()), schemeOfficeRole: len(actor.OfficeRoles().Values()),
		schemeQualifier: len(actor.Qualifiers().Values()), schemeEventKind: len(event.Kinds().Values()),
		schemeEventStatus: len(event.Statuses().Values()), schemeRole: len(event.Roles().Values()),
		schemeEventRelation: len(event.RelationKinds().Values()), schemeTone: len(event.Tones().Values()),
		schemeStatementKind: len(event.StatementKinds().Values()), schemeDomain: len(diplo.Domains().Values()),
		schemeAccordKind: len(accord.Kinds().Values()), schemeActionKind: len(accord.ActionKinds().Values()),
		schemeCapacity: len(accord.Capacities().Values()), schemeAccordRelation: len(accord.RelationKinds().Values()),
		schemeResolutionKind: len(decision.Kinds().Values()), schemeResolutionStatus: len(decision.Statuses().Values()),
		schemeDecisionMethod: len(decision.Methods().Values()), schemeVoteResult: len(decision.Results().Values()),
		schemeMajority: len(decision.Majorities().Values()), schemeVoteOption: len(decision.Options().Values()),
		schemeVoterRole:   len(decision.Roles().Values()),
		schemeMissionKind: len(actor.MissionKinds().Values()),
		schemeWording:     len(event.Wordings().Values()),
	}
	if len(counts) != 23 || len(want) != 23 {
		t.Fatalf("%d schemes in the table, %d expected, want 23", len(counts), len(want))
	}
	for s, n := range want {
		if counts[s] != n || n == 0 {
			t.Errorf("scheme %s: %d values in the table, %d in the model", s, counts[s], n)
		}
	}
	// The organisation kind "party" is also the term "party": the context
	// must define it within the scope of "kind".
	var doc map[string]any
	if err := json.Unmarshal(Context(), &doc); err != nil {
		t.Fatal(err)
	}
	org := doc["@context"].(map[string]any)["Organization"].(map[string]any)["@context"].(map[string]any)
	kind := org["kind"].(map[string]any)["@context"].(map[string]any)
	if kind["party"] != ConceptNamespace+schemeOrgKind+"#party" {
		t.Errorf("Organization kind party = %v", kind["party"])
	}
}

// TestContextTermsDocumented checks that every term of the committed
// context appears in vocab.md, at any depth of scoping.
func TestContextTermsDocumented(t *testing.T) {
	md, err := os.ReadFile("vocab.md")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(Context(), &doc); err != nil {
		t.Fatal(err)
	}
	var missing []string
	n := 0
	var walk func(ctx map[string]any)
	walk = func(ctx map[string]any) {
		for k, v := range ctx {
			if strings.HasPrefix(k, "@") {
				continue
			}
			n++
			// Explicit controlled values are documented as values.
			if !bytes.Contains(md, []byte("| `"+k+"`")) && !bytes.Contains(md, []byte("| `"+k+":`")) {
				missing = append(missing, k)
			}
			if def, ok := v.(map[string]any); ok {
				if sub, ok := def["@context"].(map[string]any); ok {
					walk(sub)
				}
			}
		}
	}
	walk(doc["@context"].(map[string]any))
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("terms of context.jsonld missing from vocab.md: %v", missing)
	}
	if n < 100 {
		t.Errorf("walked %d term definitions, want at least 100", n)
	}
}

// offlineLoader serves the embedded context for ContextURL and refuses
// every other URL: no test reaches the network.
type offlineLoader struct{ ctx any }

func newOfflineLoader(t testing.TB) offlineLoader {
	t.Helper()
	c, err := ld.DocumentFromReader(bytes.NewReader(Context()))
	if err != nil {
		t.Fatal(err)
	}
	return offlineLoader{ctx: c}
}

func (l offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	if u == ContextURL {
		return &ld.RemoteDocument{DocumentURL: u, Document: l.ctx}, nil
	}
	return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, "offline loader refuses "+u)
}

// ldOptions returns json-gold options with the offline loader.
func ldOptions(t testing.TB) *ld.JsonLdOptions {
	o := ld.NewJsonLdOptions("")
	o.DocumentLoader = newOfflineLoader(t)
	o.ProcessingMode = ld.JsonLd_1_1
	return o
}

func TestUnknownRemoteContext(t *testing.T) {
	tests := []struct {
		name string
		doc  string
	}{
		{"string", `{"@context":"https://example.org/other.jsonld","type":"Person","id":"urn:x:1"}`},
		{"array", `{"@context":["https://w3id.org/diplo/context.jsonld","https://example.org/other.jsonld"],"type":"Person"}`},
		{"nested", `{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph","persons":[{"@context":"https://example.org/other.jsonld","type":"Person"}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := ld.DocumentFromReader(strings.NewReader(tc.doc))
			if err != nil {
				t.Fatal(err)
			}
			_, err = ld.NewJsonLdProcessor().Expand(doc, ldOptions(t))
			var le *ld.JsonLdError
			if !errors.As(err, &le) || le.Code != ld.LoadingRemoteContextFailed {
				t.Fatalf("json-gold: got %v, want %q", err, ld.LoadingRemoteContextFailed)
			}
			if !strings.Contains(err.Error(), "offline loader refuses https://example.org/other.jsonld") {
				t.Errorf("json-gold error does not name the refused URL: %v", err)
			}
		})
	}
}

// TestContextScopesForPyLD checks the two rules that PyLD 2.0.3 needs to
// read diplo JSON-LD as other processors do. PyLD resolves a scoped
// context once, against the terms defined before the first term that
// carries it, and caches it by its text: terms defined after it are
// missing inside the objects it applies to (diplo:actor in participants,
// schema:event in actions were lost so), and two terms with the same
// scoped context share the first one's resolution. So, in the rendered
// context and in every scoped context in it, no term without a scoped
// context follows one with a scoped context, and no two scoped contexts
// are the same text.
func TestContextScopesForPyLD(t *testing.T) {
	var doc map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(Context(), &doc))
	seen := map[string]string{}
	var walk func(path string, raw json.RawMessage)
	walk = func(path string, raw json.RawMessage) {
		dec := json.NewDecoder(bytes.NewReader(raw))
		_, err := dec.Token() // {
		require.NoError(t, err)
		lastScoped := ""
		for dec.More() {
			k, err := dec.Token()
			require.NoError(t, err)
			var v json.RawMessage
			require.NoError(t, dec.Decode(&v))
			var def struct {
				Context json.RawMessage `json:"@context"`
			}
			if len(v) == 0 || v[0] != '{' || json.Unmarshal(v, &def) != nil || def.Context == nil {
				assert.Empty(t, lastScoped, "%s%s has no scoped context but follows %s, which has one", path, k, lastScoped)
				continue
			}
			name := path + k.(string)
			lastScoped = name
			var c bytes.Buffer
			require.NoError(t, json.Compact(&c, def.Context))
			if other, dup := seen[c.String()]; dup {
				t.Errorf("%s and %s have the same scoped context %s", other, name, c.String())
			}
			seen[c.String()] = name
			walk(name+".", def.Context)
		}
	}
	walk("", doc["@context"])
	assert.Greater(t, len(seen), 20, "scoped contexts walked")
}

// TestContextVersion catches a change of a term's meaning: the meaning of
// every term of the context (its IRI, type, container and the vocabulary
// of its values, at any depth of scoping) is recorded in
// testdata/context-terms.txt under the version of the context. A changed
// or removed meaning fails unless ContextVersion's major version changed
// too, an added term unless the version changed at all; then -update
// records the new meanings.
func TestContextVersion(t *testing.T) {
	var doc map[string]any
	require.NoError(t, json.Unmarshal(Context(), &doc))
	assert.Equal(t, ContextVersion, doc["http://schema.org/version"], "the context document does not carry ContextVersion")
	assert.Regexp(t, `^[1-9][0-9]*\.[0-9]+\.[0-9]+$`, ContextVersion)
	got := contextMeanings(doc["@context"].(map[string]any))
	const path = "testdata/context-terms.txt"
	committed, err := os.ReadFile(path)
	require.NoError(t, err)
	header, body, _ := strings.Cut(string(committed), "\n")
	oldVersion := strings.TrimPrefix(header, "version ")
	old := map[string]bool{}
	for _, l := range strings.Split(strings.TrimSpace(body), "\n") {
		old[l] = true
	}
	now := map[string]bool{}
	for _, l := range got {
		now[l] = true
	}
	var changed, added []string
	for l := range old {
		if !now[l] {
			changed = append(changed, l)
		}
	}
	for l := range now {
		if !old[l] {
			added = append(added, l)
		}
	}
	sort.Strings(changed)
	sort.Strings(added)
	major := func(v string) string { m, _, _ := strings.Cut(v, "."); return m }
	if len(changed) > 0 && major(oldVersion) == major(ContextVersion) {
		t.Errorf("terms changed meaning or were removed, but the context's major version is still %s: bump ContextVersion and run -update\nwas: %s\nnow: %s",
			ContextVersion, strings.Join(changed, "\n     "), strings.Join(added, "\n     "))
	} else if len(added) > 0 && oldVersion == ContextVersion {
		t.Errorf("terms were added, but the context's version is still %s: bump ContextVersion's minor version and run -update\n%s", ContextVersion, strings.Join(added, "\n"))
	}
	if *update && !t.Failed() {
		require.NoError(t, os.WriteFile(path, []byte("version "+ContextVersion+"\n"+strings.Join(got, "\n")+"\n"), 0o644))
	}
}

// contextMeanings lists the meaning of every term of a context, one line a
// term, sorted: "scope term = @id type container vocab".
func contextMeanings(ctx map[string]any) []string {
	var out []string
	var walk func(scope string, c map[string]any)
	walk = func(scope string, c map[string]any) {
		for k, v := range c {
			if strings.HasPrefix(k, "@") {
				continue
			}
			line := scope + k + " ="
			switch d := v.(type) {
			case string:
				line += " " + d
			case map[string]any:
				for _, key := range []string{"@id", "@reverse", "@type", "@container", "@prefix"} {
					if x, ok := d[key]; ok {
						line += fmt.Sprintf(" %s:%v", key, x)
					}
				}
				if sub, ok := d["@context"].(map[string]any); ok {
					if voc, ok := sub["@vocab"]; ok {
						line += fmt.Sprintf(" values:%v", voc)
					}
					walk(scope+k+".", sub)
				}
			}
			out = append(out, line)
		}
	}
	walk("", ctx)
	sort.Strings(out)
	return out
}

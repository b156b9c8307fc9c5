// Package schema publishes diplo JSON to readers in other languages and
// other data models: a JSON Schema (2020-12) that any validator can use, a
// JSON-LD 1.1 context that makes the same JSON linked data, a JSON-LD
// writer and reader, and an N-Quads writer.
//
// There is one wire shape and three readers. The JSON that diplo.Marshal
// writes for a graph.Graph or a node of the model is what a Go program
// reads with diplo.Unmarshal, what a JSON Schema validator checks, and,
// with the context attached ("@context" first, which the schemas allow),
// compact JSON-LD that a JSON-LD processor turns into exactly the RDF
// dataset WriteNQuads writes. MarshalJSONLD writes that document and
// nothing else. Nothing here is fetched from the network: the schemas and the
// context are files of this package, embedded in the binary.
//
// JSON Schema, JSON-LD and RDF stay in one package because they publish
// one mapping (the context's terms are the schemas' members, and the
// N-Quads are what the context makes of them), and each links no more
// than the model, so subpackages would split the mapping and save no link.
//
// # IRIs
//
// Each published document has a stable IRI under https://w3id.org/diplo/:
//
//	https://w3id.org/diplo/schema/        base of the JSON Schema $id of every schema
//	https://w3id.org/diplo/context.jsonld the JSON-LD context (ContextURL)
//	https://w3id.org/diplo/vocab#         the diplo vocabulary (VocabNamespace, prefix diplo:)
//	https://w3id.org/diplo/vocab/{scheme}# the values of each controlled vocabulary (ConceptNamespace)
//
// None of them resolves yet: the path is not registered at w3id.org. The
// rewrite rules its registration needs are in the repository's w3id/
// folder, ready to submit, and w3id/README.md says what works offline.
// This package never fetches them: Context and JSONSchema return the files.
//
// # JSON Schema
//
// JSONSchema returns the JSON Schema (draft 2020-12) of a document type:
// "graph" (diplo.schema.json, $id JSONSchemaBase + "diplo.schema.json") or
// a node type ("event", "accord", ...; see SchemaTypes). Each is
// self-contained, generated from the Go types, their doc comments and
// their vocabularies by go generate, and checked for drift by a test.
// Every object is closed (additionalProperties false), every vocabulary is
// an enum whose description defines each value ("- summit: ..."), so that
// a wrong value is one error naming the allowed ones, country codes are
// enumerated from golang.org/x/text, and language-map keys must be BCP 47
// tags other than "und". The schemas compile in ajv 8 with strict: true
// and no other option.
//
//	b, _ := schema.JSONSchema("event")
//	// Python: Draft202012Validator(json.loads(b)).validate(doc)
//
// Dates use the format "edtf" and ids "iri"; their patterns already
// express the syntax, so validators that ignore formats still check it.
// JSONSchemaFormat returns Go checks for both. The date pattern knows the
// length of each month, and 29 February in leap years only.
//
// The generator reads the model's Go source for its doc comments, and
// runs only under go generate (schema/internal/gen, with the internal
// package jsgen): this package embeds its output, so a program that
// imports schema links neither github.com/invopop/jsonschema, a YAML
// library nor go/parser (a test checks it with go list -deps).
//
// # Rules the schema cannot express
//
// Some rules span nodes or compare values; graph.Validate (and the
// model's Validate methods) check them, and no JSON Schema validator can:
//
//   - every reference resolves, to a node of the right type;
//   - no two nodes share an id;
//   - dates in order: an end before its start, accord lifecycle actions
//     out of order (a ratification before the signature);
//   - parts, actions and statements dated inside their event;
//   - cycles: an event that is, through its parts, a part of itself; an
//     event or organisation related to itself;
//   - signatories and acting parties are parties of the accord, and a
//     signatory takes part in the signing event;
//   - a delegation's head is not also listed among its members; the same
//     participant twice with a different delegation;
//   - language subtags that are well-formed but not registered ("xx");
//   - duplicate JSON keys, and language tags equal after normalising
//     ("FR" and "fr");
//   - a domain listed twice without labels;
//   - URLs that net/url rejects (a bad port, a bad % escape).
//
// The schema in turn describes the canonical JSON that diplo writes: it
// rejects null, member names in another case, "" for absent values and
// non-canonical codes (ru, RUS, 643 for a country) that Go's decoding
// accepts and normalises.
//
// # The JSON-LD context
//
// Context returns the context, published at ContextURL. It maps every
// member of diplo JSON to an IRI: to schema.org where schema.org has the
// concept, as schema.org defines it (Person, Organization, Event,
// CreativeWork, Role; name, startDate, location, sameAs, eventStatus, ...),
// and to the diplo vocabulary otherwise, with diplo classes that are
// subclasses of schema.org's (diplo:State of schema:Organization and
// schema:Country, diplo:Delegation of schema:Organization, diplo:Accord
// and diplo:Statement of
// schema:CreativeWork). The file vocab.md beside this package's
// source lists every term with its IRI and meaning; in short:
//
//   - id and type are @id and @type: every node is named by its IRI and
//     typed by its class.
//   - Texts (name, title, text, ...) are language maps: each language
//     becomes a literal tagged with its BCP 47 tag, so that the original
//     and its translations ("en-t-fr") are both kept.
//   - References between nodes are IRIs; lists of them are sets.
//   - Controlled values (event kinds, roles, domains, ...) are IRIs, one
//     concept scheme per vocabulary: the event kind "official-visit" is
//     https://w3id.org/diplo/vocab/event-kind#official-visit. Values are
//     not shared between vocabularies, since "communique" is an event kind
//     and a statement kind with different meanings.
//   - Identifiers ("wikidata:Q912", "geonames:524901", "iso3166:ML") are
//     IRIs (http://www.wikidata.org/entity/Q912, ...).
//   - A country code names its state: a nationality, an organisation's or
//     a place's country "ML" is https://w3id.org/diplo/id/state/ML, the IRI
//     of the state of Mali (actor.StateID, which a state's id must be), and
//     so the state node of the graph. On a state, country is diplo:iso3166,
//     a sub-property of schema:sameAs, to the ISO IRI of its code.
//   - A graph's lists (persons, events, ...) are properties of the graph
//     node, so that every node is reachable from it; embedded objects
//     (participants, places, topics, signatories, actions, claims, ...) are
//     blank nodes. A place and its coordinates write their type ("Place",
//     "GeoCoordinates"): they are a schema:Place and a
//     schema:GeoCoordinates, the classes schema:location and schema:geo
//     expect.
//   - Participants follow schema.org's Role pattern: an event's
//     schema:attendee is the participation, a blank node (a schema:Role),
//     whose own schema:attendee is the actor and schema:roleName the role,
//     so that schema.org consumers see every actor as an attendee. The
//     context cannot make a host's participation schema:organizer (a
//     term's IRI cannot depend on a value); vocab.ttl says that the role
//     host implies it (diplo:impliesProperty), and vocab.md gives the
//     SPARQL query that adds it.
//   - Meanings that depend on the node are type-scoped: "kind" is an
//     event's diplo:eventKind and an accord's diplo:accordKind; an event's
//     participants are type-scoped too, so that inside a participant
//     schema:attendee compacts to actor, not to participants.
//
// # Dates
//
// A JSON-LD term carries one datatype, and a document has one form: the
// plain JSON with its context. So every date member (startDate, endDate,
// date, founded, published) is typed, in the context, in the JSON-LD that
// MarshalJSONLD writes and in the N-Quads of WriteNQuads alike, with the
// EDTF datatype of the Library of Congress,
// http://id.loc.gov/datatypes/edtf/EDTF:
//
//	"startDate": "2025-06-22"   →   "2025-06-22"^^<http://id.loc.gov/datatypes/edtf/EDTF>
//
// Why EDTF and not XSD: a diplo date has a precision ("2023", "2023-06",
// "2023-06-22", a time) and may be uncertain or approximate ("2023?",
// "2023~"), and only EDTF covers them all; an XSD datatype per precision
// (xsd:gYear, xsd:date, ...) would need a different term per precision,
// which one JSON member cannot be, and writing XSD types anyway made the
// JSON-LD a second wire shape that the JSON Schema rejects and that gave
// another dataset than the plain JSON with the context. (EDTF covers every
// diplo date but a time to the minute, "2023-06-22T14:30", which ISO 8601
// allows as reduced precision; it keeps the EDTF datatype all the same.)
//
// The trade-off is for SPARQL users: a triple store does not order EDTF
// literals as dates. An exact EDTF date is, character for character, the
// lexical form of the XSD type of its precision, so a query compares exact
// dates by casting the string or comparing it:
//
//	FILTER(STRDT(STR(?start), xsd:date) >= "2025-06-01"^^xsd:date)   # day precision
//	FILTER(xsd:dateTime(CONCAT(STR(?start), "T00:00:00Z")) < ?t)      # day precision, as a dateTime
//	FILTER(STRSTARTS(STR(?start), "2025-06"))                          # in June 2025
//	FILTER(STRLEN(STR(?start)) = 10 && STR(?start) < "2025-07-01")     # exact days, as strings
//
// Strings of the same precision without a time zone order as the dates
// do; a date that is uncertain or approximate ends in "?", "~" or "%", and
// REGEX(STR(?d), "[?~%]$") finds it. UnmarshalJSONLD still reads a date
// written as an XSD-typed value object, as earlier versions of
// MarshalJSONLD wrote it, and refuses one whose datatype contradicts the
// date's precision.
//
// # Other values
//
// A coordinate is an xsd:double. A JSON-LD processor that reads the
// dataset back (fromRDF) and compacts it writes the literal as a string
// ("latitude": "5.575E1"); UnmarshalJSONLD reads such a string, if it is a
// JSON number, as that number.
//
// # The context inline or by reference
//
// MarshalJSONLD names the context by its IRI (ContextURL) unless
// WithInlineContext is given, when it embeds the context object itself.
// Files meant to be read anywhere (the examples, `diplo jsonld -inline`)
// carry it inline: JSON-LD processors with their default settings
// (jsonld.js, PyLD, rdflib, json-gold) read them with no network and no
// document loader. The reference form is for APIs whose clients cache the
// context or install a document loader that serves Context for
// ContextURL; until https://w3id.org/diplo/ is registered, ContextURL does
// not resolve, and a processor that fetches it fails.
//
// Processors agree on the inline form: for every example, jsonld.js 9,
// PyLD 2.0.3 and json-gold 0.9 give the dataset WriteNQuads writes. PyLD
// 2.0.3 resolves a scoped context against the terms defined before the
// first term that carries it, and caches it by its text; the context is
// ordered, and its scoped contexts kept distinct, so that this loses
// nothing (see vocab.md).
//
// # Round trips through JSON-LD tools
//
// Every term has its own IRI, so that a processor compacting expanded or
// flattened diplo JSON-LD with the diplo context picks the member the
// value came from: title is dcterms:title and name schema:name; parties
// diplo:party and a signatory's or an action's party diplo:forParty; a
// delegation represents (diplo:represents) and a participant is
// representing (diplo:representing); schema:attendee is an event's
// participants and, inside a participant, the actor (participants are
// type-scoped to events, and type-scoped terms do not apply inside the
// objects they hold); a state's own country is diplo:iso3166, not
// schema:sameAs, which its identifiers are; a place's geonames and wikidata are
// diplo:geonames and diplo:wikidata, sub-properties of schema:sameAs that
// identifiers is; an accord's domains are diplo:subjectDomain, an event's
// topics diplo:topic. Expansion then compaction gives back a document that
// UnmarshalJSONLD reads to the same value, and so does the dataset read
// back from RDF, once its nodes are nested again (embedding the graph's
// members and the blank nodes where they are referenced) and compacted,
// up to the order of lists, which RDF does not keep.
//
// # Writing and reading JSON-LD
//
// MarshalJSONLD writes a graph, MarshalNodeJSONLD a node, with its
// @context, by reference (the default) or inline (WithInlineContext):
//
//	b, err := schema.MarshalJSONLD(g, schema.WithIndent("", "  "))
//
// UnmarshalJSONLD reads it back to the same Go value. It accepts only the
// diplo context, and rejects JSON-LD keywords compact diplo JSON does not
// use (@graph, a nested @context) rather than ignore them. It also reads
// the expanded and flattened JSON-LD that processors make of diplo
// documents (and of their datasets, with fromRDF), with no processor, from
// the context's own mapping of IRIs back to members; "diplo json" prints
// any of these forms as plain diplo JSON:
//
//	var g graph.Graph
//	err := schema.UnmarshalJSONLD(b, &g)
//
// # N-Quads
//
// WriteNQuads writes the RDF dataset of a graph as N-Quads straight from
// the Go values, with no JSON-LD processor: the same dataset, up to the
// labels of blank nodes, that a JSON-LD processor makes of MarshalJSONLD's
// output. The tests of this package check that with json-gold, an
// independent processor, on every field of every type:
//
//	err := schema.WriteNQuads(w, g)
//
// # Vocabulary and shapes
//
// Vocabulary returns the diplo vocabulary in Turtle (vocab.ttl): the diplo
// classes and properties with labels, definitions, domains and ranges
// (embedded objects have classes there, diplo:Participant, diplo:Topic,
// ..., that diplo data does not state), and one SKOS concept scheme per
// controlled vocabulary, each value with its definition and, where it has
// one, its CAMEO and PLOVER coding or its article of the Vienna Convention
// on the Law of Treaties. Shapes returns SHACL shapes (shapes.ttl, shape
// IRIs under https://w3id.org/diplo/shapes#) that state the rules of the
// JSON Schema on the RDF, both the RDF that WriteNQuads writes and the
// RDF a JSON-LD processor makes of diplo JSON with the context. Both files
// are generated from the table that generates the context and vocab.md.
// The rules SHACL cannot state of RDF (duplicates in lists, members a
// JSON-LD processor drops, which of two members sharing an IRI held a
// value, the original of a text, the tag "und") are listed at the top of
// shapes.ttl; cross-node rules stay with graph.Validate.
//
// # References
//
//   - JSON-LD 1.1, W3C Recommendation: https://www.w3.org/TR/json-ld11/
//   - JSON-LD 1.1 Processing Algorithms and API: https://www.w3.org/TR/json-ld11-api/
//   - RDF 1.1 N-Quads, W3C Recommendation: https://www.w3.org/TR/n-quads/
//   - RDF Dataset Canonicalization (RDFC-1.0, URDNA2015): https://www.w3.org/TR/rdf-canon/
//   - JSON Schema 2020-12: https://json-schema.org/draft/2020-12
//   - schema.org vocabulary: https://schema.org/docs/schemas.html
//   - SKOS Simple Knowledge Organization System Reference: https://www.w3.org/TR/skos-reference/
//   - Shapes Constraint Language (SHACL): https://www.w3.org/TR/shacl/
//   - Extended Date/Time Format (EDTF), Library of Congress: https://www.loc.gov/standards/datetime/
//   - EDTF datatypes: http://id.loc.gov/datatypes/edtf.html
//   - XML Schema Definition Language 1.1 Part 2: Datatypes: https://www.w3.org/TR/xmlschema11-2/
//   - BCP 47, Tags for Identifying Languages: https://www.rfc-editor.org/info/bcp47
//   - PROV-O: https://www.w3.org/TR/prov-o/
//   - DCMI Metadata Terms: https://www.dublincore.org/specifications/dublin-core/dcmi-terms/
package schema

// Package schema publishes diplo JSON to readers in other languages and
// other data models: a JSON Schema (2020-12) that any validator can use, a
// JSON-LD 1.1 context that makes the same JSON linked data, a JSON-LD
// writer and reader, an N-Quads writer, and the vocabulary and SHACL
// shapes in Turtle.
//
// There is one wire shape and three readers. The JSON that diplo.Marshal
// writes for a graph.Graph or a node of the model is what diplo.Unmarshal
// reads, what a JSON Schema validator checks, and, with the context
// attached, compact JSON-LD that a JSON-LD processor turns into the RDF
// dataset WriteNQuads writes. The schemas and the context are files of
// this package, embedded in the binary; nothing is fetched from the
// network. The main entry points:
//
//   - [JSONSchema] returns the schema of a document type ([SchemaTypes]);
//     [JSONSchemaFormat] checks its two formats, "edtf" and "iri".
//   - [Context] returns the JSON-LD context, published at [ContextURL];
//     vocab.md, beside this package's source, lists every term with its
//     IRI and meaning.
//   - [MarshalJSONLD] writes a graph or a node with its @context, by
//     reference or inline ([JSONLDOptions]); [UnmarshalJSONLD] reads
//     it back, and also the expanded and flattened JSON-LD that
//     processors make of it.
//   - [WriteNQuads] and [WriteNodeNQuads] write the RDF dataset straight
//     from the Go values, with no JSON-LD processor; [NQuadsNodeWriter]
//     writes a stream of nodes.
//   - [Vocabulary] and [Shapes] return the vocabulary (RDFS classes and
//     properties, a SKOS concept scheme per controlled vocabulary) and
//     SHACL shapes, made from the same table as the context.
//
// For instance:
//
//	doc, err := schema.MarshalJSONLD(g, schema.JSONLDOptions{InlineContext: true})
//
//	b, _ := schema.JSONSchema("graph")
//	// Python: Draft202012Validator(json.loads(b)).validate(doc)
//
// See the examples of [MarshalJSONLD], [UnmarshalJSONLD], [WriteNQuads]
// and [Context].
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
// None of them resolves yet: the path is not registered at w3id.org (the
// repository's w3id/ folder holds the rewrite rules to submit). Until it
// is, a document that names the context by its IRI can be read only by a
// processor whose document loader serves Context for ContextURL; files
// meant to be read anywhere carry the context inline.
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
//   - the ISO 3166-2 code of a place's administrative division belongs
//     to the place's country; the cause of an event does not begin after
//     the event is over;
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
// # Dates in RDF
//
// Every date (startDate, endDate, date, founded, published) is typed with
// the EDTF datatype of the Library of Congress, in the context, in
// MarshalJSONLD's output and in WriteNQuads' alike:
//
//	"startDate": "2025-06-22"   →   "2025-06-22"^^<http://id.loc.gov/datatypes/edtf/EDTF>
//
// A triple store does not order EDTF literals as dates. An exact EDTF date
// is, character for character, the lexical form of the XSD type of its
// precision, so a SPARQL query compares exact dates by casting the string
// or comparing it:
//
//	FILTER(STRDT(STR(?start), xsd:date) >= "2025-06-01"^^xsd:date)   # day precision
//	FILTER(xsd:dateTime(CONCAT(STR(?start), "T00:00:00Z")) < ?t)      # day precision, as a dateTime
//	FILTER(STRSTARTS(STR(?start), "2025-06"))                          # in June 2025
//	FILTER(STRLEN(STR(?start)) = 10 && STR(?start) < "2025-07-01")     # exact days, as strings
//
// Strings of the same precision without a time zone order as the dates
// do; a date that is uncertain or approximate ends in "?", "~" or "%", and
// REGEX(STR(?d), "[?~%]$") finds it.
//
// # References
//
//   - JSON-LD 1.1, W3C Recommendation: https://www.w3.org/TR/json-ld11/
//   - JSON-LD 1.1 Processing Algorithms and API: https://www.w3.org/TR/json-ld11-api/
//   - RDF 1.1 N-Quads, W3C Recommendation: https://www.w3.org/TR/n-quads/
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

// Package diplo models diplomatic events as typed, validated, linked data:
// the actors of diplomacy, what happens between them, what they say and
// what they agree. A Go program builds such a record, validates it and
// exchanges it as JSON; the same JSON is compact JSON-LD and is described
// by a published JSON Schema, so programs in other languages read it too.
//
// This root package holds the vocabulary that every other package shares,
// and no node type but [Source]:
//
//   - identity: [ID] (an IRI; [NewID] makes a fresh one, [IDFor] derives
//     one from an external [Identifier], [ParseID] says which IRIs are
//     IDs) and [Identifier] ("wikidata:Q7747", [ParseIdentifier]);
//   - language-tagged [Text], the original beside its translations;
//   - partial dates: [Date] ("2023", "2023-07", "2025-06-23T14:30+03:00",
//     uncertain or approximate; [ParseDate]) and [Interval];
//   - [Place], [Country] ([ParseCountry]), [AdminDivision] with its ISO
//     3166-2 code ([Subdivision], [ParseSubdivision]) and [Coordinates];
//   - [Quantity]: a count or a sum of money as a value, with an exact
//     [Decimal] amount and an ISO 4217 [Currency];
//   - [Source], [Attribution] and [Claim]: where a fact comes from, and
//     what sources disagree on, by the rules of attribution below;
//   - [Domain] and [Topic], the subjects of talks and accords;
//   - errors: every broken rule is a [*FieldError] with the JSON path of
//     the value ("accords[1].signatories[0].party"), several come as an
//     [Errors] list sorted by path, and each wraps a sentinel such as
//     [ErrRequired] or [ErrUnknown] for errors.Is;
//   - JSON: [Unmarshal] and [UnmarshalStrict] ([DecodeOptions]) decode
//     within [Limits] and name the path of every value that does not
//     decode; [Marshal] and [MarshalIndent] write the canonical JSON.
//
// Decoding checks shapes; Validate judges meaning, so a record can decode
// and still fail Validate. Marshalling does not validate.
//
//	d, err := diplo.ParseDate("2025-06~") // June 2025, approximately
//	putin := diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747"))
//	// urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a, in every program
//
// See the examples of [ParseDate], [IDFor], [Text] and [Unmarshal].
//
// # Rules of attribution
//
// Claims and characterisations (package event) say who makes them and
// where that is reported, by these rules; a broken one is an
// [*AttributionError] that names it ([AttributionRules] lists them):
//
//   - claim-attributed: a claim names the actor who makes it (by) or
//     cites a source that reports it (sources); a note alone does neither
//     (ErrRequired).
//   - characterisation-attributed: a characterisation names who used the
//     term (by), or cites where it was used: the statement (statement) or
//     a source (sources) (ErrRequired).
//   - characterisation-cited: a characterisation attributed to an actor
//     cites the statement in which the term was used or a source that
//     reports it (ErrRequired).
//
// # Packages
//
// The module is a stack of packages, each importing only those below it:
//
//	examples/...     programs that build real records, with their output checked
//	cmd/diplo        the command-line tool
//	schema           JSON Schema (2020-12), the JSON-LD context, RDF output
//	eventdata/dyad   graphs to dataset rows (Project) and rows to graphs (Lifter)
//	graph            Graph, the self-contained record, and the checks across nodes
//	actor  event  accord  decision
//	                 the model, one package per family of node
//	diplo            this package: the shared vocabulary
//	limit            the input bounds, which diplo aliases (Limits, ErrLimit)
//
// Beside them, eventdata and its row packages (cameo, plover, gdelt,
// icews) read and write the coded event datasets and import only limit.
// Nodes link to each other by ID, never by Go pointer, and a graph holds
// every node once.
//
// # Concurrency
//
// The values of this package are immutable once built, except Text, which
// is a map: share them freely between goroutines while nothing modifies
// them. The parsers, NewID, IDFor, Marshal, Unmarshal and DecodeOptions,
// and the vocabularies' methods are safe for concurrent use.
//
// # References
//
//   - Extended Date/Time Format (EDTF), Library of Congress, 2019, and ISO
//     8601-2:2019: https://www.loc.gov/standards/datetime/
//   - BCP 47, Tags for Identifying Languages (RFC 5646):
//     https://www.rfc-editor.org/info/bcp47
//   - RFC 6497, BCP 47 Extension T, Transformed Content:
//     https://www.rfc-editor.org/rfc/rfc6497
//   - RFC 3987, Internationalized Resource Identifiers (IRIs):
//     https://www.rfc-editor.org/rfc/rfc3987
//   - Unicode Technical Standard #39, Unicode Security Mechanisms, and
//     Unicode Standard Annex #9, Unicode Bidirectional Algorithm:
//     https://www.unicode.org/reports/tr39/ and
//     https://www.unicode.org/reports/tr9/
//   - RFC 9562, Universally Unique IDentifiers (UUIDs), versions 5 and 7:
//     https://www.rfc-editor.org/rfc/rfc9562
//   - ISO 3166-1 and ISO 3166-2, Codes for the representation of names
//     of countries and their subdivisions:
//     https://www.iso.org/iso-3166-country-codes.html
//   - ISO 4217, Codes for the representation of currencies:
//     https://www.iso.org/iso-4217-currency-codes.html
//   - United Nations document symbols: https://research.un.org/en/docs/symbols
//   - Wikidata item identifiers: https://www.wikidata.org/wiki/Wikidata:Identifiers
//   - GeoNames feature identifiers: https://www.geonames.org/
//   - United Nations Treaty Series registration numbers:
//     https://treaties.un.org/
package diplo

// Package diplo models diplomatic events as typed, validated, linked data:
// the actors of diplomacy (people, states, organisations and the offices
// they hold), what happens between them (summits, visits, talks, calls,
// signing ceremonies, expulsions), what they say (quotes, communiqués,
// readouts) and what they agree (treaties, agreements, memoranda, with
// their parties, signatories and lifecycle).
//
// A Go program builds such a record, validates it and exchanges it as
// JSON. The same JSON is compact JSON-LD, read as RDF with the published
// context, and is described by a published JSON Schema, so programs in
// other languages read it too. Bridges convert records to and from the
// coded event datasets of political science (CAMEO, PLOVER, GDELT, ICEWS).
//
// This root package holds the vocabulary that every other package shares:
// identifiers, language-tagged text, partial dates, places, sources,
// controlled vocabularies and errors. It holds no node type of its own
// except Source.
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
// Beside the model, eventdata (the dataset row, Record) and the row
// readers and writers eventdata/cameo, plover, gdelt and icews import
// only limit: a program that converts dataset files links no model
// package.
//
// actor has Person, State, Organization, Office, Tenure and Delegation;
// event has Event, its participants and relations, and Statement; accord
// has Accord, its signatories and lifecycle actions; decision has the
// Resolution and the Vote of multilateral bodies. Nodes link to each
// other by ID, never by Go pointer: an event names its participants by
// their IDs, and a graph holds every node once.
//
// graph.Graph gathers the nodes of one record in lists by type and checks
// what no single node can: that every reference resolves to a node of the
// right type, that a signatory took part in the signing event, that dates
// agree across nodes.
//
// # Import direction
//
// Imports run one way, downward:
//
//   - diplo imports only the standard library, github.com/google/uuid,
//     golang.org/x/text and limit, and none of its other subpackages.
//   - actor, event, accord and decision import diplo, and event and
//     accord may import actor; event, accord and decision never import
//     each other, they link by ID.
//   - graph imports the model packages.
//   - schema and eventdata/dyad import graph and the model; nothing in
//     the model imports them.
//
// So a program that only needs dates and identifiers imports diplo alone,
// and the wire formats can change without touching the model.
//
// # Identity
//
// Every node has an ID, an absolute IRI (RFC 3987). Two functions make
// them. NewID returns a fresh urn:uuid: IRI holding a version 7 UUID (RFC
// 9562): random, and ordered by creation time. IDFor derives a version 5
// UUID from an external identifier, so that two programs that know a node
// by the same key agree on its ID without talking to each other:
//
//	putin := diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747"))
//	// urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a, in every program
//
// An ID must print as what it is, so that two IDs that look the same are
// the same node (ParseID gives the full rule). It has the syntax of RFC
// 3987, with a well-formed host where it has one ("http://[::1" is
// refused). It holds no bidirectional control (U+202E RIGHT-TO-LEFT
// OVERRIDE and the others), no invisible or other format character
// (Unicode category Cf: U+200B ZERO WIDTH SPACE, joiners, U+FEFF, the
// soft hyphen, tag characters), no variation selector and no white space,
// following RFC 3987 (sections 4.1 and 8), Unicode Technical Standard #39
// and UAX #9. Its scheme is not a prefix of the JSON-LD context:
// "schema:Person" is a compact IRI that a JSON-LD processor expands to
// http://schema.org/Person, so it would name another thing than the node;
// nor is it a term of the vocabularies the context uses. The error of an
// ID that breaks the rule names the character or part at fault and its
// byte offset. Identifier values refuse the same characters. Validate and
// the RDF writer of package schema apply the same rule: an ID validates
// if and only if it is written.
//
// An Identifier names a node in an external system, as "scheme:value", and
// is checked per scheme: Wikidata items (wikidata:Q912), ISO 3166-1
// countries (iso3166:ML), GeoNames features (geonames:2460596), UN Treaty
// Series registrations (unts:I-54113), GDELT events (gdelt:1234567890)
// and URLs, written as they are. ParseIdentifier stores one canonical form
// per thing (iso3166:mli and iso3166:MLI become iso3166:ML), so IDFor gives
// one ID per thing.
//
// A Country is an ISO 3166-1 alpha-2 code, checked against the region data
// of golang.org/x/text/language rather than a list of our own. Groupings
// (EU, UN, 001) and user-assigned codes (XX) are rejected, except XK for
// Kosovo; codes of former countries (SU, YU) are kept for history.
//
// # Text and languages
//
// A Text is a string in one or more languages, keyed by BCP 47 tags (RFC
// 5646); in JSON it is an object, which JSON-LD reads as a language map.
// No language is assumed: there is no default, and an undetermined tag
// ("und") fails Validate. A translation says what it was translated from
// with the transformed-content extension of RFC 6497, so the original
// stays beside its translations in the data:
//
//	title := diplo.NewText("fr", "Accord sur les principes fondamentaux").
//		WithTranslation(language.English, language.French, "Agreement on the fundamental principles")
//	// {"en-t-fr": "Agreement on the fundamental principles", "fr": "Accord sur les principes fondamentaux"}
//
// Text.Get picks the value for a reader's languages with the matcher of
// golang.org/x/text/language and falls back to the original.
//
// # Dates
//
// A Date is known to a precision: a year ("2023"), a month ("2023-07"), a
// day ("2023-07-27"), or a day with a time to the minute or second and an
// optional zone ("2025-06-23T14:30+03:00"). It may be uncertain ("?"),
// approximate ("~") or both ("%"), and a year may be negative ("-0044").
// This is the matching profile of the Extended Date/Time Format (EDTF, ISO
// 8601-2), and Date's text form in JSON. The zero Date means unknown. An
// Interval joins two dates ("2025-06-22/2025-06-26"); a side may be unknown
// ("2021-05-24/") or open ("2021-05-24/..").
//
// A date stands for a span of time, and the order of dates says only what
// the spans make certain. "2023" neither comes before nor after
// "2023-07-27": the year contains the day, so Before and After are both
// false and Overlaps is true. This is a decision, not an accident:
// validation uses Before and After to report dates out of order (an end
// before its start, a ratification before the signature), and it must
// never report an order that the precision of the dates cannot support. A
// record that says an accord was signed "in 2023" and ratified on
// "2023-03-01" is not wrong. Compare is the other tool, a total order for
// sorting: by the start of the span, then the longer span first, so "2023"
// sorts before "2023-01-01", which sorts before "2023-01-02". A time without
// a zone is read as UTC.
//
// # Places and sources
//
// A Place is a value inside the node that mentions it: a name (a Text), a
// Country, optionally a GeoNames and a Wikidata identifier and WGS 84
// Coordinates. Records agree on a place through its identifiers.
//
// A Source is a document that reports facts, a node of its own: a
// communiqué, an article, a transcript, with its URL, title, publisher,
// date and language. An Attribution says where a fact comes from (the
// sources that report it, the actors it is attributed to, a note in the
// source's words), and a Claim records a statement that sources may
// contradict; a record keeps both sides of a disagreement rather than
// choosing.
//
// Topics use the closed vocabulary of Domain, with free-text labels beside
// it. Closed vocabularies throughout the model are built with Vocabulary,
// which parses and checks values and holds a definition for each one, for
// documentation and for the JSON Schema.
//
// # Errors
//
// Every error that a parser, a Validate method or Unmarshal of this package
// or of the model packages returns wraps one of the sentinel errors
// (ErrRequired, ErrSyntax, ErrRange, ErrUnknown, ErrLanguage, ErrCountry,
// ErrDuplicate, ErrReference, ErrCycle, ErrOrder, ErrInconsistent, and for
// decoding ErrUnknownField and ErrJSON), so errors.Is tells the kind of
// problem. A
// broken rule is reported as a *FieldError with the JSON path of the value
// that breaks it, such as accords[1].signatories[0].party or
// events[0].title.fr; Validate reports every broken rule at once, as an
// Errors list sorted by path (events[2] before events[10]) when there is
// more than one. A list holds at most MaxErrors errors and then ends with
// an *OmittedErrors, which wraps ErrTooMany, that counts the others. errors.As pulls out the first *FieldError, or the whole
// Errors list:
//
//	if err := g.Validate(); err != nil {
//		var fe *diplo.FieldError
//		if errors.As(err, &fe) {
//			fmt.Println(fe.Path) // events[3].kind
//		}
//		if errors.Is(err, diplo.ErrReference) { ... }
//	}
//
// Messages start with the package name and quote at most 64 bytes of the
// offending value: diplo: unknown value: domain "foo". A Collector gathers
// errors and prefixes their paths as Validate methods descend.
//
// # Decoding
//
// Unmarshal decodes JSON with go-json-experiment/json (the implementation
// of encoding/json/v2) set to the rules of encoding/json v1, and when that
// fails it decodes the document again, going on past each bad value, to
// name the path of every value that does not decode:
// items[2].date: diplo: out of range: date "2023-13-01". Malformed JSON is
// an ErrJSON with its line and column; a value of the wrong JSON type (a
// number where a string belongs) is an ErrJSON at its path.
//
// Decoding is lenient by default and strict on request. Lenient decoding
// does what encoding/json does: members the Go type does not define are
// ignored and dropped (a lenient round trip loses them), and of a member
// given twice the last wins. UnmarshalStrict, or DecodeOptions with
// Strict, rejects unknown members (ErrUnknownField) and members given
// twice in one object (ErrDuplicate), counting "date" and "Date", or the
// language tags "fr" and "FR", as the same member. Decoding checks shapes;
// Validate judges meaning, so a record can decode and still fail Validate.
//
// # Encoding
//
// Every type encodes with encoding/json. Marshal and AppendJSON write
// diplo's canonical JSON: the bytes of json.Marshal, and its errors,
// except that '&', '<' and '>' are left unescaped (as a json.Encoder
// writes them after SetEscapeHTML(false)), so that a document decoded and
// encoded again keeps its bytes; MarshalIndent writes the indented form of
// the golden files and examples. They encode with go-json-experiment/json
// set to encoding/json v1's rules: dates, identifiers and type names are
// appended in place (AppendText) instead of allocating their text, and
// Text writes its keys from a cache instead of formatting each language
// tag again (MarshalJSONTo). graph.NodeWriter writes with them. A value
// they would write otherwise than encoding/json v1 (invalid UTF-8, a json
// tag whose name v1 rejects) or that does not encode is handed to
// encoding/json, for its bytes or its error.
//
// # Limits
//
// Before encoding/json sees a document, one pass over its bytes checks it
// against Limits, so hostile input is refused before it is allocated:
//
//	MaxBytes    64 MiB      the document (or one line of a node stream)
//	MaxDepth    64          nesting of arrays and objects (at most 10000)
//	MaxString   1 MiB       one string or member name, or one number
//	MaxArray    1,000,000   elements of one array
//	MaxObjects  1,000,000   objects in the document
//
// A zero field takes its default; NoLimit lifts a limit. Crossing one is
// an ErrLimit at the path where it happened:
//
//	events[0].description.fr: diplo: limit exceeded: string of 104857600 bytes exceeds MaxString 1048576
//
// The same pass rejects invalid UTF-8 and unpaired surrogate escapes,
// which encoding/json would replace with U+FFFD without a word. Services
// that take untrusted input should lower MaxBytes and MaxObjects: a
// decoded object costs a few hundred bytes, so the defaults admit a few
// hundred megabytes of decoded records. Errors quote at most MaxQuote
// bytes of a bad value, and cut long paths in the middle.
//
// # Concurrency
//
// The values of this package are immutable once built, except Text, which
// is a map: share them freely between goroutines while nothing modifies
// them. The parsers, NewID, IDFor, Marshal, AppendJSON, Unmarshal and
// DecodeOptions, and the vocabularies' methods are safe for concurrent
// use. A Collector belongs to one goroutine.
//
// # References
//
//   - Extended Date/Time Format (EDTF), Library of Congress, 2019, and ISO
//     8601-2:2019, Date and time, Part 2: Extensions:
//     https://www.loc.gov/standards/datetime/
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
//   - RFC 9110, HTTP Semantics, section 4.2 (http and https URIs have a
//     host): https://www.rfc-editor.org/rfc/rfc9110
//   - RFC 9562, Universally Unique IDentifiers (UUIDs), versions 5 and 7:
//     https://www.rfc-editor.org/rfc/rfc9562
//   - ISO 3166-1, Codes for the representation of names of countries, as
//     carried by the Unicode CLDR region data in golang.org/x/text/language:
//     https://www.iso.org/iso-3166-country-codes.html
//   - Wikidata item identifiers: https://www.wikidata.org/wiki/Wikidata:Identifiers
//   - GeoNames feature identifiers: https://www.geonames.org/
//   - United Nations Treaty Series registration numbers:
//     https://treaties.un.org/
package diplo

// Package iri holds the one IRI rule of this module: what diplo.ID.Validate,
// diplo.Identifier.Validate (for URLs) and the N-Quads writer of package
// schema accept as an IRI. The root package wraps its errors in
// diplo.ErrSyntax; package schema reaches the rule for node ids through
// diplo.ParseID and for other IRIs (identifiers, source URLs) through
// Check, so that a graph that validates is written and a graph the
// writer refuses does not validate. SimpleWebURL is the common form of a
// web URL that the rule takes at once, without url.Parse: the root
// package's check of web URLs and the dyad Lifter's source identifiers
// both ask it first.
//
// The rule lives in an internal package rather than in the root package
// because two packages need it and exporting it from diplo would add to
// the public API a function that is an implementation detail of
// validation.
//
// # The IRI rule
//
// Check accepts an absolute IRI in the syntax of RFC 3987, section 2.2:
//
//	IRI = scheme ":" ihier-part [ "?" iquery ] [ "#" ifragment ]
//
// with a scheme of ASCII letters, digits, "+", "-" and "." starting with
// a letter; something after the colon; an authority ("//" host) whose
// host is an IP literal that parses ("[::1]", "[v1.x]"; no zone), or a
// registered name of unreserved characters, sub-delimiters and
// percent-escapes, with a port of digits; "%" only as the start of a
// percent-escape of two hex digits; outside ASCII only the ucschar
// characters of RFC 3987 (and private-use characters in the query); an
// http or https IRI must have a non-empty host (RFC 9110, section 4.2.1).
// Everything else is refused: white space, control characters,
// <>"{}|\^`, "[" and "]" outside an IP literal, invalid UTF-8. One
// leniency: the fragment may hold "#" ("#x#y"), as net/url and WHATWG URL
// parsers read it, so that every web URL that net/url reads in the usual
// way is an IRI.
//
// On top of the grammar Check refuses the characters that make two IRIs
// that print alike different IRIs (RFC 3987, section 4.1 and section 8,
// "visual spoofing"; Unicode Technical Standard #39, section 3.1, and
// UAX #9 on bidirectional controls): the bidirectional controls (U+061C,
// U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), every other format
// character (general category Cf: zero-width space, joiners, word joiner,
// invisible operators, U+FEFF, the soft hyphen, tag characters), the
// other default-ignorable characters (variation selectors, combining
// grapheme joiner, Hangul fillers) and every white-space character,
// U+00A0 and U+3000 included. Confusable letters of different scripts
// (UTS #39, section 4) are not detected: an IRI with a Cyrillic "а" is a
// different IRI, and stays one.
//
// # The ID rule
//
// CheckID applies Check and then refuses the ids that a JSON-LD
// processor reading diplo's documents would take for another IRI, or
// that name a term of a vocabulary rather than a node:
//
//   - an id whose scheme is a prefix of the diplo JSON-LD context
//     (schema, diplo, xsd, edtf, dcterms, prov, rdfs, and the identifier
//     prefixes wikidata, geonames, iso3166, unts, gdelt, undoc), in any case:
//     "schema:Person" is a compact IRI, which a processor expands to
//     http://schema.org/Person;
//   - an id inside the namespace of a vocabulary of the context (schema.org,
//     the diplo vocabulary and its concept schemes, XSD, EDTF, Dublin Core
//     terms, PROV, RDF, RDFS), over http or https, in any case: such an id
//     is compacted back to "schema:Person" and would be the class, not a
//     node.
//
// Errors are *Error values, which name the offending character by code
// point and name and give its byte offset in the checked string.
package iri

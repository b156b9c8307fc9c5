package diplo

import (
	"github.com/google/uuid"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/iri"
)

// ID identifies a node: an absolute IRI such as
// urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or
// https://example.org/events/1. Links between nodes are IDs, never Go
// pointers. The zero value is the empty ID, which means "not set".
// ParseID says which IRIs are IDs: no spoofing characters, no compact
// IRI of the JSON-LD context ("schema:Person"), no vocabulary term.
//
// IDs are compared as strings: two records agree on a node when they use the
// same ID. IDFor derives the same ID from the same external key everywhere,
// NewID makes a fresh one.
type ID string

// Namespace returns the UUID namespace of name-based IDs (IDFor): the
// version 5 UUID of the URL https://w3id.org/diplo/ in the URL namespace
// of RFC 9562, fixed so that every program derives the same IDs. A UUID is
// an array: what Namespace returns is a copy, and changing it changes
// nothing else.
func Namespace() uuid.UUID { return namespace }

// namespace is the value Namespace returns.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://w3id.org/diplo/"))

// NewID returns a random, time-ordered ID: a version 7 UUID as a urn:uuid:
// IRI. IDs made later sort after IDs made earlier.
func NewID() ID {
	u, err := uuid.NewV7()
	if err != nil {
		// NewV7 fails only when the system's random source fails.
		u = uuid.New()
	}
	return ID(u.URN())
}

// IDFor returns the name-based ID of an external identifier: a version 5
// UUID of its canonical text ("wikidata:Q7747") in Namespace(), as a urn:uuid:
// IRI. Two programs that know a node by the same identifier derive the same
// ID, so their records agree without coordination.
func IDFor(id Identifier) ID {
	return ID(uuid.NewSHA1(namespace, []byte(id.String())).URN())
}

// ParseID checks that s may be the ID of a node and returns it as an ID.
// An ID is an absolute IRI (RFC 3987) that prints as what it is:
//
//   - It has the syntax of RFC 3987: a scheme, a colon, then something;
//     an authority ("//" host) with a well-formed host (an IPv6 literal
//     that parses, or a registered name) and a port of digits; "%" only in
//     percent-escapes; no white space, control characters, <>"{}|\^`, no
//     "[" or "]" outside an IP literal, valid UTF-8, and
//     outside ASCII only the characters RFC 3987 allows. An http or https
//     ID has a host.
//   - It holds no character that makes it print as another: no
//     bidirectional control (U+061C, U+200E, U+200F, U+202A-U+202E,
//     U+2066-U+2069), no other format character (category Cf: U+200B
//     zero-width space, joiners, U+2060-U+2064, U+FEFF, U+00AD soft
//     hyphen, tag characters), no variation selector or other
//     default-ignorable character, no white space of any script (RFC
//     3987, sections 4.1 and 8; Unicode Technical Standard #39, UAX #9).
//   - Its scheme is not a prefix of the diplo JSON-LD context (schema,
//     diplo, xsd, edtf, dcterms, prov, rdfs, wikidata, geonames, iso3166,
//     unts, gdelt), in any case: a JSON-LD processor reads "schema:Person"
//     as http://schema.org/Person, another IRI than the node's.
//   - It is not inside the namespace of a vocabulary of the context
//     (http://schema.org/, https://w3id.org/diplo/vocab, XSD, EDTF, Dublin
//     Core terms, PROV, RDF, RDFS), which name classes and properties.
//
// An ID that breaks a rule gives an error wrapping ErrSyntax that names
// the character or the part at fault and its byte offset. Letters of
// different scripts that look alike (Latin "a", Cyrillic "а") are not
// detected. The N-Quads writer of package schema applies the same rule,
// so that a graph that validates is written.
func ParseID(s string) (ID, error) {
	if s == "" {
		return "", ErrRequired
	}
	if err := iri.CheckID(s); err != nil {
		return "", check.NewValueError("id", s, iriSyntaxError{err})
	}
	return ID(s), nil
}

// IsZero reports whether the ID is empty.
func (id ID) IsZero() bool { return id == "" }

// String returns the IRI.
func (id ID) String() string { return string(id) }

// Validate reports an empty ID as ErrRequired and an ID that is not an
// absolute IRI as ErrSyntax.
func (id ID) Validate() error {
	// The IDs the library makes, checked without the calls of ParseID.
	if iri.IsPlainUUIDURN(string(id)) {
		return nil
	}
	_, err := ParseID(string(id))
	return err
}

// checkIRI checks that s is an IRI by the rule of ParseID, less the rules
// on prefixes and vocabularies, which apply to IDs only. Its error wraps
// ErrSyntax and says what is wrong where.
func checkIRI(s string) error {
	if err := iri.Check(s); err != nil {
		return iriSyntaxError{err}
	}
	return nil
}

// iriSyntaxError is ErrSyntax with the reason and place of an IRI or
// identifier rule: "syntax error: U+202E RIGHT-TO-LEFT OVERRIDE
// (bidirectional control) at byte 12". It unwraps to ErrSyntax and to the
// reason.
type iriSyntaxError struct{ reason error }

func (e iriSyntaxError) Error() string   { return ErrSyntax.Error() + ": " + e.reason.Error() }
func (e iriSyntaxError) Unwrap() []error { return []error{ErrSyntax, e.reason} }

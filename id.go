package diplo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
)

// ID identifies a node: an absolute IRI such as
// urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21 or
// https://example.org/events/1. Links between nodes are IDs, never Go
// pointers. The zero value is the empty ID, which means "not set".
//
// IDs are compared as strings: two records agree on a node when they use the
// same ID. IDFor derives the same ID from the same external key everywhere,
// NewID makes a fresh one.
type ID string

// Namespace is the UUID namespace of name-based IDs (IDFor). It is the
// version 5 UUID of the URL https://w3id.org/diplo/ in the URL namespace of
// RFC 9562, fixed so that every program derives the same IDs.
var Namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://w3id.org/diplo/"))

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
// UUID of its canonical text ("wikidata:Q7747") in Namespace, as a urn:uuid:
// IRI. Two programs that know a node by the same identifier derive the same
// ID, so their records agree without coordination.
func IDFor(id Identifier) ID {
	return ID(uuid.NewSHA1(Namespace, []byte(id.String())).URN())
}

// ParseID checks that s is an absolute IRI (RFC 3987): a scheme, a colon,
// and no white space, control characters or characters IRIs exclude. It
// returns s as an ID.
func ParseID(s string) (ID, error) {
	if s == "" {
		return "", ErrRequired
	}
	if err := checkIRI(s); err != nil {
		return "", NewValueError("id", s, err)
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
	_, err := ParseID(string(id))
	return err
}

// checkIRI checks the parts of RFC 3987 that matter for identity: an
// absolute IRI with a scheme, no white space, no control characters, no
// characters excluded from IRIs, valid UTF-8.
func checkIRI(s string) error {
	colon := strings.IndexByte(s, ':')
	if colon < 1 {
		return ErrSyntax
	}
	// scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
	for i := 0; i < colon; i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return ErrSyntax
		}
	}
	if colon == len(s)-1 {
		return ErrSyntax
	}
	// The scheme is ASCII; the rest is read rune by rune where it is not,
	// and invalid UTF-8 decodes as utf8.RuneError, which is refused.
	rest := s[colon+1:]
	for i := 0; i < len(rest); {
		if c := rest[i]; c < utf8.RuneSelf {
			if iriExcluded[c] {
				return ErrSyntax
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(rest[i:])
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			return ErrSyntax
		}
		i += n
	}
	return nil
}

// iriExcluded marks the ASCII characters that an IRI may not hold: white
// space, control characters, and <>"{}|\^`.
var iriExcluded = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c <= 0x20 || c == 0x7f || strings.ContainsRune(`<>"{}|\^`+"`", rune(c))
	}
	return t
}()

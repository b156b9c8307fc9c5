package diplo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/scaling"
)

// TestParseIDRefusesSpoofing checks that an ID holding a character that
// makes it print as another ID is refused, with the character and its
// byte offset in the message.
func TestParseIDRefusesSpoofing(t *testing.T) {
	tests := []struct {
		name string
		id   string
		want string
	}{
		{"right-to-left override", "urn:diplo:ab\u202Ecd", "U+202E RIGHT-TO-LEFT OVERRIDE (bidirectional control) at byte 12"},
		{"zero-width space", "https://example.org/x\u200By", "U+200B ZERO WIDTH SPACE (invisible format character) at byte 21"},
		{"zero-width joiner", "urn:x:\u200D", "U+200D ZERO WIDTH JOINER (invisible format character) at byte 6"},
		{"left-to-right mark", "urn:x:a\u200E", "U+200E LEFT-TO-RIGHT MARK (bidirectional control) at byte 7"},
		{"arabic letter mark", "urn:x:\u061C", "U+061C ARABIC LETTER MARK (bidirectional control) at byte 6"},
		{"isolate", "urn:x:\u2067", "U+2067 RIGHT-TO-LEFT ISOLATE (bidirectional control) at byte 6"},
		{"word joiner", "urn:x:\u2060", "U+2060 WORD JOINER (invisible format character) at byte 6"},
		{"byte order mark", "urn:x:\uFEFF", "U+FEFF ZERO WIDTH NO-BREAK SPACE (invisible format character) at byte 6"},
		{"soft hyphen", "urn:x:a\u00ADb", "U+00AD SOFT HYPHEN (invisible format character) at byte 7"},
		{"tag character", "urn:x:\U000E0041", "U+E0041 (invisible format character) at byte 6"},
		{"variation selector", "urn:x:a\uFE0F", "U+FE0F VARIATION SELECTOR-16 (invisible character) at byte 7"},
		{"hangul filler", "urn:x:\u3164", "U+3164 HANGUL FILLER (invisible character) at byte 6"},
		{"no-break space", "urn:x:a\u00A0b", "U+00A0 NO-BREAK SPACE (white space) at byte 7"},
		{"ideographic space", "urn:x:\u3000", "U+3000 IDEOGRAPHIC SPACE (white space) at byte 6"},
		{"override in the host", "https://exa\u202Emple.org/", "U+202E RIGHT-TO-LEFT OVERRIDE (bidirectional control) at byte 11"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, err := diplo.ParseID(tc.id)
			require.Error(t, err)
			assert.Empty(t, id)
			assert.ErrorIs(t, err, diplo.ErrSyntax)
			assert.Contains(t, err.Error(), tc.want)
			var ve *diplo.ValueError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "id", ve.What)
			assert.ErrorIs(t, diplo.ID(tc.id).Validate(), diplo.ErrSyntax)
		})
	}
}

// TestParseIDRefusesContextNames checks that an ID that a JSON-LD
// processor would read as another IRI (a compact IRI of the context) or
// that names a term of a vocabulary is refused.
func TestParseIDRefusesContextNames(t *testing.T) {
	tests := []struct{ id, want string }{
		{"schema:Person", `scheme "schema": a prefix of the diplo JSON-LD context`},
		{"Schema:Person", `scheme "Schema": a prefix of the diplo JSON-LD context`},
		{"diplo:e1", `scheme "diplo"`},
		{"xsd:string", `scheme "xsd"`},
		{"edtf:x", `scheme "edtf"`},
		{"dcterms:x", `scheme "dcterms"`},
		{"prov:x", `scheme "prov"`},
		{"rdfs:x", `scheme "rdfs"`},
		{"wikidata:Q42", `scheme "wikidata"`},
		{"geonames:1", `scheme "geonames"`},
		{"iso3166:ML", `scheme "iso3166"`},
		{"unts:I-1", `scheme "unts"`},
		{"gdelt:1", `scheme "gdelt"`},
		{"schema://example.org/x", `scheme "schema"`},
		{"http://schema.org/Person", "an IRI of the vocabulary http://schema.org/"},
		{"HTTPS://Schema.org/Person", "an IRI of the vocabulary HTTPS://schema.org/"},
		{"https://w3id.org/diplo/vocab#Office", "an IRI of the vocabulary https://w3id.org/diplo/vocab"},
		{"https://w3id.org/diplo/vocab/event-kind#summit", "an IRI of the vocabulary https://w3id.org/diplo/vocab"},
		{"http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "an IRI of the vocabulary"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			_, err := diplo.ParseID(tc.id)
			require.ErrorIs(t, err, diplo.ErrSyntax)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	// Not prefixes: other schemes, identifier namespaces, look-alikes.
	for _, id := range []string{"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", "schemas:x", "person:x", "http://www.wikidata.org/entity/Q42",
		"https://w3id.org/diplo/id/unts/I-1", "https://schema.org.example/x", "https://example.org/schema.org/", "tag:example.org,2025:x"} {
		_, err := diplo.ParseID(id)
		assert.NoError(t, err, id)
	}
}

// TestParseIDSyntax checks the IRI syntax of IDs beyond characters: an
// authority with a well-formed host, percent-escapes, one fragment.
func TestParseIDSyntax(t *testing.T) {
	tests := []struct {
		id   string
		want string // "" for accepted
	}{
		{"http://[::1", `malformed host ("[" without "]") at byte 7`},
		{"http://[::1]/x", ""},
		{"http://[::1]:8080/x", ""},
		{"http://[v1.fe80::a+en1]/", ""},
		{"http://[1.2.3.4]/", "malformed host (not an IPv6 address) at byte 7"},
		{"http://[fe80::1%25en0]/", "malformed host (not an IPv6 address) at byte 7"},
		{"http://[::1]x/", `'x' (U+0078) (not allowed after the host) at byte 12`},
		{"http://a]/", `']' (U+005D) (not allowed here in an IRI) at byte 8`},
		{"http://a@b@c/", `'@' (U+0040) (not allowed here in an IRI) at byte 10`},
		{"http://example.org:8o/", "port not a number at byte 20"},
		{"http://example.org:/", ""},
		{"http:///x", "empty host at byte 7"},
		{"http:x", `no host (an http or https IRI has "//" and a host after its scheme) at byte 5`},
		{"file:///etc/hosts", ""},
		{"urn:x:%4", `"%" not followed by two hex digits at byte 6`},
		{"urn:x:%41", ""},
		{"urn:x#a#b", ""},
		{"urn:x?a?b#c/d?", ""},
		{"urn:x:a[b", `'[' (U+005B) (not allowed here in an IRI) at byte 7`},
		{"urn:x:\uFFFD", "U+FFFD REPLACEMENT CHARACTER (not allowed in an IRI) at byte 6"},
		{"urn:x:\uE000", "U+E000 (not allowed in an IRI) at byte 6"},
		{"urn:x?\uE000", ""},
		{"urn:x:\xff", "invalid UTF-8 at byte 6"},
		{"urn:", "nothing after the scheme at byte 4"},
		{"1urn:x", `no scheme (such as "https:" or "urn:") at byte 0`},
		{"https://example.org/événement", ""},
		{"https://пример.рф/", ""},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			_, err := diplo.ParseID(tc.id)
			if tc.want == "" {
				assert.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, diplo.ErrSyntax)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestIdentifierRefusesSpoofing checks that identifier values refuse the
// characters IDs refuse, naming the character and its byte offset in the
// value, whether parsed or built.
func TestIdentifierRefusesSpoofing(t *testing.T) {
	tests := []struct {
		name  string
		id    diplo.Identifier
		want  string
		parse bool // ParseIdentifier(id.String()) refuses it too
	}{
		{"override in a URL", diplo.Identifier{Scheme: diplo.URL, Value: "https://example.org/a\u202Eb"},
			"U+202E RIGHT-TO-LEFT OVERRIDE (bidirectional control) at byte 21", true},
		{"zero-width space in a URL host", diplo.Identifier{Scheme: diplo.URL, Value: "https://exa\u200Bmple.org/"},
			"U+200B ZERO WIDTH SPACE (invisible format character) at byte 11", true},
		{"override in a Wikidata item", diplo.Identifier{Scheme: diplo.Wikidata, Value: "Q1\u202E2"},
			"U+202E RIGHT-TO-LEFT OVERRIDE (bidirectional control) at byte 2", true},
		{"zero-width space in a GeoNames id", diplo.Identifier{Scheme: diplo.GeoNames, Value: "\u200B524901"},
			"U+200B ZERO WIDTH SPACE (invisible format character) at byte 0", true},
		{"soft hyphen in a UNTS number", diplo.Identifier{Scheme: diplo.UNTS, Value: "I-5\u00AD4"},
			"U+00AD SOFT HYPHEN (invisible format character) at byte 3", true},
		{"malformed URL host", diplo.Identifier{Scheme: diplo.URL, Value: "http://[::1"},
			`malformed host ("[" without "]") at byte 7`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.id.Validate()
			require.ErrorIs(t, err, diplo.ErrSyntax)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), string(tc.id.Scheme)+" identifier")
			_, err = diplo.NewIdentifier(tc.id.Scheme, tc.id.Value)
			assert.ErrorIs(t, err, diplo.ErrSyntax)
			assert.Contains(t, err.Error(), tc.want)
			if tc.parse {
				_, err = diplo.ParseIdentifier(tc.id.String())
				assert.True(t, errors.Is(err, diplo.ErrSyntax), "ParseIdentifier(%q): %v", tc.id.String(), err)
			}
		})
	}
	// An unknown scheme is reported as such, whatever its value holds.
	err := diplo.Identifier{Scheme: "foo", Value: "a\u202Eb"}.Validate()
	assert.ErrorIs(t, err, diplo.ErrUnknown)
	assert.NotErrorIs(t, err, diplo.ErrSyntax)
}

// longIDCase validates an ID of n path segments (a host, escapes, letters
// outside ASCII, a query and a fragment): the IRI rule reads it once.
var longIDCase = scaling.Case{
	Name: "ParseID/long",
	N:    4000,
	Setup: func(tb testing.TB, n int) func() {
		id := "https://user@example.org:8080" + strings.Repeat("/a%41é", n) + "?q=1#f"
		return func() {
			if _, err := diplo.ParseID(id); err != nil {
				tb.Fatal(err)
			}
		}
	},
}

func BenchmarkParseIDLong(b *testing.B) { scaling.Bench(b, longIDCase) }

func TestParseIDLongScales(t *testing.T) { scaling.Check(t, longIDCase) }

// BenchmarkParseID measures the rule on a usual ID; it allocates nothing.
func BenchmarkParseID(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := diplo.ParseID("https://example.org/events/2025/06/22/summit-1"); err != nil {
			b.Fatal(err)
		}
	}
}

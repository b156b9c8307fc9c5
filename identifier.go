package diplo

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/iri"
)

// Scheme names a system of external identifiers.
type Scheme string

// The identifier schemes the library checks. Each value has the form its
// scheme defines; ParseIdentifier and Identifier.Validate reject the rest.
const (
	// Wikidata items: Q followed by a positive number with no leading zero
	// (Q7747 is Vladimir Putin, Q912 is Mali).
	Wikidata Scheme = "wikidata"
	// ISO3166 country codes: ISO 3166-1 alpha-2 in upper case (ML),
	// checked against the regions of golang.org/x/text/language.
	// ParseIdentifier and NewIdentifier also accept alpha-3 (MLI) and lower
	// case, and store the alpha-2 code, so that a country has one
	// identifier and one IDFor.
	ISO3166 Scheme = "iso3166"
	// GeoNames feature ids: a positive number (524901 is Moscow). In JSON
	// (MarshalText) the id ends in a slash, "geonames:524901/", so that
	// the JSON-LD context expands it to GeoNames' concept IRI,
	// https://sws.geonames.org/524901/; ParseIdentifier takes it with or
	// without the slash, and the value and String() have none.
	GeoNames Scheme = "geonames"
	// UNTS registration numbers of the United Nations Treaty Series:
	// I-NNNNN for registered treaties, II-NNNN for those filed and recorded.
	UNTS Scheme = "unts"
	// GDELT global event ids: a positive number.
	GDELT Scheme = "gdelt"
	// URL identifiers: an absolute http or https URL that names the thing
	// (an official page, a registry entry). Their text form is the URL
	// itself, with no scheme prefix. ParseIdentifier and NewIdentifier
	// accept "HTTP://" and "Https://" and store the scheme in lower case,
	// its canonical form, so that a URL has one identifier and one IDFor.
	URL Scheme = "url"
	// UNDoc United Nations document symbols: the symbol as the UN writes
	// it, with no space ("S/2022/155", "A/RES/ES-11/1",
	// "S/RES/2623(2022)"): components separated by slashes, the first
	// beginning with a capital (the organ: A, S, E, ST...), each made of
	// letters and digits joined by dots or hyphens ("CN.4", "Add.1"),
	// then optionally a year or session in brackets. In JSON-LD it is
	// https://w3id.org/diplo/id/undoc/ followed by the symbol; the
	// document's page at https://undocs.org/ stays a URL identifier.
	UNDoc Scheme = "undoc"
)

// Schemes returns every identifier scheme, in the order of their
// declaration. It returns a new slice on each call: editing it changes
// nothing in the library, which reads its own copy.
func Schemes() []Scheme { return slices.Clone(schemes) }

// schemes is the list Schemes returns.
var schemes = []Scheme{Wikidata, ISO3166, GeoNames, UNTS, GDELT, URL, UNDoc}

// Identifier is an identifier of a node in an external system: Wikidata,
// ISO 3166, GeoNames, the UN Treaty Series, GDELT, a URL, or a United
// Nations document symbol. Its text form
// is "scheme:value" ("wikidata:Q7747", "iso3166:ML"), except for URLs,
// which are written as they are, and GeoNames ids, which end in a slash
// ("geonames:524901/") as GeoNames' concept IRIs do; in JSON it is that
// string. String returns "scheme:value" for every scheme, GeoNames
// included ("geonames:524901"): it is the key of IDFor, which the slash
// does not change.
type Identifier struct {
	Scheme Scheme
	Value  string
}

// NewIdentifier returns the identifier of value in scheme after checking it;
// see ParseIdentifier for the rules. ISO 3166 codes are returned as
// upper-case alpha-2 codes ("mli" gives "ML"), and a URL with its scheme in
// lower case ("HTTPS://example.org" gives "https://example.org").
func NewIdentifier(scheme Scheme, value string) (Identifier, error) {
	id := Identifier{Scheme: scheme, Value: value}
	if scheme == URL {
		if n := webScheme(value); n > 0 && value[:n] != strings.ToLower(value[:n]) {
			id.Value = strings.ToLower(value[:n]) + value[n:]
		}
	}
	if scheme == ISO3166 && value != "" {
		c, err := ParseCountry(value)
		if err != nil {
			return Identifier{}, check.NewValueError(string(scheme)+" identifier", value, ErrCountry)
		}
		id.Value = string(c)
	}
	if err := id.Validate(); err != nil {
		return Identifier{}, err
	}
	return id, nil
}

// MustNewIdentifier is like NewIdentifier but panics on an invalid value. It is
// meant for package-level values and tests.
func MustNewIdentifier(scheme Scheme, value string) Identifier {
	id, err := NewIdentifier(scheme, value)
	if err != nil {
		panic(err)
	}
	return id
}

// ParseIdentifier parses "scheme:value", or an http(s) URL as a URL
// identifier, and checks the value against its scheme. The scheme of a URL
// may be written in any case; it is stored in lower case. A GeoNames id
// may end in one slash, as MarshalText writes it ("geonames:524901/"); the
// value is stored without it.
func ParseIdentifier(s string) (Identifier, error) {
	if s == "" {
		return Identifier{}, ErrRequired
	}
	if webScheme(s) > 0 {
		return NewIdentifier(URL, s)
	}
	scheme, value, ok := strings.Cut(s, ":")
	if !ok {
		return Identifier{}, check.NewValueError("identifier", s, ErrSyntax)
	}
	if Scheme(scheme) == GeoNames {
		value = strings.TrimSuffix(value, "/")
	}
	return NewIdentifier(Scheme(scheme), value)
}

// MustParseIdentifier is like ParseIdentifier but panics on error.
func MustParseIdentifier(s string) Identifier {
	id, err := ParseIdentifier(s)
	if err != nil {
		panic(err)
	}
	return id
}

// IsZero reports whether the identifier is unset.
func (id Identifier) IsZero() bool { return id.Scheme == "" && id.Value == "" }

// String returns the text form, or "" for the zero Identifier.
func (id Identifier) String() string {
	if id.IsZero() {
		return ""
	}
	if id.Scheme == URL {
		return id.Value
	}
	return string(id.Scheme) + ":" + id.Value
}

// ID returns the name-based node ID of the identifier: IDFor(id).
func (id Identifier) ID() ID { return IDFor(id) }

// AppendText implements encoding.TextAppender: it appends the text form,
// nothing for the zero Identifier. A GeoNames id ends in a slash
// ("geonames:524901/"), so that JSON-LD reads it as GeoNames' IRI of the
// feature.
func (id Identifier) AppendText(b []byte) ([]byte, error) {
	if id.IsZero() {
		return b, nil
	}
	if id.Scheme != URL {
		b = append(b, id.Scheme...)
		b = append(b, ':')
	}
	b = append(b, id.Value...)
	if id.Scheme == GeoNames {
		b = append(b, '/')
	}
	return b, nil
}

// MarshalText implements encoding.TextMarshaler.
func (id Identifier) MarshalText() ([]byte, error) {
	if id.IsZero() {
		return []byte{}, nil
	}
	// One allocation of the exact length.
	return id.AppendText(make([]byte, 0, len(id.Scheme)+2+len(id.Value)))
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseIdentifier.
// The empty text, which MarshalText writes for the zero Identifier, gives
// the zero Identifier.
func (id *Identifier) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = Identifier{}
		return nil
	}
	v, err := ParseIdentifier(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Validate checks the value against the rules of its scheme: ErrUnknown
// for a scheme the library does not define, ErrSyntax or ErrCountry for a
// value of the wrong form. An iso3166 value must be the canonical
// upper-case alpha-2 code that NewIdentifier stores, and a URL must have
// its scheme in lower case, as NewIdentifier stores it.
//
// No value may hold white space, a control character, a bidirectional
// control, an invisible format character or another default-ignorable
// character (the characters ParseID refuses in IDs, so that two values
// that print alike are the same value), and a URL must be an IRI by the
// rule of ParseID (less its rules on prefixes and vocabularies, which
// concern node IDs). The error then names the character and its byte
// offset in the value.
func (id Identifier) Validate() error {
	bad := func(err error) error {
		return check.NewValueError(string(id.Scheme)+" identifier", id.Value, err)
	}
	if id.Value == "" {
		return ErrRequired
	}
	switch {
	case id.Scheme == URL:
		// The IRI rule names the character and place at fault.
		if err := checkIRI(id.Value); err != nil {
			return bad(err)
		}
	case slices.Contains(schemes, id.Scheme):
		if err := iri.CheckText(id.Value); err != nil {
			return bad(iriSyntaxError{err})
		}
	}
	switch id.Scheme {
	case Wikidata:
		if len(id.Value) < 2 || id.Value[0] != 'Q' || !positiveNumber(id.Value[1:]) {
			return bad(ErrSyntax)
		}
	case ISO3166:
		if c, err := ParseCountry(id.Value); err != nil || string(c) != id.Value {
			return bad(ErrCountry)
		}
	case GeoNames, GDELT:
		if !positiveNumber(id.Value) {
			return bad(ErrSyntax)
		}
	case UNTS:
		vol, num, ok := strings.Cut(id.Value, "-")
		if !ok || (vol != "I" && vol != "II") || !positiveNumber(num) {
			return bad(ErrSyntax)
		}
	case UNDoc:
		if !unSymbol(id.Value) {
			return bad(ErrSyntax)
		}
	case URL:
		if !strings.HasPrefix(id.Value, "http://") && !strings.HasPrefix(id.Value, "https://") || !isWebURL(id.Value) {
			return bad(ErrSyntax)
		}
	case "":
		return check.NewValueError("identifier scheme", "", ErrRequired)
	default:
		return check.NewValueError("identifier scheme", string(id.Scheme), ErrUnknown)
	}
	return nil
}

// unSymbol reports whether s has the form of a United Nations document
// symbol (see UNDoc): components separated by "/", at least two, each of
// segments of ASCII letters and digits joined by "." or "-", the first
// beginning with a capital letter, and an optional "(...)" of letters and
// digits at the end.
func unSymbol(s string) bool {
	if n := len(s); n > 0 && s[n-1] == ')' {
		open := strings.LastIndexByte(s, '(')
		if open < 0 || open+2 > n-1 || !alnum(s[open+1:n-1]) {
			return false
		}
		s = s[:open]
	}
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	components := 0
	for {
		comp, rest, more := strings.Cut(s, "/")
		if !symbolComponent(comp) {
			return false
		}
		components++
		if !more {
			break
		}
		s = rest
	}
	return components >= 2
}

// symbolComponent reports whether s is segments of ASCII letters and
// digits joined by single dots or hyphens.
func symbolComponent(s string) bool {
	seg := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', isDigit(c):
			seg++
		case (c == '.' || c == '-') && seg > 0:
			seg = 0
		default:
			return false
		}
	}
	return seg > 0
}

// alnum reports whether s is ASCII letters and digits only.
func alnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c)) {
			return false
		}
	}
	return true
}

// positiveNumber reports whether s is a decimal number greater than zero with
// no sign and no leading zero, small enough for an int64.
func positiveNumber(s string) bool {
	if s == "" || s[0] == '0' || len(s) > 18 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// Country is an ISO 3166-1 alpha-2 country code in upper case ("ML"). The
// zero value means no country. ParseCountry accepts alpha-2 and alpha-3
// codes and checks them against golang.org/x/text/language regions: codes
// for continents or groupings (EU, UN, 001), user-assigned codes (XX, AA,
// QO) and unassigned ones are rejected, except XK, the user-assigned code in
// common use for Kosovo. Codes of former countries (SU, YU) are accepted:
// historical records need them.
type Country string

// ParseCountry parses an ISO 3166-1 alpha-2 or alpha-3 code, in either case,
// and returns it as an upper-case alpha-2 Country.
func ParseCountry(s string) (Country, error) {
	if s == "" {
		return "", ErrRequired
	}
	c, ok := countryOf(s)
	if !ok {
		return "", check.NewValueError("country", s, ErrCountry)
	}
	return c, nil
}

// countryOf returns the country of an alpha-2 or alpha-3 code, in either
// case, and whether it is one. It keeps nothing of s: the code it returns
// is the text of the x/text region, so that decoding a country allocates
// no string.
func countryOf(s string) (Country, bool) {
	if len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z' {
		c := alpha2()[int(s[0]-'A')*26+int(s[1]-'A')]
		return c, c != ""
	}
	return parseCountry(s)
}

// alpha2 returns what parseCountry gives for each code of two capital
// letters, AA to ZZ, by index 26*first+second: the country, or "". It is
// built on first use.
var alpha2 = sync.OnceValue(func() *[26 * 26]Country {
	var t [26 * 26]Country
	for i := range t {
		t[i], _ = parseCountry(string([]byte{'A' + byte(i/26), 'A' + byte(i%26)}))
	}
	return &t
})

// parseCountry is countryOf through the regions of x/text.
func parseCountry(s string) (Country, bool) {
	if len(s) != 2 && len(s) != 3 {
		return "", false
	}
	r, err := language.ParseRegion(s)
	if err != nil {
		return "", false
	}
	code := r.String()
	ok := r.IsCountry() && r.ISO3() != "ZZZ" && len(code) == 2 && (!r.IsPrivateUse() || code == "XK")
	if !ok {
		return "", false
	}
	return Country(code), true
}

// MustParseCountry is like ParseCountry but panics on error.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the alpha-2 code.
func (c Country) String() string { return string(c) }

// ISO3 returns the ISO 3166-1 alpha-3 code ("MLI"), or "" for the zero
// value or an invalid code.
func (c Country) ISO3() string {
	if _, err := ParseCountry(string(c)); err != nil {
		return ""
	}
	r := language.MustParseRegion(string(c))
	return r.ISO3()
}

// Region returns the x/text region of the country.
func (c Country) Region() (language.Region, error) { return language.ParseRegion(string(c)) }

// Identifier returns the iso3166 identifier of the country.
func (c Country) Identifier() Identifier { return Identifier{Scheme: ISO3166, Value: string(c)} }

// Validate checks that the country is a canonical alpha-2 code.
func (c Country) Validate() error {
	p, err := ParseCountry(string(c))
	if err != nil {
		return err
	}
	if p != c {
		return check.NewValueError("country", string(c), ErrCountry)
	}
	return nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it accepts what
// ParseCountry accepts and stores the alpha-2 code. The empty text gives the
// zero Country, so that the zero value survives a round trip through JSON.
func (c *Country) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ""
		return nil
	}
	// The conversion of b does not copy it: countryOf keeps nothing of it.
	v, ok := countryOf(string(b))
	if !ok {
		_, err := ParseCountry(string(b))
		return err
	}
	*c = v
	return nil
}

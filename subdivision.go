package diplo

import (
	"github.com/diplo-go/diplo/internal/check"
)

// Subdivision is an ISO 3166-2 code of a country subdivision, in upper
// case: the ISO 3166-1 alpha-2 code of the country, a hyphen and one to
// three letters or digits ("FR-IDF" is Île-de-France, "US-CA" California,
// "UA-65" Kherson oblast). The zero value means no code. ParseSubdivision
// checks the form and the country, not that ISO has assigned the code:
// the library holds no list of subdivisions.
type Subdivision string

// ParseSubdivision parses an ISO 3166-2 code, in either case, and returns
// it in upper case. The error wraps ErrSyntax for a code of the wrong form
// and ErrCountry for one whose country is not an ISO 3166-1 code that
// ParseCountry accepts.
func ParseSubdivision(s string) (Subdivision, error) {
	if s == "" {
		return "", ErrRequired
	}
	if len(s) < 4 || len(s) > 6 || s[2] != '-' {
		return "", check.NewValueError("ISO 3166-2 code", s, ErrSyntax)
	}
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		if i == 2 {
			continue
		}
		if !('A' <= b[i] && b[i] <= 'Z' || i > 2 && isDigit(b[i])) {
			return "", check.NewValueError("ISO 3166-2 code", s, ErrSyntax)
		}
	}
	if c, ok := countryOf(string(b[:2])); !ok || string(c) != string(b[:2]) {
		return "", check.NewValueError("ISO 3166-2 code", s, ErrCountry)
	}
	return Subdivision(b), nil
}

// MustParseSubdivision is like ParseSubdivision but panics on error.
func MustParseSubdivision(s string) Subdivision {
	d, err := ParseSubdivision(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the code.
func (d Subdivision) String() string { return string(d) }

// Country returns the country of the code, its first two letters, or ""
// for a code too short to have one.
func (d Subdivision) Country() Country {
	if len(d) < 3 || d[2] != '-' {
		return ""
	}
	return Country(d[:2])
}

// Validate checks that the code is a canonical (upper-case) ISO 3166-2
// code, as ParseSubdivision returns it.
func (d Subdivision) Validate() error {
	p, err := ParseSubdivision(string(d))
	if err != nil {
		return err
	}
	if p != d {
		return check.NewValueError("ISO 3166-2 code", string(d), ErrSyntax)
	}
	return nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseSubdivision.
// The empty text gives the zero Subdivision.
func (d *Subdivision) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = ""
		return nil
	}
	v, err := ParseSubdivision(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// AdminDivision is an administrative division of a country that a place
// lies in: a state, province, region, oblast or department, by its name
// and, where ISO has given it one, its ISO 3166-2 code. It is a value
// inside a Place, not a node.
type AdminDivision struct {
	// Type is always "AdministrativeArea" in JSON: JSON-LD reads it as
	// schema:AdministrativeArea.
	Type TypeName[AdminDivisionType] `json:"type"`
	// Name of the division ("Île-de-France", "Херсонська область").
	Name Text `json:"name,omitempty"`
	// Code is the ISO 3166-2 code of the division ("FR-IDF"), if it has
	// one.
	Code Subdivision `json:"code,omitempty"`
}

// AdminDivisionType names the type of AdminDivision: schema.org's
// AdministrativeArea.
type AdminDivisionType struct{}

// TypeName implements Named.
func (AdminDivisionType) TypeName() string { return "AdministrativeArea" }

// IsZero reports whether nothing is known of the division.
func (a AdminDivision) IsZero() bool { return len(a.Name) == 0 && a.Code == "" }

// Validate checks the name and the code; a division names itself or gives
// its code.
func (a AdminDivision) Validate() error {
	var c check.Collector
	c.Add("name", a.Name.Validate())
	if a.Code != "" {
		c.Add("code", a.Code.Validate())
	}
	if len(a.Name) == 0 && a.Code == "" {
		c.Add("name", ErrRequired)
	}
	return c.Err()
}

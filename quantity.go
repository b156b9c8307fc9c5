package diplo

import (
	"golang.org/x/text/currency"

	"github.com/diplo-go/diplo/internal/check"
)

// Quantity is a number that a record states as a value rather than in
// words: the 23 diplomats a state expels, the 1.5 billion US dollars a
// conference pledges, the 38 parties to a convention. It is a count of
// things (QuantitativeValue, with the Unit it counts) or a sum of money
// (MonetaryAmount, with its Currency). It is a value inside the node or
// claim that states it, not a node.
//
// The amount is a decimal string, kept exactly as written: a float would
// round large sums and decimal fractions, and so would a JSON number in
// most readers (JavaScript's among them); the string is the lexical form
// of xsd:decimal, which the RDF writers give it.
type Quantity struct {
	// Type is QuantitativeValue for a count and MonetaryAmount for a sum
	// of money: JSON-LD reads them as schema.org's classes.
	Type QuantityType `json:"type"`
	// Amount is the number, a decimal with no sign, exponent or leading
	// zero ("23", "1500000000", "0.7").
	Amount Decimal `json:"amount"`
	// Currency is the ISO 4217 code of a sum of money ("USD", "EUR").
	Currency Currency `json:"currency,omitempty"`
	// Unit says what a count counts, in words ("diplomats", "parties").
	Unit Text `json:"unit,omitempty"`
	// Description says what the quantity is of, in a few words ("Russian
	// intelligence officers declared undeclared", "for reconstruction").
	Description Text `json:"description,omitempty"`
}

// QuantityType is the type of a Quantity, one of the two schema.org
// classes QuantitativeValue and MonetaryAmount.
type QuantityType string

// The types of Quantity.
const (
	// QuantitativeValue is a count of things, which Unit names.
	QuantitativeValue QuantityType = "QuantitativeValue"
	// MonetaryAmount is a sum of money, in a Currency.
	MonetaryAmount QuantityType = "MonetaryAmount"
)

// QuantityTypes returns the types of Quantity. It returns a new slice on
// each call.
func QuantityTypes() []QuantityType { return []QuantityType{QuantitativeValue, MonetaryAmount} }

// IsZero reports whether the quantity is unset.
func (q Quantity) IsZero() bool {
	return q.Type == "" && q.Amount == "" && q.Currency == "" && len(q.Unit) == 0 && len(q.Description) == 0
}

// Validate checks the type, the amount, and that a sum of money gives its
// currency and a count the unit it counts, and not the other: a count has
// no currency, a sum of money no unit.
func (q Quantity) Validate() error {
	var c check.Collector
	switch q.Type {
	case QuantitativeValue:
		// A count says what it counts.
		if len(q.Unit) == 0 {
			c.Add("unit", ErrRequired)
		}
		if q.Currency != "" {
			c.Add("currency", check.NewValueError("currency of a "+string(q.Type), string(q.Currency), ErrInconsistent))
		}
	case MonetaryAmount:
		// A sum of money is in a currency, which is its unit.
		if q.Currency == "" {
			c.Add("currency", ErrRequired)
		}
		if len(q.Unit) != 0 {
			c.Add("unit", check.NewValueError("unit of a "+string(q.Type), q.Unit.String(), ErrInconsistent))
		}
	case "":
		c.Add("type", ErrRequired)
	default:
		c.Add("type", check.NewValueError("quantity type", string(q.Type), ErrUnknown))
	}
	if q.Amount == "" {
		c.Add("amount", ErrRequired)
	} else {
		c.Add("amount", q.Amount.Validate())
	}
	if q.Currency != "" {
		c.Add("currency", q.Currency.Validate())
	}
	c.Add("unit", q.Unit.Validate())
	c.Add("description", q.Description.Validate())
	return c.Err()
}

// Decimal is an exact decimal number with no sign, written as digits with
// an optional fraction: "23", "1500000000", "0.75". It has no exponent
// and no leading zero ("0.5", not ".5" or "00.5"), so that a number has
// few forms; trailing zeros of a fraction are kept as written ("1.50").
// The zero value means no number.
type Decimal string

// ParseDecimal parses s as a Decimal. The error wraps ErrSyntax.
func ParseDecimal(s string) (Decimal, error) {
	if s == "" {
		return "", ErrRequired
	}
	if !decimalSyntax(s) {
		return "", check.NewValueError("decimal", s, ErrSyntax)
	}
	return Decimal(s), nil
}

// MustParseDecimal is like ParseDecimal but panics on error.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// decimalSyntax reports whether s is digits with no leading zero (but a
// lone 0), optionally followed by a point and at least one digit.
func decimalSyntax(s string) bool {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == 0 || s[0] == '0' && i > 1 {
		return false
	}
	if i == len(s) {
		return true
	}
	if s[i] != '.' || i+1 == len(s) {
		return false
	}
	for i++; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// String returns the number as written.
func (d Decimal) String() string { return string(d) }

// Validate checks the form of the number.
func (d Decimal) Validate() error {
	_, err := ParseDecimal(string(d))
	return err
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDecimal;
// the empty text gives the zero Decimal.
func (d *Decimal) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = ""
		return nil
	}
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Currency is an ISO 4217 alphabetic currency code in upper case ("USD",
// "EUR", "GBP"), checked against the codes of golang.org/x/text/currency,
// which include those of former currencies. The zero value means no
// currency.
type Currency string

// ParseCurrency parses an ISO 4217 code, in either case, and returns it in
// upper case. The error wraps ErrUnknown for a code that is not one.
func ParseCurrency(s string) (Currency, error) {
	if s == "" {
		return "", ErrRequired
	}
	if len(s) != 3 {
		return "", check.NewValueError("ISO 4217 currency", s, ErrUnknown)
	}
	u, err := currency.ParseISO(s)
	if err != nil {
		return "", check.NewValueError("ISO 4217 currency", s, ErrUnknown)
	}
	return Currency(u.String()), nil
}

// MustParseCurrency is like ParseCurrency but panics on error.
func MustParseCurrency(s string) Currency {
	c, err := ParseCurrency(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the code.
func (c Currency) String() string { return string(c) }

// Validate checks that the currency is a canonical (upper-case) ISO 4217
// code.
func (c Currency) Validate() error {
	p, err := ParseCurrency(string(c))
	if err != nil {
		return err
	}
	if p != c {
		return check.NewValueError("ISO 4217 currency", string(c), ErrUnknown)
	}
	return nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseCurrency;
// the empty text gives the zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

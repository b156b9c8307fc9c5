package diplo_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

func TestParseSubdivision(t *testing.T) {
	tests := []struct {
		in   string
		want diplo.Subdivision
		err  error
	}{
		{"FR-IDF", "FR-IDF", nil},
		{"fr-idf", "FR-IDF", nil},
		{"UA-65", "UA-65", nil},
		{"US-CA", "US-CA", nil},
		{"GB-ENG", "GB-ENG", nil},
		{"ML-7", "ML-7", nil},
		{"", "", diplo.ErrRequired},
		{"FR", "", diplo.ErrSyntax},
		{"FR-", "", diplo.ErrSyntax},
		{"FR-ABCD", "", diplo.ErrSyntax},
		{"FR_IDF", "", diplo.ErrSyntax},
		{"FRA-IDF", "", diplo.ErrSyntax},
		{"F1-IDF", "", diplo.ErrSyntax},
		{"FR-ÎD", "", diplo.ErrSyntax},
		{"XX-AB", "", diplo.ErrCountry},
		{"EU-AB", "", diplo.ErrCountry},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := diplo.ParseSubdivision(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				assert.Empty(t, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, diplo.Country(tc.want[:2]), got.Country())
			var back diplo.Subdivision
			require.NoError(t, json.Unmarshal([]byte(`"`+tc.in+`"`), &back))
			assert.Equal(t, tc.want, back)
		})
	}
	assert.ErrorIs(t, diplo.Subdivision("fr-idf").Validate(), diplo.ErrSyntax, "Validate of a lower-case code")
}

func TestParseDecimal(t *testing.T) {
	for _, s := range []string{"0", "23", "1500000000", "0.75", "1.50", "123456789012345678901234567890.000000001"} {
		d, err := diplo.ParseDecimal(s)
		require.NoError(t, err, s)
		assert.Equal(t, s, d.String(), "kept as written")
	}
	for _, s := range []string{"01", ".5", "5.", "-1", "+1", "1e9", "1,5", " 1", "1.2.3", "0x10", "NaN", "١"} {
		_, err := diplo.ParseDecimal(s)
		assert.ErrorIs(t, err, diplo.ErrSyntax, "ParseDecimal(%q)", s)
	}
	_, err := diplo.ParseDecimal("")
	assert.ErrorIs(t, err, diplo.ErrRequired)
	var d diplo.Decimal
	assert.ErrorIs(t, json.Unmarshal([]byte(`"1e9"`), &d), diplo.ErrSyntax, "decoding rejects a bad decimal")
}

func TestParseCurrency(t *testing.T) {
	for in, want := range map[string]diplo.Currency{"USD": "USD", "usd": "USD", "EUR": "EUR", "GBP": "GBP", "RUB": "RUB", "DEM": "DEM"} {
		c, err := diplo.ParseCurrency(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, c, in)
	}
	for _, s := range []string{"ABC", "US", "USDD", "U$D", "€"} {
		_, err := diplo.ParseCurrency(s)
		assert.ErrorIs(t, err, diplo.ErrUnknown, "ParseCurrency(%q)", s)
	}
	assert.ErrorIs(t, diplo.Currency("usd").Validate(), diplo.ErrUnknown, "Validate of a lower-case code")
}

// TestQuantityJSON pins the JSON of the two kinds of quantity, and its
// round trip: the amount is a string, kept exactly.
func TestQuantityJSON(t *testing.T) {
	tests := []struct {
		q    diplo.Quantity
		want string
	}{
		{diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "23", Unit: diplo.MustNewText("en", "diplomats")},
			`{"type":"QuantitativeValue","amount":"23","unit":{"en":"diplomats"}}`},
		{diplo.Quantity{Type: diplo.MonetaryAmount, Amount: "1500000000.10", Currency: "USD"},
			`{"type":"MonetaryAmount","amount":"1500000000.10","currency":"USD"}`},
	}
	for _, tc := range tests {
		require.NoError(t, tc.q.Validate())
		b, err := diplo.Marshal(tc.q)
		require.NoError(t, err)
		assert.Equal(t, tc.want, string(b))
		var back diplo.Quantity
		require.NoError(t, diplo.UnmarshalStrict(b, &back))
		assert.Equal(t, tc.q, back)
	}
	assert.Equal(t, []diplo.QuantityType{diplo.QuantitativeValue, diplo.MonetaryAmount}, diplo.QuantityTypes())
}

package diplo_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// TestSchemesIsACopy edits the list Schemes returns, as a caller may, and
// checks that the list and what Validate says of identifiers are what they
// were: the library reads its own copy.
func TestSchemesIsACopy(t *testing.T) {
	ids := []diplo.Identifier{
		{Scheme: diplo.Wikidata, Value: "Q7747"},
		{Scheme: diplo.Wikidata, Value: "Q77\u200b47"},
		{Scheme: diplo.GeoNames, Value: "5249\u200b01"},
		{Scheme: diplo.UNTS, Value: "I-54113\u00a0"},
		{Scheme: diplo.GDELT, Value: "8800\t00001"},
		{Scheme: diplo.ISO3166, Value: "M\u200bL"},
	}
	validate := func() []string {
		out := make([]string, len(ids))
		for i, id := range ids {
			if err := id.Validate(); err != nil {
				out[i] = err.Error()
			}
		}
		return out
	}
	want := diplo.Schemes()
	require.Len(t, want, 7)
	wantErrs := validate()
	require.Empty(t, wantErrs[0], "a valid identifier")
	require.Contains(t, wantErrs[2], "U+200B", "the error names the invisible character")

	s := diplo.Schemes()
	for i := range s {
		s[i] = "edited"
	}
	assert.Equal(t, want, diplo.Schemes(), "Schemes after a caller edited what it returned")
	assert.Equal(t, wantErrs, validate(), "Validate after a caller edited what Schemes returned")
}

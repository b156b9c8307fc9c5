package accord_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
)

// TestDuplicateLists checks that a value listed twice in identifiers,
// domains or languages is reported at the second place.
func TestDuplicateLists(t *testing.T) {
	unts := diplo.MustParseIdentifier("unts:I-54113")
	tests := []struct {
		name   string
		mutate func(*accord.Accord)
		path   string
	}{
		{"identifier twice", func(a *accord.Accord) { a.Identifiers = []diplo.Identifier{unts, unts} }, "identifiers[1]"},
		{"domain twice", func(a *accord.Accord) {
			a.Domains = []diplo.Topic{{Domain: diplo.Trade}, {Domain: diplo.Trade}}
		}, "domains[1].domain"},
		{"language twice", func(a *accord.Accord) { a.Languages = []language.Tag{language.French, language.French} }, "languages[1]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := accord.Accord{
				ID:    "urn:uuid:00000000-0000-4000-8000-000000000001",
				Kind:  accord.Agreement,
				Title: diplo.MustNewText("fr", "Accord"),
			}
			tc.mutate(&a)
			err := a.Validate()
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "Validate()")
			assert.Equal(t, tc.path, fe.Path, "Validate() = %v", err)
			assert.ErrorIs(t, err, diplo.ErrDuplicate)
		})
	}
}

package dyad

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo"
)

// gdeltIDs are record ids on both sides of the GDELT identifier's rule.
var gdeltIDs = []string{"", "0", "1", "01", "9", "881990833", "1234567890123456789"[:18], "1234567890123456789",
	"-1", "+1", "1 ", " 1", "1a", "１", "12\x003", "1.0", "1e9", "\xff", "99999999999999999", "100000000000000000"}

// TestGDELTIdentifier checks gdeltIdentifier against NewIdentifier.
func TestGDELTIdentifier(t *testing.T) {
	for _, id := range gdeltIDs {
		want, err := diplo.NewIdentifier(diplo.GDELT, id)
		got, ok := gdeltIdentifier(id)
		assert.Equal(t, err == nil, ok, "%q", id)
		assert.Equal(t, want, got, "%q", id)
	}
}

// FuzzGDELTIdentifier checks gdeltIdentifier against NewIdentifier on any
// id.
func FuzzGDELTIdentifier(f *testing.F) {
	for _, id := range gdeltIDs {
		f.Add(id)
	}
	f.Fuzz(func(t *testing.T, id string) {
		want, err := diplo.NewIdentifier(diplo.GDELT, id)
		got, ok := gdeltIdentifier(id)
		assert.Equal(t, err == nil, ok, "%q", id)
		assert.Equal(t, want, got, "%q", id)
	})
}

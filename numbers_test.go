package diplo_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// TestUnmarshalNumbersFloat64DoesNotHold checks that a number float64
// does not hold exactly is an ErrRange at its path, not a value silently
// rounded, and that ordinary numbers decode.
func TestUnmarshalNumbersFloat64DoesNotHold(t *testing.T) {
	tests := []struct {
		name, latitude string
		msg            string // empty: accepted
	}{
		{"too precise", "12.345678901234567890123",
			"location.coordinates.latitude: out of range: number 12.345678901234567890123 has more digits than float64 holds, which rounds it to 12.345678901234567"},
		{"underflow", "1e-400",
			"location.coordinates.latitude: out of range: number 1e-400 underflows float64, which rounds it to 0"},
		{"overflow", "1e1000001",
			"location.coordinates.latitude: out of range: number 1e1000001 overflows float64"},
		{"long overflow quoted short", "1" + strings.Repeat("0", 100) + "e999999",
			"location.coordinates.latitude: out of range: number 1" + strings.Repeat("0", 63) + "... overflows float64"},
		{"coordinate", "48.8566", ""},
		{"trailing zero", "1.50", ""},
		{"negative zero", "-0", ""},
		{"exponent", "1E1", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := `{"id":"urn:x:1","type":"Event","kind":"summit","location":{"coordinates":{"latitude":` + tc.latitude + `,"longitude":2.35}}}`
			var e event.Event
			err := diplo.Unmarshal([]byte(doc), &e)
			if tc.msg == "" {
				require.NoError(t, err)
				require.NotNil(t, e.Place.Coordinates)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, diplo.ErrRange)
			var fe *diplo.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, "location.coordinates.latitude", fe.Path)
			assert.Equal(t, tc.msg, err.Error())
			assert.ErrorIs(t, (diplo.DecodeOptions{}).Check([]byte(doc)), diplo.ErrRange)
		})
	}
}

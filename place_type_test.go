package diplo_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// TestPlaceTypeMember checks that a place and its coordinates always write
// their type ("Place", "GeoCoordinates"), as nodes do, and that decoding
// accepts the right name or none and refuses any other, naming the member.
func TestPlaceTypeMember(t *testing.T) {
	p := diplo.Place{Name: diplo.MustNewText("fr", "Moscou"), Coordinates: &diplo.Coordinates{Latitude: 55.75, Longitude: 37.61}}
	b, err := diplo.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":"Place","name":{"fr":"Moscou"},"coordinates":{"type":"GeoCoordinates","latitude":55.75,"longitude":37.61}}`, string(b))
	assert.Equal(t, `{"type":"Place",`, string(b[:len(`{"type":"Place",`)]), "type is the first member")

	tests := []struct {
		name, doc string
		path      string // of the error; "" for none
	}{
		{"typed", `{"type":"Place","name":{"fr":"Moscou"},"coordinates":{"type":"GeoCoordinates","latitude":1,"longitude":2}}`, ""},
		{"untyped", `{"name":{"fr":"Moscou"},"coordinates":{"latitude":1,"longitude":2}}`, ""},
		{"place wrong", `{"type":"Country","name":{"fr":"Moscou"}}`, "type"},
		{"place a node type", `{"type":"Event","name":{"fr":"Moscou"}}`, "type"},
		{"coordinates wrong", `{"name":{"fr":"Moscou"},"coordinates":{"type":"Place","latitude":1,"longitude":2}}`, "coordinates.type"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, strict := range []bool{false, true} {
				var got diplo.Place
				err := diplo.Unmarshal([]byte(tt.doc), &got)
				if strict {
					err = diplo.UnmarshalStrict([]byte(tt.doc), &got)
				}
				if tt.path == "" {
					require.NoError(t, err, "strict %v", strict)
					assert.Equal(t, p.Name, got.Name)
					continue
				}
				require.Error(t, err, "strict %v", strict)
				assert.ErrorIs(t, err, diplo.ErrUnknown)
				var fe *diplo.FieldError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, tt.path, fe.Path, "strict %v", strict)
			}
		})
	}
}

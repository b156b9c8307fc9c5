package dyad

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTypeKind checks typeKind against the table typeKinds on its keys
// and on types that are not in it.
func TestTypeKind(t *testing.T) {
	types := []string{"", "I", "IG", "IGOS", "igo", "GOV", "MIL", "COP", "UAF", "REF", "OPP", "EDU", "\x00GO", "MEDI"}
	for k := range typeKinds {
		types = append(types, k, k[:2], k+"X")
	}
	for _, ty := range types {
		want, wantOK := typeKinds[ty]
		got, ok := typeKind(ty)
		assert.Equal(t, wantOK, ok, "%q", ty)
		assert.Equal(t, want, got, "%q", ty)
	}
}

package codec

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMarshalOutputCapacity checks the size of the slices Marshal
// returns as documents of one type grow and shrink: never much more than
// the output, even for a small document right after large ones, and the
// same bytes as a fresh encoding.
func TestMarshalOutputCapacity(t *testing.T) {
	type doc struct{ Items []string }
	large := &doc{Items: make([]string, 20000)}
	for i := range large.Items {
		large.Items[i] = strings.Repeat("x", 10)
	}
	small := &doc{Items: []string{"a", "b"}}
	for i, d := range []*doc{large, large, large, small, large, small, small, large, large} {
		out, err := Marshal(d)
		require.NoError(t, err)
		want, err := v1Encode(d)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(out), "document %d", i)
		assert.LessOrEqual(t, cap(out), len(out)+len(out)/2+directOutput, "document %d: capacity %d for %d bytes", i, cap(out), len(out))
	}
}

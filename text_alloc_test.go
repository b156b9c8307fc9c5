//go:build !race

// The race detector adds allocations of its own to decoding (6 where
// there are 4 for the Text below): this file is built without it, as
// marshal_alloc_test.go is.

package diplo_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// TestTextDecodeAllocs checks that decoding a Text makes no string for
// its keys: beyond what an empty Text costs, a Text of three languages
// allocates its map's entries and its three values, and nothing per key.
func TestTextDecodeAllocs(t *testing.T) {
	for _, strict := range []bool{false, true} {
		o := diplo.DecodeOptions{Strict: strict}
		allocs := func(doc string) float64 {
			data := []byte(doc)
			var text diplo.Text
			require.NoError(t, o.Unmarshal(data, &text))
			return testing.AllocsPerRun(50, func() {
				var text diplo.Text
				_ = o.Unmarshal(data, &text)
			})
		}
		empty := allocs(`{}`)
		three := allocs(`{"en":"Moscow","fr":"Moscou","ru":"Москва"}`)
		// The map's group of entries and three strings.
		assert.LessOrEqual(t, three-empty, 4.0, "strict=%v: %v allocations for three entries", strict, three-empty)
	}
}

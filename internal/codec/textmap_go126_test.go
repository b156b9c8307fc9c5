//go:build go1.26 && !go1.27 && !race

package codec

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSmallTextMapsLayout checks that, with the Go version for which it is
// written, the layout of small maps holds, so that Text is written from
// it.
func TestSmallTextMapsLayout(t *testing.T) {
	assert.True(t, layoutHolds(), "the layout of Go 1.26's small maps")
	assert.True(t, smallTextMaps)
}

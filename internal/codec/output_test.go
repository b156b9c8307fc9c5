package codec

import (
	"bytes"
	"runtime"
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

// TestMarshalOutputTailZeroed checks that the capacity past a large
// output, whose memory Marshal does not zero before writing, holds no
// bytes of earlier allocations: memory filled and freed just before is
// what the allocator hands out next.
func TestMarshalOutputTailZeroed(t *testing.T) {
	type doc struct{ Items []string }
	d := &doc{Items: make([]string, 5000)}
	for i := range d.Items {
		d.Items[i] = "item"
	}
	for round := range 20 {
		junk := make([][]byte, 8)
		for i := range junk {
			junk[i] = bytes.Repeat([]byte{0xAA}, 64<<10+i*4096)
		}
		junk = nil
		runtime.GC()
		out, err := Marshal(d)
		require.NoError(t, err)
		tail := out[len(out):cap(out)]
		require.NotEmpty(t, tail, "round %d: no capacity past the output", round)
		assert.Equal(t, -1, bytes.IndexFunc(tail, func(r rune) bool { return r != 0 }), "round %d: bytes of earlier allocations past the output", round)
	}
}

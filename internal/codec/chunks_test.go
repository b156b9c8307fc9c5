package codec

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStringChunksWaste checks what the chunks of a document's strings
// cost beyond the strings' bytes: a chunk is left with fewer than
// chunkedString bytes unused (a sixteenth of a full chunk), only the last
// may be emptier, and the chunks add up to no more than the input (left)
// and those unused ends: once the input is spent, a string gets a chunk
// of its own length. Each string keeps its bytes while the strings after
// it are made, and none is the bytes it was made from.
func TestStringChunksWaste(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	lengths := func(n int, f func(i int) int) []int {
		out := make([]int, n)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	tests := []struct {
		name string
		lens []int
	}{
		{"none", nil},
		{"one byte", lengths(20000, func(int) int { return 1 })},
		{"IDs", lengths(5000, func(int) int { return 45 })},
		{"the longest chunked", lengths(300, func(int) int { return chunkedString })},
		{"longest and half", lengths(400, func(i int) int { return []int{chunkedString, chunkedString/2 + 1}[i%2] })},
		{"longer than chunked", lengths(50, func(int) int { return chunkedString + 1 })},
		{"random", lengths(5000, func(int) int { return rng.IntN(chunkedString + 100) })},
		{"empty and short", lengths(5000, func(i int) int { return i % 3 })},
	}
	for _, tc := range tests {
		for _, slack := range []int{0, 100, 1 << 30} {
			var sc stringChunks
			used, input := 0, slack
			for _, n := range tc.lens {
				input += n
				if n > 0 && n <= chunkedString {
					used += n
				}
			}
			sc.left = input
			var want, got []string
			for i, n := range tc.lens {
				b := []byte(strings.Repeat(string(rune('a'+i%26)), n))
				want = append(want, string(b))
				got = append(got, sc.make(b))
				clear(b) // the string must not be the input's bytes
			}
			require.Equal(t, want, got, "%s, slack %d", tc.name, slack)
			assert.LessOrEqual(t, sc.allocated, used+used/15+stringChunk, "%s, slack %d: %d bytes of chunks for %d bytes of strings", tc.name, slack, sc.allocated, used)
			assert.LessOrEqual(t, sc.allocated, input+used/15+chunkedString, "%s, slack %d: more chunks than the input and the tails", tc.name, slack)
			sc.release()
			assert.Zero(t, sc.allocated)
			assert.Nil(t, sc.buf)
		}
	}
}

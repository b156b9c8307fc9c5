package codec

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStringChunksWaste checks what the chunks of a document's strings
// cost beyond the strings' bytes, for strings of many lengths in inputs
// where they are dense (only their quotes between them) or sparse: a
// full chunk is left with fewer than chunkedString bytes unused (a
// sixteenth), and the last chunks, no larger than a quarter of the
// input left, waste at most about the input that followed them. Each
// string keeps its bytes while the strings after it are made, and none
// is the bytes it was made from.
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
		{"one", []int{5}},
		{"one byte", lengths(20000, func(int) int { return 1 })},
		{"IDs", lengths(5000, func(int) int { return 45 })},
		{"the longest chunked", lengths(300, func(int) int { return chunkedString })},
		{"longest and half", lengths(400, func(i int) int { return []int{chunkedString, chunkedString/2 + 1}[i%2] })},
		{"one and longest", lengths(400, func(i int) int { return []int{1, chunkedString}[i%2] })},
		{"longer than chunked", lengths(50, func(int) int { return chunkedString + 1 })},
		{"random", lengths(5000, func(int) int { return rng.IntN(chunkedString + 100) })},
		{"empty and short", lengths(5000, func(i int) int { return i % 3 })},
	}
	for _, tc := range tests {
		// gap is the input's bytes after each string: its closing
		// quote and, but for the first case, more.
		for _, gap := range []func(n int) int{
			func(int) int { return 2 },
			func(int) int { return 20 },
			func(n int) int { return 3*n + 2 },
		} {
			var sc stringChunks
			used, input := 0, 0
			for _, n := range tc.lens {
				input += n + gap(n)
				if n > 0 && n <= chunkedString {
					used += n
				}
			}
			var want, got []string
			pos := 0
			for i, n := range tc.lens {
				b := []byte(strings.Repeat(string(rune('a'+i%26)), n))
				pos += n + gap(n)
				want = append(want, string(b))
				got = append(got, sc.make(b, input-pos))
				clear(b) // the string must not be the input's bytes
			}
			require.Equal(t, want, got, tc.name)
			waste := sc.allocated - used
			t.Logf("%s, %d bytes of input: %d bytes of chunks for %d bytes of strings", tc.name, input, sc.allocated, used)
			assert.LessOrEqual(t, waste, used/15+min(input/3, stringChunk)+chunkedString, "%s, %d bytes of input: %d bytes of chunks for %d bytes of strings", tc.name, input, sc.allocated, used)
			sc.release()
			assert.Zero(t, sc.allocated)
			assert.Nil(t, sc.buf)
		}
	}
}

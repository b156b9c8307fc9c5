package codec

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameWord checks nameWord, which compares a short member name as one
// word, against nameIs, which compares it byte by byte: for names of one
// to seven bytes and documents that hold them, other names, a prefix or
// an extension of them, white space before the colon, no colon, and
// fewer than eight bytes left, both read the same (the offset and end
// after) and report the same.
func TestNameWord(t *testing.T) {
	names := []string{"a", "id", "kind", "title", "sourceX", "dates", "role"}
	tails := []string{`: 1`, `:1`, ` : "x"`, `"`, ``, `x": 1`, `,`, `:`}
	for _, name := range names {
		word, mask := nameWordOf(name)
		for _, other := range []string{name, name[:len(name)-1], name + "s", "X" + name[1:], name[:len(name)-1] + "\\"} {
			for _, tail := range tails {
				for _, pad := range []string{"", "                "} {
					doc := []byte(`"` + other + `"` + tail + pad)
					slow := decState{data: doc, lim: noLimits}
					fast := decState{data: doc, lim: noLimits}
					want := slow.nameIs(name)
					got := fast.nameWord(name, word, mask)
					assert.Equal(t, want, got, "name %q in %q", name, doc)
					assert.Equal(t, slow.i, fast.i, "name %q in %q", name, doc)
					assert.Equal(t, slow.end, fast.end, "name %q in %q", name, doc)
				}
			}
		}
	}
}

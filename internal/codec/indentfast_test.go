package codec

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oldMember is the rule memberShort writes by stores of words: a comma
// unless first, the line break of the level ("\n", the prefix, the indent
// once per level), the key and a space.
func oldMember(dst []byte, key []byte, first bool, prefix, indent string, level int) []byte {
	if !first {
		dst = append(dst, ',')
	}
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	dst = append(dst, strings.Repeat(indent, level)...)
	dst = append(dst, key...)
	return append(dst, ' ')
}

// TestIndentFastPaths checks lineBreak, element and memberShort, which
// write by copies of whole words where the break and the key are short,
// against the rule they follow, at every level up to past lineWords
// bytes of break, for keys of every length up to past a short, with
// prefixes and indents of several lengths (none, and a prefix longer
// than lineWords), one call after another into the same buffer.
func TestIndentFastPaths(t *testing.T) {
	prefixes := []string{"", "    ", "> ", strings.Repeat("p", lineWords+3)}
	indents := []string{"", "  ", "\t", "...", strings.Repeat("i", 9)}
	for _, prefix := range prefixes {
		for _, indent := range indents {
			e := new(encState)
			e.startIndent(prefix, indent)
			var want []byte
			for level := range 40 {
				for n := 1; n <= 20; n++ {
					key := []byte(`"` + strings.Repeat("k", n) + `":`)
					s := shortOf(key)
					for _, first := range []bool{true, false} {
						if first && level == 0 {
							continue
						}
						for _, short := range []bool{true, false} {
							e.ind.level = level
							if first {
								// A first member raises the
								// level.
								e.ind.level = level - 1
							}
							if short {
								e.memberShort(key, &s, first)
							} else {
								e.member(key, first)
							}
							want = oldMember(want, key, first, prefix, indent, level)
							require.Equal(t, level, e.ind.level, "prefix %q, indent %q, level %d", prefix, indent, level)
						}
					}
				}
				e.ind.level = level
				e.lineBreak()
				want = oldMember(want, nil, true, prefix, indent, level)
				want = want[:len(want)-1] // no space after a break
				e.element(false)
				want = oldMember(want, nil, false, prefix, indent, level)
				want = want[:len(want)-1]
				e.buf = append(e.buf, 'x')
				want = append(want, 'x')
			}
			assert.Equal(t, string(want), string(e.buf), "prefix %q, indent %q", prefix, indent)
		}
	}
}

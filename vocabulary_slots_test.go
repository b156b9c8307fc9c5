package diplo

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type word string

// TestVocabularySlots checks that a vocabulary's table of slots finds
// what its map finds, for each term and for strings that differ from one
// in a byte or in length, on vocabularies of random words.
func TestVocabularySlots(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	letters := "abcdefghijklmnopqrstuvwxyz-"
	randWord := func() string {
		b := make([]byte, 1+rng.IntN(20))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		return string(b)
	}
	for range 200 {
		seen := map[string]bool{}
		var terms []Term[word]
		for n := 1 + rng.IntN(60); len(terms) < n; {
			if w := randWord(); !seen[w] {
				seen[w] = true
				terms = append(terms, Define(word(w), ""))
			}
		}
		v := NewVocabulary("word", terms...)
		probes := []string{""}
		for _, tm := range terms {
			s := string(tm.Value)
			probes = append(probes, s, s+"x", s[:len(s)-1], strings.ToUpper(s), "x"+s[1:], s[:len(s)/2]+"x"+s[len(s)/2+1:])
		}
		for range 50 {
			probes = append(probes, randWord())
		}
		for _, s := range probes {
			i, ok := v.index[word(s)]
			j, found := find(&v, s)
			require.Equal(t, ok, found, "find(%q) in %v", s, terms)
			if ok {
				assert.Equal(t, i, j, "find(%q)", s)
			}
			var x word
			assert.Equal(t, ok || s == "", v.Unmarshal(&x, []byte(s)) == nil, "Unmarshal(%q)", s)
		}
	}
}

// TestVocabularySlotsFallBack checks that a vocabulary whose terms no
// seed can tell apart (the same length, first, middle and last bytes)
// finds its terms by its map.
func TestVocabularySlotsFallBack(t *testing.T) {
	v := NewVocabulary("word", Define[word]("abcd", ""), Define[word]("axcd", ""))
	assert.Nil(t, v.slots)
	assert.True(t, v.Has("abcd"))
	assert.True(t, v.Has("axcd"))
	assert.False(t, v.Has("aycd"))
	var x word
	require.NoError(t, v.Unmarshal(&x, []byte("axcd")))
	assert.Equal(t, word("axcd"), x)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = v.Unmarshal(&x, []byte("abcd")) }))
}

// TestVocabularyLookUpAllocs checks that the library's vocabularies have
// a table of slots, and that looking a value up allocates nothing.
func TestVocabularyLookUpAllocs(t *testing.T) {
	require.NotNil(t, domains.slots)
	var d Domain
	b := []byte("trade")
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = domains.Unmarshal(&d, b)
		_ = domains.Check(Trade)
		_ = domains.Has(Trade)
	}))
}

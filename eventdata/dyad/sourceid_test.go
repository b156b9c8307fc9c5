package dyad

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// TestSourceID checks sourceID, met first and again through the cache,
// against the rule it derives from: the ID diplo.IDFor gives of the URL's
// identifier and the identifier's value, or false for a URL NewIdentifier
// refuses; URLs short enough to be cached and longer ones.
func TestSourceID(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", cacheKeyLen)
	urls := []string{"https://example.org/news/1", "HTTPS://Example.org/x", "Http://a.b/", "ftp://example.org/",
		"not a url", "", "https://example.org/é", long, "HTTP://example.org/" + strings.Repeat("b", cacheKeyLen),
		long[:cacheKeyLen], "https://example.org/" + strings.Repeat("c", cacheKeyLen-len("https://example.org/")+1)}
	l := NewStreamLifter(nopSink{})
	for range 2 {
		for _, u := range urls {
			got, ok := l.sourceID(u)
			ident, err := diplo.NewIdentifier(diplo.URL, u)
			require.Equal(t, err == nil, ok, "%q", u)
			if !ok {
				continue
			}
			assert.Equal(t, diplo.IDFor(ident), got.id, "%q", u)
			assert.Equal(t, nameUUID(ident.String()), got.key, "%q", u)
			assert.Equal(t, ident.Value, got.url, "%q", u)
		}
	}
}

// TestSourceIDAllocs checks that a new URL costs one allocation in
// sourceID: its ID's text and the cache's copy of the URL together.
func TestSourceIDAllocs(t *testing.T) {
	l := NewStreamLifter(nopSink{})
	i := 0
	allocs := testing.AllocsPerRun(100, func() {
		i++
		u := "https://example.org/news/" + strings.Repeat("x", i%50)
		clear(l.cache.sources)
		_, ok := l.sourceID(u)
		require.True(t, ok)
	})
	// The URL built above is one more.
	assert.LessOrEqual(t, allocs, 2.0)
}

package dyad

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/iri"
)

// webURLs are URLs on both sides of iri.SimpleWebURL's form and of
// NewIdentifier's rule.
var webURLs = []string{"", "http://", "https://", "http://a", "https://a", "https://example.org/news/1?x=1&y=2#top",
	"HTTPS://example.org/", "Http://example.org/", "https://example.org:8080/a", "https://example.org:/a",
	"https://example.org:x/a", "https://example.org/%41%zz", "https://example.org/%4", "https://example.org/a%20b",
	"https://exa_mple.org/", "https://[::1]/", "https://example.org/[x]", "https://example.org/a b",
	"https://example.org/é", "https://ex\u00e9.org/", "https://example.org/\u202e", "ftp://example.org/",
	"https:/example.org/", "https://user@example.org/", "https://example.org?q", "https://example.org#f",
	"https://-example.org/", "https://example.org./", "https://..", "https://example.org/'(x)*+,;=:@!$~"}

// TestWebIdentifier checks webIdentifier against NewIdentifier on the
// URLs above and on the source URLs of the GDELT sample.
func TestWebIdentifier(t *testing.T) {
	urls := append([]string(nil), webURLs...)
	f, err := os.Open("../gdelt/testdata/sample-A.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	plain := 0
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		urls = append(urls, cols[len(cols)-1])
	}
	require.NoError(t, sc.Err())
	for _, u := range urls {
		want, err := diplo.NewIdentifier(diplo.URL, u)
		got, ok := webIdentifier(u)
		assert.Equal(t, err == nil, ok, "%q", u)
		assert.Equal(t, want, got, "%q", u)
		if iri.SimpleWebURL(u) {
			plain++
		}
	}
	assert.Greater(t, plain, 2000, "the sample's URLs take the plain form")
}

// FuzzWebIdentifier checks webIdentifier against NewIdentifier on any
// string.
func FuzzWebIdentifier(f *testing.F) {
	for _, u := range webURLs {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, u string) {
		want, err := diplo.NewIdentifier(diplo.URL, u)
		got, ok := webIdentifier(u)
		assert.Equal(t, err == nil, ok, "%q", u)
		assert.Equal(t, want, got, "%q", u)
	})
}

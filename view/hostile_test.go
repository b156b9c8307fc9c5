package view_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"html"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/view"
)

// TestHostileInert writes the page of a record whose names hold markup,
// scripts, javascript: and data: IRIs, bidirectional overrides and a name
// of 6,000 characters: none of it is markup in the page, no link leaves
// http(s), and the bidirectional text stays inside its bdi.
func TestHostileInert(t *testing.T) {
	g := load(t, filepath.Join("testdata", "hostile.json"))
	var b bytes.Buffer
	require.NoError(t, view.WritePage(&b, g))
	page := b.String()
	lower := strings.ToLower(page)
	assert.Equal(t, 1, strings.Count(lower, "<script"), "the page's own script alone")
	assert.Equal(t, 1, strings.Count(lower, "<style"), "the page's own style alone")
	for _, bad := range []string{"<img", "<iframe", "<svg onload", "<a href=\"javascript", "<b>", "<text><script", "]]>"} {
		assert.NotContains(t, lower, bad)
	}
	for _, m := range regexp.MustCompile(`(?i)(href|src)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		assert.Regexp(t, `^https?://`, m[2], "a link that is not http(s)")
	}
	// The markup of the title is shown as text, in a bdi that isolates
	// its override.
	assert.Contains(t, page, `<h1><bdi lang="en" dir="auto">&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; hostile record `+"\u202e"+`gnp.exe</bdi></h1>`)
	// Every override is inside a bdi, an SVG text or title of its own, or a
	// blockquote of its own.
	for _, part := range strings.Split(page, "\u202e")[1:] {
		end := strings.Index(part, "</")
		require.GreaterOrEqual(t, end, 0)
		assert.Regexp(t, `^</(bdi|text|title|blockquote)>`, part[end:end+min(len(part)-end, 13)])
	}
	// The long name is cut in the list, whole (to 2,000 characters) in
	// its tooltip.
	assert.NotContains(t, page, strings.Repeat("long", 600))
	assert.Contains(t, page, "Verylonglong")
}

// TestCSPHashes checks that the page's Content-Security-Policy allows
// its inline style and script by the SHA-256 of their content, as a
// browser computes it from the page, and allows nothing to load.
func TestCSPHashes(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, view.WritePage(&b, load(t, filepath.Join("testdata", "hostile.json"))))
	page := b.String()
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	require.Len(t, csp, 2)
	policy := html.UnescapeString(csp[1])
	sum := func(re string) string {
		m := regexp.MustCompile(re).FindStringSubmatch(page)
		require.Len(t, m, 2, re)
		h := sha256.Sum256([]byte(m[1]))
		return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
	}
	assert.Contains(t, policy, "default-src 'none'")
	assert.Contains(t, policy, "style-src "+sum(`(?s)<style>(.*?)</style>`))
	assert.Contains(t, policy, "script-src "+sum(`(?s)<script>(.*?)</script>`))
	assert.NotContains(t, policy, "unsafe")
}

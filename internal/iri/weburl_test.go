package iri

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// oldSimpleWebURL is SimpleWebURL before it read bytes through urlBytes:
// the rule that SimpleWebURL keeps.
func oldSimpleWebURL(s string) bool {
	var rest string
	switch {
	case len(s) > 7 && s[:7] == "http://":
		rest = s[7:]
	case len(s) > 8 && s[:8] == "https://":
		rest = s[8:]
	default:
		return false
	}
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	name, port, hasPort := strings.Cut(rest[:end], ":")
	if name == "" || hasPort && port == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	for i := 0; i < len(port); i++ {
		if !('0' <= port[i] && port[i] <= '9') {
			return false
		}
	}
	for rest = rest[end:]; rest != ""; rest = rest[1:] {
		c := rest[0]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '%':
			if len(rest) < 3 || !isHex(rest[1]) || !isHex(rest[2]) {
				return false
			}
		default:
			if !strings.ContainsRune("-._~!$&'()*+,;=:@/?#", rune(c)) {
				return false
			}
		}
	}
	return true
}

// TestSimpleWebURLSame holds SimpleWebURL, and so diplo's web URL rule, to the old
// rule: every byte value at every place of URLs with and without ports,
// queries, fragments and escapes, and their shorter forms.
func TestSimpleWebURLSame(t *testing.T) {
	urls := []string{
		"https://news.example.org/2000/01/02/article-12", "http://a.b:8080/p?q=1#f", "https://a:1", "http://x",
		"https://h/%41%zz", "https://h?x", "https://h#x", "http://h:/", "https://h/a%4", "https://h/%",
		"https://ex-ample.org:443/~a/b;c=d,e@f!$&'()*+=:", "http://[::1]/", "https://u@h/",
	}
	var seeds []string
	for _, u := range urls {
		seeds = append(seeds, u)
		for at := range len(u) {
			seeds = append(seeds, u[:at])
			for c := range 256 {
				b := []byte(u)
				b[at] = byte(c)
				seeds = append(seeds, string(b))
			}
		}
	}
	for _, s := range seeds {
		if !assert.Equal(t, oldSimpleWebURL(s), SimpleWebURL(s), "%q", s) {
			return
		}
	}
}

// FuzzSimpleWebURLSame checks what TestSimpleWebURLSame checks on any
// string.
func FuzzSimpleWebURLSame(f *testing.F) {
	for _, s := range []string{"https://news.example.org/2000/01/02/article-12", "http://a.b:8080/p?q=1#f", "https://h/%41"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, oldSimpleWebURL(s), SimpleWebURL(s), "%q", s)
	})
}

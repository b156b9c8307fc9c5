package iri

import "strings"

// SimpleWebURL reports whether s has the common form of a web URL that
// the web URL rule of package diplo (Identifier.Validate for a URL, a
// source's URL) accepts, in which case url.Parse need not be called,
// which allocates: "http://" or "https://", a host of ASCII letters,
// digits, dots and hyphens with an optional port of digits, then path,
// query and fragment made of the unreserved and reserved characters of RFC 3986
// other than "[" and "]", with "%" only as the start of a percent-escape.
// It answers false for anything else, which the full rule then checks:
// every string for which it answers true is accepted by url.Parse and by
// Check.
func SimpleWebURL(s string) bool {
	var rest string
	switch {
	case len(s) > 7 && s[:7] == "http://":
		rest = s[7:]
	case len(s) > 8 && s[:8] == "https://":
		rest = s[8:]
	default:
		return false
	}
	// The host, up to the first "/", "?" or "#", with an optional port.
	i := 0
	for i < len(rest) && urlBytes[rest[i]]&urlHost != 0 {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(rest) && rest[i] == ':' {
		j := i + 1
		for j < len(rest) && '0' <= rest[j] && rest[j] <= '9' {
			j++
		}
		if j == i+1 {
			return false
		}
		i = j
	}
	if i < len(rest) && rest[i] != '/' && rest[i] != '?' && rest[i] != '#' {
		return false
	}
	for i < len(rest) {
		c := rest[i]
		if urlBytes[c]&urlPath == 0 {
			if c != '%' || len(rest)-i < 3 || !isHex(rest[i+1]) || !isHex(rest[i+2]) {
				return false
			}
		}
		i++
	}
	return true
}

// urlBytes tells, for each byte, whether SimpleWebURL takes it in a host
// (urlHost: an ASCII letter or digit, "." or "-") and in a path, query or
// fragment (urlPath: an ASCII letter or digit, or one of
// -._~!$&'()*+,;=:@/?#).
var urlBytes = func() (t [256]uint8) {
	for c := range 256 {
		alnum := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if alnum || c == '.' || c == '-' {
			t[c] |= urlHost
		}
		if alnum || strings.ContainsRune("-._~!$&'()*+,;=:@/?#", rune(c)) {
			t[c] |= urlPath
		}
	}
	return t
}()

const (
	urlHost = 1 << iota
	urlPath
)

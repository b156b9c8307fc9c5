package iri

// The rule as it was written before scan skipped runs of plain
// characters and CheckID reused what Check found: the reference that
// TestCheckSame and FuzzCheckSame hold the faster code to, error for
// error.

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func refScan(s string, i int, p int, stop string) (int, error) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			k := ascii[c]
			if k&unreserved != 0 || c == '/' && p >= inPath {
				// The common cases; no stop character is unreserved or
				// "/", and a host is scanned only up to its "/".
				i++
				continue
			}
			if strings.IndexByte(stop, c) >= 0 {
				return i, nil
			}
			switch {
			case k&subDelim != 0:
			case c == ':' && p != inHost, c == '@' && p >= inPath, c == '/' && p >= inPath:
			case c == '?' && p >= inQuery, c == '#' && p == inFragment:
			case c == '%':
				if i+2 >= len(s) || !isHex(s[i+1]) || !isHex(s[i+2]) {
					return i, fault(i, -1, "\"%\" not followed by two hex digits")
				}
				i += 2
			default:
				if why := Spoofing(rune(c)); why != "" {
					return i, fault(i, rune(c), why)
				}
				return i, fault(i, rune(c), "(not allowed here in an IRI)")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i, fault(i, -1, "invalid UTF-8")
		}
		if why := Spoofing(r); why != "" {
			return i, fault(i, r, why)
		}
		if !ucschar(r) && !(p == inQuery && iprivate(r)) {
			return i, fault(i, r, "(not allowed in an IRI)")
		}
		i += n
	}
	return i, nil
}
func refCheck(s string) error {
	colon, err := schemeEnd(s)
	if err != nil {
		return err
	}
	i := colon + 1
	if i == len(s) {
		return fault(i, -1, "nothing after the scheme")
	}
	web := strings.EqualFold(s[:colon], "http") || strings.EqualFold(s[:colon], "https")
	if strings.HasPrefix(s[i:], "//") {
		if i, err = refAuthority(s, i+2, web); err != nil {
			return err
		}
	} else if web {
		return fault(i, -1, "no host (an http or https IRI has \"//\" and a host after its scheme)")
	}
	if i, err = refScan(s, i, inPath, "?#"); err != nil {
		return err
	}
	if i < len(s) && s[i] == '?' {
		if i, err = refScan(s, i+1, inQuery, "#"); err != nil {
			return err
		}
	}
	if i < len(s) && s[i] == '#' {
		// The fragment may hold "#", as net/url and WHATWG URLs read
		// it, although RFC 3987 does not allow it.
		if _, err = refScan(s, i+1, inFragment, ""); err != nil {
			return err
		}
	}
	return nil
}
func refAuthority(s string, start int, web bool) (int, error) {
	end := start
	for end < len(s) && s[end] != '/' && s[end] != '?' && s[end] != '#' {
		end++
	}
	host := start
	if at := strings.IndexByte(s[start:end], '@'); at >= 0 {
		if _, err := refScan(s[:start+at], start, inUser, ""); err != nil {
			return 0, err
		}
		host = start + at + 1
	}
	var i int
	if host < end && s[host] == '[' {
		closing := strings.IndexByte(s[host:end], ']')
		if closing < 0 {
			return 0, fault(host, -1, "malformed host (\"[\" without \"]\")")
		}
		if err := ipLiteral(s[host+1:host+closing], host); err != nil {
			return 0, err
		}
		i = host + closing + 1
	} else {
		var err error
		if i, err = refScan(s[:end], host, inHost, ":"); err != nil {
			return 0, err
		}
		if i == host && web {
			return 0, fault(host, -1, "empty host")
		}
	}
	if i < end {
		if s[i] != ':' {
			return 0, fault(i, rune(s[i]), "(not allowed after the host)")
		}
		for j := i + 1; j < end; j++ {
			if c := s[j]; c < '0' || c > '9' {
				return 0, fault(j, -1, "port not a number")
			}
		}
	}
	return end, nil
}
func refCheckID(s string) error {
	if err := refCheck(s); err != nil {
		return err
	}
	scheme, rest, _ := strings.Cut(s, ":")
	if len(scheme) <= maxPrefix {
		// Check's scheme is ASCII: lower it without allocating.
		var buf [maxPrefix]byte
		for i := 0; i < len(scheme); i++ {
			buf[i] = scheme[i] | 0x20 // lowers letters; digits, "+", "-" and "." have the bit
		}
		// Most schemes ("urn", "https") are known not to be a prefix
		// without the look-up.
		if mayBePrefix(buf[:len(scheme)]) {
			if ns, ok := Prefixes[string(buf[:len(scheme)])]; ok {
				p := string(buf[:len(scheme)])
				return fault(0, -1, fmt.Sprintf("scheme %q: a prefix of the diplo JSON-LD context, which a JSON-LD processor reads as a compact IRI (%s:x is %sx)", scheme, p, ns))
			}
		}
	}
	if strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") {
		rest = strings.TrimPrefix(rest, "//")
		for _, v := range Vocabularies {
			if len(rest) >= len(v) && rest[0]|0x20 == v[0] && strings.EqualFold(rest[:len(v)], v) {
				return fault(0, -1, fmt.Sprintf("an IRI of the vocabulary %s%s, which names a term, not a node", s[:len(scheme)+3], v))
			}
		}
	}
	return nil
}

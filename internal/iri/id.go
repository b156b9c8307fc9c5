package iri

import (
	"fmt"
	"strings"
)

// Prefixes maps each prefix that the diplo JSON-LD context defines
// (schema/context.jsonld, at the top or for identifier values) to its
// namespace IRI. A test of package schema holds it equal to the context.
var Prefixes = map[string]string{
	"schema":   "http://schema.org/",
	"diplo":    "https://w3id.org/diplo/vocab#",
	"xsd":      "http://www.w3.org/2001/XMLSchema#",
	"edtf":     "http://id.loc.gov/datatypes/edtf/",
	"dcterms":  "http://purl.org/dc/terms/",
	"prov":     "http://www.w3.org/ns/prov#",
	"rdfs":     "http://www.w3.org/2000/01/rdf-schema#",
	"wikidata": "http://www.wikidata.org/entity/",
	"geonames": "https://sws.geonames.org/",
	"iso3166":  "https://www.iso.org/obp/ui/#iso:code:3166:",
	"unts":     "https://w3id.org/diplo/id/unts/",
	"gdelt":    "https://w3id.org/diplo/id/gdelt/",
	"undoc":    "https://w3id.org/diplo/id/undoc/",
}

// maxPrefix is the length of the longest key of Prefixes.
const maxPrefix = 8

// prefixStarts holds, by length, the first bytes of the keys of
// Prefixes, so that most schemes are known not to be one without a
// look-up in the map.
var prefixStarts = func() (m [maxPrefix + 1][256]bool) {
	for p := range Prefixes {
		m[len(p)][p[0]] = true
	}
	return m
}()

// mayBePrefix reports whether the lowered scheme s, at most maxPrefix
// bytes, may be a key of Prefixes.
func mayBePrefix(s []byte) bool { return len(s) > 0 && prefixStarts[len(s)][s[0]] }

// Vocabularies are the namespaces of the vocabularies the context uses, as
// host and path after "http://" or "https://": an IRI inside one names a
// class, a property or a concept, never a node. The diplo entry covers the
// vocabulary (vocab#) and its concept schemes (vocab/...).
var Vocabularies = []string{
	"schema.org/",
	"w3id.org/diplo/vocab",
	"www.w3.org/2001/XMLSchema#",
	"id.loc.gov/datatypes/edtf/",
	"purl.org/dc/terms/",
	"www.w3.org/ns/prov#",
	"www.w3.org/1999/02/22-rdf-syntax-ns#",
	"www.w3.org/2000/01/rdf-schema#",
}

// uuidURN starts the IDs the library makes.
const uuidURN = "urn:uuid:"

// IsPlainUUIDURN reports whether s is urn:uuid: followed by simple
// characters (ASCII letters and digits, "-", ".", "/", ":"), as the IDs
// the library makes are: an ID that CheckID accepts at once. It is small
// enough to be inlined, so that a caller checks such an ID with one call.
func IsPlainUUIDURN(s string) bool {
	return len(s) > len(uuidURN) && s[:len(uuidURN)] == uuidURN && simple(s[len(uuidURN):])
}

// diploIDs starts the IRIs of the library's namespace of IDs, whose
// terms and concept schemes are under w3id.org/diplo/vocab.
const diploIDs = "https://w3id.org/diplo/id/"

// isDiploID reports whether s, longer than diploIDs, starts with it. It
// compares eight bytes at a time, which the compiler does in place, where
// comparing the 26 bytes at once is a call.
func isDiploID(s string) bool {
	return s[:8] == "https://" && s[8:16] == "w3id.org" && s[16:24] == "/diplo/i" && s[24:26] == "d/"
}

// webHTTPS starts the IDs of https IRIs; https is not a key of Prefixes.
const webHTTPS = "https://"

// CheckID reports whether s may be the id of a node: an IRI (Check) whose
// scheme is not a prefix of the context and that is not inside the
// namespace of a vocabulary, in any case. See the package documentation.
func CheckID(s string) error {
	// The IDs the library makes (NewID, IDFor) are urn:uuid: IRIs; one
	// whose part after that is simple (see simple) is an IRI of the
	// scheme urn, which is not a prefix, and it has no host. Checking
	// them the long way costs several times more.
	if IsPlainUUIDURN(s) {
		return nil
	}
	// The IRIs of the library's own namespace of IDs (the states'
	// https://w3id.org/diplo/id/state/FR) are https IRIs of the host
	// w3id.org whose path, if simple, check accepts, and the vocabulary
	// that shares their start (w3id.org/diplo/vocab) differs from them
	// in its sixteenth byte: none of the rules below refuses them.
	if len(s) > len(diploIDs) && isDiploID(s) && simple(s[len(diploIDs):]) {
		return nil
	}
	// Likewise an https IRI whose authority and path are simple (see
	// simpleAuthority) is an IRI with a host, and https is not a prefix:
	// only the vocabularies are left to check.
	if len(s) > len(webHTTPS) && s[:len(webHTTPS)] == webHTTPS && simpleAuthority(s[len(webHTTPS):]) {
		return vocabulary(s, len(webHTTPS)-3, s[len(webHTTPS):])
	}
	colon, web, err := check(s)
	if err != nil {
		return err
	}
	scheme, rest := s[:colon], s[colon+1:]
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
	if web {
		return vocabulary(s, len(scheme), strings.TrimPrefix(rest, "//"))
	}
	return nil
}

// vocabulary reports an http or https IRI s inside the namespace of a
// vocabulary, in any case; scheme is the length of its scheme and rest
// what follows "//".
func vocabulary(s string, scheme int, rest string) error {
	for _, v := range Vocabularies {
		// The last byte first: the namespaces share their starts
		// ("w3id.org/diplo/" with the IDs of states), seldom their ends.
		if n := len(v); len(rest) >= n && (n == 0 || foldsTo(rest[n-1], v[n-1])) && equalFoldASCII(rest[:n], v) {
			return fault(0, -1, fmt.Sprintf("an IRI of the vocabulary %s%s, which names a term, not a node", s[:scheme+3], v))
		}
	}
	return nil
}

// foldsTo reports whether the byte x folds to the ASCII byte y, as each
// byte must for equalFoldASCII.
func foldsTo(x, y byte) bool {
	l := x | 0x20
	return x == y || l == y|0x20 && 'a' <= l && l <= 'z'
}

// equalFoldASCII reports whether a and b, of the same length, b in ASCII,
// are equal under simple Unicode case folding, as strings.EqualFold would
// say: a string of as many bytes as b that folds to it has as many
// characters, so it is ASCII too, and equal to b but for the case of
// letters.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(b); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if l := x | 0x20; l != y|0x20 || l < 'a' || l > 'z' {
			return false
		}
	}
	return true
}

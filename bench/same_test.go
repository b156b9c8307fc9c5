package bench_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net/netip"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/check"
)

// The optimised checks and decoders of the model must behave exactly as
// the straightforward code they replace. The reference functions below are
// that code, kept here as oracles; TestSameBehaviour and
// FuzzSameBehaviour compare them with the library on the same input.

// refCheckIRI is the IRI rule as written from the ABNF of RFC 3987 with
// regular expressions, net/netip for IPv6 literals, and a range over the
// runes for the characters refused as spoofing.
func refCheckIRI(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) || unicode.In(r, unicode.White_Space, unicode.Cf, unicode.Bidi_Control,
			unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point) {
			return false
		}
	}
	re := iriRE
	if strings.HasPrefix(strings.ToLower(s), "http:") || strings.HasPrefix(strings.ToLower(s), "https:") {
		re = webRE
	}
	if colon := strings.IndexByte(s, ':'); colon < 0 || colon == len(s)-1 {
		return false // nothing after the scheme
	}
	m := re.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	if ip := m[1]; ip != "" {
		a, err := netip.ParseAddr(ip)
		return err == nil && a.Is6() && a.Zone() == ""
	}
	return true
}

// refCheckID is the ID rule: the IRI rule, and neither a prefix of the
// context as scheme nor a vocabulary's namespace.
func refCheckID(s string) bool {
	if !refCheckIRI(s) {
		return false
	}
	scheme, _, _ := strings.Cut(strings.ToLower(s), ":")
	switch scheme {
	case "schema", "diplo", "xsd", "edtf", "dcterms", "prov", "rdfs", "wikidata", "geonames", "iso3166", "unts", "gdelt":
		return false
	}
	for _, ns := range []string{"schema.org/", "w3id.org/diplo/vocab", "www.w3.org/2001/xmlschema#", "id.loc.gov/datatypes/edtf/",
		"purl.org/dc/terms/", "www.w3.org/ns/prov#", "www.w3.org/1999/02/22-rdf-syntax-ns#", "www.w3.org/2000/01/rdf-schema#"} {
		if strings.HasPrefix(strings.ToLower(s), "http://"+ns) || strings.HasPrefix(strings.ToLower(s), "https://"+ns) {
			return false
		}
	}
	return true
}

// iriRE and webRE are the IRI and the http(s) IRI (with a host) of RFC
// 3987, section 2.2, with "#" allowed in the fragment; the first group is
// the inside of an IPv6 literal.
var iriRE, webRE = func() (*regexp.Regexp, *regexp.Regexp) {
	uc := `\x{A0}-\x{D7FF}\x{F900}-\x{FDCF}\x{FDF0}-\x{FFEF}`
	for plane := 1; plane <= 14; plane++ {
		lo, hi := plane<<16, plane<<16|0xFFFD
		if plane == 14 {
			lo = 0xE1000
		}
		uc += fmt.Sprintf(`\x{%X}-\x{%X}`, lo, hi)
	}
	unreserved := `[A-Za-z0-9\-._~` + uc + `]`
	pct := `%[0-9A-Fa-f]{2}`
	sub := `[!$&'()*+,;=]`
	pchar := `(?:` + unreserved + `|` + pct + `|` + sub + `|[:@])`
	user := `(?:` + unreserved + `|` + pct + `|` + sub + `|:)*`
	ipLiteral := `\[(?:([0-9A-Fa-f:.]+)|[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+)\]`
	regName := `(?:` + unreserved + `|` + pct + `|` + sub + `)`
	port := `(?::[0-9]*)?`
	abempty := `(?:/` + pchar + `*)*`
	tail := `(?:\?(?:` + pchar + `|[/?\x{E000}-\x{F8FF}\x{F0000}-\x{FFFFD}\x{100000}-\x{10FFFD}])*)?(?:#(?:` + pchar + `|[/?#])*)?$`
	scheme := `^[A-Za-z][A-Za-z0-9+.\-]*:`
	hier := `(?://(?:` + user + `@)?(?:` + ipLiteral + `|` + regName + `*)` + port + abempty +
		`|/(?:` + pchar + `+` + abempty + `)?|` + pchar + `+` + abempty + `|)`
	iri := regexp.MustCompile(scheme + `(?:` + hier + `)` + tail)
	web := regexp.MustCompile(`^[Hh][Tt][Tt][Pp][Ss]?://(?:` + user + `@)?(?:` + ipLiteral + `|` + regName + `+)` + port + abempty + tail)
	return iri, web
}()

// refWebURL is the URL check of sources and URL identifiers as written
// with url.Parse; a URL identifier must also write its scheme in lower
// case.
func refWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && refCheckIRI(s)
}

// refCheckString is check.String (internal/check) as written with utf8.ValidString and a
// range over runes.
func refCheckString(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == '\t' || r == '\n' || r == '\r' {
			continue
		}
		if unicode.IsControl(r) {
			return false
		}
	}
	return true
}

// refStart is Date.Start as written with time.FixedZone.
func refStart(d diplo.Date) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := d.Month(), d.Day()
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	loc := time.UTC
	if off, ok := d.Zone(); ok && off != 0 {
		loc = time.FixedZone("", off)
	}
	h, mi, sec := d.Clock()
	return time.Date(d.Year(), m, day, h, mi, sec, 0, loc).UTC()
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// sameBehaviour checks every optimised function on s against its
// reference.
func sameBehaviour(t *testing.T, s string) {
	t.Helper()
	// Source URLs and URL identifiers.
	want := refWebURL(s)
	src := diplo.Source{ID: "urn:x:1", URL: s}
	var fe *diplo.FieldError
	err := src.Validate()
	gotURL := s == "" || !(errors.As(err, &fe) && fe.Path == "url")
	if s != "" && gotURL != want {
		t.Errorf("Source{URL: %q}.Validate() = %v; url.Parse says valid = %v", s, err, want)
	}
	if s != "" {
		id := diplo.Identifier{Scheme: diplo.URL, Value: s}
		want := want && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://"))
		if got := id.Validate() == nil; got != want {
			t.Errorf("URL identifier %q valid = %v, want %v", s, got, want)
		}
	}
	// IDs.
	if got, want := diplo.ID(s).Validate() == nil, s != "" && refCheckID(s); got != want {
		t.Errorf("ID(%q) valid = %v, want %v", s, got, want)
	}
	// Text.
	if got, want := check.String(s) == nil, refCheckString(s); got != want {
		t.Errorf("check.String(%q) = %v, want valid = %v", s, check.String(s), want)
	}
	// Dates: UnmarshalText agrees with ParseDate, and Start with the
	// fixed-zone computation.
	var d diplo.Date
	uerr := d.UnmarshalText([]byte(s))
	p, perr := diplo.ParseDate(s)
	if s == "" {
		perr, p = nil, diplo.Date{}
	}
	if errString(uerr) != errString(perr) || d != p {
		t.Errorf("Date.UnmarshalText(%q) = %v, %v; ParseDate = %v, %v", s, d, uerr, p, perr)
	}
	if perr == nil && !d.Start().Equal(refStart(d)) {
		t.Errorf("Date(%q).Start() = %v, want %v", s, d.Start(), refStart(d))
	}
	if perr == nil && d.String() != string(must(d.AppendText(nil))) {
		t.Errorf("Date(%q).String() = %q, AppendText %q", s, d.String(), must(d.AppendText(nil)))
	}
	// Countries.
	var c diplo.Country
	cerr := c.UnmarshalText([]byte(s))
	pc, pcerr := diplo.ParseCountry(s)
	if s == "" {
		pc, pcerr = "", nil
	}
	if errString(cerr) != errString(pcerr) || c != pc {
		t.Errorf("Country.UnmarshalText(%q) = %q, %v; ParseCountry = %q, %v", s, c, cerr, pc, pcerr)
	}
	// Vocabularies.
	var k event.Kind
	kerr := k.UnmarshalText([]byte(s))
	pk, pkerr := event.Kinds().Parse(s)
	if s == "" {
		pk, pkerr = "", nil
	}
	if errString(kerr) != errString(pkerr) || k != pk {
		t.Errorf("Kind.UnmarshalText(%q) = %q, %v; Parse = %q, %v", s, k, kerr, pk, pkerr)
	}
	// Identifiers write what String says, and a GeoNames id the slash
	// that makes it GeoNames' concept IRI.
	if id, err := diplo.ParseIdentifier(s); err == nil {
		want := id.String()
		if id.Scheme == diplo.GeoNames {
			want += "/"
		}
		if b, _ := id.MarshalText(); string(b) != want {
			t.Errorf("Identifier(%q).MarshalText() = %q, want %q", s, b, want)
		}
	}
}

func must(b []byte, _ error) []byte { return b }

// sameSeeds are inputs at the edges of each check.
var sameSeeds = []string{
	"", "http://example.org", "https://example.org/", "https://example.org:8080/a/b?c=d&e=f#g",
	"https://news.example.org/2025/06/22/article-1", "http://a", "http://a:", "http://:80/", "https://a:b:c/",
	"http://a.b/%zz", "http://a.b/%2F%2f", "http://a.b/?%zz", "http://a.b/#%zz", "http://a.b/#x#y",
	"HTTP://example.org/", "ftp://example.org/", "https://ex ample.org/", "https://example.org/é",
	"https://[::1]:80/", "https://[1.2.3.4]/", "https://user:pass@example.org/", "https://example.org/<x>",
	"https://example.org\\x", "https://example.org/\u2028", "http://example.org/\x7f", "https://-/", "https:///x",
	"https://exa_mple.org/", "https://example.org:99999999999/", "https://ex%41mple.org/", "http://a/b?c",
	"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", "urn:", ":x", "1a:b", "a+b.c-d:e", "urn:x\xff",
	"urn:x\uFFFD", "urn:x\u00a0y", "urn:x\u0085", "urn:x{y}",
	"texte", "ligne\nligne\ttab\rcr", "ctl\x01", "del\x7f", "c1\u0085", "\xff", "\uFFFD", "émoji 🙂",
	"2025", "2025-06", "2025-06-22", "2025-06-22T14:30", "2025-06-22T14:30:05Z", "2025-06-22T14:30+03:00",
	"2025-06-22T14:30-03:30", "2025-06-22T23:30+14:00", "2025-06-22T00:30-00:00", "2025-06-22T14:30+1a:00",
	"2025-06-22T14:30+03:0a", "2025-06-22T14:30+15:00", "2025-06-22T14:30+03-00", "-0044-03-15", "-0000",
	"2025-13", "2023-02-29", "2024-02-29", "2025~", "2025-06?", "2025%", "20255", "202", "2025-6",
	"ML", "ml", "MLI", "mli", "XK", "XX", "EU", "SU", "001", "M", "MALI",
	"summit", "official-visit", "Summit", "sumit",
	"wikidata:Q7747", "iso3166:ml", "iso3166:MLI", "geonames:524901", "unts:I-12345", "gdelt:1", "https://example.org/x",
}

func TestSameBehaviour(t *testing.T) {
	for _, s := range sameSeeds {
		sameBehaviour(t, s)
	}
	// Strings made of the characters that matter to the checks, in random
	// order, from a fixed seed.
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"h", "t", "p", "s", ":", "/", "/", "a", ".", "-", "0", "9", "%", "4", "F", "z", "?", "#", "@",
		"[", "]", " ", "\t", "\n", "\x01", "\x7f", "é", "\u2028", "\u0085", "\xff", "<", "\\", "_", "~", "T", "Z", "+", "2025", "-06", "-22"}
	for range 20000 {
		var b strings.Builder
		if r.IntN(2) == 0 {
			b.WriteString([]string{"http://", "https://", "urn:", "2025-06-22", ""}[r.IntN(5)])
		}
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		sameBehaviour(t, b.String())
	}
}

func FuzzSameBehaviour(f *testing.F) {
	for _, s := range sameSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameBehaviour(t, s) })
}

package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"go/build"
	"go/parser"
	"go/token"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// canonJSONLD returns the URDNA2015 canonical N-Quads that json-gold makes
// of a JSON-LD document.
func canonJSONLD(t testing.TB, doc []byte) string {
	t.Helper()
	d, err := ld.DocumentFromReader(bytes.NewReader(doc))
	require.NoError(t, err)
	o := ldOptions(t)
	o.Algorithm = ld.AlgorithmURDNA2015
	o.Format = "application/n-quads"
	out, err := ld.NewJsonLdProcessor().Normalize(d, o)
	require.NoError(t, err)
	return out.(string)
}

// canonNQuads returns the URDNA2015 canonical form of N-Quads text, read
// with parseNQuads.
func canonNQuads(t testing.TB, nq string) string {
	t.Helper()
	ds, err := parseNQuads(nq)
	require.NoError(t, err, "invalid N-Quads")
	return canonDataset(t, ds)
}

func canonDataset(t testing.TB, ds *ld.RDFDataset) string {
	t.Helper()
	o := ld.NewJsonLdOptions("")
	o.Format = "application/n-quads"
	out, err := ld.NewNormalisationAlgorithm(ld.AlgorithmURDNA2015).Main(ds, o)
	require.NoError(t, err)
	return out.(string)
}

// parseNQuads reads N-Quads text strictly by the grammar of RDF 1.1
// N-Quads, into a json-gold dataset without duplicates. json-gold's own
// reader (ld.ParseNQuads) misreads some literals, such as "@"@fr, so the
// tests parse with this one and cross-check with json-gold's on the
// fixtures (TestJSONGoldReadsNQuads).
func parseNQuads(text string) (*ld.RDFDataset, error) {
	ds := ld.NewRDFDataset()
	seen := map[string]map[ld.Quad]bool{}
	for n, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		p := &nqParser{s: line}
		subj := p.term(false)
		p.space()
		pred := p.term(false)
		p.space()
		obj := p.term(true)
		p.space()
		name := "@default"
		if p.err == nil && p.peek() != '.' {
			g := p.term(false)
			p.space()
			switch g := g.(type) {
			case ld.IRI:
				name = g.Value
			case ld.BlankNode:
				name = g.Attribute
			}
		}
		if p.err == nil && (p.peek() != '.' || strings.TrimSpace(p.s[p.i+1:]) != "") {
			p.err = errors.New("no final dot")
		}
		if _, ok := pred.(ld.IRI); p.err == nil && !ok {
			p.err = errors.New("predicate is not an IRI")
		}
		if _, ok := subj.(ld.Literal); p.err == nil && ok {
			p.err = errors.New("subject is a literal")
		}
		if p.err != nil {
			return nil, fmt.Errorf("line %d: %w: %q", n+1, p.err, line)
		}
		q := ld.NewQuad(subj, pred, obj, name)
		if seen[name] == nil {
			seen[name] = map[ld.Quad]bool{}
		}
		if !seen[name][*q] {
			seen[name][*q] = true
			ds.Graphs[name] = append(ds.Graphs[name], q)
		}
	}
	return ds, nil
}

type nqParser struct {
	s   string
	i   int
	err error
}

func (p *nqParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

func (p *nqParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func (p *nqParser) fail(msg string) ld.Node {
	if p.err == nil {
		p.err = fmt.Errorf("%s at column %d", msg, p.i+1)
	}
	return nil
}

func (p *nqParser) term(literal bool) ld.Node {
	if p.err != nil {
		return nil
	}
	switch {
	case p.peek() == '<':
		iri, ok := p.iri()
		if !ok {
			return p.fail("bad IRI")
		}
		return ld.NewIRI(iri)
	case strings.HasPrefix(p.s[p.i:], "_:"):
		j := p.i + 2
		for j < len(p.s) && p.s[j] != ' ' && p.s[j] != '\t' {
			j++
		}
		label := p.s[p.i:j]
		if len(label) == 2 {
			return p.fail("empty blank node label")
		}
		p.i = j
		return ld.NewBlankNode(label)
	case literal && p.peek() == '"':
		return p.literal()
	}
	return p.fail("no term")
}

// iri reads an IRIREF with no escapes (the writer needs none).
func (p *nqParser) iri() (string, bool) {
	j := p.i + 1
	for j < len(p.s) && p.s[j] != '>' {
		c := p.s[j]
		if c <= 0x20 || strings.IndexByte("<\"{}|^`\\", c) >= 0 {
			return "", false
		}
		j++
	}
	if j >= len(p.s) {
		return "", false
	}
	iri := p.s[p.i+1 : j]
	p.i = j + 1
	colon := strings.IndexByte(iri, ':')
	return iri, colon > 0 && utf8.ValidString(iri)
}

func (p *nqParser) literal() ld.Node {
	var b strings.Builder
	j := p.i + 1
	for {
		if j >= len(p.s) {
			return p.fail("unterminated literal")
		}
		c := p.s[j]
		if c == '"' {
			break
		}
		if c == '\n' || c == '\r' {
			return p.fail("raw line break in literal")
		}
		if c != '\\' {
			b.WriteByte(c)
			j++
			continue
		}
		if j+1 >= len(p.s) {
			return p.fail("bad escape")
		}
		switch e := p.s[j+1]; e {
		case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
			b.WriteByte(map[byte]byte{'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', '\'': '\'', '\\': '\\'}[e])
			j += 2
		case 'u', 'U':
			n := 4
			if e == 'U' {
				n = 8
			}
			if j+2+n > len(p.s) {
				return p.fail("bad escape")
			}
			r, err := strconv.ParseUint(p.s[j+2:j+2+n], 16, 32)
			if err != nil {
				return p.fail("bad escape")
			}
			b.WriteRune(rune(r))
			j += 2 + n
		default:
			return p.fail("bad escape")
		}
	}
	value := b.String()
	if !utf8.ValidString(value) {
		return p.fail("invalid UTF-8 in literal")
	}
	p.i = j + 1
	switch {
	case p.peek() == '@':
		k := p.i + 1
		for k < len(p.s) && (p.s[k] == '-' || 'a' <= p.s[k] && p.s[k] <= 'z' || 'A' <= p.s[k] && p.s[k] <= 'Z' || '0' <= p.s[k] && p.s[k] <= '9') {
			k++
		}
		tag := p.s[p.i+1 : k]
		if tag == "" || tag[0] == '-' || tag[len(tag)-1] == '-' || strings.Contains(tag, "--") || !isLetters(strings.Split(tag, "-")[0]) {
			return p.fail("bad language tag")
		}
		p.i = k
		return ld.NewLiteral(value, ld.RDFLangString, tag)
	case strings.HasPrefix(p.s[p.i:], "^^"):
		p.i += 2
		if p.peek() != '<' {
			return p.fail("bad datatype")
		}
		dt, ok := p.iri()
		if !ok {
			return p.fail("bad datatype")
		}
		return ld.NewLiteral(value, dt, "")
	}
	return ld.NewLiteral(value, ld.XSDString, "")
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !('a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
			return false
		}
	}
	return s != ""
}

// TestJSONGoldReadsNQuads cross-checks parseNQuads with json-gold's reader
// on the fixtures, whose literals json-gold reads right.
func TestJSONGoldReadsNQuads(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			var nq bytes.Buffer
			require.NoError(t, WriteNQuads(&nq, f.graph()))
			ds, err := ld.ParseNQuads(nq.String())
			require.NoError(t, err)
			got, want := canonDataset(t, ds), canonNQuads(t, nq.String())
			assert.True(t, got == want, "json-gold reads the N-Quads otherwise:\n%s", lineDiff(got, want))
		})
	}
}

// sameDataset checks that writeAnyNQuads(v) and json-gold's reading of
// marshalAny(v) (context inline and by reference) are the same dataset.
func sameDataset(t *testing.T, v any) {
	t.Helper()
	var nq bytes.Buffer
	require.NoError(t, writeAnyNQuads(&nq, v))
	assert.Equal(t, nq.String(), withoutJSONGoldURLs(nq.String()), "json-gold would drop IRIs of this document that JSON-LD keeps")
	got := canonNQuads(t, nq.String())
	assert.Equal(t, strings.Count(got, "\n"), strings.Count(nq.String(), "\n"), "lines WriteNodeNQuads wrote, against distinct quads")
	for _, opts := range []JSONLDOptions{{}, {InlineContext: true}} {
		doc, err := marshalAny(v, opts)
		require.NoError(t, err)
		want := canonJSONLD(t, doc)
		if !assert.NotEmpty(t, want, "json-gold reads no quads") ||
			!assert.True(t, got == want, "WriteNQuads and json-gold differ:\n%s", lineDiff(got, want)) {
			return
		}
	}
}

func lineDiff(got, want string) string {
	g := map[string]bool{}
	for _, l := range strings.Split(got, "\n") {
		g[l] = true
	}
	w := map[string]bool{}
	for _, l := range strings.Split(want, "\n") {
		w[l] = true
	}
	var b strings.Builder
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("only WriteNQuads: " + l + "\n")
		}
	}
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("only json-gold:   " + l + "\n")
		}
	}
	return b.String()
}

// withoutJSONGoldURLs drops the quads that json-gold drops beyond what
// JSON-LD 1.1 asks: json-gold discards every quad with an http(s) IRI that
// fails its own URL pattern (ld.IsURL: an empty host, a port with no
// digits, more than 2082 characters...), although such IRIs are absolute
// and well-formed. WriteNQuads keeps them, as other processors do.
func withoutJSONGoldURLs(nq string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(nq, "\n") {
		keep := true
		for rest := line; keep; {
			i := strings.Index(rest, "<http")
			if i < 0 {
				break
			}
			j := strings.IndexByte(rest[i:], '>')
			if j < 0 {
				break
			}
			iri := rest[i+1 : i+j]
			if (strings.HasPrefix(iri, "http://") || strings.HasPrefix(iri, "https://")) && !ld.IsURL(iri) {
				keep = false
			}
			rest = rest[i+j:]
		}
		if keep {
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestWriteNQuadsMatchesJSONGold checks WriteNQuads against json-gold on
// every fixture, every node of the fixtures on its own, and every golden
// document of the examples.
func TestWriteNQuadsMatchesJSONGold(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			g := f.graph()
			sameDataset(t, g)
			paths, nodes := nodesOf(g)
			for i, n := range nodes {
				t.Run(paths[i], func(t *testing.T) { sameDataset(t, n) })
			}
		})
	}
	for _, file := range goldenExamples(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			sameDataset(t, decodeDocument(t, data))
		})
	}
}

// TestWriteNQuadsInvalidButWritable compares with json-gold on values that
// Validate rejects but that have an RDF form: the writer does not validate.
func TestWriteNQuadsInvalidButWritable(t *testing.T) {
	tests := []struct {
		name string
		node any
	}{
		{"control characters", actor.Person{ID: "urn:x:1", Name: tx("fr", "bell \a del \x7f nul \x00 esc \x1b bs \b ff \f vt \v")}},
		{"invalid UTF-8", actor.Person{ID: "urn:x:1", Name: tx("fr", "a\xffb\xc3(c\xed\xa0\x80"), Nationality: []diplo.Country{"ZZ"}}},
		{"empty texts", actor.Person{ID: "urn:x:1", Name: tx("fr", "", "en", " ")}},
		{"empty topic and claim", event.Event{ID: "urn:x:1", Kind: event.Summit, Topics: []diplo.Topic{{}},
			Claims: []diplo.Claim{{}}, Characterisations: []event.Characterisation{{}}}},
		{"graph without nodes", &graph.Graph{}},
		{"iri without authority", actor.Person{ID: "urn:x", Sources: []diplo.ID{"mailto:a@example.org", "x:y"}}},
		{"schemes that are terms of the context", actor.Delegation{ID: "urn:d", Represents: "urn:s", Members: []diplo.ID{"name:n", "id:i", "type:t", "Person:p", "url:u", "kind:k"}}},
		{"identifiers of any scheme", actor.State{ID: "urn:x:1", Country: "ML", Identifiers: []diplo.Identifier{
			{Scheme: diplo.GDELT, Value: "1"}, {Scheme: diplo.UNTS, Value: "II-1"}, {Scheme: diplo.GeoNames, Value: "2"},
			{Scheme: "schema", Value: "x"}, {Scheme: "other", Value: "y"}, {Scheme: diplo.URL, Value: "https://example.org/%41"}}}},
		{"place of the wrong schemes", event.Event{ID: "urn:x:1", Kind: event.Visit, Place: diplo.Place{
			GeoNames: diplo.Identifier{Scheme: diplo.Wikidata, Value: "Q1"}, Wikidata: diplo.Identifier{Scheme: diplo.GeoNames, Value: "1"}}}},
		{"numbers", event.Event{ID: "urn:x:1", Kind: event.Visit, Place: diplo.Place{Coordinates: &diplo.Coordinates{Latitude: 1e300, Longitude: -5e-324}}}},
		{"negative zero", event.Event{ID: "urn:x:1", Kind: event.Visit, Place: diplo.Place{Coordinates: &diplo.Coordinates{Latitude: math.Copysign(0, -1), Longitude: 123456.789}}}},
		{"unusual tags", diplo.Source{ID: "urn:x:1", Title: tx("x-klingon", "a", "i-navajo", "b", "en-GB-oxendict", "c", "es-419", "d"), Language: language.MustParse("zh-Hans-CN")}},
		{"languages", accord.Accord{ID: "urn:x:1", Kind: accord.Treaty, Languages: []language.Tag{language.Und, language.MustParse("EN")}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { sameDataset(t, tc.node) })
	}
}

// TestWriteNQuadsRandom compares with json-gold on events of random
// texts, tags, dates and coordinates.
func TestWriteNQuadsRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	pieces := []string{"a", "é", "😀", "\"", "\\", "\n", "\r", "\t", "\x00", "\x1f", "\x7f", "\xff", "\xc3", "@", "^^", "<", ">", " ", "\u2028", "\uFEFF", "ß", "\U0010FFFF"}
	tags := []string{"fr", "en", "en-t-fr", "de-CH", "zh-Hant-TW", "sr-Latn", "ar", "ru", "es-419", "x-private"}
	str := func() string {
		var b strings.Builder
		for range r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	text := func() diplo.Text {
		t := diplo.Text{}
		for range r.IntN(4) {
			t[language.MustParse(tags[r.IntN(len(tags))])] = str()
		}
		return t
	}
	dates := []string{"2023", "-0044", "0000", "2023-06", "2023-06-22", "2023-06-22T10:30", "2023-06-22T10:30:05", "2023-06-22T10:30:05Z",
		"2023-06-22T10:30:05+14:00", "2023?", "2023-06~", "2023-06-22%", "9999-12-31T23:59:59-12:00"}
	date := func() diplo.Date {
		if r.IntN(4) == 0 {
			return diplo.Date{}
		}
		return diplo.MustParseDate(dates[r.IntN(len(dates))])
	}
	coord := func() float64 {
		for {
			f := math.Float64frombits(r.Uint64())
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return []float64{f, r.Float64()*180 - 90, float64(r.IntN(181)), -r.Float64() * 1e-9}[r.IntN(4)]
			}
		}
	}
	for i := range 150 {
		e := event.Event{ID: diplo.ID("urn:x:" + strconv.Itoa(i)), Kind: event.Kinds().Values()[r.IntN(len(event.Kinds().Values()))],
			Name: text(), Description: text(), Start: date(), End: date(),
			Place:  diplo.Place{Name: text(), Coordinates: &diplo.Coordinates{Latitude: coord(), Longitude: coord()}},
			Topics: []diplo.Topic{{Label: text()}},
			Claims: []diplo.Claim{{Property: str(), Value: text(), Attribution: diplo.Attribution{Note: text()}}}}
		t.Run(strconv.Itoa(i), func(t *testing.T) { sameDataset(t, e) })
	}
}

func TestWriteNQuadsErrors(t *testing.T) {
	tests := []struct {
		name string
		node any
		want error
		path string
	}{
		{"node without id", actor.Person{Name: tx("fr", "A")}, diplo.ErrSyntax, "id"},
		{"relative id", &graph.Graph{Persons: []actor.Person{{ID: "urn:x:1"}, {ID: "people/2"}}}, diplo.ErrSyntax, "persons[1].id"},
		{"blank node id", actor.Person{ID: "_:b0"}, diplo.ErrSyntax, "id"},
		{"space in id", actor.Person{ID: "urn:x: 1"}, diplo.ErrSyntax, "id"},
		{"bad escape", actor.Person{ID: "https://example.org/%zz"}, diplo.ErrSyntax, "id"},
		{"bad port", actor.Person{ID: "https://example.org:x/"}, diplo.ErrSyntax, "id"},
		{"bad escape after a prefix", actor.Person{ID: "schema:%zz"}, diplo.ErrSyntax, "id"},
		{"id without path", actor.Person{ID: "urn:"}, diplo.ErrSyntax, "id"},
		{"compact IRI as id", actor.Person{ID: "diplo:d"}, diplo.ErrSyntax, "id"},
		{"compact IRI as reference", actor.Delegation{ID: "urn:d", Represents: "schema:s"}, diplo.ErrSyntax, "represents"},
		{"prefix followed by slashes", actor.Person{ID: "schema://example.org/x"}, diplo.ErrSyntax, "id"},
		{"vocabulary term as id", actor.Person{ID: "http://schema.org/Person"}, diplo.ErrSyntax, "id"},
		{"unclosed IPv6 host", actor.Person{ID: "http://[::1"}, diplo.ErrSyntax, "id"},
		{"right-to-left override in a reference", actor.Person{ID: "urn:x:1", Sources: []diplo.ID{"urn:x:‮2"}}, diplo.ErrSyntax, "sources[0]"},
		{"zero-width space in an identifier", actor.Person{ID: "urn:x:1", Identifiers: []diplo.Identifier{{Scheme: diplo.URL, Value: "https://exa​mple.org/"}}}, diplo.ErrSyntax, "identifiers[0]"},
		{"source url with a malformed host", diplo.Source{ID: "urn:x:1", URL: "https://[x]/"}, diplo.ErrSyntax, "url"},
		{"invalid UTF-8 in id", actor.Person{ID: "urn:x:\xff"}, diplo.ErrSyntax, "id"},
		{"space after a non-ASCII letter", actor.Person{ID: "urn:x:é 1"}, diplo.ErrSyntax, "id"},
		{"invalid UTF-8 after a non-ASCII letter", actor.Person{ID: "urn:x:é\xff"}, diplo.ErrSyntax, "id"},
		{"angle bracket after a non-ASCII letter", actor.Person{ID: "schema:é>"}, diplo.ErrSyntax, "id"},
		{"bad reference", actor.Person{ID: "urn:x:1", Sources: []diplo.ID{"urn:x:2", "not an IRI"}}, diplo.ErrSyntax, "sources[1]"},
		{"empty required reference", actor.Office{ID: "urn:x:1"}, diplo.ErrSyntax, "of"},
		{"zero identifier", actor.Person{ID: "urn:x:1", Identifiers: []diplo.Identifier{{}}}, diplo.ErrSyntax, "identifiers[0]"},
		{"empty kind", event.Event{ID: "urn:x:1"}, diplo.ErrRequired, "kind"},
		{"unknown kind", event.Event{ID: "urn:x:1", Kind: "sumit"}, diplo.ErrUnknown, "kind"},
		{"unknown role", event.Event{ID: "urn:x:1", Kind: event.Visit, Participants: []event.Participant{{Actor: "urn:x:2", Role: "boss"}}}, diplo.ErrUnknown, "participants[0].role"},
		{"participant without actor", event.Event{ID: "urn:x:1", Kind: event.Visit, Participants: []event.Participant{{Role: event.Host}}}, diplo.ErrSyntax, "participants[0].actor"},
		{"unknown domain", accord.Accord{ID: "urn:x:1", Kind: accord.Treaty, Domains: []diplo.Topic{{Domain: "x"}}}, diplo.ErrUnknown, "domains[0].domain"},
		{"unknown capacity", accord.Accord{ID: "urn:x:1", Kind: accord.Treaty, Signatories: []accord.Signatory{{Person: "urn:x:2", Capacity: "boss"}}}, diplo.ErrUnknown, "signatories[0].capacity"},
		{"bad action source", accord.Accord{ID: "urn:x:1", Kind: accord.Treaty, Actions: []accord.Action{{Kind: accord.Signature}, {Kind: accord.Signature, Attribution: diplo.Attribution{Sources: []diplo.ID{"x"}}}}}, diplo.ErrSyntax, "actions[1].sources[0]"},
		{"bad claim attribution", actor.Organization{ID: "urn:x:1", Kind: actor.NGO, Claims: []diplo.Claim{{Attribution: diplo.Attribution{By: []diplo.ID{"x"}}}}}, diplo.ErrSyntax, "claims[0].by[0]"},
		{"empty state country", actor.State{ID: "urn:x:1"}, diplo.ErrCountry, "country"},
		{"lower-case country", actor.Person{ID: "urn:x:1", Nationality: []diplo.Country{"ML", "ml"}}, diplo.ErrCountry, "nationality[1]"},
		{"country code with a space", event.Event{ID: "urn:x:1", Kind: event.Visit, Place: diplo.Place{Country: "M L"}}, diplo.ErrCountry, "location.country"},
		{"NaN", event.Event{ID: "urn:x:1", Kind: event.Visit, Place: diplo.Place{Coordinates: &diplo.Coordinates{Latitude: math.NaN()}}}, diplo.ErrRange, "location.coordinates.latitude"},
		{"infinity", event.Event{ID: "urn:x:1", Kind: event.Visit, Place: diplo.Place{Coordinates: &diplo.Coordinates{Longitude: math.Inf(-1)}}}, diplo.ErrRange, "location.coordinates.longitude"},
		{"bad url", diplo.Source{ID: "urn:x:1", URL: "example.org"}, diplo.ErrSyntax, "url"},
		{"quantity without amount", event.Event{ID: "urn:x:1", Kind: event.Visit, Quantities: []diplo.Quantity{{Type: diplo.QuantitativeValue, Amount: "3", Unit: tx("fr", "accords")}, {Type: diplo.QuantitativeValue, Unit: tx("fr", "accords")}}}, diplo.ErrRequired, "quantities[1].amount"},
		{"quantity without type", event.Event{ID: "urn:x:1", Kind: event.Visit, Quantities: []diplo.Quantity{{Amount: "3", Unit: tx("fr", "accords")}}}, diplo.ErrRequired, "quantities[0].type"},
		{"claimed quantity without amount", actor.Organization{ID: "urn:x:1", Kind: actor.NGO, Claims: []diplo.Claim{{Property: "quantities", Quantity: diplo.Quantity{Type: diplo.MonetaryAmount, Currency: "RUB"}}}}, diplo.ErrRequired, "claims[0].quantity.amount"},
		{"in a graph", &graph.Graph{Accords: []accord.Accord{{ID: "urn:x:1", Kind: accord.Treaty}, {ID: "urn:x:2", Kind: accord.Treaty, Relations: []accord.Relation{{Kind: "undoes", Accord: "urn:x:1"}}}}}, diplo.ErrUnknown, "accords[1].relations[0].kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := writeAnyNQuads(io.Discard, tc.node)
			require.ErrorIs(t, err, tc.want)
			var fe *diplo.FieldError
			if assert.ErrorAs(t, err, &fe) {
				assert.Equal(t, tc.path, fe.Path, "path of %v", err)
			}
			assert.True(t, strings.HasPrefix(err.Error(), "schema: "), "message does not start with the package name: %v", err)
		})
	}
	// A value that is not a node does not compile; a nil node pointer is
	// refused.
	for _, n := range []graph.Node{nil, (*actor.Person)(nil), (*event.Event)(nil)} {
		assert.ErrorIs(t, WriteNodeNQuads(io.Discard, n), ErrNotNode, "WriteNodeNQuads(%T)", n)
	}
	assert.ErrorIs(t, WriteNQuads(io.Discard, nil), ErrNotNode, "WriteNQuads(nil)")
	assert.ErrorContains(t, WriteNQuads(failingWriter{}, richGraph()), "disk full", "write error")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteNQuadsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.NoError(t, WriteNQuads(&a, richGraph()))
	for range 20 {
		b.Reset()
		require.NoError(t, WriteNQuads(&b, richGraph()))
		require.Equal(t, a.String(), b.String(), "two writes of the same graph differ")
	}
	// The rich record: every line a quad of the default graph.
	lines := strings.Split(strings.TrimSuffix(a.String(), "\n"), "\n")
	// 408 quads, and 20 for the planned visit's two status changes
	// (5 and 9: one moves it to Bamako) and deadline (5) and the
	// ratification's effective date (1), and 37 for the visit's
	// administrative divisions (7), quantities (9), claim of a quantity
	// (7) and statement cited by its characterisation (1), and the
	// unpublished readout with its claim (13).
	assert.Len(t, lines, 465, "quads")
	for _, l := range lines {
		require.True(t, strings.HasSuffix(l, " .") && strings.Count(l, " ") >= 3, "not a triple line: %q", l)
	}
}

func TestCanonicalDouble(t *testing.T) {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.5, -0.001, 1e21, 1e-7, 123456.789, math.Pi,
		0.1 + 0.2, 55.75222, 37.61556, -90, 180, math.MaxFloat64, math.SmallestNonzeroFloat64, 1e100, 9007199254740993, 2.5e-300}
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		values = append(values, math.Float64frombits(r.Uint64()), r.NormFloat64()*1000, float64(r.IntN(1000000)))
	}
	for _, f := range values {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		assert.Equal(t, ld.GetCanonicalDouble(f), string(appendCanonicalDouble(nil, f)), "%v: ours against json-gold's", f)
	}
}

// TestEscapes checks that every character of a literal reads back.
func TestEscapes(t *testing.T) {
	var all []string
	for c := range 0x80 {
		all = append(all, string(rune(c)), "x"+string(rune(c))+"y")
	}
	all = append(all, "é", "😀", "\u2028", "\uFFFD", `\u0041`, `\"`, "line\nline", "", "@", "@fr", `"@`, "^^<x>", " . ")
	for _, s := range all {
		var b bytes.Buffer
		require.NoError(t, WriteNodeNQuads(&b, diplo.Source{ID: "urn:x:1", Title: tx("fr", s)}))
		ds, err := parseNQuads(b.String())
		require.NoError(t, err, "%q", s)
		var found int
		for _, q := range ds.Graphs["@default"] {
			if l, ok := q.Object.(ld.Literal); ok && l.Language == "fr" {
				found++
				assert.Equal(t, s, l.Value, "%q read back", s)
			}
		}
		assert.Equal(t, 1, found, "%q: literals", s)
	}
	// The reader is strict: it rejects what N-Quads does not allow.
	for _, bad := range []string{
		`<urn:x> <urn:p> "a` + "\n",
		`<urn:x> <urn:p> "a"@ .`,
		`<urn:x> <urn:p> "a\q" .`,
		`<urn:x> <urn:p> <a b> .`,
		`<urn:x> <urn:p> <rel> .`,
		`"s" <urn:p> <urn:o> .`,
		`<urn:x> _:p <urn:o> .`,
		`<urn:x> <urn:p> <urn:o>`,
		`<urn:x> <urn:p> "a"^^x .`,
	} {
		_, err := parseNQuads(bad)
		assert.Error(t, err, "parseNQuads accepted %q", bad)
	}
}

// TestNoNetwork checks that the package's library code imports no network
// package and no JSON-LD processor: JSON-LD and N-Quads are written from the
// Go values, and the context is embedded.
func TestNoNetwork(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(pkg.GoFiles), 4, "Go files")
	fset := token.NewFileSet()
	var mine int
	for _, name := range pkg.GoFiles {
		f, err := parser.ParseFile(fset, filepath.Join(pkg.Dir, name), nil, parser.ImportsOnly)
		require.NoError(t, err)
		switch name {
		case "context.go", "jsonld.go", "nquads.go", "doc.go":
			mine++
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			network := path == "net" || strings.HasPrefix(path, "net/http") || strings.HasPrefix(path, "net/rpc") ||
				strings.HasPrefix(path, "github.com/piprate/") || path == "os/exec"
			assert.False(t, network, "%s imports %s", name, path)
		}
	}
	assert.Equal(t, 4, mine, "JSON-LD files found among %v", pkg.GoFiles)
}

// benchGraph is the rich record repeated n times, each copy under other
// ids, so that the benchmarks measure a valid record of some size. The
// states are listed once: their ids are made from their codes
// (actor.StateID), and every copy refers to them.
func benchGraph(n int) *graph.Graph {
	plain, err := json.Marshal(richGraph())
	if err != nil {
		panic(err)
	}
	out := &graph.Graph{Title: richGraph().Title}
	for i := range n {
		var g graph.Graph
		copyIDs := bytes.ReplaceAll(plain, []byte(`"urn:uuid:`), []byte(`"urn:x-copy-`+strconv.Itoa(i)+`:`))
		if err := diplo.UnmarshalStrict(copyIDs, &g); err != nil {
			panic(err)
		}
		out.Persons = append(out.Persons, g.Persons...)
		if i == 0 {
			out.States = append(out.States, g.States...)
		}
		out.Organizations = append(out.Organizations, g.Organizations...)
		out.Offices = append(out.Offices, g.Offices...)
		out.Tenures = append(out.Tenures, g.Tenures...)
		out.Delegations = append(out.Delegations, g.Delegations...)
		out.Missions = append(out.Missions, g.Missions...)
		out.Events = append(out.Events, g.Events...)
		out.Statements = append(out.Statements, g.Statements...)
		out.Accords = append(out.Accords, g.Accords...)
		out.Resolutions = append(out.Resolutions, g.Resolutions...)
		out.Votes = append(out.Votes, g.Votes...)
		out.Sources = append(out.Sources, g.Sources...)
	}
	return out
}

func TestBenchGraphValid(t *testing.T) {
	g := benchGraph(3)
	require.NoError(t, g.Validate())
	rich := richGraph()
	assert.Equal(t, 3*rich.Len()-2*len(rich.States), g.Len(), "nodes")
}

func BenchmarkWriteNQuads(b *testing.B) {
	g := benchGraph(10)
	var buf bytes.Buffer
	if err := WriteNQuads(&buf, g); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteNQuads(io.Discard, g); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONGoldToRDF turns the same record into N-Quads with json-gold,
// from its JSON-LD parsed once outside the loop (ToRDF does not modify its
// input: the benchmark checks that two runs give the same dataset).
func BenchmarkJSONGoldToRDF(b *testing.B) {
	g := benchGraph(10)
	doc, err := marshalAny(g, JSONLDOptions{})
	if err != nil {
		b.Fatal(err)
	}
	d, err := ld.DocumentFromReader(bytes.NewReader(doc))
	if err != nil {
		b.Fatal(err)
	}
	o := ldOptions(b)
	o.Format = "application/n-quads"
	p := ld.NewJsonLdProcessor()
	first, err := p.ToRDF(d, o)
	if err != nil {
		b.Fatal(err)
	}
	if again, _ := p.ToRDF(d, o); canonNQuads(b, again.(string)) != canonNQuads(b, first.(string)) {
		b.Fatal("ToRDF changed its input")
	}
	var nq bytes.Buffer
	if err := WriteNQuads(&nq, g); err != nil {
		b.Fatal(err)
	}
	if strings.Count(first.(string), "\n") != strings.Count(nq.String(), "\n") {
		b.Fatalf("json-gold wrote %d quads, WriteNQuads %d", strings.Count(first.(string), "\n"), strings.Count(nq.String(), "\n"))
	}
	b.SetBytes(int64(nq.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.ToRDF(d, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalJSONLD(b *testing.B) {
	g := benchGraph(10)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := marshalAny(g, JSONLDOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalJSONLD(b *testing.B) {
	doc, err := marshalAny(benchGraph(10), JSONLDOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		var g graph.Graph
		if err := UnmarshalJSONLD(doc, &g); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzWriteNQuads decodes arbitrary diplo JSON into a graph and, when
// WriteNQuads accepts it, checks its output against json-gold's reading of
// MarshalJSONLD.
func FuzzWriteNQuads(f *testing.F) {
	for _, g := range smallGraphs() {
		b, err := json.Marshal(g)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"type":"Graph","id":"schema:x","title":{"fr":"a\"b\\c\u0007"},"events":[{"id":"diplo:e","type":"Event","kind":"summit","location":{"coordinates":{"latitude":-0,"longitude":1e-7}}}]}`))
	f.Add([]byte(`{"type":"Graph","persons":[{"id":"urn:a%41","type":"Person","identifiers":["iso3166:ML","https://x.org:1/"]}]}`))
	f.Add([]byte(`{"type":"Graph","events":[{"id":"urn:e","type":"Event","kind":"summit","status":"planned","statusHistory":[{"status":"planned","date":"2025-06","location":{"country":"XX"},"by":["urn:a"]}],"deadlines":[{"date":"2025-06-01T12:00Z","description":{"en":"leave"}}]}],"accords":[{"id":"urn:c","type":"Accord","kind":"treaty","title":{"en":"T"},"actions":[{"kind":"withdrawal","date":"2019","effectiveDate":"2020-11-04?"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var g graph.Graph
		if err := diplo.Unmarshal(data, &g); err != nil {
			return
		}
		var nq bytes.Buffer
		if err := WriteNQuads(&nq, &g); err != nil {
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "error without a path: %v", err)
			return
		}
		if g.Len() > 20 || nq.Len() > 1<<16 {
			return // canonicalisation cost grows fast; keep inputs small
		}
		doc, err := MarshalJSONLD(&g, JSONLDOptions{})
		require.NoError(t, err)
		got, want := canonNQuads(t, withoutJSONGoldURLs(nq.String())), canonJSONLD(t, doc)
		require.True(t, got == want, "WriteNQuads and json-gold differ:\n%s\ninput: %s", lineDiff(got, want), data)
	})
}

package diplo_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

func TestParseIdentifier(t *testing.T) {
	tests := []struct {
		in     string
		scheme diplo.Scheme
		value  string
		text   string // String(); "" means in
	}{
		{"wikidata:Q7747", diplo.Wikidata, "Q7747", ""},
		{"wikidata:Q1", diplo.Wikidata, "Q1", ""},
		{"wikidata:Q912", diplo.Wikidata, "Q912", ""},
		{"iso3166:ML", diplo.ISO3166, "ML", ""},
		{"iso3166:ml", diplo.ISO3166, "ML", "iso3166:ML"},
		{"iso3166:MLI", diplo.ISO3166, "ML", "iso3166:ML"},
		{"iso3166:rus", diplo.ISO3166, "RU", "iso3166:RU"},
		{"iso3166:XK", diplo.ISO3166, "XK", ""},
		{"iso3166:SU", diplo.ISO3166, "SU", ""},
		{"geonames:524901", diplo.GeoNames, "524901", ""},
		{"unts:I-54113", diplo.UNTS, "I-54113", ""},
		{"unts:II-1234", diplo.UNTS, "II-1234", ""},
		{"gdelt:1234567890", diplo.GDELT, "1234567890", ""},
		{"https://www.kremlin.ru/events/president/news/77200", diplo.URL, "https://www.kremlin.ru/events/president/news/77200", ""},
		{"http://example.org/a?b=c#d", diplo.URL, "http://example.org/a?b=c#d", ""},
		{"https://fr.wikipedia.org/wiki/Bamako_(ville)", diplo.URL, "https://fr.wikipedia.org/wiki/Bamako_(ville)", ""},
		{"https://example.org/événement", diplo.URL, "https://example.org/événement", ""},
		{"url:https://example.org/x", diplo.URL, "https://example.org/x", "https://example.org/x"},
		// The scheme of a URL is stored in lower case, its canonical form.
		{"HTTPS://example.org/X", diplo.URL, "https://example.org/X", "https://example.org/X"},
		{"Http://example.org", diplo.URL, "http://example.org", "http://example.org"},
		{"url:htTp://0", diplo.URL, "http://0", "http://0"},
		// United Nations document symbols.
		{"undoc:S/2022/155", diplo.UNDoc, "S/2022/155", ""},
		{"undoc:A/RES/ES-11/1", diplo.UNDoc, "A/RES/ES-11/1", ""},
		{"undoc:S/RES/2623(2022)", diplo.UNDoc, "S/RES/2623(2022)", ""},
		{"undoc:E/CN.4/2005/L.10/Add.1", diplo.UNDoc, "E/CN.4/2005/L.10/Add.1", ""},
		{"undoc:S/PV.8979", diplo.UNDoc, "S/PV.8979", ""},
		{"undoc:A/RES/377(V)", diplo.UNDoc, "A/RES/377(V)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			id, err := diplo.ParseIdentifier(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if id.Scheme != tc.scheme || id.Value != tc.value {
				t.Errorf("ParseIdentifier = %+v, want {%s %s}", id, tc.scheme, tc.value)
			}
			text := tc.text
			if text == "" {
				text = tc.in
			}
			if got := id.String(); got != text {
				t.Errorf("String() = %q, want %q", got, text)
			}
			if err := id.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
			if again := diplo.MustParseIdentifier(id.String()); again != id {
				t.Errorf("ParseIdentifier(String()) = %+v", again)
			}
			if n, err := diplo.NewIdentifier(tc.scheme, tc.value); err != nil || n != id {
				t.Errorf("NewIdentifier = %+v, %v", n, err)
			}
			b, _ := json.Marshal(id)
			var back diplo.Identifier
			if err := json.Unmarshal(b, &back); err != nil || back != id {
				t.Errorf("JSON round trip of %s = %+v, %v", b, back, err)
			}
			if id.IsZero() {
				t.Error("IsZero() = true")
			}
		})
	}
}

func TestParseIdentifierErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
		msg  string // whole message, when checked
	}{
		{"", diplo.ErrRequired, "required"},
		{"wikidata:Q-1", diplo.ErrSyntax, `syntax error: wikidata identifier "Q-1"`},
		{"wikidata:Q0", diplo.ErrSyntax, ""},
		{"wikidata:Q01", diplo.ErrSyntax, ""},
		{"wikidata:q7747", diplo.ErrSyntax, ""},
		{"wikidata:Q", diplo.ErrSyntax, ""},
		{"wikidata:7747", diplo.ErrSyntax, ""},
		{"wikidata:P31", diplo.ErrSyntax, ""},
		{"wikidata:Q7747 ", diplo.ErrSyntax, ""},
		{"wikidata:Q1234567890123456789", diplo.ErrSyntax, ""},
		{"wikidata:", diplo.ErrRequired, ""},
		{"iso3166:XX", diplo.ErrCountry, `unknown country code: iso3166 identifier "XX"`},
		{"iso3166:EU", diplo.ErrCountry, ""},
		{"iso3166:UN", diplo.ErrCountry, ""},
		{"iso3166:001", diplo.ErrCountry, ""},
		{"iso3166:M", diplo.ErrCountry, ""},
		{"iso3166:ML-BKO", diplo.ErrCountry, ""},
		{"geonames:0", diplo.ErrSyntax, ""},
		{"geonames:-5", diplo.ErrSyntax, ""},
		{"geonames:12a", diplo.ErrSyntax, ""},
		{"geonames:0524901", diplo.ErrSyntax, ""},
		{"unts:I-054113", diplo.ErrSyntax, ""},
		{"unts:III-5", diplo.ErrSyntax, ""},
		{"unts:54113", diplo.ErrSyntax, ""},
		{"unts:I-", diplo.ErrSyntax, ""},
		{"unts:i-54113", diplo.ErrSyntax, ""},
		{"gdelt:abc", diplo.ErrSyntax, ""},
		{"https://", diplo.ErrSyntax, ""},
		{"https://exa mple.org", diplo.ErrSyntax, ""},
		{"https://example.org/a<b", diplo.ErrSyntax, ""},
		{"url:ftp://example.org", diplo.ErrSyntax, ""},
		{"url:mailto:a@example.org", diplo.ErrSyntax, ""},
		{"url:example.org", diplo.ErrSyntax, ""},
		{"undoc:S", diplo.ErrSyntax, `syntax error: undoc identifier "S"`},
		{"undoc:s/2022/155", diplo.ErrSyntax, ""},
		{"undoc:S//155", diplo.ErrSyntax, ""},
		{"undoc:S/2022/", diplo.ErrSyntax, ""},
		{"undoc:/S/2022", diplo.ErrSyntax, ""},
		{"undoc:A/RES/ES--11/1", diplo.ErrSyntax, ""},
		{"undoc:A/RES/.1", diplo.ErrSyntax, ""},
		{"undoc:S/RES/2623 (2022)", diplo.ErrSyntax, ""},
		{"undoc:S/RES/2623()", diplo.ErrSyntax, ""},
		{"undoc:S/RES/(2022)", diplo.ErrSyntax, ""},
		{"undoc:S/RES/2623(2022", diplo.ErrSyntax, ""},
		{"undoc:S/RES_1/2", diplo.ErrSyntax, ""},
		{"foo:bar", diplo.ErrUnknown, `unknown value: identifier scheme "foo"`},
		{"Wikidata:Q1", diplo.ErrUnknown, ""},
		{"noscheme", diplo.ErrSyntax, `syntax error: identifier "noscheme"`},
		{":Q1", diplo.ErrRequired, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			id, err := diplo.ParseIdentifier(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("ParseIdentifier(%q) = %+v, %v; want %v", tc.in, id, err, tc.want)
			}
			if !id.IsZero() {
				t.Errorf("ParseIdentifier returned %+v with its error", id)
			}
			if tc.msg != "" && err.Error() != tc.msg {
				t.Errorf("message = %q, want %q", err, tc.msg)
			}
		})
	}
}

func TestIdentifierValidate(t *testing.T) {
	tests := []struct {
		name string
		id   diplo.Identifier
		want error
	}{
		{"canonical country", diplo.Identifier{Scheme: diplo.ISO3166, Value: "ML"}, nil},
		// A literal must hold the form NewIdentifier stores, so that one
		// country has one identifier and one IDFor.
		{"alpha-3 literal", diplo.Identifier{Scheme: diplo.ISO3166, Value: "MLI"}, diplo.ErrCountry},
		{"lower-case literal", diplo.Identifier{Scheme: diplo.ISO3166, Value: "ml"}, diplo.ErrCountry},
		{"zero", diplo.Identifier{}, diplo.ErrRequired},
		{"no value", diplo.Identifier{Scheme: diplo.Wikidata}, diplo.ErrRequired},
		{"no scheme", diplo.Identifier{Value: "Q1"}, diplo.ErrRequired},
		{"unknown scheme", diplo.Identifier{Scheme: "isni", Value: "0000000121032683"}, diplo.ErrUnknown},
		{"url", diplo.Identifier{Scheme: diplo.URL, Value: "https://treaties.un.org/"}, nil},
		{"url with an upper-case scheme", diplo.Identifier{Scheme: diplo.URL, Value: "HTTPS://treaties.un.org/"}, diplo.ErrSyntax},
		{"url with a mixed-case scheme", diplo.Identifier{Scheme: diplo.URL, Value: "htTp://0"}, diplo.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.id.Validate()
			if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Errorf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestNewIdentifier(t *testing.T) {
	id, err := diplo.NewIdentifier(diplo.ISO3166, "mli")
	if err != nil || id != (diplo.Identifier{Scheme: diplo.ISO3166, Value: "ML"}) {
		t.Errorf("NewIdentifier(iso3166, mli) = %+v, %v", id, err)
	}
	if _, err := diplo.NewIdentifier(diplo.ISO3166, "xx"); !errors.Is(err, diplo.ErrCountry) {
		t.Errorf("NewIdentifier(iso3166, xx) = %v, want ErrCountry", err)
	}
	if _, err := diplo.NewIdentifier(diplo.ISO3166, ""); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("NewIdentifier(iso3166, \"\") = %v, want ErrRequired", err)
	}
	func() {
		defer func() {
			if err, _ := recover().(error); !errors.Is(err, diplo.ErrSyntax) {
				t.Errorf("MustNewIdentifier panicked with %v, want ErrSyntax", err)
			}
		}()
		diplo.MustNewIdentifier(diplo.Wikidata, "Q0")
	}()
	func() {
		defer func() {
			if err, _ := recover().(error); !errors.Is(err, diplo.ErrUnknown) {
				t.Errorf("MustParseIdentifier panicked with %v, want ErrUnknown", err)
			}
		}()
		diplo.MustParseIdentifier("foo:bar")
	}()
}

func TestIdentifierZero(t *testing.T) {
	var z diplo.Identifier
	if !z.IsZero() || z.String() != "" {
		t.Errorf("zero Identifier: IsZero %v, String %q", z.IsZero(), z.String())
	}
	if b, _ := z.MarshalText(); len(b) != 0 {
		t.Errorf("zero Identifier text = %q", b)
	}
	id := diplo.MustParseIdentifier("wikidata:Q1")
	if err := id.UnmarshalText(nil); err != nil || !id.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %+v, %v; want the zero Identifier", id, err)
	}
	if err := id.UnmarshalText([]byte("wikidata:Q0")); !errors.Is(err, diplo.ErrSyntax) {
		t.Errorf("UnmarshalText(wikidata:Q0) = %v", err)
	}
}

func TestSchemes(t *testing.T) {
	want := []diplo.Scheme{diplo.Wikidata, diplo.ISO3166, diplo.GeoNames, diplo.UNTS, diplo.GDELT, diplo.URL, diplo.UNDoc}
	if len(diplo.Schemes()) != len(want) {
		t.Fatalf("Schemes = %v", diplo.Schemes())
	}
	for i, s := range want {
		if diplo.Schemes()[i] != s {
			t.Errorf("Schemes[%d] = %s, want %s", i, diplo.Schemes()[i], s)
		}
		// Every listed scheme is known to Validate.
		if err := (diplo.Identifier{Scheme: s, Value: "?"}).Validate(); errors.Is(err, diplo.ErrUnknown) {
			t.Errorf("scheme %s is unknown to Validate", s)
		}
	}
}

func TestNamespace(t *testing.T) {
	// uuid5(NAMESPACE_URL, "https://w3id.org/diplo/"), computed once with
	// an independent implementation (Python's uuid module).
	if got := diplo.Namespace().String(); got != "63321c18-583d-561f-bc9e-9ca74bec34ef" {
		t.Errorf("Namespace = %s", got)
	}
}

// TestNamespaceImmutable checks that editing the namespace a caller got
// changes neither the namespace nor the IDs that IDFor derives.
func TestNamespaceImmutable(t *testing.T) {
	id := diplo.MustParseIdentifier("wikidata:Q912")
	want := diplo.IDFor(id)
	ns := diplo.Namespace()
	ns[0] ^= 0xff
	if got := diplo.Namespace().String(); got != "63321c18-583d-561f-bc9e-9ca74bec34ef" {
		t.Errorf("Namespace after an edit = %s", got)
	}
	if got := diplo.IDFor(id); got != want {
		t.Errorf("IDFor after an edit of the namespace = %s, want %s", got, want)
	}
}

func TestIDFor(t *testing.T) {
	tests := []struct {
		id   string
		want diplo.ID
	}{
		// Pinned: uuid5(Namespace, "wikidata:Q7747") and so on, computed
		// once with Python's uuid module. A change here changes every
		// derived ID in every record.
		{"wikidata:Q7747", "urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a"},
		{"wikidata:Q159", "urn:uuid:5f61e80e-3750-5019-8763-27e31819ae17"},
		{"iso3166:ML", "urn:uuid:3c645f1e-cc69-5f4f-b831-1466d959744c"},
		{"iso3166:MLI", "urn:uuid:3c645f1e-cc69-5f4f-b831-1466d959744c"}, // same country, same ID
		{"iso3166:ml", "urn:uuid:3c645f1e-cc69-5f4f-b831-1466d959744c"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			ident := diplo.MustParseIdentifier(tc.id)
			got := diplo.IDFor(ident)
			if got != tc.want {
				t.Errorf("IDFor(%s) = %s, want %s", tc.id, got, tc.want)
			}
			if ident.ID() != got {
				t.Errorf("Identifier.ID() = %s, differs from IDFor", ident.ID())
			}
			if diplo.IDFor(diplo.MustParseIdentifier(tc.id)) != got {
				t.Error("IDFor is not deterministic")
			}
			u, err := uuid.Parse(strings.TrimPrefix(string(got), "urn:uuid:"))
			if err != nil || u.Version() != 5 {
				t.Errorf("IDFor gave %s, not a version 5 UUID (%v)", got, err)
			}
			if err := got.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
	putin := diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747"))
	russia := diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q159"))
	if putin == russia {
		t.Error("IDFor(Q7747) == IDFor(Q159)")
	}
	if diplo.IDFor(diplo.MustParseCountry("ML").Identifier()) != diplo.IDFor(diplo.MustParseIdentifier("iso3166:MLI")) {
		t.Error("a Country and its parsed alpha-3 identifier derive different IDs")
	}
}

func TestNewID(t *testing.T) {
	prev := diplo.ID("")
	seen := map[diplo.ID]bool{}
	for i := range 1000 {
		id := diplo.NewID()
		if !strings.HasPrefix(string(id), "urn:uuid:") {
			t.Fatalf("NewID() = %s", id)
		}
		u, err := uuid.Parse(strings.TrimPrefix(string(id), "urn:uuid:"))
		if err != nil || u.Version() != 7 || u.Variant() != uuid.RFC4122 {
			t.Fatalf("NewID() = %s: not an RFC 9562 version 7 UUID (%v)", id, err)
		}
		if p, err := diplo.ParseID(string(id)); err != nil || p != id {
			t.Fatalf("ParseID(NewID()) = %s, %v", p, err)
		}
		if seen[id] {
			t.Fatalf("NewID repeated %s", id)
		}
		seen[id] = true
		if i > 0 && string(id) <= string(prev) {
			t.Fatalf("NewID not time-ordered: %s after %s", id, prev)
		}
		prev = id
	}
}

func TestParseID(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21", nil},
		{"https://example.org/events/1", nil},
		{"https://example.org/événements/1", nil},
		{"urn:isbn:9780198765790", nil},
		{"tag:example.org,2025:summit", nil},
		{"x-custom+1.2:abc", nil},
		{"", diplo.ErrRequired},
		{"no-colon", diplo.ErrSyntax},
		{":x", diplo.ErrSyntax},
		{"1abc:x", diplo.ErrSyntax},
		{"a_b:x", diplo.ErrSyntax},
		{"urn:", diplo.ErrSyntax},
		{"https://a b", diplo.ErrSyntax},
		{"https://a\tb", diplo.ErrSyntax},
		{"urn:x<y", diplo.ErrSyntax},
		{"urn:x\"y", diplo.ErrSyntax},
		{"urn:x{y}", diplo.ErrSyntax},
		{"urn:x\x7f", diplo.ErrSyntax},
		{"urn:\xff", diplo.ErrSyntax},
		{"urn:x\u00a0y", diplo.ErrSyntax}, // no-break space
		{"urn:x\u2028y", diplo.ErrSyntax}, // line separator
		{"urn:x\u0085y", diplo.ErrSyntax}, // C1 control
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			id, err := diplo.ParseID(tc.in)
			if tc.want == nil {
				if err != nil || string(id) != tc.in || id.String() != tc.in || id.IsZero() {
					t.Fatalf("ParseID(%q) = %q, %v", tc.in, id, err)
				}
				if err := id.Validate(); err != nil {
					t.Errorf("Validate() = %v", err)
				}
				return
			}
			if !errors.Is(err, tc.want) || id != "" {
				t.Fatalf("ParseID(%q) = %q, %v; want %v", tc.in, id, err, tc.want)
			}
			if err := diplo.ID(tc.in).Validate(); !errors.Is(err, tc.want) {
				t.Errorf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestParseCountry(t *testing.T) {
	tests := []struct {
		in   string
		want diplo.Country
		err  error
	}{
		{"ML", "ML", nil},
		{"MLI", "ML", nil},
		{"ml", "ML", nil},
		{"mli", "ML", nil},
		{"Ru", "RU", nil},
		{"RUS", "RU", nil},
		{"GB", "GB", nil},
		{"AQ", "AQ", nil},
		{"XK", "XK", nil}, // Kosovo: user-assigned, in common use
		{"SU", "SU", nil}, // Soviet Union: former country, kept for history
		{"YU", "YU", nil},
		{"DD", "DD", nil},
		{"", "", diplo.ErrRequired},
		{"XX", "", diplo.ErrCountry}, // user-assigned
		{"AA", "", diplo.ErrCountry},
		{"QO", "", diplo.ErrCountry},
		{"ZZ", "", diplo.ErrCountry}, // unknown region
		{"EU", "", diplo.ErrCountry}, // grouping
		{"UN", "", diplo.ErrCountry},
		{"EZ", "", diplo.ErrCountry},
		{"UK", "", diplo.ErrCountry}, // reserved, not GB
		{"001", "", diplo.ErrCountry},
		{"150", "", diplo.ErrCountry},
		{"M", "", diplo.ErrCountry},
		{"MLIX", "", diplo.ErrCountry},
		{"M1", "", diplo.ErrCountry},
		{"é", "", diplo.ErrCountry},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, err := diplo.ParseCountry(tc.in)
			if c != tc.want || !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("ParseCountry(%q) = %q, %v; want %q, %v", tc.in, c, err, tc.want, tc.err)
			}
			if tc.err != nil {
				return
			}
			if c.String() != string(tc.want) {
				t.Errorf("String() = %q", c.String())
			}
			if err := c.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
			if c.Identifier() != (diplo.Identifier{Scheme: diplo.ISO3166, Value: string(tc.want)}) {
				t.Errorf("Identifier() = %+v", c.Identifier())
			}
			r, err := c.Region()
			if err != nil || r.String() != string(tc.want) {
				t.Errorf("Region() = %v, %v", r, err)
			}
			var u diplo.Country
			if err := u.UnmarshalText([]byte(tc.in)); err != nil || u != tc.want {
				t.Errorf("UnmarshalText(%q) = %q, %v", tc.in, u, err)
			}
		})
	}
}

func TestCountryISO3AndValidate(t *testing.T) {
	tests := []struct {
		c     diplo.Country
		iso3  string
		valid error
	}{
		{"ML", "MLI", nil},
		{"RU", "RUS", nil},
		{"XK", "XKK", nil},
		{"FQ", "ATF", nil}, // former code, sharing its alpha-3 with TF
		{"", "", diplo.ErrRequired},
		{"XX", "", diplo.ErrCountry},
		{"ml", "MLI", diplo.ErrCountry}, // parses, but a literal must be canonical
		{"MLI", "MLI", diplo.ErrCountry},
	}
	for _, tc := range tests {
		t.Run(string(tc.c), func(t *testing.T) {
			if got := tc.c.ISO3(); got != tc.iso3 {
				t.Errorf("ISO3() = %q, want %q", got, tc.iso3)
			}
			if err := tc.c.Validate(); !errors.Is(err, tc.valid) || (err == nil) != (tc.valid == nil) {
				t.Errorf("Validate() = %v, want %v", err, tc.valid)
			}
		})
	}
}

func TestCountryJSON(t *testing.T) {
	type rec struct {
		C diplo.Country `json:"c"`
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"c":"mli"}`), &r); err != nil || r.C != "ML" {
		t.Errorf("decode = %q, %v", r.C, err)
	}
	if err := json.Unmarshal([]byte(`{"c":""}`), &r); err != nil || r.C != "" {
		t.Errorf("decode of \"\" = %q, %v; want the zero Country", r.C, err)
	}
	if err := json.Unmarshal([]byte(`{"c":"EU"}`), &r); !errors.Is(err, diplo.ErrCountry) {
		t.Errorf("decode of EU = %v, want ErrCountry", err)
	}
	if b, _ := json.Marshal(rec{C: "ML"}); string(b) != `{"c":"ML"}` {
		t.Errorf("encode = %s", b)
	}
	func() {
		defer func() {
			if err, _ := recover().(error); !errors.Is(err, diplo.ErrCountry) {
				t.Errorf("MustParseCountry panicked with %v", err)
			}
		}()
		diplo.MustParseCountry("XX")
	}()
}

// Countries are checked with x/text's region data rather than a list of
// our own. Of the 676 two-letter codes, 279 parse: the 249 current ISO
// 3166-1 countries, XK, the exceptionally reserved AC, CP, DG and TA that
// CLDR treats as regions, and 25 transitionally reserved codes of former
// countries.
func TestCountryCount(t *testing.T) {
	extra := map[string]bool{}
	for _, c := range strings.Fields(`XK AC CP DG TA
		AN BU CS CT DD DY FQ FX HV JT MI NH NQ NT PC PU PZ RH SU TP VD WK YD YU ZR`) {
		extra[c] = true
	}
	n, former := 0, 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			c, err := diplo.ParseCountry(code)
			if err != nil {
				if !errors.Is(err, diplo.ErrCountry) {
					t.Errorf("ParseCountry(%s) = %v, want ErrCountry", code, err)
				}
				continue
			}
			if string(c) != code {
				t.Errorf("ParseCountry(%s) = %s", code, c)
			}
			n++
			if extra[code] {
				former++
			}
		}
	}
	if n != 279 || former != len(extra) {
		t.Errorf("%d codes parse, %d of them outside ISO 3166-1's current list; want 279 and %d", n, former, len(extra))
	}
}

// TestGeoNamesSlash checks the wire form of a GeoNames id: JSON (the text
// form) ends in a slash, as GeoNames' concept IRIs do, so that the JSON-LD
// context expands it to https://sws.geonames.org/524901/; decoding takes it
// with or without the slash; the Go value, String and IDFor have none and
// do not change.
func TestGeoNamesSlash(t *testing.T) {
	id := diplo.MustNewIdentifier(diplo.GeoNames, "524901")
	b, err := id.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "geonames:524901/", string(b))
	assert.Equal(t, "geonames:524901", id.String())
	for _, in := range []string{"geonames:524901/", "geonames:524901"} {
		got, err := diplo.ParseIdentifier(in)
		require.NoError(t, err, in)
		assert.Equal(t, id, got, in)
		assert.Equal(t, diplo.IDFor(id), diplo.IDFor(got), in)
		var u diplo.Identifier
		require.NoError(t, u.UnmarshalText([]byte(in)), in)
		assert.Equal(t, id, u, in)
	}
	assert.Equal(t, diplo.ID("urn:uuid:"+uuid.NewSHA1(diplo.Namespace(), []byte("geonames:524901")).String()), diplo.IDFor(id))
	for _, bad := range []string{"geonames:524901//", "geonames:/524901", "wikidata:Q7747/", "gdelt:1234567/"} {
		_, err := diplo.ParseIdentifier(bad)
		assert.ErrorIs(t, err, diplo.ErrSyntax, bad)
	}
	_, err = diplo.ParseIdentifier("geonames:/")
	assert.ErrorIs(t, err, diplo.ErrRequired, "geonames:/ has no value")
	p := diplo.Place{Name: diplo.MustNewText("fr", "Moscou"), GeoNames: id}
	out, err := diplo.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"geonames":"geonames:524901/"`)
	var back diplo.Place
	require.NoError(t, diplo.Unmarshal([]byte(`{"name":{"fr":"Moscou"},"geonames":"geonames:524901"}`), &back))
	assert.Equal(t, id, back.GeoNames)
	require.NoError(t, diplo.Unmarshal(out, &back))
	assert.Equal(t, id, back.GeoNames)
}

package diplo_test

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func moscow() diplo.Place {
	return diplo.Place{
		Name:        diplo.MustNewText("fr", "Moscou").WithTag(ru, "Москва"),
		Country:     "RU",
		GeoNames:    diplo.MustParseIdentifier("geonames:524901"),
		Wikidata:    diplo.MustParseIdentifier("wikidata:Q649"),
		Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556},
	}
}

// kherson is a place in Kherson oblast, whose ISO 3166-2 code is UA-65.
func kherson() diplo.Place {
	return diplo.Place{
		Name:    diplo.MustNewText("uk", "Херсон"),
		Country: "UA",
		Admin1:  diplo.AdminDivision{Name: diplo.MustNewText("uk", "Херсонська область"), Code: "UA-65"},
	}
}

func TestPlaceValidate(t *testing.T) {
	tests := []struct {
		name  string
		p     diplo.Place
		paths []string
		errs  []error
	}{
		{"full", moscow(), nil, nil},
		{"zero", diplo.Place{}, nil, nil},
		{"country only", diplo.Place{Country: "ML"}, nil, nil},
		{"name only", diplo.Place{Name: diplo.MustNewText("fr", "Bamako")}, nil, nil},
		{"identifier only", diplo.Place{GeoNames: diplo.MustParseIdentifier("geonames:2460596")}, nil, nil},
		{"poles and antimeridian", diplo.Place{Country: "AQ", Coordinates: &diplo.Coordinates{Latitude: -90, Longitude: 180}}, nil, nil},
		{"bad country", diplo.Place{Country: "XX"}, []string{"country"}, []error{diplo.ErrCountry}},
		{"alpha-3 country literal", diplo.Place{Country: "RUS"}, []string{"country"}, []error{diplo.ErrCountry}},
		{"geonames of another scheme", diplo.Place{Country: "RU", GeoNames: diplo.MustParseIdentifier("wikidata:Q649")},
			[]string{"geonames"}, []error{diplo.ErrSyntax}},
		{"wikidata of another scheme", diplo.Place{Country: "RU", Wikidata: diplo.MustParseIdentifier("geonames:524901")},
			[]string{"wikidata"}, []error{diplo.ErrSyntax}},
		{"bad wikidata value", diplo.Place{Country: "RU", Wikidata: diplo.Identifier{Scheme: diplo.Wikidata, Value: "Q0"}},
			[]string{"wikidata"}, []error{diplo.ErrSyntax}},
		{"latitude 91", diplo.Place{Country: "RU", Coordinates: &diplo.Coordinates{Latitude: 91, Longitude: 0}},
			[]string{"coordinates.latitude"}, []error{diplo.ErrRange}},
		{"longitude -181", diplo.Place{Country: "RU", Coordinates: &diplo.Coordinates{Latitude: 0, Longitude: -181}},
			[]string{"coordinates.longitude"}, []error{diplo.ErrRange}},
		{"NaN and infinity", diplo.Place{Country: "RU", Coordinates: &diplo.Coordinates{Latitude: math.NaN(), Longitude: math.Inf(1)}},
			[]string{"coordinates.latitude", "coordinates.longitude"}, []error{diplo.ErrRange, diplo.ErrRange}},
		{"coordinates alone do not name a place", diplo.Place{Coordinates: &diplo.Coordinates{Latitude: 1, Longitude: 2}},
			[]string{"name"}, []error{diplo.ErrRequired}},
		{"bad name", diplo.Place{Name: diplo.Text{fr: ""}}, []string{"name.fr"}, []error{diplo.ErrRequired}},
		// Administrative divisions: Kherson oblast of Ukraine, UA-65.
		{"admin1 with code", kherson(), nil, nil},
		{"admin1 without country", diplo.Place{Admin1: kherson().Admin1}, nil, nil},
		{"admin1 and admin2", func() diplo.Place {
			p := kherson()
			p.Admin2 = diplo.AdminDivision{Name: diplo.MustNewText("uk", "Херсонський район")}
			return p
		}(), nil, nil},
		{"admin1 code of another country", func() diplo.Place { p := kherson(); p.Country = "RU"; return p }(),
			[]string{"admin1.code"}, []error{diplo.ErrInconsistent}},
		{"admin2 code of another country", func() diplo.Place {
			p := kherson()
			p.Admin2 = diplo.AdminDivision{Code: "RU-MOW"}
			return p
		}(), []string{"admin2.code"}, []error{diplo.ErrInconsistent}},
		{"admin1 code of bad form", func() diplo.Place { p := kherson(); p.Admin1.Code = "UA-6500"; return p }(),
			[]string{"admin1.code"}, []error{diplo.ErrSyntax}},
		{"admin1 code in lower case", func() diplo.Place { p := kherson(); p.Admin1.Code = "ua-65"; return p }(),
			[]string{"admin1.code"}, []error{diplo.ErrSyntax}},
		{"admin1 code of no country", func() diplo.Place { p := kherson(); p.Country = ""; p.Admin1.Code = "XX-65"; return p }(),
			[]string{"admin1.code"}, []error{diplo.ErrCountry}},
		{"admin1 names nothing", func() diplo.Place {
			p := kherson()
			p.Admin2 = diplo.AdminDivision{Name: diplo.Text{}, Code: ""}
			p.Admin1.Name = diplo.Text{fr: " "}
			return p
		}(),
			[]string{"admin1.name.fr"}, []error{diplo.ErrRequired}},
		{"admin2 without admin1", func() diplo.Place {
			p := kherson()
			p.Admin2, p.Admin1 = p.Admin1, diplo.AdminDivision{}
			return p
		}(), []string{"admin1"}, []error{diplo.ErrRequired}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.p.Validate(), tc.paths, tc.errs)
		})
	}
	assert.True(t, (diplo.Place{}).IsZero(), "Place{}.IsZero()")
	assert.False(t, moscow().IsZero(), "moscow().IsZero()")
	assert.False(t, (diplo.Place{Coordinates: &diplo.Coordinates{}}).IsZero(), "IsZero() of a place with coordinates")
}

func TestCoordinatesValidate(t *testing.T) {
	tests := []struct {
		c     diplo.Coordinates
		paths []string
	}{
		{diplo.Coordinates{}, nil},
		{diplo.Coordinates{Latitude: 90, Longitude: -180}, nil},
		{diplo.Coordinates{Latitude: -90.0001, Longitude: 0}, []string{"latitude"}},
		{diplo.Coordinates{Latitude: 0, Longitude: 180.0001}, []string{"longitude"}},
		{diplo.Coordinates{Latitude: math.Inf(-1), Longitude: math.NaN()}, []string{"latitude", "longitude"}},
	}
	for _, tc := range tests {
		errs := make([]error, len(tc.paths))
		for i := range errs {
			errs[i] = diplo.ErrRange
		}
		checkFieldErrors(t, tc.c.Validate(), tc.paths, errs)
	}
}

func kremlinReadout() diplo.Source {
	return diplo.Source{
		ID:          diplo.ID("urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21"),
		URL:         "http://www.kremlin.ru/events/president/news/77200",
		Title:       diplo.MustNewText("ru", "Переговоры с Президентом Мали"),
		Publisher:   diplo.MustNewText("ru", "Президент России"),
		PublisherID: diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q218295")),
		Published:   diplo.MustParseDate("2025-06-23T14:30+03:00"),
		Language:    ru,
	}
}

func TestSourceValidate(t *testing.T) {
	withURL := func(u string) diplo.Source { s := kremlinReadout(); s.URL = u; return s }
	tests := []struct {
		name  string
		s     diplo.Source
		paths []string
		errs  []error
	}{
		{"full", kremlinReadout(), nil, nil},
		{"title without URL", diplo.Source{ID: "urn:x:1", Title: diplo.MustNewText("fr", "Communiqué")}, nil, nil},
		{"URL without title", diplo.Source{ID: "urn:x:1", URL: "https://example.org/a"}, nil, nil},
		{"no id", diplo.Source{URL: "https://example.org/a"}, []string{"id"}, []error{diplo.ErrRequired}},
		{"bad id", diplo.Source{ID: "not an iri", URL: "https://example.org/a"}, []string{"id"}, []error{diplo.ErrSyntax}},
		{"neither URL nor title", diplo.Source{ID: "urn:x:1"}, []string{"url"}, []error{diplo.ErrRequired}},
		{"ftp URL", withURL("ftp://example.org/a"), []string{"url"}, []error{diplo.ErrSyntax}},
		{"relative URL", withURL("/events/1"), []string{"url"}, []error{diplo.ErrSyntax}},
		{"upper-case scheme", withURL("HTTPS://example.org/a"), nil, nil},
		{"URL with a space", withURL("https://example.org/a b"), []string{"url"}, []error{diplo.ErrSyntax}},
		{"empty title entry", diplo.Source{ID: "urn:x:1", URL: "https://example.org/a", Title: diplo.Text{fr: ""}},
			[]string{"title.fr"}, []error{diplo.ErrRequired}},
		{"und publisher", diplo.Source{ID: "urn:x:1", URL: "https://example.org/a", Publisher: diplo.Text{language.Und: "x"}},
			[]string{"publisher.und"}, []error{diplo.ErrLanguage}},
		{"bad publisher id", diplo.Source{ID: "urn:x:1", URL: "https://example.org/a", PublisherID: "kremlin"},
			[]string{"publisherId"}, []error{diplo.ErrSyntax}},
		{"everything wrong", diplo.Source{ID: "x", Title: diplo.Text{fr: "\x00"}, PublisherID: "y"},
			[]string{"id", "publisherId", "title.fr"}, []error{diplo.ErrSyntax, diplo.ErrSyntax, diplo.ErrSyntax}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.s.Validate(), tc.paths, tc.errs)
		})
	}
}

func TestSourceJSON(t *testing.T) {
	b, err := json.Marshal(diplo.Source{ID: "urn:x:1", URL: "https://example.org/a"})
	require.NoError(t, err)
	// type is always written; empty optional fields are not.
	assert.Equal(t, `{"id":"urn:x:1","type":"Source","url":"https://example.org/a"}`, string(b), "Marshal")
	var s diplo.Source
	assert.NoError(t, diplo.UnmarshalStrict([]byte(`{"id":"urn:x:1","url":"https://example.org/a"}`), &s), "decoding without type")
	err = diplo.Unmarshal([]byte(`{"id":"urn:x:1","type":"Event"}`), &s)
	checkFieldErrors(t, err, []string{"type"}, []error{diplo.ErrUnknown})
	if err != nil {
		assert.Contains(t, err.Error(), `type: unknown value: node type (want Source) "Event"`)
	}
}

func TestAttributionValidate(t *testing.T) {
	a := diplo.ID("urn:x:a")
	b := diplo.ID("urn:x:b")
	tests := []struct {
		name  string
		at    diplo.Attribution
		paths []string
		errs  []error
	}{
		{"zero", diplo.Attribution{}, nil, nil},
		{"sources and by", diplo.Attribution{Sources: []diplo.ID{a, b}, By: []diplo.ID{a}, Note: diplo.MustNewText("fr", "selon le Kremlin")}, nil, nil},
		{"duplicate source", diplo.Attribution{Sources: []diplo.ID{a, b, a}}, []string{"sources[2]"}, []error{diplo.ErrDuplicate}},
		{"bad by", diplo.Attribution{By: []diplo.ID{a, "", "x"}}, []string{"by[1]", "by[2]"}, []error{diplo.ErrRequired, diplo.ErrSyntax}},
		{"bad note", diplo.Attribution{Sources: []diplo.ID{a}, Note: diplo.Text{language.Und: "x"}}, []string{"note.und"}, []error{diplo.ErrLanguage}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.at.Validate(), tc.paths, tc.errs)
		})
	}
	assert.True(t, (diplo.Attribution{}).IsZero(), "Attribution{}.IsZero()")
	assert.False(t, (diplo.Attribution{Note: diplo.MustNewText("fr", "x")}).IsZero(), "IsZero() of an attribution with a note")
}

func TestClaimValidate(t *testing.T) {
	src := diplo.ID("urn:x:src")
	valid := diplo.Claim{
		Property:    "kind",
		Value:       diplo.MustNewText("en", "framework-agreement"),
		Attribution: diplo.Attribution{Sources: []diplo.ID{src}},
	}
	mod := func(f func(*diplo.Claim)) diplo.Claim { c := valid; f(&c); return c }
	tests := []struct {
		name  string
		c     diplo.Claim
		paths []string
		errs  []error
	}{
		{"valid", valid, nil, nil},
		{"attributed to an actor only", mod(func(c *diplo.Claim) { c.Attribution = diplo.Attribution{By: []diplo.ID{src}} }), nil, nil},
		{"a note alone", mod(func(c *diplo.Claim) {
			c.Attribution = diplo.Attribution{Note: diplo.MustNewText("fr", "selon la presse")}
		}),
			[]string{"sources"}, []error{diplo.ErrRequired}},
		{"quantity for value", mod(func(c *diplo.Claim) {
			c.Property, c.Value = "quantities", nil
			c.Quantity = diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "23", Unit: diplo.MustNewText("en", "diplomats")}
		}), nil, nil},
		{"bad quantity", mod(func(c *diplo.Claim) {
			c.Quantity = diplo.Quantity{Type: diplo.MonetaryAmount, Amount: "1.5e9"}
		}), []string{"quantity.amount", "quantity.currency"}, []error{diplo.ErrSyntax, diplo.ErrRequired}},
		{"no property", mod(func(c *diplo.Claim) { c.Property = "" }), []string{"property"}, []error{diplo.ErrRequired}},
		{"control character in property", mod(func(c *diplo.Claim) { c.Property = "kind\x00" }), []string{"property"}, []error{diplo.ErrSyntax}},
		{"no value", mod(func(c *diplo.Claim) { c.Value = nil }), []string{"value"}, []error{diplo.ErrRequired}},
		{"bad value", mod(func(c *diplo.Claim) { c.Value = diplo.Text{en: " "} }), []string{"value.en"}, []error{diplo.ErrRequired}},
		{"unattributed", mod(func(c *diplo.Claim) { c.Attribution = diplo.Attribution{} }), []string{"sources"}, []error{diplo.ErrRequired}},
		{"bad source", mod(func(c *diplo.Claim) { c.Sources = []diplo.ID{"x"} }), []string{"sources[0]"}, []error{diplo.ErrSyntax}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.c.Validate(), tc.paths, tc.errs)
		})
	}
	// The attribution is inline in JSON.
	b, err := json.Marshal(valid)
	require.NoError(t, err)
	assert.Equal(t, `{"property":"kind","value":{"en":"framework-agreement"},"sources":["urn:x:src"]}`, string(b), "Marshal")
}

func TestTopicValidate(t *testing.T) {
	tests := []struct {
		name  string
		tp    diplo.Topic
		paths []string
		errs  []error
	}{
		{"domain", diplo.Topic{Domain: diplo.Geology}, nil, nil},
		{"label", diplo.Topic{Label: diplo.MustNewText("fr", "cartographie géologique")}, nil, nil},
		{"both", diplo.Topic{Domain: diplo.NuclearEnergy, Label: diplo.MustNewText("fr", "énergie nucléaire civile")}, nil, nil},
		{"neither", diplo.Topic{}, []string{"domain"}, []error{diplo.ErrRequired}},
		{"unknown domain", diplo.Topic{Domain: "foo"}, []string{"domain"}, []error{diplo.ErrUnknown}},
		{"bad label", diplo.Topic{Domain: diplo.Trade, Label: diplo.Text{fr: ""}}, []string{"label.fr"}, []error{diplo.ErrRequired}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.tp.Validate(), tc.paths, tc.errs)
		})
	}
}

func TestDomains(t *testing.T) {
	values := diplo.Domains().Values()
	require.Len(t, values, 37, "domains")
	assert.Equal(t, diplo.PoliticalRelations, values[0], "domains are not in declaration order")
	assert.Equal(t, diplo.TerritorialQuestions, values[len(values)-1], "domains are not in declaration order")
	for _, d := range values {
		assert.NoError(t, d.Validate(), "%s: Validate()", d)
		desc := d.Description()
		assert.NotEmpty(t, desc, "%s: description", d)
		assert.True(t, strings.HasSuffix(desc, "."), "%s: description %q", d, desc)
		var u diplo.Domain
		if assert.NoError(t, u.UnmarshalText([]byte(d)), "UnmarshalText(%s)", d) {
			assert.Equal(t, d, u, "UnmarshalText(%s)", d)
		}
		assert.Equal(t, strings.ToLower(string(d)), string(d), "%q is not a lower-case kebab-case term", d)
		assert.NotContains(t, string(d), " ", "%q is not a lower-case kebab-case term", d)
	}
	assert.ErrorIs(t, diplo.Domain("").Validate(), diplo.ErrRequired, "empty domain")
	err := diplo.Domain("foo").Validate()
	assert.ErrorIs(t, err, diplo.ErrUnknown, "Validate(foo)")
	assert.EqualError(t, err, `unknown value: domain "foo"`, "Validate(foo)")
	var u diplo.Domain = diplo.Trade
	assert.ErrorIs(t, u.UnmarshalText([]byte("Trade")), diplo.ErrUnknown, "UnmarshalText(Trade): values are case-sensitive")
	assert.Equal(t, diplo.Trade, u, "a failed UnmarshalText(Trade) changed the value")
	assert.Empty(t, diplo.Domain("foo").Description(), "unknown domain has a description")
}

// TestDomainsImmutable checks that a caller who edits the vocabulary
// Domains returned changes nothing the package relies on.
func TestDomainsImmutable(t *testing.T) {
	modeltest.CheckVocabularyImmutable(t, diplo.Domains)
}

type color string

// TestNewVocabularyCopiesTerms checks that a vocabulary keeps its own copy
// of the terms it was given, so that editing them afterwards changes
// nothing.
func TestNewVocabularyCopiesTerms(t *testing.T) {
	terms := []diplo.Term[color]{diplo.Define[color]("red", "The color red.")}
	v := diplo.NewVocabulary("color", terms...)
	terms[0] = diplo.Define[color]("blue", "The color blue.")
	if got := v.Values(); !slices.Equal(got, []color{"red"}) {
		t.Errorf("Values() after an edit of the terms given = %v", got)
	}
	if got := v.Description("red"); got != "The color red." {
		t.Errorf("Description(red) after an edit of the terms given = %q", got)
	}
}

func TestVocabulary(t *testing.T) {
	v := diplo.NewVocabulary("color",
		diplo.Define[color]("red", "The color red."),
		diplo.Define[color]("green", "The color green."),
	)
	assert.Equal(t, "color", v.Name())
	assert.True(t, v.Has("red"), `Has("red")`)
	assert.False(t, v.Has("blue"), `Has("blue")`)
	assert.False(t, v.Has(""), `Has("")`)
	assert.Equal(t, []color{"red", "green"}, v.Values())
	terms := v.Terms()
	require.Len(t, terms, 2, "Terms()")
	assert.Equal(t, diplo.Term[color]{Value: "green", Description: "The color green."}, terms[1], "Terms()")
	terms[0].Value = "changed"
	assert.Equal(t, color("red"), v.Values()[0], "Terms() exposes the vocabulary's storage")
	assert.Equal(t, "The color green.", v.Description("green"))
	assert.Empty(t, v.Description("blue"))
	tests := []struct {
		in   string
		want error
		msg  string
	}{
		{"red", nil, ""},
		{"blue", diplo.ErrUnknown, `unknown value: color "blue"`},
		{"Red", diplo.ErrUnknown, `unknown value: color "Red"`},
		{"", diplo.ErrUnknown, `unknown value: color ""`}, // Parse; Unmarshal gives the empty value
		{strings.Repeat("x", 100), diplo.ErrUnknown, `unknown value: color "` + strings.Repeat("x", 64) + `..."`},
	}
	for _, tc := range tests {
		got, err := v.Parse(tc.in)
		if tc.want == nil {
			if assert.NoError(t, err, "Parse(%q)", tc.in) {
				assert.Equal(t, tc.in, string(got), "Parse(%q)", tc.in)
			}
			continue
		}
		assert.ErrorIs(t, err, tc.want, "Parse(%q)", tc.in)
		assert.EqualError(t, err, tc.msg, "Parse(%q)", tc.in)
		assert.Empty(t, got, "Parse(%q)", tc.in)
		if tc.in == "" {
			continue
		}
		var x color = "green"
		assert.ErrorIs(t, v.Unmarshal(&x, []byte(tc.in)), tc.want, "Unmarshal(%q)", tc.in)
		assert.Equal(t, color("green"), x, "a failed Unmarshal(%q) changed the value", tc.in)
	}
	// The empty text, which the empty value marshals to, decodes to it.
	var empty color = "green"
	assert.NoError(t, v.Unmarshal(&empty, nil), "Unmarshal(\"\")")
	assert.Empty(t, empty, "Unmarshal(\"\")")
	assert.ErrorIs(t, v.Check(""), diplo.ErrRequired, "Check(\"\")")
	assert.NoError(t, v.Check("red"), "Check(red)")
	var x color
	if assert.NoError(t, v.Unmarshal(&x, []byte("green")), "Unmarshal(green)") {
		assert.Equal(t, color("green"), x, "Unmarshal(green)")
	}
}

func TestNewVocabularyPanics(t *testing.T) {
	for name, terms := range map[string][]diplo.Term[color]{
		"duplicate": {diplo.Define[color]("red", "a"), diplo.Define[color]("red", "b")},
		"empty":     {diplo.Define[color]("", "nothing")},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r, "NewVocabulary did not panic")
				msg, ok := r.(string)
				require.True(t, ok, "recover() = %#v, want a string", r)
				assert.True(t, strings.HasPrefix(msg, "diplo: "), "recover() = %q", msg)
			}()
			diplo.NewVocabulary("color", terms...)
		})
	}
}

type widgetType struct{}

func (widgetType) TypeName() string { return "Widget" }

func TestTypeName(t *testing.T) {
	var n diplo.TypeName[widgetType]
	assert.Equal(t, "Widget", n.String())
	mb, err := n.MarshalText()
	if assert.NoError(t, err, "MarshalText()") {
		assert.Equal(t, "Widget", string(mb), "MarshalText()")
	}
	tests := []struct {
		in   string
		want error
	}{
		{"Widget", nil},
		{"widget", diplo.ErrUnknown},
		{"Event", diplo.ErrUnknown},
		{"", diplo.ErrUnknown},
	}
	for _, tc := range tests {
		err := n.UnmarshalText([]byte(tc.in))
		if tc.want == nil {
			assert.NoError(t, err, "UnmarshalText(%q)", tc.in)
		} else {
			assert.ErrorIs(t, err, tc.want, "UnmarshalText(%q)", tc.in)
		}
	}
	type node struct {
		Type diplo.TypeName[widgetType] `json:"type"`
		Name string                     `json:"name"`
	}
	b, err := json.Marshal(node{Name: "w"})
	require.NoError(t, err)
	assert.Equal(t, `{"type":"Widget","name":"w"}`, string(b), "Marshal")
	var out node
	if assert.NoError(t, diplo.UnmarshalStrict(b, &out), "Unmarshal") {
		assert.Equal(t, "w", out.Name, "Unmarshal")
	}
	err = diplo.Unmarshal([]byte(`{"type":"Gadget"}`), &out)
	checkFieldErrors(t, err, []string{"type"}, []error{diplo.ErrUnknown})
	if err != nil {
		assert.EqualError(t, err, `type: unknown value: node type (want Widget) "Gadget"`)
	}
	assert.Equal(t, "Source", (diplo.SourceType{}).TypeName(), "SourceType.TypeName()")
}

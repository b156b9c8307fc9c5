package diplo_test

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func moscow() diplo.Place {
	return diplo.Place{
		Name:        diplo.NewText("fr", "Moscou").With(ru, "Москва"),
		Country:     "RU",
		GeoNames:    diplo.MustParseIdentifier("geonames:524901"),
		Wikidata:    diplo.MustParseIdentifier("wikidata:Q649"),
		Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556},
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
		{"name only", diplo.Place{Name: diplo.NewText("fr", "Bamako")}, nil, nil},
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
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.p.Validate(), tc.paths, tc.errs)
		})
	}
	if !(diplo.Place{}).IsZero() || moscow().IsZero() || (diplo.Place{Coordinates: &diplo.Coordinates{}}).IsZero() {
		t.Error("Place.IsZero is wrong")
	}
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
		Title:       diplo.NewText("ru", "Переговоры с Президентом Мали"),
		Publisher:   diplo.NewText("ru", "Президент России"),
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
		{"title without URL", diplo.Source{ID: "urn:x:1", Title: diplo.NewText("fr", "Communiqué")}, nil, nil},
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
	if err != nil {
		t.Fatal(err)
	}
	// type is always written; empty optional fields are not.
	if want := `{"id":"urn:x:1","type":"Source","url":"https://example.org/a"}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	var s diplo.Source
	if err := diplo.UnmarshalStrict([]byte(`{"id":"urn:x:1","url":"https://example.org/a"}`), &s); err != nil {
		t.Errorf("decoding without type: %v", err)
	}
	err = diplo.Unmarshal([]byte(`{"id":"urn:x:1","type":"Event"}`), &s)
	checkFieldErrors(t, err, []string{"type"}, []error{diplo.ErrUnknown})
	if err != nil && !strings.Contains(err.Error(), `type: unknown value: node type (want Source) "Event"`) {
		t.Errorf("message = %q", err)
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
		{"sources and by", diplo.Attribution{Sources: []diplo.ID{a, b}, By: []diplo.ID{a}, Note: diplo.NewText("fr", "selon le Kremlin")}, nil, nil},
		{"duplicate source", diplo.Attribution{Sources: []diplo.ID{a, b, a}}, []string{"sources[2]"}, []error{diplo.ErrDuplicate}},
		{"bad by", diplo.Attribution{By: []diplo.ID{a, "", "x"}}, []string{"by[1]", "by[2]"}, []error{diplo.ErrRequired, diplo.ErrSyntax}},
		{"bad note", diplo.Attribution{Sources: []diplo.ID{a}, Note: diplo.Text{language.Und: "x"}}, []string{"note.und"}, []error{diplo.ErrLanguage}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkFieldErrors(t, tc.at.Validate(), tc.paths, tc.errs)
		})
	}
	if !(diplo.Attribution{}).IsZero() || (diplo.Attribution{Note: diplo.NewText("fr", "x")}).IsZero() {
		t.Error("Attribution.IsZero is wrong")
	}
}

func TestClaimValidate(t *testing.T) {
	src := diplo.ID("urn:x:src")
	valid := diplo.Claim{
		Property:    "kind",
		Value:       diplo.NewText("en", "framework-agreement"),
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
	b, _ := json.Marshal(valid)
	if want := `{"property":"kind","value":{"en":"framework-agreement"},"sources":["urn:x:src"]}`; string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
}

func TestTopicValidate(t *testing.T) {
	tests := []struct {
		name  string
		tp    diplo.Topic
		paths []string
		errs  []error
	}{
		{"domain", diplo.Topic{Domain: diplo.Geology}, nil, nil},
		{"label", diplo.Topic{Label: diplo.NewText("fr", "cartographie géologique")}, nil, nil},
		{"both", diplo.Topic{Domain: diplo.NuclearEnergy, Label: diplo.NewText("fr", "énergie nucléaire civile")}, nil, nil},
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
	if len(values) != 37 {
		t.Errorf("%d domains, want 37", len(values))
	}
	if values[0] != diplo.PoliticalRelations || values[len(values)-1] != diplo.TerritorialQuestions {
		t.Errorf("domains are not in declaration order: %v ... %v", values[0], values[len(values)-1])
	}
	for _, d := range values {
		if err := d.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v", d, err)
		}
		if desc := d.Description(); desc == "" || !strings.HasSuffix(desc, ".") {
			t.Errorf("%s: description %q", d, desc)
		}
		var u diplo.Domain
		if err := u.UnmarshalText([]byte(d)); err != nil || u != d {
			t.Errorf("UnmarshalText(%s) = %s, %v", d, u, err)
		}
		if string(d) != strings.ToLower(string(d)) || strings.Contains(string(d), " ") {
			t.Errorf("%q is not a lower-case kebab-case term", d)
		}
	}
	if err := diplo.Domain("").Validate(); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("empty domain: %v", err)
	}
	err := diplo.Domain("foo").Validate()
	if !errors.Is(err, diplo.ErrUnknown) || err.Error() != `unknown value: domain "foo"` {
		t.Errorf("Validate(foo) = %v", err)
	}
	var u diplo.Domain = diplo.Trade
	if err := u.UnmarshalText([]byte("Trade")); !errors.Is(err, diplo.ErrUnknown) || u != diplo.Trade {
		t.Errorf("UnmarshalText(Trade) = %s, %v: values are case-sensitive", u, err)
	}
	if diplo.Domain("foo").Description() != "" {
		t.Error("unknown domain has a description")
	}
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
	if v.Name() != "color" {
		t.Errorf("Name() = %q", v.Name())
	}
	if !v.Has("red") || v.Has("blue") || v.Has("") {
		t.Error("Has is wrong")
	}
	if got := v.Values(); !slices.Equal(got, []color{"red", "green"}) {
		t.Errorf("Values() = %v", got)
	}
	terms := v.Terms()
	if len(terms) != 2 || terms[1] != (diplo.Term[color]{Value: "green", Description: "The color green."}) {
		t.Errorf("Terms() = %v", terms)
	}
	terms[0].Value = "changed"
	if v.Values()[0] != "red" {
		t.Error("Terms() exposes the vocabulary's storage")
	}
	if v.Description("green") != "The color green." || v.Description("blue") != "" {
		t.Error("Description is wrong")
	}
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
			if err != nil || string(got) != tc.in {
				t.Errorf("Parse(%q) = %q, %v", tc.in, got, err)
			}
			continue
		}
		if !errors.Is(err, tc.want) || err.Error() != tc.msg || got != "" {
			t.Errorf("Parse(%q) = %q, %v; want %s", tc.in, got, err, tc.msg)
		}
		if tc.in == "" {
			continue
		}
		var x color = "green"
		if err := v.Unmarshal(&x, []byte(tc.in)); !errors.Is(err, tc.want) || x != "green" {
			t.Errorf("Unmarshal(%q) = %v, left %q", tc.in, err, x)
		}
	}
	// The empty text, which the empty value marshals to, decodes to it.
	var empty color = "green"
	if err := v.Unmarshal(&empty, nil); err != nil || empty != "" {
		t.Errorf("Unmarshal(\"\") = %v, left %q", err, empty)
	}
	if err := v.Check(""); !errors.Is(err, diplo.ErrRequired) {
		t.Errorf("Check(\"\") = %v, want ErrRequired", err)
	}
	if err := v.Check("red"); err != nil {
		t.Errorf("Check(red) = %v", err)
	}
	var x color
	if err := v.Unmarshal(&x, []byte("green")); err != nil || x != "green" {
		t.Errorf("Unmarshal(green) = %q, %v", x, err)
	}
}

func TestNewVocabularyPanics(t *testing.T) {
	for name, terms := range map[string][]diplo.Term[color]{
		"duplicate": {diplo.Define[color]("red", "a"), diplo.Define[color]("red", "b")},
		"empty":     {diplo.Define[color]("", "nothing")},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r == nil || !strings.HasPrefix(r.(string), "diplo: ") {
					t.Errorf("recover() = %v", r)
				}
			}()
			diplo.NewVocabulary("color", terms...)
		})
	}
}

type widgetType struct{}

func (widgetType) TypeName() string { return "Widget" }

func TestTypeName(t *testing.T) {
	var n diplo.TypeName[widgetType]
	if n.String() != "Widget" {
		t.Errorf("String() = %q", n.String())
	}
	if b, err := n.MarshalText(); err != nil || string(b) != "Widget" {
		t.Errorf("MarshalText() = %q, %v", b, err)
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
		if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
			t.Errorf("UnmarshalText(%q) = %v, want %v", tc.in, err, tc.want)
		}
	}
	type node struct {
		Type diplo.TypeName[widgetType] `json:"type"`
		Name string                     `json:"name"`
	}
	b, _ := json.Marshal(node{Name: "w"})
	if string(b) != `{"type":"Widget","name":"w"}` {
		t.Errorf("Marshal = %s", b)
	}
	var out node
	if err := diplo.UnmarshalStrict(b, &out); err != nil || out.Name != "w" {
		t.Errorf("Unmarshal = %+v, %v", out, err)
	}
	err := diplo.Unmarshal([]byte(`{"type":"Gadget"}`), &out)
	checkFieldErrors(t, err, []string{"type"}, []error{diplo.ErrUnknown})
	if err != nil && err.Error() != `type: unknown value: node type (want Widget) "Gadget"` {
		t.Errorf("message = %q", err)
	}
	if got := (diplo.SourceType{}).TypeName(); got != "Source" {
		t.Errorf("SourceType.TypeName() = %q", got)
	}
}

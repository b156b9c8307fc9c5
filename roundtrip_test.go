package diplo_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

var update = flag.Bool("update", false, "rewrite golden files")

// values holds one value of every root type that appears in JSON, zero
// values included, in fields without omitempty so that their encoding is
// exercised too.
type values struct {
	Date          diplo.Date                   `json:"date"`
	DateZone      diplo.Date                   `json:"dateZone"`
	DateZero      diplo.Date                   `json:"dateZero"`
	Dates         map[diplo.Date]string        `json:"dates"`
	Interval      diplo.Interval               `json:"interval"`
	IntervalOpen  diplo.Interval               `json:"intervalOpen"`
	IntervalZero  diplo.Interval               `json:"intervalZero"`
	ID            diplo.ID                     `json:"id"`
	IDZero        diplo.ID                     `json:"idZero"`
	Identifier    diplo.Identifier             `json:"identifier"`
	IdentifierURL diplo.Identifier             `json:"identifierUrl"`
	IdentZero     diplo.Identifier             `json:"identifierZero"`
	Country       diplo.Country                `json:"country"`
	CountryZero   diplo.Country                `json:"countryZero"`
	Text          diplo.Text                   `json:"text"`
	Place         diplo.Place                  `json:"place"`
	PlaceZero     diplo.Place                  `json:"placeZero"`
	Coordinates   diplo.Coordinates            `json:"coordinates"`
	Source        diplo.Source                 `json:"source"`
	Attribution   diplo.Attribution            `json:"attribution"`
	Claim         diplo.Claim                  `json:"claim"`
	Topics        []diplo.Topic                `json:"topics"`
	Domain        diplo.Domain                 `json:"domain"`
	Type          diplo.TypeName[widgetType]   `json:"type"`
	Language      language.Tag                 `json:"language"`
	ByCountry     map[diplo.Country]diplo.Text `json:"byCountry"`
}

func sample() values {
	return values{
		Date:          diplo.MustParseDate("2023-07-27"),
		DateZone:      diplo.MustParseDate("2025-06-23T14:30:05+03:00~"),
		Dates:         map[diplo.Date]string{diplo.MustParseDate("2023"): "year", diplo.MustParseDate("-0044-03-15?"): "ides"},
		Interval:      diplo.Interval{Start: diplo.MustParseDate("2025-06-22"), End: diplo.MustParseDate("2025-06-26")},
		IntervalOpen:  diplo.Interval{Start: diplo.MustParseDate("2021-05-24"), OpenEnd: true},
		ID:            diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747")),
		Identifier:    diplo.MustParseIdentifier("unts:I-54113"),
		IdentifierURL: diplo.MustParseIdentifier("https://treaties.un.org/"),
		Country:       "ML",
		Text:          bamako(),
		Place:         moscow(),
		Coordinates:   diplo.Coordinates{Latitude: -12.5, Longitude: 179.999},
		Source:        kremlinReadout(),
		Attribution:   diplo.Attribution{Sources: []diplo.ID{"urn:x:1"}, By: []diplo.ID{"urn:x:2"}, Note: diplo.MustNewText("fr", "selon le Kremlin")},
		Claim: diplo.Claim{Property: "kind", Value: diplo.MustNewText("en", "framework-agreement"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{"urn:x:1"}}},
		Topics:    []diplo.Topic{{Domain: diplo.Geology}, {Label: diplo.MustNewText("fr", "cartographie")}},
		Domain:    diplo.NuclearEnergy,
		Language:  fr,
		ByCountry: map[diplo.Country]diplo.Text{"RU": diplo.MustNewText("ru", "Россия"), "ML": diplo.MustNewText("fr", "Mali")},
	}
}

func TestRoundTrip(t *testing.T) {
	in := sample()
	b, err := json.MarshalIndent(in, "", "  ")
	require.NoError(t, err)
	b = append(b, '\n')
	golden := filepath.Join("testdata", "values.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, b, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), string(b), "JSON differs from %s (run go test -update after checking the change)", golden)
	for _, strict := range []bool{false, true} {
		var out values
		require.NoError(t, (diplo.DecodeOptions{Strict: strict}).Unmarshal(want, &out), "strict=%v", strict)
		assert.Equal(t, in, out, "strict=%v: round trip differs", strict)
	}
}

// Each root type alone, as a top-level JSON value.
func TestRoundTripEach(t *testing.T) {
	s := sample()
	tests := []struct {
		name string
		v    any
		new  func() any
	}{
		{"Date", s.DateZone, func() any { return new(diplo.Date) }},
		{"Interval", s.IntervalOpen, func() any { return new(diplo.Interval) }},
		{"ID", s.ID, func() any { return new(diplo.ID) }},
		{"Identifier", s.Identifier, func() any { return new(diplo.Identifier) }},
		{"Country", s.Country, func() any { return new(diplo.Country) }},
		{"Text", s.Text, func() any { return new(diplo.Text) }},
		{"Place", s.Place, func() any { return new(diplo.Place) }},
		{"Coordinates", s.Coordinates, func() any { return new(diplo.Coordinates) }},
		{"Source", s.Source, func() any { return new(diplo.Source) }},
		{"Attribution", s.Attribution, func() any { return new(diplo.Attribution) }},
		{"Claim", s.Claim, func() any { return new(diplo.Claim) }},
		{"Topic", s.Topics[0], func() any { return new(diplo.Topic) }},
		{"Domain", s.Domain, func() any { return new(diplo.Domain) }},
		{"TypeName", s.Type, func() any { return new(diplo.TypeName[widgetType]) }},
		{"zero Date", diplo.Date{}, func() any { return new(diplo.Date) }},
		{"zero Identifier", diplo.Identifier{}, func() any { return new(diplo.Identifier) }},
		{"zero Interval", diplo.Interval{}, func() any { return new(diplo.Interval) }},
		{"zero Place", diplo.Place{}, func() any { return new(diplo.Place) }},
		{"zero Source", diplo.Source{}, func() any { return new(diplo.Source) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			out := tc.new()
			require.NoError(t, diplo.UnmarshalStrict(b, out), "decoding %s", b)
			got := reflect.ValueOf(out).Elem().Interface()
			assert.Equal(t, tc.v, got, "%s decodes to another value", b)
			b2, err := json.Marshal(got)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(b2), "re-encoding")
		})
	}
}

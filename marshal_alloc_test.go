//go:build !race

// The race detector makes sync.Pool drop a quarter of what is put in it,
// on purpose, so Marshal allocates its state under it: this file is built
// without it.

package diplo_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// TestMarshalAllocations checks that appending the JSON of diplo's
// typed values to a buffer with room for it allocates nothing: no text
// returned by MarshalText, no language tag formatted again. The one
// allocation left is the library's, not diplo's: for omitzero, encoding
// calls a value's IsZero method on a copy of the value, which a struct
// field of a type whose IsZero has a value receiver (Date, Identifier,
// Interval, Place, Attribution) allocates; model has seven of them.
func TestMarshalAllocations(t *testing.T) {
	buf := make([]byte, 0, 4096)
	text := diplo.Text{language.French: "a", language.English: "b", language.MustParse("en-t-fr"): "c"}
	type lists struct {
		Dates  []diplo.Date
		Idents []diplo.Identifier
		Texts  []diplo.Text
	}
	for name, v := range map[string]any{
		"text":       &text,
		"date":       new(diplo.MustParseDate("2025-06-23")),
		"identifier": new(diplo.MustParseIdentifier("wikidata:Q7747")),
		"lists": &lists{[]diplo.Date{diplo.MustParseDate("2025")}, []diplo.Identifier{diplo.MustParseIdentifier("iso3166:ML")},
			[]diplo.Text{text, nil}},
	} {
		if _, err := diplo.AppendJSON(buf, v); err != nil {
			t.Fatal(err)
		}
		if n := testing.AllocsPerRun(100, func() { _, _ = diplo.AppendJSON(buf, v) }); n != 0 {
			t.Errorf("%s: AppendJSON allocates %v times per call, want 0", name, n)
		}
	}

	v := model{
		Date:   diplo.MustParseDate("2025-06-23"),
		Ident:  diplo.MustParseIdentifier("wikidata:Q7747"),
		Idents: []diplo.Identifier{diplo.MustParseIdentifier("iso3166:ML")},
		Place:  diplo.Place{Name: diplo.NewText("fr", "Moscou"), GeoNames: diplo.MustParseIdentifier("geonames:524901")},
		Text:   diplo.Text{language.French: "a", language.English: "b", language.MustParse("en-t-fr"): "c"},
		Attr:   diplo.Attribution{Sources: []diplo.ID{"urn:x"}},
	}
	var err error
	if _, err = diplo.AppendJSON(buf, &v); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _, err = diplo.AppendJSON(buf, &v) }); n > 7 {
		t.Errorf("AppendJSON allocates %v times per call, want at most 7 (omitzero)", n)
	}
}

// TestMarshalIndentAllocations checks that MarshalIndent allocates its
// output once, at its exact size, and nothing else but the copies that
// omitzero makes of the place's two fields whose IsZero has a value
// receiver (see TestMarshalAllocations): the compact form is written in
// a pooled buffer.
func TestMarshalIndentAllocations(t *testing.T) {
	v := diplo.Place{Name: diplo.NewText("fr", "Moscou & <région>"), GeoNames: diplo.MustParseIdentifier("geonames:524901"),
		Coordinates: &diplo.Coordinates{Latitude: 55.75, Longitude: 37.62}}
	if _, err := diplo.MarshalIndent(&v, "", "  "); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = diplo.MarshalIndent(&v, "", "  ") }); n > 3 {
		t.Errorf("MarshalIndent allocates %v times per call, want at most 3", n)
	}
}

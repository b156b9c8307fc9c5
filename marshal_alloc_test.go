//go:build !race

// The race detector makes sync.Pool drop a quarter of what is put in it,
// on purpose, so Marshal allocates its state under it: this file is built
// without it.

package diplo_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// TestMarshalAllocations checks that appending the JSON of diplo's
// typed values to a buffer with room for it allocates nothing: no text
// returned by MarshalText, no copy of a value for omitzero, no language
// tag formatted again.
func TestMarshalAllocations(t *testing.T) {
	v := model{
		Date:   diplo.MustParseDate("2025-06-23"),
		Ident:  diplo.MustParseIdentifier("wikidata:Q7747"),
		Idents: []diplo.Identifier{diplo.MustParseIdentifier("iso3166:ML")},
		Place:  diplo.Place{Name: diplo.MustNewText("fr", "Moscou"), GeoNames: diplo.MustParseIdentifier("geonames:524901")},
		Text:   diplo.Text{language.French: "a", language.English: "b", language.MustParse("en-t-fr"): "c"},
		Attr:   diplo.Attribution{Sources: []diplo.ID{"urn:x"}},
	}
	buf := make([]byte, 0, 4096)
	var err error
	_, err = diplo.AppendJSON(buf, &v)
	require.NoError(t, err)
	n := testing.AllocsPerRun(100, func() { _, err = diplo.AppendJSON(buf, &v) })
	assert.Zero(t, n, "AppendJSON allocations per call")
}

// TestMarshalIndentAllocations checks that MarshalIndent allocates its
// output once, at its exact size, and nothing else: the compact form is
// written in the pooled buffer that Marshal uses.
func TestMarshalIndentAllocations(t *testing.T) {
	v := diplo.Place{Name: diplo.MustNewText("fr", "Moscou & <région>"), GeoNames: diplo.MustParseIdentifier("geonames:524901"),
		Coordinates: &diplo.Coordinates{Latitude: 55.75, Longitude: 37.62}}
	_, err := diplo.MarshalIndent(&v, "", "  ")
	require.NoError(t, err)
	n := testing.AllocsPerRun(100, func() { _, _ = diplo.MarshalIndent(&v, "", "  ") })
	assert.Equal(t, 1.0, n, "MarshalIndent allocations per call")
}

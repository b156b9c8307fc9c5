package gdelt_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// TestListsAreCopies edits what GeoTypes and Versions return, as a caller
// may, and checks that the lists are what they were.
func TestListsAreCopies(t *testing.T) {
	geo, versions := gdelt.GeoTypes(), gdelt.Versions()
	g := gdelt.GeoTypes()
	for i := range g {
		g[i] = -1
	}
	v := gdelt.Versions()
	for i := range v {
		v[i] = -1
	}
	assert.Equal(t, geo, gdelt.GeoTypes())
	assert.Equal(t, versions, gdelt.Versions())
	assert.NotContains(t, gdelt.GeoTypes(), gdelt.GeoType(-1))
	assert.NotContains(t, gdelt.Versions(), gdelt.Version(-1))
}

package diplo

import (
	"math"

	"github.com/diplo-go/diplo/internal/check"
)

// Place is where something happened: a name in one or more languages, the
// ISO 3166-1 country, the first- and second-level administrative divisions
// it lies in, and optionally a GeoNames id and coordinates. A place
// is a value inside the node that mentions it, not a node of its own; two
// records agree on a place through its GeoNames identifier.
type Place struct {
	// Type is always "Place" in JSON: JSON-LD reads it as schema:Place.
	Type TypeName[PlaceType] `json:"type"`
	// Name of the place ("Kremlin", "Moscou").
	Name Text `json:"name,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the country the place is in.
	Country Country `json:"country,omitempty"`
	// Admin1 is the first-level administrative division of the country
	// that the place lies in: a state, province, region or oblast.
	Admin1 AdminDivision `json:"admin1,omitzero"`
	// Admin2 is the second-level division, within Admin1: a county,
	// department or district. It is given only with Admin1.
	Admin2 AdminDivision `json:"admin2,omitzero"`
	// GeoNames is the GeoNames feature id, "geonames:524901/" in JSON
	// (https://sws.geonames.org/524901/ in JSON-LD); use an Identifier
	// with scheme GeoNames.
	GeoNames Identifier `json:"geonames,omitzero"`
	// Wikidata is the Wikidata item of the place ("wikidata:Q649").
	Wikidata Identifier `json:"wikidata,omitzero"`
	// Coordinates of the place, if known.
	Coordinates *Coordinates `json:"coordinates,omitempty"`
}

// PlaceType names the type of Place.
type PlaceType struct{}

// TypeName implements Named.
func (PlaceType) TypeName() string { return "Place" }

// IsZero reports whether nothing is known of the place.
func (p Place) IsZero() bool {
	return len(p.Name) == 0 && p.Country == "" && p.Admin1.IsZero() && p.Admin2.IsZero() &&
		p.GeoNames.IsZero() && p.Wikidata.IsZero() && p.Coordinates == nil
}

// Validate checks the name, the country code, the administrative
// divisions, the identifiers and the coordinates. A place must name
// itself or give a country, a division or an identifier. The ISO 3166-2
// code of a division is one of the place's country, and a second-level
// division is given only with the first.
func (p Place) Validate() error {
	var c check.Collector
	if p.IsZero() {
		return nil
	}
	c.Add("name", p.Name.Validate())
	if p.Country != "" {
		c.Add("country", p.Country.Validate())
	}
	p.checkDivision(&c, "admin1", p.Admin1)
	p.checkDivision(&c, "admin2", p.Admin2)
	// A second-level division lies within a first-level one.
	if !p.Admin2.IsZero() && p.Admin1.IsZero() {
		c.Add("admin1", ErrRequired)
	}
	if !p.GeoNames.IsZero() {
		c.Add("geonames", checkScheme(p.GeoNames, GeoNames))
	}
	if !p.Wikidata.IsZero() {
		c.Add("wikidata", checkScheme(p.Wikidata, Wikidata))
	}
	if p.Coordinates != nil {
		c.Add("coordinates", p.Coordinates.Validate())
	}
	if len(p.Name) == 0 && p.Country == "" && p.Admin1.IsZero() && p.GeoNames.IsZero() && p.Wikidata.IsZero() {
		c.Add("name", ErrRequired)
	}
	return c.Err()
}

// checkDivision checks the division d of the place at field: on its own,
// and that its ISO 3166-2 code is one of the place's country.
func (p Place) checkDivision(c *check.Collector, field string, d AdminDivision) {
	if d.IsZero() {
		return
	}
	c.Add(field, d.Validate())
	if d.Code != "" && d.Code.Validate() == nil && p.Country != "" && d.Code.Country() != p.Country {
		c.Add(field+".code", check.NewValueError("ISO 3166-2 code of country "+string(p.Country), string(d.Code), ErrInconsistent))
	}
}

// checkScheme validates id and checks that it is of scheme s.
func checkScheme(id Identifier, s Scheme) error {
	if id.Scheme != s {
		return check.NewValueError(string(s)+" identifier", id.String(), ErrSyntax)
	}
	return id.Validate()
}

// Coordinates are a WGS 84 latitude and longitude in decimal degrees.
//
// Both members are required in JSON, and the JSON Schema says so, but
// decoding, which is encoding/json's, gives 0 for a missing one, and 0 is
// a real latitude and longitude: Validate cannot tell them apart. Check
// coordinates from outside against the schema (diplo validate does).
type Coordinates struct {
	// Type is always "GeoCoordinates" in JSON: JSON-LD reads it as
	// schema:GeoCoordinates.
	Type      TypeName[CoordinatesType] `json:"type"`
	Latitude  float64                   `json:"latitude"`
	Longitude float64                   `json:"longitude"`
}

// CoordinatesType names the type of Coordinates: schema.org's
// GeoCoordinates.
type CoordinatesType struct{}

// TypeName implements Named.
func (CoordinatesType) TypeName() string { return "GeoCoordinates" }

// Validate checks that the latitude lies in [-90, 90] and the longitude in
// [-180, 180].
func (c Coordinates) Validate() error {
	var col check.Collector
	if math.IsNaN(c.Latitude) || c.Latitude < -90 || c.Latitude > 90 {
		col.Add("latitude", ErrRange)
	}
	if math.IsNaN(c.Longitude) || c.Longitude < -180 || c.Longitude > 180 {
		col.Add("longitude", ErrRange)
	}
	return col.Err()
}

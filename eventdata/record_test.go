package eventdata_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/eventdata"
)

func TestActorIsZero(t *testing.T) {
	tests := []struct {
		name  string
		actor eventdata.Actor
		want  bool
	}{
		{"zero", eventdata.Actor{}, true},
		{"empty slices", eventdata.Actor{Types: []string{}, Sectors: []string{}}, true},
		{"id", eventdata.Actor{ID: "urn:uuid:0b3c6f4e-8d65-4f7e-9a35-1c2a3e4f5a6b"}, false},
		{"name", eventdata.Actor{Name: "THE EU"}, false},
		{"code", eventdata.Actor{Code: "IGOEUREEC"}, false},
		{"country code", eventdata.Actor{CountryCode: "EUR"}, false},
		{"country", eventdata.Actor{Country: "ML"}, false},
		{"types", eventdata.Actor{Types: []string{"GOV"}}, false},
		{"sectors", eventdata.Actor{Sectors: []string{"Government"}}, false},
		{"empty type", eventdata.Actor{Types: []string{""}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.actor.IsZero(), "IsZero()")
		})
	}
}

func TestPLOVERIsZero(t *testing.T) {
	tests := []struct {
		name string
		p    eventdata.PLOVER
		want bool
	}{
		{"zero", eventdata.PLOVER{}, true},
		{"empty contexts", eventdata.PLOVER{Contexts: []string{}}, true},
		{"event", eventdata.PLOVER{Event: "CONSULT"}, false},
		{"mode", eventdata.PLOVER{Mode: "visit"}, false},
		{"contexts", eventdata.PLOVER{Contexts: []string{"diplomatic"}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.p.IsZero(), "IsZero()")
		})
	}
}

func TestLocationIsZero(t *testing.T) {
	tests := []struct {
		name string
		loc  eventdata.Location
		want bool
	}{
		{"zero", eventdata.Location{}, true},
		{"name", eventdata.Location{Name: "Moscow, Moskva, Russia"}, false},
		{"country", eventdata.Location{Country: "RU"}, false},
		{"country code", eventdata.Location{CountryCode: "RS"}, false},
		{"geo type", eventdata.Location{GeoType: 4}, false},
		{"feature id", eventdata.Location{FeatureID: "-2960561"}, false},
		{"latitude", eventdata.Location{Lat: 55.75}, false},
		{"longitude", eventdata.Location{Lon: 37.62}, false},
		// Coordinates at 0°, 0° are a place when HasCoords says so.
		{"null island", eventdata.Location{HasCoords: true}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.loc.IsZero(), "IsZero()")
		})
	}
}

package eventdata

import "time"

// Record is one coded dyad as event datasets store it: on a date, a source
// actor did something, coded with CAMEO and PLOVER, to a target actor.
//
// Record is the common row that every reader in the eventdata packages
// produces (GDELT, ICEWS, PLOVER) and every writer consumes. Fields that a
// dataset does not carry are left at their zero value.
type Record struct {
	// Dataset names where the record comes from or goes: one of the
	// Dataset constants.
	Dataset Dataset `json:"dataset,omitempty"`
	// ID is the dataset's own identifier (GDELT GLOBALEVENTID, ICEWS Event
	// ID, PLOVER id), or a diplo node IRI for projected records.
	ID string `json:"id,omitempty"`
	// Date is the day the event took place, at midnight UTC.
	Date time.Time `json:"date"`
	// Source is the actor that acts.
	Source Actor `json:"source"`
	// Target is the actor acted upon; it may be empty.
	Target Actor `json:"target"`
	// CAMEO is the CAMEO event code with its leading zeros ("042").
	CAMEO string `json:"cameo,omitempty"`
	// BaseCode is the three-digit CAMEO base code ("042" for "0421").
	BaseCode string `json:"baseCode,omitempty"`
	// RootCode is the two-digit CAMEO root code ("04").
	RootCode string `json:"rootCode,omitempty"`
	// QuadClass is the CAMEO quad class, 1 to 4; 0 when unknown.
	QuadClass int `json:"quadClass,omitempty"`
	// Goldstein is the Goldstein scale score of the CAMEO code, -10 to 10.
	Goldstein float64 `json:"goldstein"`
	// Intensity is the dataset's own intensity score where it has one
	// (ICEWS); nil when absent.
	Intensity *float64 `json:"intensity,omitempty"`
	// PLOVER holds the PLOVER coding of the event.
	PLOVER PLOVER `json:"plover,omitzero"`
	// Location is where the event took place.
	Location Location `json:"location,omitzero"`
	// SourceURL is the address of the report the record was coded from.
	SourceURL string `json:"sourceURL,omitempty"`
	// Text is a short text of the event: a sentence, headline or ICEWS
	// event text.
	Text string `json:"text,omitempty"`
}

// Dataset names a family of event datasets.
type Dataset string

// The datasets the eventdata packages read or write.
const (
	GDELT1     Dataset = "gdelt1" // GDELT 1.0 event files (57 or 58 columns)
	GDELT2     Dataset = "gdelt2" // GDELT 2.0 event export files (61 columns)
	ICEWS      Dataset = "icews"  // ICEWS coded event data (tab-separated)
	PLOVERData Dataset = "plover" // PLOVER JSON records (POLECAT)
	Diplo      Dataset = "diplo"  // projected from a diplo graph
)

// Actor is one side of a dyad.
type Actor struct {
	// ID is a diplo node IRI when the actor comes from a diplo graph.
	ID string `json:"id,omitempty"`
	// Name is the actor's name as the dataset gives it.
	Name string `json:"name,omitempty"`
	// Code is the full CAMEO actor code where the dataset has one
	// ("MLIGOV").
	Code string `json:"code,omitempty"`
	// CountryCode is the dataset's country code as given (CAMEO alpha-3,
	// or a country name in ICEWS).
	CountryCode string `json:"countryCode,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code, when the dataset's country
	// resolves to one.
	Country string `json:"country,omitempty"`
	// Types are CAMEO actor type codes ("GOV", "MIL").
	Types []string `json:"types,omitempty"`
	// Sectors are free-text sectors where the dataset has them (ICEWS).
	Sectors []string `json:"sectors,omitempty"`
}

// IsZero reports whether the actor carries nothing.
func (a Actor) IsZero() bool {
	return a.ID == "" && a.Name == "" && a.Code == "" && a.CountryCode == "" &&
		a.Country == "" && len(a.Types) == 0 && len(a.Sectors) == 0
}

// PLOVER is the PLOVER coding of an event: its type, mode and contexts.
type PLOVER struct {
	Event    string   `json:"event,omitempty"`
	Mode     string   `json:"mode,omitempty"`
	Contexts []string `json:"contexts,omitempty"`
}

// IsZero reports whether no PLOVER coding is set.
func (p PLOVER) IsZero() bool { return p.Event == "" && p.Mode == "" && len(p.Contexts) == 0 }

// Location is a place as event datasets give it.
type Location struct {
	// Name is the full place name ("Moscow, Moskva, Russia").
	Name string `json:"name,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code where resolved.
	Country string `json:"country,omitempty"`
	// CountryCode is the dataset's own country code (FIPS 10-4 in GDELT).
	CountryCode string `json:"countryCode,omitempty"`
	// GeoType is the GDELT geographic resolution (1 country ... 5 world
	// state); 0 when unknown.
	GeoType int `json:"geoType,omitempty"`
	// FeatureID is the GNS or GNIS feature id GDELT gives.
	FeatureID string `json:"featureID,omitempty"`
	// Lat and Lon are WGS84 coordinates; HasCoords says whether they are set.
	Lat       float64 `json:"lat,omitempty"`
	Lon       float64 `json:"lon,omitempty"`
	HasCoords bool    `json:"hasCoords,omitempty"`
}

// IsZero reports whether the location carries nothing.
func (l Location) IsZero() bool { return l == Location{} }

package gdelt

import (
	"slices"
	"time"
)

// Event is one row of a GDELT event file, every column typed.
//
// Codes stay strings with their leading zeros ("040", "0311"). String
// fields are empty where GDELT leaves the column empty. A numeric column
// that is empty in the row reads as zero with its column in Empty, and is
// written back empty; coordinates use Geo.HasCoords instead, dates the zero
// time.Time.
type Event struct {
	// Version is the shape of the row the event was read from. Writer
	// always writes GDELT 2.0 rows, whatever Version says.
	Version Version
	// GlobalEventID is GLOBALEVENTID, the event's identifier.
	GlobalEventID int64
	// Day is SQLDATE, the day the event took place, at midnight UTC; the
	// zero time when the column is empty.
	Day time.Time
	// MonthYear is the event's month as YYYYMM.
	MonthYear int
	// Year is the event's year.
	Year int
	// FractionDate is the event's date as GDELT's YYYY.FFFF: the year
	// plus ((month-1)*30 + day)/365, rounded to four decimals.
	FractionDate float64
	// Actor1 is the actor that acts (Actor1* columns).
	Actor1 Actor
	// Actor2 is the actor acted upon (Actor2* columns).
	Actor2 Actor
	// IsRootEvent says whether the event was found in the lead paragraph
	// of its document (IsRootEvent 1).
	IsRootEvent bool
	// EventCode is the full CAMEO event code ("0311").
	EventCode string
	// EventBaseCode is the CAMEO base code, level two ("031").
	EventBaseCode string
	// EventRootCode is the CAMEO root code, level one ("03").
	EventRootCode string
	// QuadClass is the CAMEO quad class: 1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict.
	QuadClass int
	// GoldsteinScale is the Goldstein score of EventCode, -10 to 10.
	GoldsteinScale float64
	// NumMentions counts the mentions of the event in the update that first
	// saw it.
	NumMentions int
	// NumSources counts the sources that mention it.
	NumSources int
	// NumArticles counts the documents that mention it.
	NumArticles int
	// AvgTone is the average tone of those documents, -100 to 100.
	AvgTone float64
	// Actor1Geo is where Actor1 was placed (Actor1Geo_* columns).
	Actor1Geo Geo
	// Actor2Geo is where Actor2 was placed (Actor2Geo_* columns).
	Actor2Geo Geo
	// ActionGeo is where the action took place (ActionGeo_* columns).
	ActionGeo Geo
	// DateAdded is DATEADDED, when GDELT added the event, in UTC: to the
	// second in GDELT 2.0 (YYYYMMDDHHMMSS), to the day in GDELT 1.0
	// (YYYYMMDD). The zero time when the column is empty.
	DateAdded time.Time
	// SourceURL is SOURCEURL, the address or citation of the first report
	// of the event; GDELT 1.0 backfiles have none.
	SourceURL string
	// Empty holds the numeric columns that were empty in the row (their
	// fields hold zero); GDELT fills all of them in the files it
	// publishes. Only these columns count: GLOBALEVENTID, MonthYear, Year,
	// FractionDate, IsRootEvent, QuadClass, GoldsteinScale, NumMentions,
	// NumSources, NumArticles, AvgTone and the three Geo_Type columns.
	Empty ColumnSet
}

// Actor is a block of ten actor columns, used for Actor1 and Actor2. Each
// field is a CAMEO code except Name.
type Actor struct {
	// Code is the complete CAMEO actor code ("IGOEUREEC").
	Code string
	// Name is the actor's name as GDELT found it ("THE EU").
	Name string
	// CountryCode is the CAMEO alpha-3 country of the actor ("EUR").
	CountryCode string
	// KnownGroupCode is the code of a known IGO, NGO or armed group.
	KnownGroupCode string
	// EthnicCode is the CAMEO code of the actor's ethnic group.
	EthnicCode string
	// Religion1Code is the CAMEO code of the actor's religion.
	Religion1Code string
	// Religion2Code is a second religion code.
	Religion2Code string
	// Type1Code is the CAMEO type or role ("GOV", "MIL").
	Type1Code string
	// Type2Code is a second type code.
	Type2Code string
	// Type3Code is a third type code.
	Type3Code string
}

// IsZero reports whether every column of the actor block is empty.
func (a Actor) IsZero() bool { return a == Actor{} }

// Geo is a block of geographic columns, used for Actor1Geo, Actor2Geo and
// ActionGeo. GDELT 1.0 blocks have no ADM2Code.
type Geo struct {
	// Type is the geographic resolution of the match; GeoNone when GDELT
	// found no place.
	Type GeoType
	// FullName is the place's full name ("Minsk, Belarus (general),
	// Belarus").
	FullName string
	// CountryCode is the FIPS 10-4 country code ("BO"), not ISO 3166.
	CountryCode string
	// ADM1Code is the FIPS country code followed by the FIPS ADM1 code
	// ("BO00").
	ADM1Code string
	// ADM2Code is the GAUL ADM2 code (or US county code) of GDELT 2.0.
	ADM2Code string
	// Lat and Long are the place's centroid in degrees; they are set only
	// when HasCoords is true, and written only then.
	Lat, Long float64
	// HasCoords says whether the row gives coordinates: GDELT leaves both
	// Lat and Long empty when it has none.
	HasCoords bool
	// FeatureID is the GNS or GNIS feature id ("-1946324"), or an ADM1
	// code for a world state, kept as text.
	FeatureID string
}

// GeoType is GDELT's geographic resolution of a location match.
type GeoType int

// The values of the Geo_Type columns.
const (
	GeoNone       GeoType = 0 // no place found
	GeoCountry    GeoType = 1 // a country
	GeoUSState    GeoType = 2 // a US state
	GeoUSCity     GeoType = 3 // a US city or landmark
	GeoWorldCity  GeoType = 4 // a city or landmark outside the US
	GeoWorldState GeoType = 5 // an ADM1 division outside the US
)

// GeoTypes returns every GeoType GDELT defines.
//
// It returns a new slice on each call: editing it changes nothing in the
// package, which reads its own copy.
func GeoTypes() []GeoType { return slices.Clone(geoTypes) }

// geoTypes is the list GeoTypes returns.
var geoTypes = []GeoType{GeoNone, GeoCountry, GeoUSState, GeoUSCity, GeoWorldCity, GeoWorldState}

// String returns the codebook's name of the type ("WORLDCITY").
func (t GeoType) String() string {
	switch t {
	case GeoNone:
		return "NONE"
	case GeoCountry:
		return "COUNTRY"
	case GeoUSState:
		return "USSTATE"
	case GeoUSCity:
		return "USCITY"
	case GeoWorldCity:
		return "WORLDCITY"
	case GeoWorldState:
		return "WORLDSTATE"
	}
	return "GeoType(" + itoa(int(t)) + ")"
}

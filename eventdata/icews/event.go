package icews

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/diplo-go/diplo/eventdata"
)

// Header returns the 20 column names of an ICEWS event file, in order, as
// its header line gives them.
func Header() []string { return slices.Clone(columns[:]) }

var columns = [NumColumns]string{
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
	"Target Country", "Story ID", "Sentence Number", "Publisher", "City",
	"District", "Province", "Country", "Latitude", "Longitude",
}

// NumColumns is the number of columns of an ICEWS event row.
const NumColumns = 20

// Column positions, counting from 0.
const (
	colEventID = iota
	colEventDate
	colSourceName
	colSourceSectors
	colSourceCountry
	colEventText
	colCAMEOCode
	colIntensity
	colTargetName
	colTargetSectors
	colTargetCountry
	colStoryID
	colSentenceNumber
	colPublisher
	colCity
	colDistrict
	colProvince
	colCountry
	colLatitude
	colLongitude
)

// Event is one row of an ICEWS event file.
//
// A missing value (NA in files saved through R, an empty field in the
// files as published) is "" in a text field, nil Sectors, false
// HasIntensity or HasCoords. Event ID, Event Date, CAMEO Code, Story ID
// and Sentence Number are never missing.
type Event struct {
	// EventID is the event's identifier (Event ID).
	EventID int64
	// Date is the day of the event (Event Date), at midnight UTC.
	Date time.Time
	// Source is the actor that acts (Source Name, Source Sectors, Source
	// Country).
	Source Actor
	// EventText is the name of the CAMEO event type as ICEWS gives it
	// ("Make statement").
	EventText string
	// CAMEOCode is the CAMEO event code with its leading zero ("040").
	CAMEOCode string
	// Intensity is ICEWS's score of the event, -10 (most hostile) to 10
	// (most cooperative); set only when HasIntensity is true.
	Intensity float64
	// HasIntensity says whether the row gives an Intensity.
	HasIntensity bool
	// Target is the actor acted upon (Target Name, Target Sectors, Target
	// Country).
	Target Actor
	// StoryID identifies the news story the event was coded from.
	StoryID int64
	// SentenceNumber is the number of the sentence in that story.
	SentenceNumber int
	// Publisher is the news source ("Vietnam News Agency Bulletin").
	Publisher string
	// City, District, Province and Country name where the event took
	// place.
	City, District, Province, Country string
	// Latitude and Longitude are the event's place in degrees; set only
	// when HasCoords is true.
	Latitude, Longitude float64
	// HasCoords says whether the row gives coordinates.
	HasCoords bool
}

// Actor is one side of an ICEWS event.
type Actor struct {
	// Name is the actor's name ("Foreign Affairs (Bangladesh)").
	Name string
	// Sectors are the actor's sectors, as the comma-separated list of the
	// Sectors column ("Executive", "Foreign Ministry", "Government").
	Sectors []string
	// Country is the actor's country, by name ("Bangladesh").
	Country string
}

// IsZero reports whether the actor carries nothing.
func (a Actor) IsZero() bool { return a.Name == "" && len(a.Sectors) == 0 && a.Country == "" }

// Record returns the dyad the event codes: Source acts on Target.
//
// Dataset is ICEWS; ID is the Event ID in decimal; Text is the Event
// Text; Intensity is set when the row has one. CAMEO is the CAMEO Code,
// with BaseCode and RootCode its first three and two digits. Country
// names are kept as ICEWS gives them, in the actors' and the location's
// CountryCode; the ISO Country fields are left empty for a resolver to
// fill. The location's Name joins City, Province and Country with ", ".
// QuadClass and Goldstein are left zero: ICEWS gives neither, and the
// Goldstein score of a code comes from a CAMEO table.
func (e Event) Record() eventdata.Record {
	r := eventdata.Record{
		Dataset: eventdata.ICEWS,
		ID:      strconv.FormatInt(e.EventID, 10),
		Date:    e.Date,
		Source:  e.Source.record(),
		Target:  e.Target.record(),
		CAMEO:   e.CAMEOCode,
		Text:    e.EventText,
		Location: eventdata.Location{
			Name:        joinNonEmpty(", ", e.City, e.Province, e.Country),
			CountryCode: e.Country,
			Lat:         e.Latitude,
			Lon:         e.Longitude,
			HasCoords:   e.HasCoords,
		},
	}
	if len(e.CAMEOCode) >= 3 {
		r.BaseCode = e.CAMEOCode[:3]
	}
	if len(e.CAMEOCode) >= 2 {
		r.RootCode = e.CAMEOCode[:2]
	}
	if e.HasIntensity {
		v := e.Intensity
		r.Intensity = &v
	}
	return r
}

func (a Actor) record() eventdata.Actor {
	return eventdata.Actor{Name: a.Name, CountryCode: a.Country, Sectors: slices.Clone(a.Sectors)}
}

func joinNonEmpty(sep string, parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
	}
	return b.String()
}

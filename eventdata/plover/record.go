package plover

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// FieldNames says which spelling of the record fields a record uses. The
// PLOVER manual names fields in snake case with "actor" and "recipient";
// the 2016 gold-standard records (PLOVER 0.5b1) use camel case with
// "source" and "target". Six fields of the record and one of each entity
// and location differ:
//
//	ManualNames  V05Names     Record field
//	actor        source       Actor
//	recipient    target       Recipient
//	event_text   eventText    EventText
//	event_loc    eventLoc     EventLoc
//	text_info    textInfo     TextInfo
//	coded_date   dateCoded    CodedDate
//	entity_text  actorText    Entity.Text
//	country_code country code Location.CountryCode
//
// The other keys are the same in both.
type FieldNames int

const (
	// ManualNames are the field names of the PLOVER manual. They are the
	// zero value.
	ManualNames FieldNames = iota
	// V05Names are the field names of PLOVER 0.5b1.
	V05Names
)

// String returns "manual" or "0.5b1".
func (n FieldNames) String() string {
	if n == V05Names {
		return "0.5b1"
	}
	return "manual"
}

// Record is one PLOVER event record, as a JSON object.
//
// Fields hold the keys of the manual's JSON table, the keys of the 0.5b1
// gold-standard records, and the entity, location, text and citation
// objects, whichever spelling the record uses (Names). Keys the format does
// not define are kept in Extra, so that decoding and encoding a record
// loses nothing. Fields whose JSON key is absent, null or, for text
// fields, the empty string are left at their zero value and not written.
// Dates must be YYYY-MM-DD; any other string, the empty one included, is
// an error.
type Record struct {
	// Names is the spelling of the keys, set by the decoder from the keys
	// it reads and used by the encoder to write them.
	Names FieldNames

	ID       string // id: unique identifier; required
	HasEvent *bool  // has_event: whether an event was coded
	Date     Date   // date: YYYY-MM-DD; required by the manual
	Time     string // time: ISO 8601 time
	EndDate  Date   // enddate: YYYY-MM-DD
	EndTime  string // endtime: ISO 8601 time

	Actor     Entities // actor (source in 0.5b1): who acts
	Recipient Entities // recipient (target in 0.5b1): to whom

	Event     List      // event: event types; a string in 0.5b1
	EventLoc  *Location // event_loc (eventLoc): where
	EventText List      // event_text (eventText): texts of the event
	QuadCode  Value     // quad_code: 1, 2, 3 or 4
	Mode      List      // mode: modes; a string in 0.5b1
	Context   List      // context: contexts; a comma-separated string in 0.5b1
	Link      string    // link: identifier shared by related events
	// EventScale is event_scale: a floating point scale value.
	EventScale Value

	Text      string    // text: the text the record was coded from
	TextInfo  *TextInfo // text_info (textInfo): about the text
	CiteInfo  *CiteInfo // cite_info: citation of the text
	Coder     string    // coder: who or what coded the record
	CodedDate Date      // coded_date (dateCoded): date of coding
	CodedTime string    // coded_time: time of coding
	Comment   string    // comment: any text

	// Fields of the 0.5b1 records that the manual moves into cite_info
	// or leaves unnamed.
	Language    string // language: ISO 639-1 code of the text
	Publication string // publication: publisher of the text
	Version     string // version: version of the data set or format
	License     string // license: licence of the text
	Copyright   string // copyright: copyright of the text

	// Counts, a number or a code ("156", "Thousands"), as in the manual's
	// size object, which 0.5b1 records write at the top level.
	Dead     Value // dead: number killed
	Injured  Value // injured: number injured
	Arrested Value // arrested: number arrested
	Size     Value // size: number of participants

	// Extra holds the keys the format does not define, with their JSON
	// values as read; the encoder writes them back after the other keys.
	Extra map[string]json.RawMessage
}

// Entities is the value of an actor or recipient field: a JSON array of
// entity objects. Records of PLOVER 0.5b1 sometimes hold a string instead
// ("target": "" for no target, and once "target": "diplomatic"); that
// string is kept in Text, with IsText set, and written back as a string.
type Entities struct {
	Items  []Entity
	Text   string
	IsText bool
}

// IsZero reports whether the field is absent.
func (e Entities) IsZero() bool { return e.Items == nil && !e.IsText }

// Entity is an actor or recipient: the manual's information object for
// entities, with the keys of its example actor block.
type Entity struct {
	Code   string // code: 3-character top-level code (country or IGO, NGO...)
	Sector string // sector: 3- or 6-character sector (GOV, MIL, CVLalb)
	// Text is entity_text (actorText in 0.5b1): the text that names the
	// entity.
	Text           string
	IdentifierID   string // identifier_id: unique identifier, a Wikidata ID
	IdentifierText string // identifier_text: canonical name for the identifier
	Religion       string // religion: code or text
	Ethnicity      string // ethnicity: code or text
	Office         string // office: official position, code or text
	Gender         string // gender: code or text
	Age            Value  // age: integer

	// Keys of the manual's example actor block.
	RawText          string // raw_text: text as found
	EntityName       string // entity_name: resolved name
	WikidataID       string // wikidata_id: Wikidata ID ("Q76658")
	WikiDescription  string // wiki_description: Wikidata description
	CountryName      string // country_name: country name ("Germany")
	SectorCode       string // sector_code: primary sector
	OtherSectorCodes List   // other_sector_codes: further sectors

	// Extra holds undefined keys with their JSON values.
	Extra map[string]json.RawMessage
}

// Name returns the entity's name: entity_name, identifier_text, the
// entity text or raw_text, whichever comes first.
func (e Entity) Name() string {
	for _, s := range []string{e.EntityName, e.IdentifierText, e.Text, e.RawText} {
		if s != "" {
			return s
		}
	}
	return ""
}

// Location is the manual's location object (the Mordecai geocoder's
// fields), with the keys of the 0.5b1 records.
type Location struct {
	Name           string // name: the place as named (0.5b1)
	ExtractedPlace string // extracted_place: original place name in the text
	ResolvedPlace  string // resolved_place: the place it resolved to
	GeonameID      Value  // geonameid: GeoNames id
	Lat            Value  // lat: latitude in decimal degrees
	Lon            Value  // lon: longitude in decimal degrees
	City           string // city
	District       string // district: admin 2 level
	Province       string // province: admin 1 level
	Country        string // country: country name
	// CountryCode is country_code ("country code" in 0.5b1): a 3-letter
	// ISO code in the manual, 2 letters in the 0.5b1 records.
	CountryCode  string
	FeatureClass string // feature_class: GeoNames feature class
	FeatureCode  string // feature_code: GeoNames feature code
	Resolution   Value  // resolution: 5 sub-city ... 1 country

	// Extra holds undefined keys with their JSON values.
	Extra map[string]json.RawMessage
}

// TextInfo is the manual's information object for the text, with the
// markup of the 0.5b1 records.
type TextInfo struct {
	Markup    string // markup: the text with (SRC: ...) (EVT: ...) marks (0.5b1)
	Sequence  Value  // sequence: sentence number
	Start     Value  // start: character offset of the start
	End       Value  // end: character offset of the end
	TextStory List   // text_story: sentences of the story
	// Inline is set when the field held a bare string instead of an
	// object, as one 0.5b1 record does; the string is in Markup and is
	// written back as a string.
	Inline bool

	// Extra holds undefined keys with their JSON values.
	Extra map[string]json.RawMessage
}

// CiteInfo is the manual's information object for citations.
type CiteInfo struct {
	Corpus      string // corpus: name or identifying information
	Citation    string // citation: bibliographic citation or database identifier
	URL         string // url: URL of the text
	Title       string // title: title of the text
	Language    string // language: ISO 639-1 code
	Publication string // publication: publisher
	License     string // license: licence of the text
	Copyright   string // copyright: copyright of the text
	Coder       string // coder: event extraction system used
	Codebook    string // codebook: codebook used ("plover-base-1.3.1")
	Version     string // version: version of the data set

	// Extra holds undefined keys with their JSON values.
	Extra map[string]json.RawMessage
}

// List is the value of a field that the manual writes as a JSON array of
// strings and the 0.5b1 records as a single string: event, mode, context
// ("diplomatic, military"), event_text. A single string is kept unsplit
// as the only item, with Single set, and written back as a string.
type List struct {
	Items  []string
	Single bool
}

// ListOf returns a list of the given items, written as a JSON array; with
// no items it is the zero List, which is not written.
func ListOf(items ...string) List {
	if len(items) == 0 {
		return List{}
	}
	return List{Items: items}
}

// IsZero reports whether the field is absent.
func (l List) IsZero() bool { return l.Items == nil && !l.Single }

// Values returns the items, each split at commas and trimmed, without
// empty ones: "diplomatic, military" gives "diplomatic" and "military".
func (l List) Values() []string {
	var out []string
	for _, item := range l.Items {
		for _, v := range strings.Split(item, ",") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// Value is a field that holds a number or a code: the manual's "number
// or code" ("156", 156, "Thousands"), and numeric fields that providers
// write either way (lat, geonameid). Text is the value as written, the
// literal for a JSON number, and Number says whether it was a JSON number.
type Value struct {
	Text   string
	Number bool
}

// NumberValue returns a Value holding f as a JSON number.
func NumberValue(f float64) Value {
	return Value{Text: strconv.FormatFloat(f, 'f', -1, 64), Number: true}
}

// IntValue returns a Value holding i as a JSON number.
func IntValue(i int64) Value { return Value{Text: strconv.FormatInt(i, 10), Number: true} }

// IsZero reports whether the field is absent.
func (v Value) IsZero() bool { return v.Text == "" && !v.Number }

// Float returns the value as a number, whether written as a number or as
// a string of digits, and false for codes such as "Thousands".
func (v Value) Float() (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(v.Text), 64)
	return f, err == nil
}

// Int returns the value as an integer, and false when it is not one.
func (v Value) Int() (int64, bool) {
	i, err := strconv.ParseInt(strings.TrimSpace(v.Text), 10, 64)
	return i, err == nil
}

// Date is a calendar date, written YYYY-MM-DD. The zero Date means no
// date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate parses a YYYY-MM-DD date. Errors wrap ErrSyntax for text of
// another form and ErrRange for a day that does not exist.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w: date %s: want YYYY-MM-DD", ErrSyntax, quote(s))
	}
	digits := s[:4] + s[5:7] + s[8:]
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return Date{}, fmt.Errorf("%w: date %s: want YYYY-MM-DD", ErrSyntax, quote(s))
		}
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:])
	date := Date{Year: y, Month: time.Month(m), Day: d}
	if !date.valid() {
		return Date{}, fmt.Errorf("%w: date %s: no such day", ErrRange, quote(s))
	}
	return date, nil
}

// DateOf returns the date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// valid reports whether d is a day of the calendar with a year from 1 to
// 9999.
func (d Date) valid() bool {
	if d.Year < 1 || d.Year > 9999 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.Day && t.Month() == d.Month
}

// IsZero reports whether d is the zero Date, no date.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC of the date, or the zero time for the zero
// Date.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// MarshalText returns the date as YYYY-MM-DD. It fails for a date that is
// not a day of years 1 to 9999.
func (d Date) MarshalText() ([]byte, error) {
	if !d.valid() {
		return nil, fmt.Errorf("%w: date %d-%d-%d is not a day of years 1 to 9999", ErrRange, d.Year, int(d.Month), d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses a YYYY-MM-DD date.
func (d *Date) UnmarshalText(b []byte) error {
	date, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = date
	return nil
}

// Events returns the record's event types, as written: the items of the
// event field, split at commas. Use Canonical to translate the names of
// earlier drafts.
func (r Record) Events() []EventType {
	var out []EventType
	for _, v := range r.Event.Values() {
		out = append(out, EventType(v))
	}
	return out
}

// Modes returns the record's modes, split at commas.
func (r Record) Modes() []Mode {
	var out []Mode
	for _, v := range r.Mode.Values() {
		out = append(out, Mode(v))
	}
	return out
}

// Contexts returns the record's contexts, split at commas: the 0.5b1
// context "diplomatic, military" gives two.
func (r Record) Contexts() []Context {
	var out []Context
	for _, v := range r.Context.Values() {
		out = append(out, Context(v))
	}
	return out
}

// Validate checks what the manual requires of a record that decoding
// does not: an id, and at least one event, each a PLOVER event type, an
// older name Canonical knows, or DOCUMENT (a header record). Modes and
// contexts are not checked, since PLOVER drafts differ on them; see
// ValidMode and Context.Valid. The errors are *FieldError values joined
// with errors.Join, in the order of the fields.
func (r Record) Validate() error {
	var errs []error
	// "id ... Required: Y" (manual, table PLOVER JSON).
	if r.ID == "" {
		errs = append(errs, &FieldError{Path: "id", Err: ErrRequired})
	}
	// "event: list of event categories ... Required: Y".
	events := r.Events()
	if len(events) == 0 {
		errs = append(errs, &FieldError{Path: "event", Err: ErrRequired})
	}
	for i, e := range events {
		if !Canonical(e).Valid() && e != Document {
			errs = append(errs, &FieldError{Path: fmt.Sprintf("event[%d]", i), Err: fmt.Errorf("%w: event type %s", ErrUnknown, quote(string(e)))})
		}
	}
	return errors.Join(errs...)
}

package plover

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/diplo-go/diplo/limit"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
)

// DefaultMaxDyads is the most dyads Dyads makes of one record unless
// DyadOptions.MaxDyads says otherwise: enough for 31 actors and 31 recipients.
const DefaultMaxDyads = 1000

// DyadOptions set how Dyads projects a record. The zero value is the
// default: at most DefaultMaxDyads dyads a record, and nothing counted.
type DyadOptions struct {
	// MaxDyads is the most dyads one record may give: a record whose
	// actors × recipients exceed it is refused with an error wrapping
	// limit.ErrExceeded and gives no dyads. Zero means DefaultMaxDyads,
	// a negative value (limit.None) no bound.
	MaxDyads int
	// Omitted, when not nil, is where Dyads adds, by reason, what a
	// record codes that its dyads do not hold:
	//
	//   - "further event type": each event type after the first, since a
	//     dyad holds one;
	//   - "further mode": each mode after the first;
	//   - "document record": a record whose only event type is DOCUMENT
	//     (a header), which gives no dyads;
	//   - "no event type": a record with no event type, which gives none.
	Omitted map[string]int
}

// Dyads returns a PLOVER record as eventdata.Record dyads, the flat rows
// of CAMEO-style datasets.
//
// A PLOVER record codes one event. Its actor and recipient are lists of
// entities, the members of a compound actor or recipient ("The United
// States and France accused Russia" has two actors and one recipient);
// the manual expands such a record, for dyadic use, into one event per
// pair of single entities. Dyads does the same: one dyad per actor ×
// recipient, in that order. A record without recipients gives one dyad
// per actor with an empty Target (reciprocal events, such as a meeting,
// list every party as actor); without actors, one per recipient with an
// empty Source. A recipient written as a string (0.5b1 "target": "")
// counts as no recipient.
//
// The event, mode and context lists do not multiply the dyads: the
// manual's several event types in one record are candidate categories of
// the same event between the same parties, not several events (several
// events would be several records). Every dyad carries the record's first
// event type and first mode; the others are left out (the option Omitted counts
// them). A record whose event types are all DOCUMENT, or that has none,
// gives no dyads.
//
// A record whose dyads would exceed DefaultMaxDyads, or the option
// MaxDyads, gives none and an error wrapping limit.ErrExceeded that
// names the record and its numbers of actors and recipients.
//
// Each dyad carries:
//
//   - Dataset eventdata.PLOVERData, or eventdata.Diplo for a record whose
//     coder is DiploCoder (written by FromDyad from a diplo projection);
//     the record's ID (shared by its dyads) and Date (midnight UTC; zero
//     when absent).
//   - Source and Target from the entities: Name from Entity.Name, Code
//     the entity code followed by its sector ("HUNGOV"), CountryCode the
//     entity code, Country its ISO 3166-1 alpha-2 code when the code is
//     a country (cameo.CountryISO; "KOS" is Kosovo, "XK"), Types the
//     sector and other sector codes as written.
//   - PLOVER: the first event type and the first mode through
//     CanonicalCoding (DEMAND becomes REQUEST, INVESTIGATE ACCUSE
//     with mode investigate when the record has no mode); all contexts.
//   - QuadClass from quad_code when it is 1 to 4, else the event type's
//     quad class in the manual; Intensity from event_scale when it is a
//     number.
//   - Location from event_loc: Name the resolved place, else the name or
//     extracted place; CountryCode as written; Country its ISO alpha-2
//     code; Lat and Lon when both are numbers.
//   - SourceURL from cite_info.url, Text from text.
//
// CAMEO codes and Goldstein scores stay empty: PLOVER records carry none.
//
// The dyads of one record share memory: the Types of each entity, the
// Contexts and the Intensity. Copy them before changing their elements.
func Dyads(r Record, o DyadOptions) ([]eventdata.Record, error) {
	bound := o.MaxDyads
	switch {
	case bound == 0:
		bound = DefaultMaxDyads
	case bound < 0:
		bound = math.MaxInt
	}
	count := func(reason string, n int) {
		if o.Omitted != nil && n > 0 {
			o.Omitted[reason] += n
		}
	}
	events := r.Events()
	first := slices.IndexFunc(events, func(e EventType) bool { return e != Document })
	if first < 0 {
		if len(events) > 0 {
			count("document record", 1)
		} else {
			count("no event type", 1)
		}
		return nil, nil
	}
	sources := actorsOf(r.Actor)
	targets := actorsOf(r.Recipient)
	if len(sources) == 0 {
		sources = []eventdata.Actor{{}}
	}
	if len(targets) == 0 {
		targets = []eventdata.Actor{{}}
	}
	if len(sources) > bound/len(targets) {
		return nil, fmt.Errorf("plover: record %s: %w: %d actors × %d recipients give more than MaxDyads %d dyads",
			quote(r.ID), limit.ErrExceeded, len(r.Actor.Items), len(r.Recipient.Items), bound)
	}
	modes := r.Modes()
	count("further event type", len(events)-1)
	count("further mode", len(modes)-1)
	var mode Mode
	if len(modes) > 0 {
		mode = modes[0]
	}
	event, mode := CanonicalCoding(events[first], mode)
	var contexts []string
	for _, ctx := range r.Contexts() {
		contexts = append(contexts, string(ctx))
	}
	dataset := eventdata.PLOVERData
	if r.Coder == DiploCoder {
		dataset = eventdata.Diplo
	}
	base := eventdata.Record{
		Dataset:   dataset,
		ID:        r.ID,
		Date:      r.Date.Time(),
		QuadClass: event.QuadClass(),
		PLOVER:    eventdata.PLOVER{Event: string(event), Mode: string(mode), Contexts: slices.Clip(contexts)},
		Location:  locationOf(r.EventLoc),
		Text:      r.Text,
	}
	if q, ok := r.QuadCode.Int(); ok && q >= 1 && q <= 4 {
		base.QuadClass = int(q)
	}
	if f, ok := r.EventScale.Float(); ok && r.EventScale.Number {
		base.Intensity = &f
	}
	if r.CiteInfo != nil {
		base.SourceURL = r.CiteInfo.URL
	}
	out := make([]eventdata.Record, 0, len(sources)*len(targets))
	for _, src := range sources {
		for _, tgt := range targets {
			d := base
			d.Source, d.Target = src, tgt
			out = append(out, d)
		}
	}
	return out, nil
}

func actorsOf(e Entities) []eventdata.Actor {
	out := make([]eventdata.Actor, 0, len(e.Items))
	for _, ent := range e.Items {
		a := eventdata.Actor{Name: ent.Name(), Code: ent.Code + ent.Sector, CountryCode: ent.Code}
		if iso, ok := cameo.CountryISO(ent.Code); ok {
			a.Country = iso
		}
		if ent.Sector != "" {
			a.Types = append(a.Types, ent.Sector)
		}
		a.Types = slices.Clip(append(a.Types, ent.OtherSectorCodes.Values()...))
		out = append(out, a)
	}
	return out
}

func locationOf(l *Location) eventdata.Location {
	if l == nil {
		return eventdata.Location{}
	}
	out := eventdata.Location{CountryCode: l.CountryCode}
	for _, name := range []string{l.ResolvedPlace, l.Name, l.ExtractedPlace} {
		if name != "" {
			out.Name = name
			break
		}
	}
	out.Country = isoOf(l.CountryCode)
	lat, okLat := l.Lat.Float()
	lon, okLon := l.Lon.Float()
	if okLat && okLon {
		out.Lat, out.Lon, out.HasCoords = lat, lon, true
	}
	return out
}

// isoOf returns the ISO 3166-1 alpha-2 code of a 2- or 3-letter country
// code, or "".
func isoOf(code string) string {
	switch len(code) {
	case 2:
		if _, ok := cameo.CountryCAMEO(code); ok {
			return code
		}
	case 3:
		if iso, ok := cameo.CountryISO(code); ok {
			return iso
		}
	}
	return ""
}

// DiploCoder is the coder FromDyad writes in the records of dyads projected
// from a diplo graph (Dataset eventdata.Diplo), and by which Dyads knows
// them again: the manual's coder field names who or what coded a record.
const DiploCoder = "diplo"

// FromDyad returns a PLOVER record of an eventdata.Record, with the
// manual's field names:
//
//   - id, date (when set), text, cite_info.url from SourceURL; coder
//     DiploCoder for a dyad of Dataset eventdata.Diplo.
//   - actor and recipient from Source and Target, when not empty, and
//     the other way round for a dyad coded CAMEO 043 (host a visit): the
//     manual's visit mode has the visitor as actor. code
//     the actor's CountryCode when it is a three-letter code, else the
//     ISO alpha-3 code of Country (cameo.CountryCAMEO); country_name the
//     CountryCode when it is a name (ICEWS); entity_text the Name; sector
//     the first of Types, other_sector_codes the rest.
//   - event, mode and context from the PLOVER coding; when it has no event
//     and the dyad has a CAMEO code, from FromCAMEO of that code.
//   - quad_code from QuadClass (1 to 4) and event_scale from Intensity.
//   - event_loc from Location: resolved_place, country_code (CountryCode
//     as given, unless Country is set and CountryCode would read back as
//     another country, as GDELT's FIPS codes do: "RS" is Russia in FIPS
//     and Serbia in ISO; then the three-letter code of Country, as the
//     manual writes it), lat and lon when HasCoords.
//
// Goldstein, the CAMEO codes, actor IDs and sectors, and the location's
// GeoType and FeatureID have no PLOVER field and are dropped.
func FromDyad(d eventdata.Record) Record {
	r := Record{ID: d.ID, Text: d.Text}
	if d.Dataset == eventdata.Diplo {
		r.Coder = DiploCoder
	}
	if !d.Date.IsZero() {
		r.Date = DateOf(d.Date)
	}
	source, target := d.Source, d.Target
	if strings.HasPrefix(d.CAMEO, "043") {
		// PLOVER's visit mode has the visitor as actor and the host as
		// recipient; CAMEO 043 (host a visit) has the host as source.
		source, target = target, source
	}
	if !source.IsZero() {
		r.Actor = Entities{Items: []Entity{entityOf(source)}}
	}
	if !target.IsZero() {
		r.Recipient = Entities{Items: []Entity{entityOf(target)}}
	}
	p := d.PLOVER
	if p.Event == "" && d.CAMEO != "" {
		if c, ok := FromCAMEO(d.CAMEO); ok {
			p = DyadCoding(c)
		}
	}
	if p.Event != "" {
		r.Event = ListOf(p.Event)
	}
	if p.Mode != "" {
		r.Mode = ListOf(p.Mode)
	}
	r.Context = ListOf(p.Contexts...)
	if d.QuadClass >= 1 && d.QuadClass <= 4 {
		r.QuadCode = IntValue(int64(d.QuadClass))
	}
	if d.Intensity != nil {
		r.EventScale = NumberValue(*d.Intensity)
	}
	if !d.Location.IsZero() {
		l := &Location{ResolvedPlace: d.Location.Name, CountryCode: d.Location.CountryCode}
		if c := d.Location.Country; c != "" && isoOf(l.CountryCode) != c {
			if code, ok := cameo.CountryCAMEO(c); ok {
				l.CountryCode = code
			}
		}
		if d.Location.HasCoords {
			l.Lat, l.Lon = NumberValue(d.Location.Lat), NumberValue(d.Location.Lon)
		}
		r.EventLoc = l
	}
	if d.SourceURL != "" {
		r.CiteInfo = &CiteInfo{URL: d.SourceURL}
	}
	return r
}

// DyadCoding returns a PLOVER coding, such as FromCAMEO gives, as the PLOVER
// part of an eventdata.Record.
func DyadCoding(c Coding) eventdata.PLOVER {
	p := eventdata.PLOVER{Event: string(c.Event), Mode: string(c.Mode)}
	for _, ctx := range c.Contexts {
		p.Contexts = append(p.Contexts, string(ctx))
	}
	return p
}

func entityOf(a eventdata.Actor) Entity {
	e := Entity{Text: a.Name}
	switch {
	case len(a.CountryCode) == 3 && strings.ToUpper(a.CountryCode) == a.CountryCode:
		e.Code = a.CountryCode
	case a.Country != "":
		e.Code, _ = cameo.CountryCAMEO(a.Country)
	}
	if a.CountryCode != "" && e.Code != a.CountryCode {
		e.CountryName = a.CountryCode
	}
	if len(a.Types) > 0 {
		e.Sector = a.Types[0]
		e.OtherSectorCodes = ListOf(a.Types[1:]...)
	}
	return e
}

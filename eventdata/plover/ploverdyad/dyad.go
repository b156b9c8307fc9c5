package ploverdyad

import (
	"strings"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// Dyads returns a PLOVER record as eventdata.Record dyads, the flat rows of
// CAMEO-style datasets: one per actor × recipient × event type, in that
// order. A record without recipients gives one dyad per actor with an
// empty Target; without actors, one per recipient with an empty Source.
// A record whose events are all DOCUMENT, or that has none, gives none.
// A recipient written as a string (0.5b1 "target": "") counts as no
// recipient.
//
// Each dyad carries:
//
//   - Dataset eventdata.PLOVERData, the record's ID (shared by its dyads)
//     and Date (midnight UTC; zero when absent).
//   - Source and Target from the entities: Name from Entity.Name, Code
//     the entity code followed by its sector ("HUNGOV"), CountryCode the
//     entity code, Country its ISO 3166-1 alpha-2 code when the code is
//     a country (cameo.CountryISO; "KOS" is Kosovo, "XK"), Types the
//     sector and other sector codes as written.
//   - PLOVER: the event type and the first mode through
//     plover.CanonicalCoding (DEMAND becomes REQUEST, INVESTIGATE ACCUSE
//     with mode investigate when the record has no mode); further modes
//     are dropped, eventdata.Record having room for one; all contexts.
//   - QuadClass from quad_code when it is 1 to 4, else the event type's
//     quad class in the manual; Intensity from event_scale when it is a
//     number.
//   - Location from event_loc: Name the resolved place, else the name or
//     extracted place; CountryCode as written; Country its ISO alpha-2
//     code; Lat and Lon when both are numbers.
//   - SourceURL from cite_info.url, Text from text.
//
// CAMEO codes and Goldstein scores stay empty: PLOVER records carry none.
func Dyads(r plover.Record) []eventdata.Record {
	var events []plover.EventType
	for _, e := range r.Events() {
		if e != plover.Document {
			events = append(events, e)
		}
	}
	if len(events) == 0 {
		return nil
	}
	sources := actorsOf(r.Actor)
	targets := actorsOf(r.Recipient)
	if len(sources) == 0 {
		sources = []eventdata.Actor{{}}
	}
	if len(targets) == 0 {
		targets = []eventdata.Actor{{}}
	}
	base := eventdata.Record{
		Dataset:  eventdata.PLOVERData,
		ID:       r.ID,
		Date:     r.Date.Time(),
		Location: locationOf(r.EventLoc),
		Text:     r.Text,
	}
	if f, ok := r.EventScale.Float(); ok && r.EventScale.Number {
		base.Intensity = &f
	}
	if r.CiteInfo != nil {
		base.SourceURL = r.CiteInfo.URL
	}
	var contexts []string
	for _, c := range r.Contexts() {
		contexts = append(contexts, string(c))
	}
	modes := r.Modes()
	var out []eventdata.Record
	for _, src := range sources {
		for _, tgt := range targets {
			for _, e := range events {
				d := base
				d.Source, d.Target = cloneActor(src), cloneActor(tgt)
				var mode plover.Mode
				if len(modes) > 0 {
					mode = modes[0]
				}
				event, mode := plover.CanonicalCoding(e, mode)
				d.PLOVER = eventdata.PLOVER{Event: string(event), Mode: string(mode), Contexts: cloneStrings(contexts)}
				d.QuadClass = event.QuadClass()
				if q, ok := r.QuadCode.Int(); ok && q >= 1 && q <= 4 {
					d.QuadClass = int(q)
				}
				out = append(out, d)
			}
		}
	}
	return out
}

func cloneStrings(s []string) []string {
	if s == nil {
		return nil
	}
	return append([]string(nil), s...)
}

func cloneActor(a eventdata.Actor) eventdata.Actor {
	a.Types = cloneStrings(a.Types)
	a.Sectors = cloneStrings(a.Sectors)
	return a
}

func actorsOf(e plover.Entities) []eventdata.Actor {
	var out []eventdata.Actor
	for _, ent := range e.Items {
		a := eventdata.Actor{Name: ent.Name(), Code: ent.Code + ent.Sector, CountryCode: ent.Code}
		if iso, ok := cameo.CountryISO(ent.Code); ok {
			a.Country = iso
		}
		if ent.Sector != "" {
			a.Types = append(a.Types, ent.Sector)
		}
		a.Types = append(a.Types, ent.OtherSectorCodes.Values()...)
		out = append(out, a)
	}
	return out
}

func locationOf(l *plover.Location) eventdata.Location {
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

// FromDyad returns a PLOVER record of an eventdata.Record, with the
// manual's field names:
//
//   - id, date (when set), text, cite_info.url from SourceURL.
//   - actor and recipient from Source and Target, when not empty: code
//     the actor's CountryCode when it is a three-letter code, else the
//     ISO alpha-3 code of Country (cameo.CountryCAMEO); country_name the
//     CountryCode when it is a name (ICEWS); entity_text the Name; sector
//     the first of Types, other_sector_codes the rest.
//   - event, mode and context from the PLOVER coding; when it has no event
//     and the dyad has a CAMEO code, from plover.FromCAMEO of that code.
//   - quad_code from QuadClass (1 to 4) and event_scale from Intensity.
//   - event_loc from Location: resolved_place, country_code (as given),
//     lat and lon when HasCoords.
//
// Goldstein, the CAMEO codes, actor IDs and sectors, and the location's
// GeoType and FeatureID have no PLOVER field and are dropped.
func FromDyad(d eventdata.Record) plover.Record {
	r := plover.Record{ID: d.ID, Text: d.Text}
	if !d.Date.IsZero() {
		r.Date = plover.DateOf(d.Date)
	}
	if !d.Source.IsZero() {
		r.Actor = plover.Entities{Items: []plover.Entity{entityOf(d.Source)}}
	}
	if !d.Target.IsZero() {
		r.Recipient = plover.Entities{Items: []plover.Entity{entityOf(d.Target)}}
	}
	p := d.PLOVER
	if p.Event == "" && d.CAMEO != "" {
		if c, ok := plover.FromCAMEO(d.CAMEO); ok {
			p = PLOVER(c)
		}
	}
	if p.Event != "" {
		r.Event = plover.ListOf(p.Event)
	}
	if p.Mode != "" {
		r.Mode = plover.ListOf(p.Mode)
	}
	r.Context = plover.ListOf(p.Contexts...)
	if d.QuadClass >= 1 && d.QuadClass <= 4 {
		r.QuadCode = plover.IntValue(int64(d.QuadClass))
	}
	if d.Intensity != nil {
		r.EventScale = plover.NumberValue(*d.Intensity)
	}
	if !d.Location.IsZero() {
		l := &plover.Location{ResolvedPlace: d.Location.Name, CountryCode: d.Location.CountryCode}
		if d.Location.HasCoords {
			l.Lat, l.Lon = plover.NumberValue(d.Location.Lat), plover.NumberValue(d.Location.Lon)
		}
		r.EventLoc = l
	}
	if d.SourceURL != "" {
		r.CiteInfo = &plover.CiteInfo{URL: d.SourceURL}
	}
	return r
}

// PLOVER returns a PLOVER coding, such as FromCAMEO gives, as the PLOVER
// part of an eventdata.Record.
func PLOVER(c plover.Coding) eventdata.PLOVER {
	p := eventdata.PLOVER{Event: string(c.Event), Mode: string(c.Mode)}
	for _, ctx := range c.Contexts {
		p.Contexts = append(p.Contexts, string(ctx))
	}
	return p
}

func entityOf(a eventdata.Actor) plover.Entity {
	e := plover.Entity{Text: a.Name}
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
		e.OtherSectorCodes = plover.ListOf(a.Types[1:]...)
	}
	return e
}

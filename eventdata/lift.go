package eventdata

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/graph"
)

// ErrNotDiplomatic reports a record whose CAMEO code names no kind of
// diplomatic event in the model (a protest march, an armed clash): Lift
// does not turn it into an event, and says so.
var ErrNotDiplomatic = errors.New("eventdata: not a diplomatic event")

// CAMEOKinds maps the CAMEO codes that name diplomatic events to the event
// kinds Lift gives them, with the roles of the record's source and target.
// Codes not listed are not lifted (ErrNotDiplomatic).
var CAMEOKinds = map[string]Lifting{
	"040": {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"041": {Kind: event.PhoneCall, SourceRole: event.Participating, TargetRole: event.Participating},
	"042": {Kind: event.Visit, SourceRole: event.Guest, TargetRole: event.Host},
	"043": {Kind: event.Visit, SourceRole: event.Host, TargetRole: event.Guest},
	"044": {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"045": {Kind: event.Mediation, SourceRole: event.Mediator, TargetRole: event.Participating},
	"046": {Kind: event.NegotiationRound, SourceRole: event.Participating, TargetRole: event.Participating},
	"054": {Kind: event.EstablishRelations, SourceRole: event.Participating, TargetRole: event.Participating},
	"057": {Kind: event.SigningCeremony, SourceRole: event.Signatory, TargetRole: event.Signatory},
	"114": {Kind: event.Protest, SourceRole: event.Initiator, TargetRole: event.Target},
	"139": {Kind: event.Ultimatum, SourceRole: event.Initiator, TargetRole: event.Target},
	"161": {Kind: event.SeverRelations, SourceRole: event.Initiator, TargetRole: event.Target},
	"163": {Kind: event.Sanctions, SourceRole: event.Initiator, TargetRole: event.Target},
}

// PLOVERKinds maps PLOVER codings that name diplomatic events to event
// kinds, for records that carry no CAMEO code (POLECAT, PLOVER JSON). The
// key is "EVENT/mode" ("CONSULT/visit"), or "EVENT/" for any mode the map
// does not name. A Lifting with a Context lifts only records coded with
// that context: an accusation is a diplomatic protest only in the
// diplomatic context.
var PLOVERKinds = map[string]Lifting{
	"CONSULT/visit":       {Kind: event.Visit, SourceRole: event.Guest, TargetRole: event.Host},
	"CONSULT/phone":       {Kind: event.PhoneCall, SourceRole: event.Participating, TargetRole: event.Participating},
	"CONSULT/third-party": {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"CONSULT/":            {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"SANCTION/expel":      {Kind: event.Expulsion, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
	"SANCTION/withdraw":   {Kind: event.SeverRelations, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
	"ACCUSE/":             {Kind: event.Protest, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
	"THREATEN/relations":  {Kind: event.Ultimatum, SourceRole: event.Initiator, TargetRole: event.Target},
	"COERCE/restrict":     {Kind: event.Sanctions, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
}

// Lifting is how a CAMEO code becomes an event: its kind and the roles of
// the two actors.
type Lifting struct {
	Kind                   event.Kind
	SourceRole, TargetRole event.Role
	// Context, when set, is a PLOVER context the record must carry.
	Context string
}

// lifting finds how a record becomes an event: by its CAMEO code, or its
// base code, or, for records without CAMEO, by its PLOVER coding.
func lifting(r Record) (Lifting, bool) {
	if r.CAMEO != "" {
		if lf, ok := CAMEOKinds[r.CAMEO]; ok {
			return lf, true
		}
		if len(r.CAMEO) > 3 {
			lf, ok := CAMEOKinds[r.CAMEO[:3]]
			return lf, ok
		}
		return Lifting{}, false
	}
	lf, ok := PLOVERKinds[r.PLOVER.Event+"/"+r.PLOVER.Mode]
	if !ok {
		lf, ok = PLOVERKinds[r.PLOVER.Event+"/"]
	}
	if ok && lf.Context != "" && !slices.Contains(r.PLOVER.Contexts, lf.Context) {
		return Lifting{}, false
	}
	return lf, ok
}

// Lifter turns dyadic records into a diplo graph: one event per record,
// with the two actors as states (when their country resolves to ISO 3166)
// or organisations, the place, and the report as a source. Actors, places
// and sources met again are reused, so a graph of many records names each
// state once. The zero value is not ready; use NewLifter.
type Lifter struct {
	g       graph.Graph
	actors  map[diplo.ID]bool
	events  map[diplo.ID]bool
	sources map[string]diplo.ID
	// Lifted counts the records turned into events; Skipped counts those
	// refused, by reason.
	Lifted  int
	Skipped map[string]int
}

// NewLifter returns an empty Lifter.
func NewLifter() *Lifter {
	return &Lifter{actors: map[diplo.ID]bool{}, events: map[diplo.ID]bool{}, sources: map[string]diplo.ID{}, Skipped: map[string]int{}}
}

// Add lifts one record. It returns ErrNotDiplomatic (wrapped, with the
// code) for a code outside CAMEOKinds (or, for a record with no CAMEO code,
// a PLOVER coding outside PLOVERKinds) and an error for a record with no
// date or no source actor; the record is then counted in Skipped and the
// graph is unchanged.
func (l *Lifter) Add(r Record) error {
	lf, ok := lifting(r)
	if !ok {
		l.Skipped["not diplomatic"]++
		if r.CAMEO == "" {
			return fmt.Errorf("%w: PLOVER %q", ErrNotDiplomatic, diplo.Quote(r.PLOVER.Event+"/"+r.PLOVER.Mode))
		}
		return fmt.Errorf("%w: CAMEO %q", ErrNotDiplomatic, diplo.Quote(r.CAMEO))
	}
	if r.Date.IsZero() {
		l.Skipped["no date"]++
		return fmt.Errorf("eventdata: record %q: %w: date", diplo.Quote(r.ID), diplo.ErrRequired)
	}
	src, ok := l.actor(r.Source)
	if !ok {
		l.Skipped["no source actor"]++
		return fmt.Errorf("eventdata: record %q: %w: source actor", diplo.Quote(r.ID), diplo.ErrRequired)
	}
	base := recordID(r)
	id := base
	for n := 2; l.events[id]; n++ {
		// The dataset repeats an id for different records: keep both.
		id = diplo.ID(uuid.NewSHA1(diplo.Namespace, []byte(string(base)+"#"+strconv.Itoa(n))).URN())
	}
	l.events[id] = true
	ev := event.Event{
		ID:           id,
		Kind:         lf.Kind,
		Start:        diplo.DayOf(r.Date.Year(), r.Date.Month(), r.Date.Day()),
		Participants: []event.Participant{{Actor: src, Role: lf.SourceRole}},
		Place:        l.place(r.Location),
	}
	if dst, ok := l.actor(r.Target); ok && dst != src {
		ev.Participants = append(ev.Participants, event.Participant{Actor: dst, Role: lf.TargetRole})
	}
	if r.Text != "" {
		ev.Description = diplo.Text{language.English: r.Text}
	}
	if r.Dataset == GDELT1 || r.Dataset == GDELT2 {
		if id, err := diplo.NewIdentifier(diplo.GDELT, r.ID); err == nil {
			ev.Identifiers = []diplo.Identifier{id}
		}
	}
	if r.SourceURL != "" {
		if id, ok := l.source(r.SourceURL); ok {
			ev.Sources = []diplo.ID{id}
		}
	}
	l.g.Events = append(l.g.Events, ev)
	l.Lifted++
	return nil
}

// Graph returns the graph built so far. It shares memory with the Lifter.
func (l *Lifter) Graph() *graph.Graph { return &l.g }

// recordID derives a stable event ID from the dataset and its record id,
// so that lifting the same record twice gives the same node. Records
// projected from diplo share their node's ID, so their actors and code are
// part of the key.
func recordID(r Record) diplo.ID {
	key := string(r.Dataset) + ":" + r.ID
	if r.Dataset != GDELT1 && r.Dataset != GDELT2 && r.Dataset != ICEWS {
		// Records projected from diplo share the ID of the node they come
		// from, and a PLOVER record with several actors gives a dyad for
		// each.
		key += ":" + r.Source.Code + ":" + r.Source.Name + ":" + r.Target.Code + ":" + r.Target.Name +
			":" + r.CAMEO + ":" + r.PLOVER.Event + ":" + r.Text
	}
	if r.ID == "" {
		key = fmt.Sprintf("%s:%s:%s:%s:%s", r.Dataset, r.Date.Format("2006-01-02"), r.Source.Code, r.Target.Code, r.CAMEO)
	}
	return diplo.ID(uuid.NewSHA1(diplo.Namespace, []byte(key)).URN())
}

// actor returns the node for a dyad side, adding it to the graph the first
// time: a State when the country resolves, otherwise an Organization named
// as the dataset names it.
func (l *Lifter) actor(a Actor) (diplo.ID, bool) {
	iso := a.Country
	if iso == "" && a.CountryCode != "" {
		if c, ok := cameo.CountryISO(a.CountryCode); ok {
			iso = c
		} else if c, ok := cameo.CountryByName(a.CountryCode); ok {
			iso = c
		}
	}
	if c, err := diplo.ParseCountry(iso); err == nil && iso != "" {
		st := actor.State{ID: diplo.IDFor(c.Identifier()), Country: c, Name: countryName(c)}
		if !l.actors[st.ID] {
			l.actors[st.ID] = true
			l.g.States = append(l.g.States, st)
		}
		return st.ID, true
	}
	name := strings.TrimSpace(a.Name)
	if name == "" {
		name = strings.TrimSpace(a.Code)
	}
	if name == "" {
		return "", false
	}
	id := diplo.ID(uuid.NewSHA1(diplo.Namespace, []byte("actor:"+a.Code+":"+name)).URN())
	if !l.actors[id] {
		l.actors[id] = true
		l.g.Organizations = append(l.g.Organizations, actor.Organization{
			ID: id, Kind: actor.OtherOrganization, Name: diplo.Text{language.English: name},
		})
	}
	return id, true
}

func countryName(c diplo.Country) diplo.Text {
	r, err := c.Region()
	if err != nil {
		return diplo.Text{language.English: string(c)}
	}
	name := display.English.Regions().Name(r)
	if name == "" {
		name = string(c)
	}
	return diplo.Text{language.English: name}
}

func (l *Lifter) place(loc Location) diplo.Place {
	var p diplo.Place
	if loc.Name != "" {
		p.Name = diplo.Text{language.English: loc.Name}
	}
	iso := loc.Country
	if iso == "" && loc.CountryCode != "" {
		if c, ok := cameo.FIPSToISO(loc.CountryCode); ok {
			iso = c
		} else if c, ok := cameo.CountryByName(loc.CountryCode); ok {
			iso = c
		}
	}
	if c, err := diplo.ParseCountry(iso); err == nil && iso != "" {
		p.Country = c
	}
	if loc.HasCoords {
		p.Coordinates = &diplo.Coordinates{Latitude: loc.Lat, Longitude: loc.Lon}
	}
	return p
}

func (l *Lifter) source(u string) (diplo.ID, bool) {
	if id, ok := l.sources[u]; ok {
		return id, true
	}
	ident, err := diplo.NewIdentifier(diplo.URL, u)
	if err != nil {
		return "", false
	}
	id := diplo.IDFor(ident)
	l.sources[u] = id
	l.g.Sources = append(l.g.Sources, diplo.Source{ID: id, URL: u})
	return id, true
}

package dyad

import (
	"slices"
	"strconv"
	"time"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
)

// Skipped names a node that Project could not turn into records, and why.
type Skipped struct {
	// Path is the JSON path of the node in the graph ("events[3]").
	Path string
	// Reason says what is missing.
	Reason string
}

// Project turns a diplo graph into the dyadic records that CAMEO- and
// PLOVER-coded datasets hold, in the order of the graph's events,
// statements and votes:
//
//   - a visit gives 042 from each guest to each host and 043 back; a summit
//     with a host likewise, without one 044 between the parties;
//   - talks, negotiation rounds, calls and the like give their code both
//     ways between every pair of parties; a mediation gives 045 from the
//     mediator to each party;
//   - a signing ceremony gives 057 both ways between the parties of each
//     accord signed at it (an accord whose signature action names the
//     event, or an accord among the event's outcomes);
//   - conflictual events (protest, expulsion...) give their code
//     from each initiator to each target;
//   - steps of accreditation give their code between their sending and
//     receiving sides, in the direction of Coding.From and To (an
//     agrément 050 from the receiving side, a recall 161 from the sending
//     side, a declaration of persona non grata 161 from the receiving
//     side), credentials 050 both ways; a departure is not coded;
//   - a planned event gives 036 (intent to meet), a cancelled one 161; a
//     postponed one nothing;
//   - a statement gives 010 from each speaker;
//   - a vote with a veto gives 129 from each vetoing member to each sponsor
//     of the motion (or to the body); other votes and resolutions give
//     nothing (see OptionCodings).
//
// Actors are resolved to states: a state is itself, a person acts for the
// state whose office they hold (through a tenure), for the party their
// delegation represents, or for the state a participant entry names; an
// organisation for its state or as itself (IGO, NGO...). CAMEO actor codes
// join the CAMEO country code and the type (GOV for states and their
// officials). Goldstein scores and quad classes come from the embedded
// CAMEO tables; PLOVER codings from the embedded CAMEO→PLOVER mapping, with
// the contexts of the event's or accord's domains added.
//
// Events that cannot be coded (no date, no two sides) are listed in the
// second result with their path; nothing is dropped without a word.
func Project(g *graph.Graph) ([]eventdata.Record, []Skipped) {
	p := projector{g: g, ix: graph.NewIndex(g)}
	for i, ev := range g.Events {
		p.event(i, ev)
	}
	for i, st := range g.Statements {
		p.statement(i, st)
	}
	for i := range g.Votes {
		p.vote(i, &g.Votes[i])
	}
	return p.out, p.skipped
}

type projector struct {
	g       *graph.Graph
	ix      *graph.Index
	out     []eventdata.Record
	skipped []Skipped

	// signedAt holds, by event ID, the indexes (ascending) of the accords
	// whose signature actions name the event; accordsByID the indexes of
	// the accords by ID. Both are made at the first signing ceremony.
	signedAt, accordsByID map[diplo.ID][]int
	// tenuresOf holds, by person, the indexes (ascending) of the person's
	// tenures; stateOf the index of the first state of each country. Both
	// are made when first needed.
	tenuresOf map[diplo.ID][]int
	stateOf   map[diplo.Country]int
}

// indexAccords makes p.signedAt and p.accordsByID.
func (p *projector) indexAccords() {
	p.signedAt = map[diplo.ID][]int{}
	p.accordsByID = map[diplo.ID][]int{}
	for i, a := range p.g.Accords {
		p.accordsByID[a.ID] = append(p.accordsByID[a.ID], i)
		for _, act := range a.Actions {
			if act.Kind != accord.Signature {
				continue
			}
			// An accord signed twice at one event is listed once.
			if l := p.signedAt[act.Event]; len(l) == 0 || l[len(l)-1] != i {
				p.signedAt[act.Event] = append(l, i)
			}
		}
	}
}

func (p *projector) skip(path, reason string) {
	p.skipped = append(p.skipped, Skipped{Path: path, Reason: reason})
}

func (p *projector) event(i int, ev event.Event) {
	path := check.IndexPath("events", i)
	day, ok := dayOf(eventDate(ev))
	if !ok {
		p.skip(path, "no start date known to the day")
		return
	}
	if c, ok := kindCodings[ev.Kind]; !ok {
		p.skip(path, "no coding for the event kind "+strconv.Quote(check.Quote(string(ev.Kind))))
		return
	} else if c.CAMEO == "" {
		p.skip(path, "a "+string(ev.Kind)+" is not coded: CAMEO has no code for it")
		return
	}
	st := ev.EffectiveStatus()
	if _, ok := statusCodings[st]; !ok && st != event.Held && st != event.Postponed {
		p.skip(path, "no coding for the event status "+strconv.Quote(check.Quote(string(st))))
		return
	}
	// A participant that stands on a side but resolves to no state or
	// organisation drops out of the dyads: say so.
	for j, pt := range ev.Participants {
		if roleSides[pt.Role] == None {
			continue
		}
		if _, ok := p.participantActor(pt, ev); !ok {
			p.skip(check.IndexPath(path+".participants", j), "resolves to no state or organisation to code")
		}
	}
	base := eventdata.Record{Dataset: eventdata.Diplo, ID: string(ev.ID), Date: day, Location: p.location(ev.Place), SourceURL: p.sourceURL(ev.Sources)}
	contexts := topicContexts(ev.Topics)
	n := len(p.out)
	switch {
	case st == event.Postponed:
		p.skip(path, "postponed events are not coded")
		return
	case st != event.Held:
		c := statusCodings[st]
		parties := p.sides(ev, Party, Source, Target)
		p.pairs(base, c.CAMEO, parties, parties, contexts)
	case ev.Kind == event.SigningCeremony:
		p.signings(base, ev)
	default:
		p.held(base, ev, contexts)
	}
	if len(p.out) == n {
		if c, ok := kindCodings[ev.Kind]; ok && c.CAMEO == "010" && ev.EffectiveStatus() == event.Held {
			p.skip(path, "a "+string(ev.Kind)+" is coded through its statements")
			return
		}
		p.skip(path, "no pair of actors to code ("+string(ev.Kind)+")")
	}
}

// eventDate returns the date an event is coded on: for a planned or
// cancelled event, the day its status history dates the announcement or
// the cancellation, which is what a coder codes (036 on the day the intent
// to meet is reported, 161 on the day the meeting is called off); for a
// held event, and for others whose history does not date their status
// to the day, its start.
func eventDate(ev event.Event) diplo.Date {
	if st := ev.EffectiveStatus(); st == event.Planned || st == event.Cancelled {
		if since := ev.StatusSince(); since.Precision() >= diplo.PrecisionDay {
			return since
		}
	}
	return ev.Start
}

func (p *projector) held(base eventdata.Record, ev event.Event, contexts []string) {
	c, ok := kindCodings[ev.Kind]
	if !ok {
		return
	}
	switch {
	case c.Reverse != "" || ev.Kind == event.Summit || ev.Kind == event.MultilateralConference:
		hosts := p.role(ev, event.Host)
		guests := p.others(ev, hosts)
		if len(hosts) == 0 {
			p.pairs(base, "044", guests, guests, contexts)
			return
		}
		p.pairs(base, "042", guests, hosts, contexts)
		p.pairs(base, "043", hosts, guests, contexts)
	case ev.Kind == event.Mediation:
		mediators := p.sides(ev, Source)
		parties := p.others(ev, mediators)
		p.pairs(base, "045", mediators, parties, contexts)
		p.pairs(base, "046", parties, parties, contexts)
	case c.From != "":
		p.pairs(base, c.CAMEO, p.role(ev, c.From), p.role(ev, c.To), contexts)
	case c.Reciprocal:
		parties := p.sides(ev, Party, Source, Target)
		p.pairs(base, c.CAMEO, parties, parties, contexts)
	case c.CAMEO == "010":
		// Statements speak for these events.
	default:
		p.pairs(base, c.CAMEO, p.sides(ev, Source), p.sides(ev, Target), contexts)
	}
}

// signings codes 057 for each accord signed at ev, between its parties,
// in the order of the graph's accords.
func (p *projector) signings(base eventdata.Record, ev event.Event) {
	if p.signedAt == nil {
		p.indexAccords()
	}
	idx := slices.Clone(p.signedAt[ev.ID])
	for _, id := range ev.Outcomes {
		idx = append(idx, p.accordsByID[id]...)
	}
	slices.Sort(idx)
	idx = slices.Compact(idx)
	for _, i := range idx {
		a := p.g.Accords[i]
		var parties []eventdata.Actor
		for _, id := range a.Parties {
			if act, ok := p.actor(id, ev); ok {
				parties = append(parties, act)
			}
		}
		contexts := topicContexts(a.Domains)
		r := base
		if _, s, ok := a.Title.Original(); ok {
			r.Text = s
		}
		p.pairs(r, "057", parties, parties, contexts)
	}
}

func (p *projector) statement(i int, st event.Statement) {
	path := check.IndexPath("statements", i)
	d := st.Date
	var occ event.Event
	if o, ok := p.ix.Event(st.Occasion); ok {
		occ = o
		if d.IsZero() {
			d = o.Start
		}
	}
	day, ok := dayOf(d)
	if !ok {
		p.skip(path, "no date known to the day")
		return
	}
	base := eventdata.Record{Dataset: eventdata.Diplo, ID: string(st.ID), Date: day, Location: p.location(occ.Place), SourceURL: p.sourceURL(st.Sources)}
	if _, s, ok := st.Text.Original(); ok {
		base.Text = s
	}
	code, ok := statementCodings[st.Kind]
	if !ok {
		p.skip(path, "no coding for the statement kind "+strconv.Quote(check.Quote(string(st.Kind))))
		return
	}
	n := len(p.out)
	for _, sp := range st.Speakers {
		if a, ok := p.actor(sp, occ); ok {
			p.emit(base, code.CAMEO, a, eventdata.Actor{}, nil)
		}
	}
	if len(p.out) == n {
		p.skip(path, "no speaker resolves to an actor")
	}
}

// pairs emits code from every source to every target that is a different
// actor.
func (p *projector) pairs(base eventdata.Record, code string, sources, targets []eventdata.Actor, contexts []string) {
	for _, s := range sources {
		for _, t := range targets {
			if s.ID == t.ID || (s.Code == t.Code && s.Code != "") {
				continue
			}
			p.emit(base, code, s, t, contexts)
		}
	}
}

func (p *projector) emit(base eventdata.Record, code string, source, target eventdata.Actor, contexts []string) {
	r := base
	r.Source, r.Target = source, target
	r.CAMEO = code
	if ec, ok := cameo.LookupEvent(code); ok {
		r.BaseCode, r.RootCode = ec.BaseCode, ec.RootCode
		r.QuadClass = int(ec.QuadClass)
		r.Goldstein = ec.Goldstein
	}
	if c, ok := plover.FromCAMEO(code); ok {
		r.PLOVER.Event = string(c.Event)
		r.PLOVER.Mode = string(c.Mode)
		for _, x := range c.Contexts {
			r.PLOVER.Contexts = appendUnique(r.PLOVER.Contexts, string(x))
		}
		for _, x := range contexts {
			r.PLOVER.Contexts = appendUnique(r.PLOVER.Contexts, x)
		}
	}
	p.out = append(p.out, r)
}

func appendUnique(list []string, s string) []string {
	if s == "" || slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// role returns the actors with role r in ev.
func (p *projector) role(ev event.Event, r event.Role) []eventdata.Actor {
	var out []eventdata.Actor
	for _, pt := range ev.Participants {
		if pt.Role != r {
			continue
		}
		out = p.addActor(out, pt, ev)
	}
	return out
}

// sides returns the actors whose roles stand on one of the sides.
func (p *projector) sides(ev event.Event, sides ...Side) []eventdata.Actor {
	var out []eventdata.Actor
	for _, pt := range ev.Participants {
		if !slices.Contains(sides, roleSides[pt.Role]) {
			continue
		}
		out = p.addActor(out, pt, ev)
	}
	return out
}

// others returns the party-side actors of ev that are not in exclude.
func (p *projector) others(ev event.Event, exclude []eventdata.Actor) []eventdata.Actor {
	var out []eventdata.Actor
	for _, a := range p.sides(ev, Party) {
		if !slices.ContainsFunc(exclude, func(x eventdata.Actor) bool { return x.ID == a.ID }) {
			out = append(out, a)
		}
	}
	return out
}

func (p *projector) addActor(list []eventdata.Actor, pt event.Participant, ev event.Event) []eventdata.Actor {
	a, ok := p.participantActor(pt, ev)
	if !ok || slices.ContainsFunc(list, func(x eventdata.Actor) bool { return x.ID == a.ID }) {
		return list
	}
	return append(list, a)
}

// participantActor resolves a participant to the actor a dyad names: the
// party it represents, its delegation's, or its own.
func (p *projector) participantActor(pt event.Participant, ev event.Event) (eventdata.Actor, bool) {
	id := pt.Representing
	if id.IsZero() && !pt.Delegation.IsZero() {
		if r, ok := p.ix.Lookup(pt.Delegation); ok && r.Type == graph.DelegationNode {
			id = p.g.Delegations[r.Index].Represents
		}
	}
	if id.IsZero() {
		id = pt.Actor
	}
	return p.actor(id, ev)
}

// actor resolves a node to the actor a dyad names: a state with type GOV, an
// organisation, or the state a person, office or delegation acts for.
func (p *projector) actor(id diplo.ID, ev event.Event) (eventdata.Actor, bool) {
	r, ok := p.ix.Lookup(id)
	if !ok {
		return eventdata.Actor{}, false
	}
	switch r.Type {
	case graph.StateNode:
		s := p.g.States[r.Index]
		return stateActor(s, "GOV"), true
	case graph.OrganizationNode:
		o := p.g.Organizations[r.Index]
		typ := orgTypes[o.Kind]
		if o.Kind == actor.GovernmentalBody || o.Kind == actor.ArmedForces || o.Kind == actor.Legislature || o.Kind == actor.Court {
			if s, ok := p.state(o.PartOf, o.Country); ok {
				return stateActor(s, typ), true
			}
		}
		a := eventdata.Actor{ID: string(o.ID), Name: o.Name.String(), Types: nonEmpty(typ)}
		if o.Country != "" {
			a.Country = string(o.Country)
			a.CountryCode, _ = cameo.CountryCAMEO(string(o.Country))
		}
		a.Code = a.CountryCode + typ
		return a, true
	case graph.DelegationNode:
		return p.actor(p.g.Delegations[r.Index].Represents, ev)
	case graph.MissionNode:
		// A mission acts for the side that sends it.
		return p.actor(p.g.Missions[r.Index].Sending, ev)
	case graph.OfficeNode:
		o := p.g.Offices[r.Index]
		return p.officeActor(o, ev)
	case graph.PersonNode:
		if p.tenuresOf == nil {
			p.tenuresOf = map[diplo.ID][]int{}
			for i, t := range p.g.Tenures {
				p.tenuresOf[t.Person] = append(p.tenuresOf[t.Person], i)
			}
		}
		for _, i := range p.tenuresOf[id] {
			t := p.g.Tenures[i]
			if !ev.Start.IsZero() && t.Span().Excludes(ev.Start) {
				continue
			}
			if or, ok := p.ix.Lookup(t.Office); ok && or.Type == graph.OfficeNode {
				if a, ok := p.officeActor(p.g.Offices[or.Index], ev); ok {
					return a, true
				}
			}
		}
	}
	return eventdata.Actor{}, false
}

func (p *projector) officeActor(o actor.Office, ev event.Event) (eventdata.Actor, bool) {
	typ := officeTypes[o.Role]
	if typ == "" {
		typ = "GOV"
	}
	of := o.Of
	if r, ok := p.ix.Lookup(of); ok && r.Type == graph.MissionNode {
		// The head of a mission acts for the side that sends it.
		of = p.g.Missions[r.Index].Sending
	}
	if s, ok := p.state(of, ""); ok {
		return stateActor(s, typ), true
	}
	return p.actor(of, ev)
}

// state finds the state id names, or the state of a country code.
func (p *projector) state(id diplo.ID, country diplo.Country) (actor.State, bool) {
	if r, ok := p.ix.Lookup(id); ok && r.Type == graph.StateNode {
		return p.g.States[r.Index], true
	}
	if country == "" {
		return actor.State{}, false
	}
	if p.stateOf == nil {
		p.stateOf = map[diplo.Country]int{}
		for i, s := range p.g.States {
			if _, ok := p.stateOf[s.Country]; !ok {
				p.stateOf[s.Country] = i
			}
		}
	}
	if i, ok := p.stateOf[country]; ok {
		return p.g.States[i], true
	}
	return actor.State{}, false
}

// stateActor returns the actor of a state (or of one of its bodies or
// officials, typ), named by its English name.
func stateActor(s actor.State, typ string) eventdata.Actor {
	code, _ := cameo.CountryCAMEO(string(s.Country))
	return eventdata.Actor{ID: string(s.ID), Name: english(s.Name), Country: string(s.Country), CountryCode: code, Code: code + typ, Types: nonEmpty(typ)}
}

// english returns t.GetTag(language.English), or t.String() for an
// empty t. A Text with one value or with an "en" value gives it without
// building a language matcher, which GetTag does for every call.
func english(t diplo.Text) string {
	if len(t) == 1 {
		for _, s := range t {
			return s
		}
	}
	if s, ok := t[language.English]; ok {
		return s
	}
	s, _ := t.GetTag(language.English)
	return s
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

var orgTypes = map[actor.OrgKind]string{
	actor.Intergovernmental: "IGO",
	// CAMEO has no type of its own for a supranational organisation: it
	// codes the European Union as an IGO.
	actor.Supranational:    "IGO",
	actor.GovernmentalBody: "GOV",
	actor.Commission:       "IGO",
	actor.Legislature:      "LEG",
	actor.Court:            "JUD",
	actor.Party:            "",
	actor.ArmedForces:      "MIL",
	actor.ArmedGroup:       "REB",
	actor.Company:          "BUS",
	actor.NGO:              "NGO",
	actor.Media:            "MED",
	actor.ReligiousBody:    "",
}

var officeTypes = map[actor.OfficeRole]string{
	actor.Legislator:        "LEG",
	actor.MilitaryCommander: "MIL",
}

func (p *projector) location(pl diplo.Place) eventdata.Location {
	if pl.IsZero() {
		return eventdata.Location{}
	}
	l := eventdata.Location{Name: pl.Name.String(), Country: string(pl.Country)}
	if len(pl.Name) > 0 {
		l.Name = english(pl.Name)
	}
	if pl.Country != "" {
		l.CountryCode, _ = cameo.ISOToFIPS(string(pl.Country))
	}
	if pl.Coordinates != nil {
		l.Lat, l.Lon, l.HasCoords = pl.Coordinates.Latitude, pl.Coordinates.Longitude, true
	}
	if !pl.GeoNames.IsZero() {
		l.FeatureID = pl.GeoNames.Value
	}
	return l
}

func (p *projector) sourceURL(ids []diplo.ID) string {
	for _, id := range ids {
		if r, ok := p.ix.Lookup(id); ok && r.Type == graph.SourceNode && p.g.Sources[r.Index].URL != "" {
			return p.g.Sources[r.Index].URL
		}
	}
	return ""
}

func topicContexts(ts []diplo.Topic) []string {
	var out []string
	for _, t := range ts {
		out = appendUnique(out, domainContexts[t.Domain])
	}
	return out
}

// dayOf returns the first day of a date known at least to the day.
func dayOf(d diplo.Date) (time.Time, bool) {
	if d.Precision() < diplo.PrecisionDay {
		return time.Time{}, false
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC), true
}

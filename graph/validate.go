package graph

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/check"
)

// Groups of node types that a reference may name.
var (
	anyActor   = []NodeType{PersonNode, StateNode, OrganizationNode, OfficeNode, DelegationNode}
	partyTypes = []NodeType{StateNode, OrganizationNode}
	outcomes   = []NodeType{AccordNode, ResolutionNode}
	voters     = []NodeType{PersonNode, StateNode, OrganizationNode}
	officeOf   = []NodeType{StateNode, OrganizationNode, MissionNode}
	speakers   = []NodeType{PersonNode, StateNode, OrganizationNode, OfficeNode, DelegationNode, MissionNode}
	attendees  = []NodeType{PersonNode, StateNode, OrganizationNode, OfficeNode, DelegationNode, MissionNode}
	anyNode    []NodeType // nil: any type
)

// Validate checks every node with its own Validate method, and then the
// rules that span nodes, which the package documentation lists by name
// (see Rules); the error of a broken rule is a *RuleError.
//
// Errors carry JSON paths from the graph's root, such as
// accords[1].signatories[0].party, and are sorted by path. At most
// diplo.MaxErrors are listed; the list then ends with a
// *diplo.OmittedErrors that counts the rest (see diplo.Errors).
//
// Validate takes time in proportion to the size of the graph, however long
// its lists, with one exception: the signatories of an accord are checked
// once for each distinct event and party of its signature actions, so an
// accord with many accord-wide signature actions at different events and
// many signatories costs their product.
//
// Validating a valid graph allocates nothing: paths are written out only
// for the errors found, and the table of node IDs is reused from one call
// to the next.
func (g *Graph) Validate() error {
	var c check.Collector
	c.Add("title", g.Title.Validate())
	if !g.ID.IsZero() {
		c.Add("id", g.ID.Validate())
	}
	s := getScratch(g.Len())
	defer putScratch(s)
	v := checker{g: g, ids: &s.ids, c: &c, s: s}
	v.index(g)
	for i, n := range g.Persons {
		p := root("persons", i)
		v.node(p, n.Validate())
		v.refs(p, "sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.States {
		p := root("states", i)
		v.node(p, n.Validate())
		v.refs(p, "sources", n.Sources, SourceNode)
	}
	for i, n := range g.Organizations {
		p := root("organizations", i)
		v.node(p, n.Validate())
		v.ref(p.field("partOf"), n.PartOf, partyTypes...)
		v.refs(p, "members", n.Members, partyTypes...)
		v.ref(p.field("createdBy"), n.CreatedBy, AccordNode)
		v.refs(p, "sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Offices {
		p := root("offices", i)
		v.node(p, n.Validate())
		v.ref(p.field("of"), n.Of, officeOf...)
		v.refs(p, "sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Tenures {
		p := root("tenures", i)
		v.node(p, n.Validate())
		v.ref(p.field("person"), n.Person, PersonNode)
		v.ref(p.field("office"), n.Office, OfficeNode)
		v.refs(p, "accreditedTo", n.AccreditedTo, partyTypes...)
		v.concurrent(p, &g.Tenures[i])
		v.refs(p, "sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Delegations {
		p := root("delegations", i)
		v.node(p, n.Validate())
		v.ref(p.field("represents"), n.Represents, partyTypes...)
		v.ref(p.field("head"), n.Head, PersonNode)
		v.refs(p, "members", n.Members, PersonNode)
		v.refs(p, "sources", n.Sources, SourceNode)
	}
	for i, n := range g.Missions {
		p := root("missions", i)
		v.node(p, n.Validate())
		v.ref(p.field("sending"), n.Sending, partyTypes...)
		v.ref(p.field("receiving"), n.Receiving, partyTypes...)
		v.refs(p, "sources", n.Sources, SourceNode)
	}
	for i := range g.Events {
		n := &g.Events[i]
		p := root("events", i)
		v.node(p, n.Validate())
		v.event(p, n)
	}
	v.cycles(s)
	for i := range g.Statements {
		n := &g.Statements[i]
		p := root("statements", i)
		v.node(p, n.Validate())
		v.refs(p, "speakers", n.Speakers, speakers...)
		occasion, ok := v.ref(p.field("occasion"), n.Occasion, EventNode)
		v.refs(p, "about", n.About, anyNode...)
		v.attribution(p, &n.Attribution)
		v.claims(p, n.Claims)
		// A statement made on an occasion is made during it.
		if occ := v.eventOf(occasion, ok); occ != nil && occ.Span().Excludes(n.Date) {
			v.broke(p.field("date").String(), RuleStatementWithinOccasion, diplo.ErrInconsistent,
				"statement dated "+n.Date.String()+" lies outside its occasion "+v.name(occ.ID)+", "+when(occ.Span()))
		}
	}
	for i := range g.Accords {
		n := &g.Accords[i]
		p := root("accords", i)
		v.node(p, n.Validate())
		v.accord(p, n)
	}
	for i := range g.Resolutions {
		n := &g.Resolutions[i]
		p := root("resolutions", i)
		v.node(p, n.Validate())
		v.ref(p.field("body"), n.Body, OrganizationNode)
		v.refs(p, "sponsors", n.Sponsors, partyTypes...)
		v.refs(p, "sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i := range g.Votes {
		n := &g.Votes[i]
		p := root("votes", i)
		v.node(p, n.Validate())
		v.vote(p, n)
	}
	for i, n := range g.Sources {
		p := root("sources", i)
		v.node(p, n.Validate())
		v.ref(p.field("publisherId"), n.PublisherID, anyActor...)
	}
	return c.Err()
}

// A path is the JSON path of a value, kept as its parts and written out
// only when an error is reported there, so that checking a valid graph
// builds no strings. Each part points to the path it extends, which its
// caller holds: a path is three words, passed in registers, whatever its
// depth.
type path struct {
	up    *path  // the path this part extends; nil for a root
	name  string // a field name
	index int    // an array index, or negative for none
}

// root returns the path list[i].
func root(list string, i int) path {
	return path{name: list, index: i}
}

// field returns the path of the field name of p.
func (p *path) field(name string) path { return path{p, name, -1} }

// at returns the path of element i of the array field name of p.
func (p *path) at(name string, i int) path { return path{p, name, i} }

// atField returns, written out, the path of the field of element i of
// the array field name of p.
func (p *path) atField(name string, i int, field string) string {
	a := p.at(name, i)
	f := a.field(field)
	return f.String()
}

// String writes the path as check.JoinPath and check.IndexPath do.
func (p path) String() string {
	var b []byte
	if p.up != nil {
		b = append(b, p.up.String()...)
		b = append(b, '.')
	}
	b = append(b, p.name...)
	if p.index >= 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(p.index), 10)
		b = append(b, ']')
	}
	return string(b)
}

// scratch is the working memory of one Validate call: the node of each ID,
// and what the walk over parts keeps per event and on its stacks. Validate
// takes one from scratchPool and returns it cleared, so that validating
// allocates only while the pool warms up.
type scratch struct {
	ids   idTable // the node of each ID
	walk  []walkState
	stack []frame
	comp  []int32 // events walked whose component is not yet complete
	// The event that each part of each event names, or -1 (parts names
	// no event): the parts of event i start at parts[partsAt[i]].
	parts   []int32
	partsAt []int32
	// Built only for the events too large to search (see takesPart), and
	// not kept from one call to the next.
	takers *takers
	// The index of the tenures of missions' offices by person, built at
	// the first step of accreditation with an envoy (see envoyMission) and
	// kept from one call to the next: envoys holds the range of each
	// person's group in order, starts and reach; order the tenures, starts
	// their starts and reach the latest end of the group so far, in Unix
	// seconds. entries is indexEnvoys' working memory.
	envoys  map[diplo.ID][2]int32
	order   []int32
	starts  []int64
	reach   []int64
	entries []envoyEntry
	built   bool
}

type frame struct{ event, next int }

var scratchPool sync.Pool

// getScratch returns a cleared scratch for a graph of n nodes, its table
// of IDs made ready for them. A scratch kept from a much larger graph is
// dropped rather than reused, since clearing its table costs time in
// proportion to its size.
func getScratch(n int) *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || s.ids.oversized(n) {
		s = new(scratch)
	}
	s.ids.reset(n)
	return s
}

func putScratch(s *scratch) {
	s.takers = nil
	s.parts, s.partsAt = s.parts[:0], s.partsAt[:0]
	if s.built {
		clear(s.envoys)
		s.built = false
	}
	s.ids.clear()
	scratchPool.Put(s)
}

// checker holds what the checks that span nodes need: the graph, the node
// of each ID, and where errors go.
type checker struct {
	g   *Graph
	ids *idTable
	c   *check.Collector
	s   *scratch
}

// index fills the table of IDs as NewIndex does, reporting each ID that a
// node shares with an earlier one.
//
// It takes the graph apart from v and calls no function value: escape
// analysis does not tell v's fields apart, so a graph pointer taken from
// v and handed to the table's methods, or a method value v.add, would
// move the collector that v points to onto the heap, and Validate would
// allocate on a valid graph.
func (v checker) index(g *Graph) {
	for k, kind := range nodeTypes {
		for i, n := 0, kind.len(g); i < n; i++ {
			v.add(k, i, kind.idAt(g, i))
		}
	}
}

// add records node i of the type at place k of nodeTypes, of ID id.
func (v checker) add(k, i int, id diplo.ID) {
	if id.IsZero() {
		return
	}
	if prev, dup := v.ids.add(k, i, id); dup {
		t := typeAt[k]
		r := Ref{t, i}
		v.broke(r.Path()+".id", RuleUniqueID, diplo.ErrDuplicate,
			article(t)+" has the ID of "+article(prev.Type)+" "+v.name(id)+" at "+prev.Path()+": no two nodes share an ID")
	}
}

// get returns the node of id, and whether there is one.
func (v checker) get(id diplo.ID) (Ref, bool) { return v.ids.get(id) }

// typeAt holds the node type of each place of nodeTypes.
var typeAt = func() (t [len(nodeTypes)]NodeType) {
	for k, kind := range nodeTypes {
		t[k] = kind.typ()
	}
	return t
}()

// node records the error of a node's own Validate method under the node's
// path.
func (v checker) node(p path, err error) {
	if err != nil {
		v.c.Add(p.String(), err)
	}
}

// event1 returns the event with the given ID, or nil.
func (v checker) event1(id diplo.ID) *event.Event {
	r, ok := v.get(id)
	return v.eventOf(r, ok)
}

// eventOf returns the event of r, or nil when r is not an event or ok is
// false: the answer of event1 from a look-up made already.
func (v checker) eventOf(r Ref, ok bool) *event.Event {
	if ok && r.Type == EventNode {
		return &v.g.Events[r.Index]
	}
	return nil
}

// ref checks that id, if set, names a node of one of the types (any type if
// none is given). It returns the node id names and whether it names one,
// of whatever type, so that the caller need not look it up again.
func (v checker) ref(p path, id diplo.ID, types ...NodeType) (Ref, bool) {
	return v.refAs(p, "", id, types...)
}

// refAs checks id as ref does, and returns what ref returns; its errors
// call what id names w, or, when w is empty, by the word of its field
// (see word).
func (v checker) refAs(p path, w string, id diplo.ID, types ...NodeType) (Ref, bool) {
	if id.IsZero() {
		return Ref{}, false
	}
	r, ok := v.get(id)
	if !ok {
		if w == "" {
			w = word(p)
		}
		v.broke(p.String(), RuleReference, diplo.ErrReference, w+" "+check.Quote(string(id))+" names no node of the graph")
		return r, false
	}
	if len(types) == 0 {
		return r, true
	}
	for _, t := range types {
		if r.Type == t {
			return r, true
		}
	}
	if w == "" {
		w = word(p)
	}
	v.broke(p.String(), RuleReferenceType, diplo.ErrReference,
		w+" "+v.name(id)+" is "+article(r.Type)+"; "+withArticle(w)+" is "+typeList(types))
	return r, true
}

// refs checks each id of the list field of p as ref does.
func (v checker) refs(p path, field string, ids []diplo.ID, types ...NodeType) {
	for i, id := range ids {
		v.ref(p.at(field, i), id, types...)
	}
}

func (v checker) attribution(p path, a *diplo.Attribution) {
	v.refs(p, "sources", a.Sources, SourceNode)
	v.refs(p, "by", a.By, anyActor...)
}

func (v checker) claims(p path, cls []diplo.Claim) {
	for i := range cls {
		v.attribution(p.at("claims", i), &cls[i].Attribution)
	}
}

func (v checker) event(p path, e *event.Event) {
	for i, pt := range e.Participants {
		pp := p.at("participants", i)
		r, ok := v.ref(pp.field("actor"), pt.Actor, attendees...)
		v.missionRole(pp, e, pt, r, ok)
		v.ref(pp.field("delegation"), pt.Delegation, DelegationNode)
		v.ref(pp.field("representing"), pt.Representing, partyTypes...)
	}
	if e.Kind.IsAccreditation() {
		v.accreditation(p, e)
	}
	// The event of each part, or -1, is kept for the second loop and for
	// cycles, so that each part is looked up once.
	s := v.s
	at := int32(len(s.parts))
	for i, part := range e.Parts {
		r, ok := v.ref(p.at("parts", i), part, EventNode)
		if !ok || r.Type != EventNode {
			r.Index = -1
		}
		s.parts = append(s.parts, int32(r.Index))
	}
	s.partsAt = append(s.partsAt, at)
	for i, part := range e.Parts {
		// A part happens within the span of the whole.
		var pe *event.Event
		if j := s.parts[int(at)+i]; j >= 0 {
			pe = &v.g.Events[j]
		}
		if pe != nil && pe.EffectiveStatus() == event.Held && e.EffectiveStatus() == event.Held &&
			(e.Span().Excludes(pe.Start) || e.Span().Excludes(pe.Span().End)) {
			v.broke(p.at("parts", i).String(), RulePartWithinWhole, diplo.ErrInconsistent,
				"part "+v.name(part)+", "+when(pe.Span())+", lies outside "+v.name(e.ID)+", "+when(e.Span()))
		}
	}
	for i, r := range e.Relations {
		rp := p.at("relations", i)
		ep := rp.field("event")
		c, ok := v.ref(ep, r.Event, EventNode)
		if r.Kind == event.CausedBy {
			v.cause(ep, e, r.Event, v.eventOf(c, ok))
		}
	}
	v.refs(p, "outcomes", e.Outcomes, outcomes...)
	for i := range e.StatusHistory {
		v.attribution(p.at("statusHistory", i), &e.StatusHistory[i].Attribution)
	}
	for i := range e.Deadlines {
		v.attribution(p.at("deadlines", i), &e.Deadlines[i].Attribution)
	}
	for i := range e.Characterisations {
		cp := p.at("characterisations", i)
		v.ref(cp.field("statement"), e.Characterisations[i].Statement, StatementNode)
		v.attribution(cp, &e.Characterisations[i].Attribution)
	}
	v.refs(p, "sources", e.Sources, SourceNode)
	v.claims(p, e.Claims)
}

// missionRole checks the rule mission-role on the participant pt of e: a
// mission takes part as an institution does, not in a role that a person
// plays (envoy, recipient, head of delegation, delegate, signatory,
// witness), nor as a side of a step of accreditation, which are the states
// or organisations between which missions are sent. In a step of
// accreditation, a mission as a side, envoy or recipient breaks the rule
// accreditation-sides instead, which reports it.
//
// r and ok are what ref returned for the participant's actor.
func (v checker) missionRole(p path, e *event.Event, pt event.Participant, r Ref, ok bool) {
	if !ok || r.Type != MissionNode {
		return
	}
	switch pt.Role {
	case event.Sending, event.Receiving, event.EnvoyRole, event.Recipient:
		if e.Kind.IsAccreditation() {
			return
		}
	case event.HeadOfDelegation, event.Delegate, event.Signatory, event.Witness:
	default:
		return
	}
	v.broke(p.field("role").String(), RuleMissionRole, diplo.ErrInconsistent,
		"mission "+v.name(pt.Actor)+" takes part in "+v.name(e.ID)+" as "+string(pt.Role)+", a role that "+missionRoleWho(pt.Role)+" plays")
}

// missionRoleWho says who plays the role r, which a mission does not.
func missionRoleWho(r event.Role) string {
	if r == event.Sending || r == event.Receiving {
		return "a state or organisation of a step of accreditation"
	}
	return "a person"
}

// cause checks that the cause of e, the event c of id (nil when id names
// no event), does not begin after e is over: after the end of e's span
// and the last change of its status (a summit postponed because of a coup
// is postponed after the coup began). Only an order that is certain is
// judged.
func (v checker) cause(p path, e *event.Event, id diplo.ID, c *event.Event) {
	if c == nil || c.Start.IsZero() {
		return
	}
	last := e.Span().End
	if n := len(e.StatusHistory); n > 0 && (last.IsZero() || e.StatusHistory[n-1].Date.After(last)) {
		last = e.StatusHistory[n-1].Date
	}
	if last.IsZero() || !c.Start.After(last) {
		return
	}
	v.broke(p.String(), RuleCauseBeforeEffect, diplo.ErrOrder,
		"cause "+v.name(id)+", from "+c.Start.String()+", begins after "+v.name(e.ID)+" is over, "+last.String())
}

// walkState is what the walk over parts keeps of one event.
type walkState struct {
	order int32 // 1 + the order in which the walk reached it; 0: not yet
	low   int32 // the least order reachable from it within its component
	state uint8 // where it is: see cycles
	back  int32 // 1 + the part that closes a cycle back to the walk's path, 0: none
	seq   int32 // when that part was found, for choosing the first one
}

// cycles reports each set of events that are, through parts, parts of each
// other (each strongly connected component of the parts that holds more
// than one event) once: at the first part found, in a depth-first walk over
// the events in order, that leads back to an event still being walked. The
// walk is Tarjan's, linear in the number of events and parts. A part that
// is the event itself is left to event.Event.Validate. The walk keeps its
// own stack, so that a long chain of parts cannot exhaust the goroutine's.
func (v checker) cycles(s *scratch) {
	const (
		white  = iota // not reached yet
		grey          // on the current path
		open          // walked, in a component still open
		closed        // in a closed component
	)
	g := v.g
	ws := slices.Grow(s.walk[:0], len(g.Events))[:len(g.Events)]
	clear(ws)
	stack, comp := s.stack[:0], s.comp[:0]
	defer func() { s.walk, s.stack, s.comp = ws[:0], stack[:0], comp[:0] }()
	var order, seq int32
	reach := func(e int) {
		order++
		ws[e] = walkState{order: order, low: order, state: grey}
		stack = append(stack, frame{e, 0})
		comp = append(comp, int32(e))
	}
	for root := range g.Events {
		if ws[root].state != white {
			continue
		}
		reach(root)
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			e := f.event
			if f.next < len(g.Events[e].Parts) {
				j := f.next
				f.next++
				part := int(s.parts[int(s.partsAt[e])+j]) // the event of the part, or -1
				if part < 0 || part == e {
					continue
				}
				switch w := &ws[part]; w.state {
				case white:
					reach(part)
				case grey, open:
					ws[e].low = min(ws[e].low, w.order)
					if w.state == grey && ws[e].back == 0 {
						seq++
						ws[e].back, ws[e].seq = int32(j)+1, seq
					}
				}
				continue
			}
			stack = stack[:len(stack)-1]
			ws[e].state = open
			if len(stack) > 0 {
				p := stack[len(stack)-1].event
				ws[p].low = min(ws[p].low, ws[e].low)
			}
			if ws[e].low != ws[e].order {
				continue
			}
			// e is the first event reached of a component: close it, and
			// report its first part that closes a cycle.
			first := -1
			for {
				m := int(comp[len(comp)-1])
				comp = comp[:len(comp)-1]
				ws[m].state = closed
				if ws[m].back != 0 && (first < 0 || ws[m].seq < ws[first].seq) {
					first = m
				}
				if m == e {
					break
				}
			}
			if first >= 0 {
				j := int(ws[first].back - 1)
				v.broke(check.IndexPath(check.IndexPath("events", first)+".parts", j), RulePartCycle, diplo.ErrCycle,
					"part "+v.name(g.Events[first].Parts[j])+" of "+v.name(g.Events[first].ID)+" leads back to it through its parts: no event is a part of itself")
			}
		}
	}
}

func (v checker) accord(p path, a *accord.Accord) {
	v.refs(p, "parties", a.Parties, partyTypes...)
	for i, s := range a.Signatories {
		sp := p.at("signatories", i)
		v.refAs(sp.field("person"), capacityWord(s.Capacity), s.Person, PersonNode)
		v.ref(sp.field("party"), s.Party, partyTypes...)
		v.ref(sp.field("office"), s.Office, OfficeNode)
	}
	v.refs(p, "creates", a.Creates, OrganizationNode)
	// The signature actions at an event of the graph; up to
	// check.SmallList of them are kept without allocating.
	var buf [check.SmallList]signature
	signing := buf[:0]
	for i := range a.Actions {
		act := &a.Actions[i]
		ap := p.at("actions", i)
		v.ref(ap.field("party"), act.Party, partyTypes...)
		r, ok := v.ref(ap.field("event"), act.Event, EventNode)
		v.attribution(ap, &act.Attribution)
		ev := v.eventOf(r, ok)
		if ev == nil {
			continue
		}
		// An action taken at an event is dated within the event.
		if ev.Span().Excludes(act.Date) {
			v.broke(ap.field("date").String(), RuleActionWithinEvent, diplo.ErrInconsistent,
				string(act.Kind)+" dated "+act.Date.String()+" lies outside "+v.name(ev.ID)+", "+when(ev.Span())+", where it took place")
		}
		if act.Kind == accord.Signature {
			signing = append(signing, signature{i, r.Index})
		}
	}
	v.signers(p, a, signing)
	v.ref(p.field("depositary"), a.Depositary, StateNode, OrganizationNode, OfficeNode)
	for i, r := range a.Relations {
		rp := p.at("relations", i)
		v.ref(rp.field("accord"), r.Accord, AccordNode)
	}
	v.refs(p, "sources", a.Sources, SourceNode)
	v.claims(p, a.Claims)
}

// vote checks the references of a vote, that it is taken within the
// event it names, and that it agrees with its motion: taken by the
// motion's body, with a result that agrees with the motion's status and
// method.
func (v checker) vote(p path, n *decision.Vote) {
	motion, hasMotion := v.ref(p.field("motion"), n.Motion, ResolutionNode)
	v.ref(p.field("body"), n.Body, OrganizationNode)
	at, ok := v.ref(p.field("event"), n.Event, EventNode)
	for i := range n.Counts {
		cp := p.at("counts", i)
		v.ref(cp.field("group"), n.Counts[i].Group, OrganizationNode)
	}
	for i := range n.Positions {
		pp := p.at("positions", i)
		v.ref(pp.field("voter"), n.Positions[i].Voter, voters...)
		v.ref(pp.field("explanation"), n.Positions[i].Explanation, StatementNode)
	}
	v.refs(p, "sources", n.Sources, SourceNode)
	v.claims(p, n.Claims)
	// A vote taken at an event is dated within it.
	if ev := v.eventOf(at, ok); ev != nil && ev.Span().Excludes(n.Date) {
		v.broke(p.field("date").String(), RuleVoteWithinEvent, diplo.ErrInconsistent,
			"vote dated "+n.Date.String()+" lies outside "+v.name(ev.ID)+", "+when(ev.Span())+", where it was taken")
	}
	if !hasMotion || motion.Type != ResolutionNode {
		return
	}
	m := &v.g.Resolutions[motion.Index]
	// A vote is taken by the body its motion is put to.
	if !n.Body.IsZero() && !m.Body.IsZero() && n.Body != m.Body {
		v.broke(p.field("body").String(), RuleVoteAgreesWithMotion, diplo.ErrInconsistent,
			"vote on "+v.name(m.ID)+" is taken by "+v.name(n.Body)+", not by the body of its motion, "+v.name(m.Body))
	}
	// The result of the vote is what became of the motion: adopted by a
	// vote, or rejected. (A motion withdrawn in the vote may be put
	// again; a motion adopted may have been rejected in an earlier vote
	// only under another symbol, as a new draft.)
	want := decision.Status("")
	switch n.Result {
	case decision.ResultAdopted:
		want = decision.Adopted
	case decision.ResultRejected:
		want = decision.Rejected
	}
	if want != "" && m.Status != "" && m.Status != want {
		v.broke(p.field("result").String(), RuleVoteAgreesWithMotion, diplo.ErrInconsistent,
			"vote "+string(n.Result)+" "+v.name(m.ID)+", whose status is "+string(m.Status))
	} else if want == decision.Adopted && m.Method != "" && m.Method != decision.ByVote {
		v.broke(p.field("result").String(), RuleVoteAgreesWithMotion, diplo.ErrInconsistent,
			"vote adopted "+v.name(m.ID)+", adopted by "+string(m.Method)+" rather than by a vote")
	}
}

// signers checks that whoever signs an accord at a signing event takes
// part in that event: for each signature action (the indices in signing)
// the signatories of its party, or all of them for an accord-wide action.
// A signature action with the same event and party as an earlier one
// would report the same errors again, and is skipped. Long lists are
// grouped with maps, so that the work is one look-up per signatory of each
// distinct signing event and party.
func (v checker) signers(p path, a *accord.Accord, signing []signature) {
	if len(signing) == 0 {
		return
	}
	type eventParty struct{ event, party diplo.ID }
	var (
		done    map[eventParty]struct{}
		byParty map[diplo.ID][]int
	)
	if len(signing) > check.SmallList {
		done = make(map[eventParty]struct{}, len(signing))
	}
	for k, sig := range signing {
		act := &a.Actions[sig.action]
		if done != nil {
			key := eventParty{act.Event, act.Party}
			if _, ok := done[key]; ok {
				continue
			}
			done[key] = struct{}{}
		} else if slices.ContainsFunc(signing[:k], func(s signature) bool {
			return a.Actions[s.action].Event == act.Event && a.Actions[s.action].Party == act.Party
		}) {
			continue
		}
		t := v.takersOf(sig.event)
		checkSigner := func(j int) {
			s := &a.Signatories[j]
			if !v.takesPart(&t, s.Person) {
				v.broke(p.atField("signatories", j, "person"), RuleSignerTakesPart, diplo.ErrInconsistent,
					capacityWord(s.Capacity)+" "+v.name(s.Person)+" is not a participant of "+v.name(act.Event))
			}
		}
		switch {
		case act.Party.IsZero():
			for j := range a.Signatories {
				checkSigner(j)
			}
		case len(a.Signatories) <= check.SmallList:
			for j := range a.Signatories {
				if a.Signatories[j].Party == act.Party {
					checkSigner(j)
				}
			}
		default:
			if byParty == nil {
				byParty = make(map[diplo.ID][]int)
				for j := range a.Signatories {
					byParty[a.Signatories[j].Party] = append(byParty[a.Signatories[j].Party], j)
				}
			}
			for _, j := range byParty[act.Party] {
				checkSigner(j)
			}
		}
	}
}

// A signature is a signature action of an accord at an event of the
// graph: the index of the action and of the event.
type signature struct{ action, event int }

// eventTakers is what takesPart needs of one event: its index, and
// whether it is small enough to be searched (up to check.SmallList
// participants, and no delegation among them of more than
// check.SmallList members), with then the delegation of each
// participant, or nil, so that a search looks nothing up.
type eventTakers struct {
	event       int
	small       bool
	delegations [check.SmallList]*actor.Delegation
}

// takersOf returns what takesPart needs to answer for the event of index
// ev.
func (v checker) takersOf(ev int) eventTakers {
	t := eventTakers{event: ev}
	e := &v.g.Events[ev]
	if len(e.Participants) > check.SmallList {
		return t
	}
	for j, pt := range e.Participants {
		d := v.delegation(pt.Actor)
		if d != nil && len(d.Members) > check.SmallList {
			return t
		}
		t.delegations[j] = d
	}
	t.small = true
	return t
}

// takesPart reports whether person takes part in the event of t directly
// or as the head or a member of a participating delegation. A small event
// (see eventTakers) is searched; for a larger one the question is
// answered from tables of the whole graph built on first need, in time
// linear in the delegations the person belongs to.
func (v checker) takesPart(t *eventTakers, person diplo.ID) bool {
	ev := t.event
	if t.small {
		for j, pt := range v.g.Events[ev].Participants {
			if pt.Actor == person {
				return true
			}
			if d := t.delegations[j]; d != nil && (d.Head == person || slices.Contains(d.Members, person)) {
				return true
			}
		}
		return false
	}
	tk := v.s.takers
	if tk == nil {
		tk = newTakers(v)
		v.s.takers = tk
	}
	if _, ok := tk.direct[eventActor{ev, person}]; ok {
		return true
	}
	for _, d := range tk.delegations[person] {
		if _, ok := tk.direct[eventActor{ev, v.g.Delegations[d].ID}]; ok {
			return true
		}
	}
	return false
}

// delegation returns the delegation with the given ID, or nil.
func (v checker) delegation(id diplo.ID) *actor.Delegation {
	if r, ok := v.get(id); ok && r.Type == DelegationNode {
		return &v.g.Delegations[r.Index]
	}
	return nil
}

// takers holds the tables takesPart reads for large events: each pair of
// an event and an actor listed among its participants, and for each
// person the delegations that the IDs of the graph name (the first
// delegation of each ID) that have the person as head or member.
type takers struct {
	direct      map[eventActor]struct{}
	delegations map[diplo.ID][]int
}

type eventActor struct {
	event int
	actor diplo.ID
}

func newTakers(v checker) *takers {
	t := &takers{direct: make(map[eventActor]struct{}), delegations: make(map[diplo.ID][]int)}
	for i := range v.g.Events {
		for _, pt := range v.g.Events[i].Participants {
			t.direct[eventActor{i, pt.Actor}] = struct{}{}
		}
	}
	for i := range v.g.Delegations {
		d := &v.g.Delegations[i]
		if r, ok := v.get(d.ID); !ok || r != (Ref{DelegationNode, i}) {
			continue
		}
		if !d.Head.IsZero() {
			t.delegations[d.Head] = append(t.delegations[d.Head], i)
		}
		for _, m := range d.Members {
			// Delegations are added in order, so a member listed again, or
			// the head listed among the members, is last already.
			if l := t.delegations[m]; len(l) == 0 || l[len(l)-1] != i {
				t.delegations[m] = append(l, i)
			}
		}
	}
	return t
}

// capacityWord returns the word for a person who signs in capacity c:
// "signatory" (the default), "witness", "guarantor", "mediator".
func capacityWord(c accord.Capacity) string {
	if c == "" {
		return string(accord.AsSignatory)
	}
	return string(c)
}

// article returns the node type with its indefinite article ("an Event").
func article(t NodeType) string { return withArticle(string(t)) }

// withArticle returns s with its indefinite article ("an office").
func withArticle(s string) string {
	if s != "" && strings.ContainsRune("AEIOUaeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// missionOf returns the mission whose office the tenure t holds, or nil.
func (v checker) missionOf(t *actor.Tenure) *actor.Mission {
	r, ok := v.get(t.Office)
	if !ok || r.Type != OfficeNode {
		return nil
	}
	if r, ok = v.get(v.g.Offices[r.Index].Of); ok && r.Type == MissionNode {
		return &v.g.Missions[r.Index]
	}
	return nil
}

// concurrent checks the rule concurrent-accreditation on the tenure t.
func (v checker) concurrent(p path, t *actor.Tenure) {
	if len(t.AccreditedTo) == 0 {
		return
	}
	m := v.missionOf(t)
	if m == nil {
		v.broke(p.field("accreditedTo").String(), RuleConcurrentAccreditation, diplo.ErrInconsistent,
			"tenure of "+v.name(t.Office)+" is accredited to further sides, but the office is not an office of a mission")
		return
	}
	for i, id := range t.AccreditedTo {
		if id == m.Receiving {
			v.broke(p.at("accreditedTo", i).String(), RuleConcurrentAccreditation, diplo.ErrInconsistent,
				v.name(id)+" is the receiving side of the mission "+v.name(m.ID)+" already, not a further accreditation")
		}
	}
}

// accreditation checks the rules accreditation-sides and envoy-accredited
// on e, a step of accreditation.
func (v checker) accreditation(p path, e *event.Event) {
	sending, receiving := -1, -1
	for j, pt := range e.Participants {
		pp := p.at("participants", j)
		var want []NodeType
		switch pt.Role {
		case event.Sending, event.Receiving:
			want = partyTypes
			side := &sending
			if pt.Role == event.Receiving {
				side = &receiving
			}
			if *side >= 0 {
				v.broke(pp.field("role").String(), RuleAccreditationSides, diplo.ErrInconsistent,
					string(e.Kind)+" "+v.name(e.ID)+" names a second "+string(pt.Role)+" side, "+v.name(pt.Actor)+", besides "+v.name(e.Participants[*side].Actor))
				continue
			}
			*side = j
		case event.EnvoyRole, event.Recipient:
			want = []NodeType{PersonNode}
		default:
			continue
		}
		if r, ok := v.get(pt.Actor); ok && !slices.Contains(want, r.Type) {
			w := string(pt.Role)
			if len(want) > 1 {
				w += " side"
			}
			v.broke(pp.field("actor").String(), RuleAccreditationSides, diplo.ErrInconsistent,
				w+" "+v.name(pt.Actor)+" of "+string(e.Kind)+" "+v.name(e.ID)+" is "+article(r.Type)+"; "+withArticle(w)+" is "+typeList(want))
		}
	}
	for _, side := range []struct {
		j    int
		role event.Role
	}{{sending, event.Sending}, {receiving, event.Receiving}} {
		if side.j < 0 {
			v.broke(p.field("participants").String(), RuleAccreditationSides, diplo.ErrInconsistent,
				string(e.Kind)+" "+v.name(e.ID)+" names no participant in the role "+string(side.role))
		}
	}
	if sending < 0 || receiving < 0 {
		return
	}
	send, recv := e.Participants[sending].Actor, e.Participants[receiving].Actor
	if send == recv {
		v.broke(p.atField("participants", receiving, "actor"), RuleAccreditationSides, diplo.ErrInconsistent,
			"receiving side "+v.name(recv)+" of "+string(e.Kind)+" "+v.name(e.ID)+" is its sending side too")
		return
	}
	for _, pt := range e.Participants {
		if pt.Role != event.EnvoyRole {
			continue
		}
		t, m := v.envoyMission(pt.Actor, e.Start)
		if m == nil {
			continue
		}
		if send != m.Sending {
			v.broke(p.atField("participants", sending, "actor"), RuleEnvoyAccredited, diplo.ErrInconsistent,
				"sending side "+v.name(send)+" is not "+v.name(m.Sending)+", which sends the mission "+v.name(m.ID)+" of envoy "+v.name(pt.Actor))
		}
		if recv != m.Receiving && !slices.Contains(t.AccreditedTo, recv) {
			v.broke(p.atField("participants", receiving, "actor"), RuleEnvoyAccredited, diplo.ErrInconsistent,
				"receiving side "+v.name(recv)+" is neither "+v.name(m.Receiving)+", which receives the mission "+v.name(m.ID)+" of envoy "+v.name(pt.Actor)+", nor a side the envoy is also accredited to")
		}
	}
}

// envoyMission returns a tenure of the person that may span the date d
// and holds an office of a mission, with the mission; nil when there is
// none. Of several such tenures it returns the one that starts first (in
// the order of the graph among those that start together): for a zero d,
// the person's first.
//
// The tenures of missions' offices are indexed once per validation: in
// groups by person, each sorted by start, with the latest end reached so
// far at each place of the group. The tenures that may span d are those
// that start before d ends and end after d starts; the first of them is
// found by two binary searches, so that n steps of accreditation of an
// envoy of n tenures take time in n log n.
func (v checker) envoyMission(person diplo.ID, d diplo.Date) (*actor.Tenure, *actor.Mission) {
	s := v.s
	if !s.built {
		s.indexEnvoys(v)
	}
	g, ok := s.envoys[person]
	if !ok {
		return nil, nil
	}
	lo, hi := int(g[0]), int(g[1])
	first := lo
	if !d.IsZero() {
		from, to := d.Start().Unix(), d.End().Unix()
		// The tenures that start before d ends are a prefix of the group;
		// the first tenure that ends after d starts is the first whose
		// latest end so far does.
		k := lo + sort.Search(hi-lo, func(i int) bool { return s.starts[lo+i] >= to })
		first = lo + sort.Search(hi-lo, func(i int) bool { return s.reach[lo+i] > from })
		if first >= k {
			return nil, nil
		}
	}
	t := &v.g.Tenures[s.order[first]]
	return t, v.missionOf(t)
}

// indexEnvoys builds the index of the tenures of missions' offices by
// person that envoyMission reads.
func (s *scratch) indexEnvoys(v checker) {
	if s.envoys == nil {
		s.envoys = make(map[diplo.ID][2]int32)
	}
	ts := v.g.Tenures
	es := s.entries[:0]
	for i := range ts {
		if v.missionOf(&ts[i]) == nil {
			continue // only the tenures of a mission's office
		}
		start := int64(math.MinInt64) // an open start comes first
		if !ts[i].Start.IsZero() {
			start = ts[i].Start.Start().Unix()
		}
		es = append(es, envoyEntry{ts[i].Person, start, int32(i)})
	}
	slices.SortFunc(es, func(a, b envoyEntry) int {
		if c := strings.Compare(string(a.person), string(b.person)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.start, b.start); c != 0 {
			return c
		}
		return cmp.Compare(a.index, b.index)
	})
	n := len(es)
	s.order = slices.Grow(s.order[:0], n)[:n]
	s.starts = slices.Grow(s.starts[:0], n)[:n]
	s.reach = slices.Grow(s.reach[:0], n)[:n]
	for k := 0; k < n; {
		person, lo := es[k].person, k
		reach := int64(math.MinInt64)
		for ; k < n && es[k].person == person; k++ {
			t := &ts[es[k].index]
			end := int64(math.MaxInt64) // an open end reaches every date
			if !t.End.IsZero() {
				end = t.End.End().Unix()
			}
			reach = max(reach, end)
			s.order[k], s.starts[k], s.reach[k] = es[k].index, es[k].start, reach
		}
		s.envoys[person] = [2]int32{int32(lo), int32(k)}
	}
	clear(es) // keep no IDs of this graph past the call
	s.entries = es[:0]
	s.built = true
}

// envoyEntry is a tenure of a mission's office as indexEnvoys sorts them:
// by person, then start, then place in the graph.
type envoyEntry struct {
	person diplo.ID
	start  int64
	index  int32
}

package graph

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
)

// Groups of node types that a reference may name.
var (
	anyActor   = []NodeType{PersonNode, StateNode, OrganizationNode, OfficeNode, DelegationNode}
	partyTypes = []NodeType{StateNode, OrganizationNode}
	speakers   = []NodeType{PersonNode, StateNode, OrganizationNode, OfficeNode, DelegationNode}
	anyNode    []NodeType // nil: any type
)

// Validate checks every node with its own Validate method, and then the
// rules that span nodes:
//
//   - every node has an ID, and no two nodes share one;
//   - every reference names a node of the graph, of a type the field admits
//     (a tenure's person is a Person, an accord's party a State or an
//     Organization);
//   - no event is, through its parts, a part of itself;
//   - a part of an event does not lie outside the event's time span;
//   - an accord action that names the event where it took place is dated
//     within that event's span;
//   - a signatory of an accord signed at an event takes part in that event,
//     in person or as a member of a participating delegation;
//   - a statement made on an occasion is not dated outside it.
//
// Errors carry JSON paths from the graph's root, such as
// accords[1].signatories[0].party, and are sorted by path.
//
// Validating a valid graph allocates nothing: paths are written out only
// for the errors found, and the table of node IDs is reused from one call
// to the next.
func (g *Graph) Validate() error {
	var c diplo.Collector
	c.Add("title", g.Title.Validate())
	if !g.ID.IsZero() {
		c.Add("id", g.ID.Validate())
	}
	s := getScratch(g.Len())
	defer putScratch(s)
	v := checker{g: g, ids: s.ids, c: &c}
	v.index()
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
		v.ref(p.field("of"), n.Of, partyTypes...)
		v.refs(p, "sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Tenures {
		p := root("tenures", i)
		v.node(p, n.Validate())
		v.ref(p.field("person"), n.Person, PersonNode)
		v.ref(p.field("office"), n.Office, OfficeNode)
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
		v.ref(p.field("occasion"), n.Occasion, EventNode)
		v.refs(p, "about", n.About, anyNode...)
		v.attribution(p, &n.Attribution)
		// A statement made on an occasion is made during it.
		if occ := v.event1(n.Occasion); occ != nil && occ.Span().Excludes(n.Date) {
			c.Add(p.field("date").String(), diplo.NewValueError("date outside the occasion "+occ.Span().String(), n.Date.String(), diplo.ErrInconsistent))
		}
	}
	for i := range g.Accords {
		n := &g.Accords[i]
		p := root("accords", i)
		v.node(p, n.Validate())
		v.accord(p, n)
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
// builds no strings. It holds up to four parts, as many as the deepest
// path that Validate reports (events[0].characterisations[1].by[2]).
type path struct {
	parts [4]part
	n     int
}

// A part is a field name, with an array index unless index is negative.
type part struct {
	name  string
	index int
}

// root returns the path list[i].
func root(list string, i int) path {
	return path{parts: [4]part{{list, i}}, n: 1}
}

// field returns the path of the field name of p.
func (p path) field(name string) path { return p.add(name, -1) }

// at returns the path of element i of the array field name of p.
func (p path) at(name string, i int) path { return p.add(name, i) }

func (p path) add(name string, index int) path {
	if p.n == len(p.parts) {
		panic("graph: path too deep")
	}
	p.parts[p.n] = part{name, index}
	p.n++
	return p
}

// String writes the path as diplo.JoinPath and diplo.IndexPath do.
func (p path) String() string {
	var b []byte
	for i, pt := range p.parts[:p.n] {
		if i > 0 {
			b = append(b, '.')
		}
		b = append(b, pt.name...)
		if pt.index >= 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(pt.index), 10)
			b = append(b, ']')
		}
	}
	return string(b)
}

// scratch is the working memory of one Validate call: the node of each ID,
// and the colours and stack of the walk over parts. Validate takes one from
// scratchPool and returns it cleared, so that validating allocates only
// while the pool warms up.
type scratch struct {
	ids   map[diplo.ID]Ref
	peak  int // the most IDs the map has held
	color []uint8
	stack []frame
}

type frame struct{ event, next int }

var scratchPool sync.Pool

// getScratch returns a cleared scratch for a graph of n nodes. A map kept
// from a much larger graph is dropped rather than reused, since clearing a
// map costs time in proportion to the most entries it ever held.
func getScratch(n int) *scratch {
	s, _ := scratchPool.Get().(*scratch)
	if s == nil || s.peak > 4*n+1024 {
		s = &scratch{ids: make(map[diplo.ID]Ref, n)}
	}
	return s
}

func putScratch(s *scratch) {
	s.peak = max(s.peak, len(s.ids))
	clear(s.ids)
	scratchPool.Put(s)
}

// checker holds what the checks that span nodes need: the graph, the node
// of each ID, and where errors go.
type checker struct {
	g   *Graph
	ids map[diplo.ID]Ref
	c   *diplo.Collector
}

// index fills the table of IDs as NewIndex does, reporting each ID that a
// node shares with an earlier one.
func (v checker) index() {
	v.g.eachID(v.add)
}

func (v checker) add(t NodeType, i int, id diplo.ID) {
	if id.IsZero() {
		return
	}
	if _, ok := v.ids[id]; ok {
		r := Ref{t, i}
		v.c.Add(r.Path()+".id", diplo.NewValueError("id", string(id), diplo.ErrDuplicate))
		return
	}
	v.ids[id] = Ref{t, i}
}

// node records the error of a node's own Validate method under the node's
// path.
func (v checker) node(p path, err error) {
	if err != nil {
		v.c.Add(p.String(), err)
	}
}

// event1 returns the event with the given ID, or nil.
func (v checker) event1(id diplo.ID) *event.Event {
	if r, ok := v.ids[id]; ok && r.Type == EventNode {
		return &v.g.Events[r.Index]
	}
	return nil
}

// ref checks that id, if set, names a node of one of the types (any type if
// none is given).
func (v checker) ref(p path, id diplo.ID, types ...NodeType) {
	if id.IsZero() {
		return
	}
	r, ok := v.ids[id]
	if !ok {
		v.c.Add(p.String(), diplo.NewValueError("reference", string(id), diplo.ErrReference))
		return
	}
	if len(types) == 0 {
		return
	}
	for _, t := range types {
		if r.Type == t {
			return
		}
	}
	names := make([]string, len(types))
	for i, t := range types {
		names[i] = string(t)
	}
	v.c.Add(p.String(), diplo.NewValueError("reference to "+article(r.Type)+" (want "+strings.Join(names, " or ")+")", string(id), diplo.ErrReference))
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
		v.ref(pp.field("actor"), pt.Actor, anyActor...)
		v.ref(pp.field("delegation"), pt.Delegation, DelegationNode)
		v.ref(pp.field("representing"), pt.Representing, partyTypes...)
	}
	v.refs(p, "parts", e.Parts, EventNode)
	for i, part := range e.Parts {
		// A part happens within the span of the whole.
		if pe := v.event1(part); pe != nil && pe.EffectiveStatus() == event.Held && e.EffectiveStatus() == event.Held &&
			(e.Span().Excludes(pe.Start) || e.Span().Excludes(pe.Span().End)) {
			v.c.Add(p.at("parts", i).String(), diplo.NewValueError("part outside the span "+e.Span().String(), pe.Span().String(), diplo.ErrInconsistent))
		}
	}
	for i, r := range e.Relations {
		v.ref(p.at("relations", i).field("event"), r.Event, EventNode)
	}
	v.refs(p, "outcomes", e.Outcomes, AccordNode)
	for i := range e.Characterisations {
		v.attribution(p.at("characterisations", i), &e.Characterisations[i].Attribution)
	}
	v.refs(p, "sources", e.Sources, SourceNode)
	v.claims(p, e.Claims)
}

// cycles reports each event that is, through parts, a part of itself: a
// depth-first walk over the parts reports every part that leads back to an
// event still being walked. A part that is the event itself is left to
// event.Event.Validate. The walk keeps its own stack, so that a long chain
// of parts cannot exhaust the goroutine's.
func (v checker) cycles(s *scratch) {
	const (
		white = iota // not reached yet
		grey         // on the current path
		black        // done
	)
	g := v.g
	color := slices.Grow(s.color[:0], len(g.Events))[:len(g.Events)]
	clear(color)
	stack := s.stack[:0]
	defer func() { s.color, s.stack = color[:0], stack[:0] }()
	for root := range g.Events {
		if color[root] != white {
			continue
		}
		color[root] = grey
		stack = append(stack[:0], frame{root, 0})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			parts := g.Events[f.event].Parts
			if f.next == len(parts) {
				color[f.event] = black
				stack = stack[:len(stack)-1]
				continue
			}
			j := f.next
			f.next++
			r, ok := v.ids[parts[j]]
			if !ok || r.Type != EventNode || r.Index == f.event {
				continue
			}
			switch color[r.Index] {
			case grey:
				v.c.Add(diplo.IndexPath(diplo.IndexPath("events", f.event)+".parts", j), diplo.NewValueError("part", string(parts[j]), diplo.ErrCycle))
			case white:
				color[r.Index] = grey
				stack = append(stack, frame{r.Index, 0})
			}
		}
	}
}

func (v checker) accord(p path, a *accord.Accord) {
	v.refs(p, "parties", a.Parties, partyTypes...)
	for i, s := range a.Signatories {
		sp := p.at("signatories", i)
		v.ref(sp.field("person"), s.Person, PersonNode)
		v.ref(sp.field("party"), s.Party, partyTypes...)
		v.ref(sp.field("office"), s.Office, OfficeNode)
	}
	v.refs(p, "creates", a.Creates, OrganizationNode)
	for i := range a.Actions {
		act := &a.Actions[i]
		ap := p.at("actions", i)
		v.ref(ap.field("party"), act.Party, partyTypes...)
		v.ref(ap.field("event"), act.Event, EventNode)
		v.attribution(ap, &act.Attribution)
		ev := v.event1(act.Event)
		if ev == nil {
			continue
		}
		// An action taken at an event is dated within the event.
		if ev.Span().Excludes(act.Date) {
			v.c.Add(ap.field("date").String(), diplo.NewValueError("date outside the event "+ev.Span().String(), act.Date.String(), diplo.ErrInconsistent))
		}
		if act.Kind != accord.Signature {
			continue
		}
		// Whoever signs at a signing event takes part in it.
		for j, s := range a.Signatories {
			if !act.Party.IsZero() && s.Party != act.Party {
				continue
			}
			if !v.takesPart(ev, s.Person) {
				v.c.Add(p.at("signatories", j).field("person").String(),
					diplo.NewValueError("signatory not among the participants of "+string(act.Event), string(s.Person), diplo.ErrInconsistent))
			}
		}
	}
	v.ref(p.field("depositary"), a.Depositary, StateNode, OrganizationNode, OfficeNode)
	for i, r := range a.Relations {
		v.ref(p.at("relations", i).field("accord"), r.Accord, AccordNode)
	}
	v.refs(p, "sources", a.Sources, SourceNode)
	v.claims(p, a.Claims)
}

// takesPart reports whether person takes part in ev directly or as the
// head or a member of a participating delegation.
func (v checker) takesPart(ev *event.Event, person diplo.ID) bool {
	for _, pt := range ev.Participants {
		if pt.Actor == person {
			return true
		}
		r, ok := v.ids[pt.Actor]
		if !ok || r.Type != DelegationNode {
			continue
		}
		d := &v.g.Delegations[r.Index]
		if d.Head == person {
			return true
		}
		for _, m := range d.Members {
			if m == person {
				return true
			}
		}
	}
	return false
}

// article returns the node type with its indefinite article ("an Event").
func article(t NodeType) string {
	if t != "" && strings.ContainsRune("AEIOU", rune(t[0])) {
		return "an " + string(t)
	}
	return "a " + string(t)
}

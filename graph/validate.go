package graph

import (
	"strings"

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
func (g *Graph) Validate() error {
	var c diplo.Collector
	c.Add("title", g.Title.Validate())
	if !g.ID.IsZero() {
		c.Add("id", g.ID.Validate())
	}
	ix := NewIndex(g)
	for _, d := range ix.dups {
		c.Add(d.ref.Path()+".id", diplo.NewValueError("id", string(d.id), diplo.ErrDuplicate))
	}
	v := checker{ix: ix, c: &c}
	for i, n := range g.Persons {
		p := diplo.IndexPath("persons", i)
		c.Add(p, n.Validate())
		v.refs(p+".sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.States {
		p := diplo.IndexPath("states", i)
		c.Add(p, n.Validate())
		v.refs(p+".sources", n.Sources, SourceNode)
	}
	for i, n := range g.Organizations {
		p := diplo.IndexPath("organizations", i)
		c.Add(p, n.Validate())
		v.ref(p+".partOf", n.PartOf, partyTypes...)
		v.refs(p+".members", n.Members, partyTypes...)
		v.ref(p+".createdBy", n.CreatedBy, AccordNode)
		v.refs(p+".sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Offices {
		p := diplo.IndexPath("offices", i)
		c.Add(p, n.Validate())
		v.ref(p+".of", n.Of, partyTypes...)
		v.refs(p+".sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Tenures {
		p := diplo.IndexPath("tenures", i)
		c.Add(p, n.Validate())
		v.ref(p+".person", n.Person, PersonNode)
		v.ref(p+".office", n.Office, OfficeNode)
		v.refs(p+".sources", n.Sources, SourceNode)
		v.claims(p, n.Claims)
	}
	for i, n := range g.Delegations {
		p := diplo.IndexPath("delegations", i)
		c.Add(p, n.Validate())
		v.ref(p+".represents", n.Represents, partyTypes...)
		v.ref(p+".head", n.Head, PersonNode)
		v.refs(p+".members", n.Members, PersonNode)
		v.refs(p+".sources", n.Sources, SourceNode)
	}
	for i, n := range g.Events {
		p := diplo.IndexPath("events", i)
		c.Add(p, n.Validate())
		v.event(p, n)
	}
	v.cycles(g)
	for i, n := range g.Statements {
		p := diplo.IndexPath("statements", i)
		c.Add(p, n.Validate())
		v.refs(p+".speakers", n.Speakers, speakers...)
		v.ref(p+".occasion", n.Occasion, EventNode)
		v.refs(p+".about", n.About, anyNode...)
		v.attribution(p, n.Attribution)
		// A statement made on an occasion is made during it.
		if occ, ok := ix.Event(n.Occasion); ok && occ.Span().Excludes(n.Date) {
			c.Add(p+".date", diplo.NewValueError("date outside the occasion "+occ.Span().String(), n.Date.String(), diplo.ErrInconsistent))
		}
	}
	for i, n := range g.Accords {
		p := diplo.IndexPath("accords", i)
		c.Add(p, n.Validate())
		v.accord(p, n)
	}
	for i, n := range g.Sources {
		p := diplo.IndexPath("sources", i)
		c.Add(p, n.Validate())
		v.ref(p+".publisherId", n.PublisherID, anyActor...)
	}
	return c.Err()
}

type checker struct {
	ix *Index
	c  *diplo.Collector
}

// ref checks that id, if set, names a node of one of the types (any type if
// none is given).
func (v checker) ref(path string, id diplo.ID, types ...NodeType) {
	if id.IsZero() {
		return
	}
	r, ok := v.ix.Lookup(id)
	if !ok {
		v.c.Add(path, diplo.NewValueError("reference", string(id), diplo.ErrReference))
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
	v.c.Add(path, diplo.NewValueError("reference to "+article(r.Type)+" (want "+strings.Join(names, " or ")+")", string(id), diplo.ErrReference))
}

func (v checker) refs(field string, ids []diplo.ID, types ...NodeType) {
	for i, id := range ids {
		v.ref(diplo.IndexPath(field, i), id, types...)
	}
}

func (v checker) attribution(path string, a diplo.Attribution) {
	v.refs(diplo.JoinPath(path, "sources"), a.Sources, SourceNode)
	v.refs(diplo.JoinPath(path, "by"), a.By, anyActor...)
}

func (v checker) claims(path string, cls []diplo.Claim) {
	for i, cl := range cls {
		v.attribution(diplo.IndexPath(path+".claims", i), cl.Attribution)
	}
}

func (v checker) event(p string, e event.Event) {
	for i, pt := range e.Participants {
		pp := diplo.IndexPath(p+".participants", i)
		v.ref(pp+".actor", pt.Actor, anyActor...)
		v.ref(pp+".delegation", pt.Delegation, DelegationNode)
		v.ref(pp+".representing", pt.Representing, partyTypes...)
	}
	v.refs(p+".parts", e.Parts, EventNode)
	for i, part := range e.Parts {
		// A part happens within the span of the whole.
		if pe, ok := v.ix.Event(part); ok && pe.EffectiveStatus() == event.Held && e.EffectiveStatus() == event.Held &&
			(e.Span().Excludes(pe.Start) || e.Span().Excludes(pe.Span().End)) {
			v.c.Add(diplo.IndexPath(p+".parts", i), diplo.NewValueError("part outside the span "+e.Span().String(), pe.Span().String(), diplo.ErrInconsistent))
		}
	}
	for i, r := range e.Relations {
		v.ref(diplo.IndexPath(p+".relations", i)+".event", r.Event, EventNode)
	}
	v.refs(p+".outcomes", e.Outcomes, AccordNode)
	for i, ch := range e.Characterisations {
		v.attribution(diplo.IndexPath(p+".characterisations", i), ch.Attribution)
	}
	v.refs(p+".sources", e.Sources, SourceNode)
	v.claims(p, e.Claims)
}

// cycles reports each event that is, through parts, a part of itself: a
// depth-first walk over the parts reports every part that leads back to an
// event still being walked. A part that is the event itself is left to
// event.Event.Validate. The walk keeps its own stack, so that a long chain
// of parts cannot exhaust the goroutine's.
func (v checker) cycles(g *Graph) {
	const (
		white = iota // not reached yet
		grey         // on the current path
		black        // done
	)
	type frame struct{ event, next int }
	color := make([]uint8, len(g.Events))
	var stack []frame
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
			r, ok := v.ix.Lookup(parts[j])
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

func (v checker) accord(p string, a accord.Accord) {
	v.refs(p+".parties", a.Parties, partyTypes...)
	for i, s := range a.Signatories {
		sp := diplo.IndexPath(p+".signatories", i)
		v.ref(sp+".person", s.Person, PersonNode)
		v.ref(sp+".party", s.Party, partyTypes...)
		v.ref(sp+".office", s.Office, OfficeNode)
	}
	v.refs(p+".creates", a.Creates, OrganizationNode)
	for i, act := range a.Actions {
		ap := diplo.IndexPath(p+".actions", i)
		v.ref(ap+".party", act.Party, partyTypes...)
		v.ref(ap+".event", act.Event, EventNode)
		v.attribution(ap, act.Attribution)
		ev, ok := v.ix.Event(act.Event)
		if !ok {
			continue
		}
		// An action taken at an event is dated within the event.
		if ev.Span().Excludes(act.Date) {
			v.c.Add(ap+".date", diplo.NewValueError("date outside the event "+ev.Span().String(), act.Date.String(), diplo.ErrInconsistent))
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
				v.c.Add(diplo.IndexPath(p+".signatories", j)+".person",
					diplo.NewValueError("signatory not among the participants of "+string(act.Event), string(s.Person), diplo.ErrInconsistent))
			}
		}
	}
	v.ref(p+".depositary", a.Depositary, StateNode, OrganizationNode, OfficeNode)
	for i, r := range a.Relations {
		v.ref(diplo.IndexPath(p+".relations", i)+".accord", r.Accord, AccordNode)
	}
	v.refs(p+".sources", a.Sources, SourceNode)
	v.claims(p, a.Claims)
}

// takesPart reports whether person takes part in ev directly or as the
// head or a member of a participating delegation.
func (v checker) takesPart(ev event.Event, person diplo.ID) bool {
	for _, pt := range ev.Participants {
		if pt.Actor == person {
			return true
		}
		r, ok := v.ix.Lookup(pt.Actor)
		if !ok || r.Type != DelegationNode {
			continue
		}
		d := v.ix.g.Delegations[r.Index]
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

package network

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
)

// Kind is the kind of a link between two actors.
type Kind string

// The kinds of link, in the order Kinds gives them and edges of the same
// pair of actors are sorted.
const (
	// Met links two participants of the same held meeting: a summit, a
	// visit, talks, a conference, a negotiation round, a mediation, a
	// signing ceremony, a joint press conference, a phone or video call
	// (IsMeeting).
	Met Kind = "met"
	// SignedWith links two parties of the same accord, or two persons
	// who signed the same accord.
	SignedWith Kind = "signed-with"
	// VotedWith links two voters who chose the same option, yes, no (a
	// veto counted as a no) or abstain, in the same vote.
	VotedWith Kind = "voted-with"
	// Expelled links the side that expels (in the role initiator, or
	// receiving for a declaration of persona non grata) to each side
	// expelled (target, subject, or sending and envoy for persona non
	// grata) of a held expulsion or declaration of persona non grata. It
	// is the one directed kind: its Source expels its Target.
	Expelled Kind = "expelled"
)

// kinds is every Kind, in order.
var kinds = [...]Kind{Met, SignedWith, VotedWith, Expelled}

// Kinds returns every Kind, in order.
func Kinds() []Kind { return slices.Clone(kinds[:]) }

// Directed reports whether the link runs from its Source to its Target
// (Expelled), rather than between them.
func (k Kind) Directed() bool { return k == Expelled }

// rank is the place of k in Kinds, or len(kinds) for an unknown kind.
func (k Kind) rank() int {
	if i := slices.Index(kinds[:], k); i >= 0 {
		return i
	}
	return len(kinds)
}

// IsMeeting reports whether the participants of an event of kind k meet
// one another, in person or by phone or video: a summit, a visit of any
// rank, talks, a conference, a negotiation round, a mediation, a signing
// ceremony, a joint press conference, a call. A press conference of one
// party, a communiqué, the steps of accreditation and the conflictual
// kinds are not meetings.
func IsMeeting(k event.Kind) bool {
	switch k {
	case event.Summit, event.StateVisit, event.OfficialVisit, event.WorkingVisit, event.Visit,
		event.BilateralTalks, event.MultilateralConference, event.NegotiationRound, event.Mediation,
		event.SigningCeremony, event.JointPressConference, event.PhoneCall, event.VideoCall:
		return true
	}
	return false
}

// Node is an actor of the network.
type Node struct {
	// ID of the actor.
	ID diplo.ID `json:"id"`
	// Type of the actor's node in the graph: Person, State, Organization,
	// Delegation or Mission, or, for an actor that a link names and the
	// graph holds under another type, that type; empty when the graph
	// holds no node of that ID.
	Type graph.NodeType `json:"type,omitempty"`
	// Label is the actor's name in its original language, an
	// organisation's abbreviation when it has no name, or the ID when
	// there is neither: never empty.
	Label string `json:"label"`
}

// Edge is a link of one kind between two actors, with the events, accords
// or votes behind it.
type Edge struct {
	// Kind of link.
	Kind Kind `json:"kind"`
	// Source and Target are the IDs of the two actors, never the same.
	// For a directed kind (Expelled) the link runs from Source to Target;
	// for the others Source sorts before Target.
	Source diplo.ID `json:"source"`
	Target diplo.ID `json:"target"`
	// Weight is the number of events, accords or votes behind the link:
	// the length of Via.
	Weight int `json:"weight"`
	// First and Last are the earliest and latest dates of the link: of
	// an event its start and its end, of an accord its earliest dated
	// action, of a vote its date. Zero when none of them is dated.
	First diplo.Date `json:"first,omitzero"`
	Last  diplo.Date `json:"last,omitzero"`
	// Via are the IDs of the events, accords or votes behind the link,
	// sorted, each once.
	Via []diplo.ID `json:"via"`
}

// Network is the network of the actors of a graph: its nodes sorted by ID,
// and its edges sorted by Source, Target and Kind. In JSON (diplo.Marshal)
// its members are named as the attributes of the writers: nodes, edges, id,
// type, label, kind, source, target, weight, first, last and via.
type Network struct {
	Nodes []Node `json:"nodes"`
	Edges []Edge `json:"edges"`
}

// DefaultMaxPairs is the default limit of pairs of actors that New
// links: 4,194,304. A meeting of k participants gives k(k-1)/2 pairs,
// so that one summit of 2,900 heads of delegation reaches it.
const DefaultMaxPairs = 1 << 22

// Options choose what New extracts. The zero value extracts every kind of
// link up to DefaultMaxPairs pairs.
type Options struct {
	// Kinds are the kinds of link to extract; none means all of them.
	Kinds []Kind
	// MaxPairs bounds the pairs of actors linked, counted before pairs
	// of the same actors merge into one edge: the sum over events,
	// accords and votes of k(k-1)/2 for k actors linked to each other,
	// and of the expelling sides times the expelled ones. Zero means
	// DefaultMaxPairs; a negative value (diplo.NoLimit) means none.
	MaxPairs int
}

// New returns the network of the actors of g. Its nodes are every
// person, state, organisation, delegation and mission of g, and every
// other actor that a link names; its edges are the links of the kinds o
// asks for. A node or an event listed twice (as in records put end to
// end) counts once. New does not validate g: it links what g says, and
// leaves out only events, accords and votes without an ID, which no edge
// could name.
//
// New fails when the pairs of actors to link exceed o.MaxPairs, with a
// *diplo.FieldError wrapping diplo.ErrLimit at the place that crosses the
// limit (events[3].participants), and for a kind of o.Kinds it does not
// know, with one wrapping diplo.ErrUnknown at "kinds".
func New(g *graph.Graph, o Options) (*Network, error) {
	for _, k := range o.Kinds {
		if k.rank() == len(kinds) {
			return nil, &diplo.FieldError{Path: "kinds", Err: check.NewValueError("kind of link", string(k), diplo.ErrUnknown)}
		}
	}
	x := extractor{max: o.MaxPairs, want: o.Kinds, ix: graph.NewIndex(g), edges: map[edgeKey]int{}}
	switch {
	case x.max == 0:
		x.max = DefaultMaxPairs
	case x.max < 0:
		x.max = -1
	}
	if err := x.extract(g); err != nil {
		return nil, err
	}
	return x.network(g), nil
}

// edgeKey identifies an edge while the network is built.
type edgeKey struct {
	kind           Kind
	source, target diplo.ID
}

// extractor builds a network.
type extractor struct {
	max   int // -1: none
	pairs int
	want  []Kind
	ix    *graph.Index
	edges map[edgeKey]int // index in list
	list  []Edge
	ids   []diplo.ID // scratch
	other []diplo.ID // scratch
}

func (x *extractor) wants(k Kind) bool { return len(x.want) == 0 || slices.Contains(x.want, k) }

// place is where pairs come from: list[index].field, made a path only
// for an error.
type place struct {
	list  string
	index int
	field string
}

// budget counts n more pairs at a place, and fails past the limit.
func (x *extractor) budget(at place, n int) error {
	x.pairs += n
	if x.max >= 0 && x.pairs > x.max {
		return &diplo.FieldError{Path: fmt.Sprintf("%s[%d].%s", at.list, at.index, at.field), Err: fmt.Errorf("%w: %d pairs of actors exceed MaxPairs %d", diplo.ErrLimit, x.pairs, x.max)}
	}
	return nil
}

func (x *extractor) extract(g *graph.Graph) error {
	for i, e := range g.Events {
		if e.EffectiveStatus() != event.Held || e.ID.IsZero() {
			continue
		}
		switch {
		case IsMeeting(e.Kind) && x.wants(Met):
			ids := x.distinct(x.ids[:0], e.Participants, func(event.Role) bool { return true })
			x.ids = ids
			if err := x.clique(place{"events", i, "participants"}, Met, ids, e.ID, e.Start, e.Span().End); err != nil {
				return err
			}
		case (e.Kind == event.Expulsion || e.Kind == event.PersonaNonGrata) && x.wants(Expelled):
			png := e.Kind == event.PersonaNonGrata
			from := x.distinct(x.ids[:0], e.Participants, func(r event.Role) bool {
				return r == event.Initiator || png && r == event.Receiving
			})
			to := x.distinct(x.other[:0], e.Participants, func(r event.Role) bool {
				return r == event.Target || r == event.Subject || png && (r == event.Sending || r == event.EnvoyRole)
			})
			x.ids, x.other = from, to
			if err := x.budget(place{"events", i, "participants"}, len(from)*len(to)); err != nil {
				return err
			}
			for _, a := range from {
				for _, b := range to {
					if a != b {
						x.link(Expelled, a, b, e.ID, e.Start, e.Span().End)
					}
				}
			}
		}
	}
	if x.wants(SignedWith) {
		for i, a := range g.Accords {
			if a.ID.IsZero() {
				continue
			}
			var first diplo.Date
			for _, act := range a.Actions {
				if !act.Date.IsZero() && (first.IsZero() || act.Date.Compare(first) < 0) {
					first = act.Date
				}
			}
			ids := append(x.ids[:0], a.Parties...)
			x.ids = ids
			if err := x.clique(place{"accords", i, "parties"}, SignedWith, sortUnique(ids), a.ID, first, first); err != nil {
				return err
			}
			ids = ids[:0]
			for _, s := range a.Signatories {
				ids = append(ids, s.Person)
			}
			if err := x.clique(place{"accords", i, "signatories"}, SignedWith, sortUnique(ids), a.ID, first, first); err != nil {
				return err
			}
		}
	}
	if x.wants(VotedWith) {
		for i, v := range g.Votes {
			if v.ID.IsZero() {
				continue
			}
			for _, opt := range [...]decision.Option{decision.Yes, decision.No, decision.Abstain} {
				ids := x.ids[:0]
				for _, p := range v.Positions {
					if p.Option == opt || opt == decision.No && p.Option == decision.Veto {
						ids = append(ids, p.Voter)
					}
				}
				x.ids = ids
				if err := x.clique(place{"votes", i, "positions"}, VotedWith, sortUnique(ids), v.ID, v.Date, v.Date); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// distinct appends to ids the actors of the participants whose role keep
// accepts, sorted, each once, and returns them.
func (x *extractor) distinct(ids []diplo.ID, ps []event.Participant, keep func(event.Role) bool) []diplo.ID {
	for _, p := range ps {
		if keep(p.Role) && !p.Actor.IsZero() {
			ids = append(ids, p.Actor)
		}
	}
	return sortUnique(ids)
}

// sortUnique sorts ids and removes duplicates and empty IDs.
func sortUnique(ids []diplo.ID) []diplo.ID {
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if len(ids) > 0 && ids[0].IsZero() {
		ids = ids[1:]
	}
	return ids
}

// clique links every pair of ids, which are sorted and distinct.
func (x *extractor) clique(at place, k Kind, ids []diplo.ID, via diplo.ID, first, last diplo.Date) error {
	n := len(ids)
	if err := x.budget(at, n*(n-1)/2); err != nil {
		return err
	}
	for i, a := range ids {
		for _, b := range ids[i+1:] {
			x.link(k, a, b, via, first, last)
		}
	}
	return nil
}

// link adds via to the edge of kind k from a to b.
func (x *extractor) link(k Kind, a, b, via diplo.ID, first, last diplo.Date) {
	key := edgeKey{k, a, b}
	i, ok := x.edges[key]
	if !ok {
		i = len(x.list)
		x.edges[key] = i
		x.list = append(x.list, Edge{Kind: k, Source: a, Target: b, First: first, Last: last})
	}
	e := &x.list[i]
	e.Via = append(e.Via, via)
	if !first.IsZero() && (e.First.IsZero() || first.Compare(e.First) < 0) {
		e.First = first
	}
	if !last.IsZero() && (e.Last.IsZero() || last.Compare(e.Last) > 0) {
		e.Last = last
	}
}

// network returns the nodes and the edges found, sorted.
func (x *extractor) network(g *graph.Graph) *Network {
	n := &Network{Nodes: []Node{}, Edges: x.list}
	if n.Edges == nil {
		n.Edges = []Edge{} // [] in JSON, not null
	}
	seen := make(map[diplo.ID]bool, g.Len())
	add := func(id diplo.ID, t graph.NodeType, label string) {
		if id.IsZero() || seen[id] {
			return
		}
		seen[id] = true
		if label == "" {
			label = string(id)
		}
		n.Nodes = append(n.Nodes, Node{ID: id, Type: t, Label: label})
	}
	for _, p := range g.Persons {
		add(p.ID, graph.PersonNode, p.Name.String())
	}
	for _, s := range g.States {
		add(s.ID, graph.StateNode, s.Name.String())
	}
	for _, o := range g.Organizations {
		add(o.ID, graph.OrganizationNode, cmp.Or(o.Name.String(), o.Abbreviation))
	}
	for _, d := range g.Delegations {
		add(d.ID, graph.DelegationNode, d.Name.String())
	}
	for _, m := range g.Missions {
		add(m.ID, graph.MissionNode, m.Name.String())
	}
	for i := range n.Edges {
		e := &n.Edges[i]
		for _, id := range [2]diplo.ID{e.Source, e.Target} {
			if !seen[id] {
				r, _ := x.ix.Lookup(id)
				add(id, r.Type, "")
			}
		}
		e.Via = sortUnique(e.Via)
		e.Weight = len(e.Via)
	}
	slices.SortFunc(n.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(n.Edges, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Target, b.Target), cmp.Compare(a.Kind.rank(), b.Kind.rank()), cmp.Compare(a.Kind, b.Kind))
	})
	return n
}

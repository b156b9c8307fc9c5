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
// links: 1,048,576. A meeting of k participants gives k(k-1)/2 pairs, so
// that one summit of 1,449 heads of delegation reaches it. New allocates
// about 420 bytes a pair (go test ./network -run '^$' -bench
// NewWideMeeting -benchmem: 208 MB for 499,500 pairs), so that the default
// bounds it to about 440 MB, as diplo.DefaultMaxObjects bounds a decoded
// document.
const DefaultMaxPairs = 1 << 20

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
	x := extractor{max: o.MaxPairs, want: o.Kinds, actors: map[diplo.ID]int32{}, vias: map[diplo.ID]int32{}, edges: map[edgeKey]int32{}}
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

// The extractor interns the IDs of actors and of the events, accords and
// votes behind links as int32 indexes, so that a pair costs a map entry
// of twelve bytes and a record of its dates, whatever the length of the
// IDs; edges take their IDs, and their Via one shared array, at the end.

// edgeKey identifies an edge while the network is built: its kind (rank)
// and the indexes of its ends.
type edgeKey struct {
	kind uint8
	a, b int32
}

// edgeRec is an edge while the network is built.
type edgeRec struct {
	edgeKey
	first, last diplo.Date
}

// link says that the via at index via is behind the edge at index edge.
type link struct{ edge, via int32 }

// extractor builds a network.
type extractor struct {
	max    int // -1: none
	pairs  int
	want   []Kind
	actors map[diplo.ID]int32 // index in actorIDs
	ids    []diplo.ID         // the actors, by index
	vias   map[diplo.ID]int32 // index in viaIDs
	viaIDs []diplo.ID         // the events, accords and votes, by index
	edges  map[edgeKey]int32  // index in list
	list   []edgeRec
	links  []link
	group  []int32 // scratch
	other  []int32 // scratch
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

// actor returns the index of the actor id.
func (x *extractor) actor(id diplo.ID) int32 {
	i, ok := x.actors[id]
	if !ok {
		i = int32(len(x.ids))
		x.actors[id] = i
		x.ids = append(x.ids, id)
	}
	return i
}

// via returns the index of the event, accord or vote id.
func (x *extractor) via(id diplo.ID) int32 {
	i, ok := x.vias[id]
	if !ok {
		i = int32(len(x.viaIDs))
		x.vias[id] = i
		x.viaIDs = append(x.viaIDs, id)
	}
	return i
}

// distinct returns the actors of the participants whose role keep
// accepts, in the order of their IDs, each once, in group.
func (x *extractor) distinct(group []int32, ps []event.Participant, keep func(event.Role) bool) []int32 {
	group = group[:0]
	for _, p := range ps {
		if keep(p.Role) && !p.Actor.IsZero() {
			group = append(group, x.actor(p.Actor))
		}
	}
	return x.sorted(group)
}

// sorted sorts a group of actors by ID and removes repeats.
func (x *extractor) sorted(group []int32) []int32 {
	slices.SortFunc(group, func(a, b int32) int { return cmp.Compare(x.ids[a], x.ids[b]) })
	return slices.Compact(group)
}

// ofIDs returns the actors of ids, which are not empty, in the order of
// their IDs, each once, in group.
func (x *extractor) ofIDs(group []int32, ids []diplo.ID) []int32 {
	group = group[:0]
	for _, id := range ids {
		if !id.IsZero() {
			group = append(group, x.actor(id))
		}
	}
	return x.sorted(group)
}

func (x *extractor) extract(g *graph.Graph) error {
	for i, e := range g.Events {
		if e.EffectiveStatus() != event.Held || e.ID.IsZero() {
			continue
		}
		switch {
		case IsMeeting(e.Kind) && x.wants(Met):
			x.group = x.distinct(x.group, e.Participants, func(event.Role) bool { return true })
			if err := x.clique(place{"events", i, "participants"}, Met, x.group, e.ID, e.Start, e.Span().End); err != nil {
				return err
			}
		case (e.Kind == event.Expulsion || e.Kind == event.PersonaNonGrata) && x.wants(Expelled):
			png := e.Kind == event.PersonaNonGrata
			x.group = x.distinct(x.group, e.Participants, func(r event.Role) bool {
				return r == event.Initiator || png && r == event.Receiving
			})
			x.other = x.distinct(x.other, e.Participants, func(r event.Role) bool {
				return r == event.Target || r == event.Subject || png && (r == event.Sending || r == event.EnvoyRole)
			})
			if err := x.budget(place{"events", i, "participants"}, len(x.group)*len(x.other)); err != nil {
				return err
			}
			v := x.via(e.ID)
			for _, a := range x.group {
				for _, b := range x.other {
					if a != b {
						x.link(Expelled, a, b, v, e.Start, e.Span().End)
					}
				}
			}
		}
	}
	if x.wants(SignedWith) {
		var signers []diplo.ID
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
			x.group = x.ofIDs(x.group, a.Parties)
			if err := x.clique(place{"accords", i, "parties"}, SignedWith, x.group, a.ID, first, first); err != nil {
				return err
			}
			signers = signers[:0]
			for _, s := range a.Signatories {
				signers = append(signers, s.Person)
			}
			x.group = x.ofIDs(x.group, signers)
			if err := x.clique(place{"accords", i, "signatories"}, SignedWith, x.group, a.ID, first, first); err != nil {
				return err
			}
		}
	}
	if x.wants(VotedWith) {
		var voters []diplo.ID
		for i, v := range g.Votes {
			if v.ID.IsZero() {
				continue
			}
			for _, opt := range [...]decision.Option{decision.Yes, decision.No, decision.Abstain} {
				voters = voters[:0]
				for _, p := range v.Positions {
					if p.Option == opt || opt == decision.No && p.Option == decision.Veto {
						voters = append(voters, p.Voter)
					}
				}
				x.group = x.ofIDs(x.group, voters)
				if err := x.clique(place{"votes", i, "positions"}, VotedWith, x.group, v.ID, v.Date, v.Date); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// clique links every pair of a group, sorted by ID and each once.
func (x *extractor) clique(at place, k Kind, group []int32, via diplo.ID, first, last diplo.Date) error {
	n := len(group)
	if err := x.budget(at, n*(n-1)/2); err != nil {
		return err
	}
	if n < 2 {
		return nil
	}
	v := x.via(via)
	x.links = slices.Grow(x.links, n*(n-1)/2)
	for i, a := range group {
		for _, b := range group[i+1:] {
			x.link(k, a, b, v, first, last)
		}
	}
	return nil
}

// link adds the via v to the edge of kind k from a to b.
func (x *extractor) link(k Kind, a, b, v int32, first, last diplo.Date) {
	key := edgeKey{uint8(k.rank()), a, b}
	i, ok := x.edges[key]
	if !ok {
		i = int32(len(x.list))
		x.edges[key] = i
		x.list = append(x.list, edgeRec{edgeKey: key, first: first, last: last})
	}
	x.links = append(x.links, link{i, v})
	e := &x.list[i]
	if !first.IsZero() && (e.first.IsZero() || first.Compare(e.first) < 0) {
		e.first = first
	}
	if !last.IsZero() && (e.last.IsZero() || last.Compare(e.last) > 0) {
		e.last = last
	}
}

// network returns the nodes and the edges found, sorted.
func (x *extractor) network(g *graph.Graph) *Network {
	n := &Network{Nodes: []Node{}, Edges: make([]Edge, len(x.list))}
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
	if len(x.ids) > 0 {
		var ix *graph.Index
		for _, id := range x.ids {
			if !seen[id] {
				if ix == nil {
					ix = graph.NewIndex(g)
				}
				r, _ := ix.Lookup(id)
				add(id, r.Type, "")
			}
		}
	}
	slices.SortFunc(n.Nodes, func(a, b Node) int { return cmp.Compare(a.ID, b.ID) })

	// The vias of each edge, sorted by ID, each once, in one array.
	rank := make([]int32, len(x.viaIDs))
	order := make([]int32, len(x.viaIDs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(x.viaIDs[a], x.viaIDs[b]) })
	for r, v := range order {
		rank[v] = int32(r)
	}
	slices.SortFunc(x.links, func(a, b link) int { return cmp.Or(cmp.Compare(a.edge, b.edge), cmp.Compare(rank[a.via], rank[b.via])) })
	x.links = slices.Compact(x.links)
	vias := make([]diplo.ID, len(x.links))
	for i, l := range x.links {
		vias[i] = x.viaIDs[l.via]
	}
	// Edge i's vias are vias[from[i]:from[i+1]]: every edge has one.
	from := make([]int32, len(x.list)+1)
	for i := range x.links {
		from[x.links[i].edge+1]++
	}
	for i := range x.list {
		from[i+1] += from[i]
	}
	// Sorted by source, target and kind: the actors ranked by ID once.
	actorRank := make([]int32, len(x.ids))
	order = order[:0]
	for i := range x.ids {
		order = append(order, int32(i))
	}
	slices.SortFunc(order, func(a, b int32) int { return cmp.Compare(x.ids[a], x.ids[b]) })
	for r, a := range order {
		actorRank[a] = int32(r)
	}
	perm := make([]int32, len(x.list))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(i, j int32) int {
		a, b := x.list[i], x.list[j]
		return cmp.Or(cmp.Compare(actorRank[a.a], actorRank[b.a]), cmp.Compare(actorRank[a.b], actorRank[b.b]), cmp.Compare(a.kind, b.kind))
	})
	for i, p := range perm {
		r := &x.list[p]
		start, end := from[p], from[p+1]
		n.Edges[i] = Edge{Kind: kinds[r.kind], Source: x.ids[r.a], Target: x.ids[r.b],
			Weight: int(end - start), First: r.first, Last: r.last, Via: vias[start:end:end]}
	}
	return n
}

package graph

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/check"
)

// Graph is a self-contained record: every node it mentions, once, in lists
// by node type, linked to each other by ID. It is the top-level document of
// diplo JSON.
type Graph struct {
	// ID of the record itself, if it has one.
	ID diplo.ID `json:"id,omitempty"`
	// Type is always "Graph" in JSON.
	Type diplo.TypeName[GraphType] `json:"type"`
	// Title says what the record is about.
	Title diplo.Text `json:"title,omitempty"`
	// Persons, States, Organizations, Offices, Tenures and Delegations are
	// the actors; Missions the diplomatic and consular missions.
	Persons       []actor.Person       `json:"persons,omitempty"`
	States        []actor.State        `json:"states,omitempty"`
	Organizations []actor.Organization `json:"organizations,omitempty"`
	Offices       []actor.Office       `json:"offices,omitempty"`
	Tenures       []actor.Tenure       `json:"tenures,omitempty"`
	Delegations   []actor.Delegation   `json:"delegations,omitempty"`
	Missions      []actor.Mission      `json:"missions,omitempty"`
	// Events are the events, including parts of other events.
	Events []event.Event `json:"events,omitempty"`
	// Statements are the quotes, communiqués and readouts.
	Statements []event.Statement `json:"statements,omitempty"`
	// Accords are the treaties, agreements and memoranda.
	Accords []accord.Accord `json:"accords,omitempty"`
	// Resolutions are the resolutions, decisions and motions of
	// multilateral bodies, drafts included.
	Resolutions []decision.Resolution `json:"resolutions,omitempty"`
	// Votes are the votes of multilateral bodies on resolutions.
	Votes []decision.Vote `json:"votes,omitempty"`
	// Sources are the documents that the other nodes cite.
	Sources []diplo.Source `json:"sources,omitempty"`
}

// GraphType names the node type of Graph.
type GraphType struct{}

// TypeName implements diplo.Named.
func (GraphType) TypeName() string { return "Graph" }

// NodeType names the type of a node in a graph, as its JSON type field does.
type NodeType string

// The node types of a graph.
const (
	PersonNode       NodeType = "Person"
	StateNode        NodeType = "State"
	OrganizationNode NodeType = "Organization"
	OfficeNode       NodeType = "Office"
	TenureNode       NodeType = "Tenure"
	DelegationNode   NodeType = "Delegation"
	MissionNode      NodeType = "Mission"
	EventNode        NodeType = "Event"
	StatementNode    NodeType = "Statement"
	AccordNode       NodeType = "Accord"
	ResolutionNode   NodeType = "Resolution"
	VoteNode         NodeType = "Vote"
	SourceNode       NodeType = "Source"
)

// Ref locates a node in a graph: its type and its index in the list of that
// type.
type Ref struct {
	Type  NodeType
	Index int
}

// Path returns the JSON path of the node ("events[2]").
func (r Ref) Path() string { return check.IndexPath(r.Type.List(), r.Index) }

// Index maps the IDs of a graph's nodes to where they are. Build one with
// NewIndex after the graph is complete; it does not follow later changes.
type Index struct {
	g    *Graph
	refs map[diplo.ID]Ref
	dups []dup
}

type dup struct {
	ref Ref
	id  diplo.ID
}

// NewIndex indexes the nodes of g by ID. Of two nodes with the same ID the
// first is indexed; Validate reports the second.
func NewIndex(g *Graph) *Index {
	ix := &Index{g: g, refs: make(map[diplo.ID]Ref, g.Len())}
	add := func(t NodeType, i int, id diplo.ID) {
		if id.IsZero() {
			return
		}
		if _, ok := ix.refs[id]; ok {
			ix.dups = append(ix.dups, dup{Ref{t, i}, id})
			return
		}
		ix.refs[id] = Ref{t, i}
	}
	g.eachID(add)
	return ix
}

// eachID calls f with the type, index and ID of every node of g, in the
// order of the JSON lists.
func (g *Graph) eachID(f func(t NodeType, i int, id diplo.ID)) {
	for _, k := range nodeTypes {
		k.eachID(g, f)
	}
}

// Lookup returns where the node with the given ID is.
func (ix *Index) Lookup(id diplo.ID) (Ref, bool) {
	r, ok := ix.refs[id]
	return r, ok
}

// Event returns the event with the given ID.
func (ix *Index) Event(id diplo.ID) (event.Event, bool) {
	if r, ok := ix.refs[id]; ok && r.Type == EventNode {
		return ix.g.Events[r.Index], true
	}
	return event.Event{}, false
}

// Accord returns the accord with the given ID.
func (ix *Index) Accord(id diplo.ID) (accord.Accord, bool) {
	if r, ok := ix.refs[id]; ok && r.Type == AccordNode {
		return ix.g.Accords[r.Index], true
	}
	return accord.Accord{}, false
}

// Len returns the number of nodes in the graph.
func (g *Graph) Len() int {
	n := 0
	for _, k := range nodeTypes {
		n += k.len(g)
	}
	return n
}

package graph

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
)

// nodeTypes is the table of the node types of a graph, in the order of
// the graph document's lists: the type name, the member of the graph
// document that lists the nodes, the Go type (the type parameter) and the
// accessor of the list in a Graph. It is the one list of the node types:
// TypeOf, Add, Nodes, Len, NewIndex, NodeReader, Ref.Path and NodeTypes
// go through it, and so do the packages that enumerate node types
// (schema, the command).
var nodeTypes = [...]nodeKind{
	kind(PersonNode, "persons", func(g *Graph) *[]actor.Person { return &g.Persons }, func(n *actor.Person) diplo.ID { return n.ID }),
	kind(StateNode, "states", func(g *Graph) *[]actor.State { return &g.States }, func(n *actor.State) diplo.ID { return n.ID }),
	kind(OrganizationNode, "organizations", func(g *Graph) *[]actor.Organization { return &g.Organizations }, func(n *actor.Organization) diplo.ID { return n.ID }),
	kind(OfficeNode, "offices", func(g *Graph) *[]actor.Office { return &g.Offices }, func(n *actor.Office) diplo.ID { return n.ID }),
	kind(TenureNode, "tenures", func(g *Graph) *[]actor.Tenure { return &g.Tenures }, func(n *actor.Tenure) diplo.ID { return n.ID }),
	kind(DelegationNode, "delegations", func(g *Graph) *[]actor.Delegation { return &g.Delegations }, func(n *actor.Delegation) diplo.ID { return n.ID }),
	kind(MissionNode, "missions", func(g *Graph) *[]actor.Mission { return &g.Missions }, func(n *actor.Mission) diplo.ID { return n.ID }),
	kind(EventNode, "events", func(g *Graph) *[]event.Event { return &g.Events }, func(n *event.Event) diplo.ID { return n.ID }),
	kind(StatementNode, "statements", func(g *Graph) *[]event.Statement { return &g.Statements }, func(n *event.Statement) diplo.ID { return n.ID }),
	kind(AccordNode, "accords", func(g *Graph) *[]accord.Accord { return &g.Accords }, func(n *accord.Accord) diplo.ID { return n.ID }),
	kind(ResolutionNode, "resolutions", func(g *Graph) *[]decision.Resolution { return &g.Resolutions }, func(n *decision.Resolution) diplo.ID { return n.ID }),
	kind(VoteNode, "votes", func(g *Graph) *[]decision.Vote { return &g.Votes }, func(n *decision.Vote) diplo.ID { return n.ID }),
	kind(SourceNode, "sources", func(g *Graph) *[]diplo.Source { return &g.Sources }, func(n *diplo.Source) diplo.ID { return n.ID }),
}

// nodeKind is a row of nodeTypes: what the package does with the nodes of
// one type, whatever their Go type.
type nodeKind interface {
	// typ is the node type; list the member of the graph document.
	typ() NodeType
	list() string
	// is reports whether n is a node of this type, a value or a non-nil
	// pointer.
	is(n Node) bool
	// add appends a copy of n to g's list if n is of this type.
	add(g *Graph, n Node) bool
	// len is the length of g's list.
	len(g *Graph) int
	// each yields the nodes of g's list as pointers, and reports false
	// when yield did.
	each(g *Graph, yield func(Ref, Node) bool) bool
	// eachID calls f with the index and ID of every node of g's list.
	eachID(g *Graph, f func(t NodeType, i int, id diplo.ID))
	// idAt is the ID of the node at index i of g's list, which exists.
	// Unlike eachID it takes no function, so that a caller's state does
	// not escape through it.
	idAt(g *Graph, i int) diplo.ID
	// node returns a pointer to the node at index i of g's list.
	node(g *Graph, i int) (Node, bool)
	// new returns a pointer to a zero node.
	new() Node
	// ptr returns n, a node of this type, as a pointer: n itself or a
	// pointer to a copy.
	ptr(n Node) (Node, bool)
}

// nodePtr is the pointer to a node type T.
type nodePtr[T any] interface {
	*T
	Node
}

// kindOf is the nodeKind of the Go type T.
type kindOf[T any, P nodePtr[T]] struct {
	t    NodeType
	name string
	of   func(*Graph) *[]T
	id   func(*T) diplo.ID
}

// kind returns the row of nodeTypes of T.
func kind[T any, P nodePtr[T]](t NodeType, list string, of func(*Graph) *[]T, id func(*T) diplo.ID) nodeKind {
	return kindOf[T, P]{t, list, of, id}
}

func (k kindOf[T, P]) typ() NodeType { return k.t }
func (k kindOf[T, P]) list() string  { return k.name }

func (k kindOf[T, P]) is(n Node) bool {
	switch v := n.(type) {
	case T:
		return true
	case P:
		return v != nil
	}
	return false
}

func (k kindOf[T, P]) add(g *Graph, n Node) bool {
	switch v := n.(type) {
	case T:
		*k.of(g) = append(*k.of(g), v)
		return true
	case P:
		if v != nil {
			*k.of(g) = append(*k.of(g), *v)
			return true
		}
	}
	return false
}

func (k kindOf[T, P]) len(g *Graph) int { return len(*k.of(g)) }

func (k kindOf[T, P]) each(g *Graph, yield func(Ref, Node) bool) bool {
	list := *k.of(g)
	for i := range list {
		if !yield(Ref{Type: k.t, Index: i}, P(&list[i])) {
			return false
		}
	}
	return true
}

func (k kindOf[T, P]) eachID(g *Graph, f func(t NodeType, i int, id diplo.ID)) {
	list := *k.of(g)
	for i := range list {
		f(k.t, i, k.id(&list[i]))
	}
}

func (k kindOf[T, P]) idAt(g *Graph, i int) diplo.ID { return k.id(&(*k.of(g))[i]) }

func (k kindOf[T, P]) node(g *Graph, i int) (Node, bool) {
	list := *k.of(g)
	if i < 0 || i >= len(list) {
		return nil, false
	}
	return P(&list[i]), true
}

func (k kindOf[T, P]) new() Node { return P(new(T)) }

func (k kindOf[T, P]) ptr(n Node) (Node, bool) {
	switch v := n.(type) {
	case T:
		return P(&v), true
	case P:
		return v, v != nil
	}
	return nil, false
}

// kindOfType returns the row of nodeTypes of t, or nil.
func kindOfType(t NodeType) nodeKind {
	for _, k := range nodeTypes {
		if k.typ() == t {
			return k
		}
	}
	return nil
}

// kindOfNode returns the row of nodeTypes of n, or nil when n is not a
// node or is a nil pointer.
func kindOfNode(n Node) nodeKind {
	if i := nodeIndex(n); i >= 0 {
		return nodeTypes[i]
	}
	return nil
}

// nodeIndex returns the index in nodeTypes of the row of n, or -1 when n
// is not a node or is a nil pointer: what the first row whose is(n) holds
// gives, in one type switch rather than a method call per row
// (TestNodeIndex checks that they agree).
func nodeIndex(n Node) int {
	switch n := n.(type) {
	case *actor.Person:
		if n != nil {
			return 0
		}
	case actor.Person:
		return 0
	case *actor.State:
		if n != nil {
			return 1
		}
	case actor.State:
		return 1
	case *actor.Organization:
		if n != nil {
			return 2
		}
	case actor.Organization:
		return 2
	case *actor.Office:
		if n != nil {
			return 3
		}
	case actor.Office:
		return 3
	case *actor.Tenure:
		if n != nil {
			return 4
		}
	case actor.Tenure:
		return 4
	case *actor.Delegation:
		if n != nil {
			return 5
		}
	case actor.Delegation:
		return 5
	case *actor.Mission:
		if n != nil {
			return 6
		}
	case actor.Mission:
		return 6
	case *event.Event:
		if n != nil {
			return 7
		}
	case event.Event:
		return 7
	case *event.Statement:
		if n != nil {
			return 8
		}
	case event.Statement:
		return 8
	case *accord.Accord:
		if n != nil {
			return 9
		}
	case accord.Accord:
		return 9
	case *decision.Resolution:
		if n != nil {
			return 10
		}
	case decision.Resolution:
		return 10
	case *decision.Vote:
		if n != nil {
			return 11
		}
	case decision.Vote:
		return 11
	case *diplo.Source:
		if n != nil {
			return 12
		}
	case diplo.Source:
		return 12
	}
	return -1
}

// NodeTypes returns the node types, in the order of the lists of a graph
// document (persons, states, organizations, offices, tenures,
// delegations, missions, events, statements, accords, resolutions,
// votes, sources). The result is a new slice.
func NodeTypes() []NodeType {
	ts := make([]NodeType, len(nodeTypes))
	for i, k := range nodeTypes {
		ts[i] = k.typ()
	}
	return ts
}

// List returns the member of a graph document that lists the nodes of
// type t ("persons" for PersonNode), or "" when t is not a node type.
func (t NodeType) List() string {
	if k := kindOfType(t); k != nil {
		return k.list()
	}
	return ""
}

// New returns a pointer to a new zero node of type t (a *actor.Person for
// PersonNode), or nil when t is not a node type.
func (t NodeType) New() Node {
	if k := kindOfType(t); k != nil {
		return k.new()
	}
	return nil
}

// Pointer returns n as a pointer: n itself when it is one, else a pointer
// to a copy of n. It reports false when n is not a node or is a nil
// pointer.
func Pointer(n Node) (Node, bool) {
	if k := kindOfNode(n); k != nil {
		return k.ptr(n)
	}
	return nil, false
}

// Node returns the node r locates in g, a pointer into g's list, or false
// when g has no such node. Unlike Nodes it allocates nothing.
func (g *Graph) Node(r Ref) (Node, bool) {
	if k := kindOfType(r.Type); k != nil {
		return k.node(g, r.Index)
	}
	return nil, false
}

package actor

import "github.com/diplo-go/diplo/internal/sealed"

// GraphNode marks Person as a node of a graph (graph.Node). It does
// nothing.
func (Person) GraphNode(sealed.Node) {}

// GraphNode marks State as a node of a graph (graph.Node). It does
// nothing.
func (State) GraphNode(sealed.Node) {}

// GraphNode marks Organization as a node of a graph (graph.Node). It does
// nothing.
func (Organization) GraphNode(sealed.Node) {}

// GraphNode marks Office as a node of a graph (graph.Node). It does
// nothing.
func (Office) GraphNode(sealed.Node) {}

// GraphNode marks Tenure as a node of a graph (graph.Node). It does
// nothing.
func (Tenure) GraphNode(sealed.Node) {}

// GraphNode marks Delegation as a node of a graph (graph.Node). It does
// nothing.
func (Delegation) GraphNode(sealed.Node) {}

// GraphNode marks Mission as a node of a graph (graph.Node). It does
// nothing.
func (Mission) GraphNode(sealed.Node) {}

package decision

import "github.com/diplo-go/diplo/internal/sealed"

// GraphNode marks Resolution as a node of a graph (graph.Node). It does
// nothing.
func (Resolution) GraphNode(sealed.Node) {}

// GraphNode marks Vote as a node of a graph (graph.Node). It does
// nothing.
func (Vote) GraphNode(sealed.Node) {}

package event

import "github.com/diplo-go/diplo/internal/sealed"

// GraphNode marks Event as a node of a graph (graph.Node). It does
// nothing.
func (Event) GraphNode(sealed.Node) {}

// GraphNode marks Statement as a node of a graph (graph.Node). It does
// nothing.
func (Statement) GraphNode(sealed.Node) {}

package accord

import "github.com/diplo-go/diplo/internal/sealed"

// GraphNode marks Accord as a node of a graph (graph.Node). It does
// nothing.
func (Accord) GraphNode(sealed.Node) {}

package diplo

import "github.com/diplo-go/diplo/internal/sealed"

// GraphNode marks Source as a node of a graph (graph.Node). It does
// nothing.
func (Source) GraphNode(sealed.Node) {}

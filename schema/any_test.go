package schema

import (
	"fmt"
	"io"

	"github.com/diplo-go/diplo/graph"
)

// marshalAny is MarshalJSONLD for a graph and MarshalNodeJSONLD for a
// node, for the tests whose cases hold both.
func marshalAny(v any, o JSONLDOptions) ([]byte, error) {
	switch v := v.(type) {
	case *graph.Graph:
		return MarshalJSONLD(v, o)
	case graph.Graph:
		return MarshalJSONLD(&v, o)
	case graph.Node:
		return MarshalNodeJSONLD(v, o)
	}
	return nil, fmt.Errorf("test: %T is neither a graph nor a node", v)
}

// writeAnyNQuads is WriteNQuads for a graph and WriteNodeNQuads for a
// node, for the tests whose cases hold both.
func writeAnyNQuads(w io.Writer, v any) error {
	switch v := v.(type) {
	case *graph.Graph:
		return WriteNQuads(w, v)
	case graph.Graph:
		return WriteNQuads(w, &v)
	case graph.Node:
		return WriteNodeNQuads(w, v)
	}
	return fmt.Errorf("test: %T is neither a graph nor a node", v)
}

package graph

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/event"
)

// embedded has the methods of a node type without being one.
type embedded struct{ event.Event }

// TestNodeIndex checks that nodeIndex finds for every value the row of
// nodeTypes whose is accepts it, as the scan of the rows did: for each
// node type its pointer and its value, and nothing for a nil pointer of
// it, nil and a struct that embeds a node type.
func TestNodeIndex(t *testing.T) {
	scan := func(n Node) int {
		for i, k := range nodeTypes {
			if k.is(n) {
				return i
			}
		}
		return -1
	}
	var cases []Node
	for _, k := range nodeTypes {
		p := k.new()
		v := reflect.ValueOf(p)
		cases = append(cases, p, v.Elem().Interface().(Node), reflect.Zero(v.Type()).Interface().(Node))
	}
	cases = append(cases, nil, embedded{}, &embedded{})
	for i, n := range cases {
		want := scan(n)
		switch {
		case i < 3*len(nodeTypes) && i%3 < 2:
			require.Equal(t, i/3, want, "the scan of %T", n)
		default:
			require.Equal(t, -1, want, "the scan of %T", n)
		}
		assert.Equal(t, want, nodeIndex(n), "nodeIndex(%T) (case %d)", n, i)
		if want >= 0 {
			assert.Equal(t, nodeTypes[want].typ(), TypeOf(n), "TypeOf(%T)", n)
		} else {
			assert.Equal(t, NodeType(""), TypeOf(n), "TypeOf(%T)", n)
		}
	}
}

// BenchmarkTypeOf finds the type of a node of each type, pointers as
// the Lifter and NodeReader give them.
func BenchmarkTypeOf(b *testing.B) {
	nodes := make([]Node, len(nodeTypes))
	for i, k := range nodeTypes {
		nodes[i] = k.new()
	}
	for b.Loop() {
		for _, n := range nodes {
			if TypeOf(n) == "" {
				b.Fatal("not a node")
			}
		}
	}
}

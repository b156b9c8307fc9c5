package graph_test

import (
	"bufio"
	"bytes"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

// TestNodeWriterLines checks that NodeWriter writes each node as the
// line diplo.AppendJSON gives it, for the nodes of a generated graph in
// an order that mixes their types, pointers and values in turn, so that
// the encoders NodeWriter keeps change from one node to the next.
func TestNodeWriterLines(t *testing.T) {
	g := synth.Graph(40)
	var nodes []graph.Node
	for _, n := range g.Nodes() {
		nodes = append(nodes, n)
	}
	require.Greater(t, len(nodes), 100)
	// A fixed order that mixes the types: every seventh node in turn.
	var mixed []graph.Node
	for start := range 7 {
		for i := start; i < len(nodes); i += 7 {
			n := nodes[i]
			if i%5 == 0 {
				n = reflect.ValueOf(n).Elem().Interface().(graph.Node)
			}
			mixed = append(mixed, n)
		}
	}
	var buf bytes.Buffer
	w := graph.NewNodeWriter(&buf)
	for _, n := range mixed {
		require.NoError(t, w.Write(n))
	}
	require.NoError(t, w.Flush())
	sc := bufio.NewScanner(&buf)
	sc.Buffer(nil, 1<<20)
	for i, n := range mixed {
		require.True(t, sc.Scan(), "line %d", i+1)
		want, err := diplo.AppendJSON(nil, n)
		require.NoError(t, err)
		assert.Equal(t, string(want), sc.Text(), "line %d, %T", i+1, n)
	}
	assert.False(t, sc.Scan(), "lines past the nodes")
}

package plain_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/plain"
	"github.com/diplo-go/diplo/internal/synth"
)

// records returns the graphs the tests compare: the example records of the
// module, read from their golden files, and generated graphs.
func records(t *testing.T) map[string]*graph.Graph {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "*", "testdata", "*.golden.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 5, "example records found")
	out := map[string]*graph.Graph{}
	for _, f := range files {
		g, _, err := synth.Load(f)
		require.NoError(t, err)
		out[filepath.Base(f)] = g
	}
	for _, n := range []int{0, 5, 400} {
		out["synth-"+strconv.Itoa(n)] = synth.Graph(n)
	}
	out["rich"] = richGraph()
	return out
}

// TestFromGraph checks that a graph and its plain form encode to the same
// bytes, and that the plain types decode that JSON back without loss.
func TestFromGraph(t *testing.T) {
	for name, g := range records(t) {
		t.Run(name, func(t *testing.T) {
			want, err := json.Marshal(g)
			require.NoError(t, err)
			p := plain.FromGraph(g)
			got, err := json.Marshal(p)
			require.NoError(t, err)
			require.True(t, bytes.Equal(got, want), "plain JSON differs at byte %d:\nplain %s\ndiplo %s", diff(got, want), cut(got, diff(got, want)), cut(want, diff(got, want)))
			var back plain.Graph
			require.NoError(t, json.Unmarshal(want, &back))
			again, err := json.Marshal(&back)
			require.NoError(t, err)
			require.True(t, bytes.Equal(again, want), "plain round trip differs at byte %d", diff(again, want))
		})
	}
}

// TestFromGraphNil checks that empty lists stay absent rather than null.
func TestFromGraphNil(t *testing.T) {
	got, err := json.Marshal(plain.FromGraph(&graph.Graph{}))
	require.NoError(t, err)
	require.Equal(t, `{"type":"Graph"}`, string(got))
}

func diff(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func cut(b []byte, at int) []byte {
	lo, hi := max(0, at-60), min(len(b), at+60)
	return b[lo:hi]
}

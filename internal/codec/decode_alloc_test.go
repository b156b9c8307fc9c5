//go:build !race

// The race detector makes sync.Pool drop some of what is put in it, on
// purpose, so the fast path allocates its decoder under it: this file
// is built without it.

package codec_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// TestUnmarshalStrictAllocs checks how often a strict decode of a graph
// allocates: a list inside a node is allocated once, at its length,
// rather than grown one element after the other, and the strings that
// repeat (IDs referred to, texts) are made once, and the others are
// copied into chunks that they share. Before the fast path: 554 and
// 10,012 allocations; with each string allocated alone: 474 and 7,281.
func TestUnmarshalStrictAllocs(t *testing.T) {
	rm, err := os.ReadFile(filepath.Join("..", "..", "examples", "russia-mali", "testdata", "russia-mali.golden.json"))
	require.NoError(t, err)
	s200, err := diplo.Marshal(synth.Graph(200))
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
		// max is the most allocations per decode.
		max float64
	}{
		{"russia-mali", rm, 330},
		{"synth-200", s200, 4600},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var g graph.Graph
			require.NoError(t, codec.Unmarshal(tc.data, &g, true))
			n := testing.AllocsPerRun(10, func() {
				g = graph.Graph{}
				err = codec.Unmarshal(tc.data, &g, true)
			})
			require.NoError(t, err)
			t.Logf("%s: %v allocations", tc.name, n)
			assert.LessOrEqual(t, n, tc.max)
		})
	}
}

// TestUnmarshalListsChunked checks that the arrays of a decoded
// document's short lists come from chunks they share, with the lengths
// of the limits pass and without: a strict decode of synth-200 (375 KB)
// makes about 1,100 allocations fewer than when each list had its own
// array (4,093 with Unmarshal, 4,081 with the lengths). A small document
// such as russia-mali (35 KB) allocates its lists as before.
func TestUnmarshalListsChunked(t *testing.T) {
	s200, err := diplo.Marshal(synth.Graph(200))
	require.NoError(t, err)
	tests := []struct {
		name string
		data []byte
		// max is the most allocations per decode.
		max float64
	}{
		{"synth-200", s200, 3100},
	}
	lim := codec.ScanLimits{MaxDepth: 64, MaxString: 1 << 20, MaxArray: 1 << 20, MaxObjects: 1 << 20}
	for _, tc := range tests {
		var lengths codec.Lengths
		require.Nil(t, codec.ScanLengths(tc.data, lim, nil, &lengths))
		for name, decode := range map[string]func(g *graph.Graph) error{
			"lengths":    func(g *graph.Graph) error { return codec.UnmarshalLengths(tc.data, g, true, &lengths) },
			"no lengths": func(g *graph.Graph) error { return codec.Unmarshal(tc.data, g, true) },
		} {
			var g graph.Graph
			require.NoError(t, decode(&g))
			n := testing.AllocsPerRun(10, func() {
				g = graph.Graph{}
				err = decode(&g)
			})
			require.NoError(t, err)
			t.Logf("%s, %s: %v allocations", tc.name, name, n)
			assert.LessOrEqual(t, n, tc.max, "%s, %s", tc.name, name)
		}
	}
}

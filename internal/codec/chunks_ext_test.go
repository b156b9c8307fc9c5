package codec_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// TestDecodedStringsOwnBytes checks that the strings of a decoded value
// are its own: a later decode by the same pooled reader, of another
// document, does not change them, and neither does writing over the
// input they were read from.
func TestDecodedStringsOwnBytes(t *testing.T) {
	a, err := diplo.Marshal(synth.Graph(40))
	require.NoError(t, err)
	b, err := diplo.Marshal(synth.Graph(60))
	require.NoError(t, err)
	for _, strict := range []bool{true, false} {
		input := bytes.Clone(a)
		var ga graph.Graph
		tried, err := codec.UnmarshalFast(input, &ga, strict)
		require.True(t, tried)
		require.NoError(t, err)
		want, err := diplo.Marshal(&ga)
		require.NoError(t, err)
		require.JSONEq(t, string(a), string(want))
		for i := range input {
			input[i] = 'x'
		}
		for range 5 {
			var gb graph.Graph
			_, err := codec.UnmarshalFast(b, &gb, strict)
			require.NoError(t, err)
			var again graph.Graph
			_, err = codec.UnmarshalFast(a, &again, strict)
			require.NoError(t, err)
		}
		got, err := diplo.Marshal(&ga)
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "strict=%v: the first value changed after later decodes", strict)
	}
}

package codec_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// TestEncoder checks that an Encoder appends what AppendJSON appends,
// error included, for every node of a generated graph and values of
// other kinds in between (so that the types it keeps change from one
// value to the next, more of them than it keeps, and a value that fails
// deep inside is followed by one that does not), one encoder used for
// all the values in turn, and the zero Encoder.
func TestEncoder(t *testing.T) {
	values := encoderValues(synth.Graph(30))
	require.Greater(t, len(values), 100)
	var x codec.Encoder
	buf := []byte("head")
	for i, v := range values {
		want, wantErr := codec.AppendJSON([]byte("head"), v)
		got, err := x.Append(buf[:4], v)
		if wantErr != nil {
			assert.EqualError(t, err, wantErr.Error(), "value %d", i)
		} else {
			assert.NoError(t, err, "value %d", i)
		}
		assert.Equal(t, string(want), string(got), "value %d", i)
		buf = got
	}
	var zero codec.Encoder
	got, err := zero.Append(nil, values[0])
	require.NoError(t, err)
	want, err := codec.AppendJSON(nil, values[0])
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "the zero Encoder")
}

// encoderValues returns the nodes of g with values of other kinds in
// between, for the tests of Encoder and IndentEncoder: nil, numbers,
// strings to escape, slices, nil pointers, a value that fails deep
// inside after its first levels are written (an infinity), a value
// handed to encoding/json (json.RawMessage), structs of one member of
// each kind (so that an encoder meets more pointer types than it
// keeps), g itself and maps.
func encoderValues(g *graph.Graph) []any {
	var values []any
	i := 0
	for _, n := range g.Nodes() {
		i++
		values = append(values, n)
		switch i % 7 {
		case 1:
			values = append(values, nil, 1, "a<&>\u2028")
		case 3:
			values = append(values, []any{1, math.Inf(1)}, &[]int{1, 2}, (*struct{ A int })(nil),
				&struct{ A []any }{A: []any{1, []any{map[string]any{"b": math.Inf(1)}}}},
				&struct{ R json.RawMessage }{R: json.RawMessage(`{"raw":[1,{}]}`)},
				&struct{ B bool }{true}, &struct{ C string }{"c"}, &struct{ D float64 }{1.5},
				&struct{ E []string }{[]string{"e"}}, &struct{ F map[string]int }{map[string]int{"f": 1}},
				&struct{ G *int }{}, &struct{ H any }{"h"}, &struct{ I uint8 }{8},
				&struct{ J [2]int }{}, &struct{ K int16 }{-1}, &struct{ L string }{"<l>"},
				&struct{ M int32 }{3}, &struct{ N float32 }{0.5}, &struct{ O []any }{},
				&struct{ P bool }{}, &struct{ Q int64 }{-9})
		case 5:
			values = append(values, g, &struct {
				A int
				B []string `json:"b,omitempty"`
			}{A: 3}, map[string]any{"a": []any{}})
		}
	}
	return values
}

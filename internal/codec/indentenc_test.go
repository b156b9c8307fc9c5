package codec_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// TestIndentEncoder checks that an IndentEncoder appends what
// AppendIndentJSON appends, error included, for every node of a
// generated graph and values of other kinds in between (so that the
// type it keeps changes from one value to the next and back, and a
// value that fails deep inside is followed by one that does not), with
// each prefix and indent, one encoder used for all the values in turn.
func TestIndentEncoder(t *testing.T) {
	g := synth.Graph(30)
	var values []any
	var first any
	i := 0
	for _, n := range g.Nodes() {
		if first == nil {
			first = n
		}
		i++
		values = append(values, n)
		switch i % 7 {
		case 1:
			values = append(values, nil, 1, "a<&>\u2028")
		case 3:
			values = append(values, []any{1, math.Inf(1)}, &[]int{1, 2}, (*struct{ A int })(nil),
				// An error deep in a value, met after its first levels
				// are written, and a value handed to encoding/json.
				&struct{ A []any }{A: []any{1, []any{map[string]any{"b": math.Inf(1)}}}},
				&struct{ R json.RawMessage }{R: json.RawMessage(`{"raw":[1,{}]}`)})
		case 5:
			values = append(values, g, &struct {
				A int
				B []string `json:"b,omitempty"`
			}{A: 3}, map[string]any{"a": []any{}})
		}
	}
	require.Greater(t, len(values), 100)
	for _, in := range indentCases {
		x := codec.NewIndentEncoder(in.prefix, in.indent)
		buf := []byte("head")
		for i, v := range values {
			want, wantErr := codec.AppendIndentJSON([]byte("head"), v, in.prefix, in.indent)
			got, err := x.Append(buf[:4], v)
			if wantErr != nil {
				assert.EqualError(t, err, wantErr.Error(), "value %d", i)
			} else {
				assert.NoError(t, err, "value %d", i)
			}
			assert.Equal(t, string(want), string(got), "value %d, prefix %q, indent %q", i, in.prefix, in.indent)
			buf = got
		}
	}
	var zero codec.IndentEncoder
	got, err := zero.Append(nil, first)
	require.NoError(t, err)
	want, err := codec.AppendIndentJSON(nil, first, "", "")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "the zero IndentEncoder")
}

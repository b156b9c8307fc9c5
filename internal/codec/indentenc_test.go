package codec_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/internal/synth"
)

// TestIndentEncoder checks that an IndentEncoder appends what
// AppendIndentJSON appends, error included, for every node of a
// generated graph and values of other kinds in between (encoderValues:
// the type it keeps changes from one value to the next and back, and a
// value that fails deep inside is followed by one that does not), with
// each prefix and indent, one encoder used for all the values in turn.
func TestIndentEncoder(t *testing.T) {
	values := encoderValues(synth.Graph(30))
	first := values[0]
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

package codec_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/codec"
)

func TestFramer(t *testing.T) {
	tests := []struct {
		name, in string
		end      int  // bytes of the value; -1: not ended by the input
		scalar   bool // a number or literal
	}{
		{"object", `{"a":[1,{"b":"}"}]} {"next":1}`, 19, false},
		{"array", `[[],[[]],"]"] x`, 13, false},
		{"string with escapes", `"a\"b\\" "c"`, 8, false},
		{"escaped quote at a piece's end", `"ab\"cd\\\"" 1`, 12, false},
		{"number", `-12.5e3,`, 7, true},
		{"literal", `true]`, 4, true},
		{"number at the end", `123`, -1, true},
		{"open object", `{"a":"}`, -1, false},
		{"open string", `"abc\"`, -1, false},
	}
	for _, tc := range tests {
		for _, piece := range []int{1, 2, 3, 1 << 10} {
			var f codec.Framer
			in := []byte(tc.in)
			got, done := 0, false
			for got < len(in) && !done {
				b := in[got:min(got+piece, len(in))]
				var n int
				n, done = f.Feed(b)
				require.LessOrEqual(t, n, len(b), "%s: Feed consumed more than given", tc.name)
				got += n
			}
			if tc.end < 0 {
				assert.False(t, done, "%s, pieces of %d: ended", tc.name, piece)
			} else {
				assert.True(t, done, "%s, pieces of %d: not ended", tc.name, piece)
				assert.Equal(t, tc.end, got, "%s, pieces of %d: end", tc.name, piece)
			}
			assert.Equal(t, tc.scalar, f.Scalar(), "%s: Scalar", tc.name)
		}
	}
}

// TestJSONTextReadsAhead pins one reason why a stream of records is
// framed by Framer and not by a jsontext Decoder: reading the first
// record, the Decoder takes the bytes of the records after it from the
// underlying reader. (Were it to stop reading at the end of a value, a
// Decoder over a bounded reader could replace Framer.)
func TestJSONTextReadsAhead(t *testing.T) {
	stream := []byte(`{"a":1}` + "\n" + `{"b":2}` + "\n")
	r := bytes.NewReader(stream)
	dec := jsontext.NewDecoder(io.LimitReader(r, 1<<20))
	v, err := dec.ReadValue()
	require.NoError(t, err)
	assert.Equal(t, `{"a":1}`, string(v))
	assert.Greater(t, len(stream)-r.Len(), len(v)+1, "the Decoder read no further than the first record")
}

func TestStartsValue(t *testing.T) {
	for c := range 256 {
		want := !bytes.ContainsRune([]byte(",:]}"), rune(c))
		assert.Equal(t, want, codec.StartsValue(byte(c)), "StartsValue(%q)", rune(c))
	}
}

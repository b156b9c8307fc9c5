package codec_test

import (
	"bytes"
	"errors"
	"testing"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/codec"
)

// TestReadStringBytes checks that ReadStringBytes gives, for a member
// name and a string value, the text Token.String gives with the options
// of decoding (escapes unquoted, invalid UTF-8 replaced), the document's
// own bytes when nothing needed unquoting, and ErrType for another kind.
func TestReadStringBytes(t *testing.T) {
	opts := json.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.AllowDuplicateNames(true))
	for _, tc := range []struct {
		name, doc string
		inPlace   bool // the bytes returned are the document's
	}{
		{"plain", `{"fr":"Moscou"}`, true},
		{"not ASCII", `{"ru":"Москва"}`, true},
		{"escapes", `{"f\u0072":"a \"b\" \\ c\n\u2028"}`, false},
		{"invalid UTF-8", "{\"f\xffr\":\"a\xffb\"}", false},
		{"empty", `{"":""}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.doc)
			want := jsontext.NewDecoder(bytes.NewReader(data), opts)
			_, err := want.ReadToken()
			require.NoError(t, err)
			dec := jsontext.NewDecoder(bytes.NewReader(data), opts)
			_, err = dec.ReadToken()
			require.NoError(t, err)
			for range 2 { // the name, then the value
				tok, err := want.ReadToken()
				require.NoError(t, err)
				got, err := codec.ReadStringBytes(dec)
				require.NoError(t, err)
				assert.Equal(t, tok.String(), string(got))
				assert.Equal(t, tc.inPlace, bytes.Contains([]byte(tc.doc), append(append([]byte{'"'}, got...), '"')), "in place")
			}
		})
	}
	dec := jsontext.NewDecoder(bytes.NewReader([]byte(`[1]`)), opts)
	_, err := dec.ReadToken()
	require.NoError(t, err)
	_, err = codec.ReadStringBytes(dec)
	assert.True(t, errors.Is(err, codec.ErrType), "%v", err)
}

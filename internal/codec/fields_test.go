package codec_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/codec"
)

type tagged struct {
	X int `json:"Y"`
}

type untagged struct{ Y int }

type twin struct{ T int }

type (
	twinA struct{ twin }
	twinB struct{ twin }
)

type ptrInner struct {
	P int `json:"p"`
	Q int `json:"q,omitempty"`
}

type badTag struct {
	A int `json:"a\"b"`
	B int `json:",omitzero"`
	C int `json:"-,"`
	D int `json:"-"`
	e int
}

// The tagged member wins over an untagged one of the same name at the
// same depth, whichever comes first.
type tagWins struct {
	untagged
	tagged
}

// Two members of one name, at one depth, both untagged: neither is
// written.
type ambiguous struct {
	twinA
	twinB
	Z int
}

type viaPointer struct {
	*ptrInner
	R int `json:"r"`
}

// TestFieldsOfAsEncodingJSON checks the table against what encoding/json
// writes: the same member names, in the same order.
func TestFieldsOfAsEncodingJSON(t *testing.T) {
	for _, v := range []any{
		tagWins{untagged{1}, tagged{2}},
		ambiguous{Z: 3},
		viaPointer{ptrInner: &ptrInner{P: 1, Q: 2}, R: 3},
		badTag{A: 1, B: 2, C: 3, D: 4},
	} {
		t.Run(reflect.TypeOf(v).Name(), func(t *testing.T) {
			b, err := json.Marshal(v)
			require.NoError(t, err)
			var want []string
			dec := json.NewDecoder(bytes.NewReader(b))
			_, err = dec.Token()
			require.NoError(t, err)
			for dec.More() {
				tok, err := dec.Token()
				require.NoError(t, err)
				want = append(want, tok.(string))
				var skip json.RawMessage
				require.NoError(t, dec.Decode(&skip))
			}
			var got []string
			for _, f := range codec.FieldsOf(reflect.TypeOf(v)).List {
				got = append(got, f.Name)
			}
			assert.Equal(t, want, got)
		})
	}
	fs := codec.FieldsOf(reflect.TypeFor[tagWins]())
	i, ok := fs.Lookup("y")
	require.True(t, ok)
	assert.Equal(t, "X", fs.List[i].GoName, "the tagged field decodes Y")
	fs = codec.FieldsOf(reflect.TypeFor[badTag]())
	i, ok = fs.Lookup("B")
	require.True(t, ok)
	assert.True(t, fs.List[i].OmitZero)
	assert.Equal(t, []int{1}, fs.List[i].Index)
}

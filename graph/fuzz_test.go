package graph_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// sentinels are the errors that every decoding or validation error wraps
// one of.
var sentinels = []error{
	diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrRange, diplo.ErrUnknown, diplo.ErrLanguage,
	diplo.ErrCountry, diplo.ErrDuplicate, diplo.ErrReference, diplo.ErrCycle, diplo.ErrOrder,
	diplo.ErrInconsistent, diplo.ErrUnknownField, diplo.ErrJSON, diplo.ErrLimit, diplo.ErrTooMany,
}

// checkFieldErrors fails unless err is made of *diplo.FieldError values,
// each wrapping a sentinel and quoting no long run of the input.
func checkFieldErrors(t *testing.T, what string, err error) {
	t.Helper()
	var list []*diplo.FieldError
	var es diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &es):
		list = es
	case errors.As(err, &fe):
		list = []*diplo.FieldError{fe}
	default:
		require.Failf(t, "no field error", "%s: error %T is not a field error: %v", what, err, err)
	}
	for _, e := range list {
		known := false
		for _, s := range sentinels {
			if errors.Is(e, s) {
				known = true
				break
			}
		}
		assert.True(t, known, "%s: error at %q wraps no sentinel: %v", what, e.Path, e.Err)
	}
}

// FuzzUnmarshal decodes any input. Decoding must not panic; a failure must
// be field errors wrapping sentinels; a graph that decodes must encode,
// decode again and encode to the same bytes; what strict decoding accepts
// lenient decoding accepts as the same graph; and Validate must not panic.
func FuzzUnmarshal(f *testing.F) {
	golden, err := os.ReadFile(goldenSmall)
	require.NoError(f, err)
	f.Add(golden)
	f.Add(bytes.Replace(golden, []byte(`"kind": "bilateral-talks"`), []byte(`"kind": "sumit"`), 1))
	f.Add(bytes.Replace(golden, []byte(`"startDate": "2025-06-23"`), []byte(`"startDate": "2025-06-31"`), 1))
	f.Add(bytes.Replace(golden, []byte(`"role": "host"`), []byte(`"role": "host", "bogus": [1]`), 1))
	f.Add(bytes.Replace(golden, []byte(`"type": "Graph",`), []byte(`"type": "Graph", "type": "Graph",`), 1))
	f.Add(golden[:len(golden)/2])
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"type":"Graph","events":[{"id":"urn:x:1","type":"Event","kind":"summit","parts":["urn:x:1"]}]}`))
	f.Add([]byte(`{"title":{"fr-t-en":"x","EN":"y"},"events":[{"kind":7}]}`))
	f.Add([]byte(`{"statements":[{"date":"2025-06-23T10:00:00+03:00","text":{"und":""}}],"sources":[{"language":"zz-Latn"}]}`))
	f.Add([]byte(`{"accords":[{"languages":["ru","x"],"actions":[{"kind":"signature","date":"2025?"}]}]}`))
	f.Add([]byte(`[null]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := graph.Unmarshal(data)
		strict, serr := graph.UnmarshalStrict(data)
		if serr != nil {
			checkFieldErrors(t, "UnmarshalStrict", serr)
		}
		if err != nil {
			checkFieldErrors(t, "Unmarshal", err)
			require.Error(t, serr, "strict decoding accepts what lenient decoding rejects: %v", err)
			return
		}
		if serr == nil {
			require.Equal(t, g, strict, "strict and lenient decoding differ")
		}
		first, err := json.Marshal(g)
		require.NoError(t, err, "decoded graph does not encode")
		back, err := graph.UnmarshalStrict(first)
		require.NoError(t, err, "encoded graph does not decode:\n%s", first)
		second, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(first), string(second), "encoding not stable")
		if err := g.Validate(); err != nil {
			checkFieldErrors(t, "Validate", err)
		}
	})
}

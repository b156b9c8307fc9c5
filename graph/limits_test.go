package graph_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
)

// maxMessage is the longest message one error may have.
const maxMessage = 400

// endlessReader gives an endless run of spaces after an opening bracket,
// counting what it gives.
type endlessReader struct{ n int }

func (r *endlessReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	if r.n == 0 && len(p) > 0 {
		p[0] = '{'
	}
	r.n += len(p)
	return len(p), nil
}

func TestReadLimits(t *testing.T) {
	golden, err := os.ReadFile(goldenSmall)
	require.NoError(t, err)
	tests := []struct {
		name string
		r    io.Reader
		max  int
		err  error
		msg  string
	}{
		{"exactly MaxBytes", bytes.NewReader(golden), len(golden), nil, ""},
		{"one byte over", bytes.NewReader(golden), len(golden) - 1, diplo.ErrLimit,
			fmt.Sprintf("limit exceeded: document of %d bytes exceeds MaxBytes %d", len(golden), len(golden)-1)},
		{"one byte over, unsized stream", io.MultiReader(bytes.NewReader(golden)), len(golden) - 1, diplo.ErrLimit,
			fmt.Sprintf("limit exceeded: document of more than %d bytes exceeds MaxBytes %d", len(golden)-1, len(golden)-1)},
		{"exactly MaxBytes, unsized stream", io.MultiReader(bytes.NewReader(golden)), len(golden), nil, ""},
		{"no limit", io.MultiReader(bytes.NewReader(golden)), diplo.NoLimit, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := graph.Read(tc.r, diplo.DecodeOptions{Strict: true, Limits: diplo.Limits{MaxBytes: tc.max}})
			if tc.err == nil {
				require.NoError(t, err, "Read")
				require.Equal(t, smallGraph().Len(), g.Len(), "nodes read")
				return
			}
			assert.ErrorIs(t, err, tc.err, "Read")
			assert.EqualError(t, err, tc.msg, "Read")
		})
	}
	// An endless stream is read up to MaxBytes+1 bytes.
	r := new(endlessReader)
	_, err = graph.Read(r, diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: 1 << 20}})
	assert.ErrorIs(t, err, diplo.ErrLimit, "Read of an endless stream")
	assert.LessOrEqual(t, r.n, 1<<20+1, "bytes read of an endless stream, MaxBytes %d", 1<<20)
}

// leaf is a string value of the golden graph and its path.
type leaf struct {
	path string
	set  func(v any)
}

// leaves lists the string values under v, a document decoded into any,
// with setters that replace each in place.
func leaves(v any, path string, set func(any), out *[]leaf) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			leaves(x[k], check.JoinPath(path, k), func(nv any) { x[k] = nv }, out)
		}
	case []any:
		for i := range x {
			leaves(x[i], fmt.Sprintf("%s[%d]", path, i), func(nv any) { x[i] = nv }, out)
		}
	case string:
		*out = append(*out, leaf{path, set})
	}
}

// TestHostileValuesEverywhere replaces, one at a time, every string of
// the golden graph with hostile values: a long text with a control
// character, a number of 10,000 digits, an object with a member name of
// 10,000 bytes, 1,000 nested arrays. Each must give errors (from decoding, or else from
// Validate), and every error must name a place related to the value
// changed, wrap a sentinel, and have a short message.
func TestHostileValuesEverywhere(t *testing.T) {
	golden, err := os.ReadFile(goldenSmall)
	require.NoError(t, err)
	var probe any
	require.NoError(t, json.Unmarshal(golden, &probe))
	var list []leaf
	leaves(probe, "", nil, &list)
	require.GreaterOrEqual(t, len(list), 100, "strings in the golden graph")
	values := []struct {
		name string
		raw  json.RawMessage
	}{
		{"long text with a control character", json.RawMessage(`"` + strings.Repeat("é", 5_000) + `\u0001"`)},
		{"long number", json.RawMessage(strings.Repeat("7", 10_000))},
		{"long member name", json.RawMessage(`{"` + strings.Repeat("k", 10_000) + `":"x"}`)},
		{"deep nesting", json.RawMessage(strings.Repeat(`[`, 1_000) + strings.Repeat(`]`, 1_000))},
	}
	for _, val := range values {
		t.Run(val.name, func(t *testing.T) {
			for _, l := range list {
				var doc any
				require.NoError(t, json.Unmarshal(golden, &doc))
				var mine []leaf
				leaves(doc, "", nil, &mine)
				for _, m := range mine {
					if m.path == l.path {
						m.set(val.raw)
					}
				}
				data, err := json.Marshal(doc)
				require.NoError(t, err)
				g, err := graph.UnmarshalStrict(data)
				if err == nil {
					err = g.Validate()
				}
				if !assert.Error(t, err, "%s: accepted", l.path) {
					continue
				}
				checkHostileErrors(t, l.path, err)
			}
		})
	}
}

// checkHostileErrors checks that err is made of field errors wrapping
// sentinels, with short messages, one of them at a path on the way to or
// under the value changed at path.
func checkHostileErrors(t *testing.T, path string, err error) {
	t.Helper()
	var es diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &es):
	case errors.As(err, &fe):
		es = diplo.Errors{fe}
	default:
		require.Failf(t, "no field error", "%s: error %T is not a field error: %v", path, err, err)
	}
	related := false
	for _, e := range es {
		assert.LessOrEqual(t, len(e.Error()), maxMessage, "%s: message: %.200s...", path, e.Error())
		if !errors.Is(e, diplo.ErrLimit) {
			checkFieldErrors(t, path, e)
		}
		p := strings.TrimSuffix(e.Path, "...")
		if p != "" && (strings.HasPrefix(path, p) || strings.HasPrefix(p, path)) {
			related = true
		}
	}
	assert.True(t, related, "%s: no error near the value changed: %v", path, err)
}

// BenchmarkUnmarshalGolden decodes the golden graph leniently and
// strictly; strict decoding looks for duplicate keys without decoding
// values a second time.
func BenchmarkUnmarshalGolden(b *testing.B) {
	data, err := os.ReadFile(goldenSmall)
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		fn   func([]byte) (*graph.Graph, error)
	}{{"lenient", graph.Unmarshal}, {"strict", graph.UnmarshalStrict}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.fn(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheck measures the limit check alone, beside json.Valid, on
// the golden graph.
func BenchmarkCheck(b *testing.B) {
	data, err := os.ReadFile(goldenSmall)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Check", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := (diplo.DecodeOptions{}).Check(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Valid", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if !json.Valid(data) {
				b.Fatal("invalid")
			}
		}
	})
}

// BenchmarkUnmarshalEmptyEvents decodes 100,000 empty events, 300 KB of
// JSON: B/op shows what a hostile document of small objects costs, about
// the size of an event (400 bytes) per object.
func BenchmarkUnmarshalEmptyEvents(b *testing.B) {
	const n = 100_000
	data := []byte(`{"events":[` + strings.Repeat(`{},`, n-1) + `{}]}`)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		g, err := graph.Unmarshal(data)
		if err != nil || len(g.Events) != n {
			b.Fatal(err)
		}
	}
}

package codec

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSpaceEqual checks the comparison of a document with compact JSON
// fed in parts: white space between tokens is ignored, white space in
// strings is not.
func TestSpaceEqual(t *testing.T) {
	tests := []struct {
		doc   string
		parts []string
		want  bool
	}{
		{`{"a":1}`, []string{`{"a":1}`}, true},
		{" {\n  \"a\": 1\n}\n", []string{`{"a":1}`}, true},
		{" {\n  \"a\": 1\n}\n", []string{`{"a"`, `:1`, `}`}, true},
		{`{"a b":1}`, []string{`{"ab":1}`}, false},
		{`{"a":"x y"}`, []string{`{"a":"x y"}`}, true},
		{`{"a":"\" b"}`, []string{`{"a":"\" b"}`}, true},
		{`{"a":"\\" , "b":2}`, []string{`{"a":"\\","b":2}`}, true},
		{`{"a":1}`, []string{`{"a":1`}, false},
		{`{"a":1}`, []string{`{"a":1}`, `,`}, false},
		{`[1, 2]`, []string{`[1,`, `2]`}, true},
		{`[12]`, []string{`[1`, `2]`}, true},
		{`[1 2]`, []string{`[12]`}, true}, // not JSON: only the bytes are compared
		{``, nil, true},
		{`  `, []string{``}, true},
	}
	for _, tc := range tests {
		c := NewSpaceEqual([]byte(tc.doc))
		for _, p := range tc.parts {
			c.Feed([]byte(p))
		}
		assert.Equal(t, tc.want, c.End(), "%q %q", tc.doc, tc.parts)
	}
}

// FuzzSpaceEqual checks SpaceEqual against json.Compact: a valid document
// matches compact JSON fed in two parts exactly when compacting the
// document gives those bytes.
func FuzzSpaceEqual(f *testing.F) {
	f.Add(`{"a": [1, "x y", {"b" : null}]}`, `{"a":[1,"x y",{"b":null}]}`, 5)
	f.Add(" [ \"\\\" \" ] ", `["\" "]`, 2)
	f.Add(`{"a":1}`, `{"a":2}`, 3)
	f.Fuzz(func(t *testing.T, doc, p string, cut int) {
		if !json.Valid([]byte(doc)) {
			return
		}
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(doc)) != nil {
			return
		}
		cut = max(0, min(cut, len(p)))
		c := NewSpaceEqual([]byte(doc))
		c.Feed([]byte(p[:cut]))
		c.Feed([]byte(p[cut:]))
		if p == compact.String() {
			assert.True(t, c.End(), "%q %q", doc, p)
		} else if json.Valid([]byte(p)) {
			var cp bytes.Buffer
			if json.Compact(&cp, []byte(p)) == nil && cp.String() == p {
				assert.False(t, c.End(), "%q %q", doc, p)
			}
		}
	})
}

// TestSpaceEqualFeedWhole checks FeedWhole, for parts that begin and end
// outside strings, against Feed: white space is skipped between tokens
// only, never in a string, after an escaped quotation mark either.
func TestSpaceEqualFeedWhole(t *testing.T) {
	parts := []string{`{"a":"x\" y"`, `,"b":[1,`, `"\\"`, `]`, `}`}
	tests := []struct {
		doc  string
		want bool
	}{
		{`{"a":"x\" y","b":[1,"\\"]}`, true},
		{` { "a" : "x\" y" , "b" : [ 1 , "\\" ] } ` + "\n", true},
		{`{"a":"x\"y","b":[1,"\\"]}`, false},
		{`{"a":"x\"  y","b":[1,"\\"]}`, false},
		{`{"a":"x\" y","b":[1,"\\" ]} x`, false},
		{`{"a":"x\" y","b":[1,"\\"]`, false},
		{`{"a":"x\" y","b":[1,"\\ "]}`, false},
		{``, false},
	}
	for _, tc := range tests {
		c := NewSpaceEqual([]byte(tc.doc))
		s := NewSpaceEqual([]byte(tc.doc))
		for _, p := range parts {
			c.FeedWhole([]byte(p))
			s.Feed([]byte(p))
		}
		assert.Equal(t, tc.want, c.End(), tc.doc)
		assert.Equal(t, s.End(), c.End(), tc.doc)
	}
}

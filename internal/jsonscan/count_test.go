package jsonscan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPartsScan checks that Parts.Scan finds what Scan finds in each part,
// one after another with the same stack, and counts the objects of each:
// the objects scanned before a problem when there is one.
func TestPartsScan(t *testing.T) {
	lim := Limits{MaxDepth: 4, MaxString: 8, MaxArray: 3, MaxObjects: 4}
	tests := []struct {
		part    string
		objects int
		kind    Kind
	}{
		{`{}`, 1, 0},
		{`{"a":{"b":[{}]}}`, 3, 0},
		{`[1,2,3]`, 0, 0},
		{`[[[[[]]]]]`, 0, Depth},
		{`{"a":{},"b":[{"c":{"d":[]}}]}`, 4, Depth},
		{`[{},{},{},{},{}]`, 3, Array},
		{`[{},{},{}]`, 3, 0},
		{`{"a":{},"b":{},"c":{},"d":{}}`, 5, Objects},
		{`"abcdefghi"`, 0, String},
		{`{"a":1,}`, 1, Syntax},
		{`  {"é":"\u00e9"}  `, 1, 0},
	}
	var p Parts
	for _, tc := range tests {
		objects, e := p.Scan([]byte(tc.part), lim)
		assert.Equal(t, tc.objects, objects, tc.part)
		want := Scan([]byte(tc.part), lim)
		if tc.kind == 0 {
			assert.Nil(t, e, tc.part)
			assert.Nil(t, want, tc.part)
			assert.Equal(t, strings.Count(tc.part, "{"), objects, tc.part)
			continue
		}
		if assert.NotNil(t, e, tc.part) && assert.NotNil(t, want, tc.part) {
			assert.Equal(t, tc.kind, e.Kind, tc.part)
			assert.Equal(t, *want, *e, tc.part)
		}
	}
}

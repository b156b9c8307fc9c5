package codec

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScanPartsScan checks that ScanParts.Scan finds what Scan finds in each part,
// one after another with the same stack, and counts the objects of each:
// the objects scanned before a problem when there is one.
func TestScanPartsScan(t *testing.T) {
	lim := ScanLimits{MaxDepth: 4, MaxString: 8, MaxArray: 3, MaxObjects: 4}
	tests := []struct {
		part    string
		objects int
		kind    ScanKind
	}{
		{`{}`, 1, 0},
		{`{"a":{"b":[{}]}}`, 3, 0},
		{`[1,2,3]`, 0, 0},
		{`[[[[[]]]]]`, 0, ScanDepth},
		{`{"a":{},"b":[{"c":{"d":[]}}]}`, 4, ScanDepth},
		{`[{},{},{},{},{}]`, 3, ScanArray},
		{`[{},{},{}]`, 3, 0},
		{`{"a":{},"b":{},"c":{},"d":{}}`, 5, ScanObjects},
		{`"abcdefghi"`, 0, ScanString},
		{`{"a":1,}`, 1, ScanSyntax},
		{`  {"é":"\u00e9"}  `, 1, 0},
	}
	var p ScanParts
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

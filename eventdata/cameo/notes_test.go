package cameo_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

func TestActorTypes(t *testing.T) {
	rows := readTSV(t, "data/CAMEO.type.txt")
	require.Len(t, rows, 40, "rows of CAMEO.type.txt")
	types := cameo.ActorTypes()
	require.Len(t, types, 39, "actor types (40 rows, UIS listed twice)")
	seen := map[string]int{}
	for _, r := range rows {
		seen[r[0]]++
	}
	var dups []string
	for code, n := range seen {
		if n > 1 {
			dups = append(dups, code)
		}
	}
	assert.Equal(t, []string{"UIS"}, dups, "codes listed more than once")
	assert.Equal(t, cameo.ActorType{Code: "COP", Label: "Police forces"}, types[0], "first type")
	assert.Equal(t, cameo.ActorType{Code: "SET", Label: "Settler"}, types[38], "last type")
	tests := []struct{ code, label string }{
		{"GOV", "Government"},
		{"MIL", "Military"},
		{"UIS", "Unidentified State Actor"},
		{"IGO", "Inter-Governmental Organization"},
		{"HRI", "Human Rights"},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			got, ok := cameo.LookupActorType(tc.code)
			assert.True(t, ok, "LookupActorType(%q) found", tc.code)
			assert.Equal(t, cameo.ActorType{Code: tc.code, Label: tc.label}, got, "LookupActorType(%q)", tc.code)
		})
	}
	for _, code := range []string{"", "gov", "GOVT", "XYZ", "JEW"} {
		_, ok := cameo.LookupActorType(code)
		assert.False(t, ok, "LookupActorType(%q) found", code)
	}
}

func TestNotes(t *testing.T) {
	codes := cameo.EventCodes()
	var scoreDiffs []string
	for _, c := range codes {
		n, ok := cameo.LookupNotes(c.Code)
		if !assert.True(t, ok, "no notes for %s", c.Code) {
			continue
		}
		assert.Equal(t, c.Code, n.Code, "notes %+v", n)
		assert.NotEmpty(t, n.Name, "notes %+v", n)
		if n.Goldstein != c.Goldstein {
			scoreDiffs = append(scoreDiffs, c.Code)
		}
		for _, s := range []string{n.Name, n.Description, n.UsageNotes, n.Example} {
			assert.NotContains(t, s, "\u201aÄ", "%s: undecoded text", c.Code)
			assert.NotContains(t, s, "\ufffd", "%s: undecoded text", c.Code)
			assert.NotEqual(t, "NA", s, "%s: undecoded text", c.Code)
		}
	}
	// GDELT's table and the ICEWS table disagree on these four scores.
	assert.Equal(t, []string{"016", "022", "164", "165"}, scoreDiffs, "codes whose ICEWS score differs from GDELT's")
	n, ok := cameo.LookupNotes("1213")
	assert.True(t, ok, "1213 has notes")
	assert.Equal(t, "Reject judicial cooperation", n.Name, "1213")
	_, ok = cameo.LookupEvent("1213")
	assert.False(t, ok, "1213 is in GDELT's table")

	tests := []struct {
		code                    string
		name                    string
		goldstein               float64
		descPrefix, examplePart string
	}{
		{"01", "MAKE PUBLIC STATEMENT", 0, "", ""},
		{"044", "Meet at a 'third' location", 2.5, "Meet, come together, gather with others at a neutral location", "return to Geneva"},
		{"012", "Make pessimistic comment", -0.4, "Express pessimism", "skeptical over Moscow\u2019s will"},
		{"016", "Deny responsibility", -5, "Discard or deny accusations or charges.", "Liberia denied"},
		{"164", "Halt negotiations", -6.5, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			n, ok := cameo.LookupNotes(tc.code)
			assert.True(t, ok, "LookupNotes(%q) found", tc.code)
			assert.Equal(t, tc.name, n.Name)
			assert.Equal(t, tc.goldstein, n.Goldstein)
			assert.True(t, strings.HasPrefix(n.Description, tc.descPrefix), "description %q", n.Description)
			assert.Contains(t, n.Example, tc.examplePart)
		})
	}
	n, _ = cameo.LookupNotes("01")
	assert.Empty(t, n.Description, "root 01: NA read as empty")
	assert.Empty(t, n.UsageNotes, "root 01: NA read as empty")
	assert.Empty(t, n.Example, "root 01: NA read as empty")
}

// TestNotesUnrepairable names the one character of the ICEWS table that
// the mojibake repair cannot restore: "Çankaya" lost its "Ç" before the
// file was written.
func TestNotesUnrepairable(t *testing.T) {
	var hits []string
	for _, c := range append(cameo.EventCodes(), cameo.EventCode{Code: "1213"}) {
		n, _ := cameo.LookupNotes(c.Code)
		for _, s := range []string{n.Name, n.Description, n.UsageNotes, n.Example} {
			if strings.Contains(s, "¬") {
				hits = append(hits, c.Code)
			}
		}
	}
	assert.Equal(t, []string{"1233"}, hits, "codes with an unrepaired '¬'")
	n, _ := cameo.LookupNotes("1233")
	assert.Contains(t, n.Example, "Ankara\u2019s C¬? ankaya", "1233 example")
}

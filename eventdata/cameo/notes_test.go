package cameo_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

func TestActorTypes(t *testing.T) {
	rows := readTSV(t, "data/CAMEO.type.txt")
	if len(rows) != 40 {
		t.Fatalf("CAMEO.type.txt has %d rows, want 40", len(rows))
	}
	types := cameo.ActorTypes()
	if len(types) != 39 {
		t.Fatalf("%d actor types, want 39 (40 rows, UIS listed twice)", len(types))
	}
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
	if !slices.Equal(dups, []string{"UIS"}) {
		t.Errorf("codes listed more than once: %v, want [UIS]", dups)
	}
	if types[0] != (cameo.ActorType{Code: "COP", Label: "Police forces"}) || types[38] != (cameo.ActorType{Code: "SET", Label: "Settler"}) {
		t.Errorf("first and last types %+v, %+v", types[0], types[38])
	}
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
			if !ok || got.Label != tc.label || got.Code != tc.code {
				t.Errorf("LookupActorType(%q) = %+v, %v", tc.code, got, ok)
			}
		})
	}
	for _, code := range []string{"", "gov", "GOVT", "XYZ", "JEW"} {
		if _, ok := cameo.LookupActorType(code); ok {
			t.Errorf("LookupActorType(%q) found", code)
		}
	}
}

func TestNotes(t *testing.T) {
	codes := cameo.EventCodes()
	var scoreDiffs []string
	for _, c := range codes {
		n, ok := cameo.LookupNotes(c.Code)
		if !ok {
			t.Errorf("no notes for %s", c.Code)
			continue
		}
		if n.Code != c.Code || n.Name == "" {
			t.Errorf("notes %+v", n)
		}
		if n.Goldstein != c.Goldstein {
			scoreDiffs = append(scoreDiffs, c.Code)
		}
		for _, s := range []string{n.Name, n.Description, n.UsageNotes, n.Example} {
			if strings.Contains(s, "\u201aÄ") || strings.Contains(s, "\ufffd") || s == "NA" {
				t.Errorf("%s: undecoded text %q", c.Code, s)
			}
		}
	}
	// GDELT's table and the ICEWS table disagree on these four scores.
	if !slices.Equal(scoreDiffs, []string{"016", "022", "164", "165"}) {
		t.Errorf("codes whose ICEWS score differs from GDELT's: %v", scoreDiffs)
	}
	if n, ok := cameo.LookupNotes("1213"); !ok || n.Name != "Reject judicial cooperation" {
		t.Errorf("1213: %+v, %v", n, ok)
	}
	if _, ok := cameo.LookupEvent("1213"); ok {
		t.Errorf("1213 is in GDELT's table")
	}

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
			if !ok || n.Name != tc.name || n.Goldstein != tc.goldstein ||
				!strings.HasPrefix(n.Description, tc.descPrefix) || !strings.Contains(n.Example, tc.examplePart) {
				t.Errorf("LookupNotes(%q) = %+v", tc.code, n)
			}
		})
	}
	if n, _ := cameo.LookupNotes("01"); n.Description != "" || n.UsageNotes != "" || n.Example != "" {
		t.Errorf("root 01 has text %+v, want NA read as empty", n)
	}
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
	if !slices.Equal(hits, []string{"1233"}) {
		t.Errorf("codes with an unrepaired '¬': %v, want [1233]", hits)
	}
	n, _ := cameo.LookupNotes("1233")
	if !strings.Contains(n.Example, "Ankara\u2019s C¬? ankaya") {
		t.Errorf("1233 example %q", n.Example)
	}
}

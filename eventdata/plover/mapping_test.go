package plover_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/plover"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/name, or rewrites the file with
// -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := "testdata/" + name
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), string(got), "output differs from %s (run go test -update and review the diff)", path)
}

// TestMappingMatchesFile counts the table's code lines independently of
// the package's parser.
func TestMappingMatchesFile(t *testing.T) {
	b, err := os.ReadFile("data/CAMEO2PLOVER-2021.txt")
	require.NoError(t, err)
	lines := regexp.MustCompile(`(?m)^(\d{2,4}):`).FindAllSubmatch(b, -1)
	distinct := map[string]bool{}
	roots := 0
	for _, m := range lines {
		distinct[string(m[1])] = true
		if len(m[1]) == 2 {
			roots++
		}
	}
	require.Len(t, lines, 276, "code lines of the file")
	require.Len(t, distinct, 274, "distinct codes of the file")
	require.Equal(t, 19, roots, "root headings of the file")
	rows := plover.Mappings()
	require.Len(t, rows, len(distinct), "Mappings: a row per code of the file")
	for _, r := range rows {
		assert.True(t, distinct[r.CAMEO], "row %q not in file", r.CAMEO)
		assert.True(t, r.Coding.Event.Valid(), "%s: event %q", r.CAMEO, r.Coding.Event)
	}
	assert.True(t, slices.IsSortedFunc(rows, func(a, b plover.Mapping) int { return strings.Compare(a.CAMEO, b.CAMEO) }), "Mappings not sorted")
}

// TestMappingCoversCAMEO checks the table against GDELT's CAMEO table:
// every code outside roots 01 and 02 is mapped, none inside.
func TestMappingCoversCAMEO(t *testing.T) {
	inCAMEO := map[string]bool{}
	for _, c := range cameo.EventCodes() {
		inCAMEO[c.Code] = true
		_, ok := plover.FromCAMEO(c.Code)
		dropped := c.RootCode == "01" || c.RootCode == "02"
		assert.NotEqual(t, dropped, ok, "FromCAMEO(%q) ok", c.Code)
	}
	var extra []string
	for _, r := range plover.Mappings() {
		if !inCAMEO[r.CAMEO] {
			extra = append(extra, r.CAMEO)
		}
	}
	assert.Equal(t, []string{"1213", "1214"}, extra, "mapped codes not in GDELT's CAMEO table")
}

func TestFromCAMEO(t *testing.T) {
	c := func(e plover.EventType, m plover.Mode, ctx ...plover.Context) plover.Coding {
		return plover.Coding{Event: e, Mode: m, Contexts: ctx}
	}
	tests := []struct {
		code string
		want plover.Coding
		ok   bool
	}{
		{"042", c(plover.Consult, plover.ModeVisit), true},
		{"044", c(plover.Consult, plover.ModeThirdParty), true},
		{"0313", c(plover.Agree, "", plover.ContextLegal), true},
		{"0352", c(plover.Agree, ""), true},
		{"057", c(plover.Support, "", plover.ContextDiplomatic), true},
		{"08", c(plover.Concede, ""), true},
		{"080", c(plover.Concede, ""), true},
		{"084", c(plover.Retreat, ""), true},
		{"0813", c(plover.Retreat, "", plover.ContextLegal), true},
		{"0861", c(plover.Retreat, plover.ModeAccess, plover.ContextPeacekeeping), true}, // "access " trimmed
		{"09", c(plover.Accuse, ""), true},
		{"091", c(plover.Accuse, plover.ModeInvestigate, plover.ContextCrime, plover.ContextCorruption), true},
		{"1124", c(plover.Accuse, plover.ModeAllege, plover.ContextMilitary, plover.ContextLegal), true},
		{"1056", c(plover.Request, plover.ModeYield, plover.ContextMilitary), true},
		{"1213", c(plover.Reject, plover.ModeAssist, plover.ContextLegal), true},
		{"1322", c(plover.Threaten, "ban", plover.ContextProAutocracy), true},
		{"163", c(plover.Coerce, plover.ModeRestrict, plover.ContextDiplomatic), true},
		{"175", c(plover.Assault, "pro_autocracy", plover.ContextMilitary), true},
		{"1712", c(plover.Assault, plover.ModeSeize, plover.ContextHumanSecurity), true},
		{"191", c(plover.Coerce, plover.ModeRestrict, plover.ContextMilitary), true},
		{"196", c(plover.Assault, "", plover.ContextLegal, plover.ContextMilitary), true},
		{"20", c(plover.Assault, ""), true},
		{"2042", c(plover.Assault, plover.ModeUnconventional, plover.ContextCBRN), true},
		{"01", plover.Coding{}, false},
		{"010", plover.Coding{}, false},
		{"0211", plover.Coding{}, false},
		{"42", plover.Coding{}, false},
		{"", plover.Coding{}, false},
		{"21", plover.Coding{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			got, ok := plover.FromCAMEO(tc.code)
			assert.Equal(t, tc.ok, ok, "FromCAMEO(%q) found", tc.code)
			assert.Equal(t, fmt.Sprint(tc.want), fmt.Sprint(got), "FromCAMEO(%q)", tc.code)
		})
	}
	// The result is a copy.
	a, _ := plover.FromCAMEO("091")
	a.Contexts[0] = "changed"
	b, _ := plover.FromCAMEO("091")
	assert.Equal(t, plover.ContextCrime, b.Contexts[0], "FromCAMEO shares its contexts with the table")
}

// TestMappingVocabulary names the table's modes and contexts that the
// manual does not list, so that a new table cannot add others unnoticed.
func TestMappingVocabulary(t *testing.T) {
	modes := map[string]bool{}
	contexts := map[string]bool{}
	for _, r := range plover.Mappings() {
		c := r.Coding
		if c.Mode != "" && !plover.ValidMode(c.Event, c.Mode) {
			modes[string(c.Event)+" "+string(c.Mode)] = true
		}
		for _, x := range c.Contexts {
			if !x.Valid() {
				contexts[string(x)] = true
			}
		}
	}
	keys := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	wantModes := []string{"ASSAULT assassinate", "ASSAULT cleansing", "ASSAULT massacre", "ASSAULT pro_autocracy", "ASSAULT seize", "COERCE ban", "RETREAT ease", "RETREAT return", "THREATEN ban", "THREATEN political"}
	assert.Equal(t, wantModes, keys(modes), "modes outside the manual")
	assert.Equal(t, []string{"democracy", "humanitarian"}, keys(contexts), "contexts outside the manual")
}

func TestMappingGolden(t *testing.T) {
	var buf bytes.Buffer
	for _, r := range plover.Mappings() {
		var ctx []string
		for _, c := range r.Coding.Contexts {
			ctx = append(ctx, string(c))
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%d\t%s\n", r.CAMEO, r.Coding.Event, r.Coding.Mode, strings.Join(ctx, ";"), r.Line, r.Comment)
	}
	golden(t, "cameo2plover.golden", buf.Bytes())
}

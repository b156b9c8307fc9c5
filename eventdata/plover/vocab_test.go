package plover_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/plover"
)

// manual returns the PLOVER manual's LaTeX source.
func manual(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/PLOVER_MANUAL.tex")
	require.NoError(t, err)
	return string(b)
}

// between returns the text of s from the first start to the following
// end.
func between(t *testing.T, s, start, end string) string {
	t.Helper()
	i := strings.Index(s, start)
	require.GreaterOrEqual(t, i, 0, "manual: %q not found", start)
	s = s[i+len(start):]
	j := strings.Index(s, end)
	require.GreaterOrEqual(t, j, 0, "manual: %q not found after %q", end, start)
	return s[:j]
}

var latexCommand = regexp.MustCompile(`\\[A-Za-z]+`)

// words reduces LaTeX or plain text to its lower-case words, so that a
// definition typed with "—" and “quotes” compares equal to the manual's
// "---" and “quotes”.
func words(s string) []string {
	s = latexCommand.ReplaceAllString(s, " ")
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// containsWords reports whether the words of sub occur in order, together,
// in the words of s.
func containsWords(s, sub string) bool {
	ws, wsub := words(s), words(sub)
	for i := 0; i+len(wsub) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(wsub)], wsub) {
			return true
		}
	}
	return false
}

// dropComments removes LaTeX comment lines.
func dropComments(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "%") {
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n")
}

// eventSections returns the manual's event category sections, by name.
func eventSections(t *testing.T) ([]string, map[string]string) {
	chapter := dropComments(between(t, manual(t), `\chapter{Event Categories}`, `\chapter{Contexts}`))
	parts := strings.Split(chapter, `\section{`)[1:]
	var names []string
	sections := map[string]string{}
	for _, p := range parts {
		name, body, _ := strings.Cut(p, "}")
		names = append(names, name)
		sections[name] = body
	}
	return names, sections
}

// tableRows returns the name and content cells of the rows of a
// "Name & Content" table, joining lines of a row and continuation rows.
func tableRows(t *testing.T, table string) [][2]string {
	t.Helper()
	body := between(t, table, "Name & Content \\\\", `\end{`)
	var rows [][2]string
	for _, row := range strings.Split(body, `\\`) {
		row = strings.Join(strings.Fields(strings.ReplaceAll(row, `\hline`, " ")), " ")
		if !strings.Contains(row, "&") {
			continue
		}
		name, content, _ := strings.Cut(row, "&")
		name, content = strings.TrimSpace(name), strings.TrimSpace(content)
		if name == "" && len(rows) > 0 {
			rows[len(rows)-1][1] += " " + content
			continue
		}
		if i := strings.LastIndex(name, "{"); i >= 0 { // \hyperref[...]{name}
			name = strings.TrimSuffix(name[i+1:], "}")
		}
		rows = append(rows, [2]string{strings.ReplaceAll(name, `\_`, "_"), content})
	}
	return rows
}

func TestEventTypesMatchManual(t *testing.T) {
	names, sections := eventSections(t)
	var got []string
	for _, e := range plover.AllEventTypes() {
		got = append(got, string(e))
	}
	require.Equal(t, names, got, "AllEventTypes against the manual's sections")
	quads := map[string]int{"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
	for _, e := range plover.AllEventTypes() {
		t.Run(string(e), func(t *testing.T) {
			body := sections[string(e)]
			assert.True(t, e.Valid(), "Valid()")
			assert.NotEmpty(t, e.Definition(), "Definition()")
			assert.True(t, containsWords(body, e.Definition()), "definition %q not found in the manual's section", e.Definition())
			recipient := between(t, body, `\subsection{Requires recipient: `, "}")
			assert.Equal(t, recipient == "Yes", e.RequiresRecipient(), "RequiresRecipient, manual %q", recipient)
			quad := between(t, body, `\subsection{Quad category: `, "}")
			q, ok := quads[quad]
			assert.True(t, ok, "manual quad category %q", quad)
			assert.Equal(t, q, e.QuadClass(), "QuadClass, manual %q", quad)
		})
	}
}

func TestModesMatchManual(t *testing.T) {
	_, sections := eventSections(t)
	total := 0
	for _, e := range plover.AllEventTypes() {
		t.Run(string(e), func(t *testing.T) {
			body := sections[string(e)]
			var want [][2]string
			if strings.Contains(body, `\caption{`) {
				want = tableRows(t, body[strings.Index(body, `\caption{`):])
			}
			modes := plover.Modes(e)
			require.Len(t, modes, len(want), "Modes: %v, manual: %v", modes, want)
			for i, m := range modes {
				def, ok := plover.ModeDefinition(e, m)
				assert.Equal(t, want[i][0], string(m), "mode %d", i)
				assert.True(t, ok, "mode %d: ModeDefinition(%s, %s) found", i, e, m)
				assert.Equal(t, words(want[i][1]), words(def), "mode %d: %q definition", i, m)
				assert.True(t, plover.ValidMode(e, m), "ValidMode(%s, %s)", e, m)
				total++
			}
		})
	}
	// 4 CONSULT, 6 RETREAT, 4 REQUEST, 3 ACCUSE, 4 REJECT, 6 THREATEN,
	// 7 PROTEST, 4 SANCTION, 4 MOBILIZE, 10 COERCE, 15 ASSAULT.
	assert.Equal(t, 67, total, "modes in all")
	for _, e := range []plover.EventType{plover.Agree, plover.Support, plover.Concede, plover.Cooperate, plover.Aid, "FOO"} {
		assert.Nil(t, plover.Modes(e), "Modes(%s), want none", e)
	}
	assert.False(t, plover.ValidMode(plover.Consult, plover.ModeArrest), "ValidMode accepts a mode of another event type")
	assert.False(t, plover.ValidMode(plover.Assault, "assassinate"), "ValidMode accepts a mode outside the manual")
}

func TestContextsMatchManual(t *testing.T) {
	table := between(t, manual(t), `\begin{longtable}{|p{.21\textwidth}|L{.73\textwidth}|}`, `\end{longtable}`)
	_, table, _ = strings.Cut(table, `\endlastfoot`)
	table = "Name & Content \\\\" + table + `\end{longtable}`
	rows := tableRows(t, table)
	require.Len(t, rows, 37, "contexts in the manual")
	require.Len(t, plover.AllContexts(), 37, "AllContexts")
	for i, c := range plover.AllContexts() {
		t.Run(string(c), func(t *testing.T) {
			assert.Equal(t, rows[i][0], string(c), "context %d", i)
			assert.True(t, c.Valid(), "context %d: Valid()", i)
			assert.Equal(t, words(rows[i][1]), words(c.Definition()), "context %d: definition", i)
		})
	}
	aux := between(t, manual(t), `\section{Auxiliary modes}`, `\section{`)
	for _, c := range plover.AuxiliaryModes() {
		assert.Contains(t, aux, `\plcon{`+string(c)+`}`, "auxiliary mode %q", c)
		assert.True(t, c.Valid(), "auxiliary mode %q: Valid()", c)
		assert.Empty(t, c.Definition(), "auxiliary mode %q: Definition()", c)
	}
	for _, c := range []plover.Context{"democracy", "humanitarian", "refugees", "", "Military"} {
		assert.False(t, c.Valid(), "Context(%q).Valid()", c)
	}
}

// TestCanonicalMatchesManual reads the manual's table of CAMEO cue
// categories: the older PLOVER names are the CAMEO names of roots 09, 10,
// 11 and 19, and the table gives their PLOVER categories.
func TestCanonicalMatchesManual(t *testing.T) {
	table := between(t, manual(t), `\caption{PLOVER equivalents to CAMEO cue categories}`, `\end{tabular}`)
	rows := map[string]string{}
	matches := regexp.MustCompile(`(?m)^(\d\d) *& ([A-Za-z ()0-9]+?) *& ([A-Za-z]+)`).FindAllStringSubmatch(table, -1)
	for _, m := range matches {
		rows[m[2]] = m[3]
	}
	require.Len(t, matches, 21, "rows in the manual's table: %v", rows) // 20 roots, 08 YIELD on two rows
	for _, old := range plover.OlderEventTypes() {
		t.Run(string(old), func(t *testing.T) {
			want, ok := rows[string(old)]
			require.True(t, ok, "%s is not a CAMEO cue category of the manual's table", old)
			got := plover.Canonical(old)
			assert.Equal(t, want, string(got), "Canonical(%s)", old)
			assert.True(t, got.Valid(), "Canonical(%s).Valid()", old)
			assert.False(t, old.Valid(), "%s.Valid()", old)
		})
	}
	tests := []struct {
		e, want  plover.EventType
		m, wantM plover.Mode
	}{
		{plover.Investigate, plover.Accuse, "", plover.ModeInvestigate},
		{plover.Disapprove, plover.Accuse, "", plover.ModeDisapprove},
		{plover.Disapprove, plover.Accuse, plover.ModeAllege, plover.ModeAllege},
		{plover.Demand, plover.Request, "", ""},
		{plover.Fight, plover.Assault, "heavy-weapons", "heavy-weapons"},
		{plover.Consult, plover.Consult, plover.ModeVisit, plover.ModeVisit},
		{plover.Document, plover.Document, "", ""},
		{"YIELD", "YIELD", "", ""},
	}
	for _, tc := range tests {
		e, m := plover.CanonicalCoding(tc.e, tc.m)
		assert.Equal(t, tc.want, e, "CanonicalCoding(%s, %q) event", tc.e, tc.m)
		assert.Equal(t, tc.wantM, m, "CanonicalCoding(%s, %q) mode", tc.e, tc.m)
	}
}

package plover_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/diplo-go/diplo/eventdata/plover"
)

// manual returns the PLOVER manual's LaTeX source.
func manual(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/PLOVER_MANUAL.tex")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// between returns the text of s from the first start to the following
// end.
func between(t *testing.T, s, start, end string) string {
	t.Helper()
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatalf("manual: %q not found", start)
	}
	s = s[i+len(start):]
	j := strings.Index(s, end)
	if j < 0 {
		t.Fatalf("manual: %q not found after %q", end, start)
	}
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
	if !slices.Equal(got, names) {
		t.Fatalf("AllEventTypes %v, manual sections %v", got, names)
	}
	quads := map[string]int{"VERBAL COOPERATION": 1, "MATERIAL COOPERATION": 2, "VERBAL CONFLICT": 3, "MATERIAL CONFLICT": 4}
	for _, e := range plover.AllEventTypes() {
		t.Run(string(e), func(t *testing.T) {
			body := sections[string(e)]
			if !e.Valid() || e.Definition() == "" || !containsWords(body, e.Definition()) {
				t.Errorf("definition %q not found in the manual's section", e.Definition())
			}
			recipient := between(t, body, `\subsection{Requires recipient: `, "}")
			if e.RequiresRecipient() != (recipient == "Yes") {
				t.Errorf("RequiresRecipient %v, manual %q", e.RequiresRecipient(), recipient)
			}
			quad := between(t, body, `\subsection{Quad category: `, "}")
			if q, ok := quads[quad]; !ok || e.QuadClass() != q {
				t.Errorf("QuadClass %d, manual %q", e.QuadClass(), quad)
			}
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
			if len(modes) != len(want) {
				t.Fatalf("Modes: %v, manual: %v", modes, want)
			}
			for i, m := range modes {
				def, ok := plover.ModeDefinition(e, m)
				if string(m) != want[i][0] || !ok || !slices.Equal(words(def), words(want[i][1])) {
					t.Errorf("mode %d: %q %q, manual %q %q", i, m, def, want[i][0], want[i][1])
				}
				if !plover.ValidMode(e, m) {
					t.Errorf("ValidMode(%s, %s) false", e, m)
				}
				total++
			}
		})
	}
	// 4 CONSULT, 6 RETREAT, 4 REQUEST, 3 ACCUSE, 4 REJECT, 6 THREATEN,
	// 7 PROTEST, 4 SANCTION, 4 MOBILIZE, 10 COERCE, 15 ASSAULT.
	if total != 67 {
		t.Errorf("%d modes in all, want 67", total)
	}
	for _, e := range []plover.EventType{plover.Agree, plover.Support, plover.Concede, plover.Cooperate, plover.Aid, "FOO"} {
		if m := plover.Modes(e); m != nil {
			t.Errorf("Modes(%s) = %v, want none", e, m)
		}
	}
	if plover.ValidMode(plover.Consult, plover.ModeArrest) || plover.ValidMode(plover.Assault, "assassinate") {
		t.Error("ValidMode accepts a mode of another event type")
	}
}

func TestContextsMatchManual(t *testing.T) {
	table := between(t, manual(t), `\begin{longtable}{|p{.21\textwidth}|L{.73\textwidth}|}`, `\end{longtable}`)
	_, table, _ = strings.Cut(table, `\endlastfoot`)
	table = "Name & Content \\\\" + table + `\end{longtable}`
	rows := tableRows(t, table)
	if len(rows) != 37 || len(plover.AllContexts()) != 37 {
		t.Fatalf("manual has %d contexts, AllContexts %d; want 37", len(rows), len(plover.AllContexts()))
	}
	for i, c := range plover.AllContexts() {
		t.Run(string(c), func(t *testing.T) {
			if string(c) != rows[i][0] || !c.Valid() || !slices.Equal(words(c.Definition()), words(rows[i][1])) {
				t.Errorf("context %d: %q %q, manual %q %q", i, c, c.Definition(), rows[i][0], rows[i][1])
			}
		})
	}
	aux := between(t, manual(t), `\section{Auxiliary modes}`, `\section{`)
	for _, c := range plover.AuxiliaryModes() {
		if !strings.Contains(aux, `\plcon{`+string(c)+`}`) || !c.Valid() || c.Definition() != "" {
			t.Errorf("auxiliary mode %q", c)
		}
	}
	for _, c := range []plover.Context{"democracy", "humanitarian", "refugees", "", "Military"} {
		if c.Valid() {
			t.Errorf("Context(%q).Valid() = true", c)
		}
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
	if len(matches) != 21 { // 20 roots, 08 YIELD on two rows
		t.Fatalf("%d rows in the manual's table, want 21: %v", len(matches), rows)
	}
	for _, old := range plover.OlderEventTypes() {
		t.Run(string(old), func(t *testing.T) {
			want, ok := rows[string(old)]
			if !ok {
				t.Fatalf("%s is not a CAMEO cue category of the manual's table", old)
			}
			if got := plover.Canonical(old); string(got) != want || !got.Valid() || old.Valid() {
				t.Errorf("Canonical(%s) = %s, manual %s", old, got, want)
			}
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
		if e != tc.want || m != tc.wantM {
			t.Errorf("CanonicalCoding(%s, %q) = %s, %q; want %s, %q", tc.e, tc.m, e, m, tc.want, tc.wantM)
		}
	}
}

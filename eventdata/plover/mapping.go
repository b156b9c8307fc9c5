package plover

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/CAMEO2PLOVER-2021.txt
var cameo2plover []byte

// Coding is a PLOVER coding of an event: its type, mode and contexts.
type Coding struct {
	// Event is the event type.
	Event EventType `json:"event"`
	// Mode is the mode, or empty.
	Mode Mode `json:"mode,omitempty"`
	// Contexts are the contexts, or nil.
	Contexts []Context `json:"contexts,omitempty"`
}

// Mapping is one row of the CAMEO to PLOVER table.
type Mapping struct {
	// CAMEO is the CAMEO event code: a root ("04") or a three- or
	// four-digit code ("042").
	CAMEO string `json:"cameo"`
	// Coding is its PLOVER coding.
	Coding Coding `json:"coding"`
	// Comment is the row's comment in the table, usually the CAMEO
	// description ("Make a visit").
	Comment string `json:"comment,omitempty"`
	// Line is the row's line in CAMEO2PLOVER-2021.txt.
	Line int `json:"line"`
}

// FromCAMEO returns the PLOVER coding of a CAMEO event code from the 2021
// conversion table of the PLOVER project (manual draft 0.8, September
// 2021), embedded in the package. The code is written with its leading
// zeros ("042").
//
// How the table is read:
//
//   - Roots 01 (MAKE PUBLIC STATEMENT) and 02 (APPEAL) and all their codes
//     are not mapped: PLOVER drops them, and FromCAMEO reports false.
//   - A row "code: EVENT, mode, contexts # comment" gives the coding; the
//     event is the row's own, even where it differs from its section
//     (163 is COERCE within SANCTION, 1712 ASSAULT within COERCE).
//   - Several contexts in one row are separated by ";" ("crime;
//     corruption") and all go into Coding.Contexts, in order.
//   - Modes and contexts are kept as written, trimmed of spaces, even
//     where the manual does not list them for the event type: the modes
//     RETREAT ease and return, THREATEN ban and political, COERCE ban,
//     ASSAULT assassinate, cleansing, massacre and seize, and on 175 the
//     context pro_autocracy written in the mode column; the contexts
//     democracy and humanitarian. ValidMode and Context.Valid tell them
//     apart.
//   - A two-digit root maps to its section heading ("04: CONSULT") with no
//     mode or context. Root 08 has two headings, CONCEDE (081–083) and
//     RETREAT (084–087); "08" maps to the first, CONCEDE, as does its
//     residual code 080.
//   - Code 175 is listed twice with the same coding; the first row is
//     kept.
//
// The table also maps 1213 and 1214, which GDELT's CAMEO table lacks.
func FromCAMEO(code string) (Coding, bool) {
	t := mappingTable()
	i, ok := t.index[code]
	if !ok {
		return Coding{}, false
	}
	c := t.rows[i].Coding
	c.Contexts = slices.Clone(c.Contexts)
	return c, true
}

// Mappings returns every mapped code of the CAMEO to PLOVER table, roots
// included, sorted by CAMEO code. The slice is a fresh copy.
func Mappings() []Mapping {
	rows := slices.Clone(mappingTable().rows)
	for i := range rows {
		rows[i].Coding.Contexts = slices.Clone(rows[i].Coding.Contexts)
	}
	return rows
}

type mapping struct {
	rows  []Mapping
	index map[string]int
	lines int // code lines in the file, repeated codes included
}

var mappingTable = sync.OnceValue(func() mapping {
	m, err := parseMapping(cameo2plover)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return m
})

// parseMapping reads CAMEO2PLOVER-2021.txt: "#" comment lines, blank
// lines, a closing line of "~" characters, and code lines
// "code: EVENT[, mode[, contexts]] [# comment]".
func parseMapping(data []byte) (mapping, error) {
	m := mapping{index: map[string]int{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") || strings.Trim(text, "~") == "" {
			continue
		}
		code, rest, ok := strings.Cut(text, ":")
		if !ok || len(code) < 2 || len(code) > 4 || strings.Trim(code, "0123456789") != "" {
			return mapping{}, fmt.Errorf("plover: CAMEO2PLOVER-2021.txt line %d: want \"code: EVENT, mode, contexts\", have %s", line, quote(text))
		}
		body, comment, _ := strings.Cut(rest, "#")
		fields := strings.Split(body, ",")
		if len(fields) > 3 {
			return mapping{}, fmt.Errorf("plover: CAMEO2PLOVER-2021.txt line %d: %d comma-separated fields, want at most 3", line, len(fields))
		}
		for len(fields) < 3 {
			fields = append(fields, "")
		}
		row := Mapping{
			CAMEO:   code,
			Coding:  Coding{Event: EventType(strings.TrimSpace(fields[0])), Mode: Mode(strings.TrimSpace(fields[1]))},
			Comment: strings.TrimSpace(comment),
			Line:    line,
		}
		for _, ctx := range strings.Split(fields[2], ";") {
			if ctx = strings.TrimSpace(ctx); ctx != "" {
				row.Coding.Contexts = append(row.Coding.Contexts, Context(ctx))
			}
		}
		if !row.Coding.Event.Valid() {
			return mapping{}, fmt.Errorf("plover: CAMEO2PLOVER-2021.txt line %d: %s is not a PLOVER event type", line, quote(string(row.Coding.Event)))
		}
		if len(code) == 2 && (row.Coding.Mode != "" || row.Coding.Contexts != nil) {
			return mapping{}, fmt.Errorf("plover: CAMEO2PLOVER-2021.txt line %d: root heading with a mode or context", line)
		}
		m.lines++
		if i, dup := m.index[code]; dup {
			prev := m.rows[i]
			if len(code) == 2 {
				continue // root 08: two headings, the first is kept
			}
			if prev.Coding.Event != row.Coding.Event || prev.Coding.Mode != row.Coding.Mode || !slices.Equal(prev.Coding.Contexts, row.Coding.Contexts) {
				return mapping{}, fmt.Errorf("plover: CAMEO2PLOVER-2021.txt line %d: code %s already mapped otherwise on line %d", line, code, prev.Line)
			}
			continue
		}
		m.index[code] = len(m.rows)
		m.rows = append(m.rows, row)
	}
	if err := sc.Err(); err != nil {
		return mapping{}, fmt.Errorf("plover: CAMEO2PLOVER-2021.txt: %w", err)
	}
	slices.SortFunc(m.rows, func(a, b Mapping) int { return strings.Compare(a.CAMEO, b.CAMEO) })
	for i, r := range m.rows {
		m.index[r.CAMEO] = i
	}
	return m, nil
}

// quote quotes at most the first 64 bytes of s for an error message,
// cutting at the start of a character.
func quote(s string) string {
	const max = 64
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > max-utf8.UTFMax && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "..."
}

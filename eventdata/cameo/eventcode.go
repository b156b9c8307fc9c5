package cameo

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Errors returned by ParseEventCode, usable with errors.Is.
var (
	// ErrInvalidCode reports a string that is not a CAMEO event code in
	// form: two to four ASCII digits.
	ErrInvalidCode = errors.New("invalid CAMEO event code")
	// ErrUnknownCode reports a well-formed code that the CAMEO table does
	// not list.
	ErrUnknownCode = errors.New("unknown CAMEO event code")
)

// QuadClass is the quad class of an event: verbal or material,
// cooperation or conflict. GDELT stores it as an integer from 1 to 4; the
// zero value means unknown.
type QuadClass int

// The four quad classes, numbered as GDELT numbers them.
const (
	VerbalCooperation   QuadClass = 1 // statements, appeals, intents, consultations, diplomatic cooperation
	MaterialCooperation QuadClass = 2 // material cooperation, aid, yielding
	VerbalConflict      QuadClass = 3 // demands, disapproval, rejection, threats
	MaterialConflict    QuadClass = 4 // force posture, reduced relations, coercion, violence
)

// String returns the quad class in words ("verbal cooperation"), or
// "unknown" for a value outside 1 to 4.
func (q QuadClass) String() string {
	switch q {
	case VerbalCooperation:
		return "verbal cooperation"
	case MaterialCooperation:
		return "material cooperation"
	case VerbalConflict:
		return "verbal conflict"
	case MaterialConflict:
		return "material conflict"
	}
	return "unknown"
}

// QuadClassOf returns the quad class GDELT assigns to a CAMEO event code,
// from its first two digits, the root code:
//
//	01–05  verbal cooperation
//	06–09  material cooperation (09 INVESTIGATE included)
//	10–14  verbal conflict      (14 PROTEST included)
//	15–20  material conflict
//
// GDELT's documentation names the four classes without giving the roots;
// these ranges are the ones its event files carry (every row of a whole
// 2.0 export file agrees). It returns 0 when code does not start with a
// root from 01 to 20, and does not check that the rest of code exists.
// PLOVERQuadClassOf gives the other grouping in use.
func QuadClassOf(code string) QuadClass {
	switch root := rootNumber(code); {
	case root >= 1 && root <= 5:
		return VerbalCooperation
	case root >= 6 && root <= 9:
		return MaterialCooperation
	case root >= 10 && root <= 14:
		return VerbalConflict
	case root >= 15 && root <= 20:
		return MaterialConflict
	}
	return 0
}

// PLOVERQuadClassOf returns the quad class of a CAMEO event code under the
// grouping of the PLOVER manual, whose translation of CAMEO roots puts 09
// INVESTIGATE with ACCUSE (verbal conflict) and 14 PROTEST with the
// material conflicts:
//
//	01–05  verbal cooperation
//	06–08  material cooperation
//	09–13  verbal conflict
//	14–20  material conflict
//
// It differs from QuadClassOf, GDELT's grouping, on two roots only: 09 is
// verbal conflict here (material cooperation in GDELT) and 14 material
// conflict (verbal conflict in GDELT). It returns 0 when code does not
// start with a root from 01 to 20.
func PLOVERQuadClassOf(code string) QuadClass {
	switch root := rootNumber(code); {
	case root >= 1 && root <= 5:
		return VerbalCooperation
	case root >= 6 && root <= 8:
		return MaterialCooperation
	case root >= 9 && root <= 13:
		return VerbalConflict
	case root >= 14 && root <= 20:
		return MaterialConflict
	}
	return 0
}

// rootNumber returns the number of the first two digits of code, or -1.
func rootNumber(code string) int {
	if len(code) < 2 || !isDigit(code[0]) || !isDigit(code[1]) {
		return -1
	}
	return int(code[0]-'0')*10 + int(code[1]-'0')
}

// EventCode is one row of the CAMEO event code table.
type EventCode struct {
	// Code is the code with its leading zeros: "04", "042", "0421".
	Code string `json:"code"`
	// BaseCode is the three-digit base code: Code itself for a
	// three-digit code, its first three digits for a four-digit code, and
	// empty for a two-digit root code.
	BaseCode string `json:"baseCode,omitempty"`
	// RootCode is the two-digit root code, the first two digits of Code.
	RootCode string `json:"rootCode"`
	// Description is the text of GDELT's CAMEO.eventcodes.txt, trimmed of
	// surrounding spaces and otherwise as published: roots are in capitals
	// ("CONSULT") and code 044 keeps its garbled quotes ("Meet at a
	// Òhird Ólocation"); LookupNotes gives the clean CAMEO names.
	Description string `json:"description"`
	// Goldstein is the Goldstein scale score, -10 (most conflictual) to
	// +10 (most cooperative), from GDELT's CAMEO.goldsteinscale.txt.
	Goldstein float64 `json:"goldstein"`
	// QuadClass is the quad class GDELT gives the root code (see
	// QuadClassOf).
	QuadClass QuadClass `json:"quadClass"`
}

// LookupEvent returns the table row of a CAMEO event code written with its
// leading zeros ("042"). It reports false for anything the table does not
// list, including codes whose leading zero was lost ("42").
func LookupEvent(code string) (EventCode, bool) {
	t := eventTable()
	i, ok := t.index[code]
	if !ok {
		return EventCode{}, false
	}
	return t.codes[i], true
}

// EventCodes returns every row of the CAMEO event code table, sorted by
// code ("01", "010", "011", ..., "2042"). The slice is a fresh copy.
func EventCodes() []EventCode {
	return slices.Clone(eventTable().codes)
}

// ParseEventCode checks that s is a CAMEO event code, two to four ASCII
// digits with the leading zeros kept, listed in the table, and returns its
// row. Errors wrap ErrInvalidCode for a malformed string and
// ErrUnknownCode for a well-formed code the table lacks.
func ParseEventCode(s string) (EventCode, error) {
	if err := checkCodeForm(s); err != nil {
		return EventCode{}, err
	}
	c, ok := LookupEvent(s)
	if !ok {
		return EventCode{}, fmt.Errorf("%w %s", ErrUnknownCode, quote(s))
	}
	return c, nil
}

// checkCodeForm reports whether s has the form of an event code.
func checkCodeForm(s string) error {
	if len(s) < 2 || len(s) > 4 {
		return fmt.Errorf("%w %s: want 2 to 4 digits, have %d bytes", ErrInvalidCode, quote(s), len(s))
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return fmt.Errorf("%w %s: byte %d is not a digit", ErrInvalidCode, quote(s), i)
		}
	}
	return nil
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// quote quotes at most the first 64 bytes of s for an error message.
func quote(s string) string {
	const max = 64
	if len(s) > max {
		return strconv.Quote(s[:max]) + "..."
	}
	return strconv.Quote(s)
}

type codeTable struct {
	codes []EventCode
	index map[string]int
}

var eventTable = sync.OnceValue(func() codeTable {
	t, err := parseEventTables(eventCodesTxt, goldsteinTxt)
	if err != nil {
		panic(err) // the embedded tables are checked by the tests
	}
	return t
})

// parseEventTables reads GDELT's CAMEO.eventcodes.txt and
// CAMEO.goldsteinscale.txt: a header line, then code TAB value lines. Both
// files must list the same codes.
func parseEventTables(codesTxt, goldTxt []byte) (codeTable, error) {
	desc, order, err := readCodeColumns("CAMEO.eventcodes.txt", codesTxt, "CAMEOEVENTCODE\tEVENTDESCRIPTION")
	if err != nil {
		return codeTable{}, err
	}
	gold, _, err := readCodeColumns("CAMEO.goldsteinscale.txt", goldTxt, "CAMEOEVENTCODE\tGOLDSTEINSCALE")
	if err != nil {
		return codeTable{}, err
	}
	if len(gold) != len(desc) {
		return codeTable{}, fmt.Errorf("cameo: %d event codes but %d Goldstein scores", len(desc), len(gold))
	}
	t := codeTable{index: make(map[string]int, len(order))}
	for _, code := range order {
		gs, ok := gold[code]
		if !ok {
			return codeTable{}, fmt.Errorf("cameo: CAMEO.goldsteinscale.txt: no score for code %s", quote(code))
		}
		g, err := strconv.ParseFloat(gs.value, 64)
		if err != nil || g < -10 || g > 10 {
			return codeTable{}, fmt.Errorf("cameo: CAMEO.goldsteinscale.txt line %d: GOLDSTEINSCALE %s is not a number from -10 to 10", gs.line, quote(gs.value))
		}
		ec := EventCode{
			Code:        code,
			RootCode:    code[:2],
			Description: strings.TrimSpace(desc[code].value),
			Goldstein:   g,
			QuadClass:   QuadClassOf(code),
		}
		if len(code) >= 3 {
			ec.BaseCode = code[:3]
		}
		if ec.QuadClass == 0 {
			return codeTable{}, fmt.Errorf("cameo: CAMEO.eventcodes.txt line %d: code %s has no root from 01 to 20", desc[code].line, quote(code))
		}
		t.codes = append(t.codes, ec)
	}
	slices.SortFunc(t.codes, func(a, b EventCode) int { return strings.Compare(a.Code, b.Code) })
	for i, c := range t.codes {
		t.index[c.Code] = i
	}
	// Every code's root and base must be rows of their own.
	for _, c := range t.codes {
		if _, ok := t.index[c.RootCode]; !ok {
			return codeTable{}, fmt.Errorf("cameo: code %s: root %s is not in the table", c.Code, c.RootCode)
		}
		if c.BaseCode != "" {
			if _, ok := t.index[c.BaseCode]; !ok {
				return codeTable{}, fmt.Errorf("cameo: code %s: base %s is not in the table", c.Code, c.BaseCode)
			}
		}
	}
	return t, nil
}

type cell struct {
	value string
	line  int
}

// readCodeColumns reads a two-column, tab-separated table whose first
// column is an event code.
func readCodeColumns(name string, data []byte, header string) (map[string]cell, []string, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	m := make(map[string]cell)
	var order []string
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if line == 1 {
			if text != header {
				return nil, nil, fmt.Errorf("cameo: %s line 1: header %s, want %s", name, quote(text), quote(header))
			}
			continue
		}
		code, value, ok := strings.Cut(text, "\t")
		if !ok || strings.Contains(value, "\t") {
			return nil, nil, fmt.Errorf("cameo: %s line %d: want 2 tab-separated columns", name, line)
		}
		if err := checkCodeForm(code); err != nil {
			return nil, nil, fmt.Errorf("cameo: %s line %d: %w", name, line, err)
		}
		if prev, dup := m[code]; dup {
			return nil, nil, fmt.Errorf("cameo: %s line %d: code %s already on line %d", name, line, code, prev.line)
		}
		m[code] = cell{value: value, line: line}
		order = append(order, code)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("cameo: %s: %w", name, err)
	}
	if line == 0 {
		return nil, nil, fmt.Errorf("cameo: %s: empty", name)
	}
	return m, order, nil
}

package cameo

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Notes is the CAMEO 1.1b3 manual's text for an event code, as the ICEWS
// project tabulated it: a clean name, a definition, usage notes and an
// example sentence.
type Notes struct {
	// Code is the event code with its leading zeros.
	Code string `json:"code"`
	// Name is the code's name in the manual ("Meet at a 'third'
	// location"); roots are in capitals.
	Name string `json:"name"`
	// Description defines the code; empty for root codes.
	Description string `json:"description,omitempty"`
	// UsageNotes says when to use the code; empty where the manual has
	// none.
	UsageNotes string `json:"usageNotes,omitempty"`
	// Example is an example sentence; empty where the manual has none.
	Example string `json:"example,omitempty"`
	// Goldstein is the score in the ICEWS table. It differs from
	// EventCode.Goldstein, GDELT's score, on codes 016, 022, 164 and 165.
	Goldstein float64 `json:"goldstein"`
}

// LookupNotes returns the CAMEO manual's text for an event code ("044").
// The ICEWS table covers every code of the GDELT table plus 1213 (Reject
// judicial cooperation), which GDELT's table lacks.
func LookupNotes(code string) (Notes, bool) {
	n, ok := notesTable()[code]
	return n, ok
}

var notesTable = sync.OnceValue(func() map[string]Notes {
	m, err := parseNotes(icewsCodesCSV)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return m
})

// notesHeader is the header row of the ICEWS table.
var notesHeader = []string{"", "eventtype_ID", "name", "code", "goldstein", "nsLeft", "nsRight", "description", "usage_notes", "example", "root_code", "order"}

// parseNotes reads the ICEWS CAMEO table: a CSV file written by R, in
// Windows-1252, whose missing values are NA.
func parseNotes(data []byte) (map[string]Notes, error) {
	text, err := decodeWindows1252(data)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = len(notesHeader)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("cameo: icews-cameo-codes.csv: header: %w", err)
	}
	for i, h := range notesHeader {
		if head[i] != h {
			return nil, fmt.Errorf("cameo: icews-cameo-codes.csv line 1: column %d is %s, want %s", i+1, quote(head[i]), quote(h))
		}
	}
	m := map[string]Notes{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("cameo: icews-cameo-codes.csv: %w", err)
		}
		line, _ := r.FieldPos(0)
		code := rec[3]
		if err := checkCodeForm(code); err != nil {
			return nil, fmt.Errorf("cameo: icews-cameo-codes.csv line %d, column code: %w", line, err)
		}
		if _, dup := m[code]; dup {
			return nil, fmt.Errorf("cameo: icews-cameo-codes.csv line %d: code %s listed twice", line, code)
		}
		g, err := strconv.ParseFloat(rec[4], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo: icews-cameo-codes.csv line %d, column goldstein: %s is not a number", line, quote(rec[4]))
		}
		if rec[10] != code[:2] {
			return nil, fmt.Errorf("cameo: icews-cameo-codes.csv line %d, column root_code: %s is not the root of %s", line, quote(rec[10]), code)
		}
		m[code] = Notes{
			Code:        code,
			Name:        notNA(rec[2]),
			Description: notNA(rec[7]),
			UsageNotes:  notNA(rec[8]),
			Example:     notNA(rec[9]),
			Goldstein:   g,
		}
	}
	return m, nil
}

// notNA maps R's missing value to the empty string and trims spaces.
func notNA(s string) string {
	if s == "NA" {
		return ""
	}
	return strings.TrimSpace(s)
}

// decodeWindows1252 decodes the ICEWS table. The file is Windows-1252
// (bytes such as 0x82 occur, which Latin-1 leaves as control characters),
// and its typographic quotes are mojibake: UTF-8 text that was once read as
// Mac Roman ("’" became "‚Äô"). Each run of non-ASCII characters that
// reads as UTF-8 once encoded back to Mac Roman is repaired; other runs
// are kept as decoded.
func decodeWindows1252(data []byte) (string, error) {
	b, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("cameo: icews-cameo-codes.csv: %w", err)
	}
	return repairMacRoman(string(b)), nil
}

// repairMacRoman undoes UTF-8 text that was decoded as Mac Roman, one run
// of non-ASCII characters at a time.
func repairMacRoman(s string) string {
	var out strings.Builder
	enc := charmap.Macintosh.NewEncoder()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			out.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= utf8.RuneSelf {
			_, size := utf8.DecodeRuneInString(s[j:])
			j += size
		}
		run := s[i:j]
		if raw, err := enc.Bytes([]byte(run)); err == nil && utf8.Valid(raw) && !bytes.Equal(raw, []byte(run)) {
			out.Write(raw)
		} else {
			out.WriteString(run)
		}
		i = j
	}
	return out.String()
}

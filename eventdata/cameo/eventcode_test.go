package cameo_test

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

// readTSV reads a tab-separated file of the package's data or testdata,
// dropping its header line.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if !first {
			rows = append(rows, strings.Split(sc.Text(), "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestEventCodesMatchSource compares the table with the two source files,
// read here independently of the package's parser.
func TestEventCodesMatchSource(t *testing.T) {
	desc := readTSV(t, "data/CAMEO.eventcodes.txt")
	gold := readTSV(t, "data/CAMEO.goldsteinscale.txt")
	codes := cameo.EventCodes()
	if len(codes) != 311 || len(desc) != 311 || len(gold) != 311 {
		t.Fatalf("have %d codes, %d description rows, %d score rows; want 311 of each", len(codes), len(desc), len(gold))
	}
	byLen := map[int]int{}
	for i, c := range codes {
		byLen[len(c.Code)]++
		if c.Code != desc[i][0] || c.Code != gold[i][0] {
			t.Fatalf("row %d: code %q, files have %q and %q", i, c.Code, desc[i][0], gold[i][0])
		}
		if want := strings.TrimSpace(desc[i][1]); c.Description != want {
			t.Errorf("%s: description %q, file has %q", c.Code, c.Description, want)
		}
		g, err := strconv.ParseFloat(gold[i][1], 64)
		if err != nil {
			t.Fatal(err)
		}
		if c.Goldstein != g {
			t.Errorf("%s: Goldstein %v, file has %v", c.Code, c.Goldstein, g)
		}
	}
	if byLen[2] != 20 || byLen[3] != 147 || byLen[4] != 144 {
		t.Errorf("codes by length: %v, want 20 roots, 147 three-digit, 144 four-digit", byLen)
	}
}

func TestLookupEvent(t *testing.T) {
	tests := []struct {
		code string
		want cameo.EventCode
	}{
		{"01", cameo.EventCode{Code: "01", RootCode: "01", Description: "MAKE PUBLIC STATEMENT", Goldstein: 0, QuadClass: cameo.VerbalCooperation}},
		{"0211", cameo.EventCode{Code: "0211", BaseCode: "021", RootCode: "02", Description: "Appeal for economic cooperation", Goldstein: 3.4, QuadClass: cameo.VerbalCooperation}},
		{"042", cameo.EventCode{Code: "042", BaseCode: "042", RootCode: "04", Description: "Make a visit", Goldstein: 1.9, QuadClass: cameo.VerbalCooperation}},
		// Published with garbled quotes; kept.
		{"044", cameo.EventCode{Code: "044", BaseCode: "044", RootCode: "04", Description: "Meet at a \u00d2hird\u00d3location", Goldstein: 2.5, QuadClass: cameo.VerbalCooperation}},
		// Published with a trailing space; trimmed.
		{"080", cameo.EventCode{Code: "080", BaseCode: "080", RootCode: "08", Description: "Yield, not specified below", Goldstein: 5, QuadClass: cameo.MaterialCooperation}},
		{"0874", cameo.EventCode{Code: "0874", BaseCode: "087", RootCode: "08", Description: "Retreat or surrender militarily", Goldstein: 10, QuadClass: cameo.MaterialCooperation}},
		{"1056", cameo.EventCode{Code: "1056", BaseCode: "105", RootCode: "10", Description: "Demand de-escalation of military engagement", Goldstein: -5, QuadClass: cameo.VerbalConflict}},
		{"1125", cameo.EventCode{Code: "1125", BaseCode: "112", RootCode: "11", Description: "Accuse of espionage, treason", Goldstein: -2, QuadClass: cameo.VerbalConflict}},
		{"1384", cameo.EventCode{Code: "1384", BaseCode: "138", RootCode: "13", Description: "Threaten conventional attack", Goldstein: -7, QuadClass: cameo.VerbalConflict}},
		{"145", cameo.EventCode{Code: "145", BaseCode: "145", RootCode: "14", Description: "Protest violently, riot", Goldstein: -7.5, QuadClass: cameo.VerbalConflict}},
		{"163", cameo.EventCode{Code: "163", BaseCode: "163", RootCode: "16", Description: "Impose embargo, boycott, or sanctions", Goldstein: -8, QuadClass: cameo.MaterialConflict}},
		{"18", cameo.EventCode{Code: "18", RootCode: "18", Description: "ASSAULT", Goldstein: -9, QuadClass: cameo.MaterialConflict}},
		{"2042", cameo.EventCode{Code: "2042", BaseCode: "204", RootCode: "20", Description: "Detonate nuclear weapons", Goldstein: -10, QuadClass: cameo.MaterialConflict}},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			got, ok := cameo.LookupEvent(tc.code)
			if !ok || got != tc.want {
				t.Errorf("LookupEvent(%q) = %+v, %v; want %+v", tc.code, got, ok, tc.want)
			}
		})
	}
}

func TestLookupEventMissing(t *testing.T) {
	for _, code := range []string{"", "4", "42", "40", "00", "0", "21", "99", "0421", "1213", "042 ", " 042", "O42", "04.2", "20420"} {
		t.Run(strconv.Quote(code), func(t *testing.T) {
			if c, ok := cameo.LookupEvent(code); ok {
				t.Errorf("LookupEvent(%q) = %+v, true; want false", code, c)
			}
		})
	}
}

// TestEventCodePrefixes checks that every code's root and base are rows of
// the table, and that the quad class follows the root.
func TestEventCodePrefixes(t *testing.T) {
	for _, c := range cameo.EventCodes() {
		if c.RootCode != c.Code[:2] {
			t.Errorf("%s: root %q", c.Code, c.RootCode)
		}
		if r, ok := cameo.LookupEvent(c.RootCode); !ok || len(r.Code) != 2 || r.QuadClass != c.QuadClass {
			t.Errorf("%s: root %q missing or of another quad class", c.Code, c.RootCode)
		}
		switch len(c.Code) {
		case 2:
			if c.BaseCode != "" {
				t.Errorf("%s: root has base %q", c.Code, c.BaseCode)
			}
		case 3, 4:
			if c.BaseCode != c.Code[:3] {
				t.Errorf("%s: base %q", c.Code, c.BaseCode)
			}
			if _, ok := cameo.LookupEvent(c.BaseCode); !ok {
				t.Errorf("%s: base %q not in table", c.Code, c.BaseCode)
			}
		}
		if c.QuadClass != cameo.QuadClassOf(c.Code) {
			t.Errorf("%s: quad class %v, QuadClassOf gives %v", c.Code, c.QuadClass, cameo.QuadClassOf(c.Code))
		}
	}
}

func TestQuadClassOf(t *testing.T) {
	tests := []struct {
		code          string
		gdelt, plover cameo.QuadClass
	}{
		{"01", 1, 1}, {"019", 1, 1}, {"05", 1, 1}, {"057", 1, 1},
		{"06", 2, 2}, {"08", 2, 2}, {"0874", 2, 2},
		{"09", 2, 3}, {"094", 2, 3},
		{"10", 3, 3}, {"13", 3, 3}, {"1384", 3, 3},
		{"14", 3, 4}, {"1454", 3, 4},
		{"15", 4, 4}, {"20", 4, 4}, {"2042", 4, 4},
		{"00", 0, 0}, {"21", 0, 0}, {"99", 0, 0}, {"1", 0, 0}, {"", 0, 0}, {"a1", 0, 0}, {"1a", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			if got := cameo.QuadClassOf(tc.code); got != tc.gdelt {
				t.Errorf("QuadClassOf(%q) = %d, want %d", tc.code, got, tc.gdelt)
			}
			if got := cameo.PLOVERQuadClassOf(tc.code); got != tc.plover {
				t.Errorf("PLOVERQuadClassOf(%q) = %d, want %d", tc.code, got, tc.plover)
			}
		})
	}
	names := map[cameo.QuadClass]string{0: "unknown", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict", 5: "unknown"}
	for q, want := range names {
		if got := q.String(); got != want {
			t.Errorf("QuadClass(%d).String() = %q, want %q", q, got, want)
		}
	}
}

// TestGDELTSample checks every distinct (EventCode, EventBaseCode,
// EventRootCode, QuadClass, GoldsteinScale) of a whole GDELT 2.0 export
// file against the table.
func TestGDELTSample(t *testing.T) {
	rows := readTSV(t, "testdata/gdelt-sample-codes.tsv")
	if len(rows) != 109 {
		t.Fatalf("%d rows, want 109", len(rows))
	}
	// The sample has rows of roots 09 and 14, where GDELT's grouping and
	// the PLOVER manual's differ; the file follows GDELT's.
	quads := map[cameo.QuadClass]bool{}
	for _, r := range rows {
		t.Run(r[0], func(t *testing.T) {
			c, ok := cameo.LookupEvent(r[0])
			if !ok {
				t.Fatalf("code %q not in table", r[0])
			}
			q, _ := strconv.Atoi(r[3])
			g, _ := strconv.ParseFloat(r[4], 64)
			if c.BaseCode != r[1] || c.RootCode != r[2] || int(c.QuadClass) != q || c.Goldstein != g {
				t.Errorf("table %s/%s/%d/%v, GDELT %s/%s/%s/%s", c.BaseCode, c.RootCode, c.QuadClass, c.Goldstein, r[1], r[2], r[3], r[4])
			}
			quads[c.QuadClass] = true
		})
	}
	if len(quads) != 4 {
		t.Errorf("sample covers quad classes %v, want all four", quads)
	}
}

func TestParseEventCode(t *testing.T) {
	tests := []struct {
		in      string
		want    string // code of the returned row
		wantErr error
	}{
		{in: "042", want: "042"},
		{in: "0311", want: "0311"},
		{in: "20", want: "20"},
		{in: "42", wantErr: cameo.ErrUnknownCode},
		{in: "0000", wantErr: cameo.ErrUnknownCode},
		{in: "1213", wantErr: cameo.ErrUnknownCode},
		{in: "", wantErr: cameo.ErrInvalidCode},
		{in: "4", wantErr: cameo.ErrInvalidCode},
		{in: "04211", wantErr: cameo.ErrInvalidCode},
		{in: "04a", wantErr: cameo.ErrInvalidCode},
		{in: " 042", wantErr: cameo.ErrInvalidCode},
		{in: "٠٤٢", wantErr: cameo.ErrInvalidCode}, // Arabic-Indic digits
		{in: "-12", wantErr: cameo.ErrInvalidCode},
	}
	for _, tc := range tests {
		t.Run(strconv.Quote(tc.in), func(t *testing.T) {
			got, err := cameo.ParseEventCode(tc.in)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("ParseEventCode(%q) error %v, want %v", tc.in, err, tc.wantErr)
				}
				if !strings.HasPrefix(err.Error(), "cameo: ") {
					t.Errorf("error %q does not start with the package name", err)
				}
				return
			}
			if err != nil || got.Code != tc.want {
				t.Fatalf("ParseEventCode(%q) = %q, %v; want %q", tc.in, got.Code, err, tc.want)
			}
		})
	}
}

func TestParseEventCodeQuotesShortPrefix(t *testing.T) {
	long := strings.Repeat("x", 10000)
	_, err := cameo.ParseEventCode(long)
	if err == nil || len(err.Error()) > 150 {
		t.Fatalf("error for a 10000-byte input is %d bytes long", len(err.Error()))
	}
}

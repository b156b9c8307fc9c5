package cameo_test

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

// readTSV reads a tab-separated file of the package's data or testdata,
// dropping its header line.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if !first {
			rows = append(rows, strings.Split(sc.Text(), "\t"))
		}
	}
	require.NoError(t, sc.Err())
	return rows
}

// TestEventCodesMatchSource compares the table with the two source files,
// read here independently of the package's parser.
func TestEventCodesMatchSource(t *testing.T) {
	desc := readTSV(t, "data/CAMEO.eventcodes.txt")
	gold := readTSV(t, "data/CAMEO.goldsteinscale.txt")
	codes := cameo.EventCodes()
	require.Len(t, codes, 311, "codes")
	require.Len(t, desc, 311, "description rows")
	require.Len(t, gold, 311, "score rows")
	byLen := map[int]int{}
	for i, c := range codes {
		byLen[len(c.Code)]++
		require.Equal(t, desc[i][0], c.Code, "row %d: code in the descriptions", i)
		require.Equal(t, gold[i][0], c.Code, "row %d: code in the scores", i)
		assert.Equal(t, strings.TrimSpace(desc[i][1]), c.Description, "%s: description", c.Code)
		g, err := strconv.ParseFloat(gold[i][1], 64)
		require.NoError(t, err)
		assert.Equal(t, g, c.Goldstein, "%s: Goldstein", c.Code)
	}
	assert.Equal(t, map[int]int{2: 20, 3: 147, 4: 144}, byLen, "codes by length: 20 roots, 147 three-digit, 144 four-digit")
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
			assert.True(t, ok, "LookupEvent(%q) found", tc.code)
			assert.Equal(t, tc.want, got, "LookupEvent(%q)", tc.code)
		})
	}
}

func TestLookupEventMissing(t *testing.T) {
	for _, code := range []string{"", "4", "42", "40", "00", "0", "21", "99", "0421", "1213", "042 ", " 042", "O42", "04.2", "20420"} {
		t.Run(strconv.Quote(code), func(t *testing.T) {
			c, ok := cameo.LookupEvent(code)
			assert.False(t, ok, "LookupEvent(%q) = %+v", code, c)
		})
	}
}

// TestEventCodePrefixes checks that every code's root and base are rows of
// the table, and that the quad class follows the root.
func TestEventCodePrefixes(t *testing.T) {
	for _, c := range cameo.EventCodes() {
		assert.Equal(t, c.Code[:2], c.RootCode, "%s: root", c.Code)
		if r, ok := cameo.LookupEvent(c.RootCode); assert.True(t, ok, "%s: root %q missing", c.Code, c.RootCode) {
			assert.Len(t, r.Code, 2, "%s: root %q", c.Code, c.RootCode)
			assert.Equal(t, c.QuadClass, r.QuadClass, "%s: root %q of another quad class", c.Code, c.RootCode)
		}
		switch len(c.Code) {
		case 2:
			assert.Empty(t, c.BaseCode, "%s: root has a base", c.Code)
		case 3, 4:
			assert.Equal(t, c.Code[:3], c.BaseCode, "%s: base", c.Code)
			_, ok := cameo.LookupEvent(c.BaseCode)
			assert.True(t, ok, "%s: base %q not in table", c.Code, c.BaseCode)
		}
		assert.Equal(t, cameo.QuadClassOf(c.Code), c.QuadClass, "%s: quad class against QuadClassOf", c.Code)
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
			assert.Equal(t, tc.gdelt, cameo.QuadClassOf(tc.code), "QuadClassOf(%q)", tc.code)
			assert.Equal(t, tc.plover, cameo.PLOVERQuadClassOf(tc.code), "PLOVERQuadClassOf(%q)", tc.code)
		})
	}
	names := map[cameo.QuadClass]string{0: "unknown", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict", 5: "unknown"}
	for q, want := range names {
		assert.Equal(t, want, q.String(), "QuadClass(%d).String()", q)
	}
}

// TestGDELTSample checks every distinct (EventCode, EventBaseCode,
// EventRootCode, QuadClass, GoldsteinScale) of a whole GDELT 2.0 export
// file against the table.
func TestGDELTSample(t *testing.T) {
	rows := readTSV(t, "testdata/gdelt-sample-codes.tsv")
	require.Len(t, rows, 109, "rows")
	// The sample has rows of roots 09 and 14, where GDELT's grouping and
	// the PLOVER manual's differ; the file follows GDELT's.
	quads := map[cameo.QuadClass]bool{}
	for _, r := range rows {
		t.Run(r[0], func(t *testing.T) {
			c, ok := cameo.LookupEvent(r[0])
			require.True(t, ok, "code %q not in table", r[0])
			q, _ := strconv.Atoi(r[3])
			g, _ := strconv.ParseFloat(r[4], 64)
			assert.Equal(t, r[1], c.BaseCode, "base code against GDELT's")
			assert.Equal(t, r[2], c.RootCode, "root code against GDELT's")
			assert.Equal(t, q, int(c.QuadClass), "quad class against GDELT's")
			assert.Equal(t, g, c.Goldstein, "Goldstein score against GDELT's")
			quads[c.QuadClass] = true
		})
	}
	assert.Len(t, quads, 4, "the sample covers all four quad classes")
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
				require.ErrorIs(t, err, tc.wantErr, "ParseEventCode(%q)", tc.in)
				// The message reads well after a path: it names what was
				// expected and quotes the input, with no package prefix.
				assert.Contains(t, err.Error(), "CAMEO event code "+strconv.Quote(tc.in), "error %q", err)
				return
			}
			require.NoError(t, err, "ParseEventCode(%q)", tc.in)
			require.Equal(t, tc.want, got.Code, "ParseEventCode(%q)", tc.in)
		})
	}
}

func TestParseEventCodeQuotesShortPrefix(t *testing.T) {
	long := strings.Repeat("x", 10000)
	_, err := cameo.ParseEventCode(long)
	require.Error(t, err)
	require.LessOrEqual(t, len(err.Error()), 150, "length of the error for a 10000-byte input")
}

package cameo

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseTablesErrors feeds broken tables to the parsers of the embedded
// files: each error names the file and the line.
func TestParseTablesErrors(t *testing.T) {
	const codesHead = "CAMEOEVENTCODE\tEVENTDESCRIPTION\n"
	const goldHead = "CAMEOEVENTCODE\tGOLDSTEINSCALE\n"
	tests := []struct {
		name  string
		parse func() error
		want  string
	}{
		{"event header", func() error {
			_, err := parseEventTables([]byte("CODE\tDESC\n01\tX\n"), []byte(goldHead+"01\t0\n"))
			return err
		}, "CAMEO.eventcodes.txt line 1: header"},
		{"event columns", func() error {
			_, err := parseEventTables([]byte(codesHead+"01\tX\n010\n"), []byte(goldHead+"01\t0\n"))
			return err
		}, "CAMEO.eventcodes.txt line 3: want 2 tab-separated columns"},
		{"event code form", func() error {
			_, err := parseEventTables([]byte(codesHead+"1\tX\n"), []byte(goldHead+"1\t0\n"))
			return err
		}, "CAMEO.eventcodes.txt line 2: invalid CAMEO event code"},
		{"event duplicate", func() error {
			_, err := parseEventTables([]byte(codesHead+"01\tX\n01\tY\n"), []byte(goldHead+"01\t0\n"))
			return err
		}, "line 3: code 01 already on line 2"},
		{"score missing", func() error {
			_, err := parseEventTables([]byte(codesHead+"01\tX\n010\tY\n"), []byte(goldHead+"01\t0\n011\t0\n"))
			return err
		}, `no score for code "010"`},
		{"score count", func() error {
			_, err := parseEventTables([]byte(codesHead+"01\tX\n"), []byte(goldHead+"01\t0\n010\t0\n"))
			return err
		}, "1 event codes but 2 Goldstein scores"},
		{"score range", func() error {
			_, err := parseEventTables([]byte(codesHead+"01\tX\n"), []byte(goldHead+"01\t11\n"))
			return err
		}, "line 2: GOLDSTEINSCALE \"11\" is not a number from -10 to 10"},
		{"root range", func() error {
			_, err := parseEventTables([]byte(codesHead+"21\tX\n"), []byte(goldHead+"21\t0\n"))
			return err
		}, "code \"21\" has no root from 01 to 20"},
		{"orphan", func() error {
			_, err := parseEventTables([]byte(codesHead+"01\tX\n0101\tY\n"), []byte(goldHead+"01\t0\n0101\t0\n"))
			return err
		}, "code 0101: base 010 is not in the table"},
		{"types header", func() error {
			_, err := parseActorTypes([]byte("C\tL\n"))
			return err
		}, "CAMEO.type.txt line 1"},
		{"types row", func() error {
			_, err := parseActorTypes([]byte("CODE\tLABEL\nGOVT\tGovernment\n"))
			return err
		}, "CAMEO.type.txt line 2"},
		{"types conflict", func() error {
			_, err := parseActorTypes([]byte("CODE\tLABEL\nGOV\tGovernment\nGOV\tOther\n"))
			return err
		}, "line 3: code GOV listed again with another label"},
		{"fips kind", func() error {
			_, err := parseFIPS([]byte("FIPS\tISO\tKind\tName\nUK\tGB\tstate\tUnited Kingdom\n"))
			return err
		}, "fips10-4.tsv line 2, column Kind"},
		{"fips iso", func() error {
			_, err := parseFIPS([]byte("# c\nFIPS\tISO\tKind\tName\nUK\t-\tcountry\tUnited Kingdom\n"))
			return err
		}, "fips10-4.tsv line 3, column ISO"},
		{"fips duplicate iso", func() error {
			_, err := parseFIPS([]byte("FIPS\tISO\tKind\tName\nUK\tGB\tcountry\tA\nGB\tGB\tcountry\tB\n"))
			return err
		}, "line 3: ISO GB already the country of UK"},
		{"notes header", func() error {
			_, err := parseNotes([]byte("a,b,c,d,e,f,g,h,i,j,k,l\n"))
			return err
		}, "icews-cameo-codes.csv line 1: column 1"},
		{"notes goldstein", func() error {
			_, err := parseNotes([]byte(`"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description","usage_notes","example","root_code","order"` + "\n" +
				`"1",1,"X","01",high,1,2,NA,NA,NA,"01",1` + "\n"))
			return err
		}, "line 2, column goldstein"},
		{"notes root", func() error {
			_, err := parseNotes([]byte(`"","eventtype_ID","name","code","goldstein","nsLeft","nsRight","description","usage_notes","example","root_code","order"` + "\n" +
				`"1",1,"X","010",0,1,2,NA,NA,NA,"02",1` + "\n"))
			return err
		}, "line 2, column root_code"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.parse()
			require.Error(t, err, "want one containing %q", tc.want)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, strings.HasPrefix(err.Error(), "cameo: "), "error %q does not start with \"cameo: \"", err)
		})
	}
}

func TestRepairMacRoman(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ASCII", "plain ASCII"},
		{"Moscow\u201aÄôs will", "Moscow\u2019s will"},   // ’
		{"\u201aÄúquoted\u201aÄù", "\u201cquoted\u201d"}, // “ ”
		{"1990\u201aÄì1995", "1990\u20131995"},           // –
		{"more than ¬£12m", "more than £12m"},            // £
		{"C¬? ankaya", "C¬? ankaya"},                     // lost before the file was written: kept
		{"Côte d’Ivoire", "Côte d’Ivoire"},               // not Mac Roman: kept
		{"\u201aÄô\u201aÄò", "\u2019\u2018"},             // two in one run
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, repairMacRoman(tc.in), "repairMacRoman(%q)", tc.in)
		})
	}
}

// FuzzParseTables feeds arbitrary bytes to the parsers of the embedded
// tables: they must return an error or a table, never panic, and a table
// they return must be self-consistent.
func FuzzParseTables(f *testing.F) {
	f.Add(eventCodesTxt[:200], goldsteinTxt[:100])
	f.Add([]byte("CAMEOEVENTCODE\tEVENTDESCRIPTION\n01\tX\n"), []byte("CAMEOEVENTCODE\tGOLDSTEINSCALE\n01\t1e1\n"))
	f.Add(actorTypesTxt, fipsTSV[:600])
	f.Add(icewsCodesCSV[:900], []byte("FIPS\tISO\tKind\tName\nUK\tGB\tcountry\tX\n"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		if tab, err := parseEventTables(a, b); err == nil {
			for _, c := range tab.codes {
				if c.QuadClass == 0 || c.Goldstein < -10 || c.Goldstein > 10 || tab.codes[tab.index[c.Code]] != c {
					t.Fatalf("inconsistent row %+v", c)
				}
			}
		}
		if tab, err := parseActorTypes(a); err == nil && len(tab.types) > tab.rows {
			t.Fatalf("%d types from %d rows", len(tab.types), tab.rows)
		}
		if tab, err := parseFIPS(b); err == nil {
			for _, c := range tab.codes {
				if (c.Kind == FIPSCountry || c.Kind == FIPSPart) != (c.ISO != "") {
					t.Fatalf("row %+v", c)
				}
			}
		}
		if m, err := parseNotes(a); err == nil {
			for code, n := range m {
				if code != n.Code || !utf8.ValidString(n.Name+n.Description+n.UsageNotes+n.Example) {
					t.Fatalf("row %+v", n)
				}
			}
		}
	})
}

package cameo_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/eventdata/cameo"
)

var update = flag.Bool("update", false, "rewrite golden files")

// readLines reads a testdata file of one value per line.
func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(t, sc.Err())
	return lines
}

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

func TestCountry(t *testing.T) {
	tests := []struct {
		code string
		want cameo.CountryInfo
		ok   bool
	}{
		{"MLI", cameo.CountryInfo{Code: "MLI", ISO: "ML", Name: "Mali"}, true},
		{"USA", cameo.CountryInfo{Code: "USA", ISO: "US", Name: "United States"}, true},
		{"PSE", cameo.CountryInfo{Code: "PSE", ISO: "PS", Name: "Palestinian Territories"}, true},
		{"HKG", cameo.CountryInfo{Code: "HKG", ISO: "HK", Name: "Hong Kong SAR China"}, true},
		{"TWN", cameo.CountryInfo{Code: "TWN", ISO: "TW", Name: "Taiwan"}, true},
		{"KOS", cameo.CountryInfo{Code: "KOS", ISO: "XK", Name: "Kosovo"}, true},
		{"AFR", cameo.CountryInfo{Code: "AFR", Name: "Africa", Region: true}, true},
		{"WAF", cameo.CountryInfo{Code: "WAF", Name: "West Africa", Region: true}, true},
		{"WSB", cameo.CountryInfo{Code: "WSB", ISO: "PS", Name: "West Bank"}, true},
		{"ROM", cameo.CountryInfo{Code: "ROM", ISO: "RO", Name: "Romania", Historic: true}, true},
		{"YUG", cameo.CountryInfo{Code: "YUG", Name: "Yugoslavia", Historic: true}, true},
		{"DDR", cameo.CountryInfo{Code: "DDR", Name: "East Germany", Historic: true}, true},
		{"GOV", cameo.CountryInfo{}, false},
		{"IGO", cameo.CountryInfo{}, false},
		{"mli", cameo.CountryInfo{}, false},
		{"ML", cameo.CountryInfo{}, false},
		{"UNO", cameo.CountryInfo{}, false},
		{"XKX", cameo.CountryInfo{}, false},
		{"VDR", cameo.CountryInfo{}, false}, // deprecated ISO alpha-3 of North Vietnam
		{"", cameo.CountryInfo{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			got, ok := cameo.Country(tc.code)
			assert.Equal(t, tc.ok, ok, "Country(%q) found", tc.code)
			assert.Equal(t, tc.want, got, "Country(%q)", tc.code)
			iso, ok := cameo.CountryISO(tc.code)
			assert.Equal(t, tc.ok && tc.want.ISO != "", ok, "CountryISO(%q) found", tc.code)
			assert.Equal(t, tc.want.ISO, iso, "CountryISO(%q)", tc.code)
		})
	}
}

// TestCountryTableIsNotISO checks that no code of the CAMEO table shadows a
// current ISO 3166-1 alpha-3 code, and that table ISO codes are current.
func TestCountryTableIsNotISO(t *testing.T) {
	for _, code := range []string{"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "WSB", "GZS", "BAG", "KOS", "ROM"} {
		c, ok := cameo.Country(code)
		assert.True(t, ok, "%s not in the table", code)
		_, err := language.ParseRegion(code)
		assert.Error(t, err, "%s is also an ISO 3166-1 alpha-3 code to x/text", code)
		if c.ISO != "" {
			back, ok := cameo.CountryCAMEO(c.ISO)
			assert.True(t, ok, "%s: ISO %q is not a current country", code, c.ISO)
			assert.NotEmpty(t, back, "%s: ISO %q is not a current country", code, c.ISO)
		}
	}
}

func TestCountryCAMEO(t *testing.T) {
	tests := []struct {
		iso, want string
		ok        bool
	}{
		{"ML", "MLI", true},
		{"RU", "RUS", true},
		{"PS", "PSE", true},
		{"RO", "ROU", true},
		{"XK", "KOS", true},
		{"AQ", "ATA", true},
		{"UK", "", false}, // deprecated alias of GB
		{"YU", "", false},
		{"EU", "", false},
		{"UN", "", false},
		{"ZZ", "", false},
		{"ml", "", false},
		{"MLI", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.iso, func(t *testing.T) {
			got, ok := cameo.CountryCAMEO(tc.iso)
			assert.Equal(t, tc.want, got, "CountryCAMEO(%q)", tc.iso)
			assert.Equal(t, tc.ok, ok, "CountryCAMEO(%q) found", tc.iso)
		})
	}
}

// TestCountryRoundTrip checks, for every current ISO 3166-1 code, that
// CountryCAMEO and CountryISO are inverse.
func TestCountryRoundTrip(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			iso := string([]rune{a, b})
			code, ok := cameo.CountryCAMEO(iso)
			if !ok {
				continue
			}
			n++
			back, ok := cameo.CountryISO(code)
			assert.True(t, ok, "%s -> %s -> not found", iso, code)
			assert.Equal(t, iso, back, "%s -> %s", iso, code)
		}
	}
	// The 249 codes of ISO 3166-1 and XK.
	assert.Equal(t, 250, n, "ISO codes that have a CAMEO code")
}

// TestGDELTCAMEOCountries resolves every Actor1CountryCode and
// Actor2CountryCode of a whole GDELT 2.0 export file.
func TestGDELTCAMEOCountries(t *testing.T) {
	codes := readLines(t, "testdata/gdelt-cameo-countries.txt")
	require.Len(t, codes, 97, "codes")
	var regions, unknown []string
	var out bytes.Buffer
	for _, code := range codes {
		c, ok := cameo.Country(code)
		switch {
		case !ok:
			unknown = append(unknown, code)
		case c.Region:
			regions = append(regions, code)
		default:
			assert.NotEmpty(t, c.ISO, "%s resolves to no ISO code: %+v", code, c)
		}
		fmt.Fprintf(&out, "%s\t%s\t%s\n", code, c.ISO, c.Name)
	}
	assert.Empty(t, unknown, "unknown codes")
	assert.Equal(t, []string{"AFR", "EUR", "SAF", "SEA"}, regions, "regions")
	golden(t, "gdelt-cameo-countries.golden", out.Bytes())
}

func TestCountryByName(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"Bangladesh", "BD"},
		{"Russian Federation", "RU"},
		{"Russia", "RU"},
		{"Occupied Palestinian Territory", "PS"},
		{"Cote d'Ivoire", "CI"},
		{"Côte d’Ivoire", "CI"},
		{"CÔTE D'IVOIRE", "CI"},
		{"Congo", "CG"},
		{"Democratic Republic of Congo", "CD"},
		{"Congo - Kinshasa", "CD"},
		{"the former Yugoslav Republic of Macedonia", "MK"},
		{"Moldova, Republic of", "MD"},
		{"Holy See", "VA"},
		{"Bosnia and Herzegovina", "BA"},
		{"Bosnia & Herzegovina", "BA"},
		{"Saint Kitts and Nevis", "KN"},
		{"St. Kitts & Nevis", "KN"},
		{"The Gambia", "GM"},
		{"  United   Kingdom ", "GB"},
		{"Kosovo", "XK"},
		{"Swaziland", "SZ"},
		{"Eswatini", "SZ"},
		{"NA", ""},
		{"Yugoslavia", ""},
		{"Europe", ""},
		{"European Union", ""},
		{"United Nations", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := cameo.CountryByName(tc.name)
			assert.Equal(t, tc.want, got, "CountryByName(%q)", tc.name)
			assert.Equal(t, tc.want != "", ok, "CountryByName(%q) found", tc.name)
		})
	}
}

// TestICEWSCountryNames resolves every distinct Source Country, Target
// Country and Country of an ICEWS sample of 3,705 events of 2018.
func TestICEWSCountryNames(t *testing.T) {
	names := readLines(t, "testdata/icews-country-names.txt")
	require.Len(t, names, 152, "names")
	var unresolved []string
	var out bytes.Buffer
	for _, name := range names {
		iso, ok := cameo.CountryByName(name)
		if !ok {
			unresolved = append(unresolved, name)
		}
		fmt.Fprintf(&out, "%s\t%s\n", name, iso)
	}
	// NA is R's missing value, not a name: it must not become Namibia.
	assert.Equal(t, []string{"NA"}, unresolved, "unresolved names")
	golden(t, "icews-country-names.golden", out.Bytes())
}

func TestFIPSTable(t *testing.T) {
	codes := cameo.FIPSCodes()
	require.Len(t, codes, 273, "FIPS codes")
	kinds := map[cameo.FIPSKind]int{}
	covered := map[string]bool{}
	for _, c := range codes {
		kinds[c.Kind]++
		if c.ISO == "" {
			continue
		}
		covered[c.ISO] = true
		_, ok := cameo.CountryCAMEO(c.ISO)
		assert.True(t, ok, "%s: %q is not a current ISO 3166-1 code", c.Code, c.ISO)
	}
	want := map[cameo.FIPSKind]int{cameo.FIPSCountry: 246, cameo.FIPSPart: 19, cameo.FIPSNone: 5, cameo.FIPSHistoric: 2, cameo.FIPSExtension: 1}
	assert.Equal(t, want, kinds, "kinds")
	// Every current ISO 3166-1 code is reached, but Åland (in Finland for
	// FIPS 10-4) and the Caribbean Netherlands (in the Netherlands).
	var missing []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			iso := string([]rune{a, b})
			if _, ok := cameo.CountryCAMEO(iso); ok && !covered[iso] {
				missing = append(missing, iso)
			}
		}
	}
	assert.Equal(t, []string{"AX", "BQ"}, missing, "ISO codes no FIPS code reaches")
}

func TestFIPSToISO(t *testing.T) {
	tests := []struct {
		fips, iso string
		ok        bool
		kind      cameo.FIPSKind
	}{
		{"UK", "GB", true, cameo.FIPSCountry},
		{"GM", "DE", true, cameo.FIPSCountry},
		{"RS", "RU", true, cameo.FIPSCountry},
		{"SF", "ZA", true, cameo.FIPSCountry},
		{"RI", "RS", true, cameo.FIPSCountry},
		{"KV", "XK", true, cameo.FIPSCountry},
		{"OD", "SS", true, cameo.FIPSCountry},
		{"GZ", "PS", true, cameo.FIPSPart},
		{"WQ", "UM", true, cameo.FIPSPart},
		{"PG", "", false, cameo.FIPSNone},
		{"YI", "", false, cameo.FIPSHistoric},
		{"OS", "", false, cameo.FIPSExtension},
		{"XX", "", false, ""},
		{"uk", "", false, ""},
		{"", "", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.fips, func(t *testing.T) {
			iso, ok := cameo.FIPSToISO(tc.fips)
			assert.Equal(t, tc.iso, iso, "FIPSToISO(%q)", tc.fips)
			assert.Equal(t, tc.ok, ok, "FIPSToISO(%q) found", tc.fips)
			c, found := cameo.LookupFIPS(tc.fips)
			assert.Equal(t, tc.kind != "", found, "LookupFIPS(%q) found", tc.fips)
			assert.Equal(t, tc.kind, c.Kind, "LookupFIPS(%q) kind", tc.fips)
		})
	}
	for _, tc := range []struct {
		iso, fips string
		ok        bool
	}{{"GB", "UK", true}, {"DE", "GM", true}, {"TF", "FS", true}, {"SJ", "SV", true}, {"PS", "", false}, {"UM", "", false}, {"AX", "", false}, {"XX", "", false}} {
		fips, ok := cameo.ISOToFIPS(tc.iso)
		assert.Equal(t, tc.fips, fips, "ISOToFIPS(%q)", tc.iso)
		assert.Equal(t, tc.ok, ok, "ISOToFIPS(%q) found", tc.iso)
	}
}

// TestGDELTFIPSCodes resolves every Actor1Geo_CountryCode,
// Actor2Geo_CountryCode and ActionGeo_CountryCode of a whole GDELT 2.0
// export file.
func TestGDELTFIPSCodes(t *testing.T) {
	codes := readLines(t, "testdata/gdelt-fips-codes.txt")
	require.Len(t, codes, 108, "codes")
	var noISO, unknown []string
	var out bytes.Buffer
	for _, code := range codes {
		c, ok := cameo.LookupFIPS(code)
		if !ok {
			unknown = append(unknown, code)
			continue
		}
		iso, ok := cameo.FIPSToISO(code)
		if !ok {
			noISO = append(noISO, code)
		}
		fmt.Fprintf(&out, "%s\t%s\t%s\t%s\n", code, iso, c.Kind, c.Name)
	}
	assert.Empty(t, unknown, "codes not in the FIPS table")
	// OS is GDELT's code for oceans ("Black Sea, Oceans (general)"), YI
	// the deleted code of Serbia and Montenegro: neither has an ISO code.
	assert.Equal(t, []string{"OS", "YI"}, noISO, "codes without ISO equivalent")
	golden(t, "gdelt-fips-codes.golden", out.Bytes())
}

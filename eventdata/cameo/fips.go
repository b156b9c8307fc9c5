package cameo

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// FIPSKind says how a FIPS 10-4 code relates to ISO 3166-1.
type FIPSKind string

// The kinds of FIPS 10-4 codes in the table.
const (
	// FIPSCountry is an entity with an ISO 3166-1 code of its own.
	FIPSCountry FIPSKind = "country"
	// FIPSPart is an entity that ISO 3166-1 counts inside another code:
	// the Gaza Strip and the West Bank in PS, Baker Island in UM.
	FIPSPart FIPSKind = "part"
	// FIPSNone is an entity without an ISO 3166-1 code (Akrotiri, the
	// Spratly Islands).
	FIPSNone FIPSKind = "none"
	// FIPSHistoric is a code FIPS 10-4 has deleted but data still carry
	// (YI, Serbia and Montenegro).
	FIPSHistoric FIPSKind = "historic"
	// FIPSExtension is a code GDELT uses that FIPS 10-4 does not define
	// (OS, oceans).
	FIPSExtension FIPSKind = "extension"
)

// FIPSCode is one row of the FIPS 10-4 table.
type FIPSCode struct {
	// Code is the two-letter FIPS 10-4 code: "UK", "GM", "RS".
	Code string `json:"code"`
	// ISO is the ISO 3166-1 alpha-2 code the entity falls under ("GB",
	// "DE", "RU"), or empty when ISO 3166-1 has none.
	ISO string `json:"iso,omitempty"`
	// Kind says how Code relates to ISO.
	Kind FIPSKind `json:"kind"`
	// Name is the entity's name in the FIPS 10-4 list.
	Name string `json:"name"`
}

// LookupFIPS returns the FIPS 10-4 table row of a code. GDELT writes its
// location country codes (ActionGeo_CountryCode and the actors' geo
// country codes) in FIPS 10-4.
func LookupFIPS(fips string) (FIPSCode, bool) {
	t := fipsTable()
	i, ok := t.index[fips]
	if !ok {
		return FIPSCode{}, false
	}
	return t.codes[i], true
}

// FIPSCodes returns the FIPS 10-4 table sorted by code. The slice is a
// fresh copy.
func FIPSCodes() []FIPSCode {
	return slices.Clone(fipsTable().codes)
}

// FIPSToISO returns the ISO 3166-1 alpha-2 code of a FIPS 10-4 country
// code: "UK" gives "GB", "GM" gives "DE", "RS" gives "RU", "GZ" (Gaza
// Strip) gives "PS". It reports false for unknown codes and for entities
// ISO 3166-1 has no code for (OS, oceans; YI, Serbia and Montenegro); use
// LookupFIPS to tell them apart.
func FIPSToISO(fips string) (string, bool) {
	c, ok := LookupFIPS(fips)
	if !ok || c.ISO == "" {
		return "", false
	}
	return c.ISO, true
}

// ISOToFIPS returns the FIPS 10-4 code of an ISO 3166-1 alpha-2 code:
// "GB" gives "UK". Only codes of kind FIPSCountry are returned, so ISO
// codes that FIPS 10-4 splits into parts alone (PS, the West Bank and the
// Gaza Strip; UM, the US minor islands) or does not list (AX, BQ) report
// false.
func ISOToFIPS(iso2 string) (string, bool) {
	f, ok := fipsTable().byISO[iso2]
	return f, ok
}

type fipsData struct {
	codes []FIPSCode
	index map[string]int
	byISO map[string]string
}

var fipsTable = sync.OnceValue(func() fipsData {
	t, err := parseFIPS(fipsTSV)
	if err != nil {
		panic(err) // the embedded table is checked by the tests
	}
	return t
})

// parseFIPS reads data/fips10-4.tsv: comment lines starting with "#", a
// header, then FIPS TAB ISO TAB Kind TAB Name lines, ISO "-" for none.
func parseFIPS(data []byte) (fipsData, error) {
	t := fipsData{index: map[string]int{}, byISO: map[string]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	header := false
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.HasPrefix(text, "#") {
			continue
		}
		if !header {
			if text != "FIPS\tISO\tKind\tName" {
				return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d: header %s", line, quote(text))
			}
			header = true
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 4 {
			return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d: want 4 tab-separated columns, have %d", line, len(f))
		}
		c := FIPSCode{Code: f[0], ISO: f[1], Kind: FIPSKind(f[2]), Name: f[3]}
		if len(c.Code) != 2 || !isUpperASCII(c.Code) {
			return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d, column FIPS: %s is not two capital letters", line, quote(c.Code))
		}
		if c.ISO == "-" {
			c.ISO = ""
		}
		switch c.Kind {
		case FIPSCountry, FIPSPart:
			if len(c.ISO) != 2 || !isUpperASCII(c.ISO) {
				return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d, column ISO: kind %s needs an ISO code", line, c.Kind)
			}
		case FIPSNone, FIPSHistoric, FIPSExtension:
			if c.ISO != "" {
				return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d, column ISO: kind %s takes no ISO code", line, c.Kind)
			}
		default:
			return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d, column Kind: unknown kind %s", line, quote(string(c.Kind)))
		}
		if _, dup := t.index[c.Code]; dup {
			return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d: code %s listed twice", line, c.Code)
		}
		if c.Kind == FIPSCountry {
			if prev, dup := t.byISO[c.ISO]; dup {
				return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv line %d: ISO %s already the country of %s", line, c.ISO, prev)
			}
			t.byISO[c.ISO] = c.Code
		}
		t.index[c.Code] = len(t.codes)
		t.codes = append(t.codes, c)
	}
	if err := sc.Err(); err != nil {
		return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv: %w", err)
	}
	if !header {
		return fipsData{}, fmt.Errorf("cameo: fips10-4.tsv: no header")
	}
	slices.SortFunc(t.codes, func(a, b FIPSCode) int { return strings.Compare(a.Code, b.Code) })
	for i, c := range t.codes {
		t.index[c.Code] = i
	}
	return t, nil
}

package cameo

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

// CountryInfo describes a CAMEO country code.
type CountryInfo struct {
	// Code is the CAMEO code: "USA", "PSE", "AFR".
	Code string `json:"code"`
	// ISO is the ISO 3166-1 alpha-2 code of the country, or empty when the
	// code names a region or a state that no longer exists. Kosovo is
	// "XK", the user-assigned code in common use.
	ISO string `json:"iso,omitempty"`
	// Name is the English name: CLDR's for ISO countries ("Côte
	// d’Ivoire"), the CAMEO label otherwise ("West Africa").
	Name string `json:"name"`
	// Region reports a CAMEO region ("AFR" Africa, "WAF" West Africa):
	// a group of countries, not a country.
	Region bool `json:"region,omitempty"`
	// Historic reports a code of a state that has since dissolved or
	// changed its ISO code ("YUG", "ROM").
	Historic bool `json:"historic,omitempty"`
}

// cameoCountries lists the CAMEO country codes that are not current ISO
// 3166-1 alpha-3 codes, or that CAMEO reads differently from ISO. Every
// other three-letter code is read as ISO 3166-1 alpha-3 through
// golang.org/x/text/language.
//
// The regions are those of the CAMEO manual's country appendix and of
// GDELT's CAMEO.country.txt; WSB, GZS and BAG are sub-national codes of
// the same list.
var cameoCountries = []CountryInfo{
	// Regions: groups of countries.
	{Code: "AFR", Name: "Africa", Region: true},
	{Code: "ASA", Name: "Asia", Region: true},
	{Code: "BLK", Name: "Balkans", Region: true},
	{Code: "CRB", Name: "Caribbean", Region: true},
	{Code: "CAU", Name: "Caucasus", Region: true},
	{Code: "CFR", Name: "Central Africa", Region: true},
	{Code: "CAS", Name: "Central Asia", Region: true},
	{Code: "CEU", Name: "Central Europe", Region: true},
	{Code: "EIN", Name: "East Indies", Region: true},
	{Code: "EAF", Name: "Eastern Africa", Region: true},
	{Code: "EEU", Name: "Eastern Europe", Region: true},
	{Code: "EUR", Name: "Europe", Region: true},
	{Code: "LAM", Name: "Latin America", Region: true},
	{Code: "MEA", Name: "Middle East", Region: true},
	{Code: "MDT", Name: "Mediterranean", Region: true},
	{Code: "NAF", Name: "North Africa", Region: true},
	{Code: "NMR", Name: "North America", Region: true},
	{Code: "PGS", Name: "Persian Gulf", Region: true},
	{Code: "SCN", Name: "Scandinavia", Region: true},
	{Code: "SAM", Name: "South America", Region: true},
	{Code: "SAS", Name: "South Asia", Region: true},
	{Code: "SEA", Name: "Southeast Asia", Region: true},
	{Code: "SAF", Name: "Southern Africa", Region: true},
	{Code: "WAF", Name: "West Africa", Region: true},
	{Code: "WST", Name: "The West", Region: true},

	// Parts of a country with a code of their own.
	{Code: "WSB", ISO: "PS", Name: "West Bank"},
	{Code: "GZS", ISO: "PS", Name: "Gaza Strip"},
	{Code: "BAG", ISO: "IQ", Name: "Baghdad"},

	// Kosovo has no ISO 3166-1 code; CAMEO and PLOVER write KOS.
	{Code: "KOS", ISO: "XK", Name: "Kosovo"},

	// Former ISO alpha-3 codes of a country that still exists under
	// another code.
	{Code: "ROM", ISO: "RO", Name: "Romania", Historic: true},
	{Code: "TMP", ISO: "TL", Name: "East Timor", Historic: true},
	{Code: "ZAR", ISO: "CD", Name: "Zaire", Historic: true},
	{Code: "BUR", ISO: "MM", Name: "Burma", Historic: true},

	// Dissolved states: no single successor.
	{Code: "YUG", Name: "Yugoslavia", Historic: true},
	{Code: "SCG", Name: "Serbia and Montenegro", Historic: true},
	{Code: "SUN", Name: "Soviet Union", Historic: true},
	{Code: "CSK", Name: "Czechoslovakia", Historic: true},
	{Code: "DDR", Name: "East Germany", Historic: true},
	{Code: "ANT", Name: "Netherlands Antilles", Historic: true},
}

var cameoCountryIndex = sync.OnceValue(func() map[string]CountryInfo {
	m := make(map[string]CountryInfo, len(cameoCountries))
	for _, c := range cameoCountries {
		m[c.Code] = c
	}
	return m
})

// Country describes a CAMEO country code: an ISO 3166-1 alpha-3 code
// ("MLI"), or one of the codes CAMEO adds: regions ("AFR", "WAF"), parts
// of countries ("WSB"), Kosovo ("KOS") and historic codes ("YUG", "ROM").
// It reports false for anything else, including CAMEO actor type codes
// such as "GOV" or "IGO".
func Country(code string) (CountryInfo, bool) {
	if c, ok := cameoCountryIndex()[code]; ok {
		return c, true
	}
	if len(code) != 3 || !isUpperASCII(code) {
		return CountryInfo{}, false
	}
	r, err := language.ParseRegion(code)
	if err != nil || !isISOCountry(r) || r.ISO3() != code {
		return CountryInfo{}, false
	}
	return CountryInfo{Code: code, ISO: r.String(), Name: display.English.Regions().Name(r)}, true
}

// CountryISO returns the ISO 3166-1 alpha-2 code of a CAMEO country code:
// "MLI" gives "ML", "KOS" gives "XK", "ROM" gives "RO". It reports false
// for regions ("AFR"), dissolved states ("YUG") and unknown codes; use
// Country to tell them apart.
func CountryISO(cameo string) (iso2 string, ok bool) {
	c, ok := Country(cameo)
	if !ok || c.ISO == "" {
		return "", false
	}
	return c.ISO, true
}

// CountryCAMEO returns the CAMEO country code of an ISO 3166-1 alpha-2
// code: its ISO alpha-3 code ("ML" gives "MLI"), and "KOS" for Kosovo
// ("XK"). It reports false for codes that are not current ISO countries.
func CountryCAMEO(iso2 string) (string, bool) {
	if iso2 == "XK" {
		return "KOS", true
	}
	if len(iso2) != 2 || !isUpperASCII(iso2) {
		return "", false
	}
	r, err := language.ParseRegion(iso2)
	if err != nil || !isISOCountry(r) || r.String() != iso2 {
		return "", false
	}
	return r.ISO3(), true
}

// isISOCountry reports whether r is a current ISO 3166-1 country code (or
// XK, Kosovo): a country, not a group, not a deprecated code, not one of
// the exceptionally reserved codes x/text also calls countries (UN, EZ,
// AC, CP, DG, EA, IC, TA, which have no UN M.49 number).
func isISOCountry(r language.Region) bool {
	return r.IsCountry() && r.Canonicalize() == r && r.M49() != 0 &&
		display.English.Regions().Name(r) != ""
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// countryAliases maps names that CLDR's English names do not match to ISO
// 3166-1 alpha-2 codes. They are the names of ISO 3166's own short names
// ("Moldova, Republic of"), the UN's ("Occupied Palestinian Territory"),
// ICEWS's ("Democratic Republic of Congo") and common older forms
// ("Swaziland", "Burma"). Keys are normalised as normName does.
var countryAliases = map[string]string{
	"bolivia, plurinational state of":        "BO",
	"brunei darussalam":                      "BN",
	"burma":                                  "MM",
	"cabo verde":                             "CV",
	"cape verde":                             "CV",
	"congo":                                  "CG", // ICEWS: the Republic of the Congo
	"congo, republic of the":                 "CG",
	"republic of the congo":                  "CG",
	"republic of congo":                      "CG",
	"congo, the democratic republic of the":  "CD",
	"congo, democratic republic of the":      "CD",
	"democratic republic of the congo":       "CD",
	"democratic republic of congo":           "CD",
	"czech republic":                         "CZ",
	"east timor":                             "TL",
	"eswatini":                               "SZ",
	"swaziland":                              "SZ",
	"great britain":                          "GB",
	"britain":                                "GB",
	"holy see":                               "VA",
	"holy see (vatican city state)":          "VA",
	"vatican":                                "VA",
	"hong kong":                              "HK",
	"iran, islamic republic of":              "IR",
	"ivory coast":                            "CI",
	"korea, democratic people's republic of": "KP",
	"democratic people's republic of korea":  "KP",
	"korea, republic of":                     "KR",
	"republic of korea":                      "KR",
	"lao people's democratic republic":       "LA",
	"macao":                                  "MO",
	"macau":                                  "MO",
	"former yugoslav republic of macedonia":  "MK",
	"macedonia, the former yugoslav republic of": "MK",
	"north macedonia":                   "MK",
	"micronesia, federated states of":   "FM",
	"moldova, republic of":              "MD",
	"republic of moldova":               "MD",
	"myanmar":                           "MM",
	"occupied palestinian territory":    "PS",
	"palestine":                         "PS",
	"palestine, state of":               "PS",
	"state of palestine":                "PS",
	"palestinian territory":             "PS",
	"russian federation":                "RU",
	"syrian arab republic":              "SY",
	"tanzania, united republic of":      "TZ",
	"united republic of tanzania":       "TZ",
	"turkiye":                           "TR",
	"united states of america":          "US",
	"venezuela, bolivarian republic of": "VE",
	"viet nam":                          "VN",
}

var countryNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	names := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !isISOCountry(r) {
				continue
			}
			m[normName(names.Name(r))] = r.String()
		}
	}
	for k, v := range countryAliases {
		m[k] = v
	}
	return m
})

// CountryByName returns the ISO 3166-1 alpha-2 code of a country named in
// English, as ICEWS names countries: "Bangladesh" gives "BD", "Russian
// Federation" "RU", "Occupied Palestinian Territory" "PS". Names are
// matched against CLDR's English names (golang.org/x/text/language/display)
// and a documented table of other names, ignoring case, accents, a
// leading "the", and "&" against "and". ICEWS's "Congo" is the Republic
// of the Congo (CG); the Democratic Republic is "Democratic Republic of
// Congo" (CD). It reports false for anything else, including R's missing
// value "NA" and dissolved states ("Yugoslavia").
func CountryByName(name string) (iso2 string, ok bool) {
	iso2, ok = countryNames()[normName(name)]
	return iso2, ok
}

// normName folds a country name for matching: lower case, accents
// removed, typographic apostrophes made plain, "&" read as "and", "St."
// as "saint", a leading "the" dropped, spaces collapsed.
func normName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '‘' || r == 'ʼ':
			r = '\''
		case r == '&':
			b.WriteString(" and ")
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	fields := strings.Fields(b.String())
	if len(fields) > 0 && fields[0] == "the" {
		fields = fields[1:]
	}
	for i, f := range fields {
		if f == "st." || f == "st" {
			fields[i] = "saint"
		}
	}
	return strings.Join(fields, " ")
}

package jsgen

import (
	"strings"

	"github.com/diplo-go/diplo"
)

// The regular expressions of the schemas. They keep to the subset that
// ECMA-262 (with or without the u flag), Python's re and Go's RE2 read
// alike: character classes, \xHH escapes, (?:...) groups, counted
// repetition; no \d, \s, \p{...} or lookaround. Characters above U+00FF are
// written literally.

// nonASCIISpace lists the white space above U+00A0 that unicode.IsSpace
// reports (U+0085 and U+00A0 fall in the \x7f-\xa0 ranges below).
const nonASCIISpace = "\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

// iriExcluded lists, for a character class, what diplo.ParseID refuses after
// the scheme: white space, control characters, the characters RFC 3987
// excludes from IRIs (<>"{}|\^`) and U+FFFD, which stands for bytes that were
// not UTF-8.
const iriExcluded = `\x00-\x20\x7f-\xa0<>"{}|\\^\x60` + nonASCIISpace + "\ufffd"

// control lists the control characters that check.String refuses: all
// of C0 and C1 except tab, line feed and carriage return.
const control = `\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f`

const (
	// idPattern: an absolute IRI, a scheme then a colon and at least one
	// character.
	idPattern = `^[A-Za-z][A-Za-z0-9+.-]*:[^` + iriExcluded + `]+$`

	// httpPattern: an http or https URL with a host, as a URL identifier
	// is written. The host follows the last @ of the authority, as
	// net/url reads it, and is not empty.
	httpPattern = urlSchemePattern + httpRest

	// urlSchemePattern: the start of a URL identifier, which no form of
	// another scheme has.
	urlSchemePattern = `^https?:`

	// sourceURLPattern: as httpPattern, with the scheme in either case
	// (net/url lowers it).
	sourceURLPattern = `^[Hh][Tt][Tt][Pp][Ss]?:` + httpRest

	httpRest = `//(?:[^/?#` + iriExcluded + `]*@)?[^/?#@` + iriExcluded + `]+(?:[/?#][^` + iriExcluded + `]*)?$`

	// textPattern: a value of a Text, which must hold something other than
	// white space and no control character but tab, line feed and carriage
	// return.
	textPattern = `^[^` + control + `]*[^\x00-\x20\x7f-\xa0` + nonASCIISpace + `][^` + control + `]*$`

	// plainPattern: a string with no control character but tab, line feed
	// and carriage return.
	plainPattern = `^[^` + control + `]*$`

	// bcp47Pattern: a well-formed BCP 47 language tag (RFC 5646 section
	// 2.1: langtag or privateuse; the irregular grandfathered tags are
	// left out), in any case.
	bcp47Pattern = `^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})` + // language, extlang
		`(?:-[A-Za-z]{4})?` + // script
		`(?:-(?:[A-Za-z]{2}|[0-9]{3}))?` + // region
		`(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*` + // variants
		`(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*` + // extensions
		`(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?` + // private use
		`|[Xx](?:-[A-Za-z0-9]{1,8})+)$`

	// undPattern: the undetermined language, which diplo refuses.
	undPattern = `^[Uu][Nn][Dd]$`

	// translationPattern: a tag that carries the RFC 6497 transformed
	// content extension ("en-t-fr"), marking a translation.
	translationPattern = `^[A-Za-z]{2,8}(?:-(?:[A-Za-z0-9]{2,8}|[0-9A-SU-WYZa-su-wyz]))*-[Tt]-`
)

// edtfPattern matches the dates diplo.ParseDate accepts, including the
// number of days in each month and 29 February in leap years only (a year
// divisible by 4 and not by 100, or by 400; -0044 is read like 0044).
var edtfPattern = func() string {
	const (
		negYear = `-(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])` // no -0000
		year    = `(?:[0-9]{4}|` + negYear + `)`
		month   = `(?:0[1-9]|1[0-2])`
		// month and day, 29 February aside.
		monthDay = `(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])` +
			`|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)` +
			`|02-(?:0[1-9]|1[0-9]|2[0-8]))`
		leapYear = `(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00` +
			`|-(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00))`
		day  = `(?:` + year + `-` + monthDay + `|` + leapYear + `-02-29)`
		time = `T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?`
		// Z, or an offset up to ±14:00; -00:00 means an unknown offset
		// and is refused.
		zone = `(?:Z|\+(?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)` +
			`|-(?:00:(?:0[1-9]|[1-5][0-9])|(?:0[1-9]|1[0-3]):[0-5][0-9]|14:00))`
	)
	return `^(?:` + year + `(?:-` + month + `)?|` + day + `(?:` + time + zone + `?)?)[?~%]?$`
}()

// positive is a positive decimal number without a leading zero that fits
// diplo's limit of 18 digits.
const positive = `[1-9][0-9]{0,17}`

// schemePattern returns the pattern of identifiers of scheme s, whole
// ("wikidata:Q7747"), or "" for a scheme the generator does not know.
// countries are the valid ISO 3166-1 alpha-2 codes.
func schemePattern(s diplo.Scheme, countries []string) string {
	switch s {
	case diplo.Wikidata:
		return `^wikidata:Q` + positive + `$`
	case diplo.ISO3166:
		return `^iso3166:(?:` + strings.Join(countries, "|") + `)$`
	case diplo.GeoNames:
		// Written with the slash of GeoNames' IRIs; read without too.
		return `^geonames:` + positive + `/?$`
	case diplo.UNTS:
		return `^unts:II?-` + positive + `$`
	case diplo.GDELT:
		return `^gdelt:` + positive + `$`
	case diplo.URL:
		return httpPattern
	case diplo.UNDoc:
		return `^undoc:` + unSymbolPattern + `$`
	}
	return ""
}

// unSymbolPattern is the form of a United Nations document symbol, as
// diplo.UNDoc describes it: components of segments joined by dots or
// hyphens, separated by slashes, at least two, the first beginning with
// a capital, then an optional "(...)".
const unSymbolPattern = `[A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)*(?:/[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)+(?:\([A-Za-z0-9]+\))?`

// DecimalPattern is the form of a diplo.Decimal: digits with no leading
// zero but a lone 0, then optionally a point and digits.
const DecimalPattern = `^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$`

// SubdivisionPattern returns the pattern of an ISO 3166-2 code whose
// country is one of countries.
func SubdivisionPattern(countries []string) string {
	return `^(?:` + strings.Join(countries, "|") + `)-[A-Z0-9]{1,3}$`
}

// IdentifierSchemePatterns returns the pattern of each identifier scheme,
// whole ("^wikidata:Q[1-9][0-9]{0,17}$"), in the order of diplo.Schemes.
// The pattern of the identifier definition, IdentifierPattern, is their
// alternation; the SHACL shapes state them one by one.
func IdentifierSchemePatterns() []string {
	countries := countryCodes()
	schemes := diplo.Schemes()
	out := make([]string, len(schemes))
	for i, sc := range schemes {
		out[i] = schemePattern(sc, countries)
	}
	return out
}

// IdentifierPattern returns the alternation of the patterns of the
// identifier schemes, whole: the pattern of the identifier definition.
func IdentifierPattern(schemes []string) string {
	alts := make([]string, len(schemes))
	for i, p := range schemes {
		alts[i] = strings.TrimSuffix(strings.TrimPrefix(p, "^"), "$")
	}
	return "^(?:" + strings.Join(alts, "|") + ")$"
}

// schemeForm returns an example of the written form of identifiers of
// scheme s, as the description of the identifier definition shows it.
func schemeForm(s diplo.Scheme) string {
	switch s {
	case diplo.Wikidata:
		return "wikidata:Q7747"
	case diplo.ISO3166:
		return "iso3166:ML, upper case, a code of diplo.Country"
	case diplo.GeoNames:
		return "geonames:524901/"
	case diplo.UNTS:
		return "unts:I-56789 or unts:II-1234"
	case diplo.GDELT:
		return "gdelt:1234567890"
	case diplo.URL:
		return "https://example.org/registry/1, the URL as it is"
	case diplo.UNDoc:
		return "undoc:S/2022/155, a United Nations document symbol without spaces"
	}
	return ""
}

// Package cameo holds the CAMEO code tables as data: event codes with
// their Goldstein scores and quad classes, actor types, and the country
// codes that event datasets use (CAMEO alpha-3 codes, ICEWS country
// names, GDELT's FIPS 10-4 location codes), all resolved to ISO 3166-1.
//
// CAMEO (Conflict and Mediation Event Observations) codes an event as a
// hierarchy of two to four digits: a root or cue category ("04",
// CONSULT), a three-digit base code ("042", Make a visit) and sometimes a
// four-digit code ("0421"). The codes keep their leading zeros; "42" is
// not a code.
//
// The tables are files embedded in the package (go:embed), copied byte
// for byte from public sources and listed with their provenance in
// data/PROVENANCE.md. Nothing is fetched at run time.
//
// # Event codes
//
// LookupEvent and ParseEventCode return a row of GDELT's CAMEO lookup
// tables, 311 codes with descriptions and Goldstein scores:
//
//	c, err := cameo.ParseEventCode("0421")
//	if errors.Is(err, cameo.ErrUnknownCode) { ... }
//	c, ok := cameo.LookupEvent("042")
//	// c.Description "Make a visit", c.Goldstein 1.9, c.QuadClass 1
//
// Descriptions are kept as published, including the garbled quotes of
// code 044 ("Meet at a Òhird Ólocation"). LookupNotes gives the CAMEO
// 1.1b3 manual's own names, definitions, usage notes and examples, from
// the ICEWS project's table, with its mojibake repaired.
//
// # Quad classes
//
// The quad class groups events as verbal or material cooperation or
// conflict. GDELT numbers the classes 1 to 4 without saying which roots
// fall in which; its event files group roots 01–05, 06–09, 10–14 and
// 15–20, and QuadClassOf and EventCode.QuadClass follow them. The PLOVER
// manual's translation of CAMEO implies another grouping, 01–05, 06–08,
// 09–13, 14–20, which PLOVERQuadClassOf gives. The two differ on roots 09
// (INVESTIGATE) and 14 (PROTEST).
//
// # Countries
//
// CAMEO actor codes start with a three-letter country code, the ISO
// 3166-1 alpha-3 code for countries. CountryISO and CountryCAMEO convert
// between CAMEO codes and ISO alpha-2 codes through
// golang.org/x/text/language; a small table adds what ISO lacks: CAMEO's
// regions ("AFR", "WAF", "MEA"), parts of countries ("WSB", West Bank),
// Kosovo ("KOS", ISO user-assigned "XK") and codes of the past ("ROM",
// "YUG"). Country tells these apart.
//
//	iso, ok := cameo.CountryISO("MLI") // "ML", true
//	c, _ := cameo.Country("AFR")       // c.Region true, c.ISO ""
//
// ICEWS names countries in English ("Russian Federation", "Occupied
// Palestinian Territory"); CountryByName reads them through CLDR's
// English names (golang.org/x/text/language/display) and a documented
// alias table. GDELT writes the country of a place in FIPS 10-4 ("UK",
// "GM", "RS"); FIPSToISO and LookupFIPS read them from an embedded
// FIPS 10-4 table.
//
// # References
//
//   - Schrodt, P. A. CAMEO Conflict and Mediation Event Observations:
//     Event and Actor Codebook, version 1.1b3, 2012.
//     http://eventdata.parusanalytics.com/data.dir/cameo.html
//   - Goldstein, J. S. A Conflict-Cooperation Scale for WEIS Events Data.
//     Journal of Conflict Resolution 36(2), 1992.
//   - The GDELT Project: CAMEO lookup tables and the GDELT 2.0 event
//     codebook, https://www.gdeltproject.org/data.html
//   - Boschee, E. et al. ICEWS Coded Event Data, Harvard Dataverse.
//   - ISO 3166-1, Codes for the representation of names of countries.
//   - FIPS PUB 10-4, Countries, Dependencies, Areas of Special Sovereignty,
//     and Their Principal Administrative Divisions (NIST, withdrawn 2008;
//     continued by the NGA as GEC).
package cameo

// Package cameo holds the CAMEO code tables as data: event codes with
// their Goldstein scores and quad classes, actor types, and the country
// codes that event datasets use (CAMEO alpha-3 codes, ICEWS country
// names, GDELT's FIPS 10-4 location codes), all resolved to ISO 3166-1.
//
// CAMEO (Conflict and Mediation Event Observations) codes an event as a
// hierarchy of two to four digits: a root ("04", CONSULT), a three-digit
// base code ("042", Make a visit) and sometimes a four-digit code
// ("0421"). Codes keep their leading zeros; "42" is not a code. The tables
// are files embedded in the package, copied byte for byte from public
// sources and listed with their provenance in data/PROVENANCE.md. The main
// entry points:
//
//   - [LookupEvent] and [ParseEventCode] return an [EventCode], a row of
//     GDELT's CAMEO lookup tables; [LookupNotes] gives the CAMEO 1.1b3
//     manual's own names, definitions, usage notes and examples.
//   - [QuadClassOf] and [PLOVERQuadClassOf] give the two groupings of
//     roots into quad classes in use.
//   - [CountryISO], [CountryCAMEO] and [Country] convert CAMEO country
//     codes, regions and codes of the past; [CountryByName] reads ICEWS's
//     English country names; [FIPSToISO] and [LookupFIPS] read GDELT's
//     FIPS 10-4 codes.
//   - [LookupActorType] returns a CAMEO actor type ("GOV", "IGO").
//
// For instance:
//
//	c, ok := cameo.LookupEvent("042")
//	// c.Description "Make a visit", c.Goldstein 1.9, c.QuadClass 1
//	iso, ok := cameo.CountryISO("MLI") // "ML", true
//
// See the examples of [LookupEvent], [ParseEventCode] and [Country].
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

// Package eventdata holds the rows of the coded event datasets of
// political science: GDELT, ICEWS and the PLOVER/POLECAT records. Those
// datasets reduce the news to dyads (on a day, a source actor did
// something, coded with CAMEO or PLOVER, to a target actor), and this
// package gives that dyad one Go type, Record, shared by every reader and
// writer below it.
//
// This package and the row packages under it (cameo, plover, gdelt,
// icews) know nothing of the diplo model: a program that reads or writes
// GDELT, ICEWS or PLOVER rows links none of diplo, actor, event, accord or
// graph (a test checks it with go list -deps). Package eventdata/dyad,
// above both the rows and the model, turns diplo graphs into records and
// records into graphs.
//
// # The Record dyad
//
// A Record holds what the datasets have in common: the Dataset it comes
// from, the dataset's own ID, the Date (a day, at midnight UTC), a Source
// and a Target Actor, the CAMEO event code with its base and root codes,
// QuadClass and Goldstein score, the dataset's own Intensity where it has
// one, the PLOVER coding, a Location, a SourceURL and a short Text.
// Fields a dataset does not carry stay at their zero value; Actor,
// PLOVER and Location report that with IsZero.
//
// Codes are kept as the datasets write them. CAMEO codes are strings with
// their leading zeros ("040", "0311"). Country codes are kept as given, in
// the CountryCode fields (CAMEO alpha-3 for GDELT actors, FIPS 10-4 for
// GDELT places, country names in ICEWS); the Country fields hold ISO
// 3166-1 alpha-2 codes once a resolver has mapped them, and readers leave
// them empty.
//
//	r := eventdata.Record{
//		Dataset: eventdata.GDELT2,
//		Date:    time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
//		Source:  eventdata.Actor{Name: "THE EU", Code: "IGOEUREEC", CountryCode: "EUR"},
//		CAMEO:   "040", BaseCode: "040", RootCode: "04", QuadClass: 1, Goldstein: 1,
//	}
//
// # Sub-packages
//
//   - cameo: the CAMEO code tables (event codes with their descriptions
//     and Goldstein scores, actor types, countries), embedded with their
//     provenance.
//   - plover: the PLOVER vocabulary (event types, modes, contexts), the
//     mapping from CAMEO codes to PLOVER, PLOVER's JSON records, and their
//     conversion to and from Record.
//   - gdelt: GDELT 2.0 and 1.0 event files, read and written as typed rows
//     and converted to and from Record.
//   - icews: ICEWS coded event files, read as typed rows and converted to
//     Record.
//   - dyad: the bridge to the diplo model. Project turns a diplo graph
//     into Records, a Lifter turns Records into a graph, by the coding
//     tables of diplo's event kinds (KindCodings and the others). Its
//     section "What a round trip keeps" tables what a graph exported to
//     GDELT or PLOVER and imported back keeps, and what each format
//     loses; ICEWS is read, not written.
//
// The readers stream their input, report a bad row with its line and
// column, and let the caller choose between stopping at the first bad row
// and skipping bad rows while counting them.
//
// # References
//
//   - Schrodt, P. A. (2012), CAMEO: Conflict and Mediation Event
//     Observations Event and Actor Codebook, version 1.1b3.
//   - Goldstein, J. S. (1992), A Conflict-Cooperation Scale for WEIS
//     Events Data, Journal of Conflict Resolution 36(2).
//   - The GDELT Event Database Data Format Codebook V2.0, and GDELT Data
//     Format Codebook V1.03, http://data.gdeltproject.org/documentation/
//   - Boschee, E. et al. (2015), ICEWS Coded Event Data, Harvard Dataverse,
//     doi:10.7910/DVN/28075.
//   - PLOVER: Political Language Ontology for Verifiable Event Records,
//     manual and records, https://github.com/openeventdata/PLOVER
//   - ISO 3166-1, Codes for the representation of names of countries.
package eventdata

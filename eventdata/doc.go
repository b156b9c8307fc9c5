// Package eventdata holds the row shared by the coded event datasets of
// political science (GDELT, ICEWS and the PLOVER/POLECAT records):
// [Record], a dyad in which, on a day, a source [Actor] did something,
// coded with CAMEO or PLOVER, to a target actor.
//
// A Record holds what the datasets have in common; fields a dataset does
// not carry stay at their zero value. Codes are kept as the datasets write
// them: CAMEO codes with their leading zeros ("040", "0311"), country
// codes in the CountryCode fields as given (CAMEO alpha-3, FIPS 10-4 or
// country names); the Country fields hold ISO 3166-1 alpha-2 codes once a
// resolver has mapped them.
//
//	r := eventdata.Record{
//		Dataset: eventdata.GDELT2,
//		Date:    time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
//		Source:  eventdata.Actor{Name: "THE EU", Code: "IGOEUREEC", CountryCode: "EUR"},
//		CAMEO:   "040", BaseCode: "040", RootCode: "04", QuadClass: 1, Goldstein: 1,
//	}
//
// The packages below it read and write the datasets, and none of them
// links the diplo model:
//
//   - cameo: the CAMEO code tables (event codes, actor types, countries).
//   - plover: the PLOVER vocabulary, its mapping from CAMEO, and PLOVER's
//     JSON records.
//   - gdelt: GDELT 2.0 and 1.0 event files.
//   - icews: ICEWS coded event files (read only).
//   - dyad: the bridge to the diplo model, from graphs to Records and
//     back, with what a round trip keeps.
//
// # Reading rows
//
// The readers of the tab-separated files (gdelt, icews) read their input
// by one rule:
//
//   - a zip archive or gzip stream is told by its first bytes (PK\x03\x04,
//     1f 8b), never by a name, and read as a stream; a zip must hold
//     exactly one file, stored or deflated;
//   - a UTF-8 byte order mark at the start is skipped;
//   - a line ends at "\n"; a "\r" before it is dropped;
//   - blank lines are skipped wherever they are, but line numbers in
//     errors count them: an error names the physical line;
//   - the last line must end in "\n": without it the row may have been cut
//     inside its last field, and it is an error (ErrTruncated);
//   - a line over limit.Limits.MaxBytes, or a field over MaxString, is
//     read no further and ends the reading; the input as a whole is not
//     bounded, since the reader holds one line at a time.
//
// By default a reader stops at the first bad row; with its SkipBadRows
// option it skips bad rows, counts them and keeps the first few errors,
// so that no row is dropped unseen.
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

// Package dyads makes the dyad-period table of event-data research from a
// diplo record: the number of events from one actor to another in each
// month or year, per kind of event, with their CAMEO and PLOVER codes, as
// a [tables.Table] that package tables writes as CSV and package
// tables/parquet as Parquet.
//
//	t, skipped := dyads.Count(g, dyads.Options{Period: dyads.Year})
//	err := t.WriteCSV(w, tables.CSVOptions{})
//
// [Count] draws the dyads with eventdata/dyad's Project, whose
// documentation says how each event kind, status, statement and vote is
// coded and which actors stand on each side; the table's columns are
// listed with the others in tables/TABLES.md.
//
// # References
//
//   - Schrodt, P. A. (2012), CAMEO: Conflict and Mediation Event
//     Observations Event and Actor Codebook, version 1.1b3.
//   - PLOVER: Political Language Ontology for Verifiable Event Records,
//     https://github.com/openeventdata/PLOVER
package dyads

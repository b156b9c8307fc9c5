// Package tables turns a diplo record into the flat tables analysts load
// into a data frame or a database, and writes them as CSV; package
// tables/parquet writes the same tables as Parquet files, and package
// tables/dyads adds the dyad-period table. Each is a package of its own
// so that a program links only what it writes: the dyads link the CAMEO
// and PLOVER coding tables, and Parquet a library of its own.
//
// The main entry points:
//
//   - [FromGraph] returns the tables of a graph.Graph: one per node type
//     (persons, states, organizations, offices, tenures, delegations,
//     missions, events, statements, accords, resolutions, votes, sources),
//     one per list a node holds (event_participants, accord_signatories,
//     accord_actions, vote_positions, event_relations...), and four shared
//     by every node type (topics, identifiers, node_sources,
//     translations).
//   - [NewTable] and [Table.Append] make a table of another kind, to be
//     written like these: package tables/dyads makes the dyad-period
//     table of event-data research (events from one actor to another per
//     month or year, per kind, with the CAMEO and PLOVER codes).
//   - [Table.WriteCSV] writes a table as CSV; [Table.Columns],
//     [Table.Len] and [Table.Row] read it.
//
// For instance, to write every table of a record as CSV files:
//
//	for _, t := range tables.FromGraph(g) {
//		f, err := os.Create(filepath.Join(dir, t.Name()+".csv"))
//		...
//		err = t.WriteCSV(f, tables.CSVOptions{})
//	}
//
// The command does the same: diplo export -format csv|parquet tables
// FILE DIR. TABLES.md, beside this file, lists every table and column,
// generated from the definitions.
//
// # Columns
//
// The tables and their columns are the same for every record, so that
// files from many records stack. A column has the same name in CSV and
// Parquet, and a [Type]: STRING, INT64, DOUBLE, BOOLEAN or DATE.
//
//   - Names are snake_case. A column holding the ID of a node is "id" or
//     ends in "_id" (event_participants.actor_id); the first column of a
//     list's table is the ID of the node that holds the list
//     (event_participants.event_id). IDs are strings, as in JSON.
//   - A date is four columns: NAME (in CSV its EDTF text, "2025-06~"; in
//     Parquet a DATE, the first day of the date's span, as written: a
//     zone does not move it to another day), NAME_precision (year, month,
//     day, minute or second), NAME_uncertain and NAME_approximate
//     (BOOLEAN, EDTF's "?" and "~"). A DATE alone would read "2025-06" as
//     1 June; the precision says it is the month. Times of day are in the
//     CSV's text only.
//   - A text (diplo.Text) is two columns: NAME, its value in its original
//     language, and NAME_lang, that language's BCP 47 tag. Its other
//     values, translations and any further original, are rows of the
//     translations table (node_id, field, lang, translated_from, value)
//     rather than columns: a record may hold any language, and a column
//     per language would make the columns differ from record to record.
//   - An absent value is null: an empty field in CSV, a null in Parquet.
//     A text is never empty, so the two cannot be confused.
//
// Rows follow the record: nodes in the order of their list, a node's
// list in its order. The same record
// gives the same bytes.
//
// Left out: claims (attributed disagreements, diplo.Claim) and the
// attributions (sources, by, note) of an event's status changes,
// deadlines and characterisations, and of an accord's actions; the place
// of a status change. A statement's own attribution is in node_sources
// and statement_attributions.
//
// # CSV
//
// UTF-8 without a byte order mark, a header row of the column names, and
// RFC 4180 quoting (encoding/csv): a value with a comma, a quote or a
// newline is quoted, quotes doubled. Records end in LF, not RFC 4180's
// CRLF: encoding/csv would also write a newline inside a value as CRLF,
// which changes the value. Values that a spreadsheet would run as a
// formula (starting with =, +, -, @) are written as they are, so that the
// CSV holds what the record and the Parquet file hold; a file meant for a
// spreadsheet can ask for them to be neutralised
// (CSVOptions.NeutraliseFormulas). A text that is not valid UTF-8, which
// only a graph that fails Validate holds, is an error naming its cell
// ([Table.Validate]).
//
// # References
//
//   - RFC 4180, Common Format and MIME Type for Comma-Separated Values
//     (CSV) Files: https://www.rfc-editor.org/rfc/rfc4180
//   - Apache Parquet, logical types (DATE, STRING):
//     https://parquet.apache.org/docs/file-format/types/logicaltypes/
//   - Extended Date/Time Format (EDTF), ISO 8601-2:2019, level 1.
//   - OWASP, CSV Injection: https://owasp.org/www-community/attacks/CSV_Injection
package tables

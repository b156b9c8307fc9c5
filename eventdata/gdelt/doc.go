// Package gdelt reads and writes GDELT event files: the tab-separated
// exports of the GDELT 2.0 Event Database (61 columns) and the GDELT 1.0
// daily and historical files (58 and 57 columns), and converts their rows
// to and from eventdata.Record.
//
// # Rows and events
//
// An Event holds every column of a row, typed: integers, float64s, the
// event day (SQLDATE) and the time of addition (DATEADDED) as time.Time in
// UTC, and codes as strings with their leading zeros ("040", "0311"). The
// ten actor columns are an Actor, used for Actor1 and Actor2; the
// geographic columns a Geo, used for Actor1Geo, Actor2Geo and ActionGeo.
// Column names the 61 columns as GDELT's codebook does.
//
// GDELT leaves a column empty when it has no value. Text columns are then
// "", coordinates have Geo.HasCoords false, dates are the zero time, and
// any other numeric column is zero with its Column in Event.Empty, so that
// an empty column and a zero stay apart and write back as they were read.
//
// # Reading
//
// A Reader streams rows through a buffer and never holds the file whole:
//
//	r := gdelt.NewReader(f)
//	for {
//		e, err := r.Read()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // a *gdelt.ParseError: line, column, value
//		}
//		use(e)
//	}
//
// Each row's Version is told from its number of columns: 61 for GDELT
// 2.0, 58 for GDELT 1.0 daily files (DATEADDED as YYYYMMDD, no ADM2Code
// columns), 57 for GDELT 1.0 historical backfiles (as 58, without
// SOURCEURL). WithVersion fixes it instead. A line ends at "\n"; a "\r"
// before it is dropped. Lines may be long (1 MiB by default, MaxLineBytes
// to change it).
//
// # Errors
//
// A row that cannot be read gives a *ParseError naming its line and
// column, with a short prefix of the bad value, and wrapping a sentinel:
//
//	gdelt: line 17, column AvgTone: invalid syntax: not a decimal number (value "x1.5")
//
// errors.Is tells ErrColumnCount, ErrSyntax, ErrRange (a date such as
// 20191324, a number too large), ErrMissing (a latitude without its
// longitude) and ErrLineTooLong apart. By default the Reader stops at the
// first bad row. With SkipBadRows it skips bad rows, counts them
// (Reader.Skipped) and keeps the first few errors (Reader.Errors), so that
// no row is ever dropped unseen.
//
// The Reader checks the shape of each value, not its meaning: a QuadClass
// of 7 or an EventCode that does not start with its EventBaseCode is read
// as it is.
//
// # Writing
//
// A Writer writes GDELT 2.0 rows formatted as GDELT formats them; reading
// a GDELT 2.0 export and writing its events back gives the same bytes.
// GDELT 1.0 events are written as GDELT 2.0 rows. An event that would not
// read back the same (a tab in a name, a NaN) is refused with a
// *ParseError wrapping ErrUnwritable.
//
// # Records
//
// Event.Record projects a row to the eventdata.Record dyad (Actor1 acts
// on Actor2, at ActionGeo) and FromRecord goes the other way, for writing
// records from other sources as GDELT 2.0 rows. Country codes are kept as
// GDELT gives them: CAMEO alpha-3 for actors, FIPS 10-4 for places; the
// ISO 3166 fields of the record are left empty for a resolver to fill.
//
// # Speed
//
// Reading costs one allocation per row (the line, which the row's strings
// share): BenchmarkReadGDELT2 reads 550,000 to 680,000 rows a second on
// one core of a Xeon server. Holding any string of an Event keeps its
// whole line in memory.
//
// # References
//
//   - The GDELT Event Database Data Format Codebook V2.0,
//     http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf
//   - GDELT Data Format Codebook V1.03,
//     http://data.gdeltproject.org/documentation/GDELT-Data_Format_Codebook.pdf
//   - Conflict and Mediation Event Observations (CAMEO) Codebook, version
//     1.1b3 (2012), http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf
//   - Leetaru, K. and Schrodt, P. A. (2013), GDELT: Global Data on Events,
//     Location and Tone, 1979-2012. ISA Annual Convention.
package gdelt

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
// A Reader streams rows through a buffer and never holds the file whole;
// the file may be plain, zip or gzip:
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
// The version of an input is told from the number of columns of its first
// row, and every row after it must have as many: 61 for GDELT 2.0, 58
// for GDELT 1.0 daily files (DATEADDED as YYYYMMDD, no ADM2Code columns),
// 57 for GDELT 1.0 historical backfiles (as 58, without SOURCEURL).
// WithVersion fixes it instead. A row of another number of columns is an
// ErrColumnCount error naming the count and the line that fixed the
// version, so that a row of a daily file that lost its SOURCEURL is not
// read as a backfile row.
//
// # Lines
//
// The input is read by the same rule as the other eventdata readers:
//
//   - a UTF-8 byte order mark at the start of the input is skipped;
//   - a line ends at "\n"; a "\r" before it is dropped;
//   - blank lines (empty, or only "\r") are skipped wherever they are and
//     are not rows, but line numbers in errors count them: an error names
//     the physical line;
//   - the last line must end in "\n", as every row of a GDELT file does:
//     without it the row may have been cut inside its last field (a
//     SOURCEURL cut short) or just before it, and it is an ErrTruncated
//     error.
//
// # Compressed files
//
// NewReader reads GDELT's distribution files directly: a zip archive (the
// .export.CSV.zip files of GDELT 2.0 and the daily .zip files of GDELT
// 1.0) or a gzip stream, told by its first bytes (PK\x03\x04, 1f 8b) and
// never by a name, from any io.Reader and without holding it. A zip must
// hold exactly one file (directories aside), stored or deflated; one
// holding more is an ErrCompressed error once the first file is read,
// rather than rows of different files under one count of lines. The
// checksums are checked at the end of the file; a corrupt, cut or
// encrypted archive is an ErrCompressed error that ends the reading. The
// limits below apply to the decompressed rows.
//
// # Limits
//
// WithLimits takes limit.Limits (diplo.Limits is the same type): MaxBytes
// bounds one line (a row), and
// MaxString each of its fields, counted in decompressed bytes (the
// defaults: 64 MiB and 1 MiB). A line is read no further than its bound:
// one over it is an ErrLineTooLong or ErrFieldTooLong error, also
// limit.ErrExceeded, that ends the reading whatever the policy, since the
// next row lies past an unbounded amount of input. A gzip or zip bomb thus
// costs no more than its first line up to the bound. The input as a whole
// is not bounded: the Reader holds one line at a time, and GDELT files run
// to gigabytes.
//
// # Errors
//
// A row that cannot be read gives a *ParseError naming its line and
// column, with a short prefix of the bad value, and wrapping a sentinel:
//
//	gdelt: line 17, column AvgTone: syntax error: not a decimal number (value "x1.5")
//
// errors.Is tells ErrColumnCount, ErrSyntax, ErrRange (a date such as
// 20191324, a number too large, a latitude beyond ±90 or a longitude
// beyond ±180), ErrMissing (a latitude without its longitude), ErrEncoding
// (a field that is not valid UTF-8, which no later step could trust),
// ErrTruncated, ErrLineTooLong, ErrFieldTooLong and ErrCompressed apart.
// By default the Reader stops at the first bad row. With SkipBadRows it
// skips bad rows, counts them (Reader.Skipped) and keeps the first few
// errors (Reader.Errors), so that no row is ever dropped unseen.
//
// The Reader checks the shape of each value, not its meaning: a QuadClass
// of 7, an EventCode that does not start with its EventBaseCode,
// coordinates of 0,0 for a place without a name, or control characters in
// a name (GDELT 1.0 files hold some) are read as they are, for the caller
// to judge. Every string of an Event read is valid UTF-8 without a tab or
// line feed; coordinates are finite and in range when HasCoords is true,
// and absent (HasCoords false, Lat and Long zero) when the row leaves them
// empty.
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

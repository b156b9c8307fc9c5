// Package icews reads ICEWS coded event data, the Integrated Crisis Early
// Warning System's events as published in yearly tab-separated files, and
// converts its rows to eventdata.Record.
//
// # Rows and events
//
// An ICEWS file starts with a header line naming its 20 columns (Event
// ID, Event Date, Source Name, Source Sectors, Source Country, Event Text,
// CAMEO Code, Intensity, Target Name, Target Sectors, Target Country,
// Story ID, Sentence Number, Publisher, City, District, Province, Country,
// Latitude, Longitude); each line after it is one event. An Event holds
// every column, typed: identifiers as integers, the date as a time.Time
// at midnight UTC, the CAMEO code as a string with its leading zero, the
// sectors as a list cut at commas, Intensity and coordinates as float64s
// with a flag saying whether they are present.
//
// A missing value is written NA in files saved through R (as the sample
// this package is tested on) and left empty in the files as published;
// both read as missing, never as the text "NA". A place or actor literally
// named NA cannot be told from a missing one.
//
// # Reading
//
//	r := icews.NewReader(f)
//	for {
//		e, err := r.Read()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // a *icews.ParseError: line, column, value
//		}
//		use(e.Record())
//	}
//
// The Reader checks the header: any other first line is an ErrHeader
// error naming the first unexpected column. It streams the rest through a
// buffer and never holds the file whole.
//
// # Lines
//
// The input is read by the same rule as the other eventdata readers:
//
//   - a UTF-8 byte order mark at the start of the input is skipped;
//   - a line ends at "\n"; a "\r" before it is dropped;
//   - blank lines (empty, or only "\r") are skipped wherever they are,
//     before the header too, and are not rows, but line numbers in errors
//     count them: an error names the physical line;
//   - the last row must end in "\n", as R and the published files end
//     it: without it the row may have been cut inside its last field (a
//     longitude cut short) or just before it, and it is an ErrTruncated
//     error.
//
// # Compressed files
//
// NewReader reads the files as the Dataverse distributes them, zipped, or
// gzipped: a zip archive or a gzip stream is told by its first bytes
// (PK\x03\x04, 1f 8b), never by a name, and read as a stream from any
// io.Reader. A zip must hold exactly one file (directories aside), stored
// or deflated; one holding more is an ErrCompressed error once the first
// file is read. A corrupt, cut or encrypted archive is an ErrCompressed
// error that ends the reading.
//
// # Limits
//
// WithLimits takes limit.Limits (diplo.Limits is the same type): MaxBytes
// bounds one line (a row), and
// MaxString each of its fields, counted in decompressed bytes (the
// defaults: 64 MiB and 1 MiB). A line is read no further than its bound:
// one over it is an ErrLineTooLong or ErrFieldTooLong error, also
// limit.ErrExceeded, that ends the reading whatever the policy. The input as
// a whole is not bounded: the Reader holds one line at a time.
//
// # Errors
//
// A row that cannot be read gives a *ParseError naming its line and
// column, with a short prefix of the bad value, and wrapping a sentinel:
//
//	icews: line 17, column Intensity: syntax error: not a decimal number (value "high")
//
// errors.Is tells ErrHeader, ErrColumnCount, ErrSyntax, ErrRange (also a
// latitude beyond ±90 or a longitude beyond ±180), ErrMissing (an Event
// ID, Event Date, CAMEO Code, Story ID or Sentence Number that is NA; a
// latitude without its longitude), ErrEncoding (a field that is not valid
// UTF-8), ErrTruncated, ErrLineTooLong, ErrFieldTooLong and ErrCompressed
// apart. By default the Reader stops at the first bad row; with
// SkipBadRows it skips bad rows, counts them (Reader.Skipped) and keeps
// the first few errors (Reader.Errors).
//
// Every string of an Event read is valid UTF-8 without a tab or line
// feed; control characters in names are read as they are, for the caller
// to judge. Coordinates are finite and in range when HasCoords is true,
// and absent (HasCoords false, both zero) when the row leaves them NA or
// empty; 0,0 given as such is read as given.
//
// # Records
//
// Event.Record projects a row to the eventdata.Record dyad. ICEWS names
// countries rather than coding them: the names are kept in the
// CountryCode fields and the ISO 3166 Country fields are left empty for a
// resolver to fill. The record's Intensity is ICEWS's own; its Goldstein
// and QuadClass are left zero, since ICEWS gives neither.
//
// # References
//
//   - Boschee, E., Lautenschlager, J., O'Brien, S., Shellman, S., Starz,
//     J. and Ward, M. (2015), ICEWS Coded Event Data, Harvard Dataverse,
//     doi:10.7910/DVN/28075.
//   - The ICEWS Coded Event Data Read Me and codebook published with the
//     data on the Dataverse.
//   - Conflict and Mediation Event Observations (CAMEO) Codebook, version
//     1.1b3 (2012), http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf
package icews

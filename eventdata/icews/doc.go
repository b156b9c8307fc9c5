// Package icews reads ICEWS coded event data, the Integrated Crisis Early
// Warning System's events as published in yearly tab-separated files, and
// converts its rows to eventdata.Record. There is no writer.
//
// The main entry points:
//
//   - [NewReader] returns a [Reader] of rows, from the plain file or from
//     the zip or gzip file the Dataverse distributes. The first line must
//     be the header of the 20 columns ([Header]); any other is an
//     ErrHeader error naming the first unexpected column. The options
//     Limits and SkipBadRows (see [ReaderOptions]) set how it treats
//     oversized and bad rows.
//   - [Event] holds every column of a row, typed. A missing value is
//     written NA in files saved through R and left empty in the files as
//     published; both read as missing, never as the text "NA" (so an actor
//     or place literally named NA reads as missing).
//   - [Event.Record] converts a row to the eventdata.Record dyad.
//
// A row that cannot be read is a [*ParseError] naming its line and column,
// with a short prefix of the bad value, and wrapping one of the sentinel
// errors (ErrSyntax, ErrMissing, ...):
//
//	icews: line 17, column Intensity: invalid syntax: not a decimal number (value "high")
//
// Lines are read by the rule of every eventdata reader (see package
// eventdata).
//
//	r := icews.NewReader(f, icews.ReaderOptions{})
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
// See the examples of [Reader] and [Event.Record].
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

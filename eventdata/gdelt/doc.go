// Package gdelt reads and writes GDELT event files: the tab-separated
// exports of the GDELT 2.0 Event Database (61 columns) and the GDELT 1.0
// daily and historical files (58 and 57 columns), and converts their rows
// to and from eventdata.Record.
//
// The main entry points:
//
//   - [NewReader] returns a [Reader] of rows, from the plain file or from
//     the zip or gzip file GDELT distributes; the [Version] of an input is
//     told from the number of columns of its first row (the option
//     Version fixes it), and the options Limits and SkipBadRows (see
//     [ReaderOptions]) set how it treats oversized and bad rows.
//   - [Event] holds every column of a row, typed; an empty column stays
//     apart from a zero (Event.Empty, Geo.HasCoords), so that a row
//     writes back as it was read. The strings of an Event share the line
//     it was read from: holding any of them keeps the whole line.
//   - [NewWriter] returns a [Writer] of GDELT 2.0 rows, formatted as GDELT
//     formats them: reading an export and writing its events back gives
//     the same bytes.
//   - [Event.Record] and [FromRecord] convert to and from the
//     eventdata.Record dyad.
//
// A row that cannot be read is a [*ParseError] naming its line and column,
// with a short prefix of the bad value, and wrapping one of the sentinel
// errors (ErrSyntax, ErrRange, ...):
//
//	gdelt: line 17, column AvgTone: invalid syntax: not a decimal number (value "x1.5")
//
// The Reader checks the shape of each value, not its meaning (a QuadClass
// of 7 is read as it is); lines are read by the rule of every eventdata
// reader (see package eventdata).
//
//	r := gdelt.NewReader(f, gdelt.ReaderOptions{})
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
// See the examples of [Reader], [Writer] and [ReaderOptions].
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

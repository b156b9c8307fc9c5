// Package tsv holds the line handling shared by the tab-separated readers
// of the eventdata packages (gdelt, icews), so that they treat their
// input alike: reading one line at a time without holding the input
// whole, splitting a line at tabs without allocating per field, and
// keeping the tally of rows a reader skipped.
//
// It knows nothing of any dataset's columns; each reader gives its errors
// its own type and message prefix.
//
// # Lines
//
// Lines reads the content of its input: the input itself, or what it
// decompresses to when its first bytes are those of gzip or zip (package
// unpack). It applies one rule to every reader:
//
//   - a UTF-8 byte order mark at the start of the content is dropped;
//   - a line ends at "\n", and one "\r" before it is dropped;
//   - blank lines (empty, or only "\r") are passed over wherever they are,
//     but counted, so that a line number is that of the physical line;
//   - a last line without "\n" is returned with ErrNoNewline, since the
//     input may have been cut inside it;
//   - a line longer than one limit, or with a field longer than another,
//     ends the input with a *TooLongError: it is read no further than the
//     limit (and 5 bytes of slack), whatever its length.
//
// A line that fits in the 64 KiB buffer is read in place; a longer one is
// gathered in a reused buffer. Next copies it into the string it returns;
// NextBytes returns it without a copy, valid until the next call, for a
// reader that copies only what it keeps. Split cuts a string into its
// fields; Cut finds the places of a line's fields without making
// strings, and tells whether the line is ASCII.
//
//	lines := tsv.NewLines(r, maxLine, maxField)
//	var ends [61]int
//	for {
//		b, n, err := lines.NextBytes()
//		if err == io.EOF {
//			break
//		}
//		count, ascii := tsv.Cut(b, ends[:])
//		...
//	}
//
// # References
//
//   - IANA, text/tab-separated-values media type,
//     https://www.iana.org/assignments/media-types/text/tab-separated-values
package tsv

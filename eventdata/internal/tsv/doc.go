// Package tsv holds the line handling shared by the tab-separated readers
// of the eventdata packages (gdelt, icews): reading one line at a time
// without holding the input whole, splitting a line at tabs without
// allocating per field, and keeping the tally of rows a reader skipped.
//
// It knows nothing of any dataset's columns; each reader gives its errors
// its own type and message prefix.
//
// # Lines
//
// Lines wraps a bufio.Reader: a line that fits in the 64 KiB buffer is
// copied once, into the string Next returns; a longer one is gathered in a
// reused buffer, up to a limit past which it is read to its end and
// reported as too long rather than held.
//
//	lines := tsv.NewLines(r, 0)
//	for {
//		s, n, err := lines.Next()
//		if err == io.EOF {
//			break
//		}
//		fields, count := tsv.Split(s, buf, 61)
//		...
//	}
//
// # References
//
//   - IANA, text/tab-separated-values media type,
//     https://www.iana.org/assignments/media-types/text/tab-separated-values
package tsv

package tsv

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// DefaultMaxLine is the longest line, in bytes without its terminator,
// that Lines accepts unless told otherwise: 1 MiB.
const DefaultMaxLine = 1 << 20

// bufSize is the size of the bufio buffer: most lines are read in place.
const bufSize = 64 << 10

// ErrTooLong is returned by Lines.Next for a line longer than its limit.
var ErrTooLong = errors.New("line too long")

// Lines reads an input one line at a time. A line ends at "\n"; one "\r"
// before it is dropped too, and the last line may lack its "\n".
type Lines struct {
	br   *bufio.Reader
	buf  []byte // holds a line longer than the bufio buffer
	max  int
	line int
	err  error // sticky: io.EOF or the read error
	errN int   // the line number that goes with err
}

// NewLines returns a Lines reading r, accepting lines of at most limit bytes
// (DefaultMaxLine when max <= 0).
func NewLines(r io.Reader, limit int) *Lines {
	if limit <= 0 {
		limit = DefaultMaxLine
	}
	return &Lines{br: bufio.NewReaderSize(r, bufSize), max: limit}
}

// Line returns the number of the last line returned, counting from 1.
func (l *Lines) Line() int { return l.line }

// Next returns the next line without its terminator and its number,
// counting from 1. The string is a fresh copy: each line costs one
// allocation, and fields cut from it share its memory.
//
// At the end of the input Next returns io.EOF. A line longer than the
// limit is read to its end and dropped, and Next returns ErrTooLong with its
// number; the next call goes on with the following line. A read error is
// returned as it is, and again on every later call.
func (l *Lines) Next() (string, int, error) {
	if l.err != nil {
		return "", l.errN, l.err
	}
	chunk, err := l.br.ReadSlice('\n')
	if err == nil { // the common case: the whole line is in the buffer
		l.line++
		s := trim(chunk)
		if len(s) > l.max {
			return "", l.line, ErrTooLong
		}
		return string(s), l.line, nil
	}
	l.buf = append(l.buf[:0], chunk...)
	over := len(l.buf) > l.max+2
	for err == bufio.ErrBufferFull {
		chunk, err = l.br.ReadSlice('\n')
		if !over {
			l.buf = append(l.buf, chunk...)
			if len(l.buf) > l.max+2 {
				over = true
				l.buf = l.buf[:0]
			}
		}
	}
	switch {
	case err == nil:
	case err == io.EOF:
		// The last line lacks its "\n"; later calls return io.EOF with
		// its number.
		l.err, l.errN = io.EOF, l.line+1
		if len(l.buf) == 0 && !over { // no last line after all
			l.errN = l.line
			return "", l.line, io.EOF
		}
	default:
		l.err, l.errN = err, l.line+1
		return "", l.errN, err
	}
	l.line++
	if over {
		l.buf = l.buf[:0]
		return "", l.line, ErrTooLong
	}
	s := trim(l.buf)
	if len(s) > l.max {
		return "", l.line, ErrTooLong
	}
	return string(s), l.line, nil
}

// trim drops a final "\n" and then a final "\r".
func trim(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

// Split cuts s at tabs. It reuses dst, keeps at most limit fields and
// returns them with the number of fields s holds, which is larger than
// limit when s has too many.
func Split(s string, dst []string, limit int) ([]string, int) {
	dst = dst[:0]
	n := 1
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			break
		}
		if len(dst) < limit {
			dst = append(dst, s[:i])
		}
		s = s[i+1:]
		n++
	}
	if len(dst) < limit {
		dst = append(dst, s)
	}
	return dst, n
}

// Prefix returns at most n bytes from the start of s, cut at the start of
// a UTF-8 sequence so that a character is never split.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && i > n-utf8.UTFMax && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// Tally keeps the errors of the rows a reader skipped: how many, and the
// first Keep of them.
type Tally[E error] struct {
	// Skip says whether bad rows are skipped rather than returned.
	Skip bool
	// Keep is how many errors are kept.
	Keep    int
	skipped int
	errs    []E
}

// Add counts one skipped row and keeps its error while fewer than Keep are
// kept.
func (t *Tally[E]) Add(err E) {
	t.skipped++
	if len(t.errs) < t.Keep {
		t.errs = append(t.errs, err)
	}
}

// Skipped returns the number of rows skipped.
func (t *Tally[E]) Skipped() int { return t.skipped }

// Errors returns a copy of the errors kept, in input order.
func (t *Tally[E]) Errors() []E {
	return append([]E(nil), t.errs...)
}

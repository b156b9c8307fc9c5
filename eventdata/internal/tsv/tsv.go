package tsv

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math"
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/diplo-go/diplo/eventdata/internal/unpack"
)

// bufSize is the size of the bufio buffers: most lines are read in place.
const bufSize = 64 << 10

// bom is the UTF-8 byte order mark.
const bom = "\uFEFF"

// slack is how far past a limit a line is gathered before the limit is
// checked on the line without its byte order mark and terminator.
const slack = len(bom) + len("\r\n")

// ErrNoNewline is returned by Lines.Next with the last line of an input
// when that line does not end in "\n": the input may have been cut inside
// it.
var ErrNoNewline = errors.New("the last line has no line end: the input may be cut")

// TooLongError is returned by Lines.Next for a line or a field longer than
// its limit. The line is not read past the limit, and the Lines stops
// there: every later call returns the same error.
type TooLongError struct {
	// Field is the place of the field that is too long, counting from 0,
	// or -1 when the line as a whole is.
	Field int
	// Limit is the limit crossed, in bytes.
	Limit int
}

// Error returns "line of more than 100 bytes" or "field 3 of more than 10
// bytes".
func (e *TooLongError) Error() string {
	if e.Field < 0 {
		return "line of more than " + strconv.Itoa(e.Limit) + " bytes"
	}
	return "field " + strconv.Itoa(e.Field+1) + " of more than " + strconv.Itoa(e.Limit) + " bytes"
}

// Lines reads an input one line at a time. A line ends at "\n"; one "\r"
// before it is dropped too. Input compressed with gzip or zip, told by its
// first bytes, is read decompressed (see package unpack). A UTF-8 byte
// order mark at the start of the content is dropped. Blank lines (empty,
// or only "\r") are passed over but counted: line numbers are those of
// the physical lines.
type Lines struct {
	raw      io.Reader
	br       *bufio.Reader
	buf      []byte // holds a line longer than the bufio buffer
	maxLine  int
	maxField int
	line     int
	err      error // sticky: io.EOF, a read error or a *TooLongError
	errN     int   // the line number that goes with err
}

// NewLines returns a Lines reading r, accepting lines of at most maxLine
// bytes whose fields, cut at tabs, are of at most maxField bytes, without
// the line's terminator. A limit of 0 or less means none.
func NewLines(r io.Reader, maxLine, maxField int) *Lines {
	if maxLine <= 0 {
		maxLine = math.MaxInt - slack
	}
	if maxField <= 0 {
		maxField = math.MaxInt - slack
	}
	return &Lines{raw: r, maxLine: min(maxLine, math.MaxInt-slack), maxField: min(maxField, math.MaxInt-slack)}
}

// Line returns the number of the last line returned, counting from 1.
func (l *Lines) Line() int { return l.line }

// open sniffs the input and sets l.br to read its content.
func (l *Lines) open() {
	raw := bufio.NewReaderSize(&sticky{r: l.raw}, bufSize)
	l.raw = nil
	content, f := unpack.Open(raw)
	if f == unpack.Plain {
		l.br = raw
	} else {
		l.br = bufio.NewReaderSize(content, bufSize)
	}
}

// sticky returns the first error of its reader again on every later
// call, so that an error met while sniffing the input is met again in its
// place.
type sticky struct {
	r   io.Reader
	err error
}

func (s *sticky) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	s.err = err
	return n, err
}

// Next returns the next line that is not blank, without its terminator,
// and its number, counting from 1. The string is a fresh copy: each line
// costs one allocation, and fields cut from it share its memory.
//
// At the end of the input Next returns io.EOF. A last line without "\n"
// is returned with ErrNoNewline, and io.EOF after it. A line or field
// longer than its limit gives a *TooLongError with the line's number; a
// read error, including an *unpack.Error for compressed input that cannot
// be read, is returned as it is. Either ends the input: every later call
// returns the same error.
func (l *Lines) Next() (string, int, error) {
	b, n, err := l.NextBytes()
	return string(b), n, err
}

// NextBytes is Next without the copy: the bytes of the line are those of
// the Lines' buffer, valid only until the next call, and must not be
// changed. It returns what Next returns, in bytes.
func (l *Lines) NextBytes() ([]byte, int, error) {
	for {
		b, n, err := l.next()
		if err == nil && len(b) == 0 {
			continue // a blank line
		}
		if err == ErrNoNewline && len(b) == 0 {
			l.err, l.errN = io.EOF, n
			return nil, n, io.EOF
		}
		return b, n, err
	}
}

// next returns the next line, blank or not.
func (l *Lines) next() ([]byte, int, error) {
	if l.err != nil {
		return nil, l.errN, l.err
	}
	if l.br == nil {
		l.open()
	}
	chunk, err := l.br.ReadSlice('\n')
	if err == nil { // the common case: the whole line is in the buffer
		return l.check(chunk, true)
	}
	l.buf = l.buf[:0]
	l.gather(chunk)
	field, run := l.scanFields(chunk, 0, 0)
	for err == bufio.ErrBufferFull {
		if len(l.buf) > l.maxLine+slack {
			return l.stop(&TooLongError{Field: -1, Limit: l.maxLine}, false)
		}
		if run > l.maxField+slack {
			return l.stop(&TooLongError{Field: field, Limit: l.maxField}, false)
		}
		chunk, err = l.br.ReadSlice('\n')
		l.gather(chunk)
		field, run = l.scanFields(chunk, field, run)
	}
	switch {
	case err == nil:
		return l.check(l.buf, true)
	case err == io.EOF:
		if len(l.buf) == 0 { // no last line after all
			l.err, l.errN = io.EOF, l.line
			return nil, l.line, io.EOF
		}
		b, n, err := l.check(l.buf, false)
		if err == nil {
			l.err, l.errN = io.EOF, n
			err = ErrNoNewline
		}
		return b, n, err
	default:
		l.err, l.errN = err, l.line+1
		return nil, l.errN, err
	}
}

// gather appends a chunk of a long line to l.buf, doubling its capacity
// up to what the line limit can need, so that gathering a line of n bytes
// allocates less than 2n bytes in all.
func (l *Lines) gather(chunk []byte) {
	need := len(l.buf) + len(chunk)
	if need > cap(l.buf) {
		c := max(2*cap(l.buf), need)
		if l.maxLine < math.MaxInt-slack-bufSize {
			c = max(min(c, l.maxLine+slack+bufSize), need)
		}
		buf := make([]byte, len(l.buf), c)
		copy(buf, l.buf)
		l.buf = buf
	}
	l.buf = append(l.buf, chunk...)
}

// scanFields follows the fields of a line through a chunk: field is the
// place of the current field and run its length so far.
func (l *Lines) scanFields(chunk []byte, field, run int) (int, int) {
	if run+len(chunk) <= l.maxField+slack {
		n := bytes.Count(chunk, []byte{'\t'})
		if n == 0 {
			return field, run + len(chunk)
		}
		return field + n, len(chunk) - 1 - bytes.LastIndexByte(chunk, '\t')
	}
	for {
		i := bytes.IndexByte(chunk, '\t')
		if i < 0 {
			return field, run + len(chunk)
		}
		if run+i > l.maxField+slack {
			return field, run + i
		}
		chunk = chunk[i+1:]
		field, run = field+1, 0
	}
}

// check counts a whole line, drops its terminator and the byte order
// mark, and checks it against the limits.
func (l *Lines) check(b []byte, terminated bool) ([]byte, int, error) {
	l.line++
	if terminated {
		b = b[:len(b)-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	if l.line == 1 {
		b = bytes.TrimPrefix(b, []byte(bom))
	}
	if len(b) > l.maxLine {
		return l.stop(&TooLongError{Field: -1, Limit: l.maxLine}, true)
	}
	if len(b) > l.maxField {
		if f := longField(b, l.maxField); f >= 0 {
			return l.stop(&TooLongError{Field: f, Limit: l.maxField}, true)
		}
	}
	return b, l.line, nil
}

// stop ends the input with a *TooLongError on the current line, which
// check has counted and a line stopped while being gathered has not.
func (l *Lines) stop(err *TooLongError, counted bool) ([]byte, int, error) {
	if !counted {
		l.line++
	}
	l.err, l.errN = err, l.line
	l.buf = l.buf[:0]
	return nil, l.line, err
}

// longField returns the place of the first field of b longer than limit,
// or -1.
func longField(b []byte, limit int) int {
	for f := 0; ; f++ {
		i := bytes.IndexByte(b, '\t')
		if i < 0 {
			if len(b) > limit {
				return f
			}
			return -1
		}
		if i > limit {
			return f
		}
		b = b[i+1:]
	}
}

// Split cuts s at tabs. It reuses dst, keeps at most limit fields and
// returns them with the number of fields s holds, which is larger than
// limit when s has too many.
//
// It looks for tabs eight bytes at a time, in a word, rather than
// searching for each: the fields of a dataset row are short, a few
// bytes, which a search per field costs more than.
func Split(s string, dst []string, limit int) ([]string, int) {
	dst = dst[:0]
	n, start, i := 1, 0, 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		// The bytes of w that are tabs, as the high bit of each byte of
		// m: x has a zero byte where w has a tab, and (x - 0x01..) & ^x
		// sets the high bit of each zero byte of x (and, past the
		// first, maybe of a 0x01 byte after one, which the loop below
		// checks against the byte itself).
		x := (uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56) ^ 0x0909090909090909
		m := (x - 0x0101010101010101) & ^x & 0x8080808080808080
		for m != 0 {
			j := i + bits.TrailingZeros64(m)>>3
			m &= m - 1
			if s[j] != '\t' {
				continue
			}
			if len(dst) < limit {
				dst = append(dst, s[start:j])
			}
			start = j + 1
			n++
		}
	}
	for ; i < len(s); i++ {
		if s[i] != '\t' {
			continue
		}
		if len(dst) < limit {
			dst = append(dst, s[start:i])
		}
		start = i + 1
		n++
	}
	if len(dst) < limit {
		dst = append(dst, s[start:])
	}
	return dst, n
}

// Cut finds the fields of the line b, cut at tabs, as Split does, but
// gives their places rather than strings: ends[i] is the offset in b of
// the end of field i (where its tab is, or len(b) for the last), for the
// first len(ends) fields; field i starts after the end of field i-1, the
// first at 0. The places of ends past the fields found hold no meaning
// after the call. It returns the number of fields b holds, which is larger
// than len(ends) when b has too many, and whether b is all ASCII (so
// valid UTF-8 whatever its fields).
//
// It reads b sixty-four bytes at a time while ends has room for the
// places of a block that is all tabs, then thirty-two while it has room
// for those, and then sixteen, finding the tabs of eight (four, two)
// words at once as the bits of one mask and gathering their high bits
// for the ASCII check, and writes no pointer: a caller's array of ends,
// on its stack, costs nothing to fill. A caller that gives ends room for
// sixty-four places past the fields it wants has a row of them read in
// blocks of sixty-four.
func Cut(b []byte, ends []int) (n int, ascii bool) {
	const (
		ones  = 0x0101010101010101
		tabs  = 0x09 * ones
		low7  = 0x7f * ones
		highs = 0x80 * ones
		// gather has the bits 7+7k, for k from 0 to 7.
		gather = 0x0102040810204080
	)
	var high uint64
	i := 0
	// Blocks of sixty-four bytes, eight words, while there is room for
	// their places; the same steps as the blocks of sixteen below.
	for room := len(ends) - 64; i+64 <= len(b) && n <= room; i += 64 {
		block := b[i : i+64 : i+64]
		w0 := binary.LittleEndian.Uint64(block)
		w1 := binary.LittleEndian.Uint64(block[8:])
		w2 := binary.LittleEndian.Uint64(block[16:])
		w3 := binary.LittleEndian.Uint64(block[24:])
		w4 := binary.LittleEndian.Uint64(block[32:])
		w5 := binary.LittleEndian.Uint64(block[40:])
		w6 := binary.LittleEndian.Uint64(block[48:])
		w7 := binary.LittleEndian.Uint64(block[56:])
		high |= w0 | w1 | w2 | w3 | w4 | w5 | w6 | w7
		x0, x1, x2, x3 := w0^tabs, w1^tabs, w2^tabs, w3^tabs
		x4, x5, x6, x7 := w4^tabs, w5^tabs, w6^tabs, w7^tabs
		m0 := ^((x0&low7 + low7) | x0 | low7) >> 7
		m1 := ^((x1&low7 + low7) | x1 | low7) >> 7
		m2 := ^((x2&low7 + low7) | x2 | low7) >> 7
		m3 := ^((x3&low7 + low7) | x3 | low7) >> 7
		m4 := ^((x4&low7 + low7) | x4 | low7) >> 7
		m5 := ^((x5&low7 + low7) | x5 | low7) >> 7
		m6 := ^((x6&low7 + low7) | x6 | low7) >> 7
		m7 := ^((x7&low7 + low7) | x7 | low7) >> 7
		m := (m0*gather)>>56 | (m1*gather)>>56<<8 | (m2*gather)>>56<<16 | (m3*gather)>>56<<24 |
			(m4*gather)>>56<<32 | (m5*gather)>>56<<40 | (m6*gather)>>56<<48 | (m7*gather)>>56<<56
		if m == 0 {
			continue
		}
		k := bits.OnesCount64(m)
		e := ends[n : n+64 : n+64]
		e[0] = i + bits.TrailingZeros64(m)
		m &= m - 1
		e[1] = i + bits.TrailingZeros64(m)
		m &= m - 1
		e[2] = i + bits.TrailingZeros64(m)
		m &= m - 1
		e[3] = i + bits.TrailingZeros64(m)
		for j := 4; j < k; j++ {
			m &= m - 1
			e[j] = i + bits.TrailingZeros64(m)
		}
		n += k
	}
	// Blocks of thirty-two bytes, four words, while there is room for
	// their places.
	for room := len(ends) - 32; i+32 <= len(b) && n <= room; i += 32 {
		block := b[i : i+32 : i+32]
		w0 := binary.LittleEndian.Uint64(block)
		w1 := binary.LittleEndian.Uint64(block[8:])
		w2 := binary.LittleEndian.Uint64(block[16:])
		w3 := binary.LittleEndian.Uint64(block[24:])
		high |= w0 | w1 | w2 | w3
		x0, x1, x2, x3 := w0^tabs, w1^tabs, w2^tabs, w3^tabs
		m0 := ^((x0&low7 + low7) | x0 | low7) >> 7
		m1 := ^((x1&low7 + low7) | x1 | low7) >> 7
		m2 := ^((x2&low7 + low7) | x2 | low7) >> 7
		m3 := ^((x3&low7 + low7) | x3 | low7) >> 7
		m := (m0*gather)>>56 | (m1*gather)>>56<<8 | (m2*gather)>>56<<16 | (m3*gather)>>56<<24
		if m == 0 {
			continue
		}
		k := bits.OnesCount64(m)
		e := ends[n : n+32 : n+32]
		e[0] = i + bits.TrailingZeros64(m)
		m &= m - 1
		e[1] = i + bits.TrailingZeros64(m)
		m &= m - 1
		e[2] = i + bits.TrailingZeros64(m)
		m &= m - 1
		e[3] = i + bits.TrailingZeros64(m)
		for j := 4; j < k; j++ {
			m &= m - 1
			e[j] = i + bits.TrailingZeros64(m)
		}
		n += k
	}
	// room is the last n with room for sixteen places after it.
	room := len(ends) - 16
	for ; i+16 <= len(b); i += 16 {
		block := b[i : i+16 : i+16]
		w0 := binary.LittleEndian.Uint64(block)
		w1 := binary.LittleEndian.Uint64(block[8:])
		high |= w0 | w1
		// x has a zero byte exactly where w has a tab; the high bit of
		// each byte of ^(…) is set for exactly those bytes (no carry
		// crosses a byte). Times gather, the high bit of byte j of a
		// word lands on bit 56+j and no other product or carry does:
		// m has bit j set when byte i+j is a tab.
		x0, x1 := w0^tabs, w1^tabs
		m0 := ^((x0&low7 + low7) | x0 | low7) >> 7
		m1 := ^((x1&low7 + low7) | x1 | low7) >> 7
		m := uint((m0*gather)>>56 | (m1*gather)>>56<<8)
		if m == 0 {
			// No tab: most such blocks are in runs, in a long
			// field such as a URL, where the guess is good.
			continue
		}
		if n > room {
			// Near the end of the room: the places one by one.
			for ; m != 0; m &= m - 1 {
				if n < len(ends) {
					ends[n] = i + bits.TrailingZeros(m)
				}
				n++
			}
			continue
		}
		// Four places written whatever the number of tabs (most blocks
		// have fewer), the rest one by one: fewer branches to guess
		// than one per tab. The places written past the tabs of the
		// block are written again for the next fields.
		k := bits.OnesCount(m)
		e := ends[n : n+16 : n+16]
		e[0] = i + bits.TrailingZeros(m)
		m &= m - 1
		e[1] = i + bits.TrailingZeros(m)
		m &= m - 1
		e[2] = i + bits.TrailingZeros(m)
		m &= m - 1
		e[3] = i + bits.TrailingZeros(m)
		for j := 4; j < k; j++ {
			m &= m - 1
			e[j] = i + bits.TrailingZeros(m)
		}
		n += k
	}
	if i+8 <= len(b) {
		w := binary.LittleEndian.Uint64(b[i:])
		high |= w
		x := w ^ tabs
		for m := ^((x&low7 + low7) | x | low7); m != 0; m &= m - 1 {
			if n < len(ends) {
				ends[n] = i + bits.TrailingZeros64(m)>>3
			}
			n++
		}
		i += 8
	}
	for ; i < len(b); i++ {
		c := b[i]
		high |= uint64(c)
		if c == '\t' {
			if n < len(ends) {
				ends[n] = i
			}
			n++
		}
	}
	if n < len(ends) {
		ends[n] = len(b)
	}
	return n + 1, high&highs == 0
}

// InvalidUTF8 returns the place of the first field that is not valid
// UTF-8, or -1 when all are.
func InvalidUTF8(fields []string) int {
	for i, f := range fields {
		if !utf8.ValidString(f) {
			return i
		}
	}
	return -1
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

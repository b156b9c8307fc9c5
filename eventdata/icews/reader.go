package icews

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplo-go/diplo/eventdata/internal/tsv"
	"github.com/diplo-go/diplo/eventdata/internal/unpack"
	"github.com/diplo-go/diplo/limit"
)

// Reader reads ICEWS event rows one at a time from a tab-separated input
// whose first line is the header, or from the gzip or zip file that holds
// it. It buffers the input and never holds it whole; a line and each of
// its fields are bounded by the Limits (see ReaderOptions).
//
// The header must be the 20 ICEWS column names in order; any other header
// is an ErrHeader error that ends the reading, whatever the policy.
//
// By default Reader stops at the first bad row: Read returns a *ParseError
// for it, and the same error on every later call. With the option
// SkipBadRows it skips bad rows instead, counting them in Skipped and
// keeping the first few errors in Errors. A line or field over its limit and compressed input
// that cannot be read end the reading whatever the policy.
type Reader struct {
	lines  *tsv.Lines
	tally  tsv.Tally[*ParseError]
	header bool  // the header has been read
	err    error // sticky: io.EOF, a read error, a header error or the first ParseError
}

// ReaderOptions set how a Reader reads. The zero value is the default:
// stopping at the first bad row, with diplo's default limits.
type ReaderOptions struct {
	// SkipBadRows makes the Reader skip rows it cannot read rather than
	// stop at the first one. It counts them (Reader.Skipped) and keeps
	// the errors of the first KeepErrors of them (Reader.Errors).
	SkipBadRows bool
	// KeepErrors is how many errors of skipped rows Reader.Errors keeps;
	// zero or less keeps none. It counts only with SkipBadRows.
	KeepErrors int
	// Limits bound what the Reader accepts: MaxBytes bounds a line (a
	// row) and MaxString each field of it, in bytes of the decompressed
	// content; the other fields of limit.Limits do not apply. Zero fields
	// take diplo's defaults (64 MiB and 1 MiB), negative ones (limit.None)
	// lift the bound. A line or field over its bound is read no further:
	// it is an error with its line number that ends the reading.
	Limits limit.Limits
}

// NewReader returns a Reader reading from r: the rows themselves, or a
// gzip stream or zip archive of them, told by its first bytes (1f 8b,
// "PK\x03\x04") whatever the file's name. A zip must hold a single file.
// The options o say how it reads; the zero ReaderOptions are the defaults.
func NewReader(r io.Reader, o ReaderOptions) *Reader {
	lim := o.Limits.Effective()
	return &Reader{
		lines: tsv.NewLines(r, lim.MaxBytes, lim.MaxString),
		tally: tsv.Tally[*ParseError]{Skip: o.SkipBadRows, Keep: max(o.KeepErrors, 0)},
	}
}

// Read returns the next event. At the end of the input it returns io.EOF;
// an empty input has no header and no rows, and gives io.EOF at once. A
// row it cannot read gives a *ParseError, unless the Reader skips bad
// rows.
func (r *Reader) Read() (Event, error) {
	for r.err == nil {
		s, line, err := r.lines.Next()
		var perr *ParseError
		switch {
		case (err == nil || err == tsv.ErrNoNewline) && !r.header:
			// A header without a line end is whole when its names are.
			r.header = true
			if perr = r.checkHeader(s, line); perr != nil {
				r.err = perr
				return Event{}, perr
			}
			continue
		case err == nil:
			var e Event
			if e, perr = r.parse(s, line); perr == nil {
				return e, nil
			}
		case err == tsv.ErrNoNewline:
			perr = &ParseError{Line: line, Value: tsv.Prefix(s, maxValue),
				Err: fmt.Errorf("%w: the last line has no line end", ErrTruncated)}
		default:
			r.err = r.stop(line, err)
			return Event{}, r.err
		}
		if !r.tally.Skip {
			r.err = perr
			return Event{}, perr
		}
		r.tally.Add(perr)
	}
	return Event{}, r.err
}

// stop returns the error that ends the reading: io.EOF, a line or field
// over its limit, compressed input that cannot be read, or a read error.
func (r *Reader) stop(line int, err error) error {
	var tooLong *tsv.TooLongError
	var unpacked *unpack.Error
	switch {
	case err == io.EOF:
		return io.EOF
	case errors.As(err, &tooLong):
		return tooLongError(line, tooLong)
	case errors.As(err, &unpacked):
		return &ParseError{Line: line, Err: fmt.Errorf("%w: %w", ErrCompressed, unpacked)}
	}
	return fmt.Errorf("icews: line %d: %w", line, err)
}

// tooLongError returns the error of a line or field over its limit.
func tooLongError(line int, e *tsv.TooLongError) *ParseError {
	if e.Field < 0 {
		return &ParseError{Line: line, Err: fmt.Errorf("%w: more than %d bytes exceeds MaxBytes %d (%w)",
			ErrLineTooLong, e.Limit, e.Limit, limit.ErrExceeded)}
	}
	if e.Field < NumColumns {
		return newError(line, e.Field, "", fmt.Errorf("%w: more than %d bytes exceeds MaxString %d (%w)",
			ErrFieldTooLong, e.Limit, e.Limit, limit.ErrExceeded))
	}
	return &ParseError{Line: line, Err: fmt.Errorf("%w: field %d: more than %d bytes exceeds MaxString %d (%w)",
		ErrFieldTooLong, e.Field+1, e.Limit, e.Limit, limit.ErrExceeded)}
}

// Line returns the number of the last line read, counting from 1 (the
// header).
func (r *Reader) Line() int { return r.lines.Line() }

// Skipped returns the number of bad rows skipped so far (always 0 unless
// SkipBadRows was given).
func (r *Reader) Skipped() int { return r.tally.Skipped() }

// Errors returns the errors of the first skipped rows, as many as
// SkipBadRows said to keep, in input order.
func (r *Reader) Errors() []*ParseError { return r.tally.Errors() }

func (r *Reader) checkHeader(s string, line int) *ParseError {
	fields, n := tsv.Split(s, nil, NumColumns)
	if n != NumColumns {
		return &ParseError{Line: line, Value: tsv.Prefix(s, maxValue),
			Err: fmt.Errorf("%w: %d columns, want %d", ErrHeader, n, NumColumns)}
	}
	for i, f := range fields {
		if f != columns[i] {
			return newError(line, i, f, fmt.Errorf("%w: column %d is not %q", ErrHeader, i+1, columns[i]))
		}
	}
	return nil
}

func (r *Reader) parse(s string, line int) (Event, *ParseError) {
	p := rowParser{line: line}
	fields, n := tsv.Split(s, p.row[:0], NumColumns)
	if n != NumColumns {
		return Event{}, &ParseError{Line: line, Value: tsv.Prefix(s, maxValue),
			Err: fmt.Errorf("%w: %d, want %d", ErrColumnCount, n, NumColumns)}
	}
	if !utf8.ValidString(s) {
		i := tsv.InvalidUTF8(fields)
		return Event{}, newError(line, i, fields[i], ErrEncoding)
	}
	e := p.event()
	if p.err != nil {
		return Event{}, p.err
	}
	return e, nil
}

// rowParser turns the fields of one row into an Event; it keeps the first
// error.
type rowParser struct {
	row  [NumColumns]string
	line int
	err  *ParseError
}

func (p *rowParser) event() Event {
	e := Event{
		EventID:        p.int64(colEventID),
		Date:           p.date(colEventDate),
		Source:         p.actor(colSourceName),
		EventText:      p.text(colEventText),
		CAMEOCode:      p.code(colCAMEOCode),
		Target:         p.actor(colTargetName),
		StoryID:        p.int64(colStoryID),
		SentenceNumber: int(p.integer(colSentenceNumber, strconv.IntSize)),
		Publisher:      p.text(colPublisher),
		City:           p.text(colCity),
		District:       p.text(colDistrict),
		Province:       p.text(colProvince),
		Country:        p.text(colCountry),
	}
	e.Intensity, e.HasIntensity = p.float(colIntensity)
	lat, long := p.text(colLatitude), p.text(colLongitude)
	switch {
	case lat == "" && long == "":
	case lat == "":
		p.fail(colLatitude, fmt.Errorf("%w: latitude missing, longitude given", ErrMissing))
	case long == "":
		p.fail(colLongitude, fmt.Errorf("%w: longitude missing, latitude given", ErrMissing))
	default:
		e.Latitude, _ = p.float(colLatitude)
		e.Longitude, _ = p.float(colLongitude)
		e.HasCoords = true
		if e.Latitude < -90 || e.Latitude > 90 {
			p.fail(colLatitude, fmt.Errorf("%w: latitude outside -90 to 90", ErrRange))
		}
		if e.Longitude < -180 || e.Longitude > 180 {
			p.fail(colLongitude, fmt.Errorf("%w: longitude outside -180 to 180", ErrRange))
		}
	}
	return e
}

func (p *rowParser) fail(c int, err error) {
	if p.err == nil {
		p.err = newError(p.line, c, p.row[c], err)
	}
}

// text returns the column, or "" when it is NA or empty.
func (p *rowParser) text(c int) string {
	if s := p.row[c]; s != "NA" {
		return s
	}
	return ""
}

// required returns the column, failing when it is missing.
func (p *rowParser) required(c int) (string, bool) {
	s := p.text(c)
	if s == "" {
		p.fail(c, ErrMissing)
		return "", false
	}
	return s, true
}

func (p *rowParser) actor(name int) Actor {
	a := Actor{Name: p.text(name), Country: p.text(name + 2)}
	if s := p.text(name + 1); s != "" {
		a.Sectors = strings.Split(s, ",")
	}
	return a
}

func (p *rowParser) int64(c int) int64 { return p.integer(c, 64) }

func (p *rowParser) integer(c int, bits int) int64 {
	s, ok := p.required(c)
	if !ok {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			p.fail(c, fmt.Errorf("%w: integer too large", ErrRange))
		} else {
			p.fail(c, fmt.Errorf("%w: not an integer", ErrSyntax))
		}
		return 0
	}
	return n
}

// code reads a CAMEO code: two to four digits.
func (p *rowParser) code(c int) string {
	s, ok := p.required(c)
	if !ok {
		return ""
	}
	if _, digitsOnly := digits(s); !digitsOnly || len(s) < 2 || len(s) > 4 {
		p.fail(c, fmt.Errorf("%w: want a CAMEO code of 2 to 4 digits", ErrSyntax))
		return ""
	}
	return s
}

// float reads an optional decimal number. It refuses what
// strconv.ParseFloat takes beyond decimals (NaN, Inf, hexadecimal).
func (p *rowParser) float(c int) (float64, bool) {
	s := p.text(c)
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case '0' <= b && b <= '9', b == '.', b == '-', b == '+', b == 'e', b == 'E':
		default:
			p.fail(c, fmt.Errorf("%w: not a decimal number", ErrSyntax))
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if errors.Is(err, strconv.ErrRange) {
			p.fail(c, fmt.Errorf("%w: number too large", ErrRange))
		} else {
			p.fail(c, fmt.Errorf("%w: not a decimal number", ErrSyntax))
		}
		return 0, false
	}
	return f, true
}

// date reads YYYY-MM-DD.
func (p *rowParser) date(c int) time.Time {
	s, ok := p.required(c)
	if !ok {
		return time.Time{}
	}
	y, ok1 := digits(s[:min(4, len(s))])
	m, ok2 := digits(s[min(5, len(s)):min(7, len(s))])
	d, ok3 := digits(s[min(8, len(s)):])
	if len(s) != 10 || s[4] != '-' || s[7] != '-' || !ok1 || !ok2 || !ok3 {
		p.fail(c, fmt.Errorf("%w: want a date as YYYY-MM-DD", ErrSyntax))
		return time.Time{}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d {
		p.fail(c, fmt.Errorf("%w: no such date", ErrRange))
		return time.Time{}
	}
	return t
}

// digits reads a string of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0, false
		}
		n = n*10 + int(d)
	}
	return n, true
}

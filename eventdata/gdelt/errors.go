package gdelt

import (
	"errors"
	"strconv"
	"strings"

	"github.com/diplo-go/diplo/eventdata/internal/tsv"
)

// Errors a ParseError wraps; test for them with errors.Is.
var (
	// ErrColumnCount: a row has a number of columns no version has, or not
	// that of the input's version (given to the Reader, or fixed by the
	// first row of a known shape).
	ErrColumnCount = errors.New("gdelt: wrong number of columns")
	// ErrSyntax: a value is not a number or date of the column's form.
	ErrSyntax = errors.New("gdelt: invalid syntax")
	// ErrRange: a number does not fit its field, or a date does not exist
	// (20191324).
	ErrRange = errors.New("gdelt: value out of range")
	// ErrMissing: a value that another one needs is empty (a latitude
	// without its longitude).
	ErrMissing = errors.New("gdelt: missing value")
	// ErrLineTooLong: a line is longer than the Reader's limit
	// (Limits.MaxBytes); the error also wraps limit.ErrExceeded.
	ErrLineTooLong = errors.New("gdelt: line too long")
	// ErrFieldTooLong: a field is longer than the Reader's limit
	// (Limits.MaxString); the error also wraps limit.ErrExceeded.
	ErrFieldTooLong = errors.New("gdelt: field too long")
	// ErrEncoding: a field is not valid UTF-8.
	ErrEncoding = errors.New("gdelt: invalid UTF-8")
	// ErrTruncated: the last line of the input has no line end, as when a
	// file is cut: its last field, or the columns after it, may be
	// missing.
	ErrTruncated = errors.New("gdelt: row cut short")
	// ErrCompressed: the input is gzip or zip but cannot be read: corrupt,
	// cut, encrypted, compressed with a method other than deflate, or a
	// zip holding more or less than one file.
	ErrCompressed = errors.New("gdelt: cannot decompress")
	// ErrUnwritable: Writer was given a field that would break the row (a
	// tab or line break, a date outside years 0 to 9999).
	ErrUnwritable = errors.New("gdelt: value cannot be written")
)

// maxValue is the most bytes of a bad value that a ParseError keeps.
const maxValue = 64

// ParseError is the error of one bad row: where it is and what is wrong.
// Reader returns it for a row it cannot read, Writer for an Event it cannot
// write (Line is then the number of the row being written).
type ParseError struct {
	// Line is the line number, counting from 1.
	Line int
	// Column is the column's name ("AvgTone"); empty when the error is
	// about the whole line.
	Column string
	// Value is the start of the bad value, at most 64 bytes (for a
	// whole-line error, the start of the line).
	Value string
	// Err is the cause; it wraps one of the package's sentinel errors.
	Err error
}

// Error returns the message: `gdelt: line 17, column AvgTone: invalid
// syntax (value "x1.5")`.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("gdelt: line ")
	b.WriteString(strconv.Itoa(e.Line))
	if e.Column != "" {
		b.WriteString(", column ")
		b.WriteString(e.Column)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "gdelt: "))
	} else {
		b.WriteString("error")
	}
	if e.Column != "" || e.Value != "" {
		b.WriteString(" (value ")
		b.WriteString(strconv.Quote(e.Value))
		b.WriteString(")")
	}
	return b.String()
}

// Unwrap returns Err.
func (e *ParseError) Unwrap() error { return e.Err }

func newError(line int, col Column, value string, err error) *ParseError {
	name := ""
	if col >= 0 {
		name = col.String()
	}
	return &ParseError{Line: line, Column: name, Value: tsv.Prefix(value, maxValue), Err: err}
}

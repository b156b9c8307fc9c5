package gdelt

import (
	"errors"
	"strconv"
	"strings"

	"github.com/diplo-go/diplo/eventdata/internal/tsv"
)

// Errors a ParseError wraps; test for them with errors.Is. Each meaning
// has one value across the module: ErrSyntax and ErrRange are
// diplo.ErrSyntax and diplo.ErrRange, and the errors of a row that the
// GDELT and ICEWS readers share are the same values in both packages
// (gdelt.ErrColumnCount is icews.ErrColumnCount). The messages name no
// package: they follow "gdelt: line N, column X: " in a ParseError.
var (
	// ErrColumnCount: a row has a number of columns no version has, or not
	// that of the input's version (given to the Reader, or fixed by the
	// first row of a known shape).
	ErrColumnCount = tsv.ErrColumnCount
	// ErrSyntax: a value is not a number or date of the column's form.
	ErrSyntax = tsv.ErrSyntax
	// ErrRange: a number does not fit its field, or a date does not exist
	// (20191324).
	ErrRange = tsv.ErrRange
	// ErrMissing: a value that another one needs is empty (a latitude
	// without its longitude).
	ErrMissing = tsv.ErrMissing
	// ErrLineTooLong: a line is longer than the Reader's limit
	// (Limits.MaxBytes); the error also wraps limit.ErrExceeded.
	ErrLineTooLong = tsv.ErrLineTooLong
	// ErrFieldTooLong: a field is longer than the Reader's limit
	// (Limits.MaxString); the error also wraps limit.ErrExceeded.
	ErrFieldTooLong = tsv.ErrFieldTooLong
	// ErrEncoding: a field is not valid UTF-8.
	ErrEncoding = tsv.ErrEncoding
	// ErrTruncated: the last line of the input has no line end, as when a
	// file is cut: its last field, or the columns after it, may be
	// missing.
	ErrTruncated = tsv.ErrTruncated
	// ErrCompressed: the input is gzip or zip but cannot be read: corrupt,
	// cut, encrypted, compressed with a method other than deflate, or a
	// zip holding more or less than one file.
	ErrCompressed = tsv.ErrCompressed
	// ErrUnwritable: Writer was given a field that would break the row (a
	// tab or line break, a date outside years 0 to 9999).
	ErrUnwritable = errors.New("value cannot be written")
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

// Error returns the message: `gdelt: line 17, column AvgTone: syntax
// error (value "x1.5")`.
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

package icews

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
// package: they follow "icews: line N, column X: " in a ParseError.
var (
	// ErrHeader: the first line is not the ICEWS header.
	ErrHeader = errors.New("unexpected header")
	// ErrColumnCount: a row does not have 20 columns.
	ErrColumnCount = tsv.ErrColumnCount
	// ErrSyntax: a value is not a number, date or code of the column's
	// form.
	ErrSyntax = tsv.ErrSyntax
	// ErrRange: a number does not fit its field, or a date does not exist.
	ErrRange = tsv.ErrRange
	// ErrMissing: a value that cannot be missing is NA or empty, or a
	// latitude comes without its longitude.
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
)

// maxValue is the most bytes of a bad value that a ParseError keeps.
const maxValue = 64

// ParseError is the error of one bad line: where it is and what is wrong.
type ParseError struct {
	// Line is the line number, counting from 1; the header is line 1.
	Line int
	// Column is the column's name ("Intensity"); empty when the error is
	// about the whole line.
	Column string
	// Value is the start of the bad value, at most 64 bytes (for a
	// whole-line error, the start of the line).
	Value string
	// Err is the cause; it wraps one of the package's sentinel errors.
	Err error
}

// Error returns the message: `icews: line 17, column Intensity: syntax
// error: not a decimal number (value "high")`.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("icews: line ")
	b.WriteString(strconv.Itoa(e.Line))
	if e.Column != "" {
		b.WriteString(", column ")
		b.WriteString(e.Column)
	}
	b.WriteString(": ")
	if e.Err != nil {
		b.WriteString(strings.TrimPrefix(e.Err.Error(), "icews: "))
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

func newError(line int, col int, value string, err error) *ParseError {
	name := ""
	if col >= 0 && col < NumColumns {
		name = columns[col]
	}
	return &ParseError{Line: line, Column: name, Value: tsv.Prefix(value, maxValue), Err: err}
}

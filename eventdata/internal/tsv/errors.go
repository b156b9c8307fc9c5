package tsv

import (
	"errors"

	"github.com/diplo-go/diplo/internal/check"
)

// The errors of a row that the GDELT and ICEWS readers share, defined
// once so that each meaning has one value: gdelt.ErrColumnCount and
// icews.ErrColumnCount are this package's ErrColumnCount. Their messages
// follow "line 17, column X: " in a ParseError, so they name no package.
var (
	// ErrSyntax: a value is not of its column's form; it is
	// diplo.ErrSyntax.
	ErrSyntax = check.ErrSyntax
	// ErrRange: a value of the right form is out of range; it is
	// diplo.ErrRange.
	ErrRange = check.ErrRange
	// ErrColumnCount: a row has the wrong number of columns.
	ErrColumnCount = errors.New("wrong number of columns")
	// ErrMissing: a value that cannot be missing, or that another one
	// needs, is empty.
	ErrMissing = errors.New("missing value")
	// ErrLineTooLong: a line is longer than the reader's limit.
	ErrLineTooLong = errors.New("line too long")
	// ErrFieldTooLong: a field is longer than the reader's limit.
	ErrFieldTooLong = errors.New("field too long")
	// ErrEncoding: a field is not valid UTF-8.
	ErrEncoding = errors.New("invalid UTF-8")
	// ErrTruncated: the last line of the input has no line end.
	ErrTruncated = errors.New("row cut short")
	// ErrCompressed: the input is gzip or zip but cannot be read.
	ErrCompressed = errors.New("cannot decompress")
)

package plover

import (
	"errors"
	"fmt"
	"strings"

	"github.com/diplo-go/diplo/internal/check"
)

// Errors of the decoder, the encoder and Validate, usable with errors.Is.
// The package defines no error values of its own: each meaning has one
// value across the module, and each of these is the root package's
// sentinel of the same name (diplo.ErrJSON, diplo.ErrSyntax, ...), so a
// program that reads PLOVER and validates diplo records tests one value
// for one kind of problem. Their messages name no package and read well
// after a path: "records[12].date: out of range: date "2000-02-30": no
// such day".
var (
	// ErrJSON reports input that is not well-formed JSON or not a JSON
	// array of records or a stream of JSON objects (JSON Lines), and a
	// JSON value of the wrong type for its field (a number where a string
	// is expected): the message of the latter says "wrong JSON type".
	ErrJSON = check.ErrJSON
	// ErrSyntax reports a value of the wrong form: a date that is not
	// YYYY-MM-DD, a Value marked as a number whose text is not a JSON
	// number.
	ErrSyntax = check.ErrSyntax
	// ErrRange reports a date of the right form that names no day of
	// years 1 to 9999, such as 2000-02-30.
	ErrRange = check.ErrRange
	// ErrDuplicate reports a key given twice in one JSON object.
	ErrDuplicate = check.ErrDuplicate
	// ErrUnknownField reports a key the record format does not define,
	// when the decoder disallows unknown fields, or an Extra key that
	// duplicates a field when encoding.
	ErrUnknownField = check.ErrUnknownField
	// ErrRequired reports a required field that is missing.
	ErrRequired = check.ErrRequired
	// ErrUnknown reports an event type that is neither a PLOVER event
	// type nor one of the older names Canonical knows.
	ErrUnknown = check.ErrUnknown
)

// FieldError is an error at a place in the input, named by a JSON path:
// "records[12].date", "records[3].actor[0].code". It is diplo.FieldError:
// its Error method returns "PATH: MESSAGE", and Err wraps one of the
// sentinel errors above.
type FieldError = check.FieldError

// errDuplicateKey reports a key given twice in one JSON object.
var errDuplicateKey = fmt.Errorf("%w key", check.ErrDuplicate)

// wrongType reports a JSON value of the wrong type for its field. It is
// an ErrJSON that does not end a stream: the value was read whole, so the
// decoder is still in step with its input.
type wrongType struct{ detail string }

func (e *wrongType) Error() string { return "wrong JSON type" + e.detail }
func (e *wrongType) Unwrap() error { return check.ErrJSON }

// at returns err placed at path, prefixing the path of a FieldError.
func at(path string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		return &FieldError{Path: joinPath(path, fe.Path), Err: fe.Err}
	}
	return &FieldError{Path: path, Err: err}
}

// joinPath joins a parent path and a child path: "records[1]" and
// "actor[0]" give "records[1].actor[0]"; an index child is appended as
// is.
func joinPath(parent, child string) string {
	switch {
	case parent == "":
		return child
	case child == "":
		return parent
	case strings.HasPrefix(child, "["):
		return parent + child
	}
	return parent + "." + child
}

package plover

import (
	"errors"
	"strings"

	"github.com/diplo-go/diplo/internal/check"
)

// Errors of the decoder, the encoder and Validate, usable with errors.Is.
// Each meaning has one value across the module: ErrSyntax,
// ErrUnknownField and ErrRequired are diplo.ErrJSON, diplo.ErrUnknownField
// and diplo.ErrRequired. The messages name no package: a FieldError puts
// "plover: " and the path before them.
var (
	// ErrSyntax reports input that is not valid JSON; it is diplo.ErrJSON.
	ErrSyntax = check.ErrJSON
	// ErrNotArray reports input that is neither a JSON array of records nor
	// a stream of JSON objects (JSON Lines).
	ErrNotArray = errors.New("want a JSON array of records")
	// ErrType reports a JSON value of the wrong type for its field: a
	// number where a string is expected, an object where a list is.
	ErrType = errors.New("wrong JSON type")
	// ErrDate reports a date that is not a valid YYYY-MM-DD date.
	ErrDate = errors.New("invalid date")
	// ErrNumber reports a Value marked as a number whose text is not a
	// JSON number.
	ErrNumber = errors.New("invalid number")
	// ErrDuplicateKey reports a key given twice in one JSON object.
	ErrDuplicateKey = errors.New("duplicate key")
	// ErrUnknownField reports a key the record format does not define,
	// when the decoder disallows unknown fields, or an Extra key that
	// duplicates a field when encoding.
	ErrUnknownField = check.ErrUnknownField
	// ErrRequired reports a required field that is missing.
	ErrRequired = check.ErrRequired
	// ErrUnknownEvent reports an event type that is neither a PLOVER
	// event type nor one of the older names Canonical knows.
	ErrUnknownEvent = errors.New("unknown event type")
)

// FieldError is an error at a place in the input, named by a JSON path:
// "records[12].date", "records[3].actor[0].code".
type FieldError struct {
	// Path is the JSON path of the value, "records[i]" first when the
	// error comes from a Decoder or an Encoder.
	Path string
	// Err is what is wrong, wrapping one of the package's sentinel
	// errors.
	Err error
}

// Error returns "plover: PATH: MESSAGE".
func (e *FieldError) Error() string {
	msg := e.Err.Error()
	if e.Path == "" {
		return "plover: " + msg
	}
	return "plover: " + e.Path + ": " + msg
}

// Unwrap returns the underlying error.
func (e *FieldError) Unwrap() error { return e.Err }

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

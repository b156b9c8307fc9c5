package diplo_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo"
)

// TestSentinelMessages checks that the sentinels read well after a path,
// as io/fs's do: no package name, no colon.
func TestSentinelMessages(t *testing.T) {
	for _, err := range []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrRange, diplo.ErrUnknown,
		diplo.ErrLanguage, diplo.ErrCountry, diplo.ErrDuplicate, diplo.ErrReference, diplo.ErrCycle,
		diplo.ErrOrder, diplo.ErrInconsistent, diplo.ErrUnknownField, diplo.ErrJSON, diplo.ErrTooMany,
		diplo.ErrLimit} {
		msg := err.Error()
		assert.NotEmpty(t, msg)
		assert.NotContains(t, msg, ":", "%q holds a colon", msg)
		assert.NotContains(t, msg, "diplo", "%q names a package", msg)
	}
}

func TestFieldError(t *testing.T) {
	e := &diplo.FieldError{Path: "events[0].title.fr", Err: diplo.ErrRequired}
	assert.EqualError(t, e, "events[0].title.fr: required")
	assert.Same(t, diplo.ErrRequired, e.Unwrap(), "FieldError does not unwrap to its error")
	assert.ErrorIs(t, e, diplo.ErrRequired)
	assert.NotErrorIs(t, e, diplo.ErrSyntax)
	assert.EqualError(t, &diplo.FieldError{Err: diplo.ErrJSON}, "malformed JSON", "Error() without a path")
	// Wrapped, it is still found.
	wrapped := fmt.Errorf("loading: %w", e)
	var fe *diplo.FieldError
	if assert.ErrorAs(t, wrapped, &fe) {
		assert.Equal(t, "events[0].title.fr", fe.Path)
	}
}

func TestErrors(t *testing.T) {
	es := diplo.Errors{
		{Path: "a", Err: diplo.ErrRequired},
		{Path: "b[1]", Err: &diplo.ValueError{What: "date", Value: "2023-13", Err: diplo.ErrRange}},
	}
	assert.EqualError(t, es, "a: required\nb[1]: out of range: date \"2023-13\"")
	assert.Len(t, es.Unwrap(), 2, "Unwrap()")
	var err error = es
	assert.ErrorIs(t, err, diplo.ErrRequired, "errors.Is looks into every element")
	assert.ErrorIs(t, err, diplo.ErrRange, "errors.Is looks into every element")
	assert.NotErrorIs(t, err, diplo.ErrSyntax)
	var ve *diplo.ValueError
	if assert.ErrorAs(t, err, &ve) {
		assert.Equal(t, "date", ve.What)
	}
	var fe *diplo.FieldError
	if assert.ErrorAs(t, err, &fe) {
		assert.Equal(t, "a", fe.Path, "errors.As(*FieldError) gives the first")
	}
	assert.Empty(t, (diplo.Errors{}).Error(), "empty Errors has a message")
}

package diplo_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/diplo-go/diplo"
)

// TestSentinelMessages checks that the sentinels read well after a path,
// as io/fs's do: no package name, no colon.
func TestSentinelMessages(t *testing.T) {
	for _, err := range []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrRange, diplo.ErrUnknown,
		diplo.ErrLanguage, diplo.ErrCountry, diplo.ErrDuplicate, diplo.ErrReference, diplo.ErrCycle,
		diplo.ErrOrder, diplo.ErrInconsistent, diplo.ErrUnknownField, diplo.ErrJSON, diplo.ErrTooMany,
		diplo.ErrLimit} {
		if msg := err.Error(); msg == "" || strings.Contains(msg, ":") || strings.Contains(msg, "diplo") {
			t.Errorf("%q names a package or holds a colon", msg)
		}
	}
}

func TestFieldError(t *testing.T) {
	e := &diplo.FieldError{Path: "events[0].title.fr", Err: diplo.ErrRequired}
	if got := e.Error(); got != "events[0].title.fr: required" {
		t.Errorf("Error() = %q", got)
	}
	if e.Unwrap() != diplo.ErrRequired || !errors.Is(e, diplo.ErrRequired) || errors.Is(e, diplo.ErrSyntax) {
		t.Error("FieldError does not unwrap to its error")
	}
	if got := (&diplo.FieldError{Err: diplo.ErrJSON}).Error(); got != "malformed JSON" {
		t.Errorf("Error() without a path = %q", got)
	}
	// Wrapped, it is still found.
	wrapped := fmt.Errorf("loading: %w", e)
	var fe *diplo.FieldError
	if !errors.As(wrapped, &fe) || fe.Path != "events[0].title.fr" {
		t.Errorf("errors.As = %v", fe)
	}
}

func TestErrors(t *testing.T) {
	es := diplo.Errors{
		{Path: "a", Err: diplo.ErrRequired},
		{Path: "b[1]", Err: &diplo.ValueError{What: "date", Value: "2023-13", Err: diplo.ErrRange}},
	}
	if got, want := es.Error(), "a: required\nb[1]: out of range: date \"2023-13\""; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if len(es.Unwrap()) != 2 {
		t.Errorf("Unwrap() = %v", es.Unwrap())
	}
	var err error = es
	if !errors.Is(err, diplo.ErrRequired) || !errors.Is(err, diplo.ErrRange) || errors.Is(err, diplo.ErrSyntax) {
		t.Error("errors.Is does not look into every element")
	}
	var ve *diplo.ValueError
	if !errors.As(err, &ve) || ve.What != "date" {
		t.Errorf("errors.As(*ValueError) = %v", ve)
	}
	var fe *diplo.FieldError
	if !errors.As(err, &fe) || fe.Path != "a" {
		t.Errorf("errors.As(*FieldError) = %v, want the first", fe)
	}
	if (diplo.Errors{}).Error() != "" {
		t.Error("empty Errors has a message")
	}
}

package modeltest

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// Rule breaks exactly one rule of a valid value of type T.
type Rule[T any] struct {
	Name  string
	Edit  func(*T)
	Path  string // where Validate reports the broken rule
	Want  error  // the sentinel it wraps
	Count int    // errors expected; 0 means 1
}

// RunRules runs each rule as a subtest: it edits a fresh valid value and
// checks that Validate reports the rule, and only it, at its path.
func RunRules[T interface{ Validate() error }](t *testing.T, valid func() T, rules []Rule[T]) {
	t.Helper()
	for _, r := range rules {
		t.Run(r.Name, func(t *testing.T) {
			v := valid()
			r.Edit(&v)
			CheckRule(t, v.Validate(), r.Path, r.Want, r.Count)
		})
	}
}

// The rules below are checked the same way by every node: its id, its
// identifiers, its lists of ids and its required texts. Each function
// returns the rules for a node type through an accessor to its field.

// IDRules break the node's id.
func IDRules[T any](id func(*T) *diplo.ID) []Rule[T] {
	return []Rule[T]{
		{Name: "id required", Edit: func(v *T) { *id(v) = "" }, Path: "id", Want: diplo.ErrRequired},
		{Name: "id not an IRI", Edit: func(v *T) { *id(v) = "not an iri" }, Path: "id", Want: diplo.ErrSyntax},
	}
}

// IdentifierRules break the first of the node's external identifiers,
// which the valid value must hold.
func IdentifierRules[T any](ids func(*T) *[]diplo.Identifier) []Rule[T] {
	return []Rule[T]{
		{Name: "identifier of bad form", Edit: func(v *T) {
			(*ids(v))[0] = diplo.Identifier{Scheme: diplo.Wikidata, Value: "X1"}
		}, Path: "identifiers[0]", Want: diplo.ErrSyntax},
		{Name: "identifier of unknown scheme", Edit: func(v *T) {
			(*ids(v))[0] = diplo.Identifier{Scheme: "isni", Value: "0000000121032683"}
		}, Path: "identifiers[0]", Want: diplo.ErrUnknown},
		{Name: "identifier listed twice", Edit: func(v *T) {
			*ids(v) = []diplo.Identifier{(*ids(v))[0], (*ids(v))[0]}
		}, Path: "identifiers[1]", Want: diplo.ErrDuplicate},
	}
}

// IDListRules break the first id of a list of references named field,
// which the valid value must hold.
func IDListRules[T any](field string, ids func(*T) *[]diplo.ID) []Rule[T] {
	return []Rule[T]{
		{Name: field + " id empty", Edit: func(v *T) { (*ids(v))[0] = "" }, Path: field + "[0]", Want: diplo.ErrRequired},
		{Name: field + " id not an IRI", Edit: func(v *T) { (*ids(v))[0] = "no iri" }, Path: field + "[0]", Want: diplo.ErrSyntax},
		{Name: field + " id listed twice", Edit: func(v *T) {
			*ids(v) = []diplo.ID{(*ids(v))[0], (*ids(v))[0]}
		}, Path: field + "[1]", Want: diplo.ErrDuplicate},
	}
}

// TextRules break a required Text field whose valid value holds the tag
// key.
func TextRules[T any](field, key string, text func(*T) *diplo.Text) []Rule[T] {
	return []Rule[T]{
		{Name: field + " required", Edit: func(v *T) { *text(v) = nil }, Path: field, Want: diplo.ErrRequired},
		{Name: field + " undetermined language", Edit: func(v *T) {
			*text(v) = diplo.Text{language.Und: "x"}
		}, Path: field + ".und", Want: diplo.ErrLanguage},
		{Name: field + " blank", Edit: func(v *T) {
			(*text(v))[language.MustParse(key)] = " "
		}, Path: field + "." + key, Want: diplo.ErrRequired},
		{Name: field + " control character", Edit: func(v *T) {
			(*text(v))[language.MustParse(key)] = "a\x07b"
		}, Path: field + "." + key, Want: diplo.ErrSyntax},
	}
}

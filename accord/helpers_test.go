package accord_test

import (
	"encoding"
	"flag"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/modeltest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// The shared helpers of internal/modeltest, under the names this
// package's tests use.
var (
	fieldErrors = modeltest.FieldErrors
	checkRule   = modeltest.CheckRule
	checkAllSet = modeltest.CheckAllSet
)

func checkVocabulary[T ~string, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, v *diplo.Vocabulary[T], consts []T, describe func(T) string) {
	t.Helper()
	modeltest.CheckVocabulary[T, P](t, v, consts, describe)
}

func roundTrip[T any](t *testing.T, name string, v T) {
	t.Helper()
	modeltest.RoundTrip(t, *update, name, v)
}

func decodeStable[T interface{ Validate() error }](t *testing.T, data []byte) {
	t.Helper()
	modeltest.DecodeStable[T](t, data)
}

// ruleCase breaks exactly one rule of a value of type T.
type ruleCase[T any] struct {
	name  string
	edit  func(*T)
	path  string
	want  error
	count int // errors expected; 0 means 1
}

func runRules[T interface{ Validate() error }](t *testing.T, valid func() T, cases []ruleCase[T]) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v := valid()
			tc.edit(&v)
			checkRule(t, v.Validate(), tc.path, tc.want, tc.count)
		})
	}
}

// Rules every node checks the same way: its id, its identifiers and its
// sources. Each function returns the cases for a node type through
// accessors to its fields.

func idCases[T any](id func(*T) *diplo.ID) []ruleCase[T] {
	return []ruleCase[T]{
		{name: "id required", edit: func(v *T) { *id(v) = "" }, path: "id", want: diplo.ErrRequired},
		{name: "id not an IRI", edit: func(v *T) { *id(v) = "not an iri" }, path: "id", want: diplo.ErrSyntax},
	}
}

func identifierCases[T any](ids func(*T) *[]diplo.Identifier) []ruleCase[T] {
	return []ruleCase[T]{
		{name: "identifier of bad form", edit: func(v *T) {
			(*ids(v))[0] = diplo.Identifier{Scheme: diplo.Wikidata, Value: "X1"}
		}, path: "identifiers[0]", want: diplo.ErrSyntax},
		{name: "identifier of unknown scheme", edit: func(v *T) {
			(*ids(v))[0] = diplo.Identifier{Scheme: "isni", Value: "0000000121032683"}
		}, path: "identifiers[0]", want: diplo.ErrUnknown},
		{name: "identifier listed twice", edit: func(v *T) {
			*ids(v) = []diplo.Identifier{(*ids(v))[0], (*ids(v))[0]}
		}, path: "identifiers[1]", want: diplo.ErrDuplicate},
	}
}

func idListCases[T any](field string, ids func(*T) *[]diplo.ID) []ruleCase[T] {
	return []ruleCase[T]{
		{name: field + " id empty", edit: func(v *T) { (*ids(v))[0] = "" }, path: field + "[0]", want: diplo.ErrRequired},
		{name: field + " id not an IRI", edit: func(v *T) { (*ids(v))[0] = "no iri" }, path: field + "[0]", want: diplo.ErrSyntax},
		{name: field + " id listed twice", edit: func(v *T) {
			*ids(v) = []diplo.ID{(*ids(v))[0], (*ids(v))[0]}
		}, path: field + "[1]", want: diplo.ErrDuplicate},
	}
}

// textCases break the rules of a required Text field whose valid value
// holds the tag key.
func textCases[T any](field, key string, text func(*T) *diplo.Text) []ruleCase[T] {
	return []ruleCase[T]{
		{name: field + " required", edit: func(v *T) { *text(v) = nil }, path: field, want: diplo.ErrRequired},
		{name: field + " undetermined language", edit: func(v *T) {
			*text(v) = diplo.Text{language.Und: "x"}
		}, path: field + ".und", want: diplo.ErrLanguage},
		{name: field + " blank", edit: func(v *T) {
			(*text(v))[language.MustParse(key)] = " "
		}, path: field + "." + key, want: diplo.ErrRequired},
		{name: field + " control character", edit: func(v *T) {
			(*text(v))[language.MustParse(key)] = "a\x07b"
		}, path: field + "." + key, want: diplo.ErrSyntax},
	}
}

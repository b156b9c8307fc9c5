// Package vocabgen writes the tables of a package's closed vocabularies
// from the doc comments of their constants, so that each value's
// definition lives in one place, the doc comment godoc shows beside the
// constant.
//
// A vocabulary is a const block whose doc comment carries the directive
//
//	//diplo:vocabulary kinds "event kind"
//
// (the name of the unexported table variable, then the name of the
// vocabulary, a quoted Go string). Every constant in the block has the
// block's type, a string literal value and a doc comment that is one or
// more sentences: that comment, its lines joined by single spaces, is the
// value's definition. Generate writes the tables, in constant order, as
// the Go source of the file [FileName]:
//
//	var kinds = diplo.NewVocabulary("event kind",
//		diplo.Define(Summit, "A meeting of heads of state or government, bilateral or multilateral."),
//		...
//	)
//
// The command internal/cmd/vocabgen runs Generate under go generate;
// internal/modeltest runs it in memory to check that the file is current.
// No package of the library imports vocabgen, so the library does not
// link go/parser.
package vocabgen

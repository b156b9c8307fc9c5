package modeltest

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/vocabgen"
)

// CheckVocabularySource keeps the definitions of a closed vocabulary in
// one place: the doc comments of its constants, which godoc shows beside
// them and from which go generate writes the table (vocab_gen.go, by
// internal/cmd/vocabgen) that Description, the JSON Schema, vocab.ttl and
// vocab.md are made from. It reads the Go files of the package in dir
// (tests aside) as the generator does and fails when
//
//   - a constant of type typeName has no doc comment, or one that is not
//     one or more sentences (a capital letter first, a period last), or
//     is declared outside the block of its vocabulary (the rules of
//     internal/vocabgen);
//   - vocab_gen.go is not what the generator writes today (run
//     go generate ./...);
//   - a value of v has no constant, or v's values or definitions are not
//     those of the constants, in their order;
//   - the package documentation (doc.go) repeats a definition of four
//     words or more.
func CheckVocabularySource[T ~string](t *testing.T, dir, typeName string, v diplo.Vocabulary[T]) {
	t.Helper()
	pkg, err := vocabgen.Parse(dir)
	if err != nil {
		t.Errorf("%s: %v", v.Name(), err)
	}
	var table *vocabgen.Table
	for i := range pkg.Tables {
		if pkg.Tables[i].Type == typeName {
			table = &pkg.Tables[i]
		}
	}
	if table == nil {
		t.Fatalf("%s: no const block of type %s in %s has a %s directive", v.Name(), typeName, dir, strings.TrimSpace(vocabgen.Directive))
	}
	if table.Name != v.Name() {
		t.Errorf("%s: the directive names the vocabulary %q", v.Name(), table.Name)
	}

	if want, err := vocabgen.Generate(dir); err == nil {
		have, err := os.ReadFile(filepath.Join(dir, vocabgen.FileName))
		switch {
		case err != nil:
			t.Errorf("%s: %v (run go generate ./...)", v.Name(), err)
		case !bytes.Equal(have, want):
			t.Errorf("%s: %s is not what the doc comments of the constants generate: run go generate ./...", v.Name(), vocabgen.FileName)
		}
	}

	consts := map[string]vocabgen.Term{}
	for _, term := range table.Terms {
		consts[term.Value] = term
	}
	terms := v.Terms()
	for i, term := range terms {
		value := string(term.Value)
		c, ok := consts[value]
		switch {
		case !ok:
			t.Errorf("%s: value %q has no constant of type %s", v.Name(), value, typeName)
			continue
		case term.Description != c.Definition:
			t.Errorf("%s: the definition of %q is %q, the doc comment of %s says %q", v.Name(), value, term.Description, c.Const, c.Definition)
		case i >= len(table.Terms) || table.Terms[i].Value != value:
			t.Errorf("%s: value %q is not in the place of its constant %s", v.Name(), value, c.Const)
		}
		delete(consts, value)
	}
	for value, c := range consts {
		t.Errorf("%s: constant %s (%q) is not in the vocabulary", v.Name(), c.Const, value)
	}

	// A definition of a few words ("Sport.") may well recur in prose; a
	// longer one found in doc.go is a copy.
	b, err := os.ReadFile(filepath.Join(dir, "doc.go"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	doc := normalise(packageComment(string(b)))
	for _, term := range terms {
		d := term.Description
		if len(strings.Fields(d)) >= 4 && strings.Contains(doc, normalise(strings.TrimSuffix(d, "."))) {
			t.Errorf("%s: doc.go repeats the definition of %q", v.Name(), term.Value)
		}
	}
}

// packageComment returns the comment lines of a Go file's source, their
// markers removed: in doc.go, the package documentation.
func packageComment(src string) string {
	var b strings.Builder
	for line := range strings.Lines(src) {
		if text, ok := strings.CutPrefix(strings.TrimSpace(line), "//"); ok {
			b.WriteString(text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// normalise lowers s and joins its words with single spaces, so that a
// definition is found in a comment however the comment wraps it.
func normalise(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

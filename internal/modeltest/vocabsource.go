package modeltest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/diplo-go/diplo"
)

// CheckVocabularySource keeps the definitions of a closed vocabulary in
// one place: the Vocabulary table (the Define calls), which godoc shows
// and from which Description, the JSON Schema, vocab.ttl and vocab.md are
// made. It parses the Go files of the package in dir (tests aside) and
// fails when
//
//   - a constant of type typeName is not a value of v, or a value of v has
//     no constant;
//   - a value has an empty definition, or one that is not a sentence (a
//     capital letter first, a period last);
//   - a constant carries a comment of its own, which would be a second
//     definition, or the group of constants has no doc comment to say
//     where the definitions are;
//   - the package documentation (doc.go) repeats a definition of four
//     words or more.
func CheckVocabularySource[T ~string](t *testing.T, dir, typeName string, v diplo.Vocabulary[T]) {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var pkgDoc string
	consts := map[string]string{} // value -> constant name
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if name == "doc.go" && f.Doc != nil {
			pkgDoc = f.Doc.Text()
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			inGroup := false
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != typeName {
					continue
				}
				inGroup = true
				for i, n := range vs.Names {
					if i >= len(vs.Values) {
						t.Errorf("%s: constant %s has no value of its own", v.Name(), n.Name)
						continue
					}
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						t.Errorf("%s: constant %s is not a string literal", v.Name(), n.Name)
						continue
					}
					value, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					consts[value] = n.Name
				}
				if vs.Doc != nil || vs.Comment != nil {
					t.Errorf("%s: constant %s has a comment of its own; its definition belongs in the vocabulary table only",
						v.Name(), vs.Names[0].Name)
				}
			}
			if inGroup && g.Doc == nil {
				t.Errorf("%s: the constants of type %s have no doc comment", v.Name(), typeName)
			}
		}
	}
	if len(consts) == 0 {
		t.Fatalf("%s: no constant of type %s in %s", v.Name(), typeName, dir)
	}
	doc := normalise(pkgDoc)
	for _, term := range v.Terms() {
		value := string(term.Value)
		if _, ok := consts[value]; !ok {
			t.Errorf("%s: value %q has no constant of type %s", v.Name(), value, typeName)
		}
		delete(consts, value)
		d := term.Description
		first, _ := utf8.DecodeRuneInString(d)
		switch {
		case strings.TrimSpace(d) == "":
			t.Errorf("%s: %q has no definition", v.Name(), value)
			continue
		case !unicode.IsUpper(first) || !strings.HasSuffix(d, ".") || d != strings.TrimSpace(d):
			t.Errorf("%s: the definition of %q is not a sentence: %q", v.Name(), value, d)
		}
		// A definition of a few words ("Sport.") may well recur in prose;
		// a longer one found in doc.go is a copy.
		if len(strings.Fields(d)) >= 4 && strings.Contains(doc, normalise(strings.TrimSuffix(d, "."))) {
			t.Errorf("%s: doc.go repeats the definition of %q", v.Name(), value)
		}
	}
	for value, name := range consts {
		t.Errorf("%s: constant %s (%q) is not in the vocabulary", v.Name(), name, value)
	}
}

// normalise lowers s and joins its words with single spaces, so that a
// definition is found in a comment however the comment wraps it.
func normalise(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

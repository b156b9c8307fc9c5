package vocabgen

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FileName is the name of the file Generate writes in the package's
// directory.
const FileName = "vocab_gen.go"

// Directive starts the comment line that marks a const block as a
// vocabulary.
const Directive = "//diplo:vocabulary "

// modulePath is the import path of the package that declares
// NewVocabulary and Define.
const modulePath = "github.com/diplo-go/diplo"

// Table is one vocabulary of a package, as its const block gives it.
type Table struct {
	Var   string // the unexported variable the table is assigned to
	Name  string // the name of the vocabulary, given to NewVocabulary
	Type  string // the type of its constants
	Terms []Term // in constant order
}

// Term is one constant of a vocabulary.
type Term struct {
	Const      string // the name of the constant
	Value      string // its value
	Definition string // its doc comment, lines joined by single spaces
}

// Package is what Parse finds in a package's directory.
type Package struct {
	Name   string  // the package name
	Tables []Table // in source order (files by name)
}

// Parse reads the Go files of the package in dir (tests and FileName
// aside) and returns its vocabularies. The error names the place
// (file:line) of every constant or directive that breaks the rules of
// the package documentation, including a constant of a vocabulary's
// type declared outside its block.
func Parse(dir string) (Package, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Package{}, err
	}
	fset := token.NewFileSet()
	var pkg Package
	var errs []error
	fail := func(pos token.Pos, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s: %s", fset.Position(pos), fmt.Sprintf(format, args...)))
	}
	type spec struct {
		typ  string
		name *ast.Ident
	}
	var others []spec // constants with a type outside vocabulary blocks
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || name == FileName {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return Package{}, err
		}
		pkg.Name = f.Name.Name
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			varName, vocabName, pos, ok, err := directive(g.Doc)
			if err != nil {
				fail(pos, "%v", err)
				continue
			}
			if !ok {
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					if id, ok := vs.Type.(*ast.Ident); ok {
						for _, n := range vs.Names {
							others = append(others, spec{id.Name, n})
						}
					}
				}
				continue
			}
			t := Table{Var: varName, Name: vocabName}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				id, ok := vs.Type.(*ast.Ident)
				if !ok {
					fail(vs.Pos(), "constant %s has no type of its own", vs.Names[0].Name)
					continue
				}
				if t.Type == "" {
					t.Type = id.Name
				} else if id.Name != t.Type {
					fail(vs.Pos(), "constant %s is of type %s in the vocabulary %s of type %s", vs.Names[0].Name, id.Name, varName, t.Type)
					continue
				}
				if len(vs.Names) != 1 || len(vs.Values) != 1 {
					fail(vs.Pos(), "declare one constant a line, each with its doc comment")
					continue
				}
				n := vs.Names[0].Name
				lit, ok := vs.Values[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					fail(vs.Pos(), "constant %s is not a string literal", n)
					continue
				}
				value, err := strconv.Unquote(lit.Value)
				if err != nil {
					fail(vs.Pos(), "constant %s: %v", n, err)
					continue
				}
				if vs.Comment != nil {
					fail(vs.Comment.Pos(), "constant %s has a line comment; its definition belongs in its doc comment only", n)
				}
				def := ""
				if vs.Doc != nil {
					def = strings.Join(strings.Fields(vs.Doc.Text()), " ")
				}
				if msg := sentences(def); msg != "" {
					fail(vs.Pos(), "the doc comment of %s %s", n, msg)
				}
				t.Terms = append(t.Terms, Term{Const: n, Value: value, Definition: def})
			}
			if len(t.Terms) == 0 {
				fail(g.Pos(), "the vocabulary %s has no constants", varName)
			}
			pkg.Tables = append(pkg.Tables, t)
		}
	}
	for _, o := range others {
		for _, t := range pkg.Tables {
			if o.typ == t.Type {
				fail(o.name.Pos(), "constant %s of type %s is outside the block of the vocabulary %s", o.name.Name, t.Type, t.Var)
			}
		}
	}
	return pkg, errors.Join(errs...)
}

// directive returns what the //diplo:vocabulary line of a const block's
// doc comment gives, and ok false when it has none.
func directive(doc *ast.CommentGroup) (varName, vocabName string, pos token.Pos, ok bool, err error) {
	if doc == nil {
		return "", "", token.NoPos, false, nil
	}
	for _, c := range doc.List {
		rest, found := strings.CutPrefix(c.Text, Directive)
		if !found {
			continue
		}
		varName, quoted, _ := strings.Cut(strings.TrimSpace(rest), " ")
		vocabName, err := strconv.Unquote(strings.TrimSpace(quoted))
		if err != nil || !token.IsIdentifier(varName) || token.IsExported(varName) || vocabName == "" {
			return "", "", c.Pos(), false, fmt.Errorf(`want %svar "name" (an unexported variable, a quoted name), have %q`, Directive, c.Text)
		}
		return varName, vocabName, c.Pos(), true, nil
	}
	return "", "", token.NoPos, false, nil
}

// sentences returns why def is not one or more sentences (a capital
// letter first, a period last), or "" when it is.
func sentences(def string) string {
	first, _ := utf8.DecodeRuneInString(def)
	switch {
	case def == "":
		return "is missing: it is the definition of the value"
	case !unicode.IsUpper(first) || !strings.HasSuffix(def, "."):
		return fmt.Sprintf("is not one or more sentences (a capital letter first, a period last): %q", def)
	}
	return ""
}

// Generate returns the formatted source of the file FileName for the
// package in dir: its vocabulary tables, built with NewVocabulary and
// Define.
func Generate(dir string) ([]byte, error) {
	pkg, err := Parse(dir)
	if err != nil {
		return nil, err
	}
	if len(pkg.Tables) == 0 {
		return nil, fmt.Errorf("%s: no const block has a %q directive", dir, strings.TrimSpace(Directive))
	}
	qual := "diplo."
	if pkg.Name == "diplo" {
		qual = ""
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by internal/cmd/vocabgen from the doc comments of the constants; DO NOT EDIT.\n\n")
	fmt.Fprintf(&b, "package %s\n\n", pkg.Name)
	if qual != "" {
		fmt.Fprintf(&b, "import %q\n", modulePath)
	}
	for _, t := range pkg.Tables {
		fmt.Fprintf(&b, "\n// %s is the vocabulary of the %s constants, each defined by its doc\n// comment.\n", t.Var, t.Type)
		fmt.Fprintf(&b, "var %s = %sNewVocabulary(%s,\n", t.Var, qual, strconv.Quote(t.Name))
		for _, term := range t.Terms {
			fmt.Fprintf(&b, "\t%sDefine(%s, %s),\n", qual, term.Const, strconv.Quote(term.Definition))
		}
		b.WriteString(")\n")
	}
	return format.Source(b.Bytes())
}

package jsgen

import (
	"bufio"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/diplo-go/diplo"
)

// ErrNoSource reports that the Go source of the module, whose doc comments
// become the schemas' descriptions, cannot be found.
var ErrNoSource = errors.New("schema: Go source of " + modulePath + " not found (JSON Schema descriptions come from its doc comments)")

// modelPackages are the packages, relative to the module root, whose doc
// comments the schemas use.
var modelPackages = []string{".", "actor", "event", "accord", "decision", "graph"}

// SourceRoot returns the directory of the module's source: the one this
// file was compiled from, when it is still there (in a checkout or the
// module cache), or else the nearest directory above the working directory
// whose go.mod declares the module.
func SourceRoot() (string, error) {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		// file is <root>/schema/internal/jsgen/source.go.
		root := filepath.Dir(filepath.Dir(filepath.Dir(filepath.Dir(file))))
		if isModuleRoot(root) {
			return root, nil
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoSource, err)
	}
	for {
		if isModuleRoot(dir) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoSource
		}
		dir = parent
	}
}

// isModuleRoot reports whether dir holds the go.mod of the module.
func isModuleRoot(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) == 2 && fields[0] == "module" {
			return fields[1] == modulePath
		}
	}
	return false
}

// goFiles lists the non-test Go files of the package in dir, in order.
func goFiles(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: no Go files in %s", ErrNoSource, dir)
	}
	slices.Sort(files)
	return files, nil
}

// goComments collects the doc comments of the model's types and fields
// with the reflector's AddGoComments, keyed by import path as the reflector
// looks them up ("github.com/diplo-go/diplo/event.Event.Kind").
//
// AddGoComments walks a directory tree and keys what it finds by
// path.Join(base, the file's directory), which is right only for a
// relative path from a directory whose import path is base. Walking the
// module root would also parse every other package, test files and test
// data. So it is called on one file at a time, under a placeholder base,
// and the placeholder prefix is then replaced by the package's import
// path: this works from any working directory.
func goComments(root string) (map[string]string, error) {
	const placeholder = "placeholder.invalid"
	out := map[string]string{}
	for _, pkg := range modelPackages {
		dir := filepath.Join(root, filepath.FromSlash(pkg))
		files, err := goFiles(dir)
		if err != nil {
			return nil, err
		}
		importPath := path.Join(modulePath, pkg)
		for _, file := range files {
			var r jsonschema.Reflector
			if err := r.AddGoComments(placeholder, file); err != nil {
				return nil, fmt.Errorf("schema: reading doc comments: %w", err)
			}
			prefix := path.Join(placeholder, filepath.Dir(file)) + "."
			for k, v := range r.CommentMap {
				rest, ok := strings.CutPrefix(k, prefix)
				if !ok {
					return nil, fmt.Errorf("schema: unexpected doc comment key %q", k)
				}
				out[importPath+"."+rest] = unwrap(v)
			}
		}
	}
	return out, nil
}

// unwrap joins the lines of each paragraph of a comment, which Go wraps
// at a column that means nothing in JSON.
func unwrap(s string) string {
	paras := strings.Split(s, "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}

// schemeComments returns the doc comments of the constants of type
// diplo.Scheme, by value, joined into one line.
func schemeComments(root string) (map[diplo.Scheme]string, error) {
	files, err := goFiles(root)
	if err != nil {
		return nil, err
	}
	out := map[diplo.Scheme]string{}
	fset := token.NewFileSet()
	for _, file := range files {
		f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("schema: reading doc comments: %w", err)
		}
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				id, ok := vs.Type.(*ast.Ident)
				if !ok || id.Name != "Scheme" || len(vs.Values) != 1 {
					continue
				}
				lit, ok := vs.Values[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				v, err := strconv.Unquote(lit.Value)
				if err != nil {
					return nil, err
				}
				out[diplo.Scheme(v)] = unwrap(vs.Doc.Text())
			}
		}
	}
	for _, s := range diplo.Schemes() {
		if out[s] == "" {
			return nil, fmt.Errorf("schema: no doc comment for the identifier scheme %q", s)
		}
	}
	return out, nil
}

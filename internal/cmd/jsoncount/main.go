package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// wholePackages are the directories whose every line is JSON machinery.
var wholePackages = []string{"internal/codec", "internal/jsonscan", "internal/jsonstr"}

// fnInfo is a function of the module and how it reads JSON.
type fnInfo struct {
	place
	body *ast.BlockStmt
	top  bool // not a method
	kind int
}

// place is one function the count found.
type place struct {
	dir, file, name string
	lines           int
}

func main() {
	verbose := flag.Bool("v", false, "list every function and file counted")
	root := flag.String("C", ".", "the root of the module")
	flag.Parse()
	if err := run(*root, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "jsoncount:", err)
		os.Exit(1)
	}
}

func run(root string, verbose bool) error {
	var tokenizers, tables []place
	var funcs []fnInfo
	wholeLines := map[string]int{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || rel == "bench" || rel == "internal/cmd/jsoncount") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(rel))
		lines := strings.Split(string(src), "\n")
		if slices.Contains(wholePackages, dir) {
			wholeLines[dir] += codeLines(lines, 1, len(lines))
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			name := fn.Name.Name
			if fn.Recv != nil && len(fn.Recv.List) > 0 {
				name = recvName(fn.Recv.List[0].Type) + "." + name
			}
			p := place{dir: dir, file: rel, name: name,
				lines: codeLines(lines, fset.Position(fn.Pos()).Line, fset.Position(fn.End()).Line)}
			funcs = append(funcs, fnInfo{place: p, body: fn.Body, top: fn.Recv == nil, kind: tokenizes(fn.Type, fn.Body)})
			if readsJSONTag(fn.Body) {
				tables = append(tables, p)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}

	// A function that calls one of its package's white-space skippers
	// (skipSpace, isSpace) reads JSON byte by byte too.
	skippers := map[string]map[string]bool{}
	for _, f := range funcs {
		if f.top && f.kind == space {
			if skippers[f.dir] == nil {
				skippers[f.dir] = map[string]bool{}
			}
			skippers[f.dir][f.name] = true
		}
	}
	for _, f := range funcs {
		if f.kind != none || uses(f.body, skippers[f.dir]) {
			tokenizers = append(tokenizers, f.place)
		}
	}

	total := 0
	for _, n := range wholeLines {
		total += n
	}
	// A function both tokenizes and reads tags at most rarely; count its
	// lines once.
	seen := map[string]bool{}
	for _, p := range append(slices.Clone(tokenizers), tables...) {
		key := p.file + ":" + p.name
		if !seen[key] && !slices.Contains(wholePackages, p.dir) {
			total += p.lines
		}
		seen[key] = true
	}

	rooms := map[string][]place{}
	for _, p := range tokenizers {
		rooms[p.dir] = append(rooms[p.dir], p)
	}
	dirs := make([]string, 0, len(rooms))
	for d := range rooms {
		dirs = append(dirs, d)
	}
	slices.Sort(dirs)

	fmt.Printf("tokenizers (packages that read JSON byte by byte): %d\n", len(dirs))
	for _, d := range dirs {
		n := 0
		for _, p := range rooms[d] {
			n += p.lines
		}
		fmt.Printf("  %-28s %3d functions %5d lines\n", d, len(rooms[d]), n)
		if verbose {
			for _, p := range rooms[d] {
				fmt.Printf("      %s: %s (%d)\n", p.file, p.name, p.lines)
			}
		}
	}
	fmt.Printf("field tables (functions that read the json tag): %d\n", len(tables))
	for _, p := range tables {
		fmt.Printf("  %s: %s (%d lines)\n", p.file, p.name, p.lines)
	}
	fmt.Printf("lines of hand-written JSON machinery: %d\n", total)
	for _, d := range wholePackages {
		if n, ok := wholeLines[d]; ok {
			fmt.Printf("  %-28s %5d (the whole package)\n", d, n)
		}
	}
	fmt.Printf("  %-28s %5d (the functions above outside those packages)\n", "elsewhere", total-sum(wholeLines))
	return nil
}

func sum(m map[string]int) (n int) {
	for _, v := range m {
		n += v
	}
	return n
}

// codeLines counts the lines from..to (from 1) that are neither blank
// nor only a comment.
func codeLines(lines []string, from, to int) int {
	n, inBlock := 0, false
	for _, l := range lines[from-1 : min(to, len(lines))] {
		t := strings.TrimSpace(l)
		switch {
		case inBlock:
			if strings.Contains(t, "*/") {
				inBlock = false
			}
		case t == "", strings.HasPrefix(t, "//"):
		case strings.HasPrefix(t, "/*"):
			inBlock = !strings.Contains(t, "*/")
		default:
			n++
		}
	}
	return n
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return "?"
}

// charOf returns the value of a character literal, or -1.
func charOf(e ast.Expr) rune {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.CHAR {
		return -1
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil || len([]rune(s)) != 1 {
		return -1
	}
	return []rune(s)[0]
}

// byteVars returns the names of the variables of body that hold a byte
// of input (parameters of type byte or rune count too): assigned from an index expression (c := b[i]) or the values
// of a range loop (for _, c := range b).
func byteVars(body *ast.BlockStmt) map[string]bool {
	vars := map[string]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, r := range n.Rhs {
					if _, ok := r.(*ast.IndexExpr); ok {
						if id, ok := n.Lhs[i].(*ast.Ident); ok {
							vars[id.Name] = true
						}
					}
				}
			}
		case *ast.RangeStmt:
			if id, ok := n.Value.(*ast.Ident); ok {
				vars[id.Name] = true
			}
		}
		return true
	})
	return vars
}

// kind of hand tokenizing a function does.
const (
	none       = 0
	structural = 1 // it tells JSON values apart by their bytes
	space      = 2 // it skips JSON white space
)

// tokenizes reports how a function body reads JSON byte by byte.
func tokenizes(typ *ast.FuncType, body *ast.BlockStmt) int {
	vars := byteVars(body)
	for _, f := range typ.Params.List {
		if id, ok := f.Type.(*ast.Ident); ok && (id.Name == "byte" || id.Name == "rune") {
			for _, n := range f.Names {
				vars[n.Name] = true
			}
		}
	}
	isByte := func(e ast.Expr) bool {
		for {
			p, ok := e.(*ast.ParenExpr)
			if !ok {
				break
			}
			e = p.X
		}
		switch e := e.(type) {
		case *ast.IndexExpr:
			return true
		case *ast.Ident:
			return vars[e.Name]
		}
		return false
	}
	structs := map[rune]bool{}
	spaces := map[rune]bool{}
	trims := false
	note := func(other ast.Expr, c rune) {
		if !isByte(other) {
			return
		}
		switch c {
		case '{', '}', '[', ']', '"':
			structs[c] = true
		case ' ', '\t', '\r':
			spaces[c] = true
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				note(n.X, charOf(n.Y))
				note(n.Y, charOf(n.X))
			}
		case *ast.SwitchStmt:
			if n.Tag == nil {
				return true
			}
			for _, s := range n.Body.List {
				for _, e := range s.(*ast.CaseClause).List {
					note(n.Tag, charOf(e))
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING {
				if s, err := strconv.Unquote(n.Value); err == nil && isJSONSpaceSet(s) {
					trims = true
				}
			}
		}
		return true
	})
	k := none
	if len(structs) >= 2 {
		k |= structural
	}
	if len(spaces) == 3 || trims {
		k |= space
	}
	return k
}

// uses reports whether body names one of the functions in names.
func uses(body *ast.BlockStmt, names map[string]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && names[id.Name] {
			found = true
		}
		return !found
	})
	return found
}

// isJSONSpaceSet reports whether s is the four bytes of JSON white space
// in some order.
func isJSONSpaceSet(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, c := range " \t\r\n" {
		if !strings.ContainsRune(s, c) {
			return false
		}
	}
	return true
}

// readsJSONTag reports whether a function body reads the "json" tag of a
// struct field.
func readsJSONTag(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || (sel.Sel.Name != "Get" && sel.Sel.Name != "Lookup") {
			return true
		}
		if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Value == `"json"` {
			found = true
		}
		return true
	})
	return found
}

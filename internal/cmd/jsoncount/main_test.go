package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseFunc parses the declaration of one function.
func parseFunc(t *testing.T, src string) *ast.FuncDecl {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "x.go", "package x\n"+src, 0)
	require.NoError(t, err)
	require.Len(t, f.Decls, 1)
	return f.Decls[0].(*ast.FuncDecl)
}

func TestTokenizes(t *testing.T) {
	tests := []struct {
		name, src string
		want      int
	}{
		{"kind from the first byte", `func k(b []byte) string {
			switch b[0] {
			case '{': return "object"
			case '[': return "array"
			}
			return ""
		}`, structural},
		{"byte variable", `func f(b []byte) { for i := range b { c := b[i]; if c == '"' || c == '}' { return } } }`, structural},
		{"white space skipper", `func s(b []byte, i int) int {
			for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') { i++ }
			return i
		}`, space},
		{"trimmed white space", `func t(b []byte) []byte { return bytes.TrimLeft(b, " \t\r\n") }`, space},
		{"rune parameter", `func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }`, space},
		{"tokens of a decoder", `func d(dec *Decoder) { switch dec.PeekKind() { case '{': case '[': case '"': } }`, none},
		{"kind value, not a byte", `func n(k Kind) string { switch k { case '{': return "o"; case '[': return "a" }; return "" }`, none},
		{"one JSON byte", `func e(s string) { for i := 0; i < len(s); i++ { if s[i] == '"' { return } } }`, none},
		{"escaper of tabs", `func x(s string) { switch s[0] { case '\t', '\r', '=': } }`, none},
	}
	for _, tc := range tests {
		fn := parseFunc(t, tc.src)
		assert.Equal(t, tc.want, tokenizes(fn.Type, fn.Body), tc.name)
	}
}

func TestReadsJSONTag(t *testing.T) {
	assert.True(t, readsJSONTag(parseFunc(t, `func f(sf reflect.StructField) string { return sf.Tag.Get("json") }`).Body))
	assert.True(t, readsJSONTag(parseFunc(t, `func f(sf reflect.StructField) { _, _ = sf.Tag.Lookup("json") }`).Body))
	assert.False(t, readsJSONTag(parseFunc(t, `func f(sf reflect.StructField) string { return sf.Tag.Get("xml") }`).Body))
}

func TestCodeLines(t *testing.T) {
	lines := []string{"func f() {", "", "\t// a comment", "\tx := 1 // trailing", "\t/* a", "\tblock */", "}"}
	assert.Equal(t, 3, codeLines(lines, 1, len(lines)))
}

// TestRun counts a small module: the tokenizing function and the field
// table are found, tests and the bench module are not read.
func TestRun(t *testing.T) {
	root := t.TempDir()
	write := func(name, src string) {
		p := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(src), 0o644))
	}
	write("a/a.go", "package a\n\nfunc skip(b []byte, i int) int {\n\tfor i < len(b) && (b[i] == ' ' || b[i] == '\\t' || b[i] == '\\r') {\n\t\ti++\n\t}\n\treturn i\n}\n")
	write("a/a_test.go", "package a\n\nfunc k(b []byte) bool { return b[0] == '{' || b[0] == '[' }\n")
	write("bench/b.go", "package b\n\nfunc k(b []byte) bool { return b[0] == '{' || b[0] == '[' }\n")
	write("t/t.go", "package t\n\nimport \"reflect\"\n\nfunc name(sf reflect.StructField) string { return sf.Tag.Get(\"json\") }\n")
	out := captureStdout(t, func() { require.NoError(t, run(root, true)) })
	assert.Contains(t, out, "tokenizers (packages that read JSON byte by byte): 1\n")
	assert.Contains(t, out, "a/a.go: skip (6)")
	assert.Contains(t, out, "field tables (functions that read the json tag): 1\n")
	assert.Contains(t, out, "t/t.go: name (1 lines)")
	assert.Contains(t, out, "lines of hand-written JSON machinery: 7\n")
}

func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	old := os.Stdout
	os.Stdout = w
	defer func() { os.Stdout = old }()
	f()
	require.NoError(t, w.Close())
	b, err := io.ReadAll(r)
	require.NoError(t, err)
	return string(b)
}

package diplo_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPackageDocs checks that every package of the module is documented
// in one place: a doc.go whose comment starts "Package name" (or "Command
// name" for a program), and no other file with a package comment of its
// own, which godoc would join to it.
func TestPackageDocs(t *testing.T) {
	fset := token.NewFileSet()
	dirs := 0
	err := filepath.WalkDir(".", func(dir string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if dir != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "node_modules") {
			return filepath.SkipDir
		}
		if dir != "." {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				return filepath.SkipDir // another module (bench)
			}
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		var sources []string
		for _, e := range entries {
			if n := e.Name(); strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
				sources = append(sources, n)
			}
		}
		if len(sources) == 0 {
			return nil
		}
		dirs++
		t.Run(filepath.ToSlash(dir), func(t *testing.T) {
			hasDoc := false
			for _, n := range sources {
				f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.PackageClauseOnly|parser.ParseComments)
				require.NoError(t, err)
				if n != "doc.go" {
					assert.True(t, f.Doc == nil, "%s has a package comment; it belongs in doc.go", n)
					continue
				}
				hasDoc = true
				require.NotNil(t, f.Doc, "doc.go has no package comment")
				text := f.Doc.Text()
				want := "Package " + f.Name.Name + " "
				if f.Name.Name == "main" {
					want = "Command " + filepath.Base(dir) + " "
				}
				assert.True(t, strings.HasPrefix(text, want), "doc.go starts %q, want %q", firstLine(text), want)
			}
			assert.True(t, hasDoc, "no doc.go")
		})
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, dirs, 10, "packages found")
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

package schema_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestImportLinksNoGenerator checks, with go list -deps, that a program
// importing schema (for WriteNQuads, JSONSchema...) links none of the
// JSON Schema generator: not invopop/jsonschema, no YAML library, nothing
// that reads Go source. The generator itself links them, so the check can
// fail.
func TestImportLinksNoGenerator(t *testing.T) {
	generator := func(pkg string) bool {
		return pkg == "github.com/invopop/jsonschema" ||
			strings.Contains(pkg, "yaml") ||
			pkg == "go/parser" || pkg == "go/ast" || pkg == "go/doc" ||
			strings.HasSuffix(pkg, "/schema/internal/jsgen")
	}
	deps := goListDeps(t, "github.com/diplo-go/diplo/schema")
	require.Contains(t, deps, "github.com/diplo-go/diplo/schema", "go list -deps lists the package itself")
	for _, pkg := range deps {
		assert.False(t, generator(pkg), "schema links %s", pkg)
	}
	var linked []string
	for _, pkg := range goListDeps(t, "github.com/diplo-go/diplo/schema/internal/jsgen") {
		if generator(pkg) {
			linked = append(linked, pkg)
		}
	}
	assert.Subset(t, linked, []string{"github.com/invopop/jsonschema", "go/parser"}, "the generator links what the check looks for")
}

// goListDeps returns the import paths of pkg and every package it links.
func goListDeps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", pkg).Output()
	if ee, ok := err.(*exec.ExitError); ok {
		t.Fatalf("go list -deps %s: %v\n%s", pkg, err, ee.Stderr)
	}
	require.NoError(t, err, "go list -deps %s", pkg)
	return strings.Fields(string(out))
}

package eventdata_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/diplo-go/diplo"

// modelPackages are the packages of the diplo model, which a program that
// only reads or writes dataset rows should not link.
var modelPackages = []string{
	module,
	module + "/actor",
	module + "/event",
	module + "/accord",
	module + "/decision",
	module + "/graph",
}

// TestRowPackagesLinkNoModel checks, with go list -deps, that the row
// level of the eventdata packages (the Record types, the CAMEO tables and
// the GDELT, ICEWS and PLOVER readers and writers) links no package of
// the diplo model: only the bridge, eventdata/dyad, does.
func TestRowPackagesLinkNoModel(t *testing.T) {
	rows := []string{"eventdata", "eventdata/cameo", "eventdata/gdelt", "eventdata/icews", "eventdata/plover"}
	for _, pkg := range rows {
		t.Run(pkg, func(t *testing.T) {
			deps := listDeps(t, module+"/"+pkg)
			require.Contains(t, deps, module+"/"+pkg, "go list -deps lists the package itself")
			for _, m := range modelPackages {
				assert.NotContains(t, deps, m, "%s links the model package %s", pkg, m)
			}
		})
	}
	// The bridge links the model: the check above can fail.
	deps := listDeps(t, module+"/eventdata/dyad")
	for _, m := range modelPackages {
		assert.Contains(t, deps, m)
	}
}

// listDeps returns the import paths of pkg and every package it links, as
// go list -deps gives them.
func listDeps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", pkg).Output()
	if ee, ok := err.(*exec.ExitError); ok {
		t.Fatalf("go list -deps %s: %v\n%s", pkg, err, ee.Stderr)
	}
	require.NoError(t, err, "go list -deps %s", pkg)
	deps := strings.Fields(string(out))
	slices.Sort(deps)
	return deps
}

package diplo_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeTour runs the Go program of the README's tour, as a reader
// would paste it, and checks what it prints. The program is compiled into
// the module through a build overlay, so no file is written to the tree.
func TestReadmeTour(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	s := string(readme)
	i := strings.Index(s, "## A short tour")
	require.GreaterOrEqual(t, i, 0, "README has no tour")
	start := strings.Index(s[i:], "```go\n")
	require.GreaterOrEqual(t, start, 0, "the tour has no Go block")
	code := s[i+start+len("```go\n"):]
	code = code[:strings.Index(code, "```")]

	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	require.NoError(t, os.WriteFile(src, []byte(code), 0o644))
	wd, err := os.Getwd()
	require.NoError(t, err)
	virtual := filepath.Join(wd, "internal", "readmetour", "main.go")
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {virtual: src}})
	require.NoError(t, err)
	ov := filepath.Join(dir, "overlay.json")
	require.NoError(t, os.WriteFile(ov, overlay, 0o644))
	out, err := exec.Command("go", "run", "-overlay="+ov, "./internal/readmetour").CombinedOutput()
	require.NoError(t, err, "go run of the README tour:\n%s", out)
	lines := strings.SplitN(string(out), "\n", 3)
	require.Len(t, lines, 3, "the tour printed:\n%s", out)
	assert.Equal(t, "<nil>", lines[0], "the tour printed:\n%s", out)
	assert.Equal(t, "events[0].endDate", lines[1], "the tour printed:\n%s", out)
	assert.True(t, strings.HasPrefix(lines[2], "{\n  \"@context\": \"https://w3id.org/diplo/context.jsonld\""),
		"the tour printed:\n%s", out)
}

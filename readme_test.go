package diplo_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeTour runs the Go program of the README's tour, as a reader
// would paste it, and checks what it prints. The program is compiled into
// the module through a build overlay, so no file is written to the tree.
func TestReadmeTour(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "## A short tour")
	if i < 0 {
		t.Fatal("README has no tour")
	}
	start := strings.Index(s[i:], "```go\n")
	if start < 0 {
		t.Fatal("the tour has no Go block")
	}
	code := s[i+start+len("```go\n"):]
	code = code[:strings.Index(code, "```")]

	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	if err := os.WriteFile(src, []byte(code), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	virtual := filepath.Join(wd, "internal", "readmetour", "main.go")
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {virtual: src}})
	if err != nil {
		t.Fatal(err)
	}
	ov := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(ov, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "run", "-overlay="+ov, "./internal/readmetour").CombinedOutput()
	if err != nil {
		t.Fatalf("go run of the README tour: %v\n%s", err, out)
	}
	lines := strings.SplitN(string(out), "\n", 3)
	if len(lines) < 3 || lines[0] != "<nil>" || lines[1] != "events[0].endDate" ||
		!strings.HasPrefix(lines[2], "{\n  \"@context\": \"https://w3id.org/diplo/context.jsonld\"") {
		t.Errorf("the tour printed:\n%s", out)
	}
}

package dyad_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/dyad"
)

// TestKindCodingsDocumented keeps the table of doc.go, "Coding diplo
// events", in step with KindCodings: one row per event kind, in the order
// of event.Kinds(), with its CAMEO code or codes and its PLOVER coding.
func TestKindCodingsDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "# Coding diplo events")
	require.GreaterOrEqual(t, start, 0, "doc.go has the section")
	end := strings.Index(text[start:], "\n// # ")
	require.Greater(t, end, 0)
	row := regexp.MustCompile(`^//\t([a-z-]+) +(\d{3}(?: / \d{3}| \(both ways\))?|-) +(.+)$`)
	var documented [][3]string
	for _, line := range strings.Split(text[start:start+end], "\n") {
		if m := row.FindStringSubmatch(line); m != nil {
			documented = append(documented, [3]string{m[1], m[2], strings.TrimSpace(m[3])})
		}
	}
	codings := dyad.KindCodings()
	var want [][3]string
	for _, k := range event.Kinds().Values() {
		c, ok := codings[k]
		require.True(t, ok, "kind %s has no coding", k)
		cameo := c.CAMEO
		switch {
		case cameo == "":
			cameo = "-"
		case c.Reverse != "":
			cameo += " / " + c.Reverse
		case c.Reciprocal:
			cameo += " (both ways)"
		}
		plover := strings.TrimSpace(c.PLOVEREvent + " " + c.PLOVERMode)
		if plover == "" {
			plover = "-"
		}
		want = append(want, [3]string{string(k), cameo, plover})
	}
	assert.Equal(t, want, documented)
}

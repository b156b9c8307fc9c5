package exampletest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
)

// update is accepted, and has nothing to rewrite here, so that
// go test ./examples/... -update runs this package's tests too.
var _ = flag.Bool("update", false, "rewrite golden files (none in this package)")

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"equal", "a\nb\n", "a\nb\n", 0},
		{"first line", "x\nb\n", "a\nb\n", 1},
		{"second line", "a\nx\n", "a\nb\n", 2},
		{"one is longer", "a\nb\nc\n", "a\nb\n", 3},
		{"empty and not", "", "a", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, FirstDiff([]byte(tc.a), []byte(tc.b)), "FirstDiff(%q, %q)", tc.a, tc.b)
		})
	}
}

func TestCountsAndCountries(t *testing.T) {
	ml, err := actor.NewState("ML", "fr", "Mali")
	require.NoError(t, err)
	g := &graph.Graph{States: []actor.State{ml}, Persons: []actor.Person{{ID: "urn:uuid:00000000-0000-4000-8000-000000000001", Name: diplo.MustNewText("fr", "Assimi Goïta")}}}
	ix := graph.NewIndex(g)
	assert.Equal(t, []int{1, 1, 0, 0, 0, 0, 0, 0, 0, 0}, Counts(g), "Counts")
	assert.Equal(t, []string{"ML", "?", "?"}, Countries(g, ix, ml.ID, g.Persons[0].ID, "urn:uuid:00000000-0000-4000-8000-000000000002"), "Countries")
}

// TestGoldenUpdate writes a golden file with update set, then checks it
// without, and makes RoundTrip read it back.
func TestGoldenUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.golden.json")
	run := func(w io.Writer) error {
		_, err := io.WriteString(w, "{\n  \"type\": \"Graph\"\n}\n")
		return err
	}
	Golden(t, path, true, run)
	Golden(t, path, false, run)
	RoundTrip(t, path)
	assert.Equal(t, 0, Decode(t, path).Len(), "nodes decoded")
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"ampersand in a URL", map[string]string{"url": "https://example.org/?a=1&b=2"}, "{\n  \"url\": \"https://example.org/?a=1&b=2\"\n}\n"},
		{"angle brackets", []string{"<b>"}, "[\n  \"<b>\"\n]\n"},
		{"other escapes kept", "a\"b\u2028", "\"a\\\"b\\u2028\"\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, Encode(&buf, tc.v))
			assert.Equal(t, tc.want, buf.String(), "Encode")
		})
	}
}

// TestRoundTripEscaping writes the same graph twice, once as Encode does
// and once as json.MarshalIndent does, which escapes the '&' of a URL as
// \u0026: RoundTrip accepts the first and rejects the second.
func TestRoundTripEscaping(t *testing.T) {
	g := &graph.Graph{Sources: []diplo.Source{{ID: "urn:uuid:00000000-0000-4000-8000-000000000003", URL: "https://example.org/?a=1&b=2"}}}
	var encoded bytes.Buffer
	require.NoError(t, Encode(&encoded, g))
	escaped, err := json.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	escaped = append(escaped, '\n')
	require.Contains(t, string(escaped), `\u0026`, "json.MarshalIndent escapes the '&'")
	require.NotContains(t, encoded.String(), `\u0026`, "Encode keeps the '&'")
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.golden.json"), filepath.Join(dir, "bad.golden.json")
	require.NoError(t, os.WriteFile(good, encoded.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(bad, escaped, 0o644))
	RoundTrip(t, good)
	assert.Equal(t, g.Sources[0].URL, Decode(t, bad).Sources[0].URL, "URL of the escaped file")
	assert.True(t, fails(func(t TB) { RoundTrip(t, bad) }), "RoundTrip passed a file with HTML escapes, want a failure")
}

// TestGoldenMismatch runs the checks on a recorder and expects them to
// fail.
func TestGoldenMismatch(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.golden.json")
	require.NoError(t, os.WriteFile(path, []byte("{\"type\":\"Graph\"}\n"), 0o644))
	tests := []struct {
		name  string
		check func(t TB)
	}{
		{"output differs", func(t TB) {
			Golden(t, path, false, func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err })
		}},
		{"run fails", func(t TB) {
			Golden(t, path, false, func(io.Writer) error { return errors.New("broken") })
		}},
		{"not indented", func(t TB) { RoundTrip(t, path) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.True(t, fails(tc.check), "check passed, want a failure")
		})
	}
}

// recorder is a TB that records failures; Fatal panics with errFatal to
// stop the check, as testing.T's Fatal stops the test.
type recorder struct{ failed bool }

var errFatal = errors.New("fatal")

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true; panic(errFatal) }

// fails reports whether check records a failure.
func fails(check func(t TB)) (failed bool) {
	r := &recorder{}
	defer func() {
		if v := recover(); v != nil && v != errFatal {
			panic(v)
		}
		failed = r.failed
	}()
	check(r)
	return r.failed
}

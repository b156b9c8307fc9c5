package exampletest

import (
	"bytes"
	"io"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// TB is the part of testing.TB that the checks use; *testing.T has it.
type TB interface {
	Helper()
	Errorf(format string, args ...any)
	Fatal(args ...any)
}

// Golden calls run and compares what it writes with the file at path, byte
// for byte. With update set it first rewrites the file with the output.
func Golden(t TB, path string, update bool, run func(io.Writer) error) {
	t.Helper()
	var buf bytes.Buffer
	if err := run(&buf); err != nil {
		t.Fatal(err)
	}
	if update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("output differs from %s from line %d; rerun with -update if the change is meant", path, FirstDiff(buf.Bytes(), want))
	}
}

// RoundTrip decodes the golden file at path with graph.Unmarshal, encodes
// the graph again as the example programs print it (see Encode), and
// reports any difference from the file. It also requires that the file
// decodes strictly and that the graph validates.
func RoundTrip(t TB, path string) {
	t.Helper()
	data := read(t, path)
	g, err := graph.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, g); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.Equal(b, data) {
		t.Errorf("%s changes in a round trip, from line %d", path, FirstDiff(b, data))
	}
	if _, err := graph.UnmarshalStrict(data); err != nil {
		t.Errorf("strict decoding of %s: %v", path, err)
	}
	if err := g.Validate(); err != nil {
		t.Errorf("%s does not validate:\n%v", path, err)
	}
}

// Encode writes v to w as the example programs print their graphs: in
// diplo's canonical form, indented by two spaces (diplo.MarshalIndent,
// which leaves '&', '<' and '>' unescaped so that URLs read as written),
// with a final newline.
func Encode(w io.Writer, v any) error {
	b, err := diplo.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Decode returns the graph of the golden file at path.
func Decode(t TB, path string) *graph.Graph {
	t.Helper()
	g, err := graph.Unmarshal(read(t, path))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func read(t TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Counts returns the number of nodes of each type, in the order of the
// graph's lists: persons, states, organizations, offices, tenures,
// delegations, events, statements, accords, sources.
func Counts(g *graph.Graph) []int {
	return []int{len(g.Persons), len(g.States), len(g.Organizations), len(g.Offices), len(g.Tenures),
		len(g.Delegations), len(g.Events), len(g.Statements), len(g.Accords), len(g.Sources)}
}

// Countries returns the ISO 3166 codes of the states that ids name, with
// "?" for an ID that names no state of the graph.
func Countries(g *graph.Graph, ix *graph.Index, ids ...diplo.ID) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		r, ok := ix.Lookup(id)
		if !ok || r.Type != graph.StateNode {
			out = append(out, "?")
			continue
		}
		out = append(out, string(g.States[r.Index].Country))
	}
	return out
}

// FirstDiff returns the number of the first line, counting from 1, at
// which a and b differ, or 0 when they are equal.
func FirstDiff(a, b []byte) int {
	if bytes.Equal(a, b) {
		return 0
	}
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

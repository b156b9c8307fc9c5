package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

// binary is the diplo command built once for the tests, which run it as a
// user would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "diplo-cmd")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "diplo")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building diplo: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runDiplo runs the command and returns its output and exit status.
func runDiplo(t *testing.T, stdin []byte, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	err := cmd.Run()
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func examples(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*/testdata/*.golden.json")
	if err != nil || len(paths) < 5 {
		t.Fatalf("found %d example documents (%v), want 5", len(paths), err)
	}
	return paths
}

func TestValidateExamples(t *testing.T) {
	paths := append(examples(t), "testdata/valid.json")
	out, errOut, code := runDiplo(t, nil, append([]string{"validate"}, paths...)...)
	if code != 0 || out != "" {
		t.Fatalf("validate examples: exit %d\n%s%s", code, out, errOut)
	}
}

func TestValidateJSONLD(t *testing.T) {
	ld, _, code := runDiplo(t, nil, "jsonld", "../../examples/russia-mali/testdata/russia-mali.golden.json")
	if code != 0 || !strings.Contains(ld, `"@context"`) {
		t.Fatalf("jsonld: exit %d", code)
	}
	out, errOut, code := runDiplo(t, []byte(ld), "validate", "-")
	if code != 0 {
		t.Fatalf("validate JSON-LD from stdin: exit %d\n%s%s", code, out, errOut)
	}
}

// TestValidateInvalid runs validate on each invalid document; each breaks
// one rule, and the .want file beside it names the path the message must
// give.
func TestValidateInvalid(t *testing.T) {
	paths, _ := filepath.Glob("testdata/invalid/*.json")
	if len(paths) < 6 {
		t.Fatalf("found %d invalid documents", len(paths))
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(p, ".json") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			out, _, code := runDiplo(t, nil, "validate", p)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s", code, out)
			}
			prefix := p + ": " + strings.TrimSpace(string(want)) + ": "
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], prefix) {
				t.Errorf("output:\n%s\nwant one line starting %q", out, prefix)
			}
		})
	}
	// The schema package's corpus of invalid documents is rejected too.
	corpus, _ := filepath.Glob("../../schema/testdata/invalid/*.json")
	for _, p := range corpus {
		out, _, code := runDiplo(t, nil, "validate", p)
		if code != 1 || !strings.HasPrefix(out, p+": ") {
			t.Errorf("%s: exit %d, output %q", p, code, out)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"bogus"}, {"validate"}, {"schema", "a", "b"}, {"rdf"}, {"import", "csv", "x"}, {"export", "gdelt"}} {
		_, errOut, code := runDiplo(t, nil, args...)
		if code != 2 || errOut == "" {
			t.Errorf("diplo %q: exit %d, stderr %q; want 2 and a message", args, code, errOut)
		}
	}
	_, errOut, code := runDiplo(t, nil, "validate", "testdata/no-such-file.json")
	if code != 2 || !strings.Contains(errOut, "no-such-file") {
		t.Errorf("missing file: exit %d, %q", code, errOut)
	}
}

func TestSchemaAndContext(t *testing.T) {
	for _, typ := range append(schema.SchemaTypes(), "") {
		args := []string{"schema"}
		name := typ
		if typ != "" {
			args = append(args, typ)
		} else {
			name = "diplo"
		}
		out, _, code := runDiplo(t, nil, args...)
		want, err := schema.JSONSchema(name)
		if err != nil || code != 0 || out != string(want) {
			t.Errorf("schema %s: exit %d, err %v, output differs: %v", typ, code, err, out != string(want))
		}
	}
	if _, _, code := runDiplo(t, nil, "schema", "treaty"); code != 2 {
		t.Errorf("schema treaty: exit %d, want 2", code)
	}
	out, _, code := runDiplo(t, nil, "context")
	if code != 0 || out != string(schema.Context()) {
		t.Errorf("context: exit %d", code)
	}
}

func TestRDF(t *testing.T) {
	for _, p := range examples(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		g, err := graph.Unmarshal(data)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := schema.WriteNQuads(&want, g); err != nil {
			t.Fatal(err)
		}
		out, _, code := runDiplo(t, nil, "rdf", p)
		if code != 0 || out != want.String() || strings.Count(out, " .\n") < 50 {
			t.Errorf("rdf %s: exit %d, %d quads, equal to WriteNQuads: %v", p, code, strings.Count(out, " .\n"), out == want.String())
		}
	}
}

func TestImport(t *testing.T) {
	tests := []struct {
		format, file string
		read         string
	}{
		{"gdelt", "../../eventdata/gdelt/testdata/sample-A.tsv", "2111 records read"},
		{"icews", "../../eventdata/icews/testdata/events.2018.sample.tab", "3705 records read"},
		{"plover", "../../eventdata/plover/testdata/PLOVER_GSR_CAMEO.json", "records read"},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			out, errOut, code := runDiplo(t, nil, "import", tc.format, tc.file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(errOut, tc.read) || !strings.Contains(errOut, "lifted into events") {
				t.Errorf("stderr %q, want the counts", errOut)
			}
			g, err := graph.UnmarshalStrict([]byte(out))
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Events) == 0 {
				t.Fatal("no events lifted")
			}
			if err := g.Validate(); err != nil {
				t.Errorf("imported graph does not validate: %v", err)
			}
			// The printed graph validates through the command too.
			vout, _, vcode := runDiplo(t, []byte(out), "validate", "-")
			if vcode != 0 {
				t.Errorf("validate imported graph: exit %d\n%.500s", vcode, vout)
			}
		})
	}
}

// TestImportBadRows imports a dataset file whose last row is broken: the
// import stops with the row's line and exit status 2, or skips and counts
// it when asked.
func TestImportBadRows(t *testing.T) {
	tests := []struct {
		format, sample string
		rows           int // rows of the sample kept, a header included
		stopped        string
		skipped        string
	}{
		{"gdelt", "../../eventdata/gdelt/testdata/sample-A.tsv", 5,
			"gdelt: line 6: wrong number of columns: 2", "5 records read, 2 lifted into events, 3 no source actor, 1 unreadable rows skipped"},
		{"icews", "../../eventdata/icews/testdata/events.2018.sample.tab", 5,
			"icews: line 6: wrong number of columns: 2", "4 records read, 3 lifted into events, 1 not diplomatic, 1 unreadable rows skipped; left out: 1 place of a statement"},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			data, err := os.ReadFile(tc.sample)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitAfter(string(data), "\n")
			file := filepath.Join(t.TempDir(), "bad")
			if err := os.WriteFile(file, []byte(strings.Join(lines[:tc.rows], "")+"bad\trow\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			out, errOut, code := runDiplo(t, nil, "import", tc.format, file)
			if code != 2 || out != "" || !strings.Contains(errOut, file+": "+tc.stopped) {
				t.Errorf("import: exit %d, stdout %.100q, stderr %q", code, out, errOut)
			}
			out, errOut, code = runDiplo(t, nil, "import", "-skip-bad-rows", tc.format, file)
			if code != 0 || !strings.Contains(errOut, file+": "+tc.skipped) {
				t.Errorf("import -skip-bad-rows: exit %d, stderr %q", code, errOut)
			}
			if g, err := graph.UnmarshalStrict([]byte(out)); err != nil || len(g.Events) != 2 {
				// The icews sample's statement row (010) is a statement.
				t.Errorf("import -skip-bad-rows printed %.200q: %v", out, err)
			}
		})
	}
}

func TestExport(t *testing.T) {
	const doc = "../../examples/russia-mali/testdata/russia-mali.golden.json"
	data, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	recs, skipped := dyad.Project(g)

	out, errOut, code := runDiplo(t, nil, "export", "cameo", doc)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(lines) != len(recs)+1 || !strings.HasPrefix(lines[0], "date\tsource\t") {
		t.Errorf("export cameo: exit %d, %d lines for %d records", code, len(lines), len(recs))
	}
	if strings.Count(errOut, "not coded") != len(skipped) {
		t.Errorf("stderr %q, want %d not-coded lines", errOut, len(skipped))
	}

	out, _, code = runDiplo(t, nil, "export", "gdelt", doc)
	rd := gdelt.NewReader(strings.NewReader(out), gdelt.WithVersion(gdelt.Version2))
	var n int
	for {
		ev, err := rd.Read()
		if err != nil {
			break
		}
		if ev.EventCode != recs[n].CAMEO || ev.Actor1.Code != recs[n].Source.Code {
			t.Errorf("gdelt row %d: %s %s, want %s %s", n, ev.EventCode, ev.Actor1.Code, recs[n].CAMEO, recs[n].Source.Code)
		}
		n++
	}
	if code != 0 || n != len(recs) || rd.Skipped() != 0 {
		t.Errorf("export gdelt: exit %d, %d rows read back for %d records", code, n, len(recs))
	}

	out, _, code = runDiplo(t, nil, "export", "plover", doc)
	prs, err := plover.ReadAll(strings.NewReader(out))
	var coded int
	for _, r := range recs {
		if r.PLOVER.Event != "" {
			coded++
		}
	}
	if code != 0 || err != nil || len(prs) != coded {
		t.Errorf("export plover: exit %d, err %v, %d records for %d PLOVER-coded", code, err, len(prs), coded)
	}
	var arr []json.RawMessage
	if err := json.Unmarshal([]byte(out), &arr); err != nil {
		t.Errorf("plover output is not a JSON array: %v", err)
	}
}

// TestRDFNodes streams the nodes of the small graph, one per line, into
// N-Quads: the same quads as the nodes' own, and an error naming the line
// for a bad one.
func TestRDFNodes(t *testing.T) {
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	g, err := graph.Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	var stream, want bytes.Buffer
	w := graph.NewNodeWriter(&stream)
	for _, n := range g.Nodes() {
		if err := w.Write(n); err != nil {
			t.Fatal(err)
		}
		if err := schema.WriteNodeNQuads(&want, n); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runDiplo(t, stream.Bytes(), "rdf", "-nodes", "-")
	if code != 0 || out != want.String() {
		t.Fatalf("rdf -nodes: exit %d, %s; output equal: %v", code, errOut, out == want.String())
	}
	bad := append(stream.Bytes(), []byte(`{"type":"Event","id":"urn:x:1","kind":"sumit"}`+"\n")...)
	_, errOut, code = runDiplo(t, bad, "rdf", "-nodes", "-")
	if code != 1 || !strings.Contains(errOut, "sumit") || !strings.Contains(errOut, "line ") {
		t.Errorf("bad node: exit %d, %q", code, errOut)
	}
}

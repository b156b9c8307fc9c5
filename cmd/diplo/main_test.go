package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
	} else {
		require.NoError(t, err)
	}
	return out.String(), errb.String(), code
}

func examples(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 5, "example documents found")
	return paths
}

func TestValidateExamples(t *testing.T) {
	paths := append(examples(t), "testdata/valid.json")
	out, errOut, code := runDiplo(t, nil, append([]string{"validate"}, paths...)...)
	require.Equal(t, 0, code, "validate examples: exit status\n%s%s", out, errOut)
	require.Empty(t, out, "validate examples")
}

func TestValidateJSONLD(t *testing.T) {
	ld, _, code := runDiplo(t, nil, "jsonld", "../../examples/russia-mali/testdata/russia-mali.golden.json")
	require.Equal(t, 0, code, "jsonld: exit status")
	require.Contains(t, ld, `"@context"`, "jsonld")
	out, errOut, code := runDiplo(t, []byte(ld), "validate", "-")
	require.Equal(t, 0, code, "validate JSON-LD from stdin: exit status\n%s%s", out, errOut)
}

// TestValidateInvalid runs validate on each invalid document; each breaks
// one rule, and the .want file beside it names the path the message must
// give.
func TestValidateInvalid(t *testing.T) {
	paths, _ := filepath.Glob("testdata/invalid/*.json")
	require.GreaterOrEqual(t, len(paths), 6, "invalid documents found")
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(p, ".json") + ".want")
			require.NoError(t, err)
			out, _, code := runDiplo(t, nil, "validate", p)
			require.Equal(t, 1, code, "exit status\n%s", out)
			prefix := p + ": " + strings.TrimSpace(string(want)) + ": "
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if assert.Len(t, lines, 1, "output:\n%s", out) {
				assert.True(t, strings.HasPrefix(lines[0], prefix), "output:\n%s\nwant one line starting %q", out, prefix)
			}
		})
	}
	// The schema package's corpus of invalid documents is rejected too.
	corpus, _ := filepath.Glob("../../schema/testdata/invalid/*.json")
	for _, p := range corpus {
		out, _, code := runDiplo(t, nil, "validate", p)
		assert.Equal(t, 1, code, "%s: exit status", p)
		assert.True(t, strings.HasPrefix(out, p+": "), "%s: output %q", p, out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"bogus"}, {"validate"}, {"schema", "a", "b"}, {"rdf"}, {"import", "csv", "x"}, {"export", "gdelt"}} {
		_, errOut, code := runDiplo(t, nil, args...)
		assert.Equal(t, 2, code, "diplo %q: exit status", args)
		assert.NotEmpty(t, errOut, "diplo %q: a message on stderr", args)
	}
	_, errOut, code := runDiplo(t, nil, "validate", "testdata/no-such-file.json")
	assert.Equal(t, 2, code, "missing file: exit status")
	assert.Contains(t, errOut, "no-such-file", "missing file")
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
		assert.NoError(t, err, "schema %s", typ)
		assert.Equal(t, 0, code, "schema %s: exit status", typ)
		assert.Equal(t, string(want), out, "schema %s: output", typ)
	}
	_, _, code := runDiplo(t, nil, "schema", "treaty")
	assert.Equal(t, 2, code, "schema treaty: exit status")
	out, _, code := runDiplo(t, nil, "context")
	assert.Equal(t, 0, code, "context: exit status")
	assert.Equal(t, string(schema.Context()), out, "context: output")
}

func TestRDF(t *testing.T) {
	for _, p := range examples(t) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		g, err := graph.Unmarshal(data)
		require.NoError(t, err)
		var want bytes.Buffer
		require.NoError(t, schema.WriteNQuads(&want, g))
		out, _, code := runDiplo(t, nil, "rdf", p)
		assert.Equal(t, 0, code, "rdf %s: exit status", p)
		assert.Equal(t, want.String(), out, "rdf %s: output against WriteNQuads", p)
		assert.GreaterOrEqual(t, strings.Count(out, " .\n"), 50, "rdf %s: quads", p)
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
			require.Equal(t, 0, code, "exit status: %s", errOut)
			assert.Contains(t, errOut, tc.read, "stderr gives the counts")
			assert.Contains(t, errOut, "lifted into events", "stderr gives the counts")
			g, err := graph.UnmarshalStrict([]byte(out))
			require.NoError(t, err)
			require.NotEmpty(t, g.Events, "no events lifted")
			assert.NoError(t, g.Validate(), "imported graph does not validate")
			// The printed graph validates through the command too.
			vout, _, vcode := runDiplo(t, []byte(out), "validate", "-")
			assert.Equal(t, 0, vcode, "validate imported graph: exit status\n%.500s", vout)
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
			require.NoError(t, err)
			lines := strings.SplitAfter(string(data), "\n")
			file := filepath.Join(t.TempDir(), "bad")
			require.NoError(t, os.WriteFile(file, []byte(strings.Join(lines[:tc.rows], "")+"bad\trow\n"), 0o644))
			out, errOut, code := runDiplo(t, nil, "import", tc.format, file)
			assert.Equal(t, 2, code, "import: exit status")
			assert.Empty(t, out, "import: stdout")
			assert.Contains(t, errOut, file+": "+tc.stopped, "import: stderr")
			out, errOut, code = runDiplo(t, nil, "import", "-skip-bad-rows", tc.format, file)
			assert.Equal(t, 0, code, "import -skip-bad-rows: exit status")
			assert.Contains(t, errOut, file+": "+tc.skipped, "import -skip-bad-rows: stderr")
			g, err := graph.UnmarshalStrict([]byte(out))
			if assert.NoError(t, err, "import -skip-bad-rows printed %.200q", out) {
				// The icews sample's statement row (010) is a statement.
				assert.Len(t, g.Events, 2, "import -skip-bad-rows: events")
			}
		})
	}
}

func TestExport(t *testing.T) {
	const doc = "../../examples/russia-mali/testdata/russia-mali.golden.json"
	data, err := os.ReadFile(doc)
	require.NoError(t, err)
	g, err := graph.Unmarshal(data)
	require.NoError(t, err)
	recs, skipped := dyad.Project(g)

	out, errOut, code := runDiplo(t, nil, "export", "cameo", doc)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	assert.Equal(t, 0, code, "export cameo: exit status")
	assert.Len(t, lines, len(recs)+1, "export cameo: a line per record and the header")
	assert.True(t, strings.HasPrefix(lines[0], "date\tsource\t"), "export cameo: header %q", lines[0])
	assert.Equal(t, len(skipped), strings.Count(errOut, "not coded"), "not-coded lines on stderr %q", errOut)

	out, _, code = runDiplo(t, nil, "export", "gdelt", doc)
	rd := gdelt.NewReader(strings.NewReader(out), gdelt.ReaderOptions{Version: gdelt.Version2})
	var n int
	for {
		ev, err := rd.Read()
		if err != nil {
			break
		}
		require.Less(t, n, len(recs), "export gdelt: more rows than records")
		assert.Equal(t, recs[n].CAMEO, ev.EventCode, "gdelt row %d: event code", n)
		assert.Equal(t, recs[n].Source.Code, ev.Actor1.Code, "gdelt row %d: actor 1", n)
		n++
	}
	assert.Equal(t, 0, code, "export gdelt: exit status")
	assert.Equal(t, len(recs), n, "export gdelt: rows read back")
	assert.Zero(t, rd.Skipped(), "export gdelt: rows skipped")

	out, _, code = runDiplo(t, nil, "export", "plover", doc)
	prs, err := plover.ReadAll(strings.NewReader(out), plover.DecoderOptions{})
	var coded int
	for _, r := range recs {
		if r.PLOVER.Event != "" {
			coded++
		}
	}
	assert.Equal(t, 0, code, "export plover: exit status")
	assert.NoError(t, err, "export plover")
	assert.Len(t, prs, coded, "export plover: a record per PLOVER-coded one")
	var arr []json.RawMessage
	assert.NoError(t, json.Unmarshal([]byte(out), &arr), "plover output is not a JSON array")
}

// TestRDFNodes streams the nodes of the small graph, one per line, into
// N-Quads: the same quads as the nodes' own, and an error naming the line
// for a bad one.
func TestRDFNodes(t *testing.T) {
	data, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)
	g, err := graph.Unmarshal(data)
	require.NoError(t, err)
	var stream, want bytes.Buffer
	w := graph.NewNodeWriter(&stream)
	for _, n := range g.Nodes() {
		require.NoError(t, w.Write(n))
		require.NoError(t, schema.WriteNodeNQuads(&want, n))
	}
	require.NoError(t, w.Flush())
	out, errOut, code := runDiplo(t, stream.Bytes(), "rdf", "-nodes", "-")
	require.Equal(t, 0, code, "rdf -nodes: exit status: %s", errOut)
	require.Equal(t, want.String(), out, "rdf -nodes: output")
	bad := append(stream.Bytes(), []byte(`{"type":"Event","id":"urn:x:1","kind":"sumit"}`+"\n")...)
	_, errOut, code = runDiplo(t, bad, "rdf", "-nodes", "-")
	assert.Equal(t, 1, code, "bad node: exit status")
	assert.Contains(t, errOut, "sumit", "bad node")
	assert.Contains(t, errOut, "line ", "bad node")
}

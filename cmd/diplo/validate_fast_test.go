package main

import (
	"bytes"
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

// canonicalDocs returns valid documents in diplo's canonical form: a
// generated graph, compact and indented, and the examples' files.
func canonicalDocs(t testing.TB) map[string][]byte {
	docs := map[string][]byte{}
	g := synth.Graph(8)
	compact, err := diplo.Marshal(g)
	require.NoError(t, err)
	indented, err := diplo.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	docs["synth-8"], docs["synth-8-indented"] = compact, append(indented, '\n')
	for _, p := range []string{"../../examples/russia-mali/testdata/russia-mali.golden.json", "../../examples/paris-agreement/testdata/paris-agreement.golden.json"} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		docs[p] = data
	}
	return docs
}

// TestValidateSkipsSchemaOnCanonical checks that validate does not run the
// JSON Schema step on a valid document in diplo's canonical form (but for
// whitespace), and runs it on a valid document in another form, with the
// same verdict.
func TestValidateSkipsSchemaOnCanonical(t *testing.T) {
	for name, doc := range canonicalDocs(t) {
		t.Run(name, func(t *testing.T) {
			before := schemaRuns.Load()
			out, errOut, code := runIn(doc, "validate", "-")
			require.Zero(t, code, "%s%s", out, errOut)
			assert.Equal(t, before, schemaRuns.Load(), "the JSON Schema step ran")

			// The same document with a character written as an escape:
			// valid, not canonical.
			i := bytes.Index(doc, []byte(`"type":`))
			require.GreaterOrEqual(t, i, 0)
			escaped := append(append(append([]byte{}, doc[:i+1]...), `\u0074`...), doc[i+2:]...)
			out, errOut, code = runIn(escaped, "validate", "-")
			require.Zero(t, code, "%s%s", out, errOut)
			assert.Equal(t, before+1, schemaRuns.Load(), "the JSON Schema step did not run")
		})
	}
}

// TestValidateSkipsSchemaOnLookalikes checks that validate does not run
// the JSON Schema step on a valid canonical document whose strings hold
// the bytes that the search for null, "" and "und" looks for, though not
// as values: the decoder, which reads the values, vouches for it.
func TestValidateSkipsSchemaOnLookalikes(t *testing.T) {
	g := synth.Graph(8)
	doc, err := diplo.Marshal(g)
	require.NoError(t, err)
	for _, text := range []string{"annulled", `a "quoted"`, `"und"`} {
		t.Run(text, func(t *testing.T) {
			quoted, err := diplo.Marshal(text)
			require.NoError(t, err)
			edited := bytes.Replace(doc, []byte(`"Kwame Sow"`), quoted, 1)
			require.NotEqual(t, doc, edited)
			require.True(t, schemaMayObject(edited), "the search finds nothing in %s", quoted)
			before := schemaRuns.Load()
			out, errOut, code := runIn(edited, "validate", "-")
			require.Zero(t, code, "%s%s", out, errOut)
			assert.Equal(t, before, schemaRuns.Load(), "the JSON Schema step ran")
		})
	}
}

// TestValidateSchemaOnlyRules checks that validate still reports, through
// the JSON Schema, each rule that only the schema holds (the schema-only
// rules of the schema package's TestJSONSchemaDifferential), broken in a
// document that is otherwise canonical and valid.
func TestValidateSchemaOnlyRules(t *testing.T) {
	g := synth.Graph(8)
	doc, err := diplo.Marshal(g)
	require.NoError(t, err)
	src := g.Sources[0]
	srcJSON, err := diplo.Marshal(src)
	require.NoError(t, err)
	state := g.States[0]
	stateJSON, err := diplo.Marshal(state)
	require.NoError(t, err)
	country := `"country":"` + string(state.Country) + `"`
	evJSON, err := diplo.Marshal(g.Events[0])
	require.NoError(t, err)
	status := regexp.MustCompile(`"status":"[^"]*"`)
	require.True(t, status.Match(evJSON))
	// language replaces the language of the first source.
	lang := regexp.MustCompile(`"language":"[^"]*"`)
	require.True(t, lang.Match(srcJSON))
	language := func(v string) func([]byte) []byte {
		return func(d []byte) []byte {
			return bytes.Replace(d, srcJSON, lang.ReplaceAll(srcJSON, []byte(`"language":`+v)), 1)
		}
	}
	tests := []struct {
		rule, path string
		edit       func([]byte) []byte
	}{
		{"null", "sources[0].language", language(`null`)},
		{"case", "states[0]", func(d []byte) []byte {
			return bytes.Replace(d, stateJSON, bytes.Replace(stateJSON, []byte(`"country"`), []byte(`"Country"`), 1), 1)
		}},
		{"empty-optional", "events[0].status", func(d []byte) []byte {
			return bytes.Replace(d, evJSON, status.ReplaceAll(evJSON, []byte(`"status":""`)), 1)
		}},
		{"non-canonical", "states[0].country", func(d []byte) []byte {
			return bytes.Replace(d, stateJSON, bytes.Replace(stateJSON, []byte(country), []byte(strings.ToLower(country)), 1), 1)
		}},
		{"source-language-und", "sources[0].language", language(`"und"`)},
	}
	for _, tc := range tests {
		t.Run(tc.rule, func(t *testing.T) {
			edited := tc.edit(doc)
			require.NotEqual(t, doc, edited)
			out, _, code := runIn(edited, "validate", "-")
			assert.Equal(t, 1, code, out)
			assert.Contains(t, out, "-: "+tc.path, "no problem at %s", tc.path)
			assert.Contains(t, out, "schema:")
		})
	}
}

// TestCanonicalEqual checks the comparison of a document with the bytes
// diplo.Marshal writes for what it decodes to.
func TestCanonicalEqual(t *testing.T) {
	g := synth.Graph(8)
	compact, err := diplo.Marshal(g)
	require.NoError(t, err)
	indented, err := diplo.MarshalIndent(g, "\t", " ")
	require.NoError(t, err)
	tests := []struct {
		name string
		doc  []byte
		want bool
	}{
		{"compact", compact, true},
		{"indented", indented, true},
		{"spaces around", append(append([]byte(" \n\t"), compact...), "\r\n"...), true},
		{"extra member", append(append([]byte{}, compact[:len(compact)-1]...), `,"x":1}`...), false},
		{"truncated", compact[:len(compact)-1], false},
		{"trailing value", append(append([]byte{}, compact...), "{}"...), false},
		{"space in a string", bytes.Replace(compact, []byte(`"Graph"`), []byte(`"Graph "`), 1), false},
		{"escape", bytes.Replace(compact, []byte(`"Graph"`), []byte(`"Gr\u0061ph"`), 1), false},
		{"empty", nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, canonicalEqual(tc.doc, g))
		})
	}
	// A node document, and a graph whose lists are laid out as
	// diplo.Marshal does.
	ev, err := diplo.Marshal(g.Events[0])
	require.NoError(t, err)
	assert.True(t, canonicalEqual(ev, g.Events[0]))
	assert.False(t, canonicalEqual(ev, g.Events[1]))
	empty := &graph.Graph{}
	b, err := diplo.Marshal(empty)
	require.NoError(t, err)
	assert.True(t, canonicalEqual(b, empty))
}

// FuzzValidateSchemaSkip checks the reason validate may skip the JSON
// Schema: every document canonicalValid accepts, the JSON Schema accepts
// too.
func FuzzValidateSchemaSkip(f *testing.F) {
	for _, doc := range canonicalDocs(f) {
		f.Add(doc)
	}
	f.Add([]byte(`{"type":"Graph"}`))
	f.Add([]byte(eventDoc("48.8566")))
	sch, err := compiledSchema("graph")
	require.NoError(f, err)
	o := diplo.DecodeOptions{Strict: true, MaxErrors: maxProblems + 1, Limits: diplo.Limits{MaxBytes: 1 << 20}}
	f.Fuzz(func(t *testing.T, doc []byte) {
		if o.Check(doc) != nil || isJSONLD(doc) {
			return
		}
		if !canonicalValid(doc, new(graph.Graph), o) {
			return
		}
		found, _ := schemaCheck(sch, doc, maxProblems+1)
		assert.Empty(t, found, "validate skips the JSON Schema, which rejects the document")
		// Strict decoding accepts it too.
		var g graph.Graph
		if assert.NoError(t, o.Unmarshal(doc, &g)) {
			assert.NoError(t, g.Validate())
		}
	})
}

// TestValidateLimitFlags checks -max-bytes and -max-objects end to end on
// a file and on standard input: a document of exactly -max-bytes bytes is
// read and validated, one byte more is refused, and so is a document with
// more objects than -max-objects.
func TestValidateLimitFlags(t *testing.T) {
	doc, err := diplo.Marshal(synth.Graph(40))
	require.NoError(t, err)
	objects := bytes.Count(doc, []byte("{"))
	file := writeFile(t, "doc.json", doc)
	size, objs := strconv.Itoa(len(doc)), strconv.Itoa(objects)
	tests := []struct {
		name     string
		args     []string
		code     int
		contains string
	}{
		{"exact", []string{"-max-bytes", size, "-max-objects", objs}, 0, ""},
		{"one byte short", []string{"-max-bytes", strconv.Itoa(len(doc) - 1), "-max-objects", objs}, 1, "exceeds MaxBytes"},
		{"one object short", []string{"-max-bytes", size, "-max-objects", strconv.Itoa(objects - 1)}, 1, "exceeds MaxObjects"},
	}
	for _, tc := range tests {
		for _, in := range []string{file, "-"} {
			t.Run(tc.name+"/"+in, func(t *testing.T) {
				out, errOut, code := runIn(doc, append(append([]string{"validate"}, tc.args...), in)...)
				assert.Equal(t, tc.code, code, "%s%s", out, errOut)
				assert.Contains(t, out, tc.contains)
			})
		}
	}
}

// TestReadSized checks reading a file of a known size, which may have
// grown or shrunk since its size was taken.
func TestReadSized(t *testing.T) {
	tests := []struct {
		name       string
		data       string
		size, max  int
		want       string
		wantErrLim bool
	}{
		{"as sized", "abcdef", 6, 10, "abcdef", false},
		{"shrunk", "abc", 6, 10, "abc", false},
		{"grown within max", "abcdefgh", 6, 10, "abcdefgh", false},
		{"grown to max", "abcdefghij", 6, 10, "abcdefghij", false},
		{"grown past max", "abcdefghijk", 6, 10, "", true},
		{"at max, grown", "abcdefghijk", 10, 10, "", true},
		{"grown by one to max", "abcdefghij", 9, 10, "abcdefghij", false},
		{"grown by two past max", "abcdefghijk", 9, 10, "", true},
		{"empty", "", 0, 10, "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readSized(strings.NewReader(tc.data), tc.size, tc.max)
			if tc.wantErrLim {
				assert.ErrorIs(t, err, diplo.ErrLimit)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(got))
		})
	}
}

// failingReader returns its data, then err.
type failingReader struct {
	data string
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// TestReadSizedError checks that a failure to read, after the file's
// size or within it, is returned as it is.
func TestReadSizedError(t *testing.T) {
	boom := errors.New("boom")
	for _, data := range []string{"abc", "abcdef"} {
		_, err := readSized(&failingReader{data: data, err: boom}, 6, 10)
		assert.ErrorIs(t, err, boom, "after %q", data)
	}
}

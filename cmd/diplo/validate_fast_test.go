package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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

// requireMapping skips a test where files are not mapped (mapFile is
// Linux only).
func requireMapping(t *testing.T) {
	t.Helper()
	f, err := os.Open(writeFile(t, "probe", []byte("{}")))
	require.NoError(t, err)
	defer f.Close()
	_, unmap, ok := mapFile(f, 2)
	if !ok {
		t.Skip("files are not mapped here")
	}
	unmap()
}

// setMapFiles sets mapFiles for the length of a test.
func setMapFiles(t testing.TB, on bool) {
	old := mapFiles
	mapFiles = on
	t.Cleanup(func() { mapFiles = old })
}

// TestValidateMappedSameReport checks that trying a document in a file
// mapped into memory (mappedValid) changes nothing that validate prints
// or returns: each document of streamCases (canonical and valid, valid
// in another form, invalid, over a limit, JSON-LD, not a graph) gives the
// same output and exit status as with the file read, and only the
// canonical valid ones within the limits are found valid from the
// mapping.
func TestValidateMappedSameReport(t *testing.T) {
	requireMapping(t)
	valid := map[string]bool{"canonical": true, "indented": true, "white space around": true, "head only": true,
		"at MaxBytes": true, "at MaxObjects": true, "example russia-mali": true, "example paris-agreement": true}
	for name, tc := range streamCases(t) {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, "doc.json", tc.doc)
			args := append(append([]string{"validate"}, tc.args...), file)
			setMapFiles(t, false)
			before := mapped.Load()
			wantOut, wantErr, wantCode := runIn(nil, args...)
			require.Equal(t, before, mapped.Load(), "mapped with mapFiles off")
			setMapFiles(t, true)
			out, errOut, code := runIn(nil, args...)
			assert.Equal(t, wantOut, out)
			assert.Equal(t, wantErr, errOut)
			assert.Equal(t, wantCode, code)
			assert.Equal(t, valid[name], mapped.Load() > before, "found valid from the mapping")
		})
	}
}

// TestMappedValid checks when mappedValid tries a document from a
// mapping, and that a canonical valid one does not reach the JSON Schema.
func TestMappedValid(t *testing.T) {
	requireMapping(t)
	doc, err := diplo.Marshal(synth.Graph(40))
	require.NoError(t, err)
	doc = slices.Clip(doc) // the cases append to it
	escaped := bytes.Replace(doc, []byte(`"type"`), []byte(`"\u0074ype"`), 1)
	// The last French text, past the head that contextFirst searches,
	// made "@context".
	at := bytes.LastIndex(doc, []byte(`"fr":"`)) + len(`"fr":"`)
	end := at + bytes.IndexByte(doc[at:], '"')
	require.Greater(t, at, contextHead)
	inString := slices.Concat(doc[:at], []byte("@context"), doc[end:])
	lateContext := append(append(bytes.TrimSuffix(doc, []byte("}")), `,"@context":"`+strings.Repeat("x", contextHead)+`"`...), '}')
	o := diplo.DecodeOptions{Strict: true, MaxErrors: maxProblems + 1, Limits: diplo.Limits{MaxBytes: 1 << 20, MaxObjects: 1 << 20}}
	small := o
	small.Limits.MaxBytes = len(doc) - 1
	tests := []struct {
		name         string
		file         string
		o            diplo.DecodeOptions
		tried, valid bool
	}{
		{"canonical", writeFile(t, "a.json", doc), o, true, true},
		{"not canonical", writeFile(t, "b.json", escaped), o, true, false},
		{"@context in a string", writeFile(t, "c.json", inString), o, true, true},
		{"@context first", writeFile(t, "d.json", append([]byte(`{"@context":"x",`), doc[1:]...)), o, false, false},
		{"@context late", writeFile(t, "e.json", lateContext), o, true, false},
		{"over MaxBytes", writeFile(t, "f.json", doc), small, false, false},
		{"empty", writeFile(t, "g.json", nil), o, false, false},
		{"standard input", "-", o, false, false},
		{"missing", filepath.Join(t.TempDir(), "none.json"), o, false, false},
		{"directory", t.TempDir(), o, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := schemaRuns.Load()
			tried, valid := (&env{}).mappedValid(tc.file, "graph", tc.o)
			assert.Equal(t, tc.tried, tried, "tried")
			assert.Equal(t, tc.valid, valid, "valid")
			assert.Equal(t, before, schemaRuns.Load(), "the JSON Schema step ran")
		})
	}
	// A node document.
	ev, err := diplo.Marshal(synth.Graph(8).Events[0])
	require.NoError(t, err)
	tried, valid := (&env{}).mappedValid(writeFile(t, "ev.json", ev), "event", o)
	assert.True(t, tried && valid, "an event")
	// Nothing of a mapping outlives mappedValid: decoding the same bytes
	// again, from memory, meets no cache that holds a slice of a mapping
	// gone (reading one would end the test with a fault).
	for _, d := range [][]byte{doc, inString} {
		assert.True(t, canonicalValid(bytes.Clone(d), new(graph.Graph), o))
		var g graph.Graph
		assert.NoError(t, o.Unmarshal(bytes.Clone(d), &g))
	}
}

// TestValidateMappedStdin checks that standard input redirected from a
// regular file is tried from a mapping, and left at its end as reading
// it leaves it: "-" given twice reads an empty document the second time,
// mapped or not.
func TestValidateMappedStdin(t *testing.T) {
	requireMapping(t)
	doc, err := diplo.Marshal(synth.Graph(8))
	require.NoError(t, err)
	escaped := bytes.Replace(doc, []byte(`"type"`), []byte(`"\u0074ype"`), 1)
	for _, tc := range []struct {
		name   string
		doc    []byte
		mapped bool
	}{{"canonical", doc, true}, {"not canonical", escaped, false}} {
		file := writeFile(t, "doc.json", tc.doc)
		for _, args := range [][]string{{"validate", "-"}, {"validate", "-", "-"}} {
			t.Run(tc.name+"/"+strings.Join(args, " "), func(t *testing.T) {
				report := func(on bool) (string, string, int, bool) {
					setMapFiles(t, on)
					in, err := os.Open(file)
					require.NoError(t, err)
					defer in.Close()
					before := mapped.Load()
					var out, errOut bytes.Buffer
					code := run(args, in, &out, &errOut)
					return out.String(), errOut.String(), code, mapped.Load() > before
				}
				wantOut, wantErr, wantCode, _ := report(false)
				out, errOut, code, wasMapped := report(true)
				assert.Equal(t, wantOut, out)
				assert.Equal(t, wantErr, errOut)
				assert.Equal(t, wantCode, code)
				assert.Equal(t, tc.mapped, wasMapped, "found valid from the mapping")
				if len(args) == 3 {
					assert.Equal(t, 1, code, "the second - is an empty document")
				}
			})
		}
	}
	// Standard input that is not a file is read.
	tried, _ := (&env{stdin: bytes.NewReader(doc)}).mappedValid("-", "graph", diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: 1 << 20}})
	assert.False(t, tried, "a reader that is not a file")
}

// TestGuardedFault checks that a mapped file cut short while it is read
// makes guarded report that its function did not run to the end, rather
// than end the program, and that any panic is recovered alike.
func TestGuardedFault(t *testing.T) {
	file := writeFile(t, "doc.json", bytes.Repeat([]byte("x"), 1<<20))
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	data, unmap, ok := mapFile(f, 1<<20)
	if !ok {
		t.Skip("files are not mapped here")
	}
	defer unmap()
	ran, res := guarded(func() bool { return data[len(data)-1] == 'x' })
	require.True(t, ran && res, "reading the mapping")
	require.NoError(t, os.Truncate(file, 0))
	ran, res = guarded(func() bool { return data[len(data)-1] == 'x' })
	assert.False(t, ran || res, "a read past the end of a file cut short")
	ran, res = guarded(func() bool { panic("boom") })
	assert.False(t, ran || res, "a panic")
}

// TestContextFirst checks the search for "@context" at the start of a
// document.
func TestContextFirst(t *testing.T) {
	pad := strings.Repeat(" ", contextHead-len(`{"@context`))
	tests := []struct {
		doc  string
		want bool
	}{
		{`{"@context":"x","id":"urn:x:g"}`, true},
		{`{"id":"urn:x:g","@context":"x"}`, true},
		{pad + `{"@context"`, true},
		{pad + ` {"@context"`, false}, // its last byte is past the head
		{`{"id":"urn:x:g"}`, false},
		{``, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, contextFirst([]byte(tc.doc)), "%.40q", tc.doc)
	}
}

// FuzzValidateMapped checks that trying a file's document from a mapping
// changes nothing that validate prints or returns: the same file gives
// the same output and exit status with mapFiles on and off.
//
// Each run validates a file twice, through the JSON Schema when the
// document is not canonical, so the inputs are kept small: the seeds are
// a generated graph of two events, compact and indented, and documents
// over 16 KiB are passed over.
func FuzzValidateMapped(f *testing.F) {
	g := synth.Graph(2)
	compact, err := diplo.Marshal(g)
	require.NoError(f, err)
	indented, err := diplo.MarshalIndent(g, "", " ")
	require.NoError(f, err)
	f.Add(compact)
	f.Add(indented)
	f.Add([]byte(`{"type":"Graph"}`))
	f.Add([]byte(eventDoc("48.8566")))
	f.Add([]byte(`{"@context":"https://w3id.org/diplo/context.jsonld","events":[]}`))
	f.Add([]byte(`{"type":"Graph","title":{"fr":"@context"}}`))
	file := filepath.Join(f.TempDir(), "doc.json")
	f.Fuzz(func(t *testing.T, doc []byte) {
		if len(doc) > 16<<10 {
			return
		}
		require.NoError(t, os.WriteFile(file, doc, 0o644))
		args := []string{"validate", "-max-bytes", "1000000", file}
		setMapFiles(t, false)
		wantOut, wantErr, wantCode := runIn(nil, args...)
		setMapFiles(t, true)
		out, errOut, code := runIn(nil, args...)
		assert.Equal(t, wantOut, out)
		assert.Equal(t, wantErr, errOut)
		assert.Equal(t, wantCode, code)
	})
}

// TestValidateSchemaMessageStable checks that validate reports a value's
// unknown members in one order, sorted, run after run: the JSON Schema
// validator lists them in the order of a Go map's iteration.
func TestValidateSchemaMessageStable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "doc.json")
	valid, err := diplo.Marshal(synth.Graph(2))
	require.NoError(t, err)
	doc := strings.Replace(string(valid), `"type":"State"`, `"type":"State","zz":1,"yy":2,"xx":3,"ww":4`, 1)
	require.NotEqual(t, string(valid), doc, "the graph has a state")
	require.NoError(t, os.WriteFile(file, []byte(doc), 0o644))
	first, _, code := runIn(nil, "validate", file)
	require.Equal(t, 1, code, first)
	assert.Contains(t, first, "additional properties 'ww', 'xx', 'yy', 'zz' not allowed")
	for range 20 {
		out, _, _ := runIn(nil, "validate", file)
		require.Equal(t, first, out)
	}
}

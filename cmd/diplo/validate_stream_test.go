package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
)

// setStreamFrom sets streamFrom for the length of a test.
func setStreamFrom(t testing.TB, n int64) {
	old := streamFrom
	streamFrom = n
	t.Cleanup(func() { streamFrom = old })
}

// streamCases are documents in files for validate, each with the limit
// flags to read it with: canonical and valid, valid in another form,
// invalid, over a limit, or not a graph.
func streamCases(t *testing.T) map[string]struct {
	doc  []byte
	args []string
} {
	g := synth.Graph(8)
	doc, err := diplo.Marshal(g)
	require.NoError(t, err)
	doc = slices.Clip(doc) // the cases append to it
	objects := strconv.Itoa(bytes.Count(doc, []byte("{")))
	ev, err := diplo.Marshal(g.Events[0])
	require.NoError(t, err)
	replace := func(old, new string) []byte {
		require.True(t, bytes.Contains(doc, []byte(old)), old)
		return bytes.Replace(doc, []byte(old), []byte(new), 1)
	}
	badRef := regexp.MustCompile(`"sources":\["[^"]*"\]`).ReplaceAll(ev, []byte(`"sources":["urn:x:nowhere"]`))
	require.NotEqual(t, ev, badRef)
	type tc = struct {
		doc  []byte
		args []string
	}
	cases := map[string]tc{
		"valid escaped":           {replace(`"type"`, `"\u0074ype"`), nil},
		"reference unresolved":    {replace(string(ev), string(badRef)), nil},
		"null":                    {replace(`"fr":"`, `"fr":null,"en":"`), nil},
		"empty list":              {replace(`"persons":[`, `"missions":[],"persons":[`), nil},
		"empty list at the end":   {append(bytes.TrimSuffix(doc, []byte("}")), `,"votes":[]}`...), nil},
		"lists out of order":      {replace(`"persons":[`, `"votes":[],"persons":[`), nil},
		"list twice":              {append(bytes.TrimSuffix(doc, []byte("}")), `,"sources":[]}`...), nil},
		"head after the lists":    {append(bytes.TrimSuffix(doc, []byte("}")), `,"id":"urn:x:g"}`...), nil},
		"unknown member":          {append(bytes.TrimSuffix(doc, []byte("}")), `,"extra":[1]}`...), nil},
		"list not an array":       {replace(`"persons":[`, `"votes":{},"persons":[`), nil},
		"data after":              {append(append([]byte{}, doc...), ` {}`...), nil},
		"cut short":               {doc[:len(doc)-2], nil},
		"not an object":           {[]byte(`[` + string(doc) + `]`), nil},
		"json-ld":                 {replace(`{"id"`, `{"@context":"https://w3id.org/diplo/context.jsonld","id"`), nil},
		"over MaxObjects":         {doc, []string{"-max-objects", strconv.Itoa(bytes.Count(doc, []byte("{")) - 1)}},
		"at MaxObjects":           {doc, []string{"-max-objects", objects}},
		"over MaxBytes":           {doc, []string{"-max-bytes", strconv.Itoa(len(doc) - 1)}},
		"at MaxBytes":             {doc, []string{"-max-bytes", strconv.Itoa(len(doc))}},
		"canonical":               {doc, nil},
		"invalid UTF-8":           {replace(`"fr":"`, "\"fr\":\"\xff"), nil},
		"number out of range":     {replace(`"type":"Graph"`, `"type":"Graph","x":1e400`), nil},
		"member name escaped":     {replace(`"persons"`, `"person\u0073"`), nil},
		"head only":               {[]byte(`{"type":"Graph"}`), nil},
		"empty object":            {[]byte(`{}`), nil},
		"white space around":      {append(append([]byte(" \n\t"), doc...), " \n"...), nil},
		"language und":            {replace(`"fr":"`, `"und":"x","fr":"`), nil},
		"empty string":            {replace(`"fr":"Kwame Sow"`, `"fr":""`), nil},
		"und as a value":          {replace(`"fr":"Kwame Sow"`, `"fr":"UND"`), nil},
		"example russia-mali":     {readFile(t, "../../examples/russia-mali/testdata/russia-mali.golden.json"), nil},
		"example paris-agreement": {readFile(t, "../../examples/paris-agreement/testdata/paris-agreement.golden.json"), nil},
	}
	indented, err := diplo.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	cases["indented"] = tc{indented, nil}
	return cases
}

// TestValidateStreamSameReport checks that reading a graph document as a
// stream changes nothing that validate prints or returns: each document
// gives the same output and exit status streamed as read whole, and only
// the canonical valid ones within the limits are accepted by the stream.
func TestValidateStreamSameReport(t *testing.T) {
	streams := map[string]bool{"canonical": true, "indented": true, "white space around": true, "head only": true,
		"at MaxBytes": true, "at MaxObjects": true, "example russia-mali": true, "example paris-agreement": true}
	for name, tc := range streamCases(t) {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, "doc.json", tc.doc)
			args := append(append([]string{"validate"}, tc.args...), file)
			setStreamFrom(t, math.MaxInt64)
			wantOut, wantErr, wantCode := runIn(nil, args...)
			setStreamFrom(t, 0)
			before := streamed.Load()
			out, errOut, code := runIn(nil, args...)
			assert.Equal(t, wantOut, out)
			assert.Equal(t, wantErr, errOut)
			assert.Equal(t, wantCode, code)
			assert.Equal(t, streams[name], streamed.Load() > before, "streamed")
		})
	}
}

// TestValidateStreamsCanonical checks that validate reads a large graph
// document in diplo's canonical form (compact or indented) as a stream,
// which holds one node at a time: the stream accepts it, and neither the
// whole document nor the JSON Schema is read; a valid document in another
// form is read whole.
func TestValidateStreamsCanonical(t *testing.T) {
	setStreamFrom(t, 0)
	for name, doc := range canonicalDocs(t) {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, "doc.json", doc)
			before, schemaBefore := streamed.Load(), schemaRuns.Load()
			out, errOut, code := runIn(nil, "validate", file)
			require.Zero(t, code, "%s%s", out, errOut)
			assert.Equal(t, before+1, streamed.Load(), "not streamed")
			assert.Equal(t, schemaBefore, schemaRuns.Load(), "the JSON Schema step ran")
		})
	}
	t.Run("small", func(t *testing.T) {
		setStreamFrom(t, math.MaxInt64)
		file := writeFile(t, "doc.json", synthDoc(t, 2))
		before := streamed.Load()
		_, _, code := runIn(nil, "validate", file)
		require.Zero(t, code)
		assert.Equal(t, before, streamed.Load(), "a document below streamFrom is read whole")
	})
	t.Run("stdin", func(t *testing.T) {
		before := streamed.Load()
		_, _, code := runIn(synthDoc(t, 2), "validate", "-")
		require.Zero(t, code)
		assert.Equal(t, before, streamed.Load(), "standard input is read whole")
	})
}

// TestStreamValidGraph checks the graph that streamValid decodes: the
// value that decoding the whole document gives (the same JSON), with the
// texts that are equal shared as one map, and those that differ apart.
func TestStreamValidGraph(t *testing.T) {
	doc := synthDoc(t, 50)
	var want graph.Graph
	require.NoError(t, diplo.Unmarshal(doc, &want))
	var g graph.Graph
	require.True(t, streamValid(bytes.NewReader(doc), &g, diplo.DecodeOptions{}))
	got, err := diplo.Marshal(&g)
	require.NoError(t, err)
	assert.Equal(t, string(doc), string(got))
	assert.True(t, reflect.DeepEqual(&want, &g), "the graph differs from the one decoded whole")

	// The events' places repeat: equal names are one map, others not.
	maps := map[string]uintptr{}
	shared, apart := 0, 0
	for _, e := range g.Events {
		if e.Place.Name == nil {
			continue
		}
		key, err := diplo.Marshal(e.Place.Name)
		require.NoError(t, err)
		p := reflect.ValueOf(e.Place.Name).Pointer()
		if q, ok := maps[string(key)]; ok {
			assert.Equal(t, q, p, "equal texts %s are two maps", key)
			shared++
			continue
		}
		for k, q := range maps {
			assert.NotEqual(t, q, p, "texts %s and %s are one map", k, key)
		}
		maps[string(key)] = p
		apart++
	}
	assert.Positive(t, shared, "no text repeats")
	assert.Greater(t, apart, 1, "every text is the same")
}

// FuzzValidateStream checks that what streamValid accepts, the whole
// document check accepts too, with the same limits: the document passes
// the limits, is a JSON object but not JSON-LD, and canonicalValid finds it
// valid, schema and model, so that validate reports no problem for it.
func FuzzValidateStream(f *testing.F) {
	for _, doc := range canonicalDocs(f) {
		f.Add(doc, 1000, 64)
	}
	f.Add([]byte(`{"type":"Graph"}`), 10, 3)
	f.Add([]byte(eventDoc("48.8566")), 3, 4)
	f.Add(synthDoc(f, 2), 100, 5)
	f.Fuzz(func(t *testing.T, doc []byte, maxObjects, maxDepth int) {
		o := diplo.DecodeOptions{Strict: true, MaxErrors: maxProblems + 1,
			Limits: diplo.Limits{MaxBytes: 1 << 20, MaxObjects: maxObjects, MaxDepth: maxDepth}}
		if !streamValid(bytes.NewReader(doc), new(graph.Graph), o) {
			return
		}
		require.LessOrEqual(t, len(doc), 1<<20)
		require.NoError(t, o.Check(doc), "over a limit")
		require.NoError(t, checkDoc("doc", doc, o), "not a JSON object")
		require.False(t, isJSONLD(doc))
		assert.True(t, canonicalValid(doc, new(graph.Graph), o), "read whole, the document is not canonical and valid")
	})
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	return data
}

// streamCase is "diplo validate FILE" on a valid graph of n events in
// diplo's canonical form, read as a stream (streamFrom set to 0 for the
// length of the test or benchmark): the limits of each part, its
// decoding, the comparison with its encoding, the search for what only
// the JSON Schema refuses, and Validate. At 16n (1,600 events) the
// events are decoded into more than one chunk of streamChunk nodes.
var streamCase = scaling.Case{
	Name: "validate-stream",
	N:    100,
	Setup: func(tb testing.TB, n int) func() {
		doc := synthDoc(tb, n)
		file := filepath.Join(tb.TempDir(), "doc.json")
		if err := os.WriteFile(file, doc, 0o644); err != nil {
			tb.Fatal(err)
		}
		setStreamFrom(tb, 0)
		return func() {
			before := streamed.Load()
			if out, errOut, code := runIn(nil, "validate", file); code != 0 {
				tb.Fatalf("exit %d: %.300s%.300s", code, out, errOut)
			}
			if streamed.Load() == before {
				tb.Fatal("the document was not read as a stream")
			}
		}
	},
}

// BenchmarkValidateStream measures the streamed validation at n, 4n and
// 16n events.
//
//	go test -run='^$' -bench='^BenchmarkValidateStream$' -benchmem ./cmd/diplo
func BenchmarkValidateStream(b *testing.B) { scaling.Bench(b, streamCase) }

// TestValidateStreamScales holds the streamed validation to n log n.
func TestValidateStreamScales(t *testing.T) { scaling.Check(t, streamCase) }

// BenchmarkValidateStreamSynth runs validate on the 10,000-event record
// read as a stream (streamFrom 0), with the processor time per run.
//
//	go test -run='^$' -bench='^BenchmarkValidateStreamSynth$' -benchtime=3x -count=6 ./cmd/diplo
func BenchmarkValidateStreamSynth(b *testing.B) {
	doc := synthDoc(b, 10000)
	file := filepath.Join(b.TempDir(), "doc.json")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		b.Fatal(err)
	}
	setStreamFrom(b, 0)
	start := cpuTime()
	for b.Loop() {
		before := streamed.Load()
		if err := command("validate", file); err != nil {
			b.Fatal(err)
		}
		if streamed.Load() == before {
			b.Fatal("not streamed")
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

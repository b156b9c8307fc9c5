package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// visitRecords are the three records of the example visit-sources.
var visitRecords = []string{
	"../../examples/visit-sources/records/article.json",
	"../../examples/visit-sources/records/abamako.json",
	"../../examples/visit-sources/records/anadolu.json",
}

// mergeFiles merges the graphs of the files with graph.Merge.
func mergeFiles(t *testing.T, names ...string) (*graph.Graph, *graph.MergeReport) {
	t.Helper()
	var gs []*graph.Graph
	for _, n := range names {
		data, err := os.ReadFile(n)
		require.NoError(t, err)
		g, err := graph.Unmarshal(data)
		require.NoError(t, err)
		gs = append(gs, g)
	}
	g, rep, err := graph.Merge(gs, graph.MergeOptions{})
	require.NoError(t, err)
	return g, rep
}

func TestMergeCommand(t *testing.T) {
	want, rep := mergeFiles(t, visitRecords...)
	wantJSON, err := diplo.MarshalIndent(want, "", "  ")
	require.NoError(t, err)

	out, errOut, code := runIn(nil, append([]string{"merge"}, visitRecords...)...)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, string(wantJSON)+"\n", out)
	// The report, as text, on standard error.
	assert.Contains(t, errOut, "merged 3 records into 17 nodes")
	assert.Contains(t, errOut, "unified Person https://w3id.org/diplo/examples/visit-sources/abamako/putin <- ")
	assert.Contains(t, errOut, "on wikidata:Q7747\n")
	assert.Contains(t, errOut, "conflict accords[https://w3id.org/diplo/examples/visit-sources/principles].kind: kept \"framework-agreement\", claimed\n")
	assert.Equal(t, len(rep.Conflicts), strings.Count(errOut, "\nconflict "))

	// -o and -report write files; the merged record validates with the
	// JSON Schema and the model's rules.
	dir := t.TempDir()
	outFile, repFile := filepath.Join(dir, "merged.json"), filepath.Join(dir, "report.json")
	out, errOut, code = runIn(nil, append([]string{"merge", "-o", outFile, "--report", repFile}, visitRecords...)...)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, out)
	assert.Empty(t, errOut)
	got, err := os.ReadFile(outFile)
	require.NoError(t, err)
	assert.Equal(t, string(wantJSON)+"\n", string(got))
	var gotRep graph.MergeReport
	data, err := os.ReadFile(repFile)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &gotRep))
	assert.Equal(t, *rep, gotRep)
	_, errOut, code = runIn(nil, "validate", outFile)
	assert.Equal(t, 0, code, errOut)

	// The order of the files changes nothing.
	rev, _, code := runIn(nil, "merge", visitRecords[2], visitRecords[0], visitRecords[1])
	require.Equal(t, 0, code)
	assert.Equal(t, string(wantJSON)+"\n", rev)
}

func TestMergeCommandFails(t *testing.T) {
	valid := visitRecords[0]
	invalid := writeFile(t, "invalid.json", []byte(`{"events":[{"id":"urn:x:e","type":"Event","kind":"party"}]}`))
	other := writeFile(t, "other.json", []byte(`{"persons":[{"id":"urn:x:e","type":"Person","name":{"fr":"E"}}]}`))
	event := writeFile(t, "event.json", []byte(`{"events":[{"id":"urn:x:e","type":"Event","kind":"summit"}]}`))
	missing := filepath.Join(t.TempDir(), "missing.json")
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"one file", []string{valid}, 2, "diplo merge: merge takes two or more files"},
		{"stdin twice", []string{"-", "-"}, 2, "standard input (-) can be read once"},
		{"invalid file", []string{valid, invalid}, 1, "invalid.json: events[0].kind: unknown value"},
		{"missing file", []string{invalid, missing}, 2, "missing.json"},
		{"one ID, two types", []string{other, event}, 1, "diplo: merge: graphs[1].events[0].id: inconsistent"},
		{"limits first", []string{"-max-objects", "3", valid, valid}, 1, "limit exceeded"},
		{"bad limit", []string{"-max-bytes", "0", valid, valid}, 2, "-max-bytes and -max-objects must be positive"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runIn(nil, append([]string{"merge"}, tc.args...)...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.msg)
		})
	}
}

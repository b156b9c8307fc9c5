package graph_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const goldenSmall = "testdata/small.golden.json"

// marshal writes g as the golden files hold it: indented by two spaces,
// with a final newline.
func marshal(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	b, err := json.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// TestGolden checks that the small graph writes as the golden file, and
// rewrites the file with -update.
func TestGolden(t *testing.T) {
	got := marshal(t, smallGraph())
	if *update {
		require.NoError(t, os.WriteFile(goldenSmall, got, 0o644))
	}
	want, err := os.ReadFile(goldenSmall)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "small graph differs from %s; run go test -update if the change is intended", goldenSmall)
}

// TestRoundTripValue checks graph -> JSON -> graph.
func TestRoundTripValue(t *testing.T) {
	for _, strict := range []bool{false, true} {
		g := smallGraph()
		b, err := json.Marshal(g)
		require.NoError(t, err)
		back, err := graph.Read(bytes.NewReader(b), diplo.DecodeOptions{Strict: strict})
		require.NoError(t, err, "strict=%v", strict)
		assert.Equal(t, g, back, "strict=%v: round trip differs", strict)
		assert.NoError(t, back.Validate(), "strict=%v: decoded graph does not validate", strict)
	}
}

// TestRoundTripGolden checks JSON -> graph -> JSON on the golden file, byte
// for byte.
func TestRoundTripGolden(t *testing.T) {
	data, err := os.ReadFile(goldenSmall)
	require.NoError(t, err)
	for _, decode := range []struct {
		name string
		fn   func([]byte) (*graph.Graph, error)
	}{{"Unmarshal", graph.Unmarshal}, {"UnmarshalStrict", graph.UnmarshalStrict}} {
		t.Run(decode.name, func(t *testing.T) {
			g, err := decode.fn(data)
			require.NoError(t, err)
			require.NoError(t, g.Validate(), "golden graph does not validate")
			// Exact counts, so that a list lost in decoding shows.
			counts := []int{len(g.Persons), len(g.States), len(g.Organizations), len(g.Offices), len(g.Tenures),
				len(g.Delegations), len(g.Events), len(g.Statements), len(g.Accords), len(g.Sources)}
			assert.Equal(t, []int{2, 2, 1, 2, 2, 2, 3, 1, 1, 1}, counts, "node counts")
			assert.Equal(t, string(data), string(marshal(t, g)), "round trip of %s differs", goldenSmall)
		})
	}
}

// firstError returns the first field error of err, failing if there is
// none.
func firstError(t *testing.T, err error) *diplo.FieldError {
	t.Helper()
	var fe *diplo.FieldError
	require.ErrorAs(t, err, &fe, "error %v (%T) holds no *diplo.FieldError", err, err)
	return fe
}

func TestUnmarshalErrors(t *testing.T) {
	const twoEvents = `{"type": "Graph", "events": [
		{"id": "urn:x:1", "type": "Event", "kind": "summit"},
		{"id": "urn:x:2", "type": "Event", "kind": %s}
	]}`
	tests := []struct {
		name   string
		strict bool
		doc    string
		want   []want
	}{
		{
			name: "unknown event kind",
			doc:  strings.Replace(twoEvents, "%s", `"sumit"`, 1),
			want: []want{{"events[1].kind", diplo.ErrUnknown, `event kind "sumit"`}},
		},
		{
			name:   "unknown event kind, strict",
			strict: true,
			doc:    strings.Replace(twoEvents, "%s", `"sumit"`, 1),
			want:   []want{{"events[1].kind", diplo.ErrUnknown, `event kind "sumit"`}},
		},
		{
			name: "kind of the wrong JSON type",
			doc:  strings.Replace(twoEvents, "%s", `7`, 1),
			want: []want{{"events[1].kind", diplo.ErrJSON, "want string, got number"}},
		},
		{
			name: "long bad value quoted short",
			doc:  strings.Replace(twoEvents, "%s", `"`+strings.Repeat("x", 1000)+`"`, 1),
			want: []want{{"events[1].kind", diplo.ErrUnknown, `"` + strings.Repeat("x", diplo.MaxQuote) + `..."`}},
		},
		{
			name:   "unknown member, strict",
			strict: true,
			doc:    `{"type": "Graph", "events": [{"id": "urn:x:1", "type": "Event", "kind": "summit", "bogus": 1}]}`,
			want:   []want{{"events[0].bogus", diplo.ErrUnknownField, ""}},
		},
		{
			name:   "duplicate key, strict",
			strict: true,
			doc:    `{"type": "Graph", "persons": [{"id": "urn:x:1", "type": "Person", "name": {"fr": "A"}, "name": {"fr": "B"}}]}`,
			want:   []want{{"persons[0].name", diplo.ErrDuplicate, ""}},
		},
		{
			name:   "duplicate language, strict",
			strict: true,
			doc:    `{"type": "Graph", "title": {"fr": "A", "fr": "B"}}`,
			want:   []want{{"title.fr", diplo.ErrDuplicate, ""}},
		},
		{
			name: "wrong node type",
			doc:  `{"type": "Graph", "accords": [{"id": "urn:x:1", "type": "Treaty"}]}`,
			want: []want{{"accords[0].type", diplo.ErrUnknown, `"Treaty"`}},
		},
		{
			name: "wrong graph type",
			doc:  `{"type": "Graf"}`,
			want: []want{{"type", diplo.ErrUnknown, `"Graf"`}},
		},
		{
			name: "bad date",
			doc:  `{"statements": [{"id": "urn:x:1", "type": "Statement", "date": "2025-02-30"}]}`,
			want: []want{{"statements[0].date", diplo.ErrRange, `"2025-02-30"`}},
		},
		{
			name: "list where an object belongs",
			doc:  `{"sources": [[]]}`,
			want: []want{{"sources[0]", diplo.ErrJSON, "want object, got array"}},
		},
		{
			name: "several errors, sorted by path",
			doc: `{"type": "Graph",
				"states": [{"id": "urn:x:s", "type": "State", "country": "XX"}],
				"events": [{"id": "urn:x:1", "type": "Event", "kind": "sumit"},
					{"id": "urn:x:2", "type": "Event", "kind": "summit", "status": "done"}],
				"accords": [{"id": "urn:x:a", "type": "Accord", "kind": "pact"}]}`,
			want: []want{
				{"accords[0].kind", diplo.ErrUnknown, `"pact"`},
				{"events[0].kind", diplo.ErrUnknown, `"sumit"`},
				{"events[1].status", diplo.ErrUnknown, `"done"`},
				{"states[0].country", diplo.ErrCountry, `"XX"`},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			decode := graph.Unmarshal
			if tc.strict {
				decode = graph.UnmarshalStrict
			}
			g, err := decode([]byte(tc.doc))
			require.Error(t, err, "decoded without error: %+v", g)
			assert.Nil(t, g, "returned a graph with the error")
			checkErrors(t, err, tc.want)
		})
	}
}

// TestUnmarshalLenient checks that lenient decoding ignores and drops
// unknown members, where strict decoding rejects them.
func TestUnmarshalLenient(t *testing.T) {
	doc := []byte(`{"type": "Graph", "@context": "https://w3id.org/diplo/context.jsonld",
		"events": [{"id": "urn:x:1", "type": "Event", "kind": "summit", "bogus": {"deep": [1, 2]}}],
		"title": {"fr": "A", "fr": "B"}}`)
	g, err := graph.Unmarshal(doc)
	require.NoError(t, err)
	require.Len(t, g.Events, 1, "events = %+v", g.Events)
	require.Equal(t, event.Summit, g.Events[0].Kind, "events = %+v", g.Events)
	// Of duplicate keys the last wins.
	s, _ := g.Title.Get()
	assert.Equal(t, "B", s, "title")
	out, err := json.Marshal(g)
	require.NoError(t, err)
	assert.NotContains(t, string(out), "bogus", "unknown members kept")
	assert.NotContains(t, string(out), "@context", "unknown members kept")
	_, err = graph.UnmarshalStrict(doc)
	checkErrors(t, err, []want{
		{"@context", diplo.ErrUnknownField, ""},
		{"events[0].bogus", diplo.ErrUnknownField, ""},
		{"title.fr", diplo.ErrDuplicate, ""},
	})
}

func TestUnmarshalMalformed(t *testing.T) {
	tests := []struct {
		name, doc, msg string
	}{
		{"empty", ``, "malformed JSON"},
		{"truncated", "{\"events\": [\n  {\"id\": ", "line 2, column 10"},
		{"trailing data", `{} {}`, "malformed JSON"},
		{"not an object", `[1]`, "document is an array, not an object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := graph.Unmarshal([]byte(tc.doc))
			require.ErrorIs(t, err, diplo.ErrJSON, "Unmarshal(%q)", tc.doc)
			fe := firstError(t, err)
			assert.Contains(t, fe.Error(), tc.msg)
		})
	}
}

func TestRead(t *testing.T) {
	f, err := os.Open(filepath.FromSlash(goldenSmall))
	require.NoError(t, err)
	defer f.Close()
	g, err := graph.Read(f, diplo.DecodeOptions{Strict: true})
	require.NoError(t, err)
	assert.Equal(t, smallGraph(), g, "Read of %s differs from the small graph", goldenSmall)
	_, err = graph.Read(errReader{}, diplo.DecodeOptions{})
	assert.ErrorIs(t, err, errRead, "Read of a failing reader")
}

var errRead = errors.New("read failed")

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errRead }

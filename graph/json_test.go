package graph_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const goldenSmall = "testdata/small.golden.json"

// marshal writes g as the golden files hold it: indented by two spaces,
// with a final newline.
func marshal(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	b, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// TestGolden checks that the small graph writes as the golden file, and
// rewrites the file with -update.
func TestGolden(t *testing.T) {
	got := marshal(t, smallGraph())
	if *update {
		if err := os.WriteFile(goldenSmall, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenSmall)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("small graph differs from %s; run go test -update if the change is intended\ngot:\n%s", goldenSmall, got)
	}
}

// TestRoundTripValue checks graph -> JSON -> graph.
func TestRoundTripValue(t *testing.T) {
	for _, strict := range []bool{false, true} {
		g := smallGraph()
		b, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		back, err := graph.Read(bytes.NewReader(b), graph.DecodeOptions{Strict: strict})
		if err != nil {
			t.Fatalf("strict=%v: %v", strict, err)
		}
		if !reflect.DeepEqual(back, g) {
			t.Errorf("strict=%v: round trip differs:\n got %+v\nwant %+v", strict, back, g)
		}
		if err := back.Validate(); err != nil {
			t.Errorf("strict=%v: decoded graph does not validate: %v", strict, err)
		}
	}
}

// TestRoundTripGolden checks JSON -> graph -> JSON on the golden file, byte
// for byte.
func TestRoundTripGolden(t *testing.T) {
	data, err := os.ReadFile(goldenSmall)
	if err != nil {
		t.Fatal(err)
	}
	for _, decode := range []struct {
		name string
		fn   func([]byte) (*graph.Graph, error)
	}{{"Unmarshal", graph.Unmarshal}, {"UnmarshalStrict", graph.UnmarshalStrict}} {
		t.Run(decode.name, func(t *testing.T) {
			g, err := decode.fn(data)
			if err != nil {
				t.Fatal(err)
			}
			if err := g.Validate(); err != nil {
				t.Fatalf("golden graph does not validate: %v", err)
			}
			// Exact counts, so that a list lost in decoding shows.
			counts := []int{len(g.Persons), len(g.States), len(g.Organizations), len(g.Offices), len(g.Tenures),
				len(g.Delegations), len(g.Events), len(g.Statements), len(g.Accords), len(g.Sources)}
			if want := []int{2, 2, 1, 2, 2, 2, 3, 1, 1, 1}; !reflect.DeepEqual(counts, want) {
				t.Errorf("node counts %v, want %v", counts, want)
			}
			if got := marshal(t, g); !bytes.Equal(got, data) {
				t.Errorf("round trip of %s differs:\n%s", goldenSmall, got)
			}
		})
	}
}

// firstError returns the first field error of err, failing if there is
// none.
func firstError(t *testing.T, err error) *diplo.FieldError {
	t.Helper()
	var fe *diplo.FieldError
	if !errors.As(err, &fe) {
		t.Fatalf("error %v (%T) holds no *diplo.FieldError", err, err)
	}
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
			if err == nil {
				t.Fatalf("decoded without error: %+v", g)
			}
			if g != nil {
				t.Errorf("returned a graph with the error")
			}
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
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Events) != 1 || g.Events[0].Kind != "summit" {
		t.Fatalf("events = %+v", g.Events)
	}
	// Of duplicate keys the last wins.
	if s, _ := g.Title.Get(); s != "B" {
		t.Errorf("title = %q, want B", s)
	}
	out, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("bogus")) || bytes.Contains(out, []byte("@context")) {
		t.Errorf("unknown members kept: %s", out)
	}
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
			if !errors.Is(err, diplo.ErrJSON) {
				t.Fatalf("Unmarshal(%q) = %v, want ErrJSON", tc.doc, err)
			}
			fe := firstError(t, err)
			if !strings.Contains(fe.Error(), tc.msg) {
				t.Errorf("error %q does not contain %q", fe.Error(), tc.msg)
			}
		})
	}
}

func TestRead(t *testing.T) {
	f, err := os.Open(filepath.FromSlash(goldenSmall))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := graph.Read(f, graph.DecodeOptions{Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, smallGraph()) {
		t.Errorf("Read of %s differs from the small graph", goldenSmall)
	}
	_, err = graph.Read(errReader{}, graph.DecodeOptions{})
	if !errors.Is(err, errRead) {
		t.Errorf("Read of a failing reader = %v, want its error", err)
	}
}

var errRead = errors.New("read failed")

type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errRead }

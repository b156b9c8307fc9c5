package graph_test

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/alloctest"
	"github.com/diplo-go/diplo/internal/codec"
)

// checkPlainType checks that where codec.PlainMember finds the type of a
// line, codec.Member, the search that NodeReader falls back on, finds
// the same.
func checkPlainType(t *testing.T, line []byte) (string, bool) {
	t.Helper()
	name, ok := codec.PlainMember(line, "type")
	if !ok {
		return "", false
	}
	raw, err := codec.Member(line, "type")
	require.NoError(t, err, "Member(%q)", line)
	require.NotNil(t, raw, "Member(%q) finds no type", line)
	require.Equal(t, byte('"'), byte(raw.Kind()), "Member(%q) = %s", line, raw)
	assert.Equal(t, codec.Unquote(raw), string(name), "type of %q", line)
	return string(name), true
}

// TestPlainType checks the type read from the start of a line as
// NodeWriter writes it, and that other lines are left to the search of
// the whole line.
func TestPlainType(t *testing.T) {
	tests := []struct {
		line string
		want string // "-" for a line left to the search
	}{
		{`{"id":"urn:x:1","type":"Event","kind":"summit"}`, "Event"},
		{`{"type":"State","id":"urn:x:2"}`, "State"},
		{`{"id":"urn:x:1","type":"Event"`, "Event"}, // Member reads no further either
		{`{"id":"urn:x:1","type":"Meeting"}`, "Meeting"},
		{"{\"id\":\"urn:x:é\xff\",\"type\":\"Source\"}", "Source"}, // Member allows invalid UTF-8
		{`{"id":"","type":""}`, ""},
		{`{"id":"urn:x:1","type":"Ev\u0065nt"}`, "-"},      // an escape
		{`{"id":"urn:x:\"1","type":"Event"}`, "-"},         // an escape before the type
		{`{"Type":"State","type":"Event"}`, "-"},           // the name in another case
		{`{"TYPE":"State"}`, "-"},                          // the name in another case alone
		{`{"typ\u0065":"State"}`, "-"},                     // an escaped name
		{`{"ty pe":"State","type":"Event"}`, "-"},          // a name Member reads, not PlainMember
		{`{"id":7,"type":"Event"}`, "-"},                   // a value that is not a string
		{`{"id":"urn:x:1","type":7}`, "-"},                 // a type that is not a string
		{`{ "id":"urn:x:1","type":"Event"}`, "-"},          // white space
		{`{"id":"urn:x:1", "type":"Event"}`, "-"},          // white space
		{"{\"id\":\"urn:x:\t1\",\"type\":\"Event\"}", "-"}, // a control character
		{`{"id":"urn:x:1"}`, "-"},
		{`{"id":"urn:x:1"`, "-"},
		{`{}`, "-"},
		{`["type","Event"]`, "-"},
		{``, "-"},
	}
	for _, tc := range tests {
		name, ok := checkPlainType(t, []byte(tc.line))
		if tc.want == "-" {
			assert.False(t, ok, "PlainMember(%q) = %q", tc.line, name)
			continue
		}
		assert.True(t, ok, "PlainMember(%q) gives nothing", tc.line)
		assert.Equal(t, tc.want, name, "PlainMember(%q)", tc.line)
	}
	// Every line NodeWriter writes takes the short way.
	golden, err := os.ReadFile(goldenNodes)
	require.NoError(t, err)
	for line := range bytes.Lines(golden) {
		_, ok := checkPlainType(t, bytes.TrimSuffix(line, []byte("\n")))
		assert.True(t, ok, "PlainMember(%.60q...) gives nothing", line)
	}
}

// FuzzPlainType checks, on any line, that the type PlainMember reads is the
// one codec.Member finds.
func FuzzPlainType(f *testing.F) {
	golden, err := os.ReadFile(goldenNodes)
	if err != nil {
		f.Fatal(err)
	}
	for line := range bytes.Lines(golden) {
		f.Add(bytes.TrimSuffix(line, []byte("\n")))
	}
	for _, s := range []string{`{"Type":"State","type":"Event"}`, `{"id":"a","type":"b"`, `{"id":"\"","type":"b"}`, `{"tYpE":1,"type":"x"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		checkPlainType(t, line)
	})
}

// TestNodeReaderAllocs checks that reading a line that NodeWriter wrote
// allocates no more than decoding it into a node of its type: finding the
// type costs nothing.
func TestNodeReaderAllocs(t *testing.T) {
	if alloctest.Race {
		t.Skip("the race detector makes sync.Pool drop what is put in it")
	}
	line := []byte(`{"id":"https://example.org/diplo/events/visit","type":"Event","kind":"official-visit","participants":[{"actor":"https://w3id.org/diplo/id/state/ML","role":"host"}]}`)
	opts := diplo.DecodeOptions{Strict: true}
	decode := testing.AllocsPerRun(50, func() {
		var e event.Event
		if err := opts.Unmarshal(line, &e); err != nil {
			t.Fatal(err)
		}
	})
	stream := bytes.Repeat(append(line, '\n'), 60)
	r := graph.NewNodeReader(bytes.NewReader(stream), opts)
	read := testing.AllocsPerRun(50, func() {
		if _, err := r.Read(); err != nil {
			t.Fatal(err)
		}
	})
	assert.LessOrEqual(t, read, decode, "allocations of a Read against those of decoding the line")
}

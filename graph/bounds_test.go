package graph_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/diplo-go/diplo/internal/alloctest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// onlyReader hides the Len method of a reader, so that a reader must
// read it to learn its length.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// boundsLimit is the MaxBytes of the tests that feed four times as much.
const boundsLimit = 1 << 20

// TestNodeReaderLongLineBoundedMemory feeds NodeReader a line of four
// times MaxBytes (1 MiB), followed by a good line: the long line is
// refused with ErrLimit after allocating less than twice MaxBytes (it
// is not buffered past MaxBytes+1), and the next line is read.
func TestNodeReaderLongLineBoundedMemory(t *testing.T) {
	long := `{"type":"Source","id":"urn:x:s","title":{"fr":"` + strings.Repeat("a", 4*boundsLimit) + `"}}`
	input := []byte(long + "\n" + `{"type":"Source","id":"urn:x:t","url":"https://example.org/"}` + "\n")
	o := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: boundsLimit}}
	var (
		first, second error
		node          graph.Node
	)
	n := alloctest.LeastAllocated(3, func() {
		r := graph.NewNodeReader(onlyReader{bytes.NewReader(input)}, o)
		_, first = r.Read()
		node, second = r.Read()
	})
	require.ErrorIs(t, first, diplo.ErrLimit)
	var le *graph.LineError
	require.ErrorAs(t, first, &le)
	assert.Equal(t, 1, le.Line)
	require.NoError(t, second)
	assert.Equal(t, diplo.ID("urn:x:t"), node.(*diplo.Source).ID)
	assert.Less(t, n, uint64(2*boundsLimit), "bytes allocated reading a line of %d bytes with MaxBytes %d", len(long), boundsLimit)
	t.Logf("a line of %d bytes, refused, and a short one allocated %d bytes", len(long), n)
}

// TestReadBoundedMemory feeds graph.Read a stream of four times MaxBytes
// (1 MiB) that does not tell its length: it reads MaxBytes+1 bytes, and
// allocates less than twice MaxBytes, before refusing it.
func TestReadBoundedMemory(t *testing.T) {
	doc := []byte(`{"title":{"fr":"` + strings.Repeat("a", 4*boundsLimit) + `"}}`)
	o := diplo.DecodeOptions{Limits: diplo.Limits{MaxBytes: boundsLimit}}
	var (
		err  error
		left int
	)
	n := alloctest.LeastAllocated(3, func() {
		r := bytes.NewReader(doc)
		_, err = graph.Read(onlyReader{r}, o)
		left = r.Len()
	})
	require.ErrorIs(t, err, diplo.ErrLimit)
	assert.Equal(t, len(doc)-(boundsLimit+1), left, "bytes left unread")
	assert.Less(t, n, uint64(2*boundsLimit), "bytes allocated reading %d bytes with MaxBytes %d", len(doc), boundsLimit)
	t.Logf("refusing a stream of %d bytes allocated %d bytes", len(doc), n)
}

// notObjects are documents that are well-formed JSON but not objects.
var notObjects = []struct{ doc, kind string }{
	{`null`, "null"}, {" null\n", "null"}, {`[]`, "an array"}, {`[{"events":[]}]`, "an array"},
	{`"x"`, "a string"}, {`1`, "a number"}, {`-0.5e3`, "a number"}, {`true`, "a boolean"}, {`false`, "a boolean"},
}

// TestUnmarshalRefusesNonObjects checks that a document that is not a
// JSON object is not taken for an empty graph: Unmarshal,
// UnmarshalStrict and Read refuse it with ErrJSON at path "", naming
// what it is.
func TestUnmarshalRefusesNonObjects(t *testing.T) {
	decoders := map[string]func([]byte) (*graph.Graph, error){
		"Unmarshal":       graph.Unmarshal,
		"UnmarshalStrict": graph.UnmarshalStrict,
		"Read": func(b []byte) (*graph.Graph, error) {
			return graph.Read(onlyReader{bytes.NewReader(b)}, diplo.DecodeOptions{})
		},
	}
	for _, tc := range notObjects {
		for name, decode := range decoders {
			g, err := decode([]byte(tc.doc))
			assert.Nil(t, g, "%s(%q)", name, tc.doc)
			require.ErrorIs(t, err, diplo.ErrJSON, "%s(%q)", name, tc.doc)
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "", fe.Path)
			assert.Equal(t, "malformed JSON: document is "+tc.kind+", not an object", err.Error(), "%s(%q)", name, tc.doc)
		}
	}
	for name, decode := range decoders {
		g, err := decode([]byte(` {} `))
		require.NoError(t, err, name)
		assert.Equal(t, 0, g.Len(), name)
	}
}

// TestNodeReaderRefusesNonObjects checks that a line that is not a JSON
// object is an error of its line, and that reading goes on.
func TestNodeReaderRefusesNonObjects(t *testing.T) {
	var in strings.Builder
	for _, tc := range notObjects {
		in.WriteString(strings.TrimSpace(tc.doc) + "\n")
	}
	in.WriteString(`{"type":"Source","id":"urn:x:t","url":"https://example.org/"}` + "\n")
	r := graph.NewNodeReader(strings.NewReader(in.String()), diplo.DecodeOptions{})
	for i := range notObjects {
		n, err := r.Read()
		assert.Nil(t, n)
		require.ErrorIs(t, err, diplo.ErrJSON, "line %d", i+1)
		var le *graph.LineError
		require.ErrorAs(t, err, &le)
		assert.Equal(t, i+1, le.Line)
		assert.Contains(t, err.Error(), "want object")
	}
	n, err := r.Read()
	require.NoError(t, err)
	assert.Equal(t, graph.SourceNode, graph.TypeOf(n))
	_, err = r.Read()
	assert.Equal(t, io.EOF, err)
}

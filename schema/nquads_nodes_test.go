package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// nodeNQuads is what WriteNodeNQuads writes for n.
func nodeNQuads(t *testing.T, n graph.Node) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, WriteNodeNQuads(&b, n))
	return b.String()
}

// TestNQuadsNodeWriter checks that an NQuadsNodeWriter writes, node after
// node, the bytes of WriteNodeNQuads for each (blank nodes from _:b0 in
// each), that a node that fails writes nothing and is reported as
// WriteNodeNQuads reports it, and that a failing writer stops it.
func TestNQuadsNodeWriter(t *testing.T) {
	_, nodes := nodesOf(richGraph())
	var want strings.Builder
	var got bytes.Buffer
	w := NewNQuadsNodeWriter(&got)
	for _, v := range nodes {
		n := v.(graph.Node)
		want.WriteString(nodeNQuads(t, n))
		require.NoError(t, w.Write(n))
	}
	require.NoError(t, w.Flush())
	require.Equal(t, want.String(), got.String())
	require.Greater(t, strings.Count(got.String(), "_:b0 "), 1, "blank nodes are labelled from _:b0 in each node")

	// A node that fails after writing quads of its own, between two that
	// do not.
	good := &event.Event{ID: "urn:x:1", Kind: event.Visit, Name: tx("fr", "Visite")}
	bad := &event.Event{ID: "urn:x:2", Kind: event.Visit, Name: tx("fr", "Visite"),
		Participants: []event.Participant{{Actor: "urn:x:3", Role: "boss"}}}
	wantErr := WriteNodeNQuads(io.Discard, bad)
	require.ErrorIs(t, wantErr, diplo.ErrUnknown)
	got.Reset()
	for _, n := range []graph.Node{good, bad, good, (*actor.Person)(nil), good} {
		err := w.Write(n)
		switch n {
		case bad:
			assert.Equal(t, wantErr, err)
		case good:
			assert.NoError(t, err)
		default:
			assert.ErrorIs(t, err, ErrNotNode)
		}
	}
	require.NoError(t, w.Flush())
	assert.Equal(t, strings.Repeat(nodeNQuads(t, good), 3), got.String(), "a node that fails writes nothing")

	// The writer's buffer is its own, even over a large bufio.Writer: a
	// failed node does not drop what the caller had buffered.
	got.Reset()
	bw := bufio.NewWriterSize(&got, 64<<10)
	_, err := bw.WriteString("kept\n")
	require.NoError(t, err)
	w = NewNQuadsNodeWriter(bw)
	require.Error(t, w.Write(bad))
	require.NoError(t, w.Write(good))
	require.NoError(t, w.Flush())
	require.NoError(t, bw.Flush())
	assert.Equal(t, "kept\n"+nodeNQuads(t, good), got.String())

	// A failure of the underlying writer is returned again by every
	// later Write.
	w = NewNQuadsNodeWriter(failingWriter{})
	require.NoError(t, w.Write(good))
	for _, err := range []error{w.Flush(), w.Write(good), w.Flush()} {
		assert.ErrorContains(t, err, "disk full")
		assert.True(t, strings.HasPrefix(err.Error(), "schema: writing N-Quads: "), "message: %v", err)
	}
}

// writes records the writes made to it.
type writes struct{ each []string }

func (w *writes) Write(p []byte) (int, error) {
	w.each = append(w.each, string(p))
	return len(p), nil
}

// TestNQuadsNodeWriterWrites checks that an NQuadsNodeWriter writes whole
// nodes, in writes of at least 32 KiB but for the last.
func TestNQuadsNodeWriterWrites(t *testing.T) {
	var rec writes
	w := NewNQuadsNodeWriter(&rec)
	var want strings.Builder
	ends := map[int]bool{} // where the quads of a node end
	for i := range 400 {
		e := &event.Event{ID: diplo.ID("urn:x:" + strings.Repeat("e", i%7) + "1"), Kind: event.Visit, Name: tx("fr", "Visite", "en", "Visit"),
			Participants: []event.Participant{{Actor: "urn:x:2", Role: event.Host}}}
		want.WriteString(nodeNQuads(t, e))
		ends[want.Len()] = true
		require.NoError(t, w.Write(e))
	}
	require.NoError(t, w.Flush())
	require.NoError(t, w.Flush(), "a second Flush writes nothing")
	require.Greater(t, len(rec.each), 2)
	assert.Equal(t, want.String(), strings.Join(rec.each, ""))
	end := 0
	for i, p := range rec.each {
		if i < len(rec.each)-1 {
			assert.GreaterOrEqual(t, len(p), 32<<10, "write %d", i)
		}
		end += len(p)
		assert.True(t, ends[end], "write %d ends inside a node", i)
	}
}

// TestNQuadsNodeWriterAllocs checks that writing a node without texts
// allocates nothing: the writer's buffers are kept from one node to the
// next.
func TestNQuadsNodeWriterAllocs(t *testing.T) {
	e := &event.Event{ID: "urn:x:1", Kind: event.Visit, Start: date("2025-06-23"),
		Participants: []event.Participant{{Actor: "urn:x:2", Role: event.Host}, {Actor: "urn:x:3", Role: event.Guest}}}
	w := NewNQuadsNodeWriter(io.Discard)
	allocs := testing.AllocsPerRun(50, func() {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs, "allocations per node")
}

// FuzzNQuadsNodeWriter decodes arbitrary diplo JSON into a graph and
// checks that an NQuadsNodeWriter writes for its nodes, one after another,
// what WriteNodeNQuads writes for each, failing where it fails.
func FuzzNQuadsNodeWriter(f *testing.F) {
	for _, g := range smallGraphs() {
		b, err := json.Marshal(g)
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{"type":"Graph","persons":[{"id":"urn:a","type":"Person","name":{"fr":"A"}},{"id":"x","type":"Person"},{"id":"urn:b","type":"Person","claims":[{"value":{"en":"v"}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var g graph.Graph
		if err := diplo.Unmarshal(data, &g); err != nil {
			return
		}
		var want strings.Builder
		var got bytes.Buffer
		w := NewNQuadsNodeWriter(&got)
		for _, n := range g.Nodes() {
			var one strings.Builder
			wantErr := WriteNodeNQuads(&one, n)
			if wantErr == nil {
				want.WriteString(one.String())
			}
			require.Equal(t, wantErr, w.Write(n))
		}
		require.NoError(t, w.Flush())
		require.Equal(t, want.String(), got.String())
	})
}

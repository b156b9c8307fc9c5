package schema

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// TestStreamNQuads turns a stream of nodes into N-Quads one node at a time,
// as `diplo rdf -nodes` does: every event comes out as its quads, and the
// live heap does not grow with the number of events.
func TestStreamNQuads(t *testing.T) {
	const count = 100_000
	const growth = 8 << 20
	pr, pw := io.Pipe()
	go func() {
		w := graph.NewNodeWriter(pw)
		for i := range count {
			e := &event.Event{
				ID:    diplo.ID(fmt.Sprintf("urn:x:%d", i)),
				Kind:  event.PhoneCall,
				Start: diplo.DayOf(2025, 6, 1+i%28),
				Name:  diplo.MustNewText("fr", "entretien téléphonique"),
			}
			if err := w.Write(e); err != nil {
				pw.CloseWithError(err)
				return
			}
		}
		pw.CloseWithError(w.Flush())
	}()
	r := graph.NewNodeReader(pr, diplo.DecodeOptions{Strict: true})
	var quads counter
	out := bufio.NewWriter(&quads)
	var base, peak uint64
	sample := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	base = sample()
	peak = base
	n := 0
	for {
		node, err := r.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "after %d nodes", n)
		require.NoError(t, WriteNodeNQuads(out, node))
		n++
		if n%(count/10) == 0 {
			peak = max(peak, sample())
		}
	}
	require.NoError(t, out.Flush())
	// Each event gives four quads: its type, kind, name and start date.
	assert.Equal(t, count, n, "events")
	assert.Equal(t, 4*count, quads.lines, "quads")
	assert.LessOrEqual(t, peak, base+growth, "live heap grew from %d bytes, bound %d more", base, growth)
}

// counter counts the lines written to it and keeps none.
type counter struct{ lines int }

func (c *counter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

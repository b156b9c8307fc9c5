package dyad

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
)

type nopSink struct{}

func (nopSink) Write(graph.Node) error { return nil }

// TestLiftAllocs bounds the allocations of Add for records whose actors,
// source and code were met before: none for a record it refuses for its
// code, and few for one it lifts (the event's own values).
func TestLiftAllocs(t *testing.T) {
	l := NewStreamLifter(nopSink{})
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	refused := eventdata.Record{Dataset: eventdata.GDELT2, ID: "1", CAMEO: "190", Date: day,
		Source: eventdata.Actor{CountryCode: "RUS"}}
	lifted := eventdata.Record{Dataset: eventdata.GDELT2, ID: "2", CAMEO: "042", Date: day,
		Source:    eventdata.Actor{CountryCode: "RUS", Code: "RUS"},
		Target:    eventdata.Actor{Name: "ASSOCIATION OF SOUTHEAST ASIAN NATIONS", Code: "ASA"},
		Location:  eventdata.Location{Name: "Moscow, Moscow City, Russia", CountryCode: "RS", Lat: 55.75, Lon: 37.62, HasCoords: true},
		SourceURL: "https://example.org/news/1",
	}
	require.ErrorIs(t, l.Add(refused), ErrNotDiplomatic)
	require.NoError(t, l.Add(lifted))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = l.Add(refused) }), "refused record")
	i := 2
	allocs := testing.AllocsPerRun(100, func() {
		i++
		lifted.ID = strconv.Itoa(i)
		require.NoError(t, l.Add(lifted))
	})
	// 30 allocations before the caches, 8 with them and the participants
	// made with room for two, 4 with the event and the values it points
	// to in one allocation: that, the event's ID, the place's name and
	// the identifier's text; 2 with the place's name shared by a stream
	// Lifter (the record's id, below 100, is a constant string); 1 with
	// the ID's text in the event's allocation.
	assert.LessOrEqual(t, allocs, 1.0, "lifted record")
	statement := lifted
	statement.CAMEO = "010"
	allocs = testing.AllocsPerRun(100, func() {
		i++
		statement.ID = strconv.Itoa(i)
		require.NoError(t, l.Add(statement))
	})
	// 14 before the statement and its lists took one allocation and the
	// event's values another: the lifted record's 4, the statement's, its
	// text (a map) and the event's text it is made from; 4 with the
	// statement's text shared by a stream Lifter; 3 with the ID's text
	// in the event's allocation.
	assert.LessOrEqual(t, allocs, 3.0, "statement")
}

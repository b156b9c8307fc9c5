package dyad

import (
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/graph"
)

// TestLiftSharesTexts checks that a stream Lifter gives the events of
// records at the same place one map for the place's name, and the
// statements of records without text one map for their text, while the
// graph of NewLifter shares none; both write the same nodes.
func TestLiftSharesTexts(t *testing.T) {
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	var recs []eventdata.Record
	for i, code := range []string{"042", "042", "010", "010"} {
		recs = append(recs, eventdata.Record{Dataset: eventdata.GDELT2, ID: string(rune('1' + i)), CAMEO: code, Date: day,
			Source:   eventdata.Actor{CountryCode: "RUS"},
			Target:   eventdata.Actor{CountryCode: "MLI"},
			Location: eventdata.Location{Name: " Bamako, Mali ", CountryCode: "ML", Lat: 12.65, Lon: -8, HasCoords: true}})
	}
	var streamed []graph.Node
	s := NewStreamLifter(sinkFunc(func(n graph.Node) error { streamed = append(streamed, n); return nil }))
	g := NewLifter()
	for _, r := range recs {
		require.NoError(t, s.Add(r))
		require.NoError(t, g.Add(r))
	}
	mapOf := func(x diplo.Text) uintptr { return reflect.ValueOf(x).Pointer() }
	var events []*event.Event
	var statements []*event.Statement
	for _, n := range streamed {
		switch n := n.(type) {
		case *event.Event:
			events = append(events, n)
		case *event.Statement:
			statements = append(statements, n)
		}
	}
	require.Len(t, events, 2)
	require.Len(t, statements, 2)
	assert.Equal(t, "Bamako, Mali", events[0].Place.Name.String())
	assert.Equal(t, mapOf(events[0].Place.Name), mapOf(events[1].Place.Name), "place names shared")
	assert.Equal(t, "Make statement", statements[0].Text.String())
	assert.Equal(t, mapOf(statements[0].Text), mapOf(statements[1].Text), "statement texts shared")

	kept := g.Graph()
	require.Len(t, kept.Events, 2)
	require.Len(t, kept.Statements, 2)
	assert.NotEqual(t, mapOf(kept.Events[0].Place.Name), mapOf(kept.Events[1].Place.Name), "NewLifter's graph shares no name")
	assert.NotEqual(t, mapOf(kept.Statements[0].Text), mapOf(kept.Statements[1].Text), "NewLifter's graph shares no text")
	for i, e := range events {
		assert.Equal(t, kept.Events[i], *e)
	}
	for i, st := range statements {
		assert.Equal(t, kept.Statements[i], *st)
	}
}

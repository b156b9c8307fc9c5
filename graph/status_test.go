package graph_test

import (
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// TestValidateStatusHistoryRefs checks that the actors and sources of an
// event's status changes and deadlines are nodes of the graph, of the
// types an attribution names.
func TestValidateStatusHistoryRefs(t *testing.T) {
	day := diplo.MustParseDate
	tests := []struct {
		name   string
		mutate func(g *graph.Graph)
		want   []want
	}{
		{"change by a missing actor", func(g *graph.Graph) {
			g.Events[0].StatusHistory = []event.StatusChange{{Status: event.Held, Date: day("2025-06-20"), Attribution: diplo.Attribution{By: []diplo.ID{idMissing}}}}
		}, []want{missing("events[0].statusHistory[0].by[0]")}},
		{"change by an event", func(g *graph.Graph) {
			g.Events[0].StatusHistory = []event.StatusChange{{Status: event.Held, Date: day("2025-06-20"), Attribution: diplo.Attribution{By: []diplo.ID{idTalks}}}}
		}, []want{ref("events[0].statusHistory[0].by[0]", "is an Event; ")}},
		{"change source missing", func(g *graph.Graph) {
			g.Events[0].StatusHistory = []event.StatusChange{{Status: event.Held, Date: day("2025-06-20"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSource, idMissing}}}}
		}, []want{missing("events[0].statusHistory[0].sources[1]")}},
		{"deadline set by a source", func(g *graph.Graph) {
			g.Events[0].Deadlines = []event.Deadline{{Date: day("2025-06-26"), Attribution: diplo.Attribution{By: []diplo.ID{idSource}}}}
		}, []want{ref("events[0].deadlines[0].by[0]", "is a Source; ")}},
		{"change by a state, on a source of the graph", func(g *graph.Graph) {
			g.Events[0].StatusHistory = []event.StatusChange{{Status: event.Held, Date: day("2025-06-20"), Attribution: diplo.Attribution{By: []diplo.ID{idRU}, Sources: []diplo.ID{idSource}}}}
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := smallGraph()
			tc.mutate(g)
			checkErrors(t, g.Validate(), tc.want)
		})
	}
}

package dyad_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
)

// TestProjectStatusDates checks that a planned or cancelled event is coded
// on the day its status history dates the announcement or the
// cancellation, a held one on its start, and that a postponement is still
// not coded.
func TestProjectStatusDates(t *testing.T) {
	ru, err := actor.NewState("RU", "en", "Russia")
	require.NoError(t, err)
	ml, err := actor.NewState("ML", "en", "Mali")
	require.NoError(t, err)
	day := diplo.MustParseDate
	both := []event.Participant{{Actor: ru.ID, Role: event.Participating}, {Actor: ml.ID, Role: event.Participating}}
	change := func(st event.Status, d string) event.StatusChange {
		return event.StatusChange{Status: st, Date: day(d), Attribution: diplo.Attribution{By: []diplo.ID{ru.ID}}}
	}
	tests := []struct {
		name  string
		ev    event.Event
		cameo string // "" when the event is not coded
		date  string
	}{
		{"cancelled, on the day it was called off",
			event.Event{Kind: event.Summit, Status: event.Cancelled, Start: day("2025-06-12"), Participants: both,
				StatusHistory: []event.StatusChange{change(event.Planned, "2025-05-10"), change(event.Cancelled, "2025-05-24")}},
			"161", "2025-05-24"},
		{"cancelled with no start, coded from its history",
			event.Event{Kind: event.Summit, Status: event.Cancelled, Participants: both,
				StatusHistory: []event.StatusChange{change(event.Cancelled, "2025-05-24")}},
			"161", "2025-05-24"},
		{"cancelled, history known to the month only: its start",
			event.Event{Kind: event.Summit, Status: event.Cancelled, Start: day("2025-06-12"), Participants: both,
				StatusHistory: []event.StatusChange{change(event.Cancelled, "2025-05")}},
			"161", "2025-06-12"},
		{"cancelled without history: its start, as before",
			event.Event{Kind: event.Summit, Status: event.Cancelled, Start: day("2025-06-12"), Participants: both},
			"161", "2025-06-12"},
		{"planned, announced then moved: since the announcement",
			event.Event{Kind: event.BilateralTalks, Status: event.Planned, Start: day("2025-09-01"), Participants: both,
				StatusHistory: []event.StatusChange{change(event.Planned, "2025-06-01"),
					{Status: event.Planned, Date: day("2025-07-01"), Place: diplo.Place{Country: "ML"}}}},
			"036", "2025-06-01"},
		{"held after a postponement: its start",
			event.Event{Kind: event.BilateralTalks, Status: event.Held, Start: day("2025-09-01"), Participants: both,
				StatusHistory: []event.StatusChange{change(event.Planned, "2025-06-01"), change(event.Postponed, "2025-07-01"), change(event.Held, "2025-09-01")}},
			"046", "2025-09-01"},
		{"postponed: not coded",
			event.Event{Kind: event.Summit, Status: event.Postponed, Start: day("2025-06-12"), Participants: both,
				StatusHistory: []event.StatusChange{change(event.Postponed, "2025-05-24")}},
			"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev := tc.ev
			ev.ID = "urn:x:event"
			g := &graph.Graph{States: []actor.State{ru, ml}, Events: []event.Event{ev}}
			require.NoError(t, g.Validate())
			recs, skipped := dyad.Project(g)
			if tc.cameo == "" {
				assert.Empty(t, recs)
				require.Len(t, skipped, 1)
				assert.Equal(t, "events[0]", skipped[0].Path)
				return
			}
			require.NotEmpty(t, recs, "skipped: %+v", skipped)
			for _, r := range recs {
				assert.Equal(t, tc.cameo, r.CAMEO)
				assert.Equal(t, tc.date, r.Date.Format("2006-01-02"))
			}
		})
	}
}

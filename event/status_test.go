package event_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// TestStatusHistoryRules breaks each rule of a status history and of a
// deadline once, and checks the sentinel and the path.
func TestStatusHistoryRules(t *testing.T) {
	type E = event.Event
	day := diplo.MustParseDate
	cases := []modeltest.Rule[E]{
		{Name: "change status required", Edit: func(e *E) { e.StatusHistory[0].Status = "" },
			Path: "statusHistory[0].status", Want: diplo.ErrRequired},
		{Name: "change status unknown", Edit: func(e *E) { e.StatusHistory[0].Status = "rumoured" },
			Path: "statusHistory[0].status", Want: diplo.ErrUnknown},
		{Name: "change date required", Edit: func(e *E) { e.StatusHistory[0].Date = diplo.Date{} },
			Path: "statusHistory[0].date", Want: diplo.ErrRequired},
		{Name: "changes out of order", Edit: func(e *E) { e.StatusHistory[1].Date = day("2025-06-01") },
			Path: "statusHistory[1].date", Want: diplo.ErrOrder},
		{Name: "last change disagrees with the status", Edit: func(e *E) { e.Status = event.Cancelled },
			Path: "statusHistory[2].status", Want: diplo.ErrInconsistent},
		{Name: "last change disagrees with no status", Edit: func(e *E) { e.Status = ""; e.StatusHistory[2].Status = event.Postponed },
			Path: "statusHistory[2].status", Want: diplo.ErrInconsistent},
		{Name: "cancellation moves the event", Edit: func(e *E) {
			e.Status = event.Cancelled
			e.StatusHistory[2].Status = event.Cancelled
			e.StatusHistory[2].Place = diplo.Place{Country: "ML"}
		}, Path: "statusHistory[2].location", Want: diplo.ErrInconsistent},
		{Name: "relocation to a bad country", Edit: func(e *E) { e.StatusHistory[1].Place.Country = "SU1" },
			Path: "statusHistory[1].location.country", Want: diplo.ErrCountry},
		{Name: "change announced by no IRI", Edit: func(e *E) { e.StatusHistory[1].By[0] = "Kremlin" },
			Path: "statusHistory[1].by[0]", Want: diplo.ErrSyntax},
		{Name: "change source not an IRI", Edit: func(e *E) { e.StatusHistory[0].Sources[0] = "tass" },
			Path: "statusHistory[0].sources[0]", Want: diplo.ErrSyntax},
		{Name: "deadline date required", Edit: func(e *E) { e.Deadlines[0].Date = diplo.Date{} },
			Path: "deadlines[0].date", Want: diplo.ErrRequired},
		{Name: "deadline before the event", Edit: func(e *E) { e.Deadlines[0].Date = day("2025-06-21T12:00Z") },
			Path: "deadlines[0].date", Want: diplo.ErrOrder},
	}
	modeltest.RunRules(t, validEvent, cases)
}

// TestStatusHistoryAccepts checks histories the rules must leave alone.
func TestStatusHistoryAccepts(t *testing.T) {
	day := diplo.MustParseDate
	tests := []struct {
		name string
		edit func(*event.Event)
	}{
		{"no history", func(e *event.Event) { e.StatusHistory = nil }},
		{"held with no status", func(e *event.Event) { e.Status = "" }},
		{"two changes on the same day", func(e *event.Event) { e.StatusHistory[1].Date = e.StatusHistory[0].Date }},
		{"a year then a day within it", func(e *event.Event) { e.StatusHistory[0].Date = day("2025") }},
		{"postponed then cancelled, the event not held", func(e *event.Event) {
			e.Status = event.Cancelled
			e.StatusHistory = append(e.StatusHistory[:2],
				event.StatusChange{Status: event.Postponed, Date: day("2025-06-18")},
				event.StatusChange{Status: event.Cancelled, Date: day("2025-07-01")})
		}},
		{"deadline without description", func(e *event.Event) { e.Deadlines[0].Description = nil }},
		{"deadline on an event of unknown start", func(e *event.Event) { e.Start, e.End = diplo.Date{}, diplo.Date{} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := validEvent()
			tc.edit(&e)
			assert.NoError(t, e.Validate())
		})
	}
}

// TestStatusChangeJSON pins the JSON names of a change and a deadline,
// and that a record without them decodes as before.
func TestStatusChangeJSON(t *testing.T) {
	b, err := diplo.Marshal(validStatusChange())
	require.NoError(t, err)
	assert.JSONEq(t, `{"status":"planned","date":"2025-06-15","location":{"type":"Place","name":{"fr":"Moscou"},"country":"RU"},
		"sources":["https://example.org/source/kremlin"],"by":["https://example.org/state/ru"],"note":{"fr":"selon un communiqué du Kremlin"}}`, string(b))
	assert.True(t, validStatusChange().IsRelocation())
	assert.False(t, event.StatusChange{Status: event.Cancelled}.IsRelocation())

	var e event.Event
	require.NoError(t, json.Unmarshal([]byte(`{"id":"https://example.org/event/1","type":"Event","kind":"summit","status":"cancelled"}`), &e))
	assert.Empty(t, e.StatusHistory)
	assert.Empty(t, e.Deadlines)
	assert.NoError(t, e.Validate())

	err = json.Unmarshal([]byte(`{"id":"https://example.org/event/1","type":"Event","kind":"summit","statusHistory":[{"status":"moved","date":"2025"}]}`), &e)
	assert.Error(t, err)
}

// TestStatusSince checks the date from which an event has had its current
// status.
func TestStatusSince(t *testing.T) {
	day := diplo.MustParseDate
	change := func(st event.Status, d string) event.StatusChange {
		return event.StatusChange{Status: st, Date: day(d)}
	}
	tests := []struct {
		name string
		e    event.Event
		want diplo.Date
	}{
		{"no history", event.Event{Status: event.Cancelled}, diplo.Date{}},
		{"cancelled", event.Event{Status: event.Cancelled, StatusHistory: []event.StatusChange{change(event.Planned, "2018-05-10"), change(event.Cancelled, "2018-05-24")}}, day("2018-05-24")},
		{"planned, then moved", event.Event{Status: event.Planned, StatusHistory: []event.StatusChange{change(event.Postponed, "2018-04-01"), change(event.Planned, "2018-05-10"), change(event.Planned, "2018-05-20")}}, day("2018-05-10")},
		{"held, no status", event.Event{StatusHistory: []event.StatusChange{change(event.Planned, "2018-05-10"), change(event.Held, "2018-06-12")}}, day("2018-06-12")},
		{"history ends with another status", event.Event{Status: event.Cancelled, StatusHistory: []event.StatusChange{change(event.Planned, "2018-05-10")}}, diplo.Date{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.e.StatusSince())
		})
	}
}

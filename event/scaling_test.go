package event_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/scaling"
)

// listID returns the ID of the i-th node of a kind in the long lists below.
func listID(kind string, i int) diplo.ID {
	return diplo.ID("https://example.org/" + kind + "/" + strconv.Itoa(i))
}

// wideEvent returns a valid event whose list is made n long by fill.
func wideEvent(n int, fill func(e *event.Event, i int)) event.Event {
	e := event.Event{ID: visitID, Kind: event.Summit}
	for i := range n {
		fill(&e, i)
	}
	return e
}

// validatesEvent returns the work of validating e, which must be valid.
func validatesEvent(tb testing.TB, e event.Event) func() {
	require.NoError(tb, e.Validate())
	return func() {
		if err := e.Validate(); err != nil {
			tb.Fatal(err)
		}
	}
}

// The paths of Event.Validate over its lists, each measured at n, 4n and
// 16n by BenchmarkEventValidateWide and held to n log n by
// TestEventValidateScales.
var eventCases = []scaling.Case{
	{Name: "EventWideParticipants", N: 2000, Setup: func(tb testing.TB, n int) func() {
		return validatesEvent(tb, wideEvent(n, func(e *event.Event, i int) {
			e.Participants = append(e.Participants, event.Participant{Actor: listID("person", i), Role: event.Participating})
		}))
	}},
	{Name: "EventWideSources", N: 2000, Setup: func(tb testing.TB, n int) func() {
		return validatesEvent(tb, wideEvent(n, func(e *event.Event, i int) {
			e.Sources = append(e.Sources, listID("source", i))
		}))
	}},
	{Name: "EventWideParts", N: 2000, Setup: func(tb testing.TB, n int) func() {
		return validatesEvent(tb, wideEvent(n, func(e *event.Event, i int) {
			e.Parts = append(e.Parts, listID("event", i))
		}))
	}},
	// Topics of one domain with labels, which are not repeats.
	{Name: "EventWideTopics", N: 2000, Setup: func(tb testing.TB, n int) func() {
		return validatesEvent(tb, wideEvent(n, func(e *event.Event, i int) {
			e.Topics = append(e.Topics, diplo.Topic{Domain: diplo.Trade, Label: diplo.MustNewText("fr", "t"+strconv.Itoa(i))})
		}))
	}},
	{Name: "EventWideIdentifiers", N: 2000, Setup: func(tb testing.TB, n int) func() {
		return validatesEvent(tb, wideEvent(n, func(e *event.Event, i int) {
			e.Identifiers = append(e.Identifiers, diplo.MustNewIdentifier(diplo.Wikidata, "Q"+strconv.Itoa(i+1)))
		}))
	}},
}

func TestEventValidateScales(t *testing.T) {
	for _, c := range eventCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkEventValidateWide(b *testing.B) {
	for _, c := range eventCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// TestEventValidateLongListRepeats checks that long lists, which are
// searched for repeats with a map, report each repeat at each later
// occurrence, as short lists do.
func TestEventValidateLongListRepeats(t *testing.T) {
	const n = 40
	e := wideEvent(n, func(e *event.Event, i int) {
		e.Participants = append(e.Participants, event.Participant{Actor: listID("person", i%30), Role: event.Participating})
		e.Sources = append(e.Sources, listID("source", i%35))
		e.Topics = append(e.Topics, diplo.Topic{Domain: diplo.Trade, Label: diplo.MustNewText("fr", "t"+strconv.Itoa(i%20))})
		e.Identifiers = append(e.Identifiers, diplo.MustNewIdentifier(diplo.Wikidata, "Q"+strconv.Itoa(1+i%38)))
	})
	// Repeats of a domain count only without labels.
	e.Topics = append(e.Topics, diplo.Topic{Domain: diplo.Economic}, diplo.Topic{Domain: diplo.Economic})
	var es diplo.Errors
	require.ErrorAs(t, e.Validate(), &es)
	var paths []string
	for _, fe := range es {
		assert.ErrorIs(t, fe, diplo.ErrDuplicate)
		paths = append(paths, fe.Path)
	}
	var want []string
	want = append(want, "identifiers[38]", "identifiers[39]")
	for i := 30; i < n; i++ {
		want = append(want, "participants["+strconv.Itoa(i)+"]")
	}
	for i := 35; i < n; i++ {
		want = append(want, "sources["+strconv.Itoa(i)+"]")
	}
	want = append(want, "topics[41].domain")
	assert.Equal(t, want, paths)
}

package query_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

// story is a record of events between Russia, Mali and France, with
// dates of every kind, in an order of the record that is not the order
// of time.
type story struct {
	ix                    *query.Index
	ru, ml, fr, goita     diplo.ID
	visit, talks, call    diplo.ID
	summit, yearly, vague diplo.ID
	monthly, undated      diplo.ID
	accord                diplo.ID
}

func newStory(t *testing.T) story {
	t.Helper()
	b := graph.NewBuilder("https://example.org/records/query-events")
	var s story
	s.ru = b.Add("ru", actor.State{Name: b.Text("ru", "Россия"), Country: "RU"})
	s.ml = b.Add("ml", actor.State{Name: b.Text("fr", "Mali"), Country: "ML"})
	s.fr = b.Add("fr", actor.State{Name: b.Text("fr", "France"), Country: "FR"})
	s.goita = b.Add("goita", actor.Person{Name: b.Text("fr", "Assimi Goïta")})
	del := b.Add("delegation", actor.Delegation{Represents: s.ml, Head: s.goita})
	moscow := diplo.Place{Name: b.Text("ru", "Москва"), Country: "RU", Wikidata: b.Identifier("wikidata:Q649")}
	pair := func(a, c diplo.ID) []event.Participant {
		return []event.Participant{{Actor: a, Role: event.Participating}, {Actor: c, Role: event.Participating}}
	}
	// In the record: the visit, then a year-only summit, then its talks...
	s.visit = b.Add("visit", event.Event{Kind: event.OfficialVisit, Start: day("2025-06-22"), End: day("2025-06-26"), Place: moscow,
		Participants: []event.Participant{{Actor: s.ru, Role: event.Host}, {Actor: del, Role: event.Guest}},
		Parts:        []diplo.ID{b.ID("talks")}})
	s.yearly = b.Add("yearly", event.Event{Kind: event.Summit, Start: day("2025"), Participants: pair(s.ru, s.fr)})
	s.talks = b.Add("talks", event.Event{Kind: event.BilateralTalks, Start: day("2025-06-23"), Place: moscow,
		Participants: []event.Participant{{Actor: s.goita, Role: event.Guest, Representing: s.ml}, {Actor: s.ru, Role: event.Host}},
		Relations:    []event.Relation{{Kind: event.Continues, Event: b.ID("call")}},
		Outcomes:     []diplo.ID{b.ID("accord")}})
	s.call = b.Add("call", event.Event{Kind: event.PhoneCall, Start: day("2025-03-01"), Participants: pair(s.ru, s.ml),
		Relations: []event.Relation{{Kind: event.RespondsTo, Event: b.ID("summit")}}})
	s.summit = b.Add("summit", event.Event{Kind: event.Summit, Start: day("2024-11-10"), End: day("2024-11-12"), Participants: pair(s.ru, s.ml),
		Relations: []event.Relation{{Kind: event.Replaces, Event: b.ID("talks")}, {Kind: event.Follows, Event: b.ID("yearly")}}})
	s.vague = b.Add("vague", event.Event{Kind: event.PhoneCall, Start: day("2025-06-23?"), Participants: pair(s.ru, s.ml)})
	s.monthly = b.Add("monthly", event.Event{Kind: event.PhoneCall, Start: day("2025-06"), Participants: pair(s.ml, s.fr)})
	s.undated = b.Add("undated", event.Event{Kind: event.PhoneCall, Status: event.Planned, Participants: pair(s.ru, s.ml)})
	s.accord = b.Add("accord", accord.Accord{Kind: accord.Agreement, Title: b.Text("fr", "Accord"), Parties: []diplo.ID{s.ru, s.ml},
		Actions: []accord.Action{
			{Kind: accord.Signature, Date: day("2025-06-23"), Party: s.ru, Event: s.talks},
			{Kind: accord.Signature, Date: day("2025-06-23"), Party: s.ml, Event: s.talks},
		}})
	b.Add("quote", event.Statement{Kind: event.Quote, Speakers: []diplo.ID{s.goita}, Occasion: s.talks, About: []diplo.ID{s.talks}, Date: day("2025-06-23"), Text: b.Text("fr", "Merci.")})
	b.Add("readout", event.Statement{Kind: event.Readout, Speakers: []diplo.ID{s.ru}, About: []diplo.ID{s.ml, s.talks}, Date: day("2025-06-22"), Text: b.Text("ru", "Переговоры.")})
	g, err := b.Graph()
	require.NoError(t, err)
	s.ix = query.New(g)
	return s
}

type match struct {
	id    diplo.ID
	truth query.Truth
}

func matches(ms []query.EventMatch) []match {
	var out []match
	for _, m := range ms {
		out = append(out, match{m.Event.ID, m.Truth})
	}
	return out
}

// TestEvents checks each selection and the three-valued answer of each
// kind of date against a date range, and the time order.
func TestEvents(t *testing.T) {
	s := newStory(t)
	y, m := query.Yes, query.Maybe
	tests := []struct {
		name string
		q    query.EventQuery
		want []match
	}{
		{"every event, in time order: unknown first, the year before its days, the month before its days, certain before uncertain",
			query.EventQuery{}, []match{{s.undated, y}, {s.summit, y}, {s.yearly, y}, {s.call, y}, {s.monthly, y}, {s.visit, y}, {s.talks, y}, {s.vague, y}}},
		{"of an actor, through its delegation and whom its participants represent", query.EventQuery{Actors: []diplo.ID{s.ml}},
			[]match{{s.undated, y}, {s.summit, y}, {s.call, y}, {s.monthly, y}, {s.visit, y}, {s.talks, y}, {s.vague, y}}},
		{"of a person, as head of a delegation", query.EventQuery{Actors: []diplo.ID{s.goita}}, []match{{s.visit, y}, {s.talks, y}}},
		{"of a pair", query.EventQuery{Actors: []diplo.ID{s.ml, s.fr}}, []match{{s.monthly, y}}},
		{"of a kind", query.EventQuery{Kind: event.Summit}, []match{{s.summit, y}, {s.yearly, y}}},
		{"in a country", query.EventQuery{Country: "RU"}, []match{{s.visit, y}, {s.talks, y}}},
		{"at a place", query.EventQuery{Place: diplo.MustParseIdentifier("wikidata:Q649")}, []match{{s.visit, y}, {s.talks, y}}},
		{"on a day: exact, overlapping, year-only, month-only, uncertain and unknown dates", query.EventQuery{From: day("2025-06-23"), To: day("2025-06-23")},
			[]match{{s.undated, m}, {s.yearly, m}, {s.monthly, m}, {s.visit, y}, {s.talks, y}, {s.vague, m}}},
		{"a range that holds the year-only summit's year, and the uncertain call's day either side", query.EventQuery{From: day("2025-01-01"), To: day("2025-12-31")},
			[]match{{s.undated, m}, {s.yearly, y}, {s.call, y}, {s.monthly, y}, {s.visit, y}, {s.talks, y}, {s.vague, y}}},
		{"the day after the uncertain call", query.EventQuery{From: day("2025-06-24"), To: day("2025-06-24")},
			[]match{{s.undated, m}, {s.yearly, m}, {s.monthly, m}, {s.visit, y}, {s.vague, m}}},
		{"two days after the uncertain call", query.EventQuery{From: day("2025-06-25"), To: day("2025-06-25")},
			[]match{{s.undated, m}, {s.yearly, m}, {s.monthly, m}, {s.visit, y}}},
		{"from a date, open end", query.EventQuery{From: day("2025-06-24")},
			[]match{{s.undated, m}, {s.yearly, m}, {s.monthly, m}, {s.visit, y}, {s.vague, m}}},
		{"to a date, open start", query.EventQuery{To: day("2024-12-31")}, []match{{s.undated, m}, {s.summit, y}}},
		{"an actor in a range", query.EventQuery{Actors: []diplo.ID{s.ml}, From: day("2025-03"), To: day("2025-03")}, []match{{s.undated, m}, {s.call, y}}},
		{"a kind in a range, where the dates of the range are partial", query.EventQuery{Kind: event.PhoneCall, From: day("2025-06"), To: day("2025-06")},
			[]match{{s.undated, m}, {s.monthly, y}, {s.vague, y}}},
		{"nothing", query.EventQuery{Actors: []diplo.ID{"https://example.org/nobody"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, matches(s.ix.Events(tc.q)))
		})
	}
}

// TestStatementsAndAccords checks the statements about an event (made at
// it or about it, in the order of their dates, once each) and the
// accords signed at it.
func TestStatementsAndAccords(t *testing.T) {
	s := newStory(t)
	st := s.ix.Statements(s.talks)
	require.Len(t, st, 2)
	assert.Equal(t, event.Readout, st[0].Kind, "the earlier first")
	assert.Equal(t, event.Quote, st[1].Kind, "listed once though made at the event and about it")
	assert.Empty(t, s.ix.Statements(s.call))

	acc := s.ix.SignedAt(s.talks)
	require.Len(t, acc, 1, "two signatures at the event, one accord")
	assert.Equal(t, s.accord, acc[0].ID)
	assert.Empty(t, s.ix.SignedAt(s.visit))

	e, ok := s.ix.Event(s.talks)
	require.True(t, ok)
	assert.Equal(t, event.BilateralTalks, e.Kind)
	_, ok = s.ix.Event("https://example.org/none")
	assert.False(t, ok)
}

// TestRelated checks the transitive relations, safe from the cycle talks
// → call → summit → talks.
func TestRelated(t *testing.T) {
	s := newStory(t)
	tests := []struct {
		name  string
		from  diplo.ID
		kinds []event.RelationKind
		want  []query.Link
	}{
		{"continues, responds to, replaces: the cycle ends", s.talks, []event.RelationKind{event.Continues, event.RespondsTo, event.Replaces}, []query.Link{
			{From: s.talks, To: s.call, Kind: event.Continues, Depth: 1},
			{From: s.call, To: s.summit, Kind: event.RespondsTo, Depth: 2},
		}},
		{"every kind", s.call, nil, []query.Link{
			{From: s.call, To: s.summit, Kind: event.RespondsTo, Depth: 1},
			{From: s.summit, To: s.talks, Kind: event.Replaces, Depth: 2},
			{From: s.summit, To: s.yearly, Kind: event.Follows, Depth: 2},
		}},
		{"one kind only", s.talks, []event.RelationKind{event.Continues}, []query.Link{{From: s.talks, To: s.call, Kind: event.Continues, Depth: 1}}},
		{"no relations", s.visit, nil, nil},
		{"not an event of the graph", "https://example.org/none", nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, s.ix.Related(tc.from, tc.kinds...))
		})
	}
}

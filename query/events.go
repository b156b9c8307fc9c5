package query

import (
	"slices"
	"sort"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
)

// EventQuery selects events. Every field set narrows the selection; the
// zero EventQuery selects every event.
type EventQuery struct {
	// Actors take part in each event selected, all of them: one actor for
	// its events, two for those of the pair. An actor takes part as a
	// participant, as whom a participant represents, or as a delegation
	// that takes part, its head, a member or whom it represents.
	Actors []diplo.ID
	// Kind of the events, if set.
	Kind event.Kind
	// Country where the events took place (their location's country), if
	// set.
	Country diplo.Country
	// Place, if set, is the Wikidata or GeoNames identifier of the
	// location.
	Place diplo.Identifier
	// From and To bound the dates, both included; a zero bound leaves
	// that side open.
	From, To diplo.Date
}

// EventMatch is one event an EventQuery selects.
type EventMatch struct {
	// Event points into the graph; it must not be modified.
	Event *event.Event
	// Truth is Yes when the event certainly took place, wholly or in
	// part, between From and To, and Maybe when its dates leave it open;
	// Yes for a query without dates.
	Truth Truth
}

// Events returns the events q selects, in time order. Events that
// certainly fall outside the dates of q are left out; those that may fall
// within them are kept with Truth Maybe.
//
// An event takes place from the start of its start date to the end of its
// end date (its start date when it has none), as an EDTF interval: it
// falls within the dates when the two intervals share an instant. A date
// known to the month or year may be any of its days; one uncertain or
// approximate may be a unit of its precision earlier or later (see the
// package documentation); an event with no date may fall within any
// dates.
//
// Time order is diplo.Date.Compare's order of the start dates (by the
// start of their span, the longer span first, so "2016" before
// "2016-04-22", certain before qualified, unknown first), then the same
// order of the end dates, then the order of the graph's list: equal and
// overlapping partial dates keep the order of the record.
func (ix *Index) Events(q EventQuery) []EventMatch {
	w := rangeWindow(q.From, q.To)
	dated := !q.From.IsZero() || !q.To.IsZero()
	// The candidates: the shortest of the lists q names, or those of the
	// dates.
	var lists [][]int32
	for _, a := range q.Actors {
		lists = append(lists, ix.byActor[a])
	}
	if q.Kind != "" {
		lists = append(lists, ix.byKind[q.Kind])
	}
	if q.Country != "" {
		lists = append(lists, ix.byCountry[q.Country])
	}
	if !q.Place.IsZero() {
		lists = append(lists, ix.byPlace[q.Place])
	}
	var cand []int32
	switch {
	case len(lists) > 0:
		cand = slices.MinFunc(lists, func(a, b []int32) int { return len(a) - len(b) })
	case dated:
		cand = ix.dateCandidates(w)
	default:
		cand = make([]int32, len(ix.order))
		for k := range cand {
			cand[k] = int32(k)
		}
	}
	var out []EventMatch
	for _, pos := range cand {
		if !ix.selects(q, lists, pos) {
			continue
		}
		truth := Yes
		if dated {
			k := &ix.keys[pos]
			if truth = overlapping(k.start, k.end, w); truth == No {
				continue
			}
		}
		out = append(out, EventMatch{Event: &ix.g.Events[ix.order[pos]], Truth: truth})
	}
	return out
}

// selects reports whether the event at pos is on every list.
func (ix *Index) selects(q EventQuery, lists [][]int32, pos int32) bool {
	for _, l := range lists {
		if _, ok := slices.BinarySearch(l, pos); !ok {
			return false
		}
	}
	return true
}

// dateCandidates returns the positions of the events that may fall within
// w: those whose start date sorts before its end (and the fuzz of an
// uncertain date after it) and no earlier than the longest span before it
// starts, and those whose dates bound nothing.
func (ix *Index) dateCandidates(w window) []int32 {
	from, to := w.start, w.end
	if from != minInstant {
		from -= ix.maxSpan
	}
	if to != maxInstant {
		to += ix.maxLead
	}
	lo := sort.Search(len(ix.keys), func(k int) bool { return ix.keys[k].sortStart >= from })
	hi := sort.Search(len(ix.keys), func(k int) bool { return ix.keys[k].sortStart >= to })
	out := make([]int32, 0, hi-lo+len(ix.unbounded))
	u := ix.unbounded
	for k := lo; k < hi; k++ {
		for len(u) > 0 && u[0] < int32(k) {
			out = append(out, u[0])
			u = u[1:]
		}
		if len(u) > 0 && u[0] == int32(k) {
			u = u[1:]
		}
		out = append(out, int32(k))
	}
	return append(out, u...)
}

// Statements returns the statements made on the occasion of the node of
// that ID (an event) or about it, in the order of their dates, then of
// the record.
func (ix *Index) Statements(id diplo.ID) []*event.Statement {
	l := ix.statements[id]
	out := make([]*event.Statement, len(l))
	for k, i := range l {
		out[k] = &ix.g.Statements[i]
	}
	return out
}

// SignedAt returns the accords of which a signature took place at the
// event of that ID (an action of kind signature that names the event), in
// the order of the record. The accords point into the graph.
func (ix *Index) SignedAt(eventID diplo.ID) []*accord.Accord {
	l := ix.signedAt[eventID]
	out := make([]*accord.Accord, len(l))
	for k, i := range l {
		out[k] = &ix.g.Accords[i]
	}
	return out
}

// Link is a step of a chain of relations between events: From relates to
// To by Kind ("continues", "replaces"...), Depth steps from the event
// asked about.
type Link struct {
	From  diplo.ID           `json:"from"`
	To    diplo.ID           `json:"to"`
	Kind  event.RelationKind `json:"kind"`
	Depth int                `json:"depth"`
}

// Related returns what the event of that ID continues, replaces, responds
// to (or any of the relation kinds given; all of them when none is), and
// what those relate to in turn: the chains of relations, breadth first,
// each event reached once, so a cycle ends where it meets an event
// already reached. Relations to events the graph does not hold are kept,
// and not followed further.
func (ix *Index) Related(eventID diplo.ID, kinds ...event.RelationKind) []Link {
	seen := map[diplo.ID]bool{eventID: true}
	var out []Link
	queue := []diplo.ID{eventID}
	for depth := 1; len(queue) > 0; depth++ {
		var next []diplo.ID
		for _, id := range queue {
			pos, ok := ix.position[id]
			if !ok {
				continue
			}
			for _, r := range ix.g.Events[ix.order[pos]].Relations {
				if len(kinds) > 0 && !slices.Contains(kinds, r.Kind) {
					continue
				}
				if seen[r.Event] {
					continue
				}
				seen[r.Event] = true
				out = append(out, Link{From: id, To: r.Event, Kind: r.Kind, Depth: depth})
				next = append(next, r.Event)
			}
		}
		queue = next
	}
	return out
}

// Event returns the event of that ID, and false if the graph holds none.
func (ix *Index) Event(id diplo.ID) (*event.Event, bool) {
	pos, ok := ix.position[id]
	if !ok {
		return nil, false
	}
	return &ix.g.Events[ix.order[pos]], true
}

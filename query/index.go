package query

import (
	"cmp"
	"slices"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// Index answers questions of time about one graph. Build it with New once
// the graph is complete: it reads the graph where it lies and does not
// follow later changes, so the graph must not be modified while the Index
// is in use. An Index is immutable, and safe for concurrent use by many
// goroutines.
type Index struct {
	g *graph.Graph

	// Tenures: their spans, and their indices by office and by person in
	// the order of their start.
	tenures  []tenureSpan
	byOffice map[diplo.ID][]int32
	byPerson map[diplo.ID][]int32

	// Accords by ID, with their actions in the order they take effect.
	accords map[diplo.ID]*accordEntry

	// Events in time order: order[k] is the index in g.Events of the k-th
	// event, and keys[k] its span. The lists below hold positions in
	// order, ascending.
	order     []int32
	keys      []eventSpan
	position  map[diplo.ID]int32
	byActor   map[diplo.ID][]int32
	byKind    map[event.Kind][]int32
	byCountry map[diplo.Country][]int32
	byPlace   map[diplo.Identifier][]int32
	// unbounded lists the events whose dates bound nothing (unknown),
	// which every date range may hold; maxSpan is the longest span any
	// other event may last, so that a range need only look that far back,
	// and maxLead the most an event may start before its start date sorts
	// (the fuzz of an uncertain date), so that it looks that far ahead.
	unbounded []int32
	maxSpan   int64
	maxLead   int64

	// statements about an event (its occasion or what it is about), and
	// accords signed at one, as indices in their lists.
	statements map[diplo.ID][]int32
	signedAt   map[diplo.ID][]int32
}

type tenureSpan struct{ start, end point }

type eventSpan struct {
	start, end point
	// sort is the start of the event's date and the end of its span, for
	// the order of diplo.Date.Compare without rebuilding times.
	sortStart, sortEnd int64
	qual               diplo.Qualifier
	endStart, endEnd   int64
}

// New builds the index of g. It takes time in O(n log n) for n nodes and
// memory in O(n); it reads g and keeps a reference to it.
func New(g *graph.Graph) *Index {
	ix := &Index{g: g}
	ix.indexTenures()
	ix.indexAccords()
	ix.indexEvents()
	ix.indexStatements()
	return ix
}

// Graph returns the graph the index answers about.
func (ix *Index) Graph() *graph.Graph { return ix.g }

func (ix *Index) indexTenures() {
	g := ix.g
	ix.tenures = make([]tenureSpan, len(g.Tenures))
	ix.byOffice = make(map[diplo.ID][]int32)
	ix.byPerson = make(map[diplo.ID][]int32)
	for i, t := range g.Tenures {
		ix.tenures[i] = tenureSpan{start: startPoint(t.Start), end: tenureEnd(t.Start, t.End)}
		ix.byOffice[t.Office] = append(ix.byOffice[t.Office], int32(i))
		ix.byPerson[t.Person] = append(ix.byPerson[t.Person], int32(i))
	}
	byStart := func(a, b int32) int {
		if c := g.Tenures[a].Start.Compare(g.Tenures[b].Start); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}
	for _, l := range ix.byOffice {
		slices.SortFunc(l, byStart)
	}
	for _, l := range ix.byPerson {
		slices.SortFunc(l, byStart)
	}
}

// tenureEnd is when a tenure stops: at the end of its End date, which is
// inclusive (Wikidata's end time, P582, is the last day in office). A
// tenure with no End lasts or ended at a date the record does not give
// (actor.Tenure.End), so it stops at some unknown instant after it
// starts.
func tenureEnd(start, end diplo.Date) point {
	if end.IsZero() {
		return point{minInstant, maxInstant}
	}
	return endPoint(end)
}

func (ix *Index) indexAccords() {
	g := ix.g
	ix.accords = make(map[diplo.ID]*accordEntry, len(g.Accords))
	ix.signedAt = make(map[diplo.ID][]int32)
	for i := range g.Accords {
		a := &g.Accords[i]
		if _, dup := ix.accords[a.ID]; !dup {
			ix.accords[a.ID] = newAccordEntry(a)
		}
		for j, act := range a.Actions {
			if act.Kind != accord.Signature || act.Event.IsZero() {
				continue
			}
			if slices.ContainsFunc(a.Actions[:j], func(b accord.Action) bool { return b.Kind == accord.Signature && b.Event == act.Event }) {
				continue
			}
			ix.signedAt[act.Event] = append(ix.signedAt[act.Event], int32(i))
		}
	}
}

func (ix *Index) indexEvents() {
	g := ix.g
	n := len(g.Events)
	spans := make([]eventSpan, n)
	ix.order = make([]int32, n)
	for i := range g.Events {
		e := &g.Events[i]
		end := e.End
		if end.IsZero() {
			end = e.Start
		}
		s := eventSpan{start: startPoint(e.Start), end: endPoint(end), qual: e.Start.Qualifier()}
		s.sortStart, s.sortEnd = dateKey(e.Start)
		s.endStart, s.endEnd = dateKey(e.End)
		spans[i] = s
		ix.order[i] = int32(i)
	}
	// Time order: by the start date as diplo.Date.Compare orders dates
	// (the start of its span, then the longer span first, then certain
	// before qualified; an unknown start first), then by the end date
	// likewise, then by the order of the record.
	slices.SortFunc(ix.order, func(a, b int32) int {
		x, y := &spans[a], &spans[b]
		if c := cmp.Compare(x.sortStart, y.sortStart); c != 0 {
			return c
		}
		if c := cmp.Compare(y.sortEnd, x.sortEnd); c != 0 {
			return c
		}
		if c := cmp.Compare(x.qual, y.qual); c != 0 {
			return c
		}
		if c := cmp.Compare(x.endStart, y.endStart); c != 0 {
			return c
		}
		if c := cmp.Compare(y.endEnd, x.endEnd); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	ix.keys = make([]eventSpan, n)
	ix.position = make(map[diplo.ID]int32, n)
	ix.byActor = make(map[diplo.ID][]int32)
	ix.byKind = make(map[event.Kind][]int32)
	ix.byCountry = make(map[diplo.Country][]int32)
	ix.byPlace = make(map[diplo.Identifier][]int32)
	delegations := make(map[diplo.ID]int, len(g.Delegations))
	for i, d := range g.Delegations {
		delegations[d.ID] = i
	}
	var actors []diplo.ID
	for k, i := range ix.order {
		pos := int32(k)
		s := spans[i]
		ix.keys[k] = s
		if s.start == unbounded || s.end == unbounded {
			ix.unbounded = append(ix.unbounded, pos)
		} else {
			ix.maxSpan = max(ix.maxSpan, s.end.hi-s.start.lo)
			ix.maxLead = max(ix.maxLead, s.sortStart-s.start.lo)
		}
		e := &g.Events[i]
		if _, dup := ix.position[e.ID]; !dup {
			ix.position[e.ID] = pos
		}
		ix.byKind[e.Kind] = append(ix.byKind[e.Kind], pos)
		if e.Place.Country != "" {
			ix.byCountry[e.Place.Country] = append(ix.byCountry[e.Place.Country], pos)
		}
		for _, p := range []diplo.Identifier{e.Place.Wikidata, e.Place.GeoNames} {
			if !p.IsZero() {
				ix.byPlace[p] = append(ix.byPlace[p], pos)
			}
		}
		actors = eventActors(actors[:0], e, g, delegations)
		for _, a := range actors {
			ix.byActor[a] = append(ix.byActor[a], pos)
		}
	}
}

// eventActors appends to dst, once each, the actors that take part in e:
// each participant, whom it represents, and for a participant that is a
// delegation or a member of one, the delegation, its head, its members
// and whom it represents.
func eventActors(dst []diplo.ID, e *event.Event, g *graph.Graph, delegations map[diplo.ID]int) []diplo.ID {
	add := func(id diplo.ID) {
		if !id.IsZero() && !slices.Contains(dst, id) {
			dst = append(dst, id)
		}
	}
	addDelegation := func(id diplo.ID) {
		add(id)
		if i, ok := delegations[id]; ok {
			d := &g.Delegations[i]
			add(d.Represents)
			add(d.Head)
			for _, m := range d.Members {
				add(m)
			}
		}
	}
	for _, p := range e.Participants {
		addDelegation(p.Actor)
		add(p.Representing)
		if !p.Delegation.IsZero() {
			addDelegation(p.Delegation)
		}
	}
	return dst
}

// dateKey returns the start of d's span and its end, in Unix seconds;
// minInstant twice for the zero Date, which sorts first.
func dateKey(d diplo.Date) (int64, int64) {
	if d.IsZero() {
		return minInstant, minInstant
	}
	return d.Start().Unix(), d.End().Unix()
}

func (ix *Index) indexStatements() {
	g := ix.g
	ix.statements = make(map[diplo.ID][]int32)
	for i, s := range g.Statements {
		if !s.Occasion.IsZero() {
			ix.statements[s.Occasion] = append(ix.statements[s.Occasion], int32(i))
		}
		for _, a := range s.About {
			if l := ix.statements[a]; a.IsZero() || len(l) > 0 && l[len(l)-1] == int32(i) {
				continue // the occasion, or listed twice
			}
			{
				ix.statements[a] = append(ix.statements[a], int32(i))
			}
		}
	}
	for _, l := range ix.statements {
		slices.SortStableFunc(l, func(a, b int32) int { return g.Statements[a].Date.Compare(g.Statements[b].Date) })
	}
}

package view

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
	"github.com/diplo-go/diplo/query"
)

// label is a piece of text of a record as it is shown: the value in its
// original language (or the first by tag), with that language.
type label struct {
	Text string
	Lang string
	RTL  bool
}

// maxLabel is the most runes of a label the page shows in a list; the
// tooltip has up to maxTip.
const (
	maxLabel = 200
	maxTip   = 2000
)

// Short returns the text cut to maxLabel runes.
func (l label) Short() string { return truncate(l.Text, maxLabel) }

// Cut reports whether Short cuts the text.
func (l label) Cut() bool { return utf8.RuneCountInString(l.Text) > maxLabel }

// Tip returns the text cut to maxTip runes, for a tooltip.
func (l label) Tip() string { return truncate(l.Text, maxTip) }

// rtlScripts are the scripts written right to left (ISO 15924).
var rtlScripts = map[string]bool{
	"Arab": true, "Hebr": true, "Syrc": true, "Thaa": true, "Nkoo": true,
	"Adlm": true, "Mand": true, "Samr": true, "Rohg": true, "Yezi": true,
}

// isRTL reports whether tag is written right to left: its script, given or
// likely (Arabic, Hebrew, Persian, Urdu...).
func isRTL(tag language.Tag) bool {
	s, _ := tag.Script()
	return rtlScripts[s.String()]
}

// english is the base language of the page's own words.
var english, _ = language.English.Base()

// textLabel returns the label of t: its English value if it has one,
// else its original value, or "" when t is empty.
func textLabel(t diplo.Text) label {
	if len(t) == 0 {
		return label{}
	}
	tag, s, ok := t.Original()
	if !ok {
		tag = t.Tags()[0]
		s = t[tag]
	}
	// The page speaks English: an English value, original or translated,
	// is shown rather than an original in another language.
	if base, _ := tag.Base(); base != english {
		for _, k := range t.Tags() {
			if b, _ := k.Base(); b == english {
				tag, s = k, t[k]
				break
			}
		}
	}
	return label{Text: s, Lang: tag.String(), RTL: isRTL(tag)}
}

// truncate cuts s to at most n runes, ending it with an ellipsis when it
// is cut.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for i = range s {
		if k == n-1 {
			break
		}
		k++
	}
	return s[:i] + "…"
}

// webLink returns the IRI as a link target when it is an absolute http or
// https URL, and "" otherwise: no other scheme (javascript:, data:, file:)
// becomes a link.
func webLink(iri string) string {
	u, err := url.Parse(iri)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return ""
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return ""
	}
	return u.String()
}

// record is what the views show of one graph.
type record struct {
	g      *graph.Graph
	labels map[diplo.ID]label
	kinds  map[diplo.ID]graph.NodeType
}

// newRecord indexes the labels and node types of g's nodes.
func newRecord(g *graph.Graph) *record {
	r := &record{g: g, labels: make(map[diplo.ID]label), kinds: make(map[diplo.ID]graph.NodeType)}
	add := func(id diplo.ID, t graph.NodeType, l label) {
		if _, ok := r.kinds[id]; ok || id.IsZero() {
			return // the first node with an ID is the one shown, as graph.Index does
		}
		r.kinds[id] = t
		r.labels[id] = l
	}
	for _, p := range g.Persons {
		add(p.ID, graph.PersonNode, textLabel(p.Name))
	}
	for _, s := range g.States {
		add(s.ID, graph.StateNode, textLabel(s.Name))
	}
	for _, o := range g.Organizations {
		l := textLabel(o.Name)
		if l.Text == "" {
			l = label{Text: o.Abbreviation}
		}
		add(o.ID, graph.OrganizationNode, l)
	}
	for _, o := range g.Offices {
		add(o.ID, graph.OfficeNode, textLabel(o.Name))
	}
	for _, d := range g.Delegations {
		l := textLabel(d.Name)
		if l.Text == "" {
			rep := r.labels[d.Represents]
			l = label{Text: "delegation", Lang: "en"}
			if rep.Text != "" {
				l.Text = "delegation of " + rep.Text
				l.Lang, l.RTL = rep.Lang, rep.RTL
			}
		}
		add(d.ID, graph.DelegationNode, l)
	}
	for _, m := range g.Missions {
		add(m.ID, graph.MissionNode, textLabel(m.Name))
	}
	for _, e := range g.Events {
		l := textLabel(e.Name)
		if l.Text == "" {
			l = label{Text: string(e.Kind), Lang: "en"}
		}
		add(e.ID, graph.EventNode, l)
	}
	for _, a := range g.Accords {
		add(a.ID, graph.AccordNode, textLabel(a.Title))
	}
	for _, s := range g.Sources {
		add(s.ID, graph.SourceNode, textLabel(s.Title))
	}
	return r
}

// name returns the label of the node id, or the ID itself for a node the
// record does not hold.
func (r *record) name(id diplo.ID) label {
	if l, ok := r.labels[id]; ok && l.Text != "" {
		return l
	}
	return label{Text: string(id)}
}

// span is the time a date or a pair of dates stands for, as instants:
// [From, To).
type span struct {
	From, To time.Time
	// Fuzzy is set for an uncertain or approximate date.
	Fuzzy bool
}

// dateSpan returns the span of d; ok is false for the zero date.
func dateSpan(d diplo.Date) (span, bool) {
	if d.IsZero() {
		return span{}, false
	}
	return span{From: d.Start(), To: d.End(), Fuzzy: d.IsUncertain() || d.IsApproximate()}, true
}

// eventSpan returns the span of an event, Start to End.
func eventSpan(e *event.Event) (span, bool) {
	s, ok := dateSpan(e.Start)
	if !ok {
		return s, false
	}
	if t, ok := dateSpan(e.End); ok && t.To.After(s.To) {
		s.To = t.To
		s.Fuzzy = s.Fuzzy || t.Fuzzy
	}
	return s, true
}

// axis maps instants to x coordinates between X0 and X1.
type axis struct {
	From, To time.Time
	X0, X1   float64
}

// newAxis returns an axis over the spans, padded by a twentieth of their
// length on each side (a day at least). ok is false when there is no span.
func newAxis(spans []span, x0, x1 float64) (axis, bool) {
	if len(spans) == 0 {
		return axis{}, false
	}
	from, to := spans[0].From, spans[0].To
	for _, s := range spans[1:] {
		if s.From.Before(from) {
			from = s.From
		}
		if s.To.After(to) {
			to = s.To
		}
	}
	pad := max(to.Sub(from)/20, 24*time.Hour)
	return axis{From: from.Add(-pad), To: to.Add(pad), X0: x0, X1: x1}, true
}

// x returns the coordinate of t.
func (a axis) x(t time.Time) float64 {
	d := a.To.Sub(a.From)
	if d <= 0 {
		return a.X0
	}
	return a.X0 + (a.X1-a.X0)*float64(t.Sub(a.From))/float64(d)
}

// tick is a labelled instant on an axis.
type tick struct {
	At    time.Time
	Label string
}

// ticks returns the ticks of the axis: years, months or days, at a step
// that gives at most about most.
func (a axis) ticks(most int) []tick {
	d := a.To.Sub(a.From)
	const day = 24 * time.Hour
	var out []tick
	switch {
	case d > 3*365*day:
		years := int(d/(365*day)) + 1
		step := 1
		for _, s := range []int{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000} {
			step = s
			if years/s <= most {
				break
			}
		}
		y := a.From.Year()
		y += (step - y%step) % step
		for t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC); !t.After(a.To); t = t.AddDate(step, 0, 0) {
			if !t.Before(a.From) {
				out = append(out, tick{t, t.Format("2006")})
			}
		}
	case d > 90*day:
		months := int(d/(30*day)) + 1
		step := 1
		for _, s := range []int{1, 2, 3, 6, 12} {
			step = s
			if months/s <= most {
				break
			}
		}
		// The first month of a step (January, April... for quarters).
		m := int(a.From.Month()) - 1
		m -= m % step
		t := time.Date(a.From.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
		for ; !t.After(a.To); t = t.AddDate(0, step, 0) {
			if !t.Before(a.From) {
				out = append(out, tick{t, t.Format("2006-01")})
			}
		}
	default:
		days := int(d/day) + 1
		step := 1
		for _, s := range []int{1, 2, 7, 14} {
			step = s
			if days/s <= most {
				break
			}
		}
		t := time.Date(a.From.Year(), a.From.Month(), a.From.Day(), 0, 0, 0, 0, time.UTC)
		for ; !t.After(a.To); t = t.AddDate(0, 0, step) {
			if !t.Before(a.From) {
				out = append(out, tick{t, t.Format("2006-01-02")})
			}
		}
	}
	return out
}

// timelineRow is one event of the timeline, at its depth in the tree of
// parts.
type timelineRow struct {
	E     *event.Event
	Depth int
	Span  span
	Dated bool
}

// timelineRows returns the events in the order the timeline draws them:
// the events that are no part of another, by start date, each followed by
// its parts, in the order of Parts, depth first. An event that is a part
// of several, or of itself, is drawn once, under the first that reaches
// it; parts that name no event of the record are left out here (Validate
// reports them).
func timelineRows(g *graph.Graph) []timelineRow {
	at := make(map[diplo.ID]int, len(g.Events))
	for i := range g.Events {
		if _, dup := at[g.Events[i].ID]; !dup {
			at[g.Events[i].ID] = i
		}
	}
	isPart := make([]bool, len(g.Events))
	for i := range g.Events {
		for _, p := range g.Events[i].Parts {
			if j, ok := at[p]; ok && j != i {
				isPart[j] = true
			}
		}
	}
	roots := make([]int, 0, len(g.Events))
	for i := range g.Events {
		if !isPart[i] {
			roots = append(roots, i)
		}
	}
	byStart := func(i, j int) int {
		if c := g.Events[i].Start.Compare(g.Events[j].Start); c != 0 {
			// Undated events go last.
			switch {
			case g.Events[i].Start.IsZero():
				return 1
			case g.Events[j].Start.IsZero():
				return -1
			}
			return c
		}
		return cmp.Compare(i, j)
	}
	slices.SortFunc(roots, byStart)
	rows := make([]timelineRow, 0, len(g.Events))
	done := make([]bool, len(g.Events))
	var walk func(i, depth int)
	walk = func(i, depth int) {
		done[i] = true
		e := &g.Events[i]
		s, ok := eventSpan(e)
		rows = append(rows, timelineRow{E: e, Depth: depth, Span: s, Dated: ok})
		for _, p := range e.Parts {
			if j, ok := at[p]; ok && !done[j] {
				walk(j, depth+1)
			}
		}
	}
	for _, i := range roots {
		if !done[i] {
			walk(i, 0)
		}
	}
	// Events that are parts only of each other (a cycle, which Validate
	// rejects) are shown all the same.
	for i := range g.Events {
		if !done[i] {
			walk(i, 0)
		}
	}
	return rows
}

// lane is one row of an accord's lifecycle: the accord as a whole (Party
// zero) or one party, with its actions and the periods in which package
// query finds the party applying the accord.
type lane struct {
	Party   diplo.ID
	Actions []*accord.Action
	Bands   []band
}

// band is a period of a party's lane in which query.Index.StatusOfParty
// gives one status that applies the accord (provisional, bound or
// suspended), with certainty (Sure) or as one the record admits (a
// faded band). An open period runs to the zero time.
type band struct {
	span
	Status query.PartyStatus
	Sure   bool
}

// drawnStatuses are the statuses a band shows, in the order a band
// prefers them when the record admits several.
var drawnStatuses = []query.PartyStatus{query.PartyBound, query.PartySuspended, query.PartyProvisional}

// lanes returns the lanes of an accord: the accord-wide actions first,
// then a lane for each party, in the order of Parties and then of the
// actions that name a party not listed.
func lanes(a *accord.Accord) []lane {
	index := map[diplo.ID]int{}
	out := []lane{{}}
	addParty := func(p diplo.ID) int {
		if i, ok := index[p]; ok {
			return i
		}
		index[p] = len(out)
		out = append(out, lane{Party: p})
		return len(out) - 1
	}
	for _, p := range a.Parties {
		if !p.IsZero() {
			addParty(p)
		}
	}
	for i := range a.Actions {
		act := &a.Actions[i]
		k := 0
		if !act.Party.IsZero() {
			k = addParty(act.Party)
		}
		out[k].Actions = append(out[k].Actions, act)
	}
	for k := range out {
		slices.SortStableFunc(out[k].Actions, func(x, y *accord.Action) int { return x.TakesEffect().Compare(y.TakesEffect()) })
	}
	// The first entry into force and the first consent of any party: with
	// them, an accord of the actions of one party and of the accord as a
	// whole has the answers of the whole accord for that party (an entry
	// into force and no consent but signatures makes a signature the
	// consent to be bound, VCLT art. 12(1)).
	firstEntry, firstConsent := -1, -1
	for i, act := range a.Actions {
		switch {
		case firstEntry < 0 && act.Kind == accord.EntryIntoForce:
			firstEntry = i
		case firstConsent < 0 && slices.Contains(consents, act.Kind):
			firstConsent = i
		}
	}
	for k := 1; k < len(out); k++ {
		// An index of an accord of the party's actions, those of the
		// accord as a whole and the two above, in the record's order, so
		// that each answer costs the party's actions, not all the
		// accord's, and the accord is the one drawn even when the record
		// lists another of the same ID.
		one := accord.Accord{ID: a.ID, Parties: []diplo.ID{out[k].Party}}
		for i, act := range a.Actions {
			if act.Party == out[k].Party || act.Party.IsZero() || i == firstEntry || i == firstConsent {
				one.Actions = append(one.Actions, act)
			}
		}
		ix := query.New(&graph.Graph{Accords: []accord.Accord{one}})
		out[k].Bands = bands(ix, a.ID, out[k].Party, out[k].Actions, out[0].Actions)
	}
	return out
}

// consents are the actions by which a party consents to be bound.
var consents = []accord.ActionKind{accord.Ratification, accord.Acceptance, accord.Approval, accord.Accession, accord.Succession}

// bands returns the periods in which query.Index ix finds party applying
// the accord of ID id: provisionally, bound or suspended. The status
// changes only where an action of the party (own) or of the accord as a
// whole (wide) takes effect or gives notice, so ix is asked once for each
// day that starts a period between two such days, and periods of the same
// status and certainty are joined. An answer before the first such day is
// not drawn.
func bands(ix *query.Index, id, party diplo.ID, own, wide []*accord.Action) []band {
	var cuts []time.Time
	for _, acts := range [][]*accord.Action{own, wide} {
		for _, act := range acts {
			cuts = changeDays(cuts, act.Date)
			cuts = changeDays(cuts, act.Effective)
		}
	}
	slices.SortFunc(cuts, time.Time.Compare)
	cuts = slices.Compact(cuts)
	var out []band
	for i, from := range cuts {
		on := diplo.DayOf(from.Year(), from.Month(), from.Day())
		if on.IsZero() {
			continue // a day beyond the years of a Date
		}
		ans, _ := ix.StatusOfParty(id, party, on)
		b := band{span: span{From: from}}
		for _, st := range drawnStatuses {
			if t := ans.Is(st); t != query.No {
				b.Status, b.Sure = st, t == query.Yes
				break
			}
		}
		if i+1 < len(cuts) {
			b.To = cuts[i+1]
		}
		switch {
		case b.Status == query.NotParty:
			// Nothing applies the accord.
		case len(out) > 0 && out[len(out)-1].To.Equal(from) && out[len(out)-1].Status == b.Status && out[len(out)-1].Sure == b.Sure:
			out[len(out)-1].To = b.To
		default:
			out = append(out, b)
		}
	}
	return out
}

// changeDays appends the days on which an answer of package query may
// change because of the date d: the first and the day after the last of
// the days on which d may take effect (the start of its first and last
// day, widened as query widens an uncertain or approximate date: both
// from query.EffectBounds), each
// rounded down to the start of its day and taken with the next day too,
// so that a date with a time of day changes the answer both on its day
// and after it.
func changeDays(cuts []time.Time, d diplo.Date) []time.Time {
	const dayLen = 24 * time.Hour
	lo, hi, ok := query.EffectBounds(d)
	if !ok {
		return cuts
	}
	for _, t := range []time.Time{lo, hi} {
		t = t.Truncate(dayLen)
		cuts = append(cuts, t, t.Add(dayLen))
	}
	return cuts
}

// actorNet is the actor network of a record as the page shows it: the
// nodes and edges of network.New, with each edge's ends as indexes into
// Nodes and the number of edges of each node.
type actorNet struct {
	*network.Network
	// From and To are the indexes in Nodes of each edge's Source and
	// Target.
	From, To []int
	// Degree is the number of edges of each node.
	Degree []int
	// Err is set when network.New failed (a record with more pairs of
	// actors than network.DefaultMaxPairs); Nodes and Edges are then
	// empty.
	Err error
}

// newActorNet returns the actor network of g, from network.New with its
// defaults: every kind of link.
func newActorNet(g *graph.Graph) *actorNet {
	nw, err := network.New(g, network.Options{})
	if err != nil {
		return &actorNet{Network: &network.Network{}, Err: err}
	}
	n := &actorNet{Network: nw, From: make([]int, len(nw.Edges)), To: make([]int, len(nw.Edges)), Degree: make([]int, len(nw.Nodes))}
	at := make(map[diplo.ID]int, len(nw.Nodes))
	for i, nd := range nw.Nodes {
		at[nd.ID] = i
	}
	for i, e := range nw.Edges {
		n.From[i], n.To[i] = at[e.Source], at[e.Target]
		n.Degree[n.From[i]]++
		n.Degree[n.To[i]]++
	}
	return n
}

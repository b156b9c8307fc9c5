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
// zero) or one party, with its actions and the periods in which the
// actions show the party bound.
type lane struct {
	Party   diplo.ID
	Actions []*accord.Action
	Bound   []span
}

// consents are the actions by which a party consents to be bound.
var consents = []accord.ActionKind{accord.Ratification, accord.Acceptance, accord.Approval, accord.Accession, accord.Succession}

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
	for k := 1; k < len(out); k++ {
		out[k].Bound = bound(out[k].Actions, out[0].Actions)
	}
	return out
}

// bound returns the periods in which a party was bound by the accord, as
// its own actions and the accord-wide ones tell: from its own entry into
// force, or from its consent (ratification, acceptance, approval,
// accession, succession) taking effect while the accord is in force, or
// from the accord's entry into force after its consent, until its
// withdrawal or the accord's termination takes effect. A consent followed
// by the party's own entry into force binds from that entry into force.
// An open period runs to the zero time.
func bound(own, wide []*accord.Action) []span {
	type step struct {
		a    *accord.Action
		wide bool
	}
	steps := make([]step, 0, len(own)+len(wide))
	for _, a := range own {
		steps = append(steps, step{a, false})
	}
	for _, a := range wide {
		if a.Kind == accord.EntryIntoForce || a.Kind == accord.Termination {
			steps = append(steps, step{a, true})
		}
	}
	slices.SortStableFunc(steps, func(x, y step) int { return x.a.TakesEffect().Compare(y.a.TakesEffect()) })
	var out []span
	inForce, consented, isBound := false, false, false
	var since time.Time
	start := func(t time.Time) {
		if !isBound {
			isBound, since = true, t
		}
	}
	stop := func(t time.Time) {
		if isBound {
			out = append(out, span{From: since, To: t})
		}
		isBound, consented = false, false
	}
	for i, s := range steps {
		d := s.a.TakesEffect()
		if d.IsZero() {
			continue
		}
		t := d.Start()
		switch {
		case s.wide && s.a.Kind == accord.EntryIntoForce:
			inForce = true
			if consented {
				start(t)
			}
		case s.wide: // termination
			inForce = false
			stop(t)
		case s.a.Kind == accord.EntryIntoForce:
			start(t)
		case slices.Contains(consents, s.a.Kind):
			consented = true
			// The party's own entry into force, next, says when it is bound.
			next := i+1 < len(steps) && !steps[i+1].wide && steps[i+1].a.Kind == accord.EntryIntoForce
			if inForce && !next {
				start(t)
			}
		case s.a.Kind == accord.Withdrawal || s.a.Kind == accord.Termination:
			stop(t)
		}
	}
	if isBound {
		out = append(out, span{From: since})
	}
	return out
}

// link kinds of the actor network.
const (
	linkMet      = "met"
	linkSigned   = "signed with"
	linkExpelled = "expelled"
)

// link is an edge of the actor network; From and To are indexes into the
// network's actors. "met" and "signed with" are undirected (From < To);
// "expelled" goes from the expelling actor to the expelled.
type link struct {
	From, To int
	Kind     string
	// Count is the number of events or accords behind the link.
	Count int
}

// network is the actor network of a record.
type network struct {
	Actors []diplo.ID
	Links  []link
	// Degree is the number of links of each actor.
	Degree []int
}

// maxClique is the most participants of one event, or parties of one
// accord, that are linked pairwise: a conference of 190 states would add
// 18,000 links of little meaning and make the page quadratic in its size.
// The first maxClique are linked.
const maxClique = 12

// newNetwork extracts the actor network of r: actors who took part in the
// same held event met; parties (or, for an accord without parties, the
// signatories) of the same accord signed with each other; the initiators
// of an expulsion expelled its targets and subjects.
func newNetwork(r *record) *network {
	n := &network{}
	at := map[diplo.ID]int{}
	// The actors in the order of the record's lists.
	addAll := func(ids []diplo.ID) {
		for _, id := range ids {
			if _, ok := at[id]; !ok && !id.IsZero() && r.kinds[id] != "" {
				at[id] = len(n.Actors)
				n.Actors = append(n.Actors, id)
			}
		}
	}
	g := r.g
	addAll(collect(g.States, func(i int) diplo.ID { return g.States[i].ID }))
	addAll(collect(g.Organizations, func(i int) diplo.ID { return g.Organizations[i].ID }))
	addAll(collect(g.Persons, func(i int) diplo.ID { return g.Persons[i].ID }))
	addAll(collect(g.Offices, func(i int) diplo.ID { return g.Offices[i].ID }))
	addAll(collect(g.Delegations, func(i int) diplo.ID { return g.Delegations[i].ID }))
	addAll(collect(g.Missions, func(i int) diplo.ID { return g.Missions[i].ID }))
	type key struct {
		from, to int
		kind     string
	}
	links := map[key]int{}
	var order []key
	add := func(a, b diplo.ID, kind string, directed bool) {
		i, ok1 := at[a]
		j, ok2 := at[b]
		if !ok1 || !ok2 || i == j {
			return
		}
		if !directed && i > j {
			i, j = j, i
		}
		k := key{i, j, kind}
		if _, ok := links[k]; !ok {
			order = append(order, k)
		}
		links[k]++
	}
	clique := func(ids []diplo.ID, kind string) {
		ids = ids[:min(len(ids), maxClique)]
		for x := range ids {
			for y := x + 1; y < len(ids); y++ {
				add(ids[x], ids[y], kind, false)
			}
		}
	}
	var ids []diplo.ID
	for i := range g.Events {
		e := &g.Events[i]
		if e.Kind == event.Expulsion {
			var from, to []diplo.ID
			for _, p := range e.Participants {
				switch p.Role {
				case event.Initiator:
					from = append(from, p.Actor)
				case event.Target, event.Subject:
					to = append(to, p.Actor)
				}
			}
			for _, a := range from[:min(len(from), maxClique)] {
				for _, b := range to[:min(len(to), maxClique)] {
					add(a, b, linkExpelled, true)
				}
			}
			continue
		}
		if e.EffectiveStatus() != event.Held {
			continue // who did not meet did not meet
		}
		ids = ids[:0]
		for _, p := range e.Participants {
			if _, ok := at[p.Actor]; ok && !slices.Contains(ids, p.Actor) {
				ids = append(ids, p.Actor)
			}
		}
		clique(ids, linkMet)
	}
	for i := range g.Accords {
		a := &g.Accords[i]
		ids = append(ids[:0], a.Parties...)
		for _, s := range a.Signatories {
			if !s.Party.IsZero() && !slices.Contains(ids, s.Party) {
				ids = append(ids, s.Party)
			}
		}
		if len(ids) == 0 {
			for _, s := range a.Signatories {
				ids = append(ids, s.Person)
			}
		}
		clique(ids, linkSigned)
	}
	n.Degree = make([]int, len(n.Actors))
	n.Links = make([]link, len(order))
	for i, k := range order {
		n.Links[i] = link{From: k.from, To: k.to, Kind: k.kind, Count: links[k]}
		n.Degree[k.from]++
		n.Degree[k.to]++
	}
	return n
}

// collect returns f(i) for each index of s.
func collect[T any](s []T, f func(int) diplo.ID) []diplo.ID {
	out := make([]diplo.ID, len(s))
	for i := range s {
		out[i] = f(i)
	}
	return out
}

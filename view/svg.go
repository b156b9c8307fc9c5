package view

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
	"github.com/diplo-go/diplo/query"
)

// svg writes SVG markup. Every name, text and ID of a record goes through
// esc, which escapes it for XML text and attribute values alike (and
// replaces what XML cannot hold with U+FFFD); nothing else writes record
// data.
type svg struct {
	b bytes.Buffer
}

// esc writes s escaped.
func (w *svg) esc(s string) { xml.EscapeText(&w.b, []byte(s)) }

// raw writes markup of the package's own.
func (w *svg) raw(s string) { w.b.WriteString(s) }

// f writes markup of the package's own with numbers formatted by Sprintf.
func (w *svg) f(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }

// num formats a coordinate.
func num(x float64) string { return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) }

// open writes the svg element of a picture width by height.
func (w *svg) open(kind string, width, height float64, title string) {
	w.f(`<svg xmlns="http://www.w3.org/2000/svg" class="%s" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif" font-size="12" role="img">`,
		kind, num(width), num(height), num(width), num(height))
	w.raw("<title>")
	w.esc(title)
	w.raw("</title>")
}

// text writes a text element at x, y holding l cut to n runes, with its
// language and direction: a right-to-left label still starts at x.
// extra is markup of the package's own (attributes).
func (w *svg) text(x, y float64, l label, n int, extra string) {
	w.f(`<text x="%s" y="%s"`, num(x), num(y))
	if l.Lang != "" {
		w.raw(` xml:lang="`)
		w.esc(l.Lang)
		w.raw(`"`)
	}
	if l.RTL {
		w.raw(` direction="rtl" text-anchor="end"`)
	}
	if extra != "" {
		w.raw(" " + extra)
	}
	w.raw(">")
	w.esc(truncate(l.Text, n))
	w.raw("</text>")
}

// title writes a title element (the tooltip) with s, cut to 500 runes.
func (w *svg) title(s string) {
	w.raw("<title>")
	w.esc(truncate(s, 500))
	w.raw("</title>")
}

// bar writes a rectangle over the span s on axis a at y, at least min wide.
func (w *svg) bar(a axis, s span, y, h, min float64, attrs string) (x0, x1 float64) {
	x0, x1 = a.x(s.From), a.x(s.To)
	if s.To.IsZero() {
		x1 = a.X1
	}
	if x1-x0 < min {
		c := (x0 + x1) / 2
		x0, x1 = c-min/2, c+min/2
	}
	w.f(`<rect x="%s" y="%s" width="%s" height="%s" %s`, num(x0), num(y), num(x1-x0), num(h), attrs)
	if s.Fuzzy {
		w.raw(` fill-opacity="0.45" stroke-dasharray="3 2"`)
	}
	w.raw("/>")
	return x0, x1
}

// grid writes at most about most ticks of a as labelled vertical lines
// from y0 to y1.
func (w *svg) grid(a axis, y0, y1 float64, most int) {
	ticks := a.ticks(most)
	if len(ticks) == 0 {
		return
	}
	w.raw(`<path stroke="#ddd" d="`)
	for _, t := range ticks {
		w.f(`M%s %sV%s`, num(a.x(t.At)), num(y0), num(y1))
	}
	w.raw(`"/><g font-size="10" fill="#555" text-anchor="middle">`)
	for _, t := range ticks {
		w.f(`<text x="%s" y="%s">%s</text>`, num(a.x(t.At)), num(y0-4), t.Label)
	}
	w.raw("</g>")
}

// Layout of the pictures.
const (
	width      = 1200.0
	labelWidth = 390.0
	chartLeft  = labelWidth + 10
	chartRight = width - 170
	rowHeight  = 22.0
)

// statusStyle returns the attributes of an event's bar for its status.
func statusStyle(s event.Status) string {
	switch s {
	case event.Planned:
		return `fill="#ffffff" stroke="#3b6ea5" stroke-width="1.5" stroke-dasharray="4 2"`
	case event.Postponed:
		return `fill="#e69f00" stroke="#9a6a00"`
	case event.Cancelled:
		return `fill="#bbbbbb" stroke="#888888"`
	}
	return `fill="#3b6ea5" stroke="#2a4f77"`
}

// writeTimeline draws the events of r as rows of bars on a time axis.
func writeTimeline(w *svg, r *record) {
	rows, a, ok := timelineLayout(r)
	writeTimelineRows(w, r, rows, a, ok)
}

// timelineLayout returns the rows of the timeline of r and its axis; ok
// is false when no event is dated.
func timelineLayout(r *record) ([]timelineRow, axis, bool) {
	rows := timelineRows(r.g)
	spans := make([]span, 0, len(rows))
	for _, row := range rows {
		if row.Dated {
			spans = append(spans, row.Span)
		}
		for _, ch := range row.E.StatusHistory {
			if s, ok := dateSpan(ch.Date); ok {
				spans = append(spans, s)
			}
		}
	}
	a, ok := newAxis(spans, chartLeft, chartRight)
	return rows, a, ok
}

// writeTimelineRows draws rows of the timeline of r on the axis a as one
// picture.
func writeTimelineRows(w *svg, r *record, rows []timelineRow, a axis, ok bool) {
	const top = 34.0
	h := top + rowHeight*float64(len(rows)) + 10
	w.open("timeline", width, h, "Timeline: "+textLabel(r.g.Title).Text)
	if ok {
		w.grid(a, top-8, h, 12)
	}
	for i, row := range rows {
		e := row.E
		y := top + rowHeight*float64(i)
		st := e.EffectiveStatus()
		w.raw(`<g class="event" data-event="`)
		w.esc(string(e.ID))
		w.raw(`" data-status="`)
		w.esc(string(st))
		w.raw(`">`)
		name := r.name(e.ID)
		place := textLabel(e.Place.Name)
		tip := name.Text + "\n" + string(e.Kind) + ", " + string(st) + "\n" + e.Span().String()
		if place.Text != "" {
			tip += "\n" + place.Text
		}
		w.title(tip)
		if i%2 == 0 {
			w.f(`<rect x="0" y="%s" width="%s" height="%s" fill="#f6f7f9"/>`, num(y), num(width), num(rowHeight))
		}
		x := 8 + 14*float64(min(row.Depth, 10))
		if row.Depth > 0 {
			w.f(`<text x="%s" y="%s" fill="#999">└</text>`, num(x-12), num(y+15))
		}
		w.text(x, y+15, name, int((labelWidth-x)/6.5), `class="name"`)
		end := chartLeft
		if row.Dated && ok {
			_, end = w.bar(a, row.Span, y+4, rowHeight-8, 3, statusStyle(st))
			if st == event.Cancelled {
				x0 := a.x(row.Span.From)
				w.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#c0392b" stroke-width="2"/>`, num(min(x0, end-3)), num(y+rowHeight/2), num(end), num(y+rowHeight/2))
			}
			for _, ch := range e.StatusHistory {
				s, ok := dateSpan(ch.Date)
				if !ok {
					continue
				}
				w.raw("<g>")
				t := string(ch.Status) + " (" + ch.Date.String() + ")"
				if p := textLabel(ch.Place.Name); p.Text != "" {
					t += ", moved to " + p.Text
				}
				w.title(t)
				w.bar(a, s, y+rowHeight-5, 4, 4, statusStyle(ch.Status))
				w.raw("</g>")
			}
		}
		// The status and place, in their own elements: a label's
		// direction does not reorder them.
		meta := string(st)
		if !row.Dated {
			meta += ", date unknown"
		}
		if st == event.Held {
			meta = ""
			if !row.Dated {
				meta = "date unknown"
			}
		}
		mx := end + 6
		if meta != "" {
			w.f(`<text x="%s" y="%s" font-size="11" fill="#a33" class="status">`, num(mx), num(y+15))
			w.esc(meta)
			w.raw("</text>")
			mx += 7*float64(len(meta)) + 6
		}
		if place.Text != "" {
			w.text(mx, y+15, place, 28, `font-size="11" fill="#444" class="place"`)
		}
		w.raw("</g>")
	}
	w.raw("</svg>")
}

// actionColor returns the colour of an action kind: signature blue,
// consent purple, entry into force green, the ends red, the rest grey.
func actionColor(k accord.ActionKind) string {
	switch k {
	case accord.Signature:
		return "#2b6cb0"
	case accord.Ratification, accord.Acceptance, accord.Approval, accord.Accession, accord.Succession:
		return "#7b3fa0"
	case accord.EntryIntoForce, accord.ProvisionalApplication:
		return "#2f855a"
	case accord.Withdrawal, accord.Termination, accord.Suspension:
		return "#c0392b"
	}
	return "#777777"
}

// laneHeight is the height of a lane: the marks and three rows of labels.
const laneHeight = 52.0

// lifecycleBlock is the lifecycle of one accord: its lanes and its axis.
type lifecycleBlock struct {
	a     *accord.Accord
	lanes []lane
	axis  axis
	ok    bool
}

// height is the height of the block's picture.
func (b lifecycleBlock) height() float64 { return 44 + laneHeight*float64(len(b.lanes)) }

// lifecycleBlocks returns the lifecycle of each accord of r.
func lifecycleBlocks(r *record) []lifecycleBlock {
	blocks := make([]lifecycleBlock, len(r.g.Accords))
	for i := range r.g.Accords {
		a := &r.g.Accords[i]
		var spans []span
		for _, act := range a.Actions {
			for _, d := range []diplo.Date{act.Date, act.Effective} {
				if s, ok := dateSpan(d); ok {
					spans = append(spans, s)
				}
			}
		}
		ax, ok := newAxis(spans, chartLeft, chartRight)
		blocks[i] = lifecycleBlock{a, lanes(a), ax, ok}
	}
	return blocks
}

// writeLifecycle draws, for each accord of r, a lane for the accord as a
// whole and one per party, with the actions on a time axis and the
// periods in which the party was bound as a band.
func writeLifecycle(w *svg, r *record) { writeLifecycleBlocks(w, r, lifecycleBlocks(r)) }

// writeLifecycleBlocks draws the blocks as one picture.
func writeLifecycleBlocks(w *svg, r *record, blocks []lifecycleBlock) {
	h := 46.0
	for _, b := range blocks {
		h += b.height()
	}
	w.open("lifecycle", width, h, "Lifecycle of the accords: "+textLabel(r.g.Title).Text)
	// The legend.
	lx := 8.0
	for _, it := range []struct{ color, name string }{
		{"#2b6cb0", "signature"}, {"#7b3fa0", "consent to be bound"}, {"#2f855a", "entry into force"},
		{"#c0392b", "withdrawal, suspension, termination"}, {"#777777", "other"},
		{"#cdebd3", "bound"}, {"#fbe3b0", "provisional"}, {"#f4c7c0", "suspended"},
	} {
		w.f(`<rect x="%s" y="8" width="12" height="12" fill="%s"/><text x="%s" y="18" font-size="11">%s</text>`, num(lx), it.color, num(lx+16), it.name)
		lx += 28 + 6.5*float64(len(it.name))
	}
	w.raw(`<text x="8" y="36" font-size="11" fill="#555">faded, dashed: an uncertain or approximate date, or a band the record admits but does not make certain; a span: a partial date (a year, a month). Bands: package query's status of the party.</text>`)
	y := 46.0
	for _, b := range blocks {
		w.raw(`<g class="accord" data-accord="`)
		w.esc(string(b.a.ID))
		w.raw(`">`)
		title := r.name(b.a.ID)
		w.title(title.Text + " (" + string(b.a.Kind) + ")")
		w.f(`<line x1="0" y1="%s" x2="%s" y2="%s" stroke="#999"/>`, num(y+2), num(width), num(y+2))
		w.text(8, y+22, title, 150, `font-weight="bold" font-size="13"`)
		y += 44
		if b.ok {
			w.grid(b.axis, y-4, y+laneHeight*float64(len(b.lanes)), 8)
		}
		for k, l := range b.lanes {
			w.raw(`<g class="lane" data-party="`)
			w.esc(string(l.Party))
			w.raw(`">`)
			if k%2 == 1 {
				w.f(`<rect x="0" y="%s" width="%s" height="%s" fill="#f6f7f9"/>`, num(y), num(width), num(laneHeight))
			}
			if k == 0 {
				w.text(8, y+16, label{Text: "the accord as a whole", Lang: "en"}, 60, `fill="#555" font-style="italic"`)
			} else {
				w.text(8, y+16, r.name(l.Party), 58, `class="party"`)
			}
			if b.ok {
				for _, s := range l.Bands {
					_, x1 := w.bar(b.axis, s.span, y+3, 18, 1, bandAttrs(s))
					if s.To.IsZero() {
						w.f(`<text x="%s" y="%s" font-size="11" fill="#2f855a">→</text>`, num(x1+2), num(y+17))
					}
				}
				var ends [3]float64
				for i := range ends {
					ends[i] = math.Inf(-1)
				}
				for _, act := range l.Actions {
					w.action(b.axis, act, y, &ends)
				}
			}
			w.raw("</g>")
			y += laneHeight
		}
		w.raw("</g>")
	}
	w.raw("</svg>")
}

// bandAttrs returns the attributes of a band: its colour by status, and
// for a status the record admits but does not give with certainty, a
// faded fill and a dashed outline. Its class is the status's name
// (bound, provisional, suspended), with "maybe" for an uncertain band.
func bandAttrs(b band) string {
	color := "#cdebd3"
	switch b.Status {
	case query.PartyProvisional:
		color = "#fbe3b0"
	case query.PartySuspended:
		color = "#f4c7c0"
	}
	if !b.Sure {
		return `fill="` + color + `" fill-opacity="0.45" stroke="` + color + `" stroke-dasharray="4 3" class="` + b.Status.String() + ` maybe"`
	}
	return `fill="` + color + `" class="` + b.Status.String() + `"`
}

// action draws one action of a lane at y: a mark over the span of its
// date, a dashed line to the mark of the date it takes effect when that
// differs, and its name on the first of three label rows with room
// (ends holds where each row's last label ends).
func (w *svg) action(a axis, act *accord.Action, y float64, ends *[3]float64) {
	w.raw(`<g class="action" data-action="`)
	w.esc(string(act.Kind))
	w.raw(`">`)
	tip := string(act.Kind) + " " + act.Date.String()
	if !act.Effective.IsZero() {
		tip += ", effective " + act.Effective.String()
	}
	if n := textLabel(act.Note); n.Text != "" {
		tip += "\n" + n.Text
	}
	w.title(tip)
	color := actionColor(act.Kind)
	s, ok := dateSpan(act.Date)
	if !ok {
		w.raw("</g>")
		return
	}
	x0, x1 := w.bar(a, s, y+6, 12, 5, `fill="`+color+`"`)
	if e, ok := dateSpan(act.Effective); ok && act.Effective != act.Date {
		ex0 := a.x(e.From)
		w.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-dasharray="3 2"/>`, num(x1), num(y+12), num(ex0), num(y+12), color)
		w.bar(a, e, y+6, 12, 5, `fill="#ffffff" stroke="`+color+`" stroke-width="2"`)
	}
	name := string(act.Kind)
	lw := 5.6 * float64(len(name))
	row := 0
	for row < 2 && ends[row] > x0 {
		row++
	}
	ends[row] = x0 + lw + 4
	w.f(`<text x="%s" y="%s" font-size="10" fill="%s">`, num(x0), num(y+29+10*float64(row)), color)
	w.esc(name)
	w.raw("</text>")
	w.raw("</g>")
}

// maxDrawn is the most actors the network picture draws: those with the
// most links. The page lists every actor.
const maxDrawn = 150

// kindColor returns the colour of an actor's node type.
func kindColor(t graph.NodeType) string {
	switch t {
	case graph.StateNode:
		return "#2b6cb0"
	case graph.OrganizationNode:
		return "#2f855a"
	case graph.PersonNode:
		return "#d97706"
	case graph.DelegationNode:
		return "#7b3fa0"
	}
	return "#777777"
}

// linkColor returns the colour of a link kind.
func linkColor(kind network.Kind) string {
	switch kind {
	case network.SignedWith:
		return "#2f855a"
	case network.VotedWith:
		return "#b7791f"
	case network.Expelled:
		return "#c0392b"
	}
	return "#9aa5b1"
}

// actorName returns the label of a node of the network: the record's
// label of the actor, or the node's own label for an actor the record
// does not hold.
func actorName(r *record, nd network.Node) label {
	if l, ok := r.labels[nd.ID]; ok && l.Text != "" {
		return l
	}
	return label{Text: nd.Label}
}

// drawnActors returns the indexes of the nodes the network picture draws:
// all of them, or the maxDrawn with the most edges (the first in the
// order of Nodes among equals), in the order of Nodes.
func drawnActors(n *actorNet) []int {
	drawn := make([]int, 0, len(n.Nodes))
	for i := range n.Nodes {
		drawn = append(drawn, i)
	}
	if len(drawn) > maxDrawn {
		slices.SortStableFunc(drawn, func(a, b int) int { return cmp.Compare(n.Degree[b], n.Degree[a]) })
		drawn = drawn[:maxDrawn]
		slices.Sort(drawn)
	}
	return drawn
}

// writeNetwork draws the actor network of network.New on a circle: the
// actors with the most links (up to maxDrawn), in the order of its nodes,
// and the edges between them.
func writeNetwork(w *svg, r *record, n *actorNet) {
	drawn := drawnActors(n)
	// The circle grows with the number of actors drawn.
	radius := min(max(40+10*float64(len(drawn)), 110), 300)
	const size, cx = 980.0, 490.0
	cy := radius + 80
	pos := make(map[int][2]float64, len(drawn))
	w.open("network", size, 2*cy, "Actors and their links: "+textLabel(r.g.Title).Text)
	w.raw(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="16" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#c0392b"/></marker></defs>`)
	for k, i := range drawn {
		t := 2*math.Pi*float64(k)/float64(max(len(drawn), 1)) - math.Pi/2
		pos[i] = [2]float64{cx + radius*math.Cos(t), cy + radius*math.Sin(t)}
	}
	for k, e := range n.Edges {
		p, ok1 := pos[n.From[k]]
		q, ok2 := pos[n.To[k]]
		if !ok1 || !ok2 {
			continue
		}
		w.f(`<line class="link" data-kind="%s" data-from="%d" data-to="%d" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"`,
			e.Kind, n.From[k], n.To[k], num(p[0]), num(p[1]), num(q[0]), num(q[1]), linkColor(e.Kind), num(1+math.Log2(float64(max(e.Weight, 1)))))
		if e.Kind.Directed() {
			w.raw(` marker-end="url(#arrow)"`)
		}
		w.raw(">")
		w.title(actorName(r, n.Nodes[n.From[k]]).Text + " " + string(e.Kind) + " " + actorName(r, n.Nodes[n.To[k]]).Text)
		w.raw("</line>")
	}
	for k, i := range drawn {
		p := pos[i]
		nd := n.Nodes[i]
		w.f(`<g class="node" data-index="%d">`, i)
		name := actorName(r, nd)
		w.title(name.Text + " (" + string(nd.Type) + ")")
		w.f(`<circle cx="%s" cy="%s" r="6" fill="%s" stroke="#fff"/>`, num(p[0]), num(p[1]), kindColor(nd.Type))
		t := 2*math.Pi*float64(k)/float64(max(len(drawn), 1)) - math.Pi/2
		lx, ly := cx+(radius+12)*math.Cos(t), cy+(radius+12)*math.Sin(t)+4
		anchor := `text-anchor="start"`
		if math.Cos(t) < -1e-9 {
			anchor = `text-anchor="end"`
		}
		l := name
		l.RTL = false // the anchor places the label outside the circle, whatever its direction
		w.text(lx, ly, l, 26, anchor+` font-size="11" direction="ltr" unicode-bidi="isolate"`)
		w.raw("</g>")
	}
	// The legend.
	lx := 8.0
	for _, it := range []struct{ color, name string }{
		{"#2b6cb0", "state"}, {"#2f855a", "organisation"}, {"#d97706", "person"}, {"#7b3fa0", "delegation"}, {"#777777", "office, mission"},
	} {
		w.f(`<circle cx="%s" cy="14" r="6" fill="%s"/><text x="%s" y="18" font-size="11">%s</text>`, num(lx+6), it.color, num(lx+16), it.name)
		lx += 30 + 6.5*float64(len(it.name))
	}
	lx = 8.0
	for _, it := range network.Kinds() {
		w.f(`<line x1="%s" y1="36" x2="%s" y2="36" stroke="%s" stroke-width="2"/><text x="%s" y="40" font-size="11">%s</text>`, num(lx), num(lx+20), linkColor(it), num(lx+26), it)
		lx += 40 + 6.5*float64(len(it))
	}
	switch {
	case n.Err != nil:
		w.raw(`<text x="8" y="60" font-size="11" fill="#a33">`)
		w.esc("No network: " + n.Err.Error())
		w.raw(`</text>`)
	case len(drawn) < len(n.Nodes):
		w.f(`<text x="8" y="60" font-size="11" fill="#a33">%d of %d actors drawn (those with the most links); all are listed below.</text>`, len(drawn), len(n.Nodes))
	}
	w.raw("</svg>")
}

package view

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"html/template"
	"io"
	"slices"
	"strconv"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

//go:embed page.css
var pageCSS string

//go:embed page.js
var pageJS string

// csp is the Content-Security-Policy of the page: nothing may load, and
// only the page's own style and script, named by their SHA-256 hashes,
// may run.
var csp = "default-src 'none'; style-src '" + hash(pageCSS) + "'; script-src '" + hash(pageJS) +
	"'; img-src data:; base-uri 'none'; form-action 'none'"

// hash returns the CSP source expression of an inline element's content.
func hash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(h[:])
}

// pageData is what the page template shows.
type pageData struct {
	Title   label
	CSP     string
	CSS     template.CSS
	JS      template.JS
	Records []recordData
}

// recordData is what the page shows of one record.
type recordData struct {
	Anchor     string
	Title      label
	ID         string
	IDLink     string
	Events     int
	Accords    int
	Actions    int
	Statements int
	Timeline   []template.HTML
	Lifecycle  []template.HTML
	Network    template.HTML
	Actors     []actorItem
	Few        bool
	Said       []statementItem
}

// actorItem is an actor of the list of actors, with its links.
type actorItem struct {
	ID    string
	Link  string
	Name  label
	Kind  string
	Links []linkItem
	More  int
}

// linkItem is one link of an actor in the list.
type linkItem struct {
	Kind string
	Name label
}

// statementItem is a statement with its texts.
type statementItem struct {
	ID       string
	Kind     string
	Date     string
	Speakers []label
	Occasion label
	Texts    []textItem
	Sources  []sourceItem
}

// textItem is a statement's text in one language.
type textItem struct {
	Lang, Dir, Note, Text string
}

// sourceItem is a cited source: its title, and its URL when that is a web
// address.
type sourceItem struct {
	Title label
	URL   string
}

// maxListed is the most links listed under an actor.
const maxListed = 6

// rowsPerPart and accordsPerPart are the most events and accords drawn
// in one picture of the page; a record with more has several, one under
// the other, each with its axis.
const (
	rowsPerPart    = 200
	accordsPerPart = 20
)

// manyActors is the most actors listed in columns; a longer list is one
// column, which a browser lays out faster.
const manyActors = 300

// recordView gathers what the page shows of g.
func recordView(g *graph.Graph, i int) recordData {
	r := newRecord(g)
	d := recordData{
		Anchor:     "record-" + strconv.Itoa(i+1),
		Title:      textLabel(g.Title),
		ID:         string(g.ID),
		IDLink:     webLink(string(g.ID)),
		Events:     len(g.Events),
		Accords:    len(g.Accords),
		Statements: len(g.Statements),
	}
	if d.Title.Text == "" {
		d.Title = label{Text: "Record " + strconv.Itoa(i+1), Lang: "en"}
	}
	for _, a := range g.Accords {
		d.Actions += len(a.Actions)
	}
	// The pictures, escaped by svg.esc, in parts that the browser lays
	// out only when they come into view.
	var w svg
	rows, a, ok := timelineLayout(r)
	for k := 0; k < len(rows) || k == 0; k += rowsPerPart {
		w.b.Reset()
		writeTimelineRows(&w, r, rows[k:min(k+rowsPerPart, len(rows))], a, ok)
		d.Timeline = append(d.Timeline, template.HTML(w.b.String()))
	}
	blocks := lifecycleBlocks(r)
	for k := 0; k < len(blocks); k += accordsPerPart {
		w.b.Reset()
		writeLifecycleBlocks(&w, r, blocks[k:min(k+accordsPerPart, len(blocks))])
		d.Lifecycle = append(d.Lifecycle, template.HTML(w.b.String()))
	}
	n := newActorNet(g)
	w.b.Reset()
	writeNetwork(&w, r, n)
	d.Network = template.HTML(w.b.String())
	// The edges of each actor, the strongest first.
	byActor := make([][]int, len(n.Nodes))
	for k := range n.Edges {
		byActor[n.From[k]] = append(byActor[n.From[k]], k)
		byActor[n.To[k]] = append(byActor[n.To[k]], k)
	}
	d.Actors = make([]actorItem, len(n.Nodes))
	for i, nd := range n.Nodes {
		ks := byActor[i]
		slices.SortStableFunc(ks, func(a, b int) int { return cmp.Compare(n.Edges[b].Weight, n.Edges[a].Weight) })
		it := actorItem{ID: string(nd.ID), Link: webLink(string(nd.ID)), Name: actorName(r, nd), Kind: string(nd.Type)}
		for _, k := range ks[:min(len(ks), maxListed)] {
			other, kind := n.To[k], string(n.Edges[k].Kind)
			if other == i {
				other = n.From[k]
				if n.Edges[k].Kind.Directed() {
					kind += " by"
				}
			}
			it.Links = append(it.Links, linkItem{Kind: kind, Name: actorName(r, n.Nodes[other])})
		}
		it.More = len(ks) - len(it.Links)
		d.Actors[i] = it
	}
	// The actors of the record that no link names and network.New does
	// not list (offices), after its nodes, without links.
	listed := make(map[diplo.ID]bool, len(n.Nodes))
	for _, nd := range n.Nodes {
		listed[nd.ID] = true
	}
	for _, id := range recordActors(g) {
		if !listed[id] && !id.IsZero() {
			listed[id] = true
			d.Actors = append(d.Actors, actorItem{ID: string(id), Link: webLink(string(id)), Name: r.name(id), Kind: string(r.kinds[id])})
		}
	}
	urls := make(map[diplo.ID]string, len(g.Sources))
	for _, s := range g.Sources {
		if _, ok := urls[s.ID]; !ok {
			urls[s.ID] = webLink(s.URL)
		}
	}
	d.Few = len(d.Actors) <= manyActors
	d.Said = make([]statementItem, len(g.Statements))
	for i := range g.Statements {
		s := &g.Statements[i]
		it := statementItem{ID: string(s.ID), Kind: string(s.Kind), Date: s.Date.String()}
		for _, sp := range s.Speakers {
			it.Speakers = append(it.Speakers, r.name(sp))
		}
		if !s.Occasion.IsZero() {
			it.Occasion = r.name(s.Occasion)
		}
		orig, _, hasOrig := s.Text.Original()
		tags := s.Text.Tags()
		if hasOrig {
			// The original first.
			k := slices.Index(tags, orig)
			copy(tags[1:k+1], tags[:k])
			tags[0] = orig
		}
		for _, tag := range tags {
			t := textItem{Lang: tag.String(), Dir: "ltr", Text: s.Text[tag], Note: "original"}
			if isRTL(tag) {
				t.Dir = "rtl"
			}
			if from, ok := diplo.TranslatedFrom(tag); ok {
				t.Note = "translated from " + from.String()
			}
			it.Texts = append(it.Texts, t)
		}
		for _, src := range s.Sources {
			it.Sources = append(it.Sources, sourceItem{Title: r.name(src), URL: urls[src]})
		}
		d.Said[i] = it
	}
	return d
}

// recordActors returns the IDs of the actors of g: its persons, states,
// organisations, offices, delegations and missions, in that order.
func recordActors(g *graph.Graph) []diplo.ID {
	var ids []diplo.ID
	for _, p := range g.Persons {
		ids = append(ids, p.ID)
	}
	for _, s := range g.States {
		ids = append(ids, s.ID)
	}
	for _, o := range g.Organizations {
		ids = append(ids, o.ID)
	}
	for _, o := range g.Offices {
		ids = append(ids, o.ID)
	}
	for _, dl := range g.Delegations {
		ids = append(ids, dl.ID)
	}
	for _, m := range g.Missions {
		ids = append(ids, m.ID)
	}
	return ids
}

// WritePage writes one self-contained HTML page that shows the records:
// for each, a timeline of its events with their parts, status and places;
// for each accord a lane per party with its lifecycle actions on a time
// axis; its actors and their links as a network and a list; and its
// statements in their original language and translations. The page
// loads nothing (its style and script are inline, allowed by a
// Content-Security-Policy by their hashes), so it works opened from a
// file; the records' texts are escaped wherever they appear, and only
// http and https IRIs become links.
func WritePage(w io.Writer, records ...*graph.Graph) error {
	d := pageData{CSP: csp, CSS: template.CSS(pageCSS), JS: template.JS(pageJS)}
	for i, g := range records {
		d.Records = append(d.Records, recordView(g, i))
	}
	switch len(d.Records) {
	case 0:
		d.Title = label{Text: "No record", Lang: "en"}
	case 1:
		d.Title = d.Records[0].Title
	default:
		d.Title = label{Text: strconv.Itoa(len(d.Records)) + " records", Lang: "en"}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := page.Execute(bw, d); err != nil {
		return err
	}
	return bw.Flush()
}

// WriteTimeline writes the timeline of g's events as a standalone SVG
// document: a row per event, its parts under it, a bar over its dates
// (a partial date is a span: "2016" the whole year), styled by status,
// with its changes of status and its place.
func WriteTimeline(w io.Writer, g *graph.Graph) error {
	var s svg
	s.raw(xmlHeader)
	writeTimeline(&s, newRecord(g))
	s.raw("\n")
	_, err := s.b.WriteTo(w)
	return err
}

// WriteLifecycle writes the lifecycles of g's accords as a standalone
// SVG document: for each accord a lane for the accord as a whole and one
// per party, each action a mark over the span of its date (and of the
// date it takes effect), and a band where the actions show the party
// bound.
func WriteLifecycle(w io.Writer, g *graph.Graph) error {
	var s svg
	s.raw(xmlHeader)
	writeLifecycle(&s, newRecord(g))
	s.raw("\n")
	_, err := s.b.WriteTo(w)
	return err
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// page is the template of the page.
var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{.Title.Short}} — diplo</title>
<style>{{.CSS}}</style>
</head>
<body>
{{- define "label"}}<bdi{{if .Lang}} lang="{{.Lang}}"{{end}} dir="{{if .RTL}}rtl{{else}}auto{{end}}"{{if .Cut}} title="{{.Tip}}"{{end}}>{{.Short}}</bdi>{{end}}
<h1>{{template "label" .Title}}</h1>
{{- range .Records}}
<section class="record" id="{{.Anchor}}">
<h2>{{template "label" .Title}}</h2>
<p class="meta">{{if .IDLink}}<a href="{{.IDLink}}" rel="noopener noreferrer">{{.ID}}</a>{{else}}{{.ID}}{{end}}
· <span class="count-events">{{.Events}}</span> events · <span class="count-accords">{{.Accords}}</span> accords with <span class="count-actions">{{.Actions}}</span> actions · <span class="count-actors">{{len .Actors}}</span> actors · <span class="count-statements">{{.Statements}}</span> statements</p>
<h3>Timeline</h3>
<p class="legend">Each event is a bar over its dates, its parts under it; a date known to the year or month is a bar over the whole year or month; faded and dashed: uncertain or approximate. Blue: held; dashed outline: planned; orange: postponed; grey, struck through: cancelled. The small marks under a bar are the changes of its status.</p>
{{range .Timeline}}<div class="scroll part">{{.}}</div>{{end}}
{{- if .Lifecycle}}
<h3>Accords</h3>
<p class="legend">A lane for each accord as a whole and one for each party, its actions on a time axis; a hollow mark joined by a dashed line is the date an action takes effect; the bands are where the party stands as package query answers under the Vienna Convention: green when bound, amber when applying the accord provisionally, red when its operation is suspended; faded with a dashed outline where the dates of the record admit that status without making it certain.</p>
{{range .Lifecycle}}<div class="scroll part">{{.}}</div>{{end}}
{{- end}}
<h3>Actors</h3>
<p class="legend">The actor network of package network: actors who met at a held meeting, signed the same accord, voted alike in the same vote, or expelled another's diplomats. The picture draws at most the 150 actors with the most links; the list below has them all. Click an actor to show its links alone.</p>
<div class="scroll">{{.Network}}</div>
<ul class="actors{{if .Few}} few{{end}}">
{{- range .Actors}}
<li data-actor="{{.ID}}">{{if .Link}}<a href="{{.Link}}" rel="noopener noreferrer">{{template "label" .Name}}</a>{{else}}{{template "label" .Name}}{{end}} <span class="kind">{{.Kind}}</span>
{{- if .Links}}<br><span class="links">{{range $i, $l := .Links}}{{if $i}}; {{end}}{{$l.Kind}} {{template "label" $l.Name}}{{end}}{{if .More}}; and {{.More}} more{{end}}</span>{{end}}</li>
{{- end}}
</ul>
{{- if .Said}}
<h3>Statements</h3>
{{- range .Said}}
<article class="statement" data-statement="{{.ID}}">
<p class="meta">{{.Kind}}{{if .Date}}, {{.Date}}{{end}}{{if .Speakers}}, by {{range $i, $s := .Speakers}}{{if $i}}, {{end}}{{template "label" $s}}{{end}}{{end}}{{if .Occasion.Text}}, at {{template "label" .Occasion}}{{end}}</p>
{{- range .Texts}}
<blockquote lang="{{.Lang}}" dir="{{.Dir}}"><span class="lang" dir="ltr">{{.Lang}} · {{.Note}}</span>{{.Text}}</blockquote>
{{- end}}
{{- if .Sources}}<p class="meta">Sources: {{range $i, $s := .Sources}}{{if $i}}; {{end}}{{if $s.URL}}<a href="{{$s.URL}}" rel="noopener noreferrer">{{template "label" $s.Title}}</a>{{else}}{{template "label" $s.Title}}{{end}}{{end}}</p>{{end}}
</article>
{{- end}}
{{- end}}
</section>
{{- end}}
<script>{{.JS}}</script>
</body>
</html>
`))

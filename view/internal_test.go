package view

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
	"github.com/diplo-go/diplo/query"
)

func TestWebLink(t *testing.T) {
	cases := []struct{ iri, want string }{
		{"https://example.org/a", "https://example.org/a"},
		{"http://example.org", "http://example.org"},
		{"HTTPS://example.org/", "https://example.org/"},
		{"javascript:alert(1)", ""},
		{"JavaScript://example.org/%0Aalert(1)", ""},
		{"data:text/html,<script>alert(1)</script>", ""},
		{"file:///etc/passwd", ""},
		{"urn:uuid:6ec76a7b-9ac8-503c-a41a-2509e2da5351", ""},
		{"//example.org/a", ""},
		{"http:/example.org", ""},
		{"", ""},
	}
	for _, tc := range cases {
		t.Run(tc.iri, func(t *testing.T) {
			assert.Equal(t, tc.want, webLink(tc.iri))
		})
	}
}

func TestTextLabel(t *testing.T) {
	cases := []struct {
		name string
		text diplo.Text
		want label
	}{
		{"empty", nil, label{}},
		{"original", diplo.MustNewText("fr", "Accord"), label{Text: "Accord", Lang: "fr"}},
		{"English first", diplo.MustNewText("fr", "Accord").MustWithTranslation("en", "fr", "Agreement"), label{Text: "Agreement", Lang: "en-t-fr"}},
		{"Arabic is right to left", diplo.MustNewText("ar", "اتفاق"), label{Text: "اتفاق", Lang: "ar", RTL: true}},
		{"Hebrew is right to left", diplo.MustNewText("he", "הסכם"), label{Text: "הסכם", Lang: "he", RTL: true}},
		{"Persian is right to left", diplo.MustNewText("fa", "توافق"), label{Text: "توافق", Lang: "fa", RTL: true}},
		{"Russian", diplo.MustNewText("ru", "Договор"), label{Text: "Договор", Lang: "ru"}},
		{"Chinese", diplo.MustNewText("zh", "协定"), label{Text: "协定", Lang: "zh"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, textLabel(tc.text))
		})
	}
}

func TestTruncate(t *testing.T) {
	assert.Equal(t, "abc", truncate("abc", 3))
	assert.Equal(t, "ab…", truncate("abcd", 3))
	assert.Equal(t, "жж…", truncate("жжжж", 3))
}

// loadExample decodes the record of an example.
func loadExample(t *testing.T, name string) *graph.Graph {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name, "testdata", name+".golden.json"))
	require.NoError(t, err)
	g, err := graph.Unmarshal(data)
	require.NoError(t, err)
	return g
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestBandsParis checks the bands of the Paris Agreement against package
// query: the United States bound from the entry into force to its first
// withdrawal, and from its own entry into force after its return to its
// second withdrawal, and withdrawn after; France bound from the entry
// into force on. Each band's status is the one query.Index.StatusOfParty
// gives on the first and the last day of the band, and the day before and
// after a band is not that status.
func TestBandsParis(t *testing.T) {
	g := loadExample(t, "paris-agreement")
	var paris *accord.Accord
	for i := range g.Accords {
		if len(g.Accords[i].Parties) > 0 {
			paris = &g.Accords[i]
		}
	}
	require.NotNil(t, paris)
	ls := lanes(paris)
	require.Len(t, ls, 3)
	assert.True(t, ls[0].Party.IsZero())
	us, fr := diplo.ID("https://w3id.org/diplo/id/state/US"), diplo.ID("https://w3id.org/diplo/id/state/FR")
	assert.Equal(t, us, ls[1].Party)
	assert.Equal(t, []band{
		{span: span{From: day("2016-11-04"), To: day("2020-11-04")}, Status: query.PartyBound, Sure: true},
		{span: span{From: day("2021-02-19"), To: day("2026-01-27")}, Status: query.PartyBound, Sure: true},
	}, ls[1].Bands)
	assert.Equal(t, fr, ls[2].Party)
	assert.Equal(t, []band{{span: span{From: day("2016-11-04")}, Status: query.PartyBound, Sure: true}}, ls[2].Bands)

	// The same answers from an index of the whole record.
	ix := query.New(g)
	on := func(t time.Time) diplo.Date { return diplo.DayOf(t.Year(), t.Month(), t.Day()) }
	for _, l := range ls[1:] {
		for _, b := range l.Bands {
			ans, ok := ix.StatusOfParty(paris.ID, l.Party, on(b.From))
			require.True(t, ok)
			assert.Equal(t, query.Yes, ans.Is(b.Status), "%s on %s", l.Party, b.From)
			before, _ := ix.StatusOfParty(paris.ID, l.Party, on(b.From.AddDate(0, 0, -1)))
			assert.Equal(t, query.No, before.Is(b.Status), "%s the day before %s", l.Party, b.From)
			if !b.To.IsZero() {
				last, _ := ix.StatusOfParty(paris.ID, l.Party, on(b.To.AddDate(0, 0, -1)))
				assert.Equal(t, query.Yes, last.Is(b.Status), "%s the day before %s", l.Party, b.To)
				after, _ := ix.StatusOfParty(paris.ID, l.Party, on(b.To))
				assert.Equal(t, query.No, after.Is(b.Status), "%s on %s", l.Party, b.To)
			}
		}
	}
	after, _ := ix.StatusOfParty(paris.ID, us, diplo.MustParseDate("2026-01-27"))
	assert.Equal(t, query.PartyWithdrawn, after.Status)
}

// TestBands checks the bands of one party against the rules of package
// query: provisional application, suspension, withdrawal with a later
// effect, termination, partial and uncertain dates.
func TestBands(t *testing.T) {
	d := diplo.MustParseDate
	const p = diplo.ID("https://example.org/p")
	own := func(k accord.ActionKind, date string) accord.Action {
		return accord.Action{Kind: k, Date: d(date), Party: p}
	}
	wide := func(k accord.ActionKind, date string) accord.Action { return accord.Action{Kind: k, Date: d(date)} }
	bound := func(from, to string, sure bool) band {
		b := band{span: span{From: day(from)}, Status: query.PartyBound, Sure: sure}
		if to != "" {
			b.To = day(to)
		}
		return b
	}
	cases := []struct {
		name    string
		actions []accord.Action
		want    []band
	}{
		{"signature alone binds not", []accord.Action{own(accord.Signature, "2020-01-01"), own(accord.Ratification, "2020-01-05"), wide(accord.Signature, "2019-01-01")}, nil},
		{"consent after entry into force", []accord.Action{wide(accord.EntryIntoForce, "2020-02-01"), own(accord.Accession, "2021-03-01")},
			[]band{bound("2021-03-01", "", true)}},
		{"termination ends", []accord.Action{own(accord.Ratification, "2020-01-01"), wide(accord.EntryIntoForce, "2020-02-01"), wide(accord.Termination, "2022-01-01")},
			[]band{bound("2020-02-01", "2022-01-01", true)}},
		{"withdrawal takes effect later", []accord.Action{own(accord.Ratification, "2020-01-01"), wide(accord.EntryIntoForce, "2020-02-01"),
			{Kind: accord.Withdrawal, Party: p, Date: d("2023-01-01"), Effective: d("2024-01-01")}},
			[]band{bound("2020-02-01", "2024-01-01", true)}},
		{"own entry into force", []accord.Action{own(accord.Ratification, "2020-01-01"), own(accord.EntryIntoForce, "2020-03-01")},
			[]band{bound("2020-03-01", "", true)}},
		{"provisional application, then bound", []accord.Action{own(accord.Signature, "2020-01-01"), own(accord.ProvisionalApplication, "2020-01-10"),
			own(accord.Ratification, "2020-06-01"), wide(accord.EntryIntoForce, "2020-09-01")},
			[]band{{span: span{From: day("2020-01-10"), To: day("2020-09-01")}, Status: query.PartyProvisional, Sure: true}, bound("2020-09-01", "", true)}},
		{"suspension, then withdrawal", []accord.Action{own(accord.Ratification, "2020-01-01"), wide(accord.EntryIntoForce, "2020-02-01"),
			own(accord.Suspension, "2021-01-01"), own(accord.Withdrawal, "2023-01-01")},
			[]band{bound("2020-02-01", "2021-01-01", true), {span: span{From: day("2021-01-01"), To: day("2023-01-01")}, Status: query.PartySuspended, Sure: true}}},
		{"consent known to the month", []accord.Action{wide(accord.EntryIntoForce, "2020-02-01"), own(accord.Accession, "2021-03")},
			[]band{bound("2021-03-01", "2021-03-31", false), bound("2021-03-31", "", true)}},
		{"uncertain withdrawal", []accord.Action{wide(accord.EntryIntoForce, "2020-02-01"), own(accord.Accession, "2020-03-01"), own(accord.Withdrawal, "2022-05-10?")},
			[]band{bound("2020-03-01", "2022-05-09", true), bound("2022-05-09", "2022-05-11", false)}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := &accord.Accord{ID: "https://example.org/a", Parties: []diplo.ID{p}, Actions: tc.actions}
			ls := lanes(a)
			require.Len(t, ls, 2)
			assert.Equal(t, showBands(tc.want), showBands(ls[1].Bands))
		})
	}
}

// showBands writes bands as "status from/to", with "?" after an
// uncertain status, for readable differences.
func showBands(bs []band) []string {
	out := make([]string, len(bs))
	for i, b := range bs {
		s := b.Status.String()
		if !b.Sure {
			s += "?"
		}
		to := ".."
		if !b.To.IsZero() {
			to = b.To.Format("2006-01-02")
		}
		out[i] = s + " " + b.From.Format("2006-01-02") + "/" + to
	}
	return out
}

// TestNetworkIsPackageNetwork checks that the page draws and lists the
// network of network.New: for each example, the same nodes, and edges of
// the same kinds between the same actors, as many drawn as it has (the
// examples have fewer than maxDrawn actors), each listed under both its
// ends.
func TestNetworkIsPackageNetwork(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("..", "examples", "*", "testdata", "*.golden.json"))
	require.NoError(t, err)
	require.NotEmpty(t, names)
	for _, name := range names {
		base := strings.TrimSuffix(filepath.Base(name), ".golden.json")
		t.Run(base, func(t *testing.T) {
			g := loadExample(t, base)
			want, err := network.New(g, network.Options{})
			require.NoError(t, err)
			require.Less(t, len(want.Nodes), maxDrawn)
			var page bytes.Buffer
			require.NoError(t, WritePage(&page, g))
			html := page.String()
			assert.Equal(t, len(want.Nodes), strings.Count(html, `<g class="node"`), "nodes drawn")
			// Listed: the nodes, and the actors of the record no link
			// names and network.New leaves out (offices).
			all := map[diplo.ID]bool{}
			for _, nd := range want.Nodes {
				all[nd.ID] = true
			}
			for _, id := range recordActors(g) {
				all[id] = true
			}
			assert.Equal(t, len(all), strings.Count(html, `<li data-actor=`), "actors listed")
			for _, k := range network.Kinds() {
				n := 0
				for _, e := range want.Edges {
					if e.Kind == k {
						n++
					}
				}
				assert.Equal(t, n, strings.Count(html, `<line class="link" data-kind="`+string(k)+`"`), "edges of kind %s", k)
			}
			for _, nd := range want.Nodes {
				assert.Contains(t, html, `<li data-actor="`+template.HTMLEscapeString(string(nd.ID))+`"`)
			}
			// The list under each actor: its edges, as many as network.New has.
			n := newActorNet(g)
			require.NoError(t, n.Err)
			assert.Equal(t, want, n.Network)
			degree := map[diplo.ID]int{}
			for _, e := range want.Edges {
				degree[e.Source]++
				degree[e.Target]++
			}
			d := recordView(g, 0)
			require.Len(t, d.Actors, len(all))
			for i, it := range d.Actors {
				if i >= len(want.Nodes) {
					assert.Empty(t, it.Links, "links of %s, which no edge names", it.ID)
					continue
				}
				assert.Equal(t, string(want.Nodes[i].ID), it.ID)
				assert.Equal(t, degree[want.Nodes[i].ID], len(it.Links)+it.More, "links of %s", it.ID)
			}
		})
	}
}

// TestNetwork checks the links: an expulsion goes from the expelling
// state to the expelled; a cancelled meeting links nobody; parties of an
// accord signed with each other.
func TestNetwork(t *testing.T) {
	kinds := func(g *graph.Graph) map[network.Kind][][2]diplo.ID {
		n := newActorNet(g)
		require.NoError(t, n.Err)
		out := map[network.Kind][][2]diplo.ID{}
		for k, e := range n.Edges {
			out[e.Kind] = append(out[e.Kind], [2]diplo.ID{n.Nodes[n.From[k]].ID, n.Nodes[n.To[k]].ID})
		}
		return out
	}
	sk := loadExample(t, "skripal-expulsions")
	var initiator, target diplo.ID
	for _, e := range sk.Events {
		if e.Kind == event.Expulsion {
			for _, p := range e.Participants {
				switch p.Role {
				case event.Initiator:
					initiator = p.Actor
				case event.Target:
					target = p.Actor
				}
			}
		}
	}
	require.False(t, initiator.IsZero())
	assert.Contains(t, kinds(sk)[network.Expelled], [2]diplo.ID{initiator, target})

	cs := loadExample(t, "cancelled-summit")
	held := map[diplo.ID]bool{}
	for _, e := range cs.Events {
		if e.EffectiveStatus() == event.Held {
			for _, p := range e.Participants {
				held[p.Actor] = true
			}
		}
	}
	for _, l := range kinds(cs)[network.Met] {
		assert.True(t, held[l[0]] && held[l[1]], "met at an event that was not held: %s, %s", l[0], l[1])
	}

	pa := loadExample(t, "paris-agreement")
	assert.Contains(t, kinds(pa)[network.SignedWith], [2]diplo.ID{"https://w3id.org/diplo/id/state/FR", "https://w3id.org/diplo/id/state/US"})
}

// rects returns the width of the first rect of each g element whose
// attribute attr is set, by its value.
func rects(t *testing.T, svg []byte, attr string) map[string]float64 {
	t.Helper()
	var doc struct {
		G []struct {
			Attrs []xml.Attr `xml:",any,attr"`
			Rect  []struct {
				Width  float64 `xml:"width,attr"`
				Height float64 `xml:"height,attr"`
			} `xml:"rect"`
		} `xml:"g"`
	}
	require.NoError(t, xml.Unmarshal(svg, &doc))
	out := map[string]float64{}
	for _, g := range doc.G {
		for _, a := range g.Attrs {
			if a.Name.Local == attr {
				// The first rect is the row's background on even rows: take
				// the bar, the rect that is not the full width.
				for _, r := range g.Rect {
					if r.Width != width {
						out[a.Value] = r.Width
						break
					}
				}
			}
		}
	}
	return out
}

// TestPartialDatesAreSpans checks that an event known to the year is
// drawn a year long, one known to the month a month long, and one known
// to the day as a narrow mark.
func TestPartialDatesAreSpans(t *testing.T) {
	g := &graph.Graph{Events: []event.Event{
		{ID: "urn:x:year", Kind: event.Summit, Start: diplo.MustParseDate("2016")},
		{ID: "urn:x:month", Kind: event.Summit, Start: diplo.MustParseDate("2016-03")},
		{ID: "urn:x:day", Kind: event.Summit, Start: diplo.MustParseDate("2016-03-05")},
		{ID: "urn:x:fuzzy", Kind: event.Summit, Start: diplo.MustParseDate("2016-06?")},
	}}
	var b bytes.Buffer
	require.NoError(t, WriteTimeline(&b, g))
	w := rects(t, b.Bytes(), "data-event")
	require.Len(t, w, 4)
	perDay := (chartRight - chartLeft) / (366 * 1.1) // the axis is padded by a twentieth on each side
	assert.InDelta(t, 366*perDay, w["urn:x:year"], 3)
	assert.InDelta(t, 31*perDay, w["urn:x:month"], 3)
	assert.InDelta(t, 3, w["urn:x:day"], 0.5) // the least width of a mark
	assert.InDelta(t, 30*perDay, w["urn:x:fuzzy"], 3)
	assert.Contains(t, b.String(), `fill-opacity="0.45" stroke-dasharray="3 2"`)
}

// TestPartsNested checks that parts come under their event, indented,
// whatever their order in the record.
func TestPartsNested(t *testing.T) {
	g := &graph.Graph{Events: []event.Event{
		{ID: "urn:x:talks", Kind: event.BilateralTalks, Start: diplo.MustParseDate("2020-01-02")},
		{ID: "urn:x:later", Kind: event.Summit, Start: diplo.MustParseDate("2021")},
		{ID: "urn:x:visit", Kind: event.StateVisit, Start: diplo.MustParseDate("2020-01-01"), Parts: []diplo.ID{"urn:x:talks", "urn:x:missing"}},
		{ID: "urn:x:undated", Kind: event.Summit},
		{ID: "urn:x:a", Kind: event.Summit, Parts: []diplo.ID{"urn:x:b"}},
		{ID: "urn:x:b", Kind: event.Summit, Parts: []diplo.ID{"urn:x:a"}},
	}}
	rows := timelineRows(g)
	var got []string
	var depth []int
	for _, r := range rows {
		got = append(got, string(r.E.ID))
		depth = append(depth, r.Depth)
	}
	assert.Equal(t, []string{"urn:x:visit", "urn:x:talks", "urn:x:later", "urn:x:undated", "urn:x:a", "urn:x:b"}, got)
	assert.Equal(t, []int{0, 1, 0, 0, 0, 1}, depth)
}

// TestTicks checks the ticks of axes of a few lengths: at most about
// twelve, at round steps, every one inside the axis.
func TestTicks(t *testing.T) {
	cases := []struct {
		name     string
		from, to string
		first    string
		n        int
	}{
		{"ten years", "2015-11-01", "2026-02-01", "2016", 11},
		{"two years, quarters", "2023-06-10", "2025-08-01", "2023-07", 9},
		{"five months", "2016-01-15", "2016-06-15", "2016-02", 5},
		{"nine days", "2025-06-20", "2025-06-29", "2025-06-20", 10},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := axis{From: day(tc.from), To: day(tc.to), X0: 0, X1: 100}
			ticks := a.ticks(12)
			require.Len(t, ticks, tc.n)
			assert.Equal(t, tc.first, ticks[0].Label)
			for _, k := range ticks {
				assert.False(t, k.At.Before(a.From) || k.At.After(a.To), k.Label)
			}
		})
	}
}

// TestLifecycleDrawsProvisionalAndSuspended checks that the lifecycle
// picture draws a band for a provisional application and one for a
// suspension, as package query finds them.
func TestLifecycleDrawsProvisionalAndSuspended(t *testing.T) {
	d := diplo.MustParseDate
	p := diplo.ID("https://example.org/p")
	cases := []struct {
		class string
		acts  []accord.Action
	}{
		{"provisional", []accord.Action{{Kind: accord.Signature, Date: d("2020-01-01"), Party: p}, {Kind: accord.ProvisionalApplication, Date: d("2020-01-10"), Party: p}}},
		{"suspended", []accord.Action{{Kind: accord.Ratification, Date: d("2020-01-01"), Party: p}, {Kind: accord.EntryIntoForce, Date: d("2020-02-01")},
			{Kind: accord.Suspension, Date: d("2021-01-01"), Party: p}, {Kind: accord.Withdrawal, Date: d("2023-01-01"), Party: p}}},
	}
	for _, tc := range cases {
		t.Run(tc.class, func(t *testing.T) {
			g := &graph.Graph{Accords: []accord.Accord{{ID: "https://example.org/a", Kind: accord.Treaty, Parties: []diplo.ID{p}, Actions: tc.acts}}}
			var pic bytes.Buffer
			require.NoError(t, WriteLifecycle(&pic, g))
			assert.Equal(t, 1, strings.Count(pic.String(), `class="`+tc.class+`"`))
		})
	}
}

// TestBandsOfOneParty checks that the bands, asked of an accord of one
// party's actions (with the accord-wide ones and the first entry into
// force and consent of any party), are those of an index of the whole
// accord: the answers for a party do not depend on the actions of others
// left out.
func TestBandsOfOneParty(t *testing.T) {
	d := diplo.MustParseDate
	p, q := diplo.ID("https://example.org/p"), diplo.ID("https://example.org/q")
	act := func(k accord.ActionKind, date string, party diplo.ID) accord.Action {
		return accord.Action{Kind: k, Date: d(date), Party: party}
	}
	g := loadExample(t, "paris-agreement")
	accords := append([]accord.Accord{}, g.Accords...)
	accords = append(accords,
		// No party ratified; q's entry into force is the only one.
		accord.Accord{ID: "https://example.org/a", Parties: []diplo.ID{p, q}, Actions: []accord.Action{
			act(accord.Signature, "2020-01-01", p), act(accord.Signature, "2020-01-02", q), act(accord.EntryIntoForce, "2020-03-01", q)}},
		// q's ratification makes p's signature no consent.
		accord.Accord{ID: "https://example.org/b", Parties: []diplo.ID{p, q}, Actions: []accord.Action{
			act(accord.Signature, "2020-01-01", p), act(accord.Ratification, "2020-01-02", q), act(accord.EntryIntoForce, "2020-03-01", ""),
			act(accord.Suspension, "2021-01", p), act(accord.ProvisionalApplication, "2019", q)}},
	)
	for i := range accords {
		a := &accords[i]
		full := query.New(&graph.Graph{Accords: []accord.Accord{*a}})
		ls := lanes(a)
		for _, l := range ls[1:] {
			assert.Equal(t, showBands(bands(full, a.ID, l.Party, l.Actions, ls[0].Actions)), showBands(l.Bands), "%s, %s", a.ID, l.Party)
		}
	}
	// The cases above have bands to compare.
	ls := lanes(&accords[len(accords)-2])
	assert.Empty(t, ls[1].Bands, "p: in force for q alone")
	assert.Equal(t, []string{"bound 2020-03-01/.."}, showBands(ls[2].Bands))
	ls = lanes(&accords[len(accords)-1])
	assert.Empty(t, ls[1].Bands)
	assert.NotEmpty(t, ls[2].Bands)
}

// TestNetworkBeyondLimit checks a record whose meeting links more pairs
// of actors than network.New allows: the page says why it draws no
// network, and still lists every actor.
func TestNetworkBeyondLimit(t *testing.T) {
	const n = 1500 // 1,124,250 pairs > network.DefaultMaxPairs
	g := &graph.Graph{Events: []event.Event{{ID: "https://example.org/e", Kind: event.Summit, Start: diplo.MustParseDate("2020-01-01")}}}
	for i := range n {
		id := diplo.ID(fmt.Sprintf("https://example.org/s%d", i))
		g.States = append(g.States, actor.State{ID: id, Name: diplo.MustNewText("en", "State "+strconv.Itoa(i))})
		g.Events[0].Participants = append(g.Events[0].Participants, event.Participant{Actor: id})
	}
	var page bytes.Buffer
	require.NoError(t, WritePage(&page, g))
	html := page.String()
	assert.Contains(t, html, "No network: events[0].participants")
	assert.Equal(t, 0, strings.Count(html, `<line class="link"`))
	assert.Equal(t, n, strings.Count(html, `<li data-actor=`))
}

package view

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
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

// TestBoundParis checks the bands of the Paris Agreement: the United
// States bound from the entry into force to its first withdrawal, and
// from its own entry into force after its return to its second
// withdrawal; France from the entry into force on.
func TestBoundParis(t *testing.T) {
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
	assert.Equal(t, diplo.ID("https://w3id.org/diplo/id/state/US"), ls[1].Party)
	assert.Equal(t, []span{
		{From: day("2016-11-04"), To: day("2020-11-04")},
		{From: day("2021-02-19"), To: day("2026-01-27")},
	}, ls[1].Bound)
	assert.Equal(t, diplo.ID("https://w3id.org/diplo/id/state/FR"), ls[2].Party)
	assert.Equal(t, []span{{From: day("2016-11-04")}}, ls[2].Bound)
}

func TestBound(t *testing.T) {
	d := diplo.MustParseDate
	act := func(k accord.ActionKind, date string) *accord.Action { return &accord.Action{Kind: k, Date: d(date)} }
	cases := []struct {
		name      string
		own, wide []*accord.Action
		want      []span
	}{
		{"signature alone binds not", []*accord.Action{act(accord.Signature, "2020-01-01")}, []*accord.Action{act(accord.EntryIntoForce, "2020-02-01")}, nil},
		{"consent after entry into force", []*accord.Action{act(accord.Accession, "2021-03-01")}, []*accord.Action{act(accord.EntryIntoForce, "2020-02-01")},
			[]span{{From: day("2021-03-01")}}},
		{"termination ends", []*accord.Action{act(accord.Ratification, "2020-01-01")}, []*accord.Action{act(accord.EntryIntoForce, "2020-02-01"), act(accord.Termination, "2022-01-01")},
			[]span{{From: day("2020-02-01"), To: day("2022-01-01")}}},
		{"withdrawal takes effect later", []*accord.Action{act(accord.Ratification, "2020-01-01"), {Kind: accord.Withdrawal, Date: d("2023-01-01"), Effective: d("2024-01-01")}},
			[]*accord.Action{act(accord.EntryIntoForce, "2020-02-01")},
			[]span{{From: day("2020-02-01"), To: day("2024-01-01")}}},
		{"own entry into force", []*accord.Action{act(accord.Ratification, "2020-01-01"), act(accord.EntryIntoForce, "2020-03-01")}, nil,
			[]span{{From: day("2020-03-01")}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, bound(tc.own, tc.wide))
		})
	}
}

// TestNetwork checks the links: an expulsion goes from the expelling
// state to the expelled; a cancelled meeting links nobody; parties of an
// accord signed with each other.
func TestNetwork(t *testing.T) {
	kinds := func(g *graph.Graph) map[string][][2]diplo.ID {
		n := newNetwork(newRecord(g))
		out := map[string][][2]diplo.ID{}
		for _, l := range n.Links {
			out[l.Kind] = append(out[l.Kind], [2]diplo.ID{n.Actors[l.From], n.Actors[l.To]})
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
	assert.Contains(t, kinds(sk)[linkExpelled], [2]diplo.ID{initiator, target})

	cs := loadExample(t, "cancelled-summit")
	n := newNetwork(newRecord(cs))
	held := map[diplo.ID]bool{}
	for _, e := range cs.Events {
		if e.EffectiveStatus() == event.Held {
			for _, p := range e.Participants {
				held[p.Actor] = true
			}
		}
	}
	for _, l := range n.Links {
		if l.Kind == linkMet {
			assert.True(t, held[n.Actors[l.From]] && held[n.Actors[l.To]], "met at an event that was not held: %s, %s", n.Actors[l.From], n.Actors[l.To])
		}
	}

	pa := loadExample(t, "paris-agreement")
	assert.Contains(t, kinds(pa)[linkSigned], [2]diplo.ID{"https://w3id.org/diplo/id/state/US", "https://w3id.org/diplo/id/state/FR"})
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

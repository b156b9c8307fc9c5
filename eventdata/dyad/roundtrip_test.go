package dyad_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/graph"
)

// fact is what a round trip keeps of an event or a statement, field by
// field: the kind of node, its kind, its day, its actors with their roles,
// its place and the URL of its report.
type fact struct {
	Node, Kind, Date string
	Actors           []string // "role actor", sorted
	Place, URL       string
}

// format is an export and import of the records Project gives.
type format struct {
	name string
	// exports reports whether the format carries a record at all.
	exports func(eventdata.Record) bool
	// trip writes the records in the format and reads them back.
	trip func(t *testing.T, recs []eventdata.Record) []eventdata.Record
}

var formats = []format{
	{"GDELT", func(eventdata.Record) bool { return true }, gdeltTrip},
	{"PLOVER", func(r eventdata.Record) bool { return r.PLOVER.Event != "" }, ploverTrip},
}

func gdeltTrip(t *testing.T, recs []eventdata.Record) []eventdata.Record {
	var buf bytes.Buffer
	w := gdelt.NewWriter(&buf)
	for _, r := range recs {
		require.NoError(t, w.Write(gdelt.FromRecord(r)))
	}
	require.NoError(t, w.Flush())
	var out []eventdata.Record
	rd := gdelt.NewReader(&buf, gdelt.ReaderOptions{})
	for {
		ev, err := rd.Read()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		out = append(out, ev.Record())
	}
}

func ploverTrip(t *testing.T, recs []eventdata.Record) []eventdata.Record {
	var buf bytes.Buffer
	enc := plover.NewEncoder(&buf)
	for _, r := range recs {
		require.NoError(t, enc.Encode(plover.FromDyad(r)))
	}
	require.NoError(t, enc.Close())
	var out []eventdata.Record
	dec := plover.NewDecoder(&buf, plover.DecoderOptions{DisallowUnknownFields: true})
	for {
		rec, err := dec.Decode()
		if err == io.EOF {
			return out
		}
		require.NoError(t, err)
		ds, err := plover.Dyads(rec, plover.DyadOptions{})
		require.NoError(t, err)
		out = append(out, ds...)
	}
}

// back is how a dyad comes back, by the rule "kind and roles of the code"
// of the package documentation: the kind and the roles of its source and
// target, for each format, by CAMEO code. Statements (010) come back as
// quotes by the source, about the target.
var back = map[string]map[string]struct{ kind, source, target string }{
	"GDELT": {
		"042": {"visit", "guest", "host"},
		"043": {"visit", "host", "guest"},
		"044": {"bilateral-talks", "participant", "participant"},
		"046": {"negotiation-round", "participant", "participant"},
		"057": {"signing-ceremony", "signatory", "signatory"},
		"114": {"protest", "initiator", "target"},
		"161": {"sever-relations", "initiator", "target"},
		"010": {"quote", "speaker", "about"},
	},
	"PLOVER": {
		"042": {"visit", "guest", "host"},
		"043": {"visit", "host", "guest"}, // written with the visitor as actor
		"044": {"bilateral-talks", "participant", "participant"},
		"046": {"bilateral-talks", "participant", "participant"},
		"057": {"signing-ceremony", "signatory", "signatory"},
		"114": {"protest", "initiator", "target"},
		"161": {"sever-relations", "initiator", "target"},
		"050": {"signing-ceremony", "signatory", "signatory"}, // credentials, agrément: SUPPORT
	},
}

// notLifted are the codes a Lifter refuses, by format (lossNotLifted):
// CAMEO 050, engage in diplomatic cooperation, names no one kind.
var notLifted = map[string]map[string]bool{"GDELT": {"050": true}}

// refused reports whether a Lifter refuses the record r of the format:
// a code of notLifted (lossNotLifted), or a veto, CAMEO 129 or PLOVER
// REJECT, which cannot make a valid Vote (lossVetoes).
func refused(format string, r eventdata.Record) bool {
	if format == "PLOVER" {
		return r.PLOVER.Event == "REJECT"
	}
	return notLifted[format][r.CAMEO] || r.CAMEO == "129"
}

// The losses the package documentation lists, each under the name of its
// row in the table "What a round trip keeps" of doc.go. Every loss the
// test applies is one of these, and each of them appears in the table.
const (
	lossNotExported = "statements in PLOVER"
	lossDyads       = "one node per dyad"
	lossActors      = "actors"
	lossKind        = "kind and roles of the code"
	lossStatement   = "statements"
	lossNotLifted   = "diplomatic cooperation in GDELT"
	lossVetoes      = "vetoes"
)

// TestRoundTripExamples exports every example to GDELT and PLOVER, imports
// the files back, lifts the records, and compares what came back with what
// went out, field by field: the only differences are the losses the
// package documentation lists for the format.
func TestRoundTripExamples(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*/testdata/*.golden.json")
	require.GreaterOrEqual(t, len(paths), 5)
	for _, p := range paths {
		g := loadGraph(t, p)
		recs, _ := dyad.Project(g)
		require.NotEmpty(t, recs)
		name := filepath.Base(filepath.Dir(filepath.Dir(p)))
		for _, f := range formats {
			t.Run(name+"/"+f.name, func(t *testing.T) {
				var sent []eventdata.Record
				for _, r := range recs {
					if f.exports(r) {
						sent = append(sent, r)
					}
				}
				l := dyad.NewLifter()
				for _, r := range f.trip(t, sent) {
					if refused(f.name, r) { // lossNotLifted, lossVetoes
						require.ErrorIs(t, l.Add(r), dyad.ErrNotDiplomatic, "CAMEO %s %+v is not lifted", r.CAMEO, r.PLOVER)
						continue
					}
					require.NoError(t, l.Add(r), "a record the projection wrote is lifted")
				}
				got := l.Graph()
				require.NoError(t, got.Validate())
				want := expected(t, g, sent, f.name)
				assert.ElementsMatch(t, want, lifted(got), "what came back differs from what went out, past the documented losses")
			})
		}
	}
}

// expected applies the documented losses to the nodes of g that the
// records sent were projected from: one fact per record (lossDyads), with
// the actors the record names (lossActors), the kind and roles of its code
// (lossKind), and for statements a quote with no place (lossStatement).
func expected(t *testing.T, g *graph.Graph, sent []eventdata.Record, format string) []fact {
	ix := graph.NewIndex(g)
	var out []fact
	for _, r := range sent { // lossDyads
		if refused(format, r) { // lossNotLifted, lossVetoes
			continue
		}
		c, ok := back[format][r.CAMEO]
		require.True(t, ok, "code %s has no documented round trip in %s", r.CAMEO, format)
		f := fact{Kind: c.kind, URL: r.SourceURL}
		actors := []string{c.source + " " + nodeActor(t, g, ix, r.Source.ID)} // lossActors
		if r.Target.ID != "" {
			actors = append(actors, c.target+" "+nodeActor(t, g, ix, r.Target.ID))
		}
		slices.Sort(actors)
		f.Actors = actors
		n, ok := ix.Lookup(diplo.ID(r.ID))
		require.True(t, ok)
		switch n.Type {
		case graph.EventNode:
			ev := g.Events[n.Index]
			f.Node, f.Date = "event", codedDate(ev).String()
			f.Place = placeOf(ev.Place)
		case graph.StatementNode: // lossStatement
			st := g.Statements[n.Index]
			f.Node, f.Date = "statement", st.Date.String()
			if st.Date.IsZero() {
				occ, _ := ix.Event(st.Occasion)
				f.Date = occ.Start.String()
			}
		default:
			t.Fatalf("record %s names a %s", r.ID, n.Type)
		}
		out = append(out, f)
	}
	return out
}

// codedDate is the date Project codes an event on: a planned or cancelled
// event's status history dates it when it does so to the day.
func codedDate(ev event.Event) diplo.Date {
	if st := ev.EffectiveStatus(); st == event.Planned || st == event.Cancelled {
		if d := ev.StatusSince(); d.Precision() >= diplo.PrecisionDay {
			return d
		}
	}
	return ev.Start
}

// lifted returns the facts of the events and statements of a lifted graph.
func lifted(g *graph.Graph) []fact {
	ix := graph.NewIndex(g)
	var out []fact
	for _, ev := range g.Events {
		f := fact{Node: "event", Kind: string(ev.Kind), Date: ev.Start.String(), Place: placeOf(ev.Place)}
		for _, p := range ev.Participants {
			f.Actors = append(f.Actors, string(p.Role)+" "+liftedActor(g, ix, p.Actor))
		}
		slices.Sort(f.Actors)
		f.URL = sourceURL(g, ix, ev.Sources)
		out = append(out, f)
	}
	for _, st := range g.Statements {
		f := fact{Node: "statement", Kind: string(st.Kind), Date: st.Date.String()}
		for _, s := range st.Speakers {
			f.Actors = append(f.Actors, "speaker "+liftedActor(g, ix, s))
		}
		for _, a := range st.About {
			f.Actors = append(f.Actors, "about "+liftedActor(g, ix, a))
		}
		slices.Sort(f.Actors)
		f.URL = sourceURL(g, ix, st.Sources)
		out = append(out, f)
	}
	return out
}

// nodeActor names a state or organisation of the original graph as the
// round trip must give it back: a state by its country, an organisation
// by its name as Project writes it, its kind and country.
func nodeActor(t *testing.T, g *graph.Graph, ix *graph.Index, id string) string {
	n, ok := ix.Lookup(diplo.ID(id))
	require.True(t, ok, "dyad actor %s is a node of the graph", id)
	switch n.Type {
	case graph.StateNode:
		return "state " + string(g.States[n.Index].Country)
	case graph.OrganizationNode:
		o := g.Organizations[n.Index]
		return "organisation " + o.Name.String() + " (" + string(o.Kind) + ", " + string(o.Country) + ")"
	}
	t.Fatalf("dyad actor %s is a %s", id, n.Type)
	return ""
}

func liftedActor(g *graph.Graph, ix *graph.Index, id diplo.ID) string {
	n, _ := ix.Lookup(id)
	switch n.Type {
	case graph.StateNode:
		return "state " + string(g.States[n.Index].Country)
	case graph.OrganizationNode:
		o := g.Organizations[n.Index]
		return "organisation " + o.Name[language.English] + " (" + string(o.Kind) + ", " + string(o.Country) + ")"
	}
	return "? " + string(n.Type)
}

// placeOf gives a place as Project writes it: the English name, or the
// name, and the country.
func placeOf(p diplo.Place) string {
	if p.IsZero() {
		return ""
	}
	name, ok := p.Name.GetTag(language.English)
	if !ok {
		name = p.Name.String()
	}
	return name + ", " + string(p.Country)
}

func sourceURL(g *graph.Graph, ix *graph.Index, ids []diplo.ID) string {
	for _, id := range ids {
		if n, ok := ix.Lookup(id); ok && n.Type == graph.SourceNode {
			return g.Sources[n.Index].URL
		}
	}
	return ""
}

// TestRoundTripLossesDocumented keeps the table of losses in doc.go and
// the losses TestRoundTripExamples applies in step: each is a row of the
// table, and the table has no other rows.
func TestRoundTripLossesDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "# What a round trip keeps")
	require.GreaterOrEqual(t, start, 0, "doc.go has the section")
	end := strings.Index(text[start+1:], "\n// # ")
	require.Greater(t, end, 0)
	section := text[start : start+1+end]
	rows := regexp.MustCompile(`(?m)^//\t([a-zA-Z]+(?: [a-zA-Z]+)*)  +`).FindAllStringSubmatch(section, -1)
	var documented []string
	for _, r := range rows {
		if r[1] != "loss" { // the header
			documented = append(documented, r[1])
		}
	}
	applied := []string{lossNotExported, lossDyads, lossActors, lossKind, lossStatement, lossNotLifted, lossVetoes, lossIDs, lossOther, lossICEWS}
	assert.ElementsMatch(t, applied, documented)
	// The codes of the documented kinds are those the test expects.
	for _, f := range formats {
		for code, c := range back[f.name] {
			if c.kind == "quote" {
				continue
			}
			assert.NoError(t, event.Kinds().Check(event.Kind(c.kind)), "%s %s", f.name, code)
		}
	}
}

// Losses the comparison of facts leaves out of its fields, as documented:
// the IDs of the nodes lifted, the fields of a node the facts do not hold,
// and ICEWS, which has no writer.
const (
	lossIDs   = "IDs"
	lossOther = "other fields"
	lossICEWS = "ICEWS"
)

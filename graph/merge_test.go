package graph_test

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

// marshal is the JSON of v, which must encode.
func marshalJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := diplo.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// merge merges gs, which must merge.
func merge(t testing.TB, gs ...*graph.Graph) (*graph.Graph, *graph.MergeReport) {
	t.Helper()
	out, rep, err := graph.Merge(gs, graph.MergeOptions{})
	require.NoError(t, err)
	require.NotNil(t, out)
	require.NotNil(t, rep)
	return out, rep
}

// relabelled returns a copy of g whose persons and organisations have IDs
// of their own, under prefix, every reference rewritten, and a Wikidata
// identifier each, which the copy shares with withIdentifiers(g).
func relabelled(t testing.TB, g *graph.Graph, prefix string) *graph.Graph {
	t.Helper()
	s := marshalJSON(t, withIdentifiers(t, g))
	var pairs []string
	for i, p := range g.Persons {
		pairs = append(pairs, `"`+string(p.ID)+`"`, fmt.Sprintf(`"%sperson/%d"`, prefix, i))
	}
	for i, o := range g.Organizations {
		pairs = append(pairs, `"`+string(o.ID)+`"`, fmt.Sprintf(`"%sorganization/%d"`, prefix, i))
	}
	out, err := graph.Unmarshal([]byte(strings.NewReplacer(pairs...).Replace(s)))
	require.NoError(t, err)
	return out
}

// withIdentifiers returns a copy of g whose persons and organisations
// carry Wikidata identifiers.
func withIdentifiers(t testing.TB, g *graph.Graph) *graph.Graph {
	t.Helper()
	c, err := graph.Unmarshal([]byte(marshalJSON(t, g)))
	require.NoError(t, err)
	for i := range c.Persons {
		c.Persons[i].Identifiers = append(c.Persons[i].Identifiers, diplo.MustNewIdentifier(diplo.Wikidata, fmt.Sprintf("Q%d", 100000+i)))
	}
	for i := range c.Organizations {
		c.Organizations[i].Identifiers = append(c.Organizations[i].Identifiers, diplo.MustNewIdentifier(diplo.Wikidata, fmt.Sprintf("Q%d", 200000+i)))
	}
	return c
}

// synthInputs are three valid records from internal/synth that share
// nodes: the generated graphs of 8, 16 and 24 events give different
// names, dates and participants to nodes of the same IDs, and the third
// is a relabelled copy, known by Wikidata identifiers.
func synthInputs(t testing.TB) []*graph.Graph {
	a := withIdentifiers(t, synth.Graph(16))
	b := synth.Graph(8)
	c := relabelled(t, synth.Graph(16), "https://example.org/other/")
	for _, g := range []*graph.Graph{a, b, c} {
		require.NoError(t, g.Validate())
	}
	return []*graph.Graph{a, b, c}
}

func permutations(n int) [][]int {
	if n == 1 {
		return [][]int{{0}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := 0; i <= len(p); i++ {
			q := slices.Insert(slices.Clone(p), i, n-1)
			out = append(out, q)
		}
	}
	return out
}

func TestMergeOrderIndependent(t *testing.T) {
	for name, gs := range map[string][]*graph.Graph{"synth": synthInputs(t), "conflicts": conflictInputs()} {
		t.Run(name, func(t *testing.T) {
			out, rep := merge(t, gs...)
			want, wantRep := marshalJSON(t, out), marshalJSON(t, rep)
			require.NotEmpty(t, rep.Conflicts)
			perms := permutations(len(gs))
			require.Len(t, perms, 6)
			for _, p := range perms {
				in := make([]*graph.Graph, len(p))
				for i, j := range p {
					in[i] = gs[j]
				}
				got, gotRep := merge(t, in...)
				assert.Equal(t, want, marshalJSON(t, got), "order %v", p)
				assert.Equal(t, wantRep, marshalJSON(t, gotRep), "report, order %v", p)
			}
		})
	}
}

func TestMergeIdempotent(t *testing.T) {
	for _, g := range append(synthInputs(t), conflictInputs()...) {
		want := marshalJSON(t, g)
		for _, n := range []int{1, 2, 3} {
			gs := make([]*graph.Graph, n)
			for i := range gs {
				gs[i] = g
			}
			out, rep := merge(t, gs...)
			assert.Equal(t, want, marshalJSON(t, out), "%d copies of %s", n, g.ID)
			assert.Empty(t, rep.Conflicts)
			assert.Empty(t, rep.Unified)
		}
	}
}

func TestMergeDoesNotModifyInputs(t *testing.T) {
	gs := synthInputs(t)
	before := make([]string, len(gs))
	for i, g := range gs {
		before[i] = marshalJSON(t, g)
	}
	out, _ := merge(t, gs...)
	// Changing the result leaves the inputs as they were.
	for i := range out.Events {
		out.Events[i].Name = diplo.MustNewText("en", "changed")
		out.Events[i].Sources = append(out.Events[i].Sources[:0], "https://example.org/changed")
	}
	for i := range out.Persons {
		out.Persons[i].Name[diplo.MustNewText("en", "x").Tags()[0]] = "changed"
	}
	for i, g := range gs {
		assert.Equal(t, before[i], marshalJSON(t, g))
	}
}

func TestMergeValidAndResolved(t *testing.T) {
	inputs := synthInputs(t)
	for _, p := range [][]int{{0, 1}, {0, 2}, {1, 2}, {0, 1, 2}} {
		var gs []*graph.Graph
		for _, i := range p {
			gs = append(gs, inputs[i])
		}
		out, rep := merge(t, gs...)
		require.NoError(t, out.Validate(), "inputs %v", p)
		// Every ID the report says was merged away is gone from the
		// record: no node has it and no reference names it.
		doc := marshalJSON(t, out)
		for _, u := range rep.Unified {
			for _, id := range u.Merged {
				assert.NotContains(t, doc, `"`+string(id)+`"`)
			}
		}
	}
	_, rep := merge(t, inputs[0], inputs[2])
	assert.Len(t, rep.Unified, len(inputs[0].Persons)+len(inputs[0].Organizations))
	for _, u := range rep.Unified {
		require.Len(t, u.On, 1)
		assert.Equal(t, diplo.Wikidata, u.On[0].Scheme)
	}
}

// leaves collects the scalar values of a JSON document, as text: strings
// as they are, numbers and booleans as written. A string that holds JSON
// (a claimed list or object) adds its leaves too.
func jsonLeaves(v any, out map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for _, e := range x {
			jsonLeaves(e, out)
		}
	case []any:
		for _, e := range x {
			jsonLeaves(e, out)
		}
	case string:
		out[x] = true
		if strings.HasPrefix(x, "[") || strings.HasPrefix(x, "{") {
			var inner any
			if json.Unmarshal([]byte(x), &inner) == nil {
				jsonLeaves(inner, out)
			}
		}
	case nil:
	default:
		b, _ := json.Marshal(x)
		out[string(b)] = true
	}
}

func TestMergeKeepsEveryValue(t *testing.T) {
	for name, gs := range map[string][]*graph.Graph{"synth": synthInputs(t), "conflicts": conflictInputs()} {
		t.Run(name, func(t *testing.T) {
			out, rep := merge(t, gs...)
			rename := map[string]string{}
			for _, u := range rep.Unified {
				for _, id := range u.Merged {
					rename[string(id)] = string(u.ID)
				}
			}
			// The values of the report stand for nodes without claims.
			have := map[string]bool{}
			var doc, report any
			require.NoError(t, json.Unmarshal([]byte(marshalJSON(t, out)), &doc))
			require.NoError(t, json.Unmarshal([]byte(marshalJSON(t, rep)), &report))
			jsonLeaves(doc, have)
			jsonLeaves(report, have)
			for gi, g := range gs {
				for r, n := range g.Nodes() {
					var v any
					require.NoError(t, json.Unmarshal([]byte(marshalJSON(t, n)), &v))
					in := map[string]bool{}
					jsonLeaves(v, in)
					for s := range in {
						if r2, ok := rename[s]; ok {
							s = r2
						}
						assert.True(t, have[s], "graphs[%d].%s: %q is lost", gi, r.Path(), s)
					}
				}
			}
		})
	}
}

// Hand-made records of one visit that disagree.
const (
	ex          = "https://example.org/"
	idVisitX    = diplo.ID(ex + "visit")
	idHost      = diplo.ID(ex + "a/putin")
	idHostB     = diplo.ID(ex + "b/putin")
	idGuestX    = diplo.ID(ex + "goita")
	idSrcA      = diplo.ID(ex + "sources/a")
	idSrcB      = diplo.ID(ex + "sources/b")
	idSrcC      = diplo.ID(ex + "sources/c")
	idAccordX   = diplo.ID(ex + "accord")
	idDelA      = diplo.ID(ex + "a/delegation")
	idDelB      = diplo.ID(ex + "b/delegation")
	idOfficeX   = diplo.ID(ex + "office")
	idTenureX   = diplo.ID(ex + "tenure")
	idOrgX      = diplo.ID(ex + "commission")
	idResX      = diplo.ID(ex + "resolution")
	idVoteX     = diplo.ID(ex + "vote")
	idUNSC      = diplo.ID(ex + "unsc")
	qPutin      = "Q7747"
	untsNumber  = "I-12345"
	gdeltNumber = "1234567"
)

var (
	stRU = actor.StateID("RU")
	stML = actor.StateID("ML")
)

func wd(q string) diplo.Identifier { return diplo.MustNewIdentifier(diplo.Wikidata, q) }

func states() []actor.State {
	return []actor.State{
		{ID: stRU, Name: fr("Russie"), Country: "RU"},
		{ID: stML, Name: fr("Mali"), Country: "ML"},
	}
}

// conflictInputs are three valid records of one visit, from three
// sources, that disagree on its end, its place, the kind of an accord and
// the count of a vote, and know the host by his Wikidata item under two
// IDs.
func conflictInputs() []*graph.Graph {
	a := &graph.Graph{
		ID:      ex + "records/a",
		Title:   fr("Visite, selon A"),
		Persons: []actor.Person{{ID: idHost, Name: fr("Vladimir Poutine"), Identifiers: []diplo.Identifier{wd(qPutin)}}, {ID: idGuestX, Name: fr("Assimi Goïta")}},
		States:  states(),
		Delegations: []actor.Delegation{
			{ID: idDelA, Represents: stRU, Head: idHost},
		},
		Events: []event.Event{{
			ID: idVisitX, Kind: event.OfficialVisit, Start: date("2025-06-22"), End: date("2025-06-26"),
			Place: diplo.Place{Name: fr("Moscou"), Country: "RU"},
			Participants: []event.Participant{
				{Actor: idHost, Role: event.Host, Delegation: idDelA},
				{Actor: idGuestX, Role: event.Guest},
			},
			Outcomes: []diplo.ID{idAccordX},
			Sources:  []diplo.ID{idSrcA},
		}},
		Accords: []accord.Accord{{
			ID: idAccordX, Kind: accord.Agreement, Title: fr("Accord sur les principes"),
			Parties: []diplo.ID{stRU, stML},
			Actions: []accord.Action{{Kind: accord.Signature, Date: date("2025-06-23"), Event: idVisitX, Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcA}}}},
			Sources: []diplo.ID{idSrcA},
		}},
		Sources: []diplo.Source{{ID: idSrcA, Title: fr("A")}},
	}
	b := &graph.Graph{
		ID:      ex + "records/b",
		Title:   fr("Visite, selon B"),
		Persons: []actor.Person{{ID: idHostB, Name: diplo.MustNewText("en", "Vladimir Putin"), Identifiers: []diplo.Identifier{wd(qPutin)}}, {ID: idGuestX, Name: fr("Assimi Goïta")}},
		States:  states(),
		Delegations: []actor.Delegation{
			{ID: idDelB, Represents: stRU, Head: idHostB},
		},
		Events: []event.Event{{
			ID: idVisitX, Kind: event.OfficialVisit, Start: date("2025-06-22"), End: date("2025-06-25"),
			Place: diplo.Place{Name: fr("Moscou"), Country: "RU"},
			Participants: []event.Participant{
				{Actor: idHostB, Role: event.Host, Delegation: idDelB},
				{Actor: idGuestX, Role: event.Guest},
			},
			Outcomes: []diplo.ID{idAccordX},
			Sources:  []diplo.ID{idSrcB},
		}},
		Accords: []accord.Accord{{
			ID: idAccordX, Kind: accord.FrameworkAgreement, Title: fr("Accord sur les principes"),
			Parties: []diplo.ID{stRU, stML},
			Actions: []accord.Action{{Kind: accord.Signature, Date: date("2025-06-23"), Event: idVisitX, Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcB}}}},
			Sources: []diplo.ID{idSrcB},
		}},
		Sources: []diplo.Source{{ID: idSrcB, Title: fr("B")}},
	}
	c := &graph.Graph{
		ID:      ex + "records/c",
		Persons: []actor.Person{{ID: idGuestX, Name: fr("Assimi Goïta")}},
		States:  states(),
		Events: []event.Event{{
			ID: idVisitX, Kind: event.OfficialVisit, Start: date("2025-06-22"),
			Place:        diplo.Place{Name: fr("Kremlin"), Country: "RU"},
			Participants: []event.Participant{{Actor: idGuestX, Role: event.Guest}},
			Topics:       []diplo.Topic{{Domain: diplo.Energy}},
		}},
	}
	return []*graph.Graph{a, b, c}
}

func TestMergeConflicts(t *testing.T) {
	out, rep := merge(t, conflictInputs()...)
	require.NoError(t, out.Validate())
	byPath := map[string]graph.Conflict{}
	for _, c := range rep.Conflicts {
		byPath[c.Path] = c
	}
	visit := "events[" + string(idVisitX) + "]"
	tests := []struct {
		path    string
		values  []string
		kept    string
		claimed bool
	}{
		// The span of an event: a conflict on its end withdraws its
		// start too, since an event without an end lasts one day.
		{visit + ".startDate", []string{`"2025-06-22"`}, "", true},
		{visit + ".endDate", []string{`"2025-06-26"`, `"2025-06-25"`}, "", true},
		// One language of a text.
		{visit + ".location.name.fr", []string{`"Moscou"`, `"Kremlin"`}, `"Moscou"`, true},
		// A single value: the first record's is kept, both are claimed.
		{"accords[" + string(idAccordX) + "].kind", []string{`"agreement"`, `"framework-agreement"`}, `"agreement"`, true},
		// A participant of one actor and role, whose delegations the
		// unification of the host makes differ.
		{visit + ".participants[" + string(idHost) + " host].delegation", []string{`"` + string(idDelA) + `"`, `"` + string(idDelB) + `"`}, `"` + string(idDelA) + `"`, true},
		// The record's title cannot hold claims.
		{"title.fr", []string{`"Visite, selon A"`, `"Visite, selon B"`}, `"Visite, selon A"`, false},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			c, ok := byPath[tc.path]
			require.True(t, ok, "no conflict at %s in %v", tc.path, slices.Collect(mapsKeys(byPath)))
			var values []string
			for _, v := range c.Values {
				values = append(values, string(v.Value))
			}
			assert.Equal(t, tc.values, values)
			assert.Equal(t, tc.kept, string(c.Kept))
			assert.Equal(t, tc.claimed, c.Claimed)
		})
	}
	assert.Len(t, rep.Conflicts, len(tests), "conflicts: %v", slices.Collect(mapsKeys(byPath)))

	ev := out.Events[0]
	assert.True(t, ev.Start.IsZero(), "no start is kept")
	assert.True(t, ev.End.IsZero(), "no end is kept")
	assert.Equal(t, "RU", string(ev.Place.Country))
	assert.Equal(t, []diplo.Topic{{Domain: diplo.Energy}}, ev.Topics, "a fact only one source has")
	// The claims of the event: two ends, two names of the place, two
	// delegations of the host, each with the sources of its record, or,
	// for a record that cites none, a source added for the record itself
	// (shown here as {its title}).
	added := map[diplo.ID]string{}
	for _, src := range out.Sources {
		if strings.HasPrefix(string(src.ID), "urn:uuid:") {
			added[src.ID] = "{" + src.Title.String() + "}"
		}
	}
	var claims []string
	for _, cl := range ev.Claims {
		var srcs []string
		for _, id := range cl.Sources {
			srcs = append(srcs, cmp.Or(added[id], string(id)))
		}
		assert.Empty(t, cl.Note, "a claim of Merge has its sources, no note")
		claims = append(claims, fmt.Sprintf("%s=%s %v", cl.Property, cl.Value.String(), srcs))
	}
	assert.Equal(t, []string{
		"startDate=2025-06-22 [" + string(idSrcA) + " " + string(idSrcB) + " {record " + ex + "records/c}]",
		"endDate=2025-06-26 [" + string(idSrcA) + "]",
		"endDate=2025-06-25 [" + string(idSrcB) + "]",
		"location.name=Moscou [" + string(idSrcA) + " " + string(idSrcB) + "]",
		"location.name=Kremlin [{record " + ex + "records/c}]",
		"participants[" + string(idHost) + " host].delegation=" + string(idDelA) + " [" + string(idSrcA) + "]",
		"participants[" + string(idHost) + " host].delegation=" + string(idDelB) + " [" + string(idSrcB) + "]",
	}, claims)
	// The host is one person, under the smaller ID, with both names.
	require.Len(t, rep.Unified, 1)
	assert.Equal(t, graph.Unification{Type: graph.PersonNode, ID: idHost, Merged: []diplo.ID{idHostB}, On: []diplo.Identifier{wd(qPutin)}}, rep.Unified[0])
	require.Len(t, out.Persons, 2)
	assert.Equal(t, idHost, out.Persons[0].ID)
	assert.Equal(t, "Vladimir Poutine", out.Persons[0].Name[diplo.MustNewText("fr", "x").Tags()[0]])
	assert.Equal(t, "Vladimir Putin", out.Persons[0].Name[diplo.MustNewText("en", "x").Tags()[0]])
	// Both delegations now have the host as head.
	for _, d := range out.Delegations {
		assert.Equal(t, idHost, d.Head)
	}
	// The signature both report is one action, with both sources.
	require.Len(t, out.Accords, 1)
	require.Len(t, out.Accords[0].Actions, 1)
	assert.Equal(t, []diplo.ID{idSrcA, idSrcB}, out.Accords[0].Actions[0].Sources)
	assert.Equal(t, []diplo.ID{idSrcA, idSrcB}, ev.Sources)
	assert.Equal(t, []string{"ML", "RU"}, countries(out.States))
}

func mapsKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k) {
				return
			}
		}
	}
}

func countries(ss []actor.State) []string {
	var out []string
	for _, s := range ss {
		out = append(out, string(s.Country))
	}
	slices.Sort(out)
	return out
}

// TestMergeUnifies has a case per rule of unification: the IDs the
// records give, and which nodes become one, on what.
func TestMergeUnifies(t *testing.T) {
	person := func(id diplo.ID, ids ...diplo.Identifier) actor.Person {
		return actor.Person{ID: id, Name: fr(string(id)), Identifiers: ids}
	}
	org := func(id diplo.ID, ids ...diplo.Identifier) actor.Organization {
		return actor.Organization{ID: id, Kind: actor.Intergovernmental, Name: fr("O"), Identifiers: ids}
	}
	ev := func(id diplo.ID, ids ...diplo.Identifier) event.Event {
		return event.Event{ID: id, Kind: event.PhoneCall, Identifiers: ids}
	}
	acc := func(id diplo.ID, ids ...diplo.Identifier) accord.Accord {
		return accord.Accord{ID: id, Kind: accord.Treaty, Title: fr("T"), Identifiers: ids}
	}
	p1, p2, p3 := diplo.ID(ex+"p1"), diplo.ID(ex+"p2"), diplo.ID(ex+"p3")
	id := diplo.MustParseIdentifier
	tests := []struct {
		name  string
		a, b  graph.Graph
		nodes int
		want  []graph.Unification
	}{
		{"same ID", graph.Graph{Persons: []actor.Person{person(p1)}}, graph.Graph{Persons: []actor.Person{person(p1)}}, 1, nil},
		{"Wikidata", graph.Graph{Persons: []actor.Person{person(p2, wd("Q1"))}}, graph.Graph{Persons: []actor.Person{person(p1, wd("Q1"))}}, 1,
			[]graph.Unification{{Type: graph.PersonNode, ID: p1, Merged: []diplo.ID{p2}, On: []diplo.Identifier{wd("Q1")}}}},
		{"ISO 3166", graph.Graph{Organizations: []actor.Organization{org(p1, id("iso3166:ML"))}}, graph.Graph{Organizations: []actor.Organization{org(p2, id("iso3166:MLI"))}}, 1,
			[]graph.Unification{{Type: graph.OrganizationNode, ID: p1, Merged: []diplo.ID{p2}, On: []diplo.Identifier{id("iso3166:ML")}}}},
		{"UNTS", graph.Graph{Accords: []accord.Accord{acc(p3, id("unts:"+untsNumber))}}, graph.Graph{Accords: []accord.Accord{acc(p2, id("unts:"+untsNumber))}}, 1,
			[]graph.Unification{{Type: graph.AccordNode, ID: p2, Merged: []diplo.ID{p3}, On: []diplo.Identifier{id("unts:" + untsNumber)}}}},
		{"GDELT", graph.Graph{Events: []event.Event{ev(p1, id("gdelt:"+gdeltNumber))}}, graph.Graph{Events: []event.Event{ev(p2, id("gdelt:"+gdeltNumber))}}, 1,
			[]graph.Unification{{Type: graph.EventNode, ID: p1, Merged: []diplo.ID{p2}, On: []diplo.Identifier{id("gdelt:" + gdeltNumber)}}}},
		{"GeoNames", graph.Graph{Organizations: []actor.Organization{org(p1, id("geonames:524901"))}}, graph.Graph{Organizations: []actor.Organization{org(p2, id("geonames:524901"))}}, 1,
			[]graph.Unification{{Type: graph.OrganizationNode, ID: p1, Merged: []diplo.ID{p2}, On: []diplo.Identifier{id("geonames:524901")}}}},
		{"transitive", graph.Graph{Persons: []actor.Person{person(p3, wd("Q1")), person(p2, wd("Q2"))}}, graph.Graph{Persons: []actor.Person{person(p1, wd("Q1"), wd("Q2"))}}, 1,
			[]graph.Unification{{Type: graph.PersonNode, ID: p1, Merged: []diplo.ID{p2, p3}, On: []diplo.Identifier{wd("Q1"), wd("Q2")}}}},
		{"URL does not unify", graph.Graph{Persons: []actor.Person{person(p1, id("https://example.org/page"))}}, graph.Graph{Persons: []actor.Person{person(p2, id("https://example.org/page"))}}, 2, nil},
		{"types apart", graph.Graph{Persons: []actor.Person{person(p1, wd("Q1"))}}, graph.Graph{Organizations: []actor.Organization{org(p2, wd("Q1"))}}, 2, nil},
		{"other identifiers", graph.Graph{Persons: []actor.Person{person(p1, wd("Q1"))}}, graph.Graph{Persons: []actor.Person{person(p2, wd("Q2"))}}, 2, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, b := tc.a, tc.b
			out, rep := merge(t, &a, &b)
			// Conflicting names are claims that cite a source added for
			// each record that cites none: those are not counted.
			assert.Equal(t, tc.nodes, out.Len()-len(out.Sources))
			assert.Equal(t, tc.want, rep.Unified)
			require.NoError(t, out.Validate())
		})
	}
}

// TestMergeRewritesReferences checks that every reference to a node
// merged away names the node that stays, in every kind of field.
func TestMergeRewritesReferences(t *testing.T) {
	p1, p2 := diplo.ID(ex+"p1"), diplo.ID(ex+"p2")
	office := diplo.ID(ex + "office")
	a := &graph.Graph{Persons: []actor.Person{{ID: p1, Name: fr("Poutine"), Identifiers: []diplo.Identifier{wd(qPutin)}}}}
	b := &graph.Graph{
		Persons: []actor.Person{{ID: p2, Name: fr("Poutine"), Identifiers: []diplo.Identifier{wd(qPutin)}}},
		States:  states(),
		Offices: []actor.Office{{ID: office, Name: fr("Président"), Of: stRU}},
		Tenures: []actor.Tenure{{ID: idTenureX, Person: p2, Office: office}},
		Events: []event.Event{{ID: idVisitX, Kind: event.PhoneCall,
			Participants:      []event.Participant{{Actor: p2, Role: event.Initiator}, {Actor: stML, Role: event.Recipient}},
			Characterisations: []event.Characterisation{{Term: fr("constructif"), Statement: ex + "st", Attribution: diplo.Attribution{By: []diplo.ID{p2}}}}}},
		Statements: []event.Statement{{ID: ex + "st", Kind: event.Remarks, Speakers: []diplo.ID{p2}, Occasion: idVisitX, Text: fr("Bonjour")}},
	}
	require.NoError(t, b.Validate())
	out, _ := merge(t, a, b)
	require.NoError(t, out.Validate())
	doc := marshalJSON(t, out)
	assert.NotContains(t, doc, string(p2))
	assert.Equal(t, p1, out.Tenures[0].Person)
	assert.Equal(t, p1, out.Events[0].Participants[0].Actor)
	assert.Equal(t, []diplo.ID{p1}, out.Events[0].Characterisations[0].By)
	assert.Equal(t, []diplo.ID{p1}, out.Statements[0].Speakers)
}

// TestMergeLists checks the union of lists: each value once, elements
// of one key merged.
func TestMergeLists(t *testing.T) {
	res := decision.Resolution{ID: idResX, Kind: decision.ResolutionKind, Status: decision.Rejected, Body: idUNSC, Title: fr("Projet")}
	unsc := actor.Organization{ID: idUNSC, Kind: actor.Intergovernmental, Name: fr("Conseil de sécurité")}
	vote := func(abstentions int, src diplo.ID, topic string) decision.Vote {
		return decision.Vote{ID: idVoteX, Motion: idResX, Body: idUNSC, Result: decision.ResultRejected,
			Counts:  []decision.Count{{Option: decision.Yes, Value: 2}, {Option: decision.No, Value: 9}, {Option: decision.Abstain, Value: abstentions}},
			Sources: []diplo.ID{src}}
	}
	a := &graph.Graph{Organizations: []actor.Organization{unsc}, Resolutions: []decision.Resolution{res}, Votes: []decision.Vote{vote(0, idSrcA, "")},
		Sources: []diplo.Source{{ID: idSrcA, Title: fr("A")}}}
	b := &graph.Graph{Organizations: []actor.Organization{unsc}, Resolutions: []decision.Resolution{res}, Votes: []decision.Vote{vote(4, idSrcB, "")},
		Sources: []diplo.Source{{ID: idSrcB, Title: fr("B")}}}
	require.NoError(t, a.Validate())
	require.NoError(t, b.Validate())
	out, rep := merge(t, a, b)
	require.NoError(t, out.Validate())
	// Zero abstentions is a count, not a count unsaid: a conflict.
	require.Len(t, rep.Conflicts, 1)
	assert.Equal(t, "votes["+string(idVoteX)+"].counts[abstain].value", rep.Conflicts[0].Path)
	assert.Equal(t, `0`, string(rep.Conflicts[0].Kept))
	require.Len(t, out.Votes[0].Counts, 3)
	assert.Equal(t, []diplo.ID{idSrcA, idSrcB}, out.Votes[0].Sources)
	require.Len(t, out.Votes[0].Claims, 2)
	assert.Equal(t, "counts[abstain].value", out.Votes[0].Claims[1].Property)
	assert.Equal(t, "4", out.Votes[0].Claims[1].Value.String())
}

// TestMergeSpans checks that the dates of a span are judged together.
func TestMergeSpans(t *testing.T) {
	tenure := func(start, end string) *graph.Graph {
		g := &graph.Graph{
			Persons: []actor.Person{{ID: idGuestX, Name: fr("Goïta")}},
			States:  states(),
			Offices: []actor.Office{{ID: idOfficeX, Name: fr("Président"), Of: stML}},
			Tenures: []actor.Tenure{{ID: idTenureX, Person: idGuestX, Office: idOfficeX}},
		}
		if start != "" {
			g.Tenures[0].Start = date(start)
		}
		if end != "" {
			g.Tenures[0].End = date(end)
		}
		return g
	}
	tests := []struct {
		name       string
		a, b       *graph.Graph
		start, end string
		conflicts  []string
	}{
		{"one says more", tenure("2021-06-07", ""), tenure("2021-06-07", "2025-01-01"), "2021-06-07", "2025-01-01", nil},
		{"ends differ", tenure("2021-06-07", "2025-01-01"), tenure("2021-06-07", "2024-01-01"), "2021-06-07", "", []string{"endDate"}},
		{"starts differ", tenure("2021-05-24", "2025-01-01"), tenure("2021-06-07", "2025-01-01"), "", "2025-01-01", []string{"startDate"}},
		// No record gives both: put together, the end would come before
		// the start.
		{"one start, one end", tenure("2021-06-07", ""), tenure("", "2020-01-01"), "", "", []string{"startDate", "endDate"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, rep := merge(t, tc.a, tc.b)
			require.NoError(t, out.Validate())
			tn := out.Tenures[0]
			assert.Equal(t, tc.start, dateText(tn.Start))
			assert.Equal(t, tc.end, dateText(tn.End))
			var paths []string
			for _, c := range rep.Conflicts {
				paths = append(paths, strings.TrimPrefix(c.Path, "tenures["+string(idTenureX)+"]."))
			}
			assert.Equal(t, tc.conflicts, paths)
		})
	}
}

func dateText(d diplo.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// TestMergeStatus checks that an event's status and its history are kept
// together, from one record.
func TestMergeStatus(t *testing.T) {
	ev := func(id diplo.ID, st event.Status, hist ...event.StatusChange) *graph.Graph {
		return &graph.Graph{ID: id, Sources: []diplo.Source{{ID: idSrcC, Title: fr("C")}},
			Events: []event.Event{{ID: idVisitX, Kind: event.Summit, Status: st, StatusHistory: hist, Start: date("2025-10")}}}
	}
	announced := event.StatusChange{Status: event.Planned, Date: date("2025-01-10"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcC}}}
	cancelled := event.StatusChange{Status: event.Cancelled, Date: date("2025-09-01")}
	a := ev(ex+"records/a", event.Planned)
	b := ev(ex+"records/b", event.Cancelled, announced, cancelled)
	require.NoError(t, a.Validate())
	require.NoError(t, b.Validate())
	out, rep := merge(t, a, b)
	require.NoError(t, out.Validate())
	assert.Equal(t, event.Planned, out.Events[0].Status)
	assert.Empty(t, out.Events[0].StatusHistory)
	var paths []string
	for _, c := range rep.Conflicts {
		paths = append(paths, c.Path)
	}
	assert.Equal(t, []string{"events[" + string(idVisitX) + "].status", "events[" + string(idVisitX) + "].statusHistory"}, paths)
	assert.Len(t, out.Events[0].Claims, 3, "two statuses and one history")

	// A record that gives the status alone and one that gives it with its
	// history agree: the history is kept.
	c := ev(ex+"records/c", event.Cancelled)
	out, rep = merge(t, c, b)
	require.NoError(t, out.Validate())
	assert.Empty(t, rep.Conflicts)
	assert.Equal(t, b.Events[0].StatusHistory, out.Events[0].StatusHistory)
	// A status without a history and a history that ends in another
	// status do not make one: the first record's pair is kept.
	d := ev(ex+"records/d", "", announced, event.StatusChange{Status: event.Held, Date: date("2025-10-01")})
	require.NoError(t, d.Validate())
	out, rep = merge(t, a, d)
	require.NoError(t, out.Validate())
	assert.Equal(t, event.Planned, out.Events[0].Status)
	assert.Empty(t, out.Events[0].StatusHistory)
	require.Len(t, rep.Conflicts, 1)
	assert.Equal(t, "events["+string(idVisitX)+"].statusHistory", rep.Conflicts[0].Path)
}

func TestMergeErrors(t *testing.T) {
	person := func(id diplo.ID) *graph.Graph {
		return &graph.Graph{Persons: []actor.Person{{ID: id, Name: fr("P")}}}
	}
	tests := []struct {
		name string
		gs   []*graph.Graph
		o    graph.MergeOptions
		path string
		err  error
	}{
		{"nil graph", []*graph.Graph{person(ex + "p"), nil}, graph.MergeOptions{}, "graphs[1]", diplo.ErrRequired},
		{"no ID", []*graph.Graph{person(ex + "p"), person(ex + "q"), {Events: []event.Event{{}, {Kind: event.Summit}}}}, graph.MergeOptions{}, "graphs[2].events[0].id", diplo.ErrRequired},
		{"one ID, two types", []*graph.Graph{person(ex + "p"), {Events: []event.Event{{ID: ex + "e"}, {ID: ex + "p", Kind: event.Summit}}}}, graph.MergeOptions{}, "graphs[1].events[1].id", diplo.ErrInconsistent},
		{"too many nodes", []*graph.Graph{person(ex + "p"), person(ex + "q")}, graph.MergeOptions{Limits: diplo.Limits{MaxObjects: 1}}, "graphs", diplo.ErrLimit},
		{"too many of a type", []*graph.Graph{person(ex + "p"), person(ex + "q")}, graph.MergeOptions{Limits: diplo.Limits{MaxArray: 1}}, "graphs", diplo.ErrLimit},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, rep, err := graph.Merge(tc.gs, tc.o)
			require.Error(t, err)
			assert.Nil(t, out)
			assert.Nil(t, rep)
			var fe *diplo.FieldError
			require.True(t, errors.As(err, &fe), "%v", err)
			assert.Equal(t, tc.path, fe.Path)
			assert.ErrorIs(t, err, tc.err)
		})
	}
}

func TestMergeRecordID(t *testing.T) {
	a, b := &graph.Graph{ID: ex + "a"}, &graph.Graph{ID: ex + "b"}
	ab, _ := merge(t, a, b)
	ba, _ := merge(t, b, a)
	assert.Equal(t, ab.ID, ba.ID)
	assert.True(t, strings.HasPrefix(string(ab.ID), "urn:uuid:"), ab.ID)
	require.NoError(t, ab.ID.Validate())
	aa, _ := merge(t, a, a)
	assert.Equal(t, a.ID, aa.ID)
	none, rep := merge(t, &graph.Graph{}, &graph.Graph{Title: fr("T")})
	assert.NotEmpty(t, none.ID)
	require.Len(t, rep.Records, 2)
	assert.True(t, strings.HasPrefix(string(rep.Records[0]), "urn:sha256:"))
	empty, _ := merge(t)
	assert.Equal(t, 0, empty.Len())
}

// exampleRecords are the records of the example programs and of this
// package's tests, as written on disk.
var exampleRecords = []string{
	"../examples/cancelled-summit/testdata/cancelled-summit.golden.json",
	"../examples/colombia-farc/testdata/colombia-farc.golden.json",
	"../examples/kennedy-japan/testdata/kennedy-japan.golden.json",
	"../examples/paris-agreement/testdata/paris-agreement.golden.json",
	"../examples/russia-mali/testdata/russia-mali.golden.json",
	"../examples/skripal-expulsions/testdata/skripal-expulsions.golden.json",
	"testdata/small.golden.json",
}

// TestMergeExamplesIdempotent merges each example record with itself,
// and all of them together in two orders.
func TestMergeExamplesIdempotent(t *testing.T) {
	var gs []*graph.Graph
	for _, name := range exampleRecords {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		g, err := graph.Unmarshal(data)
		require.NoError(t, err)
		require.NoError(t, g.Validate(), name)
		out, rep := merge(t, g, g)
		assert.Equal(t, marshalJSON(t, g), marshalJSON(t, out), name)
		assert.Empty(t, rep.Conflicts, name)
		gs = append(gs, g)
	}
	all, _ := merge(t, gs...)
	slices.Reverse(gs)
	back, _ := merge(t, gs...)
	assert.Equal(t, marshalJSON(t, all), marshalJSON(t, back))
	require.NoError(t, all.Validate())
}

// TestMergeConcurrent merges the same inputs from several goroutines:
// Merge only reads them (run with -race).
func TestMergeConcurrent(t *testing.T) {
	gs := conflictInputs()
	want, _ := merge(t, gs...)
	var wg sync.WaitGroup
	outs := make([]string, 8)
	for i := range outs {
		wg.Go(func() {
			out, _, err := graph.Merge(gs, graph.MergeOptions{})
			if err == nil {
				outs[i] = marshalJSON(t, out)
			}
		})
	}
	wg.Wait()
	for _, o := range outs {
		assert.Equal(t, marshalJSON(t, want), o)
	}
}

package main

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/cop15-montreal.golden.json"

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// source describes a source as "publisher|published", the publisher in
// English or else in its original language.
func source(t *testing.T, g *graph.Graph, ix *graph.Index, id diplo.ID) string {
	t.Helper()
	r, ok := ix.Lookup(id)
	require.True(t, ok)
	require.Equal(t, graph.SourceNode, r.Type)
	s := g.Sources[r.Index]
	pub, ok := s.Publisher[language.English]
	if !ok {
		_, pub, _ = s.Publisher.Original()
	}
	return pub + "|" + s.Published.String()
}

// TestFacts reads the decoded golden graph and checks the second part of
// COP15: where and when it was held, and each change of its status with
// its date, place, author, sources and cause.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)
	en := language.English

	require.Len(t, g.Events, 2)
	part1, part2 := g.Events[0], g.Events[1]
	assert.Equal(t, "COP15, first part", part1.Name[en])
	assert.Equal(t, "2021-10-11/2021-10-15", part1.Span().String())
	assert.Equal(t, "Kunming", part1.Place.Name[en])
	assert.Equal(t, []string{"CN", "CN-YN", "Yunnan"}, []string{string(part1.Place.Country), string(part1.Place.Admin1.Code), part1.Place.Admin1.Name[en]})
	assert.Equal(t, []event.Relation{{Kind: event.Continues, Event: part1.ID}}, part2.Relations)

	assert.Equal(t, event.Held, part2.EffectiveStatus())
	assert.Equal(t, "2022-12-07/2022-12-19", part2.Span().String())
	assert.Equal(t, []string{"Montreal", "CA", "wikidata:Q340"}, []string{part2.Place.Name[en], string(part2.Place.Country), part2.Place.Wikidata.String()})
	assert.Equal(t, "2022-12-07", part2.StatusSince().String())
	assert.Equal(t, []string{"CA-QC", "Quebec"}, []string{string(part2.Place.Admin1.Code), part2.Place.Admin1.Name[en]})
	assert.Equal(t, part2.Place, part2.StatusHistory[2].Place, "moved to where it was held")

	type change struct {
		status     event.Status
		date       string
		relocation string // the new place's name, "" when not moved
		by         []string
		sources    []string
	}
	var got []change
	for _, ch := range part2.StatusHistory {
		c := change{status: ch.Status, date: ch.Date.String(), relocation: ch.Place.Name[en]}
		assert.Equal(t, ch.IsRelocation(), c.relocation != "")
		for _, id := range ch.By {
			r, ok := ix.Lookup(id)
			require.True(t, ok)
			switch r.Type {
			case graph.StateNode:
				c.by = append(c.by, exampletest.Countries(g, ix, id)...)
			case graph.OrganizationNode:
				c.by = append(c.by, g.Organizations[r.Index].Name[en])
			}
		}
		for _, id := range ch.Sources {
			c.sources = append(c.sources, source(t, g, ix, id))
		}
		got = append(got, c)
	}
	secretariat := "Secretariat of the Convention on Biological Diversity"
	assert.Equal(t, []change{
		{event.Planned, "2021-08-18", "", []string{"CN", secretariat}, []string{"Yunnan.cn|2021-08"}},
		{event.Postponed, "2022-03-29", "", []string{secretariat}, []string{"Reuters|2022-03-29", "European Commission, The Green Track|2022-01-12"}},
		{event.Planned, "2022-06-21", "Montreal", []string{"CN"}, []string{secretariat + "|2022-06-21", "Xinhua, via People's Daily Online|2022-06-21"}},
		{event.Held, "2022-12-07", "", nil, []string{"China Radio International|2022-12-08", "Xinhua, via People's Daily Online|2022-12-19"}},
	}, got)

	// Where the meeting was first to be held, and why it moved.
	assert.Contains(t, part2.StatusHistory[0].Note[en], "in Kunming in the first half of 2022")
	assert.Contains(t, part2.StatusHistory[1].Note[en], "25 April–8 May 2022 in Kunming to the third quarter of 2022")
	assert.Contains(t, part2.StatusHistory[2].Note[en], "because of the continued uncertainties of the COVID-19 pandemic")
	require.Len(t, part2.Claims, 1)
	assert.Equal(t, "startDate", part2.Claims[0].Property)
	assert.Equal(t, part2.StatusHistory[2].Sources, part2.Claims[0].Sources, "the dates announced with the move")

	// China presides; Canada hosts the second part.
	roles := map[event.Role][]string{}
	for _, p := range part2.Participants {
		r, _ := ix.Lookup(p.Actor)
		if r.Type == graph.PersonNode {
			roles[p.Role] = append(roles[p.Role], g.Persons[r.Index].Name[en]+" for "+exampletest.Countries(g, ix, p.Representing)[0])
			continue
		}
		roles[p.Role] = append(roles[p.Role], exampletest.Countries(g, ix, p.Actor)...)
	}
	assert.Equal(t, map[event.Role][]string{event.Host: {"CA"}, event.Chair: {"Huang Runqiu for CN"}, event.Participating: {"CN"}}, roles)

	// Its outcome.
	require.Len(t, part2.Outcomes, 1)
	r, ok := ix.Lookup(part2.Outcomes[0])
	require.True(t, ok)
	require.Equal(t, graph.ResolutionNode, r.Type)
	gbf := g.Resolutions[r.Index]
	assert.Equal(t, []any{decision.DecisionKind, decision.Adopted, "2022-12-19", "Kunming-Montreal Global Biodiversity Framework"},
		[]any{gbf.Kind, gbf.Status, gbf.Date.String(), gbf.Title[en]})
	assert.Equal(t, "CBD/COP/DEC/15/4", gbf.Symbol, "decision 15/4 of the Conference of the Parties")
	require.NotEmpty(t, gbf.Sources)
	assert.Equal(t, "Secretariat of the Convention on Biological Diversity|2022-12-19", source(t, g, ix, gbf.Sources[0]), "the decision's text")
}

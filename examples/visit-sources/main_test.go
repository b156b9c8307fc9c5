package main

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/visit-sources.golden.txt"

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestMerged(t *testing.T) {
	g, rep, err := merged()
	require.NoError(t, err, "the merged record validates")

	// Putin, three IDs, one person, on his Wikidata item.
	require.Len(t, rep.Unified, 1)
	u := rep.Unified[0]
	assert.Equal(t, graph.PersonNode, u.Type)
	assert.Equal(t, diplo.ID(base+"abamako/putin"), u.ID)
	assert.Equal(t, []diplo.ID{base + "anadolu/putin", "urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a"}, u.Merged)
	assert.Equal(t, []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q7747")}, u.On)
	assert.Len(t, g.Persons, 2)
	for _, e := range g.Events {
		for _, p := range e.Participants {
			assert.NotContains(t, u.Merged, p.Actor, "a participant names a Putin merged away")
		}
	}

	// The conflicts, with the values of each source.
	var paths []string
	values := map[string][]string{}
	for _, c := range rep.Conflicts {
		paths = append(paths, c.Path)
		for _, v := range c.Values {
			values[c.Path] = append(values[c.Path], string(v.Value))
		}
	}
	office := "offices[" + base + "president-ml].name.fr"
	kind := "accords[" + base + "principles].kind"
	assert.Equal(t, []string{"title.fr", office, kind, "accords[" + base + "principles].title.fr"}, paths)
	assert.Equal(t, []string{`"Président de la Transition, Chef de l’État"`, `"président de la République du Mali"`}, values[office])
	assert.Equal(t, []string{`"framework-agreement"`, `"agreement"`}, values[kind])

	// Each value is a claim of the node, attributed to its source.
	principles := accordOf(t, g, base+"principles")
	require.Len(t, principles.Claims, 4)
	assert.Equal(t, diplo.Claim{Property: "kind", Value: diplo.MustNewText("zxx", "agreement"),
		Attribution: diplo.Attribution{Sources: []diplo.ID{base + "article/source"}}}, principles.Claims[1])

	// What one source alone says is kept: the dates and place (aBamako),
	// the signature of the nuclear agreement (Anadolu), the summit the
	// visit continues (the article), the commission's meetings (aBamako).
	visit := g.Events[0]
	assert.Equal(t, "2025-06-22", visit.Start.String())
	assert.Equal(t, "2025-06-26", visit.End.String())
	assert.Equal(t, diplo.Country("RU"), visit.Place.Country)
	assert.Len(t, visit.Relations, 1)
	nuclear := accordOf(t, g, base+"nuclear")
	require.Len(t, nuclear.Actions, 1)
	assert.Equal(t, accord.Signature, nuclear.Actions[0].Kind)
	require.Len(t, g.Organizations, 1)
	assert.Equal(t, "meetingFrequency", g.Organizations[0].Claims[0].Property)
	// Lists are united.
	require.Len(t, g.Tenures, 1)
	assert.Equal(t, []actor.Qualifier{actor.Transitional, actor.Interim}, g.Tenures[0].Qualifiers)
	assert.Len(t, visit.Sources, 4)
}

func accordOf(t *testing.T, g *graph.Graph, id diplo.ID) accord.Accord {
	t.Helper()
	for _, a := range g.Accords {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no accord %s", id)
	return accord.Accord{}
}

// TestQuestions checks the answers that only the merged record gives:
// Goïta's two events (the summit from the article, the visit's dates from
// the other two), the accord signed at the visit (its date from Anadolu
// alone), and a tenure without dates answered maybe, not yes.
func TestQuestions(t *testing.T) {
	g, _, err := merged()
	require.NoError(t, err)
	ix := query.New(g)
	goita, visit := diplo.ID(base+"goita"), diplo.ID(base+"visit")

	ms := ix.Events(query.EventQuery{Actors: []diplo.ID{goita}})
	require.Len(t, ms, 2)
	assert.Equal(t, diplo.ID(base+"article/summit-2023"), ms[0].Event.ID, "the 2023 summit comes first")
	assert.Equal(t, visit, ms[1].Event.ID)
	assert.Equal(t, "2025-06-22", ms[1].Event.Start.String())

	signed := ix.SignedAt(visit)
	require.Len(t, signed, 1)
	assert.Equal(t, diplo.ID(base+"nuclear"), signed[0].ID)

	a, ok := ix.StatusOfParty(base+"nuclear", "https://w3id.org/diplo/id/state/ML", diplo.MustParseDate("2025-06-23"))
	require.True(t, ok)
	assert.Equal(t, query.PartySigned, a.Status)
	assert.Equal(t, query.Yes, a.Truth)
	before, ok := ix.StatusOfParty(base+"nuclear", "https://w3id.org/diplo/id/state/ML", diplo.MustParseDate("2025-06-22"))
	require.True(t, ok)
	assert.Equal(t, query.NotParty, before.Status, "not signed the day before")

	hs := ix.Holders(base+"president-ml", diplo.MustParseDate("2025-06-23"))
	require.Len(t, hs, 1)
	assert.Equal(t, goita, hs[0].Person)
	assert.Equal(t, query.Maybe, hs[0].Truth, "no source dates the tenure")
}

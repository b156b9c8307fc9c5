package main

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/kennedy-japan.golden.json"

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks the mission, the
// tenure of its head, and the steps of the accreditation with their
// sides in roles.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)

	require.Len(t, g.Missions, 1)
	m := g.Missions[0]
	assert.Equal(t, actor.Embassy, m.Kind)
	assert.Equal(t, []string{"US", "JP"}, exampletest.Countries(g, ix, m.Sending, m.Receiving))

	require.Len(t, g.Tenures, 2)
	tn := g.Tenures[1]
	r, ok := ix.Lookup(tn.Office)
	require.True(t, ok)
	assert.Equal(t, m.ID, g.Offices[r.Index].Of, "the ambassador's office is the mission's")
	assert.Equal(t, "2013-11-19/2017-01-18", tn.Span().String())

	var steps []string
	for _, e := range g.Events {
		require.True(t, e.Kind.IsAccreditation(), "%s", e.Kind)
		roles := map[event.Role][]string{}
		for _, p := range e.Participants {
			roles[p.Role] = append(roles[p.Role], string(p.Actor))
		}
		assert.Equal(t, []string{string(m.Sending)}, roles[event.Sending], "%s: sending side", e.Kind)
		assert.Equal(t, []string{string(m.Receiving)}, roles[event.Receiving], "%s: receiving side", e.Kind)
		assert.Equal(t, []string{string(tn.Person)}, roles[event.EnvoyRole], "%s: envoy", e.Kind)
		steps = append(steps, string(e.Kind)+" "+e.Start.String())
	}
	assert.Equal(t, []string{"agrement 2013", "credentials 2013-11-19", "departure 2017-01-18"}, steps)
}

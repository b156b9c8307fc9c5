package synth_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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

var update = flag.Bool("update", false, "rewrite golden files")

// counts are the numbers of nodes of a graph, by list.
type counts struct {
	persons, states, organizations, offices, tenures, delegations, missions, events, statements, accords,
	resolutions, votes, sources int
}

func countsOf(g *graph.Graph) counts {
	return counts{len(g.Persons), len(g.States), len(g.Organizations), len(g.Offices), len(g.Tenures),
		len(g.Delegations), len(g.Missions), len(g.Events), len(g.Statements), len(g.Accords),
		len(g.Resolutions), len(g.Votes), len(g.Sources)}
}

func TestGraph(t *testing.T) {
	tests := []struct {
		events int
		want   counts
	}{
		{0, counts{states: 2, persons: 6, offices: 6, tenures: 6, missions: 2, organizations: 1}},
		{1, counts{states: 2, persons: 6, offices: 6, tenures: 6, missions: 2, organizations: 1, events: 1, sources: 1}},
		{3, counts{states: 2, persons: 6, offices: 6, tenures: 6, missions: 2, organizations: 1, events: 3, sources: 3}},
		{4, counts{states: 2, persons: 6, offices: 6, tenures: 6, missions: 2, events: 4, sources: 4,
			delegations: 2, statements: 1, accords: 1, organizations: 2, resolutions: 1, votes: 1}},
		{7, counts{states: 2, persons: 6, offices: 6, tenures: 6, missions: 2, events: 7, sources: 7,
			delegations: 2, statements: 1, accords: 1, organizations: 2, resolutions: 1, votes: 1}},
		{40, counts{states: 7, persons: 21, offices: 21, tenures: 21, missions: 7, events: 40, sources: 40,
			delegations: 20, statements: 10, accords: 10, organizations: 3, resolutions: 3, votes: 3}},
		{10000, counts{states: 193, persons: 579, offices: 579, tenures: 579, missions: 193, events: 10000, sources: 10000,
			delegations: 5000, statements: 2500, accords: 2500, organizations: 501, resolutions: 625, votes: 625}},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.events), func(t *testing.T) {
			g := synth.Graph(tc.events)
			require.NoError(t, g.Validate(), "Validate")
			assert.Equal(t, tc.want, countsOf(g), "counts")
		})
	}
}

// TestGraphDeterministic checks that a number of events always gives the
// same graph, and that it survives strict decoding.
func TestGraphDeterministic(t *testing.T) {
	a, err := json.Marshal(synth.Graph(400))
	require.NoError(t, err)
	b, err := json.Marshal(synth.Graph(400))
	require.NoError(t, err)
	require.True(t, bytes.Equal(a, b), "two graphs of 400 events differ")
	g, err := graph.UnmarshalStrict(a)
	require.NoError(t, err, "UnmarshalStrict")
	again, err := json.Marshal(g)
	require.NoError(t, err)
	require.True(t, bytes.Equal(a, again), "round trip through JSON changes the graph")
}

// TestGraphShape checks the facts that make a generated graph realistic:
// visits with three parts, accords signed at a ceremony by participants,
// statements made at a press conference, and states of the UN.
func TestGraphShape(t *testing.T) {
	g := synth.Graph(400)
	ix := graph.NewIndex(g)
	visits := 0
	for _, e := range g.Events {
		if len(e.Parts) == 0 {
			continue
		}
		visits++
		require.Len(t, e.Parts, 3, "visit %s: parts", e.ID)
		require.Len(t, e.Outcomes, 1, "visit %s: outcomes", e.ID)
		kinds := []event.Kind{}
		for _, p := range e.Parts {
			pe, ok := ix.Event(p)
			require.True(t, ok, "part %s missing", p)
			kinds = append(kinds, pe.Kind)
		}
		assert.Equal(t, []event.Kind{event.BilateralTalks, event.SigningCeremony, event.JointPressConference}, kinds, "visit %s: parts", e.ID)
	}
	assert.Equal(t, 100, visits, "visits")
	for _, a := range g.Accords {
		require.NotEmpty(t, a.Actions, "accord %s", a.ID)
		assert.Equal(t, accord.Signature, a.Actions[0].Kind, "accord %s: first action %+v", a.ID, a.Actions[0])
		assert.False(t, a.Actions[0].Event.IsZero(), "accord %s: first action %+v", a.ID, a.Actions[0])
	}
	for _, s := range g.Statements {
		occ, ok := ix.Event(s.Occasion)
		if assert.True(t, ok, "statement %s: occasion %s", s.ID, s.Occasion) {
			assert.Equal(t, event.JointPressConference, occ.Kind, "statement %s: occasion %s", s.ID, s.Occasion)
		}
	}
	for _, s := range g.States {
		assert.Contains(t, synth.UNMembers, string(s.Country), "state %s is not a UN member", s.Country)
		assert.Equal(t, actor.StateID(s.Country), s.ID, "state %s: ID is not StateID of its code", s.Country)
	}
}

// TestGraphMissions checks the missions of a generated graph: each state
// has an embassy in another, headed by its ambassador, and the embassies
// take part in some visits.
func TestGraphMissions(t *testing.T) {
	g := synth.Graph(400)
	ix := graph.NewIndex(g)
	require.Len(t, g.Missions, len(g.States))
	heads := map[diplo.ID]int{}
	for _, o := range g.Offices {
		if r, ok := ix.Lookup(o.Of); ok && r.Type == graph.MissionNode {
			assert.Equal(t, actor.Ambassador, o.Role, "office %s", o.ID)
			heads[o.Of]++
		}
	}
	for _, m := range g.Missions {
		assert.Equal(t, actor.Embassy, m.Kind)
		assert.NotEqual(t, m.Sending, m.Receiving, "mission %s", m.ID)
		assert.Equal(t, 1, heads[m.ID], "mission %s: its head's office", m.ID)
	}
	taking := 0
	for _, e := range g.Events {
		for _, p := range e.Participants {
			if r, ok := ix.Lookup(p.Actor); ok && r.Type == graph.MissionNode {
				taking++
				m := g.Missions[r.Index]
				assert.Equal(t, m.Sending, p.Representing, "event %s", e.ID)
				assert.True(t, e.HasParticipant(m.Receiving) || hostedBy(g, ix, e, m.Receiving), "event %s: the mission's receiving state hosts it", e.ID)
			}
		}
	}
	assert.Positive(t, taking, "missions taking part in events")
}

// hostedBy reports whether the host of e is the head of the state.
func hostedBy(g *graph.Graph, ix *graph.Index, e event.Event, state diplo.ID) bool {
	for _, p := range e.Participants {
		if p.Role != event.Host {
			continue
		}
		r, ok := ix.Lookup(p.Actor)
		if ok && r.Type == graph.DelegationNode && g.Delegations[r.Index].Represents == state {
			return true
		}
	}
	return false
}

// TestGraphVotes checks the resolutions and votes of a generated graph:
// the council's members vote, the counts agree with the positions, a
// veto defeats the draft, and both outcomes occur.
func TestGraphVotes(t *testing.T) {
	g := synth.Graph(400)
	ix := graph.NewIndex(g)
	require.Len(t, g.Votes, len(g.Resolutions))
	require.NotEmpty(t, g.Votes)
	results := map[decision.Result]int{}
	vetoes := 0
	for i, v := range g.Votes {
		r := g.Resolutions[i]
		require.Equal(t, r.ID, v.Motion)
		body, ok := ix.Lookup(v.Body)
		require.True(t, ok)
		council := g.Organizations[body.Index]
		voters := []diplo.ID{}
		for _, p := range v.Positions {
			voters = append(voters, p.Voter)
		}
		assert.Equal(t, council.Members, voters, "vote %s: every member votes", v.ID)
		tally := v.Tally()
		for _, c := range v.Counts {
			assert.Equal(t, tally[c.Option], c.Value, "vote %s: count %s", v.ID, c.Option)
		}
		if v.Vetoed() {
			vetoes++
			assert.Equal(t, decision.ResultRejected, v.Result, "vote %s", v.ID)
		}
		want := map[decision.Result]decision.Status{decision.ResultAdopted: decision.Adopted, decision.ResultRejected: decision.Rejected}[v.Result]
		assert.Equal(t, want, r.Status, "resolution %s", r.ID)
		results[v.Result]++
	}
	assert.Positive(t, results[decision.ResultAdopted], "adopted")
	assert.Positive(t, results[decision.ResultRejected], "rejected")
	assert.Positive(t, vetoes, "vetoed")
}

func TestUNMembers(t *testing.T) {
	require.Len(t, synth.UNMembers, 193, "members")
	assert.True(t, slices.IsSorted(synth.UNMembers), "members not sorted by code")
	assert.Len(t, slices.Compact(slices.Clone(synth.UNMembers)), 193, "a code is listed twice")
	for _, code := range synth.UNMembers {
		c, err := diplo.ParseCountry(code)
		if assert.NoError(t, err, "%s: ParseCountry", code) {
			assert.Equal(t, code, string(c), "%s: ParseCountry", code)
		}
	}
}

// TestGolden compares a small graph with its golden file.
func TestGolden(t *testing.T) {
	got, err := json.MarshalIndent(synth.Graph(8), "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	golden := filepath.Join("testdata", "synth-8.golden.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "Graph(8) differs from %s; run go test -update if the change is meant", golden)
}

func TestLoad(t *testing.T) {
	g, data, err := synth.Load(filepath.Join("..", "..", synth.RussiaMaliFile))
	require.NoError(t, err)
	require.NoError(t, g.Validate(), "Validate")
	assert.Len(t, g.Events, 7, "events")
	assert.Len(t, g.Accords, 3, "accords")
	assert.Len(t, g.Persons, 4, "persons")
	assert.Len(t, g.States, 2, "states")
	assert.True(t, json.Valid(data), "Load returned bytes that are not JSON")

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"type": "Graph", "events": [{"kind": "sumit"}]}`), 0o644))
	tests := []struct {
		name, path string
		want       error
		msg        string
	}{
		{"missing file", filepath.Join(dir, "none.json"), os.ErrNotExist, ""},
		{"bad value", bad, diplo.ErrUnknown, "events[0].kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := synth.Load(tc.path)
			require.ErrorIs(t, err, tc.want, "Load")
			assert.Contains(t, err.Error(), tc.msg, "Load: the error names the place")
		})
	}
}

package graph_test

import (
	"bytes"
	"io"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/alloctest"
	"github.com/diplo-go/diplo/internal/scaling"
)

// IDs of the nodes withVote adds to the small graph.
const (
	idCouncil  = diplo.ID(base + "organizations/unsc")
	idAssembly = diplo.ID(base + "organizations/unga")
	idMeeting  = diplo.ID(base + "events/s-pv-8979")
	idDraft    = diplo.ID(base + "resolutions/s-2022-155")
	idVote     = diplo.ID(base + "votes/s-2022-155")
)

// withVote adds to g a Security Council meeting, a draft resolution put
// to it, and the vote on the draft, vetoed by Russia. (Mali was not a
// member of the Council then: the small graph has two states, and the
// rules under test do not ask who the members were.)
func withVote(g *graph.Graph) *graph.Graph {
	g.Organizations = append(g.Organizations,
		actor.Organization{ID: idCouncil, Kind: actor.Intergovernmental, Name: fr("Conseil de sécurité des Nations unies")},
		actor.Organization{ID: idAssembly, Kind: actor.Intergovernmental, Name: fr("Assemblée générale des Nations unies")},
	)
	g.Events = append(g.Events, event.Event{
		ID: idMeeting, Kind: event.MultilateralConference, Name: fr("8979e séance du Conseil de sécurité"), Start: date("2022-02-25"),
		Participants: []event.Participant{{Actor: idRU, Role: event.Participating}},
		Outcomes:     []diplo.ID{idDraft},
	})
	g.Resolutions = append(g.Resolutions, decision.Resolution{
		ID: idDraft, Kind: decision.ResolutionKind, Status: decision.Rejected, Symbol: "S/2022/155",
		Body: idCouncil, Date: date("2022-02-25"), Sponsors: []diplo.ID{idML}, Method: decision.ByVote, Sources: []diplo.ID{idSource},
	})
	g.Votes = append(g.Votes, decision.Vote{
		ID: idVote, Motion: idDraft, Body: idCouncil, Event: idMeeting, Date: date("2022-02-25"),
		Result: decision.ResultRejected, Majority: decision.ConcurringPermanent,
		Counts: []decision.Count{{Option: decision.Yes, Value: 1}, {Option: decision.No, Value: 1, Group: idCouncil}},
		Positions: []decision.Position{
			{Voter: idRU, Option: decision.Veto, Role: decision.PermanentMember},
			{Voter: idML, Option: decision.Yes, Role: decision.ElectedMember, Explanation: idStatement},
		},
		Sources: []diplo.ID{idSource},
	})
	return g
}

func init() {
	ruleCases = append(ruleCases, voteRuleCases...)
}

// voteRuleCases break the rules of votes and resolutions; TestRuleErrors
// runs them with the others, on the small graph with withVote's nodes.
var voteRuleCases = []ruleCase{
	{graph.RuleVoteWithinEvent, "vote after the meeting", func(g *graph.Graph) { withVote(g).Votes[0].Date = date("2022-02-27") },
		"votes[0].date", diplo.ErrInconsistent,
		`inconsistent: vote dated 2022-02-27 lies outside "8979e séance du Conseil de sécurité" (` + string(idMeeting) + `), 2022-02-25, where it was taken`},
	{graph.RuleVoteAgreesWithMotion, "vote by another body", func(g *graph.Graph) { withVote(g).Votes[0].Body = idAssembly },
		"votes[0].body", diplo.ErrInconsistent,
		`inconsistent: vote on "S/2022/155" (` + string(idDraft) + `) is taken by "Assemblée générale des Nations unies" (` + string(idAssembly) +
			`), not by the body of its motion, "Conseil de sécurité des Nations unies" (` + string(idCouncil) + `)`},
	{graph.RuleVoteAgreesWithMotion, "vote adopts a rejected draft", func(g *graph.Graph) {
		v := &withVote(g).Votes[0]
		v.Result, v.Positions[0].Option = decision.ResultAdopted, decision.Yes
		v.Counts[0].Value = 2
	}, "votes[0].result", diplo.ErrInconsistent,
		`inconsistent: vote adopted "S/2022/155" (` + string(idDraft) + `), whose status is rejected`},
	{graph.RuleVoteAgreesWithMotion, "vote rejects an adopted resolution", func(g *graph.Graph) {
		withVote(g).Resolutions[0].Status = decision.Adopted
	}, "votes[0].result", diplo.ErrInconsistent,
		`inconsistent: vote rejected "S/2022/155" (` + string(idDraft) + `), whose status is adopted`},
	{graph.RuleVoteAgreesWithMotion, "vote adopts a resolution adopted by consensus", func(g *graph.Graph) {
		withVote(g)
		g.Resolutions[0].Status, g.Resolutions[0].Method, g.Resolutions[0].Symbol = decision.Adopted, decision.ByConsensus, ""
		g.Resolutions[0].Title = fr("Projet de résolution")
		v := &g.Votes[0]
		v.Result, v.Positions[0].Option = decision.ResultAdopted, decision.Yes
		v.Counts[0].Value = 2
	}, "votes[0].result", diplo.ErrInconsistent,
		`inconsistent: vote adopted "Projet de résolution" (` + string(idDraft) + `), adopted by consensus rather than by a vote`},
	{graph.RuleReferenceType, "motion is an accord", func(g *graph.Graph) { withVote(g).Votes[0].Motion = idAccord },
		"votes[0].motion", diplo.ErrReference,
		`unresolved reference: motion "Accord portant création d'une Commission intergouvernementale R..." (` + string(idAccord) + `) is an Accord; a motion is a Resolution`},
	{graph.RuleReferenceType, "voter is an office", func(g *graph.Graph) { withVote(g).Votes[0].Positions[1].Voter = idPresML },
		"votes[0].positions[1].voter", diplo.ErrReference,
		`unresolved reference: voter "Président de la Transition du Mali" (` + string(idPresML) + `) is an Office; a voter is a Person, State or Organization`},
	{graph.RuleReferenceType, "explanation is an event", func(g *graph.Graph) { withVote(g).Votes[0].Positions[1].Explanation = idTalks },
		"votes[0].positions[1].explanation", diplo.ErrReference,
		`unresolved reference: explanation ` + string(idTalks) + ` is an Event; an explanation is a Statement`},
	{graph.RuleReferenceType, "count group is a state", func(g *graph.Graph) { withVote(g).Votes[0].Counts[1].Group = idML },
		"votes[0].counts[1].group", diplo.ErrReference,
		`unresolved reference: group "Mali" (` + string(idML) + `) is a State; a group is an Organization`},
	{graph.RuleReferenceType, "resolution body is a state", func(g *graph.Graph) { withVote(g).Resolutions[0].Body = idRU },
		"resolutions[0].body", diplo.ErrReference,
		`unresolved reference: body "Russie" (` + string(idRU) + `) is a State; a body is an Organization`},
	{graph.RuleReferenceType, "sponsor is a person", func(g *graph.Graph) { withVote(g).Resolutions[0].Sponsors[0] = idGoita },
		"resolutions[0].sponsors[0]", diplo.ErrReference,
		`unresolved reference: sponsor "Assimi Goïta" (` + string(idGoita) + `) is a Person; a sponsor is a State or Organization`},
	{graph.RuleReferenceType, "outcome is a vote", func(g *graph.Graph) { withVote(g).Events[3].Outcomes[0] = idVote },
		"events[3].outcomes[0]", diplo.ErrReference,
		`unresolved reference: outcome ` + string(idVote) + ` is a Vote; an outcome is an Accord or Resolution`},
	{graph.RuleReference, "vote event names nothing", func(g *graph.Graph) { withVote(g).Votes[0].Event = idMissing },
		"votes[0].event", diplo.ErrReference,
		"unresolved reference: event " + string(idMissing) + " names no node of the graph"},
}

// TestVoteGraphValid checks that the small graph with a vote is valid: a
// resolution is an outcome of an event, a veto is a voter's position, and
// the nodes are listed and indexed under their types.
func TestVoteGraphValid(t *testing.T) {
	g := withVote(smallGraph())
	require.NoError(t, g.Validate())
	ix := graph.NewIndex(g)
	r, ok := ix.Lookup(idDraft)
	require.True(t, ok)
	assert.Equal(t, graph.Ref{Type: graph.ResolutionNode, Index: 0}, r)
	assert.Equal(t, "resolutions[0]", r.Path())
	r, ok = ix.Lookup(idVote)
	require.True(t, ok)
	assert.Equal(t, "votes[0]", r.Path())
	n, ok := g.Node(r)
	require.True(t, ok)
	assert.Equal(t, idVote, n.(*decision.Vote).ID)
	assert.Equal(t, "votes", graph.VoteNode.List())
	assert.IsType(t, &decision.Resolution{}, graph.ResolutionNode.New())

	// A vote withdrawn says nothing of the motion's status.
	g.Votes[0].Result = decision.ResultWithdrawn
	g.Votes[0].Positions[0].Option = decision.No
	assert.NoError(t, g.Validate())
}

// TestVoteGraphJSON checks that resolutions and votes come back from the
// graph's JSON, strictly decoded.
func TestVoteGraphJSON(t *testing.T) {
	g := withVote(smallGraph())
	b, err := diplo.Marshal(g)
	require.NoError(t, err)
	back, err := graph.UnmarshalStrict(b)
	require.NoError(t, err)
	assert.Equal(t, g.Resolutions, back.Resolutions)
	assert.Equal(t, g.Votes, back.Votes)
}

// The paths of graph.Validate over votes: one vote of n members, and n
// votes on n resolutions, measured at n, 4n and 16n by
// BenchmarkValidateVotes and held to n log n by TestValidateVotesScale.
var voteScaleCases = []scaling.Case{
	{Name: "ValidateWideVote", N: 300, Setup: func(tb testing.TB, n int) func() {
		g := withVote(smallGraph())
		v := &g.Votes[0]
		v.Counts = []decision.Count{{Option: decision.Yes, Value: n + 1}}
		v.Positions = v.Positions[:1]
		for i := range n {
			g.Persons = append(g.Persons, actor.Person{ID: genID("voters", i), Name: fr("V" + strconv.Itoa(i))})
			v.Positions = append(v.Positions, decision.Position{Voter: genID("voters", i), Option: decision.Yes})
		}
		v.Positions[0].Option = decision.Yes
		v.Result, v.Majority = decision.ResultAdopted, decision.Simple
		g.Resolutions[0].Status = decision.Adopted
		return validates(tb, g)
	}},
	{Name: "ValidateManyVotes", N: 300, Setup: func(tb testing.TB, n int) func() {
		g := withVote(smallGraph())
		for i := range n {
			r := g.Resolutions[0]
			r.ID, r.Symbol = genID("resolutions", i), "S/2022/"+strconv.Itoa(1000+i)
			v := g.Votes[0]
			v.ID, v.Motion = genID("votes", i), r.ID
			g.Resolutions = append(g.Resolutions, r)
			g.Votes = append(g.Votes, v)
		}
		return validates(tb, g)
	}},
}

func TestValidateVotesScale(t *testing.T) {
	for _, c := range voteScaleCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkValidateVotes(b *testing.B) {
	for _, c := range voteScaleCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// TestValidateVoteAllocs checks that resolutions and votes keep the
// promise of Validate: a valid graph is validated without allocating.
func TestValidateVoteAllocs(t *testing.T) {
	if alloctest.Race {
		t.Skip("the race detector makes sync.Pool drop what is put in it")
	}
	g := withVote(smallGraph())
	require.NoError(t, g.Validate())
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = g.Validate() }))
}

// TestVoteNodeStream checks that resolutions and votes go through a node
// stream: written one per line with their type, read back as the Go
// types the type names, and added to a graph under their lists.
func TestVoteNodeStream(t *testing.T) {
	src := withVote(smallGraph())
	var buf bytes.Buffer
	w := graph.NewNodeWriter(&buf)
	require.NoError(t, w.Write(src.Resolutions[0]))
	require.NoError(t, w.Write(&src.Votes[0]))
	require.NoError(t, w.Flush())
	r := graph.NewNodeReader(&buf, diplo.DecodeOptions{})
	var g graph.Graph
	for {
		n, err := r.Read()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		assert.Contains(t, []graph.NodeType{graph.ResolutionNode, graph.VoteNode}, graph.TypeOf(n))
		require.NoError(t, g.Add(n))
	}
	assert.Equal(t, src.Resolutions, g.Resolutions)
	assert.Equal(t, src.Votes, g.Votes)
}

package dyad_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/graph"
)

const (
	voteBase   = "https://example.org/unsc-2022/"
	idUNSC     = diplo.ID(voteBase + "organizations/unsc")
	idMeeting  = diplo.ID(voteBase + "events/s-pv-8979")
	idDraft    = diplo.ID(voteBase + "resolutions/s-2022-155")
	idRes2623  = diplo.ID(voteBase + "resolutions/s-res-2623")
	idVeto     = diplo.ID(voteBase + "votes/s-2022-155")
	idVote2623 = diplo.ID(voteBase + "votes/s-res-2623")
)

// vetoGraph holds the Security Council's vote of 25 February 2022 on
// draft resolution S/2022/155, sponsored by the United States and
// Albania, which Russia vetoed, and its vote of 27 February on resolution
// 2623 (2022), where Russia's negative vote, on a procedural matter, was
// no veto. Only the sponsors, the voter who vetoed and the other
// permanent members are recorded.
func vetoGraph(t *testing.T) *graph.Graph {
	t.Helper()
	var states []actor.State
	for _, c := range []string{"US", "AL", "RU", "CN", "FR", "GB"} {
		s, err := actor.NewState(c, "en", c)
		require.NoError(t, err)
		states = append(states, s)
	}
	id := func(c string) diplo.ID { return actor.StateID(diplo.Country(c)) }
	positions := func(russia decision.Option) []decision.Position {
		return []decision.Position{
			{Voter: id("RU"), Option: russia, Role: decision.PermanentMember},
			{Voter: id("US"), Option: decision.Yes, Role: decision.PermanentMember},
			{Voter: id("CN"), Option: decision.Abstain, Role: decision.PermanentMember},
			{Voter: id("AL"), Option: decision.Yes, Role: decision.ElectedMember},
		}
	}
	g := &graph.Graph{
		States:        states,
		Organizations: []actor.Organization{{ID: idUNSC, Kind: actor.Intergovernmental, Name: diplo.MustNewText("en", "United Nations Security Council")}},
		Events: []event.Event{{ID: idMeeting, Kind: event.MultilateralConference, Start: diplo.MustParseDate("2022-02-25"),
			Place: diplo.Place{Name: diplo.MustNewText("en", "New York"), Country: "US"}}},
		Resolutions: []decision.Resolution{
			{ID: idDraft, Kind: decision.ResolutionKind, Status: decision.Rejected, Symbol: "S/2022/155", Body: idUNSC,
				Sponsors: []diplo.ID{id("US"), id("AL")}, Method: decision.ByVote},
			{ID: idRes2623, Kind: decision.ResolutionKind, Status: decision.Adopted, Symbol: "S/RES/2623 (2022)", Body: idUNSC},
		},
		Votes: []decision.Vote{
			{ID: idVeto, Motion: idDraft, Body: idUNSC, Event: idMeeting, Result: decision.ResultRejected,
				Majority: decision.ConcurringPermanent, Positions: positions(decision.Veto)},
			{ID: idVote2623, Motion: idRes2623, Body: idUNSC, Date: diplo.MustParseDate("2022-02-27"), Result: decision.ResultAdopted,
				Majority: decision.Qualified, Positions: positions(decision.No)},
		},
	}
	require.NoError(t, g.Validate())
	return g
}

// votesOf returns the records Project makes of the graph's votes.
func votesOf(recs []eventdata.Record) []eventdata.Record {
	var out []eventdata.Record
	for _, r := range recs {
		if r.ID == string(idVeto) || r.ID == string(idVote2623) {
			out = append(out, r)
		}
	}
	return out
}

// TestProjectVeto checks that a veto is 129 from the vetoing member to each
// sponsor of the draft, dated by the meeting when the vote has no date,
// and that a vote without a veto gives nothing: never a visit or a
// meeting.
func TestProjectVeto(t *testing.T) {
	recs, skipped := dyad.Project(vetoGraph(t))
	got := votesOf(recs)
	require.Len(t, got, 2, "one record per sponsor of the vetoed draft: %+v", got)
	for i, target := range []string{"USA", "ALB"} {
		r := got[i]
		assert.Equal(t, "129", r.CAMEO)
		assert.Equal(t, "12", r.RootCode)
		assert.Equal(t, 3, r.QuadClass, "verbal conflict")
		assert.Equal(t, "RUSGOV", r.Source.Code)
		assert.Equal(t, target+"GOV", r.Target.Code)
		assert.Equal(t, "REJECT", r.PLOVER.Event)
		assert.Equal(t, "yield", r.PLOVER.Mode)
		assert.Equal(t, []string{"diplomatic"}, r.PLOVER.Contexts)
		assert.Equal(t, "S/2022/155", r.Text)
		assert.Equal(t, "2022-02-25", r.Date.Format("2006-01-02"), "the meeting's date")
		assert.Equal(t, "US", r.Location.CountryCode)
	}
	for _, s := range skipped {
		assert.NotContains(t, s.Path, "votes", "a vote without a veto is not skipped: it has no code")
	}
	for _, r := range recs {
		assert.NotEqual(t, "04", r.RootCode, "no record of a vote or a meeting without participants is a consultation: %+v", r)
	}
}

// TestProjectVetoTargets checks the body as the target when the draft
// names no sponsor, and the skip of a veto with no date.
func TestProjectVetoTargets(t *testing.T) {
	g := vetoGraph(t)
	g.Resolutions[0].Sponsors = nil
	recs, _ := dyad.Project(g)
	got := votesOf(recs)
	require.Len(t, got, 1)
	assert.Equal(t, "IGO", got[0].Target.Code)
	assert.Equal(t, string(idUNSC), got[0].Target.ID)

	g = vetoGraph(t)
	g.Votes[0].Event = ""
	recs, skipped := dyad.Project(g)
	assert.Empty(t, votesOf(recs))
	assert.Contains(t, skipped, dyad.Skipped{Path: "votes[0]", Reason: "no date known to the day"})
}

// TestEveryOptionIsCoded checks that every vote option has an entry, that
// only a veto has a code, and that its code is in the CAMEO table and its
// PLOVER event the one the CAMEO→PLOVER mapping gives.
func TestEveryOptionIsCoded(t *testing.T) {
	codings := dyad.OptionCodings()
	require.Len(t, codings, len(decision.Options().Values()))
	for _, o := range decision.Options().Values() {
		c, ok := codings[o]
		require.True(t, ok, "option %s has no entry", o)
		assert.NotEmpty(t, c.Note, "option %s: the choice is documented", o)
		if o != decision.Veto {
			assert.Empty(t, c.CAMEO, "option %s has no CAMEO code", o)
			continue
		}
		ec, ok := cameo.LookupEvent(c.CAMEO)
		require.True(t, ok)
		assert.Equal(t, "Veto", ec.Description)
		pc, ok := plover.FromCAMEO(c.CAMEO)
		require.True(t, ok)
		assert.Equal(t, c.PLOVEREvent, string(pc.Event))
		assert.Equal(t, c.PLOVERMode, string(pc.Mode))
	}
	codings[decision.Yes] = dyad.Coding{CAMEO: "042"}
	assert.Empty(t, dyad.OptionCodings()[decision.Yes].CAMEO, "OptionCodings returns a copy")
}

package main

import (
	"flag"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/gaza-veto.golden.json"

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// voteOn returns the vote on the resolution of the symbol or title.
func voteOn(t *testing.T, g *graph.Graph, ix *graph.Index, label string) (decision.Vote, decision.Resolution) {
	t.Helper()
	for _, v := range g.Votes {
		r, ok := ix.Lookup(v.Motion)
		require.True(t, ok)
		require.Equal(t, graph.ResolutionNode, r.Type)
		if m := g.Resolutions[r.Index]; m.Label() == label {
			return v, m
		}
	}
	t.Fatalf("no vote on %s", label)
	return decision.Vote{}, decision.Resolution{}
}

// identifiers returns the identifiers as strings.
func identifiers(ids []diplo.Identifier) []string {
	var out []string
	for _, id := range ids {
		out = append(out, id.String())
	}
	return out
}

// counts returns a vote's counts as "option value".
func counts(v decision.Vote) []string {
	var out []string
	for _, c := range v.Counts {
		out = append(out, string(c.Option)+" "+strconv.Itoa(c.Value))
	}
	return out
}

// positions returns the positions of a vote by the voter's country code,
// as "option" or "option role".
func positions(t *testing.T, g *graph.Graph, ix *graph.Index, v decision.Vote) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range v.Positions {
		c := exampletest.Countries(g, ix, p.Voter)[0]
		require.NotEqual(t, "?", c, "voter %s is a state", p.Voter)
		s := string(p.Option)
		if p.Role != "" {
			s += " " + string(p.Role)
		}
		out[c] = s
	}
	return out
}

// TestFacts reads the decoded golden graph and checks the two votes on
// the war in Gaza: the draft of the Security Council that a veto
// defeated, each member's position, and the General Assembly's
// resolution with its counts and the positions the record gives.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)

	sc, draft := voteOn(t, g, ix, "S/2023/773")
	council, ok := ix.Lookup(sc.Body)
	require.True(t, ok)
	meeting, ok := ix.Event(sc.Event)
	require.True(t, ok)
	assert.Equal(t, "United Nations Security Council", g.Organizations[council.Index].Name[language.English])
	assert.Equal(t, "2023-10-18", sc.Date.String())
	assert.Equal(t, "2023-10-18", meeting.Start.String())
	assert.Equal(t, []string{"undoc:S/PV.9442"}, identifiers(meeting.Identifiers), "the meeting's verbatim record")
	assert.Equal(t, []string{"undoc:S/2023/773"}, identifiers(draft.Identifiers))
	assert.Equal(t, []string{"US", "US-NY", "New York"}, []string{string(meeting.Place.Country), string(meeting.Place.Admin1.Code), meeting.Place.Admin1.Name[language.English]})
	assert.Equal(t, decision.ResultRejected, sc.Result)
	assert.Equal(t, decision.Rejected, draft.Status)
	assert.Equal(t, decision.ConcurringPermanent, sc.Majority)
	assert.Equal(t, []string{"BR"}, exampletest.Countries(g, ix, draft.Sponsors...), "Brazil's draft")
	assert.Equal(t, []string{"yes 12", "no 1", "abstain 2"}, counts(sc))
	assert.True(t, sc.Vetoed())
	assert.Equal(t, map[decision.Option]int{decision.Yes: 12, decision.No: 1, decision.Abstain: 2}, sc.Tally(), "the positions agree with the counts")
	assert.Equal(t, map[string]string{
		"CN": "yes permanent-member", "FR": "yes permanent-member", "RU": "abstain permanent-member",
		"GB": "abstain permanent-member", "US": "veto permanent-member",
		"AL": "yes elected-member", "BR": "yes elected-member", "EC": "yes elected-member", "GA": "yes elected-member",
		"GH": "yes elected-member", "JP": "yes elected-member", "MT": "yes elected-member", "MZ": "yes elected-member",
		"CH": "yes elected-member", "AE": "yes elected-member",
	}, positions(t, g, ix, sc), "all fifteen members")
	require.Len(t, sc.Positions, 15)

	// Brazil chaired the meeting; the United States explained its veto.
	var chair []string
	for _, p := range meeting.Participants {
		if p.Role == event.Chair {
			chair = append(chair, exampletest.Countries(g, ix, p.Actor)...)
		}
	}
	assert.Equal(t, []string{"BR"}, chair)
	var veto decision.Position
	for _, p := range sc.Positions {
		if p.Option == decision.Veto {
			veto = p
		}
	}
	r, ok := ix.Lookup(veto.Explanation)
	require.True(t, ok)
	require.Equal(t, graph.StatementNode, r.Type)
	eov := g.Statements[r.Index]
	assert.Equal(t, sc.Event, eov.Occasion)
	require.Len(t, eov.Speakers, 1)
	speaker, ok := ix.Lookup(eov.Speakers[0])
	require.True(t, ok)
	assert.Equal(t, "Linda Thomas-Greenfield", g.Persons[speaker.Index].Name[language.English])
	var office actor.Office
	for _, tn := range g.Tenures {
		if tn.Person == eov.Speakers[0] {
			o, _ := ix.Lookup(tn.Office)
			office = g.Offices[o.Index]
		}
	}
	m, ok := ix.Lookup(office.Of)
	require.True(t, ok)
	require.Equal(t, graph.MissionNode, m.Type, "her office is a mission's")
	mission := g.Missions[m.Index]
	assert.Equal(t, actor.PermanentMission, mission.Kind)
	assert.Equal(t, []string{"US"}, exampletest.Countries(g, ix, mission.Sending))
	un, _ := ix.Lookup(mission.Receiving)
	assert.Equal(t, "United Nations", g.Organizations[un.Index].Name[language.English])

	// The General Assembly: the amendment rejected, then ES-10/21.
	amend, a := voteOn(t, g, ix, "Amendment proposed by Canada to draft resolution A/ES-10/L.25, condemning the attacks by Hamas of 7 October 2023 and the taking of hostages")
	assembly, _ := ix.Lookup(amend.Body)
	assert.Equal(t, "United Nations General Assembly", g.Organizations[assembly.Index].Name[language.English])
	assert.Equal(t, decision.Amendment, a.Kind)
	assert.Equal(t, []string{"CA", "US"}, exampletest.Countries(g, ix, a.Sponsors...))
	assert.Equal(t, []string{"yes 88", "no 55", "abstain 23"}, counts(amend))
	assert.Equal(t, []any{decision.ResultRejected, decision.TwoThirds, "2023-10-27"}, []any{amend.Result, amend.Majority, amend.Date.String()})
	assert.Less(t, 3*88, 2*(88+55), "88 of 143 is short of two thirds")

	ga, res := voteOn(t, g, ix, "A/RES/ES-10/21")
	assert.Equal(t, amend.Body, ga.Body)
	assert.Equal(t, []any{decision.ResultAdopted, decision.Adopted, decision.TwoThirds, "2023-10-27"}, []any{ga.Result, res.Status, ga.Majority, ga.Date.String()})
	assert.Equal(t, []string{"JO"}, exampletest.Countries(g, ix, res.Sponsors...))
	assert.Equal(t, []string{"undoc:A/RES/ES-10/21", "undoc:A/ES-10/L.25"}, identifiers(res.Identifiers), "the resolution and its draft")
	assert.Equal(t, []string{"yes 120", "no 14", "abstain 45"}, counts(ga))
	assert.False(t, ga.Vetoed())
	var against []string
	for c, p := range positions(t, g, ix, ga) {
		if p == "no" {
			against = append(against, c)
		}
	}
	assert.ElementsMatch(t, []string{"AT", "HR", "CZ", "FJ", "GT", "HU", "IL", "MH", "FM", "NR", "PG", "PY", "TO", "US"}, against)
	assert.Len(t, against, ga.Tally()[decision.No], "every vote against is named")
	ps := positions(t, g, ix, ga)
	assert.Equal(t, []string{"yes", "yes", "yes", "yes", "abstain", "abstain"}, []string{ps["JO"], ps["CN"], ps["FR"], ps["RU"], ps["GB"], ps["CA"]})
	// The later tally, 121–14–44, claims one vote in favour more and one
	// abstention less than the Assembly announced, each a typed count.
	var claimed []string
	for _, cl := range ga.Claims {
		assert.Equal(t, "counts", cl.Property)
		require.Equal(t, diplo.QuantitativeValue, cl.Quantity.Type)
		require.Len(t, cl.Sources, 1)
		src, ok := ix.Lookup(cl.Sources[0])
		require.True(t, ok)
		assert.Equal(t, "United Nations General Assembly Resolution ES-10/21", g.Sources[src.Index].Title[language.English])
		claimed = append(claimed, string(cl.Quantity.Amount)+" "+cl.Quantity.Unit[language.English])
	}
	assert.Equal(t, []string{"121 votes in favour", "44 abstentions"}, claimed)
	announced := map[decision.Option]int{}
	for _, c := range ga.Counts {
		announced[c.Option] = c.Value
	}
	assert.Equal(t, []string{
		strconv.Itoa(announced[decision.Yes]+1) + " votes in favour",
		strconv.Itoa(announced[decision.Abstain]-1) + " abstentions",
	}, claimed, "one abstention became a vote in favour")

	// The session follows the Council's meeting and has the resolution
	// as its outcome.
	session, ok := ix.Event(ga.Event)
	require.True(t, ok)
	assert.Equal(t, amend.Event, ga.Event)
	assert.Equal(t, "2023-10-26/2023-10-27", session.Span().String())
	assert.Equal(t, []event.Relation{{Kind: event.Follows, Event: sc.Event}}, session.Relations)
	assert.Equal(t, []diplo.ID{res.ID}, session.Outcomes)
}

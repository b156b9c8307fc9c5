package query_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

var day = diplo.MustParseDate

// treaty builds a record of one accord with the given parties and
// actions, validated, and returns its index and the IDs of the accord and
// of the states (by ISO code).
func treaty(t *testing.T, kind accord.Kind, parties []string, actions func(ids map[string]diplo.ID) []accord.Action) (*query.Index, diplo.ID, map[string]diplo.ID) {
	t.Helper()
	b := graph.NewBuilder("https://example.org/records/query-test")
	ids := map[string]diplo.ID{}
	var ps []diplo.ID
	for _, c := range parties {
		ids[c] = b.Add(c, actor.State{Name: b.Text("en", "State "+c), Country: diplo.Country(c)})
		ps = append(ps, ids[c])
	}
	ids["XX"] = b.Add("XX", actor.State{Name: b.Text("en", "Bystander"), Country: "DE"})
	acc := b.Add("accord", accord.Accord{Kind: kind, Title: b.Text("en", "The accord"), Parties: ps, Actions: actions(ids)})
	g, err := b.Graph()
	require.NoError(t, err)
	return query.New(g), acc, ids
}

// parisActions is the lifecycle of the Paris Agreement for the United
// States: signed on 22 April 2016, acceptance deposited on 3 September
// 2016, in force on 4 November 2016, withdrawal notified on 4 November
// 2019 with effect from 4 November 2020, acceptance deposited on 20
// January 2021 with effect from 19 February 2021 (Paris Agreement arts.
// 21, 28). edit changes it before the record is built.
func parisActions(edit func([]accord.Action)) func(map[string]diplo.ID) []accord.Action {
	return func(ids map[string]diplo.ID) []accord.Action {
		us := ids["US"]
		acts := []accord.Action{
			{Kind: accord.Adoption, Date: day("2015-12-12")},
			{Kind: accord.OpeningForSignature, Date: day("2016-04-22")},
			{Kind: accord.Signature, Date: day("2016-04-22"), Party: us},
			{Kind: accord.Acceptance, Date: day("2016-09-03"), Party: us},
			{Kind: accord.EntryIntoForce, Date: day("2016-11-04")},
			{Kind: accord.Withdrawal, Date: day("2019-11-04"), Effective: day("2020-11-04"), Party: us},
			{Kind: accord.Acceptance, Date: day("2021-01-20"), Effective: day("2021-02-19"), Party: us},
		}
		if edit != nil {
			edit(acts)
		}
		return acts
	}
}

type partyCase struct {
	name     string
	on       string
	want     query.PartyStatus
	truth    query.Truth
	possible []query.PartyStatus // when Maybe
}

func checkParty(t *testing.T, ix *query.Index, acc, party diplo.ID, tests []partyCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ans, ok := ix.StatusOfParty(acc, party, day(tc.on))
			require.True(t, ok)
			assert.Equal(t, tc.want, ans.Status, "status")
			assert.Equal(t, tc.truth, ans.Truth, "truth")
			assert.Equal(t, tc.want, ans.Possible[0], "first possible")
			if tc.truth == query.Maybe {
				assert.Equal(t, tc.possible, ans.Possible, "possible")
				for _, s := range tc.possible {
					assert.Equal(t, query.Maybe, ans.Is(s), "Is(%s)", s)
				}
			} else {
				assert.Equal(t, []query.PartyStatus{tc.want}, ans.Possible, "possible")
				assert.Equal(t, query.Yes, ans.Is(tc.want))
			}
			if tc.want != query.PartyTerminated {
				assert.Equal(t, query.No, ans.Is(query.PartyTerminated), "a status the record does not admit")
			}
		})
	}
}

// TestParisUnitedStates follows the United States through the lifecycle
// of the Paris Agreement, one case per rule and per date that changes the
// answer.
func TestParisUnitedStates(t *testing.T) {
	ix, acc, ids := treaty(t, accord.Treaty, []string{"US", "FR"}, parisActions(nil))
	m := query.Maybe
	checkParty(t, ix, acc, ids["US"], []partyCase{
		{"before signature", "2016-04-21", query.NotParty, query.Yes, nil},
		{"signed (art. 18)", "2016-04-22", query.PartySigned, query.Yes, nil},
		{"acceptance deposited (art. 14)", "2016-09-03", query.PartyConsented, query.Yes, nil},
		{"day before entry into force", "2016-11-03", query.PartyConsented, query.Yes, nil},
		{"entry into force binds it (art. 24(2))", "2016-11-04", query.PartyBound, query.Yes, nil},
		{"withdrawal notified: still bound (art. 70)", "2019-11-04", query.PartyBound, query.Yes, nil},
		{"day before withdrawal takes effect", "2020-11-03", query.PartyBound, query.Yes, nil},
		{"withdrawal takes effect (art. 56)", "2020-11-04", query.PartyWithdrawn, query.Yes, nil},
		{"acceptance deposited again", "2021-01-20", query.PartyConsented, query.Yes, nil},
		{"day before it takes effect", "2021-02-18", query.PartyConsented, query.Yes, nil},
		{"bound again (art. 24(3), Paris art. 21(3))", "2021-02-19", query.PartyBound, query.Yes, nil},
		{"asked about a year", "2016", query.NotParty, m, []query.PartyStatus{query.NotParty, query.PartySigned, query.PartyConsented, query.PartyBound}},
		{"asked about the month of the withdrawal", "2020-11", query.PartyBound, m, []query.PartyStatus{query.PartyBound, query.PartyWithdrawn}},
		{"asked about the month after", "2020-12", query.PartyWithdrawn, query.Yes, nil},
	})
	// France took no action of its own: the accord-wide actions give it
	// none, and it is a listed party, so it is not a party.
	checkParty(t, ix, acc, ids["FR"], []partyCase{{"listed party without actions", "2020-01-01", query.NotParty, query.Yes, nil}})
	checkParty(t, ix, acc, ids["XX"], []partyCase{{"not listed, no actions", "2020-01-01", query.NotParty, query.Yes, nil}})

	ans, _ := ix.StatusOfParty(acc, ids["US"], day("2020-11-04"))
	var kinds []accord.ActionKind
	for _, a := range ans.Actions {
		kinds = append(kinds, a.Kind)
	}
	assert.Equal(t, []accord.ActionKind{accord.Adoption, accord.OpeningForSignature, accord.Signature, accord.Acceptance, accord.EntryIntoForce, accord.Withdrawal}, kinds, "the actions the answer rests on")
	_, ok := ix.StatusOfParty("https://example.org/none", ids["US"], day("2020-11-04"))
	assert.False(t, ok, "no such accord")
}

// TestPartyUncertainty checks each kind of partial or uncertain date of
// an action: the answer is Maybe exactly where the date leaves it open.
func TestPartyUncertainty(t *testing.T) {
	m := query.Maybe
	tests := []struct {
		name  string
		edit  func([]accord.Action)
		cases []partyCase
	}{
		{"year-only withdrawal", func(a []accord.Action) { a[5].Date, a[5].Effective = day("2019"), day("2020") }, []partyCase{
			{"in the year of effect", "2020-06-01", query.PartyBound, m, []query.PartyStatus{query.PartyBound, query.PartyWithdrawn}},
			{"the year before", "2019-12-31", query.PartyBound, query.Yes, nil},
			{"after the year", "2021-01-01", query.PartyWithdrawn, query.Yes, nil},
		}},
		{"month-only acceptance", func(a []accord.Action) { a[3].Date = day("2016-09") }, []partyCase{
			{"within the month", "2016-09-15", query.PartySigned, m, []query.PartyStatus{query.PartySigned, query.PartyConsented}},
			{"after the month", "2016-10-01", query.PartyConsented, query.Yes, nil},
			{"before the month", "2016-08-31", query.PartySigned, query.Yes, nil},
		}},
		{"uncertain signature: a day either side", func(a []accord.Action) { a[2].Date = day("2016-04-22?") }, []partyCase{
			{"its day", "2016-04-22", query.NotParty, m, []query.PartyStatus{query.NotParty, query.PartySigned}},
			{"the day before", "2016-04-21", query.NotParty, m, []query.PartyStatus{query.NotParty, query.PartySigned}},
			{"the day after: signed whichever day it was", "2016-04-23", query.PartySigned, query.Yes, nil},
			{"two days before", "2016-04-20", query.NotParty, query.Yes, nil},
		}},
		{"approximate entry into force: a month either side", func(a []accord.Action) { a[4].Date = day("2016-11~") }, []partyCase{
			{"in the month before", "2016-10-15", query.PartyConsented, m, []query.PartyStatus{query.PartyConsented, query.PartyBound}},
			{"in the month after", "2016-12-15", query.PartyConsented, m, []query.PartyStatus{query.PartyConsented, query.PartyBound}},
			{"its last day", "2016-12-31", query.PartyBound, query.Yes, nil},
		}},
		{"uncertain and approximate entry into force: two months either side", func(a []accord.Action) { a[4].Date = day("2016-11%") }, []partyCase{
			{"two months after", "2017-01-15", query.PartyConsented, m, []query.PartyStatus{query.PartyConsented, query.PartyBound}},
			{"its last day", "2017-01-31", query.PartyBound, query.Yes, nil},
		}},
		{"withdrawal with no date", func(a []accord.Action) { a[5].Date, a[5].Effective = diplo.Date{}, diplo.Date{} }, []partyCase{
			{"any date after entry into force", "2018-01-01", query.PartyBound, m, []query.PartyStatus{query.PartyBound, query.PartyWithdrawn}},
		}},
		{"withdrawal without an effective date", func(a []accord.Action) { a[5].Effective = diplo.Date{} }, []partyCase{
			{"takes effect on notice", "2019-11-04", query.PartyWithdrawn, query.Yes, nil},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, acc, ids := treaty(t, accord.Treaty, []string{"US", "FR"}, parisActions(tc.edit))
			checkParty(t, ix, acc, ids["US"], tc.cases)
		})
	}
}

// TestPartyRules checks the rules that the Paris lifecycle does not reach:
// provisional application, signature as consent, a party's own entry into
// force, suspension and termination.
func TestPartyRules(t *testing.T) {
	// A bilateral agreement applied provisionally from signature (art.
	// 25), ratified by each party, in force later.
	provisional := func(ids map[string]diplo.ID) []accord.Action {
		ru, ml := ids["RU"], ids["ML"]
		return []accord.Action{
			{Kind: accord.Signature, Date: day("2020-03-01"), Party: ru},
			{Kind: accord.Signature, Date: day("2020-03-01"), Party: ml},
			{Kind: accord.ProvisionalApplication, Date: day("2020-03-01")},
			{Kind: accord.Ratification, Date: day("2020-06-01"), Party: ru},
			{Kind: accord.Ratification, Date: day("2020-09-01"), Party: ml},
			{Kind: accord.EntryIntoForce, Date: day("2020-10-01")},
			{Kind: accord.Suspension, Date: day("2022-01-01"), Party: ml},
			{Kind: accord.Termination, Date: day("2024-01-01")},
		}
	}
	ix, acc, ids := treaty(t, accord.Agreement, []string{"RU", "ML"}, provisional)
	checkParty(t, ix, acc, ids["ML"], []partyCase{
		{"before signature", "2020-02-29", query.NotParty, query.Yes, nil},
		{"applied provisionally (art. 25)", "2020-03-01", query.PartyProvisional, query.Yes, nil},
		{"ratified, still provisional", "2020-09-01", query.PartyProvisional, query.Yes, nil},
		{"in force (art. 24)", "2020-10-01", query.PartyBound, query.Yes, nil},
		{"suspended (art. 57)", "2022-01-01", query.PartySuspended, query.Yes, nil},
		{"terminated (art. 70)", "2024-01-01", query.PartyTerminated, query.Yes, nil},
	})
	checkParty(t, ix, acc, ids["RU"], []partyCase{
		{"the other party's suspension", "2022-06-01", query.PartyBound, query.Yes, nil},
	})

	// Entry into force on signature: no consent but the signatures (art.
	// 12(1)).
	onSignature := func(ids map[string]diplo.ID) []accord.Action {
		return []accord.Action{
			{Kind: accord.Signature, Date: day("2025-06-23"), Party: ids["RU"]},
			{Kind: accord.Signature, Date: day("2025-06-23"), Party: ids["ML"]},
			{Kind: accord.EntryIntoForce, Date: day("2025-06-23")},
		}
	}
	ix, acc, ids = treaty(t, accord.Agreement, []string{"RU", "ML"}, onSignature)
	checkParty(t, ix, acc, ids["ML"], []partyCase{
		{"signature as consent (art. 12)", "2025-06-23", query.PartyBound, query.Yes, nil},
		{"before", "2025-06-22", query.NotParty, query.Yes, nil},
	})

	// Signed only: signatures without a recorded entry into force are not
	// a consent.
	signedOnly := func(ids map[string]diplo.ID) []accord.Action {
		return []accord.Action{{Kind: accord.Signature, Date: day("2025-06-23"), Party: ids["ML"]}}
	}
	ix, acc, ids = treaty(t, accord.Agreement, []string{"RU", "ML"}, signedOnly)
	checkParty(t, ix, acc, ids["ML"], []partyCase{{"signature only (art. 18)", "2026-01-01", query.PartySigned, query.Yes, nil}})

	// A consent after the general entry into force that takes effect at
	// the party's own entry into force, given as an action (as the record
	// of examples/paris-agreement does).
	late := func(ids map[string]diplo.ID) []accord.Action {
		return []accord.Action{
			{Kind: accord.Signature, Date: day("2016-04-22"), Party: ids["RU"]},
			{Kind: accord.EntryIntoForce, Date: day("2016-11-04")},
			{Kind: accord.Accession, Date: day("2019-09-23"), Party: ids["RU"]},
			{Kind: accord.EntryIntoForce, Date: day("2019-11-06"), Party: ids["RU"]},
		}
	}
	ix, acc, ids = treaty(t, accord.Treaty, []string{"RU", "ML"}, late)
	checkParty(t, ix, acc, ids["RU"], []partyCase{
		{"consent awaits its own entry into force", "2019-10-01", query.PartyConsented, query.Yes, nil},
		{"own entry into force (art. 24(3))", "2019-11-06", query.PartyBound, query.Yes, nil},
	})
}

// TestAccordStatus follows the accord as a whole.
func TestAccordStatus(t *testing.T) {
	ix, acc, _ := treaty(t, accord.Treaty, []string{"US", "FR"}, parisActions(nil))
	m := query.Maybe
	tests := []struct {
		on       string
		want     query.AccordStatus
		truth    query.Truth
		possible []query.AccordStatus
	}{
		{"2015-12-11", query.AccordNone, query.Yes, nil},
		{"2015-12-12", query.AccordAdopted, query.Yes, nil},
		{"2016-04-22", query.AccordSigned, query.Yes, nil},
		{"2016-11-04", query.AccordInForce, query.Yes, nil},
		{"2021-01-01", query.AccordInForce, query.Yes, nil},
		{"2016", query.AccordAdopted, m, []query.AccordStatus{query.AccordAdopted, query.AccordOpen, query.AccordSigned, query.AccordInForce}},
	}
	for _, tc := range tests {
		t.Run(tc.on, func(t *testing.T) {
			ans, ok := ix.StatusOfAccord(acc, day(tc.on))
			require.True(t, ok)
			assert.Equal(t, tc.want, ans.Status)
			assert.Equal(t, tc.truth, ans.Truth)
			if tc.possible == nil {
				tc.possible = []query.AccordStatus{tc.want}
			}
			assert.Equal(t, tc.possible, ans.Possible)
			assert.Equal(t, tc.truth, ans.Is(tc.want))
		})
	}
	provisional := func(ids map[string]diplo.ID) []accord.Action {
		return []accord.Action{
			{Kind: accord.Signature, Date: day("2020-03-01"), Party: ids["RU"]},
			{Kind: accord.ProvisionalApplication, Date: day("2020-03-01")},
			{Kind: accord.EntryIntoForce, Date: day("2020-10-01")},
			{Kind: accord.Suspension, Date: day("2022-01-01")},
			{Kind: accord.Termination, Date: day("2024-01-01")},
		}
	}
	ix, acc, _ = treaty(t, accord.Agreement, []string{"RU", "ML"}, provisional)
	for on, want := range map[string]query.AccordStatus{
		"2020-03-01": query.AccordProvisional,
		"2020-10-01": query.AccordInForce,
		"2022-01-01": query.AccordSuspended,
		"2024-01-01": query.AccordTerminated,
	} {
		ans, _ := ix.StatusOfAccord(acc, day(on))
		assert.Equal(t, want, ans.Status, on)
		assert.Equal(t, query.Yes, ans.Truth, on)
	}
	_, ok := ix.StatusOfAccord("https://example.org/none", day("2020-01-01"))
	assert.False(t, ok)
}

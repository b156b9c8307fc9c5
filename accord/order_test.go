package accord_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// Two parties for the lifecycle tests.
const (
	partyA diplo.ID = "https://example.org/state/a"
	partyB diplo.ID = "https://example.org/state/b"
)

// act returns an action of kind k dated d ("" for no date) taken by party
// (accord-wide when party is empty).
func act(t *testing.T, k accord.ActionKind, d string, party diplo.ID) accord.Action {
	t.Helper()
	a := accord.Action{Kind: k, Party: party}
	if d != "" {
		date, err := diplo.ParseDate(d)
		require.NoError(t, err)
		a.Date = date
	}
	return a
}

func lifecycle(actions ...accord.Action) accord.Accord {
	return accord.Accord{
		ID:      "https://example.org/accord/lifecycle",
		Kind:    accord.Treaty,
		Title:   diplo.MustNewText("en", "Treaty"),
		Parties: []diplo.ID{partyA, partyB},
		Actions: actions,
	}
}

// TestLifecycleOrder checks the order rules on lifecycles of one or two
// parties.
func TestLifecycleOrder(t *testing.T) {
	const none diplo.ID = ""
	type step struct {
		kind  accord.ActionKind
		date  string
		party diplo.ID
	}
	tests := []struct {
		name  string
		steps []step
		// path of the one error expected, "" for none; earlier is the
		// index of the action it comes before, and before its kind.
		path    string
		earlier int
		before  accord.ActionKind
	}{
		{name: "ratification dated before signature",
			steps: []step{{accord.Signature, "2020-06-01", partyA}, {accord.Ratification, "2020-01-01", partyA}},
			path:  "actions[1].date", earlier: 0, before: accord.Signature},
		{name: "entry into force before adoption",
			steps: []step{{accord.Adoption, "2020-05-01", none}, {accord.EntryIntoForce, "2020-01-01", none}},
			path:  "actions[1].date", earlier: 0, before: accord.Adoption},
		{name: "withdrawal before entry into force",
			steps: []step{{accord.EntryIntoForce, "2020-01-01", none}, {accord.Withdrawal, "2019-06-01", partyA}},
			path:  "actions[1].date", earlier: 0, before: accord.EntryIntoForce},
		{name: "withdrawal before the party's own entry into force",
			steps: []step{{accord.EntryIntoForce, "2020-01-01", partyB}, {accord.Withdrawal, "2019-06-01", partyB}},
			path:  "actions[1].date", earlier: 0, before: accord.EntryIntoForce},
		{name: "termination before suspension is allowed",
			steps: []step{{accord.Suspension, "2021-01-01", none}, {accord.Termination, "2020-01-01", none}}},
		{name: "actions of different parties do not constrain each other",
			steps: []step{{accord.Signature, "2020-06-01", partyA}, {accord.Ratification, "2020-01-01", partyB}}},
		{name: "withdrawal of one party before another's entry into force",
			steps: []step{{accord.EntryIntoForce, "2021-01-01", partyA}, {accord.Withdrawal, "2020-01-01", partyB}}},
		{name: "accord-wide adoption constrains every party",
			steps: []step{{accord.Adoption, "2020-05-01", none}, {accord.Signature, "2020-06-01", partyA}, {accord.Signature, "2020-04-01", partyB}},
			path:  "actions[2].date", earlier: 0, before: accord.Adoption},
		{name: "accord-wide signature constrains every party",
			steps: []step{{accord.Signature, "2020-06-01", none}, {accord.Ratification, "2020-09-01", partyA}, {accord.Ratification, "2020-03-01", partyB}},
			path:  "actions[2].date", earlier: 0, before: accord.Signature},
		{name: "accord-wide termination comes after every party's consent",
			steps: []step{{accord.Ratification, "2020-06-01", partyA}, {accord.Termination, "2020-01-01", none}},
			path:  "actions[1].date", earlier: 0, before: accord.Ratification},
		{name: "general entry into force before a late party joins",
			steps: []step{
				{accord.Adoption, "1989-11-20", none},
				{accord.Signature, "1990-01-26", partyA},
				{accord.Ratification, "1990-07-01", partyA},
				{accord.EntryIntoForce, "1990-09-02", none},
				{accord.Signature, "2002-05-09", partyB},
				{accord.Ratification, "2015-10-01", partyB},
				{accord.EntryIntoForce, "2015-10-31", partyB},
			}},
		{name: "a late party's entry into force still follows its ratification",
			steps: []step{
				{accord.EntryIntoForce, "1990-09-02", none},
				{accord.Ratification, "2015-10-01", partyB},
				{accord.EntryIntoForce, "2015-09-01", partyB},
			},
			path: "actions[2].date", earlier: 1, before: accord.Ratification},
		{name: "initialling may precede adoption",
			steps: []step{{accord.Adoption, "2020-05-01", none}, {accord.Initialling, "2020-04-01", none}}},
		{name: "same day",
			steps: []step{{accord.Signature, "2020-06-01", partyA}, {accord.Ratification, "2020-06-01", partyA}}},
		{name: "times on the same day",
			steps: []step{{accord.Signature, "2020-06-01T12:00Z", partyA}, {accord.Ratification, "2020-06-01T10:00Z", partyA}},
			path:  "actions[1].date", earlier: 0, before: accord.Signature},
		{name: "uncertain date not judged",
			steps: []step{{accord.Signature, "2020-06-01?", partyA}, {accord.Ratification, "2020-01-01", partyA}}},
		{name: "uncertain later date not judged",
			steps: []step{{accord.Signature, "2020-06-01", partyA}, {accord.Ratification, "2020-01-01?", partyA}}},
		{name: "approximate date not judged",
			steps: []step{{accord.Signature, "2020-06~", partyA}, {accord.Ratification, "2020-01-01", partyA}}},
		{name: "uncertain and approximate date not judged",
			steps: []step{{accord.Signature, "2020-06-01", partyA}, {accord.Ratification, "2020-01%", partyA}}},
		{name: "unknown date not judged",
			steps: []step{{accord.Signature, "", partyA}, {accord.Ratification, "2020-01-01", partyA}}},
		{name: "year containing the other date not judged",
			steps: []step{{accord.Signature, "2020", partyA}, {accord.Ratification, "2020-03-01", partyA}}},
		{name: "year certainly after",
			steps: []step{{accord.Signature, "2021", partyA}, {accord.Ratification, "2020-03-01", partyA}},
			path:  "actions[1].date", earlier: 0, before: accord.Signature},
		{name: "one error per action",
			steps: []step{{accord.Adoption, "2020-05-01", none}, {accord.Signature, "2020-06-01", partyA}, {accord.Ratification, "2020-01-01", partyA}},
			path:  "actions[2].date", earlier: 0, before: accord.Adoption},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var actions []accord.Action
			for _, s := range tc.steps {
				actions = append(actions, act(t, s.kind, s.date, s.party))
			}
			a := lifecycle(actions...)
			err := a.Validate()
			if tc.path == "" {
				require.NoError(t, err)
				return
			}
			fe := modeltest.CheckRule(t, err, tc.path, diplo.ErrOrder, 1)
			var oe *accord.OrderError
			require.ErrorAs(t, fe, &oe)
			later := actions[pathIndex(t, tc.path)]
			assert.Equal(t, later.Kind, oe.Action, "OrderError action")
			assert.Equal(t, later.Date, oe.Date, "OrderError date")
			assert.Equal(t, tc.earlier, oe.Index, "OrderError earlier index")
			assert.Equal(t, tc.before, oe.Before, "OrderError earlier kind")
			assert.Equal(t, actions[tc.earlier].Date, oe.BeforeDate, "OrderError earlier date")
		})
	}
}

// pathIndex reads i from "actions[i].date".
func pathIndex(t *testing.T, path string) int {
	t.Helper()
	var i int
	for _, c := range path[len("actions["):] {
		if c == ']' {
			return i
		}
		i = i*10 + int(c-'0')
	}
	require.Failf(t, "bad path", "bad path %q", path)
	return 0
}

func TestOrderError(t *testing.T) {
	a := lifecycle(
		act(t, accord.Signature, "2025-06-23", partyA),
		act(t, accord.Ratification, "2025-06-01", partyA),
	)
	err := a.Validate()
	var fe *diplo.FieldError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "actions[1].date", fe.Path, "Validate() = %v", err)
	var oe *accord.OrderError
	require.ErrorAs(t, err, &oe)
	want := accord.OrderError{
		Action: accord.Ratification, Date: diplo.MustParseDate("2025-06-01"),
		Before: accord.Signature, BeforeDate: diplo.MustParseDate("2025-06-23"), Index: 0,
	}
	assert.Equal(t, want, *oe)
	assert.ErrorIs(t, oe, diplo.ErrOrder)
	assert.EqualError(t, err, "actions[1].date: dates out of order: ratification on 2025-06-01 comes before signature on 2025-06-23")
}

// requiredBefore lists, for each action kind, the kinds that may not come
// after it: the order the package documentation states.
var requiredBefore = map[accord.ActionKind][]accord.ActionKind{
	accord.Adoption:               nil,
	accord.Initialling:            nil,
	accord.OpeningForSignature:    {accord.Adoption},
	accord.Signature:              {accord.Adoption},
	accord.Ratification:           {accord.Adoption, accord.Signature},
	accord.Acceptance:             {accord.Adoption, accord.Signature},
	accord.Approval:               {accord.Adoption, accord.Signature},
	accord.Accession:              {accord.Adoption},
	accord.Succession:             {accord.Adoption},
	accord.ProvisionalApplication: {accord.Adoption},
	accord.EntryIntoForce:         consentAnd(accord.Adoption, accord.Signature),
	accord.Suspension:             consentAnd(accord.Adoption, accord.Signature, accord.EntryIntoForce),
	accord.Withdrawal:             consentAnd(accord.Adoption, accord.Signature, accord.EntryIntoForce),
	accord.Termination:            consentAnd(accord.Adoption, accord.Signature, accord.EntryIntoForce),
}

func consentAnd(kinds ...accord.ActionKind) []accord.ActionKind {
	return append(kinds, accord.Ratification, accord.Acceptance, accord.Approval, accord.Accession, accord.Succession)
}

func requires(later, earlier accord.ActionKind) bool {
	for _, k := range requiredBefore[later] {
		if k == earlier {
			return true
		}
	}
	return false
}

// TestOrderMatrix tries every pair of action kinds, the later-required one
// dated after the other, for each arrangement of parties.
func TestOrderMatrix(t *testing.T) {
	kinds := accord.ActionKinds().Values()
	require.Len(t, requiredBefore, len(kinds), "the test lists every kind of the vocabulary")
	arrangements := []struct {
		name           string
		earlier, later diplo.ID
		judged         func(later accord.ActionKind) bool
	}{
		{"same party", partyA, partyA, func(accord.ActionKind) bool { return true }},
		{"accord-wide", "", "", func(accord.ActionKind) bool { return true }},
		{"accord-wide then a party", "", partyA, func(accord.ActionKind) bool { return true }},
		// An accord-wide entry into force may precede one party's
		// signature and consent (Vienna Convention, art. 24(3)).
		{"a party then accord-wide", partyA, "", func(k accord.ActionKind) bool { return k != accord.EntryIntoForce }},
		{"different parties", partyA, partyB, func(accord.ActionKind) bool { return false }},
	}
	errs := 0
	for _, arr := range arrangements {
		for _, later := range kinds {
			for _, earlier := range kinds {
				a := lifecycle(
					act(t, earlier, "2020-02-01", arr.earlier),
					act(t, later, "2020-01-01", arr.later),
				)
				err := a.Validate()
				// A party's own entry into force cannot come before the
				// accord-wide one (Vienna Convention, art. 24(3)).
				partyEntry := later == accord.EntryIntoForce && earlier == accord.EntryIntoForce &&
					arr.earlier.IsZero() && !arr.later.IsZero()
				want := requires(later, earlier) && arr.judged(later) || partyEntry
				switch {
				case want && err == nil:
					t.Errorf("%s: %s dated before %s: Validate() = nil, want ErrOrder", arr.name, later, earlier)
				case want:
					modeltest.CheckRule(t, err, "actions[1].date", diplo.ErrOrder, 1)
					errs++
				case err != nil:
					t.Errorf("%s: %s dated before %s: Validate() = %v, want nil", arr.name, later, earlier, err)
				}
				// Dated the other way round, the pair is valid, unless the
				// first kind must itself follow the second.
				if requires(earlier, later) {
					continue
				}
				a = lifecycle(
					act(t, earlier, "2020-01-01", arr.earlier),
					act(t, later, "2020-02-01", arr.later),
				)
				if later == accord.EntryIntoForce && earlier == accord.EntryIntoForce && !arr.earlier.IsZero() && arr.later.IsZero() {
					modeltest.CheckRule(t, a.Validate(), "actions[0].date", diplo.ErrOrder, 1)
					continue
				}
				if err := a.Validate(); err != nil {
					t.Errorf("%s: %s dated after %s: Validate() = %v", arr.name, later, earlier, err)
				}
			}
		}
	}
	// 42 pairs are ordered in each of four arrangements, less the seven
	// that an accord-wide entry into force is not held to, and one more:
	// a party's entry into force after the accord-wide one.
	if want := 42*4 - 7 + 1; errs != want {
		t.Errorf("%d pairs out of order, want %d", errs, want)
	}
}

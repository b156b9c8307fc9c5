package accord

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// TestCheckOrderIndexedMatchesPairwise checks that the two ways of checking
// the lifecycle order report the same errors as checkOrderReference, on
// random lists of actions of every kind and of a kind not in the
// vocabulary, with accord-wide and per-party actions and exact, coarse,
// uncertain and missing dates.
func TestCheckOrderIndexedMatchesPairwise(t *testing.T) {
	var dates []diplo.Date
	for _, s := range []string{"", "2020", "2020-05", "2020-05-01", "2020-05-02", "2020-06-30", "2021", "2021-01-01?", "2019~", "2019-12-31", "2022-02-02", "2020-05-01T10:00:00Z", "2020-05-01T12:00:00+05:00"} {
		if s == "" {
			dates = append(dates, diplo.Date{})
			continue
		}
		d, err := diplo.ParseDate(s)
		require.NoError(t, err, s)
		dates = append(dates, d)
	}
	parties := []diplo.ID{"", "", "https://example.org/a", "https://example.org/b", "https://example.org/c"}
	kinds := append(actionKinds.Values(), "not-a-kind")
	rng := rand.New(rand.NewPCG(1, 2))
	withErrors := 0
	for round := range 3000 {
		n := 1 + rng.IntN(48)
		a := Accord{Actions: make([]Action, n)}
		for i := range a.Actions {
			a.Actions[i] = Action{
				Kind:  kinds[rng.IntN(len(kinds))],
				Date:  dates[rng.IntN(len(dates))],
				Party: parties[rng.IntN(len(parties))],
			}
		}
		var pairwise, indexed, reference check.Collector
		a.checkOrderPairwise(&pairwise)
		a.checkOrderIndexed(&indexed)
		a.checkOrderReference(&reference)
		if !assert.Equal(t, reference.Err(), pairwise.Err(), "round %d: %+v", round, a.Actions) ||
			!assert.Equal(t, pairwise.Err(), indexed.Err(), "round %d: %+v", round, a.Actions) {
			return
		}
		if pairwise.Len() > 0 {
			withErrors++
		}
	}
	// The lists are random enough to break the order often, and not always.
	assert.Greater(t, withErrors, 300)
	assert.Less(t, withErrors, 2900)
}

// TestActionKindPlaces checks the table that checkOrderPairwise reads:
// place gives each kind's place among the values of ActionKinds, and the
// kinds fit a set of maxActionKinds bits.
func TestActionKindPlaces(t *testing.T) {
	values := actionKinds.Values()
	require.LessOrEqual(t, len(values), maxActionKinds)
	for i, k := range values {
		assert.Equal(t, i, k.place(), k)
	}
	assert.Equal(t, -1, ActionKind("not-a-kind").place())
	assert.Equal(t, -1, ActionKind("").place())
	assert.Equal(t, -1, ActionKind("Adoption").place())
}

// checkOrderReference is checkOrder written most plainly: for each action
// and each kind it requires, it looks at every other action. The checks
// of the order are compared with it.
func (a *Accord) checkOrderReference(c *check.Collector) {
	for i, later := range a.Actions {
		if !later.Date.IsExact() {
			continue
		}
	kinds:
		for _, kind := range actionKinds.Values() {
			if !later.Kind.requires(kind) {
				continue
			}
			first := -1
			for j, earlier := range a.Actions {
				if i == j || earlier.Kind != kind || !earlier.Date.IsExact() {
					continue
				}
				if !later.Party.IsZero() && !earlier.Party.IsZero() && later.Party != earlier.Party {
					continue
				}
				if later.Kind == EntryIntoForce && later.Party.IsZero() && !earlier.Party.IsZero() {
					continue
				}
				if !later.Date.Before(earlier.Date) {
					continue kinds
				}
				if first < 0 || earlier.Date.Compare(a.Actions[first].Date) < 0 {
					first = j
				}
			}
			if first >= 0 {
				earlier := a.Actions[first]
				c.Add(check.IndexPath("actions", i)+".date", &OrderError{
					Action: later.Kind, Date: later.Date, Before: earlier.Kind, BeforeDate: earlier.Date, Index: first,
				})
				break
			}
		}
	}
}

package actor_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/internal/scaling"
)

// listID returns the ID of the i-th node of a kind in the long lists below.
func listID(kind string, i int) diplo.ID {
	return diplo.ID("https://example.org/" + kind + "/" + strconv.Itoa(i))
}

// validating returns the work of validating v, which must be valid when
// valid is true and invalid otherwise.
func validating(tb testing.TB, v interface{ Validate() error }, valid bool) func() {
	require.Equal(tb, valid, v.Validate() == nil, "%v", v.Validate())
	return func() {
		if (v.Validate() == nil) != valid {
			tb.Fatal("Validate changed its mind")
		}
	}
}

// The paths of the actors' Validate methods over their lists, measured at
// n, 4n and 16n by BenchmarkActorValidateWide and held to n log n by
// TestActorValidateScales.
var actorCases = []scaling.Case{
	{Name: "PersonManyIdentifiers", N: 2000, Setup: func(tb testing.TB, n int) func() {
		p := actor.Person{ID: putinID, Name: diplo.MustNewText("fr", "P")}
		for i := range n {
			p.Identifiers = append(p.Identifiers, diplo.MustNewIdentifier(diplo.Wikidata, "Q"+strconv.Itoa(i+1)))
			p.Sources = append(p.Sources, listID("source", i))
		}
		return validating(tb, p, true)
	}},
	{Name: "OrganizationManyMembers", N: 2000, Setup: func(tb testing.TB, n int) func() {
		o := actor.Organization{ID: "https://example.org/org/x", Kind: actor.Intergovernmental, Name: diplo.MustNewText("fr", "O")}
		for i := range n {
			o.Members = append(o.Members, listID("state", i))
		}
		return validating(tb, o, true)
	}},
	{Name: "DelegationManyMembers", N: 2000, Setup: func(tb testing.TB, n int) func() {
		d := actor.Delegation{ID: "https://example.org/delegation/x", Represents: maliID, Head: goitaID}
		for i := range n {
			d.Members = append(d.Members, listID("person", i))
		}
		return validating(tb, d, true)
	}},
	// The qualifiers repeated over and over: every one after the first
	// few is a repeat.
	{Name: "TenureRepeatedQualifiers", N: 500, Setup: func(tb testing.TB, n int) func() {
		tn := actor.Tenure{ID: "https://example.org/tenure/x", Person: goitaID, Office: transitionID}
		qs := actor.Qualifiers().Values()
		for i := range n {
			tn.Qualifiers = append(tn.Qualifiers, qs[i%len(qs)])
		}
		return validating(tb, tn, false)
	}},
}

func TestActorValidateScales(t *testing.T) {
	for _, c := range actorCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkActorValidateWide(b *testing.B) {
	for _, c := range actorCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// TestTenureRepeatedQualifier checks that a qualifier listed three times is
// reported once at each later occurrence, in a short list and in a long
// one.
func TestTenureRepeatedQualifier(t *testing.T) {
	for _, n := range []int{3, 40} {
		tn := actor.Tenure{ID: "https://example.org/tenure/x", Person: goitaID, Office: transitionID}
		for range n {
			tn.Qualifiers = append(tn.Qualifiers, actor.Interim)
		}
		var es diplo.Errors
		require.ErrorAs(t, tn.Validate(), &es, "n=%d", n)
		require.Equal(t, n-1, len(es), "n=%d", n)
		for i, fe := range es {
			assert.Equal(t, "qualifiers["+strconv.Itoa(i+1)+"]", fe.Path)
			assert.ErrorIs(t, fe, diplo.ErrDuplicate)
		}
	}
}

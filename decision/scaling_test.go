package decision_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/internal/scaling"
)

// wideVote returns a valid vote of a body of n members, as the General
// Assembly's recorded votes are: n positions, one a veto-free no in four,
// complete counts of all members and counts of n groups.
func wideVote(n int) decision.Vote {
	v := decision.Vote{ID: voteID, Motion: draftID, Body: councilID, Result: decision.ResultAdopted, Majority: decision.TwoThirds}
	yes, no := 0, 0
	for i := range n {
		o := decision.Yes
		if i%4 == 0 {
			o = decision.No
			no++
		} else {
			yes++
		}
		v.Positions = append(v.Positions, decision.Position{Voter: diplo.ID("https://example.org/state/" + strconv.Itoa(i)), Option: o})
		v.Counts = append(v.Counts, decision.Count{Option: o, Value: 1, Group: diplo.ID("https://example.org/group/" + strconv.Itoa(i))})
	}
	v.Counts = append(v.Counts, decision.Count{Option: decision.Yes, Value: yes}, decision.Count{Option: decision.No, Value: no})
	return v
}

// The paths of Vote.Validate over its positions and counts, measured at
// n, 4n and 16n by BenchmarkVoteValidateWide and held to n log n by
// TestVoteValidateScales.
var voteCases = []scaling.Case{
	{Name: "VoteWide", N: 200, Setup: func(tb testing.TB, n int) func() {
		v := wideVote(n)
		require.NoError(tb, v.Validate())
		return func() {
			if err := v.Validate(); err != nil {
				tb.Fatal(err)
			}
		}
	}},
	// Every member votes twice: one duplicate error per member.
	{Name: "VoteWideDuplicates", N: 200, Setup: func(tb testing.TB, n int) func() {
		v := wideVote(n)
		v.Positions = append(v.Positions, v.Positions...)
		require.Error(tb, v.Validate())
		return func() {
			if v.Validate() == nil {
				tb.Fatal("Validate accepts members voting twice")
			}
		}
	}},
}

func TestVoteValidateScales(t *testing.T) {
	for _, c := range voteCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkVoteValidateWide(b *testing.B) {
	for _, c := range voteCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// TestVoteValidateLongLists checks the rules of long lists, which Validate
// checks through maps: the same errors, at the same paths, as short lists
// give.
func TestVoteValidateLongLists(t *testing.T) {
	const n = 40
	v := wideVote(n)
	v.Positions[7].Voter = v.Positions[3].Voter
	v.Counts[9].Option, v.Counts[9].Group = v.Counts[5].Option, v.Counts[5].Group
	var es diplo.Errors
	require.ErrorAs(t, v.Validate(), &es)
	var paths []string
	for _, fe := range es {
		paths = append(paths, fe.Path)
	}
	assert.Equal(t, []string{"counts[9].option", "positions[7].voter"}, paths)
	assert.ErrorIs(t, es[0], diplo.ErrDuplicate)
	assert.ErrorIs(t, es[1], diplo.ErrDuplicate)
}

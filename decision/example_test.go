package decision_test

import (
	"errors"
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
)

// A veto cast by an elected member, and counts that disagree with the
// positions: Validate names the place of each.
func ExampleVote_Validate() {
	v := decision.Vote{
		ID:     "https://example.org/votes/1",
		Motion: "https://example.org/resolutions/1",
		Body:   "https://example.org/organizations/council",
		Result: decision.ResultRejected,
		Counts: []decision.Count{{Option: decision.Yes, Value: 2}, {Option: decision.No, Value: 0}},
		Positions: []decision.Position{
			{Voter: "https://example.org/states/a", Option: decision.Yes},
			{Voter: "https://example.org/states/b", Option: decision.Veto, Role: decision.ElectedMember},
		},
	}
	err := v.Validate()
	var es diplo.Errors
	if errors.As(err, &es) {
		for _, fe := range es {
			fmt.Println(fe)
		}
	}
	// Output:
	// counts[0].value: inconsistent: count "yes" of 2 where the positions hold 1
	// counts[1].value: inconsistent: count "no" of 0 where the positions hold 1
	// positions[1].role: inconsistent: voter role of a veto "elected-member"
}

func ExampleCheckSymbol() {
	for _, s := range []string{"S/RES/2623 (2022)", "A/RES/ES-11/1", "S//2022"} {
		fmt.Println(s, decision.CheckSymbol(s))
	}
	// Output:
	// S/RES/2623 (2022) <nil>
	// A/RES/ES-11/1 <nil>
	// S//2022 syntax error: document symbol "S//2022"
}

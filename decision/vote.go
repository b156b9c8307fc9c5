package decision

import (
	"slices"
	"strconv"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Vote is a vote of a body on a motion: Popolo's VoteEvent. It records the
// Resolution voted on (the draft, amendment or motion), the body, the
// date, the result, the majority required, the count of each option and
// each member's position. A resolution adopted without a vote has no
// Vote; its Method says how it was adopted.
type Vote struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Vote" in JSON.
	Type diplo.TypeName[VoteType] `json:"type"`
	// Motion is the Resolution voted on: a draft resolution, an amendment
	// or a procedural motion.
	Motion diplo.ID `json:"motion"`
	// Body is the organisation that votes.
	Body diplo.ID `json:"body"`
	// Event is the meeting at which the vote was taken.
	Event diplo.ID `json:"event,omitempty"`
	// Date of the vote.
	Date diplo.Date `json:"date,omitzero"`
	// Result of the vote.
	Result Result `json:"result"`
	// Majority is the majority the motion required.
	Majority Majority `json:"majority,omitempty"`
	// Counts are the numbers of votes for each option, in all or for a
	// group of voters.
	Counts []Count `json:"counts,omitempty"`
	// Positions are the members' votes, one per member.
	Positions []Position `json:"positions,omitempty"`
	// Identifiers in external systems (the UN Digital Library's voting
	// record).
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report the vote.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the vote where they may disagree.
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// VoteType names the node type of Vote.
type VoteType struct{}

// TypeName implements diplo.Named.
func (VoteType) TypeName() string { return "Vote" }

// Count is the number of votes cast for one option (Popolo's Count), by
// all voters or, with a Group, by a group of them.
type Count struct {
	// Option counted. A veto is counted among the noes.
	Option Option `json:"option"`
	// Value is the number of votes.
	Value int `json:"value"`
	// Group is the group of voters counted (a regional group, an
	// organisation whose members vote); none means all voters.
	Group diplo.ID `json:"group,omitempty"`
}

// Validate checks the option, the value and the group.
func (c Count) Validate() error {
	var col check.Collector
	col.Add("option", options.Check(c.Option))
	// A veto is one of the noes: the records count it there.
	if c.Option == Veto {
		col.Add("option", check.NewValueError("vote option", string(Veto), diplo.ErrInconsistent))
	}
	if c.Value < 0 {
		col.Add("value", check.NewValueError("count", strconv.Itoa(c.Value), diplo.ErrRange))
	}
	if !c.Group.IsZero() {
		col.Add("group", c.Group.Validate())
	}
	return col.Err()
}

// Position is how one member voted (Popolo's Vote): the voter, the
// option, the voter's standing in the body, and the statement that
// explains the vote.
type Position struct {
	// Voter is the member that voted: a state or an organisation in an
	// intergovernmental body, a person in an assembly of persons.
	Voter diplo.ID `json:"voter"`
	// Option the voter chose.
	Option Option `json:"option"`
	// Role is the voter's standing in the body; none means member.
	Role Role `json:"role,omitempty"`
	// Explanation is the Statement in which the voter explained its vote.
	Explanation diplo.ID `json:"explanation,omitempty"`
}

// Validate checks the voter, the option, the role and the explanation; a
// veto is cast by a permanent member.
func (p Position) Validate() error {
	var c check.Collector
	c.Add("voter", p.Voter.Validate())
	c.Add("option", options.Check(p.Option))
	if p.Role != "" {
		c.Add("role", roles.Check(p.Role))
	}
	// Only a permanent member has a veto.
	if p.Option == Veto && p.Role != PermanentMember {
		c.Add("role", check.NewValueError("voter role of a veto", string(p.Role), diplo.ErrInconsistent))
	}
	if !p.Explanation.IsZero() {
		c.Add("explanation", p.Explanation.Validate())
	}
	return c.Err()
}

// Tally returns the number of positions for each option, a veto counted
// as a no.
func (v Vote) Tally() map[Option]int {
	out := make(map[Option]int)
	for _, p := range v.Positions {
		if p.Option != "" {
			out[p.Option.counted()]++
		}
	}
	return out
}

// Vetoed reports whether a permanent member vetoed the motion.
func (v Vote) Vetoed() bool {
	return slices.ContainsFunc(v.Positions, func(p Position) bool { return p.Option == Veto })
}

// Validate checks the vote on its own: the fields, that a member votes
// once, that a veto defeats the motion and is cast where the majority
// gives permanent members one, and that the counts agree with the
// positions (see the package documentation). Rules that need other nodes
// are checked by the graph that holds it.
func (v Vote) Validate() error {
	var c check.Collector
	c.Add("id", v.ID.Validate())
	c.Add("motion", v.Motion.Validate())
	c.Add("body", v.Body.Validate())
	if !v.Event.IsZero() {
		c.Add("event", v.Event.Validate())
	}
	c.Add("result", results.Check(v.Result))
	if v.Majority != "" {
		c.Add("majority", majorities.Check(v.Majority))
	}
	v.checkCounts(&c)
	v.checkPositions(&c)
	v.checkMajority(&c)
	check.Identifiers(&c, "identifiers", v.Identifiers)
	check.IDs(&c, "sources", v.Sources)
	for i, cl := range v.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// optionIndex numbers the options, so that tallies are arrays.
var optionIndex = func() map[Option]int {
	m := make(map[Option]int)
	if len(options.Values()) > len(tallies{}) {
		panic("decision: more vote options than a tally holds")
	}
	for i, o := range options.Values() {
		m[o] = i
	}
	return m
}()

// tallies holds a number per option, indexed by optionIndex.
type tallies [16]int

func (v *Vote) checkCounts(c *check.Collector) {
	type optionGroup struct {
		option Option
		group  diplo.ID
	}
	var seen map[optionGroup]struct{}
	if len(v.Counts) > check.SmallList {
		seen = make(map[optionGroup]struct{}, len(v.Counts))
	}
	for i, n := range v.Counts {
		c.AddIndex("counts", i, n.Validate())
		// One count per option, in all or for a group.
		key := optionGroup{n.Option, n.Group}
		dup := false
		if seen != nil {
			_, dup = seen[key]
			seen[key] = struct{}{}
		} else {
			dup = slices.ContainsFunc(v.Counts[:i], func(m Count) bool { return m.Option == n.Option && m.Group == n.Group })
		}
		if dup {
			c.Add(check.IndexPath("counts", i)+".option", check.NewValueError("vote option", string(n.Option), diplo.ErrDuplicate))
		}
	}
	v.checkAgreement(c)
}

// checkAgreement checks the counts of all voters (those without a group)
// against the positions. A count is never less than the positions of its
// option. Where both are complete, that is where the positions are as many
// as those counts add up to, each count is the number of positions of its
// option and every option of a position is counted.
func (v *Vote) checkAgreement(c *check.Collector) {
	if len(v.Positions) == 0 {
		return
	}
	var tally, counted tallies
	var hasCount [16]bool
	var first tallies // 1 + the index of the count of each option
	total := 0
	for i, n := range v.Counts {
		k, ok := optionIndex[n.Option]
		if !ok || !n.Group.IsZero() || n.Option == Veto || n.Value < 0 || hasCount[k] {
			continue
		}
		hasCount[k], counted[k], first[k] = true, n.Value, i+1
		total += n.Value
	}
	if total == 0 && !slices.Contains(hasCount[:], true) {
		return
	}
	for _, p := range v.Positions {
		if k, ok := optionIndex[p.Option.counted()]; ok {
			tally[k]++
		}
	}
	complete := total == len(v.Positions)
	for i, n := range v.Counts {
		k, ok := optionIndex[n.Option]
		if !ok || first[k] != i+1 {
			continue
		}
		if tally[k] > n.Value || complete && tally[k] != n.Value {
			c.Add(check.IndexPath("counts", i)+".value", &CountError{Option: n.Option, Count: n.Value, Positions: tally[k]})
		}
	}
	if !complete {
		return
	}
	var reported [16]bool
	for j, p := range v.Positions {
		k, ok := optionIndex[p.Option.counted()]
		if !ok || hasCount[k] || reported[k] {
			continue
		}
		reported[k] = true
		c.Add(check.IndexPath("positions", j)+".option", &CountError{Option: p.Option.counted(), Count: -1, Positions: tally[k]})
	}
}

func (v *Vote) checkPositions(c *check.Collector) {
	var seen map[diplo.ID]struct{}
	if len(v.Positions) > check.SmallList {
		seen = make(map[diplo.ID]struct{}, len(v.Positions))
	}
	vetoed := false
	for i, p := range v.Positions {
		c.AddIndex("positions", i, p.Validate())
		// A member votes once.
		if !p.Voter.IsZero() {
			dup := false
			if seen != nil {
				_, dup = seen[p.Voter]
				seen[p.Voter] = struct{}{}
			} else {
				dup = slices.ContainsFunc(v.Positions[:i], func(q Position) bool { return q.Voter == p.Voter })
			}
			if dup {
				c.Add(check.IndexPath("positions", i)+".voter", check.NewValueError("voter", string(p.Voter), diplo.ErrDuplicate))
			}
		}
		if p.Option != Veto {
			continue
		}
		vetoed = true
		// A veto is cast only where the majority needs the concurring
		// votes of the permanent members.
		if majorities.Has(v.Majority) && !v.Majority.allowsVeto() {
			c.Add(check.IndexPath("positions", i)+".option", check.NewValueError("veto under the majority", string(v.Majority), diplo.ErrInconsistent))
		}
	}
	// A veto defeats the motion.
	if vetoed && v.Result != ResultRejected && results.Has(v.Result) {
		c.Add("result", check.NewValueError("result of a vetoed motion", string(v.Result), diplo.ErrInconsistent))
	}
}

// checkMajority checks that a motion adopted had the majority it
// required, by the counts of yes and no of all voters where the vote has
// both: more yes than no (simple), two thirds of those voting yes or no
// (two-thirds), no no (unanimity). The other majorities depend on the
// body's membership or rules, which the vote does not hold.
func (v *Vote) checkMajority(c *check.Collector) {
	if v.Result != ResultAdopted {
		return
	}
	yes, no := -1, -1
	for _, n := range v.Counts {
		if !n.Group.IsZero() || n.Value < 0 {
			continue
		}
		switch {
		case n.Option == Yes && yes < 0:
			yes = n.Value
		case n.Option == No && no < 0:
			no = n.Value
		}
	}
	if yes < 0 || no < 0 {
		return
	}
	var met bool
	switch v.Majority {
	case Simple:
		met = yes > no
	case TwoThirds:
		met = 3*yes >= 2*(yes+no)
	case Unanimity:
		met = no == 0
	default:
		return
	}
	// A motion adopted had the majority it required.
	if !met {
		c.Add("result", check.NewValueError("result of "+strconv.Itoa(yes)+" yes and "+strconv.Itoa(no)+" no under a "+string(v.Majority)+" majority", string(v.Result), diplo.ErrInconsistent))
	}
}

// CountError reports a count that disagrees with the positions recorded.
// It wraps diplo.ErrInconsistent.
type CountError struct {
	// Option counted.
	Option Option
	// Count is the count recorded, or -1 when the option has no count.
	Count int
	// Positions is the number of positions of the option.
	Positions int
}

// Error says what was counted and what the positions hold.
func (e *CountError) Error() string {
	n := strconv.Itoa(e.Positions)
	if e.Count < 0 {
		return diplo.ErrInconsistent.Error() + ": " + n + " positions " + strconv.Quote(string(e.Option)) + " and no count of them, where the counts are complete"
	}
	return diplo.ErrInconsistent.Error() + ": count " + strconv.Quote(string(e.Option)) + " of " + strconv.Itoa(e.Count) + " where the positions hold " + n
}

// Unwrap returns diplo.ErrInconsistent.
func (e *CountError) Unwrap() error { return diplo.ErrInconsistent }

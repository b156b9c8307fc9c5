// Package decision models what multilateral bodies decide and how their
// members vote: resolutions and decisions of the UN General Assembly and
// Security Council, of the councils of regional organisations and of
// conferences of the parties, and the votes taken on them.
//
// A Resolution is a node: its kind (resolution, decision, amendment,
// motion), its status (draft, adopted, rejected, withdrawn), its document
// symbol, title, adopting body, date, text, sponsors and the method of
// its adoption (vote, consensus, without a vote, acclamation). An event
// names the resolutions adopted at it among its outcomes.
//
// A Vote is a node too, modelled on Popolo's VoteEvent: the motion voted
// on (a Resolution), the body, the meeting, the date, the result, the
// required majority, the Counts of each option and each member's
// Position, optionally explained in a Statement (an explanation of vote):
//
//	v := decision.Vote{
//		ID:       diplo.NewID(),
//		Motion:   draft,
//		Body:     securityCouncil,
//		Date:     diplo.MustParseDate("2022-02-25"),
//		Result:   decision.ResultRejected,
//		Majority: decision.ConcurringPermanent,
//		Counts: []decision.Count{
//			{Option: decision.Yes, Value: 11}, {Option: decision.No, Value: 1}, {Option: decision.Abstain, Value: 3},
//		},
//		Positions: []decision.Position{
//			{Voter: russia, Option: decision.Veto, Role: decision.PermanentMember},
//			// ...
//		},
//	}
//
// # Rules
//
// Vote.Validate checks, beside the fields:
//
//   - a member votes once (diplo.ErrDuplicate at positions[i].voter), and
//     an option is counted once, in all or per group (at counts[i].option);
//   - a veto is the position of a permanent member (role
//     permanent-member), under a majority that needs the concurring votes
//     of the permanent members (or none stated), and a vetoed motion is
//     rejected (diplo.ErrInconsistent);
//   - a count (of all voters: one without a group) is never less than the
//     positions of its option; where the positions are as many as those
//     counts add up to, both are complete, each count equals the positions
//     of its option and every option of a position is counted (a
//     *CountError, diplo.ErrInconsistent). A veto is counted among the
//     noes; a count of vetoes is refused;
//   - a motion adopted had the majority it required, by the counts of yes
//     and no where the vote has both: more yes than no (simple), two
//     thirds (two-thirds), no no (unanimity); the other majorities depend
//     on the body's membership or rules, which a vote does not hold
//     (diplo.ErrInconsistent at result).
//
// Resolution.Validate requires a symbol or a title, checks the symbol's
// form (CheckSymbol), and refuses a method other than a vote for a
// resolution that was not adopted. The graph checks that the body is an
// organisation, that a vote is taken by the body of its motion and agrees
// with the motion's status, and the other references.
//
// # Popolo
//
// Vote is Popolo's VoteEvent, Count its Count (option, value, group) and
// Position its Vote (voter, option, role). diplo departs from Popolo
// where diplomacy needs it: Popolo's Motion is a Resolution, which has a
// document symbol, sponsors and a status of its own; a voter is a state
// or an organisation as well as a person; the options are a closed
// vocabulary (Popolo's yes, no, abstain, absent, not voting and paired,
// with present, not participating and veto) rather than free text, so
// that they have IRIs in RDF and are checked; a veto is an option rather
// than a no that only the body's rules tell apart; Popolo's weight and
// the person who cast a state's vote are not recorded.
//
// # References
//
//   - Popolo, Vote event, Count and Vote: https://www.popoloproject.com/specs/vote-event.html
//   - Charter of the United Nations, Articles 18 and 27: https://www.un.org/en/about-us/un-charter/full-text
//   - United Nations Documentation: Research Guide, document symbols: https://research.un.org/en/docs/symbols
package decision

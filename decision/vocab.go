package decision

import "github.com/diplo-go/diplo"

//go:generate go run github.com/diplo-go/diplo/internal/cmd/vocabgen

// Kind is the kind of a Resolution: what the body is asked to adopt. The
// names follow the United Nations' usage (the Repertory of Practice of
// United Nations Organs, the rules of procedure of the General Assembly
// and of the Security Council); Popolo's Motion covers them all.
type Kind string

// The resolution kinds, each defined by its doc comment; [Kinds] lists
// them.
//
//diplo:vocabulary kinds "resolution kind"
const (
	// A formal expression of the opinion or will of a body, in a preamble
	// and operative paragraphs (UN General Assembly and Security Council
	// resolutions).
	ResolutionKind Kind = "resolution"

	// A decision of a body on a procedural, organisational or elective
	// matter, or a decision of a conference of the parties to a convention
	// (UN GA rules of procedure, rule 79 ff.; UNFCCC decisions such as
	// 1/CP.21).
	DecisionKind Kind = "decision"

	// A proposal that adds to, deletes from or revises part of another
	// proposal (UN GA rules of procedure, rule 90).
	Amendment Kind = "amendment"

	// A procedural motion put to the body, such as to adjourn or to take
	// no action (UN GA rules of procedure, rules 74 to 77).
	Motion Kind = "motion"
)

// Kinds returns the vocabulary of every resolution Kind: the constants, in
// order, each defined by its doc comment.
func Kinds() diplo.Vocabulary[Kind] { return kinds }

// Description returns the definition of the kind.
func (k Kind) Description() string { return kinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// kinds.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }

// Status says where a Resolution stands: a draft before the body decides,
// then adopted, rejected or withdrawn.
type Status string

// The resolution statuses, each defined by its doc comment; [Statuses]
// lists them.
//
//diplo:vocabulary statuses "resolution status"
const (
	// Submitted to the body and not yet decided (a UN draft resolution,
	// symbol A/…/L.… or S/…).
	Draft Status = "draft"

	// Adopted by the body, by a vote or without one.
	Adopted Status = "adopted"

	// Put to the body and not adopted: it failed to obtain the required
	// majority, or a permanent member vetoed it.
	Rejected Status = "rejected"

	// Withdrawn by its sponsors before the body decided on it (UN GA rules
	// of procedure, rule 80).
	Withdrawn Status = "withdrawn"
)

// Statuses returns the vocabulary of every resolution Status: the constants, in
// order, each defined by its doc comment.
func Statuses() diplo.Vocabulary[Status] { return statuses }

// Description returns the definition of the status.
func (s Status) Description() string { return statuses.Description(s) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// statuses.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// Method is how a body took a decision on a Resolution.
type Method string

// The methods of decision, each defined by its doc comment; [Methods]
// lists them.
//
//diplo:vocabulary methods "method of decision"
const (
	// By a vote: a show of hands, a recorded vote or a roll call (UN GA
	// rules of procedure, rules 87 to 89).
	ByVote Method = "vote"

	// By consensus: no member objects, and no vote is taken.
	ByConsensus Method = "consensus"

	// Without a vote, on the proposal of the presiding officer, as the UN
	// General Assembly records it.
	WithoutVote Method = "without-vote"

	// By acclamation, as bodies elect or appoint by common assent.
	ByAcclamation Method = "acclamation"
)

// Methods returns the vocabulary of every Method: the constants, in
// order, each defined by its doc comment.
func Methods() diplo.Vocabulary[Method] { return methods }

// Description returns the definition of the method.
func (m Method) Description() string { return methods.Description(m) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// methods.
func (m *Method) UnmarshalText(b []byte) error { return methods.Unmarshal(m, b) }

// Result is the result of a Vote. Popolo's VoteEvent result is free text
// ("pass", "fail"); diplo's is closed.
type Result string

// The vote results, each defined by its doc comment; [Results] lists
// them.
//
//diplo:vocabulary results "vote result"
const (
	// The motion obtained the required majority and is adopted.
	ResultAdopted Result = "adopted"

	// The motion failed to obtain the required majority, or a permanent
	// member vetoed it.
	ResultRejected Result = "rejected"

	// The motion was withdrawn before the vote was concluded.
	ResultWithdrawn Result = "withdrawn"
)

// Results returns the vocabulary of every Result: the constants, in
// order, each defined by its doc comment.
func Results() diplo.Vocabulary[Result] { return results }

// Description returns the definition of the result.
func (r Result) Description() string { return results.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// results.
func (r *Result) UnmarshalText(b []byte) error { return results.Unmarshal(r, b) }

// Majority is the majority a Vote requires.
type Majority string

// The required majorities, each defined by its doc comment; [Majorities]
// lists them.
//
//diplo:vocabulary majorities "required majority"
const (
	// More members vote yes than no, among those present and voting (UN
	// Charter, Art. 18(3)).
	Simple Majority = "simple"

	// More than half of all the members of the body vote yes.
	Absolute Majority = "absolute"

	// Two thirds of the members present and voting vote yes (UN Charter,
	// Art. 18(2), important questions).
	TwoThirds Majority = "two-thirds"

	// A weighted or special majority that the body's rules define, such as
	// the qualified majority of the Council of the European Union (TEU,
	// Art. 16(4)).
	Qualified Majority = "qualified"

	// Every member voting votes yes.
	Unanimity Majority = "unanimity"

	// A majority that includes the concurring votes of the permanent
	// members, so that a permanent member's negative vote is a veto: nine
	// affirmative votes in the UN Security Council on matters that are not
	// procedural (UN Charter, Art. 27(3)).
	ConcurringPermanent Majority = "concurring-permanent"
)

// Majorities returns the vocabulary of every Majority: the constants, in
// order, each defined by its doc comment.
func Majorities() diplo.Vocabulary[Majority] { return majorities }

// Description returns the definition of the majority.
func (m Majority) Description() string { return majorities.Description(m) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// majorities.
func (m *Majority) UnmarshalText(b []byte) error { return majorities.Unmarshal(m, b) }

// allowsVeto reports whether a vote that requires m gives the permanent
// members a veto.
func (m Majority) allowsVeto() bool { return m == "" || m == ConcurringPermanent }

// Option is a member's choice in a Vote, and what a Count counts. The
// options are Popolo's (yes, no, abstain, absent, not voting, paired),
// with the options that bodies of diplomacy add: present, not
// participating, and the veto of a permanent member.
type Option string

// The vote options, each defined by its doc comment; [Options] lists
// them.
//
//diplo:vocabulary options "vote option"
const (
	// In favour of the motion (Popolo: yes).
	Yes Option = "yes"

	// Against the motion (Popolo: no).
	No Option = "no"

	// Present and abstaining (Popolo: abstain; UN Charter, Art. 18(2): not
	// among those present and voting).
	Abstain Option = "abstain"

	// Not present when the vote was taken (Popolo: absent).
	Absent Option = "absent"

	// Not recorded as voting, whether present or not, as the UN General
	// Assembly's recorded votes list the non-voting members (Popolo: not
	// voting).
	NotVoting Option = "not-voting"

	// Paired with an absent member of the other side, so that neither
	// votes (Popolo: paired).
	Paired Option = "paired"

	// Recorded as present, neither for nor against, where the body's rules
	// have the option.
	Present Option = "present"

	// Present and declared not to take part in the vote, as Security
	// Council records note.
	NotParticipating Option = "not-participating"

	// A negative vote of a permanent member where the required majority
	// includes the concurring votes of the permanent members, which
	// defeats the motion (UN Charter, Art. 27(3)); counts count it among
	// the noes.
	Veto Option = "veto"
)

// Options returns the vocabulary of every Option: the constants, in
// order, each defined by its doc comment.
func Options() diplo.Vocabulary[Option] { return options }

// Description returns the definition of the option.
func (o Option) Description() string { return options.Description(o) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// options.
func (o *Option) UnmarshalText(b []byte) error { return options.Unmarshal(o, b) }

// counted returns the option under which a count counts o: a veto is a no.
func (o Option) counted() Option {
	if o == Veto {
		return No
	}
	return o
}

// Role is the standing of a voter in the body that votes, as Popolo's
// Vote role is the voter's role in the vote event.
type Role string

// The voter roles, each defined by its doc comment; [Roles] lists them.
//
//diplo:vocabulary roles "voter role"
const (
	// A member of the body, where all members stand alike; a position with
	// no role is a member's.
	Member Role = "member"

	// A permanent member of the body, whose negative vote may be a veto
	// (UN Charter, Art. 23(1) and 27(3)).
	PermanentMember Role = "permanent-member"

	// A member elected for a term, beside the permanent members (UN
	// Charter, Art. 23(2)).
	ElectedMember Role = "elected-member"
)

// Roles returns the vocabulary of every Role: the constants, in
// order, each defined by its doc comment.
func Roles() diplo.Vocabulary[Role] { return roles }

// Description returns the definition of the role.
func (r Role) Description() string { return roles.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// roles.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(r, b) }

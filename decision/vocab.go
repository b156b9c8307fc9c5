package decision

import "github.com/diplo-go/diplo"

// Kind is the kind of a Resolution: what the body is asked to adopt. The
// names follow the United Nations' usage (the Repertory of Practice of
// United Nations Organs, the rules of procedure of the General Assembly
// and of the Security Council); Popolo's Motion covers them all.
type Kind string

// The resolution kinds. [Kinds] defines each.
const (
	ResolutionKind Kind = "resolution"
	DecisionKind   Kind = "decision"
	Amendment      Kind = "amendment"
	Motion         Kind = "motion"
)

// Kinds returns the vocabulary that defines every resolution Kind.
func Kinds() diplo.Vocabulary[Kind] { return kinds }

// kinds is the vocabulary Kinds returns.
var kinds = diplo.NewVocabulary("resolution kind",
	diplo.Define(ResolutionKind, "A formal expression of the opinion or will of a body, in a preamble and operative paragraphs (UN General Assembly and Security Council resolutions)."),
	diplo.Define(DecisionKind, "A decision of a body on a procedural, organisational or elective matter, or a decision of a conference of the parties to a convention (UN GA rules of procedure, rule 79 ff.; UNFCCC decisions such as 1/CP.21)."),
	diplo.Define(Amendment, "A proposal that adds to, deletes from or revises part of another proposal (UN GA rules of procedure, rule 90)."),
	diplo.Define(Motion, "A procedural motion put to the body, such as to adjourn or to take no action (UN GA rules of procedure, rules 74 to 77)."),
)

// Description returns the definition of the kind.
func (k Kind) Description() string { return kinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// kinds.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }

// Status says where a Resolution stands: a draft before the body decides,
// then adopted, rejected or withdrawn.
type Status string

// The resolution statuses. [Statuses] defines each.
const (
	Draft     Status = "draft"
	Adopted   Status = "adopted"
	Rejected  Status = "rejected"
	Withdrawn Status = "withdrawn"
)

// Statuses returns the vocabulary that defines every resolution Status.
func Statuses() diplo.Vocabulary[Status] { return statuses }

// statuses is the vocabulary Statuses returns.
var statuses = diplo.NewVocabulary("resolution status",
	diplo.Define(Draft, "Submitted to the body and not yet decided (a UN draft resolution, symbol A/…/L.… or S/…)."),
	diplo.Define(Adopted, "Adopted by the body, by a vote or without one."),
	diplo.Define(Rejected, "Put to the body and not adopted: it failed to obtain the required majority, or a permanent member vetoed it."),
	diplo.Define(Withdrawn, "Withdrawn by its sponsors before the body decided on it (UN GA rules of procedure, rule 80)."),
)

// Description returns the definition of the status.
func (s Status) Description() string { return statuses.Description(s) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// statuses.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// Method is how a body took a decision on a Resolution.
type Method string

// The methods of decision. [Methods] defines each.
const (
	ByVote        Method = "vote"
	ByConsensus   Method = "consensus"
	WithoutVote   Method = "without-vote"
	ByAcclamation Method = "acclamation"
)

// Methods returns the vocabulary that defines every Method.
func Methods() diplo.Vocabulary[Method] { return methods }

// methods is the vocabulary Methods returns.
var methods = diplo.NewVocabulary("method of decision",
	diplo.Define(ByVote, "By a vote: a show of hands, a recorded vote or a roll call (UN GA rules of procedure, rules 87 to 89)."),
	diplo.Define(ByConsensus, "By consensus: no member objects, and no vote is taken."),
	diplo.Define(WithoutVote, "Without a vote, on the proposal of the presiding officer, as the UN General Assembly records it."),
	diplo.Define(ByAcclamation, "By acclamation, as bodies elect or appoint by common assent."),
)

// Description returns the definition of the method.
func (m Method) Description() string { return methods.Description(m) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// methods.
func (m *Method) UnmarshalText(b []byte) error { return methods.Unmarshal(m, b) }

// Result is the result of a Vote. Popolo's VoteEvent result is free text
// ("pass", "fail"); diplo's is closed.
type Result string

// The vote results. [Results] defines each.
const (
	ResultAdopted   Result = "adopted"
	ResultRejected  Result = "rejected"
	ResultWithdrawn Result = "withdrawn"
)

// Results returns the vocabulary that defines every Result.
func Results() diplo.Vocabulary[Result] { return results }

// results is the vocabulary Results returns.
var results = diplo.NewVocabulary("vote result",
	diplo.Define(ResultAdopted, "The motion obtained the required majority and is adopted."),
	diplo.Define(ResultRejected, "The motion failed to obtain the required majority, or a permanent member vetoed it."),
	diplo.Define(ResultWithdrawn, "The motion was withdrawn before the vote was concluded."),
)

// Description returns the definition of the result.
func (r Result) Description() string { return results.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// results.
func (r *Result) UnmarshalText(b []byte) error { return results.Unmarshal(r, b) }

// Majority is the majority a Vote requires.
type Majority string

// The required majorities. [Majorities] defines each.
const (
	Simple              Majority = "simple"
	Absolute            Majority = "absolute"
	TwoThirds           Majority = "two-thirds"
	Qualified           Majority = "qualified"
	Unanimity           Majority = "unanimity"
	ConcurringPermanent Majority = "concurring-permanent"
)

// Majorities returns the vocabulary that defines every Majority.
func Majorities() diplo.Vocabulary[Majority] { return majorities }

// majorities is the vocabulary Majorities returns.
var majorities = diplo.NewVocabulary("required majority",
	diplo.Define(Simple, "More members vote yes than no, among those present and voting (UN Charter, Art. 18(3))."),
	diplo.Define(Absolute, "More than half of all the members of the body vote yes."),
	diplo.Define(TwoThirds, "Two thirds of the members present and voting vote yes (UN Charter, Art. 18(2), important questions)."),
	diplo.Define(Qualified, "A weighted or special majority that the body's rules define, such as the qualified majority of the Council of the European Union (TEU, Art. 16(4))."),
	diplo.Define(Unanimity, "Every member voting votes yes."),
	diplo.Define(ConcurringPermanent, "A majority that includes the concurring votes of the permanent members, so that a permanent member's negative vote is a veto: nine affirmative votes in the UN Security Council on matters that are not procedural (UN Charter, Art. 27(3))."),
)

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

// The vote options. [Options] defines each.
const (
	Yes              Option = "yes"
	No               Option = "no"
	Abstain          Option = "abstain"
	Absent           Option = "absent"
	NotVoting        Option = "not-voting"
	Paired           Option = "paired"
	Present          Option = "present"
	NotParticipating Option = "not-participating"
	Veto             Option = "veto"
)

// Options returns the vocabulary that defines every Option.
func Options() diplo.Vocabulary[Option] { return options }

// options is the vocabulary Options returns.
var options = diplo.NewVocabulary("vote option",
	diplo.Define(Yes, "In favour of the motion (Popolo: yes)."),
	diplo.Define(No, "Against the motion (Popolo: no)."),
	diplo.Define(Abstain, "Present and abstaining (Popolo: abstain; UN Charter, Art. 18(2): not among those present and voting)."),
	diplo.Define(Absent, "Not present when the vote was taken (Popolo: absent)."),
	diplo.Define(NotVoting, "Not recorded as voting, whether present or not, as the UN General Assembly's recorded votes list the non-voting members (Popolo: not voting)."),
	diplo.Define(Paired, "Paired with an absent member of the other side, so that neither votes (Popolo: paired)."),
	diplo.Define(Present, "Recorded as present, neither for nor against, where the body's rules have the option."),
	diplo.Define(NotParticipating, "Present and declared not to take part in the vote, as Security Council records note."),
	diplo.Define(Veto, "A negative vote of a permanent member where the required majority includes the concurring votes of the permanent members, which defeats the motion (UN Charter, Art. 27(3)); counts count it among the noes."),
)

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

// The voter roles. [Roles] defines each.
const (
	Member          Role = "member"
	PermanentMember Role = "permanent-member"
	ElectedMember   Role = "elected-member"
)

// Roles returns the vocabulary that defines every Role.
func Roles() diplo.Vocabulary[Role] { return roles }

// roles is the vocabulary Roles returns.
var roles = diplo.NewVocabulary("voter role",
	diplo.Define(Member, "A member of the body, where all members stand alike; a position with no role is a member's."),
	diplo.Define(PermanentMember, "A permanent member of the body, whose negative vote may be a veto (UN Charter, Art. 23(1) and 27(3))."),
	diplo.Define(ElectedMember, "A member elected for a term, beside the permanent members (UN Charter, Art. 23(2))."),
)

// Description returns the definition of the role.
func (r Role) Description() string { return roles.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// roles.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(r, b) }

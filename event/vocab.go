package event

import "github.com/diplo-go/diplo"

// Kind is the kind of an Event. The taxonomy covers cooperative and
// conflictual diplomacy; each kind maps to CAMEO and PLOVER codes in the
// eventdata package.
type Kind string

// The event kinds. [Kinds] defines each.
const (
	Summit                 Kind = "summit"
	StateVisit             Kind = "state-visit"
	OfficialVisit          Kind = "official-visit"
	WorkingVisit           Kind = "working-visit"
	Visit                  Kind = "visit"
	BilateralTalks         Kind = "bilateral-talks"
	MultilateralConference Kind = "multilateral-conference"
	NegotiationRound       Kind = "negotiation-round"
	Mediation              Kind = "mediation"
	SigningCeremony        Kind = "signing-ceremony"
	PressConference        Kind = "press-conference"
	JointPressConference   Kind = "joint-press-conference"
	PhoneCall              Kind = "phone-call"
	VideoCall              Kind = "video-call"
	Communique             Kind = "communique"
	AgrementRequest        Kind = "agrement-request"
	Agrement               Kind = "agrement"
	Credentials            Kind = "credentials"
	EstablishRelations     Kind = "establish-relations"
	Summoning              Kind = "summoning"
	Protest                Kind = "protest"
	RecallAmbassador       Kind = "recall-ambassador"
	Expulsion              Kind = "expulsion"
	PersonaNonGrata        Kind = "persona-non-grata"
	Departure              Kind = "departure"
	SeverRelations         Kind = "sever-relations"
	Sanctions              Kind = "sanctions"
	Ultimatum              Kind = "ultimatum"
)

// Kinds returns the vocabulary that defines every event Kind.
func Kinds() diplo.Vocabulary[Kind] { return kinds }

// kinds is the vocabulary Kinds returns.
var kinds = diplo.NewVocabulary("event kind",
	diplo.Define(Summit, "A meeting of heads of state or government, bilateral or multilateral."),
	diplo.Define(StateVisit, "A visit by a head of state at the invitation of another head of state, with full ceremony; the highest protocol rank."),
	diplo.Define(OfficialVisit, "A visit by a head of state or government at the invitation of the host, with less ceremony than a state visit."),
	diplo.Define(WorkingVisit, "A visit for talks, with little or no ceremony."),
	diplo.Define(Visit, "A visit whose protocol rank is not given."),
	diplo.Define(BilateralTalks, "Talks between two parties, one-on-one or between delegations."),
	diplo.Define(MultilateralConference, "A conference of several parties, such as a diplomatic conference that adopts a treaty."),
	diplo.Define(NegotiationRound, "A round of negotiations towards an accord."),
	diplo.Define(Mediation, "Talks between parties led or facilitated by a third party."),
	diplo.Define(SigningCeremony, "The signing of one or more accords."),
	diplo.Define(PressConference, "A press conference held by one party."),
	diplo.Define(JointPressConference, "A press conference held together by several parties."),
	diplo.Define(PhoneCall, "A telephone conversation between officials."),
	diplo.Define(VideoCall, "A video conference between officials."),
	diplo.Define(Communique, "The issuing of a communiqué, joint statement or declaration."),
	diplo.Define(AgrementRequest, "The sending side's request that the receiving side agree to the person it proposes as head of its mission (VCDR art. 4)."),
	diplo.Define(Agrement, "The receiving side's agrément: its consent to the person proposed as head of a mission (VCDR art. 4)."),
	diplo.Define(Credentials, "The presentation of a head of mission's letters of credence (VCDR art. 13), or of a head of consular post's commission for the exequatur (VCCR arts. 11 and 12), to the receiving side: its head of state, its minister for foreign affairs or the head of the organisation."),
	diplo.Define(EstablishRelations, "The establishment or restoration of diplomatic relations."),
	diplo.Define(Summoning, "The summoning of a foreign ambassador or diplomat, usually to protest."),
	diplo.Define(Protest, "A formal diplomatic protest: a note of protest or a démarche."),
	diplo.Define(RecallAmbassador, "The recall of a state's own ambassador from another state, for consultations or in protest."),
	diplo.Define(Expulsion, "The expulsion of another state's diplomats, or declaring them persona non grata."),
	diplo.Define(PersonaNonGrata, "The receiving side's notice that the head or a member of a mission is persona non grata or not acceptable, which obliges the sending side to recall them (VCDR art. 9; VCCR art. 23)."),
	diplo.Define(Departure, "The departure of a head of mission or other envoy from the receiving side at the end of their functions (VCDR arts. 39 and 43)."),
	diplo.Define(SeverRelations, "The breaking off of diplomatic relations."),
	diplo.Define(Sanctions, "The imposition of sanctions or an embargo."),
	diplo.Define(Ultimatum, "A threat or ultimatum addressed to another party."),
)

// Description returns the definition of the kind.
func (k Kind) Description() string { return kinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown kinds.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }

// IsConflictual reports whether the kind belongs to conflictual diplomacy:
// protests, summonings, recalls, expulsions, breaks, sanctions, threats.
func (k Kind) IsConflictual() bool {
	switch k {
	case Summoning, Protest, RecallAmbassador, Expulsion, PersonaNonGrata, SeverRelations, Sanctions, Ultimatum:
		return true
	}
	return false
}

// IsAccreditation reports whether the kind is a step of the accreditation
// of an envoy: an agrément requested or granted, credentials presented, a
// recall, a declaration of persona non grata, a departure. An event of
// these kinds names its sides in the roles Sending and Receiving, and the
// person concerned in the role EnvoyRole.
func (k Kind) IsAccreditation() bool {
	switch k {
	case AgrementRequest, Agrement, Credentials, RecallAmbassador, PersonaNonGrata, Departure:
		return true
	}
	return false
}

// Status is the state of an event.
type Status string

// The event statuses. [Statuses] defines each.
const (
	Held      Status = "held"
	Planned   Status = "planned"
	Postponed Status = "postponed"
	Cancelled Status = "cancelled"
)

// Statuses returns the vocabulary that defines every Status.
func Statuses() diplo.Vocabulary[Status] { return statuses }

// statuses is the vocabulary Statuses returns.
var statuses = diplo.NewVocabulary("event status",
	diplo.Define(Held, "The event took place; an event with no status is held."),
	diplo.Define(Planned, "The event is announced and has not yet taken place."),
	diplo.Define(Postponed, "The event was put off to a later or unknown date."),
	diplo.Define(Cancelled, "The event was called off."),
)

// Description returns the definition of the status.
func (s Status) Description() string { return statuses.Description(s) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// statuses.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// Role is the part an actor plays in an event.
type Role string

// The participant roles. [Roles] defines each.
const (
	Host             Role = "host"
	Guest            Role = "guest"
	Participating    Role = "participant"
	Chair            Role = "chair"
	CoChair          Role = "co-chair"
	Mediator         Role = "mediator"
	Guarantor        Role = "guarantor"
	Facilitator      Role = "facilitator"
	Observer         Role = "observer"
	HeadOfDelegation Role = "head-of-delegation"
	Delegate         Role = "delegate"
	Signatory        Role = "signatory"
	Witness          Role = "witness"
	Speaker          Role = "speaker"
	Initiator        Role = "initiator"
	Target           Role = "target"
	Subject          Role = "subject"
	Sending          Role = "sending"
	Receiving        Role = "receiving"
	EnvoyRole        Role = "envoy"
	Recipient        Role = "recipient"
)

// Roles returns the vocabulary that defines every Role.
func Roles() diplo.Vocabulary[Role] { return roles }

// roles is the vocabulary Roles returns.
var roles = diplo.NewVocabulary("participant role",
	diplo.Define(Host, "Receives the other participants."),
	diplo.Define(Guest, "Is received by the host."),
	diplo.Define(Participating, "Takes part, with no more specific role."),
	diplo.Define(Chair, "Presides over the meeting."),
	diplo.Define(CoChair, "Presides over the meeting together with others."),
	diplo.Define(Mediator, "Mediates between the parties."),
	diplo.Define(Guarantor, "Guarantees the process or its outcome, as guarantor states of a peace process do."),
	diplo.Define(Facilitator, "Facilitates the talks without mediating their substance."),
	diplo.Define(Observer, "Attends without taking part in decisions."),
	diplo.Define(HeadOfDelegation, "Leads a delegation."),
	diplo.Define(Delegate, "Is a member of a delegation."),
	diplo.Define(Signatory, "Signs an accord."),
	diplo.Define(Witness, "Witnesses a signing."),
	diplo.Define(Speaker, "Speaks, at a press conference for instance."),
	diplo.Define(Initiator, "Takes the action in a conflictual event, such as the state that expels diplomats."),
	diplo.Define(Target, "Is acted against, such as the state whose diplomats are expelled."),
	diplo.Define(Subject, "Is the object of the action, such as the expelled diplomats."),
	diplo.Define(Sending, "Sends or accredits the mission or envoy of a step of accreditation: a state or organisation (VCDR art. 2)."),
	diplo.Define(Receiving, "Receives the mission or envoy of a step of accreditation, who is accredited to it: a state or organisation (VCDR art. 2)."),
	diplo.Define(EnvoyRole, "Is the head or member of a mission whom a step of accreditation concerns."),
	diplo.Define(Recipient, "Receives the credentials or commission for the receiving side: its head of state, minister for foreign affairs or head of the organisation (VCDR art. 13)."),
)

// Description returns the definition of the role.
func (r Role) Description() string { return roles.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown roles.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(r, b) }

// RelationKind is the kind of a Relation between events.
type RelationKind string

// The event relation kinds. [RelationKinds] defines each.
const (
	Follows       RelationKind = "follows"
	Continues     RelationKind = "continues"
	OnSidelinesOf RelationKind = "on-sidelines-of"
	Replaces      RelationKind = "replaces"
	PartOfSeries  RelationKind = "part-of-series"
	RespondsTo    RelationKind = "responds-to"
	Prepares      RelationKind = "prepares"
)

// RelationKinds returns the vocabulary that defines every RelationKind.
func RelationKinds() diplo.Vocabulary[RelationKind] { return relationKinds }

// relationKinds is the vocabulary RelationKinds returns.
var relationKinds = diplo.NewVocabulary("event relation",
	diplo.Define(Follows, "Takes place after, and as a consequence of, the other event."),
	diplo.Define(Continues, "Carries on the work or the relationship of the other event."),
	diplo.Define(OnSidelinesOf, "Takes place on the sidelines of the other event."),
	diplo.Define(Replaces, "Takes the place of a postponed or cancelled event."),
	diplo.Define(PartOfSeries, "Belongs to the series of which the other event is the series node or a member."),
	diplo.Define(RespondsTo, "Is a response to the other event, such as a retaliatory expulsion."),
	diplo.Define(Prepares, "Prepares the other event, such as preparatory talks before a summit."),
)

// Description returns the definition of the relation kind.
func (k RelationKind) Description() string { return relationKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// relation kinds.
func (k *RelationKind) UnmarshalText(b []byte) error { return relationKinds.Unmarshal(k, b) }

// Tone classifies a Characterisation.
type Tone string

// The tones. [Tones] defines each.
const (
	Positive Tone = "positive"
	Neutral  Tone = "neutral"
	Negative Tone = "negative"
)

// Tones returns the vocabulary that defines every Tone.
func Tones() diplo.Vocabulary[Tone] { return tones }

// tones is the vocabulary Tones returns.
var tones = diplo.NewVocabulary("tone",
	diplo.Define(Positive, "Approving: constructive, fruitful, friendly."),
	diplo.Define(Neutral, "Neither approving nor disapproving: frank, businesslike."),
	diplo.Define(Negative, "Disapproving: difficult, unacceptable, hostile."),
)

// Description returns the definition of the tone.
func (t Tone) Description() string { return tones.Description(t) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown tones.
func (t *Tone) UnmarshalText(b []byte) error { return tones.Unmarshal(t, b) }

// StatementKind is the kind of a Statement.
type StatementKind string

// The statement kinds. [StatementKinds] defines each.
const (
	Quote          StatementKind = "quote"
	Remarks        StatementKind = "remarks"
	JointStatement StatementKind = "joint-statement"
	CommuniqueText StatementKind = "communique"
	Readout        StatementKind = "readout"
	PressRelease   StatementKind = "press-release"
	Declaration    StatementKind = "declaration"
	Letter         StatementKind = "letter"
)

// StatementKinds returns the vocabulary that defines every StatementKind.
func StatementKinds() diplo.Vocabulary[StatementKind] { return statementKinds }

// statementKinds is the vocabulary StatementKinds returns.
var statementKinds = diplo.NewVocabulary("statement kind",
	diplo.Define(Quote, "Words of a speaker as a source reports them."),
	diplo.Define(Remarks, "A speech or prepared remarks."),
	diplo.Define(JointStatement, "A statement issued together by several parties."),
	diplo.Define(CommuniqueText, "An official communiqué."),
	diplo.Define(Readout, "An official summary of a call or meeting."),
	diplo.Define(PressRelease, "A press release."),
	diplo.Define(Declaration, "A formal declaration that is not an accord."),
	diplo.Define(Letter, "A letter from one party to another, published or reported."),
)

// Description returns the definition of the statement kind.
func (k StatementKind) Description() string { return statementKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// statement kinds.
func (k *StatementKind) UnmarshalText(b []byte) error { return statementKinds.Unmarshal(k, b) }

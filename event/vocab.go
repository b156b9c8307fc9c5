package event

import "github.com/diplo-go/diplo"

//go:generate go run github.com/diplo-go/diplo/internal/cmd/vocabgen

// Kind is the kind of an Event. The taxonomy covers cooperative and
// conflictual diplomacy; each kind maps to CAMEO and PLOVER codes in the
// eventdata package.
type Kind string

// The event kinds, each defined by its doc comment; [Kinds] lists them.
//
//diplo:vocabulary kinds "event kind"
const (
	// A meeting of heads of state or government, bilateral or multilateral.
	Summit Kind = "summit"

	// A visit by a head of state at the invitation of another head of state,
	// with full ceremony; the highest protocol rank.
	StateVisit Kind = "state-visit"

	// A visit by a head of state or government at the invitation of the
	// host, with less ceremony than a state visit.
	OfficialVisit Kind = "official-visit"

	// A visit for talks, with little or no ceremony.
	WorkingVisit Kind = "working-visit"

	// A visit whose protocol rank is not given.
	Visit Kind = "visit"

	// Talks between two parties, one-on-one or between delegations.
	BilateralTalks Kind = "bilateral-talks"

	// A conference of several parties, such as a diplomatic conference that
	// adopts a treaty.
	MultilateralConference Kind = "multilateral-conference"

	// A round of negotiations towards an accord.
	NegotiationRound Kind = "negotiation-round"

	// Talks between parties led or facilitated by a third party.
	Mediation Kind = "mediation"

	// The signing of one or more accords.
	SigningCeremony Kind = "signing-ceremony"

	// A press conference held by one party.
	PressConference Kind = "press-conference"

	// A press conference held together by several parties.
	JointPressConference Kind = "joint-press-conference"

	// A telephone conversation between officials.
	PhoneCall Kind = "phone-call"

	// A video conference between officials.
	VideoCall Kind = "video-call"

	// The issuing of a communiqué, joint statement or declaration.
	Communique Kind = "communique"

	// The sending side's request that the receiving side agree to the person
	// it proposes as head of its mission (VCDR art. 4).
	AgrementRequest Kind = "agrement-request"

	// The receiving side's agrément: its consent to the person proposed as
	// head of a mission (VCDR art. 4).
	Agrement Kind = "agrement"

	// The presentation of a head of mission's letters of credence (VCDR art.
	// 13), or of a head of consular post's commission for the exequatur
	// (VCCR arts. 11 and 12), to the receiving side: its head of state, its
	// minister for foreign affairs or the head of the organisation.
	Credentials Kind = "credentials"

	// The establishment or restoration of diplomatic relations.
	EstablishRelations Kind = "establish-relations"

	// The summoning of a foreign ambassador or diplomat, usually to protest.
	Summoning Kind = "summoning"

	// A formal diplomatic protest: a note of protest or a démarche.
	Protest Kind = "protest"

	// The recall of a state's own ambassador from another state, for
	// consultations or in protest.
	RecallAmbassador Kind = "recall-ambassador"

	// The expulsion of another state's diplomats, or declaring them persona
	// non grata.
	Expulsion Kind = "expulsion"

	// The receiving side's notice that the head or a member of a mission is
	// persona non grata or not acceptable, which obliges the sending side to
	// recall them (VCDR art. 9; VCCR art. 23).
	PersonaNonGrata Kind = "persona-non-grata"

	// The departure of a head of mission or other envoy from the receiving
	// side at the end of their functions (VCDR arts. 39 and 43).
	Departure Kind = "departure"

	// The breaking off of diplomatic relations.
	SeverRelations Kind = "sever-relations"

	// The imposition of sanctions or an embargo.
	Sanctions Kind = "sanctions"

	// A threat or ultimatum addressed to another party.
	Ultimatum Kind = "ultimatum"
)

// Kinds returns the vocabulary of every event Kind: the constants, in
// order, each defined by its doc comment.
func Kinds() diplo.Vocabulary[Kind] { return kinds }

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

// The event statuses, each defined by its doc comment; [Statuses] lists
// them.
//
//diplo:vocabulary statuses "event status"
const (
	// The event took place; an event with no status is held.
	Held Status = "held"

	// The event is announced and has not yet taken place.
	Planned Status = "planned"

	// The event was put off to a later or unknown date.
	Postponed Status = "postponed"

	// The event was called off.
	Cancelled Status = "cancelled"
)

// Statuses returns the vocabulary of every Status: the constants, in
// order, each defined by its doc comment.
func Statuses() diplo.Vocabulary[Status] { return statuses }

// Description returns the definition of the status.
func (s Status) Description() string { return statuses.Description(s) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// statuses.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(s, b) }

// Role is the part an actor plays in an event.
type Role string

// The participant roles, each defined by its doc comment; [Roles] lists
// them.
//
//diplo:vocabulary roles "participant role"
const (
	// Receives the other participants.
	Host Role = "host"

	// Is received by the host.
	Guest Role = "guest"

	// Takes part, with no more specific role.
	Participating Role = "participant"

	// Presides over the meeting.
	Chair Role = "chair"

	// Presides over the meeting together with others.
	CoChair Role = "co-chair"

	// Mediates between the parties.
	Mediator Role = "mediator"

	// Guarantees the process or its outcome, as guarantor states of a peace
	// process do.
	Guarantor Role = "guarantor"

	// Facilitates the talks without mediating their substance.
	Facilitator Role = "facilitator"

	// Attends without taking part in decisions.
	Observer Role = "observer"

	// Leads a delegation.
	HeadOfDelegation Role = "head-of-delegation"

	// Is a member of a delegation.
	Delegate Role = "delegate"

	// Signs an accord.
	Signatory Role = "signatory"

	// Witnesses a signing.
	Witness Role = "witness"

	// Speaks, at a press conference for instance.
	Speaker Role = "speaker"

	// Takes the action in a conflictual event, such as the state that expels
	// diplomats.
	Initiator Role = "initiator"

	// Is acted against, such as the state whose diplomats are expelled.
	Target Role = "target"

	// Is the object of the action, such as the expelled diplomats.
	Subject Role = "subject"

	// Sends or accredits the mission or envoy of a step of accreditation: a
	// state or organisation (VCDR art. 2).
	Sending Role = "sending"

	// Receives the mission or envoy of a step of accreditation, who is
	// accredited to it: a state or organisation (VCDR art. 2).
	Receiving Role = "receiving"

	// Is the head or member of a mission whom a step of accreditation
	// concerns.
	EnvoyRole Role = "envoy"

	// Receives the credentials or commission for the receiving side: its
	// head of state, minister for foreign affairs or head of the
	// organisation (VCDR art. 13).
	Recipient Role = "recipient"
)

// Roles returns the vocabulary of every Role: the constants, in
// order, each defined by its doc comment.
func Roles() diplo.Vocabulary[Role] { return roles }

// Description returns the definition of the role.
func (r Role) Description() string { return roles.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown roles.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(r, b) }

// RelationKind is the kind of a Relation between events.
type RelationKind string

// The event relation kinds, each defined by its doc comment;
// [RelationKinds] lists them.
//
//diplo:vocabulary relationKinds "event relation"
const (
	// Takes place after, and as a consequence of, the other event.
	Follows RelationKind = "follows"

	// Carries on the work or the relationship of the other event.
	Continues RelationKind = "continues"

	// Takes place on the sidelines of the other event.
	OnSidelinesOf RelationKind = "on-sidelines-of"

	// Takes the place of a postponed or cancelled event.
	Replaces RelationKind = "replaces"

	// Belongs to the series of which the other event is the series node or a
	// member.
	PartOfSeries RelationKind = "part-of-series"

	// Is a response to the other event, such as a retaliatory expulsion.
	RespondsTo RelationKind = "responds-to"

	// Happened, or was postponed, cancelled or moved, because of the other
	// event, without being a reply addressed to its authors (which
	// responds-to says): a summit postponed because of a coup, talks called
	// because of a crisis.
	CausedBy RelationKind = "caused-by"

	// Prepares the other event, such as preparatory talks before a summit.
	Prepares RelationKind = "prepares"
)

// RelationKinds returns the vocabulary of every RelationKind: the constants, in
// order, each defined by its doc comment.
func RelationKinds() diplo.Vocabulary[RelationKind] { return relationKinds }

// Description returns the definition of the relation kind.
func (k RelationKind) Description() string { return relationKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// relation kinds.
func (k *RelationKind) UnmarshalText(b []byte) error { return relationKinds.Unmarshal(k, b) }

// Tone classifies a Characterisation.
type Tone string

// The tones, each defined by its doc comment; [Tones] lists them.
//
//diplo:vocabulary tones "tone"
const (
	// Approving: constructive, fruitful, friendly.
	Positive Tone = "positive"

	// Neither approving nor disapproving: frank, businesslike.
	Neutral Tone = "neutral"

	// Disapproving: difficult, unacceptable, hostile.
	Negative Tone = "negative"
)

// Tones returns the vocabulary of every Tone: the constants, in
// order, each defined by its doc comment.
func Tones() diplo.Vocabulary[Tone] { return tones }

// Description returns the definition of the tone.
func (t Tone) Description() string { return tones.Description(t) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown tones.
func (t *Tone) UnmarshalText(b []byte) error { return tones.Unmarshal(t, b) }

// StatementKind is the kind of a Statement.
type StatementKind string

// The statement kinds, each defined by its doc comment; [StatementKinds]
// lists them.
//
//diplo:vocabulary statementKinds "statement kind"
const (
	// Words of a speaker as a source reports them.
	Quote StatementKind = "quote"

	// A speech or prepared remarks.
	Remarks StatementKind = "remarks"

	// A statement issued together by several parties.
	JointStatement StatementKind = "joint-statement"

	// An official communiqué.
	CommuniqueText StatementKind = "communique"

	// An official summary of a call or meeting.
	Readout StatementKind = "readout"

	// A press release.
	PressRelease StatementKind = "press-release"

	// A formal declaration that is not an accord.
	Declaration StatementKind = "declaration"

	// A letter from one party to another, published or reported.
	Letter StatementKind = "letter"
)

// StatementKinds returns the vocabulary of every StatementKind: the constants, in
// order, each defined by its doc comment.
func StatementKinds() diplo.Vocabulary[StatementKind] { return statementKinds }

// Description returns the definition of the statement kind.
func (k StatementKind) Description() string { return statementKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// statement kinds.
func (k *StatementKind) UnmarshalText(b []byte) error { return statementKinds.Unmarshal(k, b) }

// Wording says what is known of the words of a Statement whose text the
// record does not hold.
type Wording string

// The wordings, each defined by its doc comment; [Wordings] lists them.
//
//diplo:vocabulary wordings "statement wording"
const (
	// The statement is known to have been made, but its words were not
	// published: a call's readout reported but not released, a letter
	// delivered but not made public.
	Unpublished Wording = "unpublished"

	// The words were published, but the record does not quote them: a
	// communiqué cited by its title and document symbol.
	NotQuoted Wording = "not-quoted"
)

// Wordings returns the vocabulary of every Wording: the constants, in
// order, each defined by its doc comment.
func Wordings() diplo.Vocabulary[Wording] { return wordings }

// Description returns the definition of the wording.
func (w Wording) Description() string { return wordings.Description(w) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// wordings.
func (w *Wording) UnmarshalText(b []byte) error { return wordings.Unmarshal(w, b) }

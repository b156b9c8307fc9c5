package accord

import "github.com/diplo-go/diplo"

//go:generate go run github.com/diplo-go/diplo/internal/cmd/vocabgen

// Kind is the kind of an Accord. The names follow the terms of the Vienna
// Convention on the Law of Treaties and the United Nations Treaty
// Collection's glossary.
type Kind string

// The accord kinds, each defined by its doc comment; [Kinds] lists them.
//
//diplo:vocabulary kinds "accord kind"
const (
	// A formal written agreement between states or organisations, binding
	// under international law and usually subject to ratification.
	Treaty Kind = "treaty"

	// A multilateral treaty, often negotiated under the auspices of an
	// international organisation.
	Convention Kind = "convention"

	// A binding agreement, usually less formal and narrower than a treaty.
	Agreement Kind = "agreement"

	// An agreement that sets principles and a framework that later
	// agreements implement.
	FrameworkAgreement Kind = "framework-agreement"

	// A record of shared intentions, usually not binding.
	MemorandumOfUnderstanding Kind = "memorandum-of-understanding"

	// An instrument that amends, supplements or implements a treaty.
	Protocol Kind = "protocol"

	// A declaration adopted and signed by the parties together.
	JointDeclaration Kind = "joint-declaration"

	// An agreement concluded by an exchange of diplomatic notes.
	ExchangeOfNotes Kind = "exchange-of-notes"

	// The constituent instrument of an international organisation.
	Charter Kind = "charter"

	// A programme or roadmap of joint actions.
	ActionPlan Kind = "action-plan"

	// An agreement to stop hostilities.
	Ceasefire Kind = "ceasefire"

	// An agreement that settles an armed conflict.
	PeaceAgreement Kind = "peace-agreement"
)

// Kinds returns the vocabulary of every accord Kind: the constants, in
// order, each defined by its doc comment.
func Kinds() diplo.Vocabulary[Kind] { return kinds }

// Description returns the definition of the kind.
func (k Kind) Description() string { return kinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown kinds.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }

// ActionKind is the kind of a lifecycle Action.
type ActionKind string

// The lifecycle actions, in the order they usually come, each defined by
// its doc comment; [ActionKinds] lists them.
//
//diplo:vocabulary actionKinds "accord action"
const (
	// The text is adopted by the negotiating parties or a conference.
	Adoption ActionKind = "adoption"

	// Negotiators initial the text to authenticate it.
	Initialling ActionKind = "initialling"

	// The accord is opened for signature, usually at the depositary.
	OpeningForSignature ActionKind = "opening-for-signature"

	// A party signs the accord.
	Signature ActionKind = "signature"

	// A party ratifies the accord it signed, consenting to be bound.
	Ratification ActionKind = "ratification"

	// A party accepts the accord, with the legal effect of ratification.
	Acceptance ActionKind = "acceptance"

	// A party approves the accord, with the legal effect of ratification.
	Approval ActionKind = "approval"

	// A party that did not sign consents to be bound.
	Accession ActionKind = "accession"

	// A new state declares itself bound by a treaty of its predecessor.
	Succession ActionKind = "succession"

	// The accord is applied, wholly or in part, before it enters into
	// force.
	ProvisionalApplication ActionKind = "provisional-application"

	// The accord becomes binding, for all parties or for one.
	EntryIntoForce ActionKind = "entry-into-force"

	// The operation of the accord is suspended, for all parties or for
	// one.
	Suspension ActionKind = "suspension"

	// A party withdraws from or denounces the accord.
	Withdrawal ActionKind = "withdrawal"

	// The accord ends for all parties.
	Termination ActionKind = "termination"
)

// ActionKinds returns the vocabulary of every ActionKind: the constants, in
// order, each defined by its doc comment.
func ActionKinds() diplo.Vocabulary[ActionKind] { return actionKinds }

// Description returns the definition of the action kind.
func (k ActionKind) Description() string { return actionKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// actions.
func (k *ActionKind) UnmarshalText(b []byte) error { return actionKinds.Unmarshal(k, b) }

// place returns the place of k in ActionKinds' values, or -1 for a kind
// that is not in the vocabulary.
func (k ActionKind) place() int {
	switch k {
	case Adoption:
		return 0
	case Initialling:
		return 1
	case OpeningForSignature:
		return 2
	case Signature:
		return 3
	case Ratification:
		return 4
	case Acceptance:
		return 5
	case Approval:
		return 6
	case Accession:
		return 7
	case Succession:
		return 8
	case ProvisionalApplication:
		return 9
	case EntryIntoForce:
		return 10
	case Suspension:
		return 11
	case Withdrawal:
		return 12
	case Termination:
		return 13
	}
	return -1
}

// requires reports whether an action of kind k cannot come before an
// action of kind e (for the same party, or accord-wide; an accord-wide entry
// into force is not held to the actions of one party, see
// Accord.Validate):
//
//   - nothing comes before the adoption of the text, except initialling;
//   - ratification, acceptance and approval come after signature;
//   - entry into force comes after signature, consent to be bound
//     (ratification, acceptance, approval, accession, succession) and
//     adoption;
//   - suspension, withdrawal and termination come after entry into force,
//     signature and consent to be bound.
func (k ActionKind) requires(e ActionKind) bool {
	switch e {
	case Adoption:
		return k != Adoption && k != Initialling
	case Signature:
		switch k {
		case Ratification, Acceptance, Approval, EntryIntoForce, Suspension, Withdrawal, Termination:
			return true
		}
	case Ratification, Acceptance, Approval, Accession, Succession:
		switch k {
		case EntryIntoForce, Suspension, Withdrawal, Termination:
			return true
		}
	case EntryIntoForce:
		switch k {
		case Suspension, Withdrawal, Termination:
			return true
		}
	}
	return false
}

// Capacity is the capacity in which a person signs an accord.
type Capacity string

// The signing capacities, each defined by its doc comment; [Capacities]
// lists them.
//
//diplo:vocabulary capacities "signing capacity"
const (
	// Signs on behalf of a party; a signatory with no capacity signs in
	// this one.
	AsSignatory Capacity = "signatory"

	// Signs as a witness, not on behalf of a party.
	AsWitness Capacity = "witness"

	// Signs as guarantor of the accord's implementation.
	AsGuarantor Capacity = "guarantor"

	// Signs as the mediator who brokered the accord.
	AsMediator Capacity = "mediator"
)

// Capacities returns the vocabulary of every Capacity: the constants, in
// order, each defined by its doc comment.
func Capacities() diplo.Vocabulary[Capacity] { return capacities }

// Description returns the definition of the capacity.
func (c Capacity) Description() string { return capacities.Description(c) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// capacities.
func (c *Capacity) UnmarshalText(b []byte) error { return capacities.Unmarshal(c, b) }

// signsForParty reports whether a signatory in this capacity acts for a
// party of the accord.
func (c Capacity) signsForParty() bool { return c == "" || c == AsSignatory }

// RelationKind is the kind of a Relation between accords.
type RelationKind string

// The accord relation kinds, each defined by its doc comment;
// [RelationKinds] lists them.
//
//diplo:vocabulary relationKinds "accord relation"
const (
	// Changes the text of the other accord.
	Amends RelationKind = "amends"

	// Replaces the other accord.
	Supersedes RelationKind = "supersedes"

	// Carries out the other accord, such as a protocol under a framework
	// agreement.
	Implements RelationKind = "implements"

	// Adds to the other accord without changing it.
	Supplements RelationKind = "supplements"

	// Prolongs the other accord in time.
	Extends RelationKind = "extends"

	// Ends the other accord.
	Terminates RelationKind = "terminates"
)

// RelationKinds returns the vocabulary of every RelationKind: the constants, in
// order, each defined by its doc comment.
func RelationKinds() diplo.Vocabulary[RelationKind] { return relationKinds }

// Description returns the definition of the relation kind.
func (k RelationKind) Description() string { return relationKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// relation kinds.
func (k *RelationKind) UnmarshalText(b []byte) error { return relationKinds.Unmarshal(k, b) }

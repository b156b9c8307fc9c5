package accord

import "github.com/diplo-go/diplo"

// Kind is the kind of an Accord. The names follow the terms of the Vienna
// Convention on the Law of Treaties and the United Nations Treaty
// Collection's glossary.
type Kind string

// The accord kinds. [Kinds] defines each.
const (
	Treaty                    Kind = "treaty"
	Convention                Kind = "convention"
	Agreement                 Kind = "agreement"
	FrameworkAgreement        Kind = "framework-agreement"
	MemorandumOfUnderstanding Kind = "memorandum-of-understanding"
	Protocol                  Kind = "protocol"
	JointDeclaration          Kind = "joint-declaration"
	ExchangeOfNotes           Kind = "exchange-of-notes"
	Charter                   Kind = "charter"
	ActionPlan                Kind = "action-plan"
	Ceasefire                 Kind = "ceasefire"
	PeaceAgreement            Kind = "peace-agreement"
)

// Kinds returns the vocabulary that defines every accord Kind.
func Kinds() diplo.Vocabulary[Kind] { return kinds }

// kinds is the vocabulary Kinds returns.
var kinds = diplo.NewVocabulary("accord kind",
	diplo.Define(Treaty, "A formal written agreement between states or organisations, binding under international law and usually subject to ratification."),
	diplo.Define(Convention, "A multilateral treaty, often negotiated under the auspices of an international organisation."),
	diplo.Define(Agreement, "A binding agreement, usually less formal and narrower than a treaty."),
	diplo.Define(FrameworkAgreement, "An agreement that sets principles and a framework that later agreements implement."),
	diplo.Define(MemorandumOfUnderstanding, "A record of shared intentions, usually not binding."),
	diplo.Define(Protocol, "An instrument that amends, supplements or implements a treaty."),
	diplo.Define(JointDeclaration, "A declaration adopted and signed by the parties together."),
	diplo.Define(ExchangeOfNotes, "An agreement concluded by an exchange of diplomatic notes."),
	diplo.Define(Charter, "The constituent instrument of an international organisation."),
	diplo.Define(ActionPlan, "A programme or roadmap of joint actions."),
	diplo.Define(Ceasefire, "An agreement to stop hostilities."),
	diplo.Define(PeaceAgreement, "An agreement that settles an armed conflict."),
)

// Description returns the definition of the kind.
func (k Kind) Description() string { return kinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown kinds.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(k, b) }

// ActionKind is the kind of a lifecycle Action.
type ActionKind string

// The lifecycle actions, in the order they usually come.
// [ActionKinds] defines each.
const (
	Adoption               ActionKind = "adoption"
	Initialling            ActionKind = "initialling"
	OpeningForSignature    ActionKind = "opening-for-signature"
	Signature              ActionKind = "signature"
	Ratification           ActionKind = "ratification"
	Acceptance             ActionKind = "acceptance"
	Approval               ActionKind = "approval"
	Accession              ActionKind = "accession"
	Succession             ActionKind = "succession"
	ProvisionalApplication ActionKind = "provisional-application"
	EntryIntoForce         ActionKind = "entry-into-force"
	Suspension             ActionKind = "suspension"
	Withdrawal             ActionKind = "withdrawal"
	Termination            ActionKind = "termination"
)

// ActionKinds returns the vocabulary that defines every ActionKind.
func ActionKinds() diplo.Vocabulary[ActionKind] { return actionKinds }

// actionKinds is the vocabulary ActionKinds returns.
var actionKinds = diplo.NewVocabulary("accord action",
	diplo.Define(Adoption, "The text is adopted by the negotiating parties or a conference."),
	diplo.Define(Initialling, "Negotiators initial the text to authenticate it."),
	diplo.Define(OpeningForSignature, "The accord is opened for signature, usually at the depositary."),
	diplo.Define(Signature, "A party signs the accord."),
	diplo.Define(Ratification, "A party ratifies the accord it signed, consenting to be bound."),
	diplo.Define(Acceptance, "A party accepts the accord, with the legal effect of ratification."),
	diplo.Define(Approval, "A party approves the accord, with the legal effect of ratification."),
	diplo.Define(Accession, "A party that did not sign consents to be bound."),
	diplo.Define(Succession, "A new state declares itself bound by a treaty of its predecessor."),
	diplo.Define(ProvisionalApplication, "The accord is applied, wholly or in part, before it enters into force."),
	diplo.Define(EntryIntoForce, "The accord becomes binding, for all parties or for one."),
	diplo.Define(Suspension, "The operation of the accord is suspended, for all parties or for one."),
	diplo.Define(Withdrawal, "A party withdraws from or denounces the accord."),
	diplo.Define(Termination, "The accord ends for all parties."),
)

// Description returns the definition of the action kind.
func (k ActionKind) Description() string { return actionKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// actions.
func (k *ActionKind) UnmarshalText(b []byte) error { return actionKinds.Unmarshal(k, b) }

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

// The signing capacities. [Capacities] defines each.
const (
	AsSignatory Capacity = "signatory"
	AsWitness   Capacity = "witness"
	AsGuarantor Capacity = "guarantor"
	AsMediator  Capacity = "mediator"
)

// Capacities returns the vocabulary that defines every Capacity.
func Capacities() diplo.Vocabulary[Capacity] { return capacities }

// capacities is the vocabulary Capacities returns.
var capacities = diplo.NewVocabulary("signing capacity",
	diplo.Define(AsSignatory, "Signs on behalf of a party; a signatory with no capacity signs in this one."),
	diplo.Define(AsWitness, "Signs as a witness, not on behalf of a party."),
	diplo.Define(AsGuarantor, "Signs as guarantor of the accord's implementation."),
	diplo.Define(AsMediator, "Signs as the mediator who brokered the accord."),
)

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

// The accord relation kinds. [RelationKinds] defines each.
const (
	Amends      RelationKind = "amends"
	Supersedes  RelationKind = "supersedes"
	Implements  RelationKind = "implements"
	Supplements RelationKind = "supplements"
	Extends     RelationKind = "extends"
	Terminates  RelationKind = "terminates"
)

// RelationKinds returns the vocabulary that defines every RelationKind.
func RelationKinds() diplo.Vocabulary[RelationKind] { return relationKinds }

// relationKinds is the vocabulary RelationKinds returns.
var relationKinds = diplo.NewVocabulary("accord relation",
	diplo.Define(Amends, "Changes the text of the other accord."),
	diplo.Define(Supersedes, "Replaces the other accord."),
	diplo.Define(Implements, "Carries out the other accord, such as a protocol under a framework agreement."),
	diplo.Define(Supplements, "Adds to the other accord without changing it."),
	diplo.Define(Extends, "Prolongs the other accord in time."),
	diplo.Define(Terminates, "Ends the other accord."),
)

// Description returns the definition of the relation kind.
func (k RelationKind) Description() string { return relationKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// relation kinds.
func (k *RelationKind) UnmarshalText(b []byte) error { return relationKinds.Unmarshal(k, b) }

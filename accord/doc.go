// Package accord models written agreements between states and
// organisations, from treaties to memoranda of understanding: who the
// parties are, who signed for them and in what capacity, what the accord is
// about, what bodies it creates, and the actions of its lifecycle, per
// party where they differ.
//
// An Accord is a node of a document graph. It links by ID to its parties
// (states and organisations, see package actor), to the persons who signed
// it, to the organisations it creates (an intergovernmental commission has
// CreatedBy pointing back), to the events where it was signed, and to other
// accords it amends, supersedes or implements.
//
//	a := accord.Accord{
//		ID:      diplo.NewID(),
//		Kind:    accord.Agreement,
//		Title:   diplo.NewText("fr", "Accord sur les principes fondamentaux des relations entre la Russie et le Mali"),
//		Parties: []diplo.ID{russia, mali},
//		Signatories: []accord.Signatory{
//			{Person: signerRU, Party: russia},
//			{Person: signerML, Party: mali},
//		},
//		Actions: []accord.Action{
//			{Kind: accord.Signature, Date: diplo.MustParseDate("2025-06-23"), Event: signing},
//		},
//	}
//
// # Kinds
//
// Kinds follow the terms of the Vienna Convention on the Law of Treaties and
// of the United Nations Treaty Collection: treaty, convention, agreement,
// framework agreement, memorandum of understanding, protocol, joint
// declaration, exchange of notes, charter, action plan, ceasefire and peace
// agreement. The name an instrument gives itself does not settle whether it
// binds; when sources disagree on the kind, the accord keeps one and records
// the other as a diplo.Claim.
//
// # Parties and signatories
//
// Parties are the states and organisations the accord binds. A Signatory is
// a person who signed, with the Party on whose behalf and the Capacity in
// which: signatory (the default), witness, guarantor or mediator. Whoever
// signs as signatory signs for a party of the accord: the party is required
// (diplo.ErrRequired) and must be among Parties (diplo.ErrInconsistent). A
// witness, guarantor or mediator signs for no party and needs none; a head
// of state who witnesses ministers signing is a witness.
//
// # Lifecycle
//
// Actions are the steps of the lifecycle, each of a kind from ActionKinds:
// adoption and initialling of the text; signature; consent to be bound by
// ratification, acceptance, approval, accession or succession; provisional
// application; entry into force; suspension; withdrawal; termination.
//
// An action with a Party is that party's: its signature, its ratification,
// the entry into force of the accord for it. An action without a Party
// applies to the accord as a whole: the adoption of the text, the general
// entry into force, the termination. A bilateral agreement signed at one
// ceremony may record a single accord-wide signature. ActionsOf returns the
// lifecycle of one party: its own actions and the accord-wide ones.
//
// # Order of the lifecycle
//
// Validate rejects an action dated before an action it requires, with an
// *OrderError at actions[i].date that wraps diplo.ErrOrder and names both
// actions (for each action, the first such one in the list). An action
// cannot come before:
//
//   - the adoption of the text, unless it is the initialling;
//   - for ratification, acceptance and approval: the signature;
//   - for entry into force: the adoption, the signature and the consent to
//     be bound (ratification, acceptance, approval, accession, succession);
//   - for suspension, withdrawal and termination: the adoption, the
//     signature, the consent to be bound and the entry into force.
//
// No other pair is ordered. Accession needs no signature, by definition;
// provisional application may precede entry into force and consent; a
// suspension may follow or precede a termination.
//
// The rules apply within one party's lifecycle and within the accord-wide
// one, and an accord-wide action constrains every party's: no party signs
// before the text is adopted, and no party ratifies before an accord-wide
// signature. Actions of different parties never constrain each other: one
// state may ratify before another signs. One exception follows the Vienna
// Convention, art. 24(3): the accord may enter into force as a whole before
// a party signs or consents, and then enters into force for that party on a
// later date, so an accord-wide entry into force is not held to one party's
// actions. Only entry into force is exempted: an accord-wide suspension,
// withdrawal or termination still comes after every party's signature,
// consent and entry into force, since no party joins an accord that has
// ended for all.
//
//	Actions: []accord.Action{
//		{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("1990-09-02")},        // for all
//		{Kind: accord.Signature, Date: diplo.MustParseDate("2002-05-09"), Party: late}, // valid
//		{Kind: accord.Ratification, Date: diplo.MustParseDate("2015-10-01"), Party: late},
//		{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2015-10-31"), Party: late},
//	},
//
// # Which dates are compared
//
// Only exact dates are compared: a pair in which either date is unknown,
// uncertain ("2025-06-23?") or approximate ("2025-06~") is not judged.
// Dates of different precision are compared by the spans they stand for,
// and only a certain order counts: a signature in "2020" is not judged
// against a ratification on 2020-03-01, which may follow it, but a
// signature in "2021" is. Two actions on the same day are in order.
//
// The reason is that sources are often vague or wrong about dates, and a
// record that keeps their doubt must not fail validation for it. A check
// that rejected possible lifecycles would push users to drop the qualifier
// or invent precision; Validate reports only what is certainly impossible.
//
// # Validation
//
// Besides the order, Validate checks the fields on their own: the kind and
// title, that ids are IRIs and listed once, the capacities and action kinds,
// the subject domains, the authentic languages (BCP 47 tags, "und" is
// rejected) and that the accord is not related to itself. Every error is a
// *diplo.FieldError whose path uses the JSON names
// ("signatories[0].party"). Rules that need other nodes, such as whether a
// signatory took part in the signing event, are checked by the graph that
// holds the accord.
//
// # References
//
//   - Vienna Convention on the Law of Treaties, Vienna, 23 May 1969, United
//     Nations Treaty Series vol. 1155, p. 331: arts. 11-18 (consent to be
//     bound by signature, exchange of instruments, ratification, acceptance,
//     approval or accession, and the obligation not to defeat the object of
//     a treaty before its entry into force), art. 24 (entry into force),
//     arts. 54-56 (termination of and withdrawal from a treaty):
//     https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf
//   - United Nations, Office of Legal Affairs, Treaty Handbook, revised
//     edition (2012), for the final clauses, the terms of the lifecycle and
//     the role of the depositary:
//     https://treaties.un.org/doc/source/publications/THB/English.pdf
//   - United Nations Treaty Series (UNTS) and the registration of treaties
//     under Article 102 of the Charter; registration numbers are diplo
//     identifiers of scheme unts: https://treaties.un.org/
package accord

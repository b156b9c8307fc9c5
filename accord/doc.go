// Package accord models written agreements between states and
// organisations, from treaties to memoranda of understanding: an
// [Accord], its parties, who signed it for them and in what capacity,
// what it is about, what bodies it creates, and the [Action]s of its
// lifecycle, per party where they differ.
//
// An Accord is a node of a document graph, a plain struct that works as a
// literal. It links by ID to its parties (states and organisations), to
// the persons who signed it, to the organisations it creates, to the
// events where it was signed and to other accords. The main entry points:
//
//   - [Accord], of a [Kind] (the terms of the Vienna Convention on the Law
//     of Treaties and of the United Nations Treaty Collection), with
//     [Signatory]s who sign in a [Capacity] and [Relation]s to other
//     accords.
//   - [Action], a step of the lifecycle of an [ActionKind]: with a Party,
//     that party's (its signature, its ratification); without one, the
//     accord's as a whole (the adoption of the text, the general entry
//     into force). [Accord.ActionsOf] returns the lifecycle of one party.
//   - [Accord.Validate], which reports every broken rule as a
//     *diplo.FieldError with its JSON path ("signatories[0].party"), and
//     an action dated before one it requires as an [*OrderError]. Rules
//     that need other nodes (that a signatory took part in the signing
//     event) are checked by package graph.
//
// When sources disagree on the kind of an instrument, the accord keeps one
// and records the other as a diplo.Claim: the name an instrument gives
// itself does not settle whether it binds.
//
//	a := accord.Accord{
//		ID:      diplo.NewID(),
//		Kind:    accord.Agreement,
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
// See the examples of [Accord.Validate], [Accord.ActionsOf] and
// [Signatory].
//
// # Order of the lifecycle
//
// Validate rejects an action dated before an action it requires (for each
// action, the first such one in the list). An action cannot come before:
//
//   - the adoption of the text, unless it is the initialling;
//   - for ratification, acceptance and approval: the signature;
//   - for entry into force: the adoption, the signature and the consent to
//     be bound (ratification, acceptance, approval, accession, succession);
//   - for suspension, withdrawal and termination: the adoption, the
//     signature, the consent to be bound and the entry into force.
//
// No other pair is ordered. The rules apply within one party's lifecycle
// and within the accord-wide one, and an accord-wide action constrains
// every party's; actions of different parties never constrain each other.
// One exception follows the Vienna Convention, art. 24(3): an accord-wide
// entry into force is not held to one party's actions, since the accord
// may enter into force for that party later. For the same reason a
// party's own entry into force cannot come before the accord-wide one.
//
// The order is judged on each action's Date: when it was taken, so for an
// instrument when it was deposited or notified. An action that takes
// effect later records that date in Effective (a withdrawal notified on
// 2019-11-04 that takes effect on 2020-11-04), which cannot come before
// Date; [Action.TakesEffect] returns the one that applies. An entry into
// force has no Effective date: its Date is when it took effect, and one
// with a Party is that party's own, which may differ from the general one.
//
// Only exact dates are compared: a pair in which either date is unknown,
// uncertain ("2025-06-23?") or approximate ("2025-06~") is not judged, and
// dates of different precision count only when their order is certain (a
// signature in "2020" is not judged against a ratification on 2020-03-01).
// Two actions on the same day are in order.
//
// # References
//
//   - Vienna Convention on the Law of Treaties, Vienna, 23 May 1969, United
//     Nations Treaty Series vol. 1155, p. 331: arts. 11-18 (consent to be
//     bound), art. 24 (entry into force), arts. 54-56 (termination and
//     withdrawal):
//     https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf
//   - United Nations, Office of Legal Affairs, Treaty Handbook, revised
//     edition (2012): https://treaties.un.org/doc/source/publications/THB/English.pdf
//   - United Nations Treaty Series (UNTS) and the registration of treaties
//     under Article 102 of the Charter; registration numbers are diplo
//     identifiers of scheme unts: https://treaties.un.org/
package accord

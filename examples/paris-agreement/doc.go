// Command paris-agreement prints the record of the Paris Agreement as a
// diplo graph in JSON: a multilateral conference that adopts a treaty, a
// ceremony that opens it for signature, its entry into force, and two
// parties that act on different dates.
//
//	go run ./examples/paris-agreement
//
// # What the record holds
//
//   - COP21, Paris–Le Bourget, 30 November to 12 December 2015, chaired by
//     Laurent Fabius; the Agreement was adopted there on 12 December 2015.
//   - The high-level signature ceremony at United Nations Headquarters,
//     New York, on 22 April 2016, when the Agreement was opened for
//     signature.
//   - The lifecycle of the Agreement: accord-wide actions (adoption, entry
//     into force on 4 November 2016) and actions of one party. The United
//     States signed on 22 April 2016, accepted on 3 September 2016 and
//     withdrew with effect from 4 November 2020; France signed on 22 April
//     2016 and approved on 5 October 2016. [accord.Accord.ActionsOf] gives
//     each party's lifecycle.
//   - The Secretary-General of the United Nations as depositary (an
//     office, held in 2016 by Ban Ki-moon), the six authentic languages
//     (ar, zh, en, fr, ru, es), the UNTS registration I-54113, and the
//     relation to the United Nations Framework Convention on Climate
//     Change, which the Agreement implements.
//
// # Order of the lifecycle
//
// [accord.Accord.Validate] checks that no action of a party comes before an
// action it requires: acceptance and approval after signature, withdrawal
// after entry into force. The accord-wide entry into force is not held to
// the actions of one party.
//
// # References
//
//   - Paris Agreement, United Nations Treaty Series, registration no.
//     I-54113; Multilateral Treaties Deposited with the Secretary-General,
//     chapter XXVII.7.d.
//   - Decision 1/CP.21, Adoption of the Paris Agreement,
//     FCCC/CP/2015/10/Add.1.
//   - Vienna Convention on the Law of Treaties (1969), articles 11–16
//     (consent to be bound) and 24 (entry into force).
package main

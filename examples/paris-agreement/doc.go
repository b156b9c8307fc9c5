// Command paris-agreement prints the record of the Paris Agreement as a
// diplo graph in JSON: a multilateral conference that adopts a treaty, a
// ceremony that opens it for signature, its entry into force, and two
// parties that act on different dates, one of which withdraws, joins again
// and withdraws again.
//
//	go run ./examples/paris-agreement
//
// # What the record holds
//
//   - COP21, Paris–Le Bourget, 30 November to 12 December 2015, chaired by
//     Laurent Fabius; the Agreement was adopted there on 12 December 2015.
//   - The high-level signature ceremony at United Nations Headquarters,
//     New York, on 22 April 2016, when the Agreement was opened for
//     signature (an accord-wide action of kind opening-for-signature that
//     names the ceremony).
//   - The lifecycle of the Agreement: accord-wide actions (adoption,
//     opening for signature, entry into force on 4 November 2016) and
//     actions of one party. France signed on 22 April 2016 and approved on
//     5 October 2016. The United States signed on 22 April 2016, accepted
//     on 3 September 2016 and withdrew with effect from 4 November 2020;
//     it accepted again on 20 January 2021, the Agreement entered into
//     force for it on 19 February 2021, and it withdrew again with effect
//     from 27 January 2026. [accord.Accord.ActionsOf] gives each party's
//     lifecycle.
//   - A withdrawal is dated when it takes effect, one year after the
//     notification (article 28); the action's attribution notes the date
//     of the notification (4 November 2019, 27 January 2025).
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
// after entry into force. Where a party has several actions of a required
// kind, one of them not coming after is enough: the second withdrawal of
// the United States needs an entry into force before it, and has two; the
// second acceptance needs a signature, and has the one of 2016. The
// accord-wide entry into force is not held to the actions of one party.
//
// # References
//
//   - Paris Agreement, United Nations Treaty Series, registration no.
//     I-54113; Multilateral Treaties Deposited with the Secretary-General,
//     chapter XXVII.7.d.
//   - Decision 1/CP.21, Adoption of the Paris Agreement,
//     FCCC/CP/2015/10/Add.1.
//   - Paris Agreement, articles 20 (opening for signature), 21 (entry into
//     force) and 28 (withdrawal).
//   - Vienna Convention on the Law of Treaties (1969), articles 11–16
//     (consent to be bound) and 24 (entry into force).
package main

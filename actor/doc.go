// Package actor models who acts in diplomacy: persons, states,
// organisations, the offices they hold, the tenures that join a person to
// an office, the delegations that represent a party at an event, and the
// diplomatic and consular missions that represent it abroad.
//
// Every type is a plain struct that works as a literal, a node of a
// document graph with an ID, and has a Validate method that reports every
// broken rule as a *diplo.FieldError with its JSON path ("qualifiers[1]").
// Nodes link to each other by ID, never by Go pointer; rules that need
// other nodes (that a tenure's office exists) are checked by package
// graph. The nodes:
//
//   - [Person]: a human being, with a name in one or more languages.
//   - [State]: a sovereign state. Its ID is made from its ISO 3166-1 code
//     ([StateID], [NewState]), so that two records of the same state agree
//     without coordination.
//   - [Organization]: any body that is not a state, of an [OrgKind].
//   - [Office]: a post, such as the President of the Russian Federation,
//     with an [OfficeRole].
//   - [Tenure]: a person holds an office from Start to End, possibly with
//     [Qualifier]s (acting, interim, transitional, ...).
//   - [Delegation]: a head and members representing a party at an event;
//     the event lists the delegation, or its head in the role
//     head-of-delegation, among its participants.
//   - [Mission]: an embassy, consulate, permanent mission or other
//     mission of a [MissionKind], sent by one state or organisation to
//     another. Its head holds an [Office] of the mission; a tenure's
//     AccreditedTo lists the further sides the head is accredited to
//     (concurrent accreditation), and the qualifier non-resident marks an
//     envoy who resides elsewhere. The steps of an accreditation
//     (agrément, credentials, recall, persona non grata, departure) are
//     events, in package event.
//
// News often blurs how an office is held (a "président par intérim" who
// is in law the President of the Transition): the record keeps the
// office's own name in [Office] and the qualifier that applies in the
// [Tenure]:
//
//	mali, err := actor.NewState("ML", "fr", "Mali") // mali.ID == actor.StateID("ML")
//	goita := actor.Tenure{
//		ID:         diplo.NewID(),
//		Person:     goitaID,
//		Office:     presidentOfTheTransitionID,
//		Start:      diplo.MustParseDate("2021-05-24"),
//		Qualifiers: []actor.Qualifier{actor.Transitional},
//	}
//
// See the examples of [NewState] and [Tenure].
//
// # References
//
//   - Popolo Project, data specification for persons, organizations,
//     posts and memberships: https://www.popoloproject.com/specs/
//   - Wikidata property P39, "position held", with its qualifiers start
//     time (P580), end time (P582) and replaces (P1365):
//     https://www.wikidata.org/wiki/Property:P39
//   - ISO 3166-1, Codes for the representation of names of countries and
//     their subdivisions, Part 1: Country codes:
//     https://www.iso.org/iso-3166-country-codes.html
//   - RFC 9562, Universally Unique IDentifiers (UUIDs), for the name-based
//     IDs of version 5: https://www.rfc-editor.org/rfc/rfc9562
package actor

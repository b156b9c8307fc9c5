// Package actor models who acts in diplomacy: persons, states,
// organisations, the offices they hold, the tenures that join a person to an
// office, and the delegations that represent a party at an event.
//
// Every type is a plain struct that works as a literal, is a node of a
// document graph with an ID (see diplo.ID), always writes its "type" in JSON
// ("Person", "State", ...) and has a Validate method that reports every
// broken rule with its JSON path. Nodes link to each other by ID, never by
// Go pointer: a Tenure names its Person and its Office, an Office names the
// State or Organization it belongs to.
//
// # Nodes
//
//   - Person: a human being, with a name in one or more languages
//     (diplo.Text), external identifiers and nationalities.
//   - State: a sovereign state, identified by its ISO 3166-1 alpha-2 code.
//   - Organization: any body that is not a state, of a kind from OrgKinds:
//     an intergovernmental organisation, a ministry, a joint commission
//     (which an accord may create: CreatedBy), a party, a company. PartOf
//     places it inside a state or a parent body; Members lists the states
//     or bodies that belong to it.
//   - Office: a post, such as the President of the Russian Federation,
//     belonging to a state or an organisation (Of), with a Role from
//     OfficeRoles.
//   - Tenure: a person holds an office from Start to End, possibly with
//     Qualifiers.
//   - Delegation: a head and members representing a state or organisation
//     at an event; events list the delegation as a participant.
//
// # States and their IDs
//
// A state is known everywhere by its ISO 3166-1 code, so its ID is made
// from that code: StateID gives https://w3id.org/diplo/id/state/ML for
// Mali, and NewState checks the code (alpha-2 or alpha-3, in either case,
// against the regions of golang.org/x/text/language) and sets that ID. Two
// programs that record Mali independently both write that IRI, and their
// records merge without coordination:
//
//	mali, err := actor.NewState("ML", "fr", "Mali")
//	// mali.ID == actor.StateID("ML")
//
// Validate refuses a state whose ID is not StateID of its Country, with an
// error that names the ID it must have. The JSON-LD context maps every
// country code of diplo JSON (a person's nationality, an organisation's or
// a place's country) to the same IRI, so that in RDF each such reference
// names the state's node. Persons and organisations get a name-based ID
// from a stable key such as a Wikidata item (diplo.IDFor of wikidata:Q7747),
// or a random one from diplo.NewID.
//
// # Tenures and qualifiers
//
// A tenure is the fact that joins a person to an office for a time, as a
// Popolo membership or a Wikidata "position held" statement with its start
// and end qualifiers does. Start and End are partial dates (diplo.Date): a
// zero End means the tenure lasts or its end is unknown. Validate rejects an
// End certainly before the Start (diplo.ErrOrder); a year that contains the
// start, such as a tenure from 2020-09-25 ending "2020", is not judged
// wrong.
//
// Qualifiers say how the office is held, from the closed vocabulary
// Qualifiers: acting, interim, transitional, designate, elect, disputed.
// Each may appear once. News often blurs them (a "président par intérim"
// who is in law the President of the Transition); the record keeps the
// office's own name in Office.Name and the qualifier that applies:
//
//	goita := actor.Tenure{
//		ID:         diplo.NewID(),
//		Person:     goitaID,
//		Office:     presidentOfTheTransitionID,
//		Start:      diplo.MustParseDate("2021-05-24"),
//		Qualifiers: []actor.Qualifier{actor.Transitional},
//	}
//
// # Delegations
//
// A delegation represents one party at one event. Its Head is a member
// already and must not be listed again in Members (diplo.ErrDuplicate). To
// say that a person took part as head of delegation, an event lists the
// person with the role head-of-delegation, or lists the delegation itself.
//
// # Validation
//
// Validate checks a node on its own: required fields, the form of IDs,
// identifiers and country codes, closed vocabularies, date order, and
// values listed twice. Every error is a *diplo.FieldError whose path uses
// the JSON names ("qualifiers[1]", "name.fr"), and wraps a sentinel such as
// diplo.ErrRequired, so errors.Is and errors.As both work. Rules that need
// other nodes, such as whether a Tenure's Office exists, are checked by the
// graph that holds the nodes.
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

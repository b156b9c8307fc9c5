// Package graph holds a self-contained diplo record, [Graph], and checks
// the rules that span its nodes.
//
// A diplo record is a graph: persons, states, organisations, events,
// accords, statements, resolutions, votes and sources are its nodes, and
// they link to one
// another by ID. A Graph holds every node once, in a list per node type,
// and is written as one JSON object:
//
//	{
//	  "type": "Graph",
//	  "persons": [{"id": "https://example.org/persons/goita", "type": "Person", "name": {"fr": "Assimi Goïta"}}],
//	  "states": [{"id": "https://w3id.org/diplo/id/state/ML", "type": "State", "name": {"fr": "Mali"}, "country": "ML"}],
//	  "events": [{
//	    "id": "https://example.org/events/visit", "type": "Event", "kind": "official-visit",
//	    "participants": [{"actor": "https://example.org/persons/goita", "role": "guest"}]
//	  }]
//	}
//
// The package is named after what it holds, so that the type reads
// graph.Graph; with the diplo JSON-LD context, a Graph document is a
// JSON-LD graph whose RDF subjects are the node IDs. The main entry
// points:
//
//   - [NewBuilder] builds a record as a story is told: [Builder.Add] adds a
//     node and returns its ID, derived from the record's ID and the node's
//     local name unless the node has a better one (a state's
//     [actor.StateID], a Wikidata item's [diplo.IDFor]); errors of the
//     values it parses are kept and returned once, with their lines, by
//     [Builder.Graph].
//   - [Graph.Validate] checks every node with its own Validate method and
//     then the rules below, and reports every broken rule as a
//     *diplo.FieldError whose path runs from the root of the graph
//     (accords[1].signatories[0].party); a rule that spans nodes is a
//     [*RuleError] inside it.
//   - [Unmarshal], [UnmarshalStrict] and [Read] decode a graph; decoding
//     checks shape, not meaning, so call Validate on the result.
//   - [NewIndex] finds nodes by ID; [Graph.Nodes] iterates over them and
//     [Graph.Add] adds one to the list of its type.
//   - [Merge] merges records of the same facts from several sources: nodes
//     of one ID, or of one type and a shared external identifier, become
//     one; values on which the sources disagree are kept as claims
//     attributed to them, and a [MergeReport] lists the unifications and
//     the conflicts.
//   - [NodeWriter] and [NodeReader] write and read a stream of nodes, one
//     JSON object a line, in constant memory; a bad line is a
//     [*LineError] and reading goes on with the next.
//
// For instance:
//
//	if err := g.Validate(); err != nil {
//		var fe *diplo.FieldError
//		if errors.As(err, &fe) && errors.Is(fe, diplo.ErrReference) {
//			log.Printf("%s names no node of the graph", fe.Path)
//		}
//	}
//
// See the examples of [Graph.Validate], [Unmarshal] and [NewIndex].
//
// # Rules that span nodes
//
// Each rule has a short, stable name, a [Rule] constant, which the
// RuleError of a broken rule carries:
//
//   - unique-id: every node has an ID, and no two nodes share one
//     (ErrDuplicate).
//   - reference: every reference names a node of the graph
//     (ErrReference).
//   - reference-type: every reference names a node of a type its field
//     admits (ErrReference): a tenure's person is a Person, an accord's
//     party a State or an Organization, a source's publisher an actor. A
//     statement's speakers are persons, states, organisations, offices,
//     delegations or missions: a minister speaks in person, a foreign
//     ministry's statement is its office's or the ministry's (an
//     organisation), a joint communiqué is issued by the states
//     themselves, a delegation speaks at talks, an embassy issues a
//     statement. An event's participants are actors of the same types. An
//     event's outcomes are accords or resolutions; a
//     vote's motion is a resolution, its body an organisation, and its
//     voters persons, states or organisations.
//   - part-cycle: no event is, through its parts, a part of itself
//     (ErrCycle).
//   - part-within-whole: a held part of a held event does not lie outside
//     the event's time span (ErrInconsistent).
//   - action-within-event: an accord action that names the event where it
//     took place is dated within that event (ErrInconsistent).
//   - signer-takes-part: whoever signs an accord at an event (a
//     signatory, witness, guarantor or mediator) takes part in that event,
//     in person or as the head or a member of a participating delegation
//     (ErrInconsistent).
//   - statement-within-occasion: a statement made on an occasion is not
//     dated outside it (ErrInconsistent).
//   - vote-within-event: a vote that names the meeting where it was taken
//     is not dated outside it (ErrInconsistent).
//   - vote-agrees-with-motion: a vote is taken by the body of the
//     resolution it votes on, a vote that adopts it finds it adopted (and
//     not adopted by consensus, without a vote or by acclamation), and a
//     vote that rejects it finds it rejected (ErrInconsistent).
//   - accreditation-sides: an event that is a step of accreditation
//     (event.Kind.IsAccreditation) names its sides in roles, not in
//     names: one participant in the role sending and one in the role
//     receiving, each a State or an Organization, the two different; its
//     envoy and recipient, if any, are persons (ErrInconsistent).
//   - envoy-accredited: when the envoy of a step of accreditation holds,
//     at the event's start, an office of a Mission (of several such
//     tenures, the one that starts first), the event's sending side is the
//     mission's, and its receiving side the mission's or one the tenure is
//     also accredited to (ErrInconsistent).
//   - concurrent-accreditation: a tenure whose holder is accredited to
//     further sides (accreditedTo) holds an office of a Mission, and none
//     of those sides is the mission's own receiving side
//     (ErrInconsistent).
//   - mission-role: a Mission that takes part in an event does so as an
//     institution does (host, guest, participant, initiator, target,
//     subject, observer, speaker...), not in a role that a person plays
//     (envoy, recipient, head-of-delegation, delegate, signatory, witness)
//     nor as the sending or receiving side of a step of accreditation,
//     which are the states or organisations between which it is sent
//     (ErrInconsistent). In a step of accreditation, a mission as a side,
//     envoy or recipient breaks accreditation-sides, which reports it.
//   - cause-before-effect: the event another is caused by
//     (event.CausedBy) does not begin after the effect is over, after
//     the end of its span and the last change of its status (a summit
//     is postponed because of a coup after the coup began) (ErrOrder).
//
// Dates are compared with certainty: a part dated "2025-06" of an event
// held on 2025-06-22 is not outside it, since it may well fall on that day.
//
// # Concurrency
//
// A Graph and its nodes may be read from many goroutines at once
// (Validate, Len, Nodes, diplo.Marshal, NewIndex, Merge) while nothing modifies
// them, and so may an Index once NewIndex has returned. Unmarshal,
// UnmarshalStrict and Read are safe for concurrent use. A NodeReader, a
// NodeWriter, or a Graph being modified belongs to one goroutine at a
// time.
//
// # References
//
//   - JSON-LD 1.1, W3C Recommendation, 16 July 2020, section 4.9 "Named
//     Graphs": https://www.w3.org/TR/json-ld11/#named-graphs
//   - RDF 1.1 Concepts and Abstract Syntax, W3C Recommendation,
//     25 February 2014, section 3 "RDF Graphs" and section 4 "RDF
//     Datasets": https://www.w3.org/TR/rdf11-concepts/
package graph

// Package graph holds a self-contained diplo record, Graph, and the rules
// that span its nodes.
//
// # Why a graph
//
// A diplo record is a graph: persons, states, organisations, events,
// accords, statements and sources are its nodes, and they link to one
// another by ID (an event names its participants, an accord its parties
// and the ceremony where it was signed). Graph is the container of one
// such graph, and the package is named after it so that the type reads as
// what it is, graph.Graph. Linked-data readers know the same thing under
// the same name: with the diplo JSON-LD context attached, a Graph document
// is a JSON-LD graph, a set of RDF triples whose subjects are the node IDs.
//
// The package sits above the model packages actor, event and accord. It
// imports all of them, which none of them may do, and that is where the
// rules that span nodes belong: event.Event.Validate can check an event but
// not that its participants exist, accord.Accord.Validate can check an
// accord but not that its signatories attended the signing ceremony. Only
// a container that holds every node can.
//
// # JSON
//
// A Graph is written as one JSON object with a list per node type, every
// node listed once, and references by ID:
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
// The lists are persons, states, organizations, offices, tenures,
// delegations, events, statements, accords, resolutions, votes and
// sources. Parts of an event
// are events of their own in the events list, named by ID in the parts of
// the whole. Nothing is nested by value across node types, so a node is
// written once however many others refer to it.
//
// # Rules that span nodes
//
// Graph.Validate checks every node with its own Validate method, prefixing
// the node's path to its errors (events[0].kind), and then the rules that
// span nodes. Each has a short, stable name (the Rule constants), which
// the *RuleError of a broken rule carries:
//
//   - unique-id: every node has an ID, and no two nodes share one
//     (ErrDuplicate).
//   - reference: every reference names a node of the graph
//     (ErrReference).
//   - reference-type: every reference names a node of a type its field
//     admits (ErrReference): a tenure's person is a Person, an accord's
//     party a State or an Organization, a source's publisher an actor. A
//     statement's speakers are persons, states, organisations, offices or
//     delegations: a minister speaks in person, a foreign ministry's
//     statement is its office's or the ministry's (an organisation), a
//     joint communiqué is issued by the states themselves, a delegation
//     speaks at talks. An event's outcomes are accords or resolutions; a
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
//
// The message of a broken rule names the nodes by their label (a name or
// title) in the record's own language, that of the graph's title, or else
// in the language the label was recorded in, with the ID after it, and
// calls the value by the word of its field:
//
//	accords[0].signatories[1].person: diplo: inconsistent: witness "Menachem Begin" (urn:uuid:…) is not a participant of "Signing ceremony, 17 September 1978" (urn:uuid:…)
//	statements[0].speakers[0]: diplo: unresolved reference: speaker "Reuters" (urn:uuid:…) is a Source; a speaker is a Person, State, Organization, Office or Delegation
//
// Dates are compared with certainty: a part dated "2025-06" of an event
// held on 2025-06-22 is not outside it, since it may well fall on that day.
//
// Every error is a *diplo.FieldError whose path runs from the root of the
// graph, such as accords[1].signatories[0].party; several come as a
// diplo.Errors list sorted by path. errors.Is tests the kind of rule
// broken, errors.As extracts the path, or the *RuleError and its Rule:
//
//	if err := g.Validate(); err != nil {
//		var fe *diplo.FieldError
//		if errors.As(err, &fe) && errors.Is(fe, diplo.ErrReference) {
//			log.Printf("%s names no node of the graph", fe.Path)
//		}
//	}
//
// # Building and validating a graph
//
//	mali, _ := actor.NewState("ML", "fr", "Mali")
//	goita := actor.Person{ID: "https://example.org/persons/goita", Name: diplo.NewText("fr", "Assimi Goïta")}
//	g := &graph.Graph{
//		Persons: []actor.Person{goita},
//		States:  []actor.State{mali},
//		Events: []event.Event{{
//			ID:    diplo.NewID(),
//			Kind:  event.OfficialVisit,
//			Start: diplo.MustParseDate("2025-06-22"),
//			Participants: []event.Participant{
//				{Actor: goita.ID, Role: event.Guest, Representing: mali.ID},
//			},
//		}},
//	}
//	if err := g.Validate(); err != nil {
//		log.Fatal(err)
//	}
//
// States take the IRIs of their ISO 3166 codes (actor.NewState,
// actor.StateID: https://w3id.org/diplo/id/state/ML), so that two records
// of the same state agree without coordination; nodes known by an external
// identifier take name-based IDs (diplo.IDFor), new nodes fresh ones
// (diplo.NewID).
//
// # Decoding
//
// Unmarshal decodes leniently: object members that the graph does not
// define are ignored and dropped, so they do not survive a round trip, and
// of two members with the same name the last wins. UnmarshalStrict rejects
// unknown members (diplo.ErrUnknownField) and duplicate keys
// (diplo.ErrDuplicate) with their paths. Read decodes from an io.Reader
// with either behaviour.
//
// Both reject values that do not decode with the JSON path of the value
// and a short quote of it:
//
//	events[1].kind: diplo: unknown value: event kind "sumit"
//
// Decoding checks shape, not meaning: a decoded graph may still break the
// rules above, so call Validate on it. Encoding with encoding/json does not
// validate either.
//
// # Streaming
//
// A corpus of millions of events need not be held whole. NodeWriter
// writes nodes as newline-delimited JSON, one node per line, each carrying
// its "type"; NodeReader reads such a stream one line at a time, in
// constant memory, and returns each node as the Go type its "type" names.
// A bad line is a *LineError naming the line and the path, and reading
// goes on with the next line:
//
//	r := graph.NewNodeReader(f, graph.DecodeOptions{})
//	for {
//		n, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			log.Print(err) // line 17: kind: diplo: unknown value: event kind "sumit"
//			continue
//		}
//		process(n)
//	}
//
// Graph.Nodes iterates over the nodes of a graph with their places, and
// Graph.Add adds a node to the list of its type. schema.WriteNodeNQuads
// writes the N-Quads of one node, so a stream becomes RDF without a graph
// in memory.
//
// # Concurrency
//
// A Graph and its nodes may be read from many goroutines at once
// (Validate, Len, Nodes, diplo.Marshal, json.Marshal, NewIndex) while
// nothing modifies
// them, and so may an Index once NewIndex has returned. Unmarshal,
// UnmarshalStrict and Read are safe for concurrent use. A NodeReader, a
// NodeWriter, or a Graph that Add or any other change is modifying,
// belongs to one goroutine at a time.
//
// # References
//
//   - JSON-LD 1.1, W3C Recommendation, 16 July 2020, section 4.9 "Named
//     Graphs": https://www.w3.org/TR/json-ld11/#named-graphs
//   - RDF 1.1 Concepts and Abstract Syntax, W3C Recommendation,
//     25 February 2014, section 3 "RDF Graphs" and section 4 "RDF
//     Datasets": https://www.w3.org/TR/rdf11-concepts/
package graph

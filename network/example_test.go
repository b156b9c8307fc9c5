package network_test

import (
	"errors"
	"fmt"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
)

// story returns a small record: Mali and Russia meet twice, sign an
// accord, and the United Kingdom expels Russian diplomats.
func story() *graph.Graph {
	ml, _ := actor.NewState("ML", "fr", "Mali")
	ru, _ := actor.NewState("RU", "fr", "Russie")
	gb, _ := actor.NewState("GB", "en", "United Kingdom")
	return &graph.Graph{
		States: []actor.State{ml, ru, gb},
		Events: []event.Event{
			{ID: "https://example.org/events/visit", Kind: event.OfficialVisit,
				Start: diplo.MustParseDate("2025-06-22"), End: diplo.MustParseDate("2025-06-26"),
				Participants: []event.Participant{{Actor: ml.ID, Role: event.Guest}, {Actor: ru.ID, Role: event.Host}}},
			{ID: "https://example.org/events/call", Kind: event.PhoneCall, Start: diplo.MustParseDate("2025-09"),
				Participants: []event.Participant{{Actor: ru.ID, Role: event.Participating}, {Actor: ml.ID, Role: event.Participating}}},
			{ID: "https://example.org/events/expulsion", Kind: event.Expulsion, Start: diplo.MustParseDate("2018-03-14"),
				Participants: []event.Participant{{Actor: gb.ID, Role: event.Initiator}, {Actor: ru.ID, Role: event.Target}}},
		},
		Accords: []accord.Accord{{ID: "https://example.org/accords/nuclear", Kind: accord.Agreement,
			Title: diplo.MustNewText("fr", "Accord"), Parties: []diplo.ID{ml.ID, ru.ID},
			Actions: []accord.Action{{Kind: accord.Signature, Date: diplo.MustParseDate("2025-06-23")}}}},
	}
}

// New links the actors that met, signed together or expelled one
// another; an edge counts the events or accords behind it.
func ExampleNew() {
	n, err := network.New(story(), network.Options{})
	if err != nil {
		log.Fatal(err)
	}
	label := map[diplo.ID]string{}
	for _, v := range n.Nodes {
		label[v.ID] = v.Label
	}
	for _, e := range n.Edges {
		fmt.Printf("%s %s %s: %d, %s to %s\n", label[e.Source], e.Kind, label[e.Target], e.Weight, e.First, e.Last)
	}
	// Output:
	// United Kingdom expelled Russie: 1, 2018-03-14 to 2018-03-14
	// Mali met Russie: 2, 2025-06-22 to 2025-09
	// Mali signed-with Russie: 1, 2025-06-23 to 2025-06-23
}

// Options.Kinds keeps some kinds of link, and Options.MaxPairs bounds the
// pairs of actors a record may link.
func ExampleOptions() {
	n, _ := network.New(story(), network.Options{Kinds: []network.Kind{network.SignedWith}})
	fmt.Println(len(n.Nodes), "nodes,", len(n.Edges), "edge")

	_, err := network.New(story(), network.Options{MaxPairs: 1})
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path, errors.Is(err, diplo.ErrLimit))
	}
	// Output:
	// 3 nodes, 1 edge
	// events[1].participants true
}

// WriteGraphML writes the network for NetworkX, igraph or yEd.
func ExampleWriteGraphML() {
	call := event.Event{ID: "https://example.org/events/call", Kind: event.PhoneCall, Start: diplo.MustParseDate("2025-09"),
		Participants: []event.Participant{{Actor: "https://example.org/a", Role: event.Participating}, {Actor: "https://example.org/b", Role: event.Participating}}}
	n, _ := network.New(&graph.Graph{Events: []event.Event{call}}, network.Options{})
	if err := network.WriteGraphML(os.Stdout, n); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
	//   <key id="iri" for="node" attr.name="iri" attr.type="string"/>
	//   <key id="label" for="node" attr.name="label" attr.type="string"/>
	//   <key id="type" for="node" attr.name="type" attr.type="string"/>
	//   <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
	//   <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
	//   <key id="first" for="edge" attr.name="first" attr.type="string"/>
	//   <key id="last" for="edge" attr.name="last" attr.type="string"/>
	//   <key id="via" for="edge" attr.name="via" attr.type="string"/>
	//   <graph id="network" edgedefault="undirected">
	//     <node id="n0">
	//       <data key="iri">https://example.org/a</data>
	//       <data key="label">https://example.org/a</data>
	//     </node>
	//     <node id="n1">
	//       <data key="iri">https://example.org/b</data>
	//       <data key="label">https://example.org/b</data>
	//     </node>
	//     <edge id="e0" source="n0" target="n1">
	//       <data key="kind">met</data>
	//       <data key="weight">1</data>
	//       <data key="first">2025-09</data>
	//       <data key="last">2025-09</data>
	//       <data key="via">https://example.org/events/call</data>
	//     </edge>
	//   </graph>
	// </graphml>
}

// WriteGEXF writes the network for Gephi: a dated edge lasts from the
// first day of its first date to the last day of its last.
func ExampleWriteGEXF() {
	call := event.Event{ID: "https://example.org/events/call", Kind: event.PhoneCall, Start: diplo.MustParseDate("2025-09"),
		Participants: []event.Participant{{Actor: "https://example.org/a", Role: event.Participating}, {Actor: "https://example.org/b", Role: event.Participating}}}
	n, _ := network.New(&graph.Graph{Events: []event.Event{call}}, network.Options{})
	if err := network.WriteGEXF(os.Stdout, n); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <gexf xmlns="http://gexf.net/1.3" version="1.3">
	//   <meta>
	//     <creator>diplo</creator>
	//   </meta>
	//   <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
	//     <attributes class="node">
	//       <attribute id="type" title="type" type="string"/>
	//     </attributes>
	//     <attributes class="edge">
	//       <attribute id="kind" title="kind" type="string"/>
	//       <attribute id="first" title="first" type="string"/>
	//       <attribute id="last" title="last" type="string"/>
	//       <attribute id="via" title="via" type="string"/>
	//     </attributes>
	//     <nodes count="2">
	//       <node id="https://example.org/a" label="https://example.org/a"/>
	//       <node id="https://example.org/b" label="https://example.org/b"/>
	//     </nodes>
	//     <edges count="1">
	//       <edge id="0" source="https://example.org/a" target="https://example.org/b" kind="met" weight="1" start="2025-09-01" end="2025-09-30">
	//         <attvalues>
	//           <attvalue for="kind" value="met"/>
	//           <attvalue for="first" value="2025-09"/>
	//           <attvalue for="last" value="2025-09"/>
	//           <attvalue for="via" value="https://example.org/events/call"/>
	//         </attvalues>
	//       </edge>
	//     </edges>
	//   </graph>
	// </gexf>
}

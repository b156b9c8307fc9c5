package network_test

import (
	"errors"
	"fmt"
	"log"

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

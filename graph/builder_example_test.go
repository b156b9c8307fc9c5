package graph_test

import (
	"errors"
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// A Builder tells the record node after node. Each node is added with a
// local name; the ID that Add returns is what other nodes refer to. A
// state takes its ID from its country, a person known by a Wikidata item
// from the item, the others from the record's ID and their name.
func ExampleBuilder() {
	b := graph.NewBuilder("https://example.org/records/goita-moscow-2025")
	b.SetTitle(b.Text("fr", "Visite d’Assimi Goïta à Moscou", "en-t-fr", "Assimi Goïta’s visit to Moscow"))

	ru := b.Add("ru", actor.State{Country: "RU", Name: b.Text("fr", "Russie")})
	ml := b.Add("ml", actor.State{Country: "ML", Name: b.Text("fr", "Mali")})
	putin := b.Add("putin", actor.Person{
		Name:        b.Text("fr", "Vladimir Poutine", "ru", "Владимир Путин"),
		Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q7747")},
	})
	goita := b.Add("goita", actor.Person{Name: b.Text("fr", "Assimi Goïta")})

	visit := b.Add("visit", event.Event{
		Kind:  event.OfficialVisit,
		Name:  b.Text("fr", "Visite officielle"),
		Start: b.Date("2025-06-22"),
		End:   b.Date("2025-06-26"),
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host, Representing: ru},
			{Actor: goita, Role: event.Guest, Representing: ml},
		},
		Parts: []diplo.ID{b.ID("talks")}, // added below
	})
	b.Add("talks", event.Event{
		Kind:  event.BilateralTalks,
		Name:  b.Text("fr", "Négociations"),
		Start: b.Date("2025-06-23"),
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host},
			{Actor: goita, Role: event.Guest},
		},
	})

	g, err := b.Graph()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(g.Events), "events; the visit is", visit)
	fmt.Println("Mali:", ml)
	fmt.Println("Putin:", putin, "=", diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747")))
	fmt.Println("Goïta:", goita)
	// Output:
	// 2 events; the visit is urn:uuid:f4aa1e70-93cf-5af7-96ea-4a4d5b019873
	// Mali: https://w3id.org/diplo/id/state/ML
	// Putin: urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a = urn:uuid:99c927d0-8f2f-5163-a845-befe007dff2a
	// Goïta: urn:uuid:a0351924-6b39-5abb-9bed-5359306d2a76
}

// The mistakes of a program are kept as it runs and reported together by
// Graph, each with the place of the call that made it; nothing panics.
func ExampleBuilder_errors() {
	b := graph.NewBuilder("https://example.org/records/call")
	b.Add("ml", actor.State{Country: "ML", Name: b.Text("french", "Mali")})
	b.Add("call", event.Event{Kind: event.PhoneCall, Start: b.Date("2025-06-31")})
	b.Add("call", event.Event{Kind: event.PhoneCall, Start: b.Date("2025-07-01")})

	_, err := b.Graph()
	fmt.Println(err)
	fmt.Println(errors.Is(err, diplo.ErrLanguage), errors.Is(err, diplo.ErrDuplicate))
	var be *graph.BuildError
	if errors.As(err, &be) {
		fmt.Println("first at", be.Pos)
	}
	// Output:
	// builder_example_test.go:70: invalid language tag: language tag "french"
	// builder_example_test.go:71: out of range: date "2025-06-31"
	// builder_example_test.go:72: duplicate name "call": first used at builder_example_test.go:71
	// events[1].id: duplicate: an Event has the ID of an Event urn:uuid:b6d15ffa-67a5-59c6-aaeb-102a613231a2 at events[0]: no two nodes share an ID
	// states[0].name: required
	// true true
	// first at builder_example_test.go:70
}

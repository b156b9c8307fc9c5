package graph_test

import (
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// A short story from the public record, told as a newcomer would tell it:
// the telephone call between Joe Biden and Xi Jinping of 2 April 2024,
// their first conversation since they met at Woodside, California, on 15
// November 2023, as the White House's readout of the call reports it.
//
// What the model could not hold as told: a call has two places, Washington
// and Beijing, and an event has one, so the call has none; the readout is
// recorded as a source and not as a statement, since a statement holds the
// words said and the story does not quote them; the Chinese readout, which
// this story does not cite, would be a second source; and Xi Jinping's
// name, given in Chinese and in English, has no first original: String
// gives the English, the first by tag.
func ExampleBuilder_phoneCall() {
	b := graph.NewBuilder("https://example.org/records/biden-xi-call-2024-04-02")
	b.SetTitle(b.Text("en", "Telephone call between Presidents Joe Biden and Xi Jinping, 2 April 2024"))

	readout := b.Add("readout", diplo.Source{
		Title:     b.Text("en", "Readout of President Joe Biden’s Call with President Xi Jinping of the People’s Republic of China"),
		Publisher: b.Text("en", "The White House"),
		Published: b.Date("2024-04-02"),
		Language:  b.Language("en"),
	})

	us := b.Add("us", actor.State{Country: "US", Name: b.Text("en", "United States of America"), Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q30")}})
	cn := b.Add("cn", actor.State{Country: "CN", Name: b.Text("zh", "中华人民共和国", "en", "People’s Republic of China"), Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q148")}})
	biden := b.Add("biden", actor.Person{Name: b.Text("en", "Joe Biden"), Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q6279")}, Nationality: []diplo.Country{"US"}})
	xi := b.Add("xi", actor.Person{Name: b.Text("zh", "习近平", "en", "Xi Jinping"), Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q15031")}, Nationality: []diplo.Country{"CN"}})

	presUS := b.Add("president-us", actor.Office{Name: b.Text("en", "President of the United States"), Role: actor.HeadOfState, Of: us})
	presCN := b.Add("president-cn", actor.Office{Name: b.Text("zh", "中华人民共和国主席", "en", "President of the People’s Republic of China"), Role: actor.HeadOfState, Of: cn})
	b.Add("biden-president", actor.Tenure{Person: biden, Office: presUS, Start: b.Date("2021-01-20"), End: b.Date("2025-01-20")})
	b.Add("xi-president", actor.Tenure{Person: xi, Office: presCN, Start: b.Date("2013-03-14")})

	woodside := b.Add("woodside", event.Event{
		Kind:   event.Summit,
		Status: event.Held,
		Name:   b.Text("en", "Woodside Summit"),
		Start:  b.Date("2023-11-15"),
		Place:  diplo.Place{Name: b.Text("en", "Filoli, Woodside, California"), Country: "US"},
		Participants: []event.Participant{
			{Actor: biden, Role: event.Host, Representing: us},
			{Actor: xi, Role: event.Guest, Representing: cn},
		},
	})
	call := b.Add("call", event.Event{
		Kind:   event.PhoneCall,
		Status: event.Held,
		Name:   b.Text("en", "Call between President Biden and President Xi"),
		Start:  b.Date("2024-04-02"),
		Participants: []event.Participant{
			{Actor: biden, Role: event.Participating, Representing: us},
			{Actor: xi, Role: event.Participating, Representing: cn},
		},
		// The leaders reviewed the issues discussed at Woodside.
		Relations: []event.Relation{{Kind: event.Follows, Event: woodside}},
		Topics: []diplo.Topic{
			{Domain: diplo.Security, Label: b.Text("en", "counternarcotics cooperation")},
			{Domain: diplo.Defence, Label: b.Text("en", "military-to-military communication")},
			{Domain: diplo.ScienceTechnology, Label: b.Text("en", "risks of artificial intelligence")},
			{Domain: diplo.Environment, Label: b.Text("en", "climate change")},
			{Label: b.Text("en", "Taiwan")},
		},
		Characterisations: []event.Characterisation{{
			Term:        b.Text("en", "candid and constructive"),
			Tone:        event.Positive,
			Attribution: diplo.Attribution{Sources: []diplo.ID{readout}, By: []diplo.ID{us}},
		}},
		Sources: []diplo.ID{readout},
	})

	g, err := b.Graph()
	if err != nil {
		fmt.Println(err)
		return
	}
	ix := graph.NewIndex(g)
	e, _ := ix.Event(call)
	fmt.Println(e.Kind, e.Start, "follows", e.Relations[0].Event == woodside)
	for _, p := range e.Participants {
		r, _ := ix.Lookup(p.Actor)
		fmt.Println(g.Persons[r.Index].Name.String(), "for", p.Representing)
	}
	// Records that know Joe Biden by his Wikidata item agree on his ID.
	fmt.Println(biden == diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q6279")))
	// Output:
	// phone-call 2024-04-02 follows true
	// Joe Biden for https://w3id.org/diplo/id/state/US
	// Xi Jinping for https://w3id.org/diplo/id/state/CN
	// true
}

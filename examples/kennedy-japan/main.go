package main

import (
	"io"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

func ids(v ...diplo.ID) []diplo.ID { return v }

// build returns the record of Caroline Kennedy's accreditation as
// Ambassador of the United States to Japan, from Japan's agrément in 2013
// to her departure in January 2017.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/kennedy-japan")
	b.SetTitle(b.Text("en", "Caroline Kennedy, Ambassador of the United States to Japan, 2013–2017: agrément, credentials, departure"))
	relations := []diplo.Topic{{Domain: diplo.DiplomaticRelations}}

	src := b.Add("source-historian", diplo.Source{
		Title:     b.Text("en", "Caroline Bouvier Kennedy (1957–)"),
		Publisher: b.Text("en", "Office of the Historian, U.S. Department of State"),
		Language:  b.Language("en"),
	})

	us := b.Add("us", actor.State{Name: b.Text("en", "United States of America"), Country: "US", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q30")}})
	jp := b.Add("jp", actor.State{Name: b.Text("en", "Japan", "ja", "日本国"), Country: "JP", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q17")}})

	kennedy := b.Add("kennedy", actor.Person{Name: b.Text("en", "Caroline Kennedy"), Nationality: []diplo.Country{"US"}})
	akihito := b.Add("akihito", actor.Person{Name: b.Text("en", "Akihito", "ja", "明仁"), Nationality: []diplo.Country{"JP"}})

	emperor := b.Add("emperor-jp", actor.Office{Name: b.Text("en", "Emperor of Japan", "ja", "天皇"), Role: actor.HeadOfState, Of: jp})
	b.Add("akihito-emperor", actor.Tenure{Person: akihito, Office: emperor, Start: b.Date("1989-01-07"), End: b.Date("2019-04-30")})

	embassy := b.Add("embassy-us-jp", actor.Mission{
		Kind:      actor.Embassy,
		Name:      b.Text("en", "Embassy of the United States of America, Tokyo"),
		Sending:   us,
		Receiving: jp,
		Seat:      diplo.Place{Name: b.Text("en", "Tokyo", "ja", "東京"), Country: "JP", Wikidata: b.Identifier("wikidata:Q1490")},
	})
	ambassador := b.Add("ambassador-us-jp", actor.Office{Name: b.Text("en", "Ambassador of the United States to Japan"), Role: actor.Ambassador, Of: embassy})
	b.Add("kennedy-ambassador", actor.Tenure{Person: kennedy, Office: ambassador, Start: b.Date("2013-11-19"), End: b.Date("2017-01-18"), Sources: ids(src)})

	sides := func(more ...event.Participant) []event.Participant {
		return append([]event.Participant{{Actor: us, Role: event.Sending}, {Actor: jp, Role: event.Receiving}, {Actor: kennedy, Role: event.EnvoyRole}}, more...)
	}
	agrement := b.Add("agrement", event.Event{
		Kind:         event.Agrement,
		Name:         b.Text("en", "Japan gives its agrément to Caroline Kennedy as Ambassador of the United States"),
		Description:  b.Text("en", "The agrément preceded President Obama’s nomination of Caroline Kennedy on 24 July 2013; its date was not made public."),
		Start:        b.Date("2013"),
		Participants: sides(),
		Topics:       relations,
	})
	credentials := b.Add("credentials", event.Event{
		Kind:         event.Credentials,
		Name:         b.Text("en", "Caroline Kennedy presents her letters of credence to Emperor Akihito"),
		Start:        b.Date("2013-11-19"),
		Place:        diplo.Place{Name: b.Text("en", "Imperial Palace, Tokyo", "ja", "皇居"), Country: "JP"},
		Participants: sides(event.Participant{Actor: akihito, Role: event.Recipient, Representing: jp}),
		Relations:    []event.Relation{{Kind: event.Follows, Event: agrement}},
		Topics:       relations,
		Sources:      ids(src),
	})
	b.Add("departure", event.Event{
		Kind:         event.Departure,
		Name:         b.Text("en", "Caroline Kennedy leaves her post as Ambassador to Japan"),
		Start:        b.Date("2017-01-18"),
		Participants: sides(),
		Relations:    []event.Relation{{Kind: event.Follows, Event: credentials}},
		Topics:       relations,
		Sources:      ids(src),
	})
	return b.Graph()
}

// run builds the record, which Graph validates, and writes it to w as JSON
// indented by two spaces, in diplo's canonical form (diplo.MarshalIndent).
func run(w io.Writer) error {
	g, err := build()
	if err != nil {
		return err
	}
	b, err := diplo.MarshalIndent(g, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func main() {
	log.SetFlags(0)
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

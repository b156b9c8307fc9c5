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

// build returns the record of the expulsions that followed the poisoning of
// Sergei and Yulia Skripal in Salisbury on 4 March 2018: the United Kingdom
// expelled 23 Russian diplomats, and Russia answered by expelling 23
// British diplomats.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/skripal-expulsions")
	b.SetTitle(b.Text("en", "Expulsions of diplomats between the United Kingdom and Russia after the Salisbury poisoning, March 2018"))
	moscow := diplo.Place{Name: b.Text("en", "Ministry of Foreign Affairs, Moscow", "ru", "МИД России, Москва"), Country: "RU",
		Admin1: diplo.AdminDivision{Name: b.Text("en", "Moscow", "ru", "Москва"), Code: "RU-MOW"}, Wikidata: b.Identifier("wikidata:Q649")}
	relations := []diplo.Topic{{Domain: diplo.DiplomaticRelations}}

	srcPM := b.Add("source-pm", diplo.Source{
		Title:     b.Text("en", "PM Commons statement on Salisbury incident response: 14 March 2018"),
		Publisher: b.Text("en", "Prime Minister’s Office, 10 Downing Street"),
		Published: b.Date("2018-03-14"),
		Language:  b.Language("en"),
	})
	srcTASS := b.Add("source-tass", diplo.Source{
		URL:       "http://tass.com/world/994659",
		Title:     b.Text("en", "Russia to expel 23 British diplomats, close consulate general in St. Petersburg"),
		Publisher: b.Text("en", "TASS"),
		Published: b.Date("2018-03-17"),
		Language:  b.Language("en"),
	})

	may := b.Add("may", actor.Person{Name: b.Text("en", "Theresa May"), Nationality: []diplo.Country{"GB"}})
	bristow := b.Add("bristow", actor.Person{Name: b.Text("en", "Laurie Bristow"), Nationality: []diplo.Country{"GB"}})

	gb := b.Add("gb", actor.State{Name: b.Text("en", "United Kingdom of Great Britain and Northern Ireland"), Country: "GB", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q145")}})
	ru := b.Add("ru", actor.State{Name: b.Text("en", "Russian Federation", "ru", "Российская Федерация"), Country: "RU", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q159")}})

	mfa := b.Add("mfa-ru", actor.Organization{
		Kind:    actor.GovernmentalBody,
		Name:    b.Text("en", "Ministry of Foreign Affairs of the Russian Federation", "ru", "Министерство иностранных дел Российской Федерации"),
		Country: "RU",
		PartOf:  ru,
	})

	pm := b.Add("prime-minister-gb", actor.Office{Name: b.Text("en", "Prime Minister of the United Kingdom"), Role: actor.HeadOfGovernment, Of: gb})
	b.Add("ambassador-gb-ru", actor.Office{Name: b.Text("en", "British Ambassador to the Russian Federation"), Role: actor.Ambassador, Of: gb})
	b.Add("may-prime-minister", actor.Tenure{Person: may, Office: pm, Start: b.Date("2016-07-13"), End: b.Date("2019-07-24")})

	// The expelled diplomats are not named: each group is recorded as the
	// delegation of its state.
	russians := b.Add("russian-diplomats", actor.Delegation{Name: b.Text("en", "23 diplomats of the Russian Embassy in London, identified by the United Kingdom as undeclared intelligence officers (not named)"), Represents: ru})
	britons := b.Add("british-diplomats", actor.Delegation{Name: b.Text("en", "23 diplomats of the British Embassy in Moscow (not named)"), Represents: gb})

	ukExpels := b.Add("uk-expels", event.Event{
		Kind: event.Expulsion,
		Name: b.Text("en", "The United Kingdom expels 23 Russian diplomats"),
		Description: b.Text("en", "Announced by the Prime Minister in the House of Commons after the poisoning of Sergei and Yulia Skripal in Salisbury on 4 March 2018; "+
			"the diplomats were given one week to leave."),
		Start: b.Date("2018-03-14"),
		Place: diplo.Place{Name: b.Text("en", "House of Commons, London"), Country: "GB", Wikidata: b.Identifier("wikidata:Q84")},
		Participants: []event.Participant{
			{Actor: gb, Role: event.Initiator},
			{Actor: ru, Role: event.Target},
			{Actor: russians, Role: event.Subject},
			{Actor: may, Role: event.Speaker, Representing: gb},
		},
		Topics: relations,
		Quantities: []diplo.Quantity{{Type: diplo.QuantitativeValue, Amount: "23",
			Unit: b.Text("en", "Russian diplomats identified as undeclared intelligence officers")}},
		Sources: ids(srcPM),
	})
	summoning := b.Add("summoning", event.Event{
		Kind:        event.Summoning,
		Name:        b.Text("en", "The British Ambassador is summoned to the Russian Ministry of Foreign Affairs"),
		Description: b.Text("en", "The Ambassador was handed a note setting out Russia’s response."),
		Start:       b.Date("2018-03-17"),
		Place:       moscow,
		Participants: []event.Participant{
			{Actor: mfa, Role: event.Initiator, Representing: ru},
			{Actor: bristow, Role: event.Subject, Representing: gb},
			{Actor: gb, Role: event.Target},
		},
		Sources: ids(srcTASS),
	})
	b.Add("russia-expels", event.Event{
		Kind: event.Expulsion,
		Name: b.Text("en", "Russia expels 23 British diplomats"),
		Description: b.Text("en", "The diplomats were declared personae non gratae and given one week to leave; Russia also withdrew its consent to the opening of a "+
			"British Consulate General in St Petersburg and ended the activities of the British Council in Russia."),
		Start: b.Date("2018-03-17"),
		Place: moscow,
		Participants: []event.Participant{
			{Actor: ru, Role: event.Initiator},
			{Actor: gb, Role: event.Target},
			{Actor: britons, Role: event.Subject},
		},
		Parts:      ids(summoning),
		Relations:  []event.Relation{{Kind: event.RespondsTo, Event: ukExpels}},
		Topics:     relations,
		Quantities: []diplo.Quantity{{Type: diplo.QuantitativeValue, Amount: "23", Unit: b.Text("en", "British diplomats")}},
		Sources:    ids(srcTASS),
	})

	b.Add("may-quote", event.Statement{
		Kind:     event.Quote,
		Speakers: ids(may),
		Occasion: ukExpels,
		Date:     b.Date("2018-03-14"),
		Text:     b.Text("en", "Under the Vienna Convention, the United Kingdom will now expel 23 Russian diplomats who have been identified as undeclared intelligence officers. They have just one week to leave."),
		About:    ids(russians, ru),
		Attribution: diplo.Attribution{
			Sources: ids(srcPM),
			Note:    b.Text("en", "Statement to the House of Commons."),
		},
	})
	return b.Graph()
}

// run builds the record, which Graph validates, and writes it to w as JSON
// indented by two spaces, in diplo's canonical form (diplo.MarshalIndent):
// '&', '<' and '>' are left as they are, so that a URL reads as written.
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

package main

import (
	"io"
	"log"
	"os"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// External identifiers, and the IRIs of the states (actor.StateID).
var (
	wdLondon = diplo.MustNewIdentifier(diplo.Wikidata, "Q84")
	wdMoscow = diplo.MustNewIdentifier(diplo.Wikidata, "Q649")

	idGB = actor.StateID("GB")
	idRU = actor.StateID("RU")
)

// Fixed IDs of the other nodes.
const (
	idGraph      diplo.ID = "urn:uuid:6e51768e-5bd7-43ed-b08d-8edfde3c23b5"
	idMay        diplo.ID = "urn:uuid:6ea09185-988a-42a2-8378-096ad6bfe2eb"
	idBristow    diplo.ID = "urn:uuid:959cec45-ff08-41a2-bb49-958cd7fcd972"
	idMFA        diplo.ID = "urn:uuid:af871fe7-9198-4231-8736-6bedba50c9c9"
	idPM         diplo.ID = "urn:uuid:92db6116-ad28-4795-a4ae-416d588e9149"
	idAmbassador diplo.ID = "urn:uuid:85875196-6f7e-42e5-9d47-c1a9731c3cf5"
	idTenureMay  diplo.ID = "urn:uuid:453a469d-9b06-444c-a0c9-d9ebc002f26d"
	idRussians   diplo.ID = "urn:uuid:71656a66-5aea-46b8-9b7f-79a655366d39"
	idBritons    diplo.ID = "urn:uuid:54716c54-598a-42ce-a1ed-cc5fc8155faa"
	idUKExpels   diplo.ID = "urn:uuid:207d93d9-b19d-4e06-ada3-18064b954814"
	idSummoning  diplo.ID = "urn:uuid:793ddcd1-0e5a-431d-8789-e921b9f3aecd"
	idRUExpels   diplo.ID = "urn:uuid:a53ff3d7-594b-4333-a49c-d868ea73fcaf"
	idMayQuote   diplo.ID = "urn:uuid:91911427-824f-46f4-a213-0c02ce21a2ac"
	idSrcPM      diplo.ID = "urn:uuid:d8ef1b4d-bed0-4453-a63e-e69587eff9db"
	idSrcTASS    diplo.ID = "urn:uuid:ac32274d-976a-464c-ad4b-536b051c234d"
)

func en(s string) diplo.Text { return diplo.NewText("en", s) }

func ids(v ...diplo.ID) []diplo.ID { return v }

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

// build returns the record of the expulsions that followed the poisoning of
// Sergei and Yulia Skripal in Salisbury on 4 March 2018: the United Kingdom
// expelled 23 Russian diplomats, and Russia answered by expelling 23
// British diplomats.
func build() *graph.Graph {
	moscow := diplo.Place{Name: diplo.Text{language.English: "Ministry of Foreign Affairs, Moscow", language.Russian: "МИД России, Москва"}, Country: "RU", Wikidata: wdMoscow}
	relations := []diplo.Topic{{Domain: diplo.DiplomaticRelations}}

	return &graph.Graph{
		ID:    idGraph,
		Title: en("Expulsions of diplomats between the United Kingdom and Russia after the Salisbury poisoning, March 2018"),

		Persons: []actor.Person{
			{ID: idMay, Name: en("Theresa May"), Nationality: []diplo.Country{"GB"}},
			{ID: idBristow, Name: en("Laurie Bristow"), Nationality: []diplo.Country{"GB"}},
		},

		States: []actor.State{
			{ID: idGB, Name: en("United Kingdom of Great Britain and Northern Ireland"), Country: "GB", Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q145")}},
			{ID: idRU, Name: diplo.Text{language.English: "Russian Federation", language.Russian: "Российская Федерация"}, Country: "RU", Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q159")}},
		},

		Organizations: []actor.Organization{{
			ID:      idMFA,
			Kind:    actor.GovernmentalBody,
			Name:    diplo.Text{language.English: "Ministry of Foreign Affairs of the Russian Federation", language.Russian: "Министерство иностранных дел Российской Федерации"},
			Country: "RU",
			PartOf:  idRU,
		}},

		Offices: []actor.Office{
			{ID: idPM, Name: en("Prime Minister of the United Kingdom"), Role: actor.HeadOfGovernment, Of: idGB},
			{ID: idAmbassador, Name: en("British Ambassador to the Russian Federation"), Role: actor.Ambassador, Of: idGB},
		},

		Tenures: []actor.Tenure{
			{ID: idTenureMay, Person: idMay, Office: idPM, Start: date("2016-07-13"), End: date("2019-07-24")},
		},

		// The expelled diplomats are not named: each group is recorded as
		// the delegation of its state.
		Delegations: []actor.Delegation{
			{ID: idRussians, Name: en("23 diplomats of the Russian Embassy in London, identified by the United Kingdom as undeclared intelligence officers (not named)"), Represents: idRU},
			{ID: idBritons, Name: en("23 diplomats of the British Embassy in Moscow (not named)"), Represents: idGB},
		},

		Events: []event.Event{
			{
				ID:   idUKExpels,
				Kind: event.Expulsion,
				Name: en("The United Kingdom expels 23 Russian diplomats"),
				Description: en("Announced by the Prime Minister in the House of Commons after the poisoning of Sergei and Yulia Skripal in Salisbury on 4 March 2018; " +
					"the diplomats were given one week to leave."),
				Start: date("2018-03-14"),
				Place: diplo.Place{Name: en("House of Commons, London"), Country: "GB", Wikidata: wdLondon},
				Participants: []event.Participant{
					{Actor: idGB, Role: event.Initiator},
					{Actor: idRU, Role: event.Target},
					{Actor: idRussians, Role: event.Subject},
					{Actor: idMay, Role: event.Speaker, Representing: idGB},
				},
				Topics:  relations,
				Sources: ids(idSrcPM),
			},
			{
				ID:          idSummoning,
				Kind:        event.Summoning,
				Name:        en("The British Ambassador is summoned to the Russian Ministry of Foreign Affairs"),
				Description: en("The Ambassador was handed a note setting out Russia’s response."),
				Start:       date("2018-03-17"),
				Place:       moscow,
				Participants: []event.Participant{
					{Actor: idMFA, Role: event.Initiator, Representing: idRU},
					{Actor: idBristow, Role: event.Subject, Representing: idGB},
					{Actor: idGB, Role: event.Target},
				},
				Sources: ids(idSrcTASS),
			},
			{
				ID:   idRUExpels,
				Kind: event.Expulsion,
				Name: en("Russia expels 23 British diplomats"),
				Description: en("The diplomats were declared personae non gratae and given one week to leave; Russia also withdrew its consent to the opening of a " +
					"British Consulate General in St Petersburg and ended the activities of the British Council in Russia."),
				Start: date("2018-03-17"),
				Place: moscow,
				Participants: []event.Participant{
					{Actor: idRU, Role: event.Initiator},
					{Actor: idGB, Role: event.Target},
					{Actor: idBritons, Role: event.Subject},
				},
				Parts:     ids(idSummoning),
				Relations: []event.Relation{{Kind: event.RespondsTo, Event: idUKExpels}},
				Topics:    relations,
				Sources:   ids(idSrcTASS),
			},
		},

		Statements: []event.Statement{{
			ID:       idMayQuote,
			Kind:     event.Quote,
			Speakers: ids(idMay),
			Occasion: idUKExpels,
			Date:     date("2018-03-14"),
			Text:     en("Under the Vienna Convention, the United Kingdom will now expel 23 Russian diplomats who have been identified as undeclared intelligence officers. They have just one week to leave."),
			About:    ids(idRussians, idRU),
			Attribution: diplo.Attribution{
				Sources: ids(idSrcPM),
				Note:    en("Statement to the House of Commons."),
			},
		}},

		Sources: []diplo.Source{
			{
				ID:        idSrcPM,
				Title:     en("PM Commons statement on Salisbury incident response: 14 March 2018"),
				Publisher: en("Prime Minister’s Office, 10 Downing Street"),
				Published: date("2018-03-14"),
				Language:  language.English,
			},
			{
				ID:        idSrcTASS,
				URL:       "http://tass.com/world/994659",
				Title:     en("Russia to expel 23 British diplomats, close consulate general in St. Petersburg"),
				Publisher: en("TASS"),
				Published: date("2018-03-17"),
				Language:  language.English,
			},
		},
	}
}

// run builds the record, validates it and writes it to w as JSON indented
// by two spaces, in diplo's canonical form (diplo.MarshalIndent): '&',
// '<' and '>' are left as they are, so that a URL reads as written.
func run(w io.Writer) error {
	g := build()
	if err := g.Validate(); err != nil {
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

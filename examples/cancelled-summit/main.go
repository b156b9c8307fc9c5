package main

import (
	"io"
	"log"
	"os"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// External identifiers, and the name-based IDs of the nodes they identify.
var (
	wdTrump     = diplo.MustNewIdentifier(diplo.Wikidata, "Q22686")
	wdSingapore = diplo.MustNewIdentifier(diplo.Wikidata, "Q334")

	idUS    = actor.StateID("US")
	idKP    = actor.StateID("KP")
	idSG    = actor.StateID("SG")
	idTrump = diplo.IDFor(wdTrump)
)

// Fixed IDs of the other nodes.
const (
	idGraph      diplo.ID = "urn:uuid:0365d705-dadc-4868-a1dc-2ea86e577c9d"
	idKim        diplo.ID = "urn:uuid:909ab2cb-8a96-4c8b-a8b5-ef9f27ffbc49"
	idKimYC      diplo.ID = "urn:uuid:b608a1fc-d375-4330-98fe-e62fc151605c"
	idPresUS     diplo.ID = "urn:uuid:4b53ec4a-fd77-4c77-a3db-c9efc6ef5489"
	idTenure     diplo.ID = "urn:uuid:313c32f7-0999-4427-a892-872ed1c5b484"
	idPlanned    diplo.ID = "urn:uuid:20734121-851a-42bc-8e16-ea6dd8f1c900"
	idLetterHand diplo.ID = "urn:uuid:1120a2de-4200-4bdb-92f4-e184c676f1e8"
	idSummit     diplo.ID = "urn:uuid:31e14c71-3988-41c4-9731-81dcae08d56d"
	idSigning    diplo.ID = "urn:uuid:7b28d9a7-e8a5-4094-a623-2cbd11168a3d"
	idLetter     diplo.ID = "urn:uuid:8d23c9c3-1bc1-443a-8c79-41c01871e999"
	idJoint      diplo.ID = "urn:uuid:ee9e842a-b1f7-4ba1-8a37-37c13b5b7de1"
	idSrcLetter  diplo.ID = "urn:uuid:2921029c-0284-4f2a-a945-8f4399d87b9b"
	idSrcJoint   diplo.ID = "urn:uuid:47f43e66-7145-41f0-935b-4b689002a3c6"
)

func en(s string) diplo.Text { return diplo.NewText("en", s) }

func ids(v ...diplo.ID) []diplo.ID { return v }

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

// build returns the record of the Singapore summit of 12 June 2018: planned,
// called off by President Trump in a letter of 24 May 2018, put back on
// after a visit of Kim Yong Chol to the White House on 1 June, and held on
// the planned day. The summit as planned is one event, cancelled; the
// summit as held is another, held, that replaces it.
func build() *graph.Graph {
	const jointTitle = "Joint Statement of President Donald J. Trump of the United States of America and Chairman Kim Jong Un of the Democratic People’s Republic of Korea at the Singapore Summit"
	june12 := date("2018-06-12")
	singapore := diplo.Place{Name: en("Singapore"), Country: "SG", Wikidata: wdSingapore}

	return &graph.Graph{
		ID:    idGraph,
		Title: en("The Singapore summit of 12 June 2018: called off on 24 May, held after all"),

		Persons: []actor.Person{
			{ID: idTrump, Name: en("Donald Trump"), Identifiers: []diplo.Identifier{wdTrump}, Nationality: []diplo.Country{"US"}},
			{ID: idKim, Name: diplo.Text{language.English: "Kim Jong Un", language.Korean: "김정은"}, Nationality: []diplo.Country{"KP"}},
			{ID: idKimYC, Name: diplo.Text{language.English: "Kim Yong Chol", language.Korean: "김영철"}, Nationality: []diplo.Country{"KP"}},
		},

		States: []actor.State{
			{ID: idUS, Name: en("United States of America"), Country: "US", Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q30")}},
			{ID: idKP, Name: diplo.Text{language.English: "Democratic People’s Republic of Korea", language.Korean: "조선민주주의인민공화국"}, Country: "KP", Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q423")}},
			{ID: idSG, Name: en("Republic of Singapore"), Country: "SG", Identifiers: []diplo.Identifier{wdSingapore}},
		},

		Offices: []actor.Office{
			{ID: idPresUS, Name: en("President of the United States"), Role: actor.HeadOfState, Of: idUS},
		},

		Tenures: []actor.Tenure{
			{ID: idTenure, Person: idTrump, Office: idPresUS, Start: date("2017-01-20"), End: date("2021-01-20")},
		},

		Events: []event.Event{
			{
				ID:          idPlanned,
				Kind:        event.Summit,
				Status:      event.Cancelled,
				Name:        en("DPRK–United States summit in Singapore, as planned"),
				Description: en("Announced for 12 June 2018; called off by President Trump in a letter to Kim Jong Un dated 24 May 2018."),
				Start:       june12,
				Place:       singapore,
				Participants: []event.Participant{
					{Actor: idTrump, Role: event.Participating, Representing: idUS},
					{Actor: idKim, Role: event.Participating, Representing: idKP},
				},
				Sources: ids(idSrcLetter),
			},
			{
				ID:          idLetterHand,
				Kind:        event.Visit,
				Name:        en("Kim Yong Chol delivers a letter from Kim Jong Un at the White House"),
				Description: en("After the meeting President Trump announced that the summit would take place on 12 June after all."),
				Start:       date("2018-06-01"),
				Place:       diplo.Place{Name: en("The White House, Washington, D.C."), Country: "US"},
				Participants: []event.Participant{
					{Actor: idTrump, Role: event.Host, Representing: idUS},
					{Actor: idKimYC, Role: event.Guest, Representing: idKP},
				},
				Relations: []event.Relation{{Kind: event.Prepares, Event: idSummit}},
			},
			{
				ID:     idSummit,
				Kind:   event.Summit,
				Status: event.Held,
				Name:   en("DPRK–United States Singapore Summit"),
				Start:  june12,
				Place:  diplo.Place{Name: en("Capella Hotel, Sentosa, Singapore"), Country: "SG"},
				Participants: []event.Participant{
					{Actor: idSG, Role: event.Host},
					{Actor: idTrump, Role: event.Participating, Representing: idUS},
					{Actor: idKim, Role: event.Participating, Representing: idKP},
				},
				Parts:     ids(idSigning),
				Relations: []event.Relation{{Kind: event.Replaces, Event: idPlanned}},
				Outcomes:  ids(idJoint),
				Sources:   ids(idSrcJoint),
			},
			{
				ID:    idSigning,
				Kind:  event.SigningCeremony,
				Name:  en("Signing of the joint statement"),
				Start: june12,
				Place: diplo.Place{Name: en("Capella Hotel, Sentosa, Singapore"), Country: "SG"},
				Participants: []event.Participant{
					{Actor: idTrump, Role: event.Signatory, Representing: idUS},
					{Actor: idKim, Role: event.Signatory, Representing: idKP},
				},
				Outcomes: ids(idJoint),
				Sources:  ids(idSrcJoint),
			},
		},

		Statements: []event.Statement{{
			// The letter is the statement; its text here is the sentence
			// that calls the summit off.
			ID:       idLetter,
			Kind:     event.Letter,
			Speakers: ids(idTrump),
			Date:     date("2018-05-24"),
			Text:     en("Therefore, please let this letter serve to represent that the Singapore summit, for the good of both parties, but to the detriment of the world, will not take place."),
			About:    ids(idPlanned, idKim),
			Attribution: diplo.Attribution{
				Sources: ids(idSrcLetter),
				Note:    en("Excerpt from the letter of President Trump to Chairman Kim Jong Un, 24 May 2018."),
			},
		}},

		Accords: []accord.Accord{{
			ID:      idJoint,
			Kind:    accord.JointDeclaration,
			Title:   en(jointTitle),
			Parties: ids(idUS, idKP),
			Signatories: []accord.Signatory{
				{Person: idTrump, Party: idUS, Office: idPresUS},
				{Person: idKim, Party: idKP},
			},
			Domains: []diplo.Topic{
				{Domain: diplo.PoliticalRelations, Label: en("new US–DPRK relations")},
				{Domain: diplo.PeaceProcess, Label: en("a lasting and stable peace regime on the Korean Peninsula")},
				{Domain: diplo.ArmsControl, Label: en("complete denuclearization of the Korean Peninsula")},
				{Domain: diplo.Humanitarian, Label: en("recovery of POW/MIA remains")},
			},
			Actions: []accord.Action{
				{Kind: accord.Signature, Date: june12, Party: idUS, Event: idSigning},
				{Kind: accord.Signature, Date: june12, Party: idKP, Event: idSigning},
			},
			Sources: ids(idSrcJoint),
		}},

		Sources: []diplo.Source{
			{
				ID:        idSrcLetter,
				Title:     en("Letter to Chairman Kim Jong Un"),
				Publisher: en("The White House"),
				Published: date("2018-05-24"),
				Language:  language.English,
			},
			{
				ID:        idSrcJoint,
				Title:     en(jointTitle),
				Publisher: en("The White House"),
				Published: june12,
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

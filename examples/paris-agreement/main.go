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
	wdUS      = diplo.MustNewIdentifier(diplo.Wikidata, "Q30")
	wdFrance  = diplo.MustNewIdentifier(diplo.Wikidata, "Q142")
	wdUN      = diplo.MustNewIdentifier(diplo.Wikidata, "Q1065")
	wdParis   = diplo.MustNewIdentifier(diplo.Wikidata, "Q90")
	wdNewYork = diplo.MustNewIdentifier(diplo.Wikidata, "Q60")

	idUS = actor.StateID("US")
	idFR = actor.StateID("FR")
	idUN = diplo.IDFor(wdUN)
)

// Fixed IDs of the other nodes.
const (
	idGraph       diplo.ID = "urn:uuid:4048eb50-181b-49ef-b27c-c9658e8676c4"
	idBan         diplo.ID = "urn:uuid:fdfec2c4-0eed-4a46-b4a0-56276b7bf352"
	idFabius      diplo.ID = "urn:uuid:b4c3d7cb-f910-4287-902b-3cdc3cad87f4"
	idKerry       diplo.ID = "urn:uuid:166a2f7a-f5f5-468a-8ffc-a9737a87c1e0"
	idHollande    diplo.ID = "urn:uuid:31db8ac5-a87c-4a74-ba19-438e5d6974ce"
	idSecGen      diplo.ID = "urn:uuid:654f5b45-f5c6-481c-992a-96fbbcc67c96"
	idSecState    diplo.ID = "urn:uuid:d3befcf9-aad1-420e-92af-b801b53485c2"
	idPresFR      diplo.ID = "urn:uuid:bfcb1580-f105-4530-8885-d70d769a6f85"
	idTenureBan   diplo.ID = "urn:uuid:a47e1829-0222-4d86-95e2-ef76916dca37"
	idTenureKerry diplo.ID = "urn:uuid:95816bc1-1a8f-4ff5-aac8-f4c72f420bc7"
	idTenureHol   diplo.ID = "urn:uuid:2ff70562-c9cd-45ef-b939-12465ad35f93"
	idCOP21       diplo.ID = "urn:uuid:5bf81f07-f2cf-487a-8c62-1f748003d0b1"
	idSigning     diplo.ID = "urn:uuid:4f94f616-4009-4d75-9e5e-041613ab0835"
	idParisAgr    diplo.ID = "urn:uuid:d27495e5-41e7-42a5-94a9-1ae93da7f732"
	idUNFCCC      diplo.ID = "urn:uuid:8de97af1-9913-47df-8aac-37d2d0f80d7c"
	idUNTC        diplo.ID = "urn:uuid:5b349552-3e75-4e17-a3cf-4617d5f5e466"
	idDecision    diplo.ID = "urn:uuid:b7fcd1a1-d6c8-43f8-8829-c9e88ae40b34"
)

func en(s string) diplo.Text { return diplo.NewText("en", s) }

func ids(v ...diplo.ID) []diplo.ID { return v }

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

// build returns the record of the Paris Agreement: the conference that
// adopted it, the ceremony that opened it for signature, its entry into
// force, and the actions of two parties that acted on different dates, one
// of which withdrew, joined again and withdrew a second time.
func build() *graph.Graph {
	src := ids(idUNTC)
	act := func(k accord.ActionKind, d string, party, at diplo.ID) accord.Action {
		return accord.Action{Kind: k, Date: date(d), Party: party, Event: at, Attribution: diplo.Attribution{Sources: src}}
	}
	// A withdrawal takes effect one year after the depositary receives its
	// notification (article 28); the action is dated when it takes effect,
	// and the note says when it was notified.
	withdrawal := act(accord.Withdrawal, "2020-11-04", idUS, "")
	withdrawal.Note = en("Notification of withdrawal received on 4 November 2019; effective one year later (article 28).")
	rewithdrawal := act(accord.Withdrawal, "2026-01-27", idUS, "")
	rewithdrawal.Note = en("Notification of withdrawal received on 27 January 2025; effective one year later (article 28).")
	// A state that consents after the accord-wide entry into force is bound
	// on the thirtieth day after it deposits its instrument (article 21(3)).
	reentry := act(accord.EntryIntoForce, "2021-02-19", idUS, "")
	reentry.Note = en("Entry into force for the United States on the thirtieth day after the deposit of its instrument of acceptance (article 21(3)).")

	return &graph.Graph{
		ID: idGraph,
		Title: en("The Paris Agreement: adoption, signature, entry into force, and two parties").
			WithTranslation(language.French, language.English, "L’Accord de Paris : adoption, signature, entrée en vigueur, et deux parties"),

		Persons: []actor.Person{
			{ID: idBan, Name: diplo.Text{language.English: "Ban Ki-moon", language.Korean: "반기문"}, Nationality: []diplo.Country{"KR"}},
			{ID: idFabius, Name: diplo.NewText("fr", "Laurent Fabius"), Nationality: []diplo.Country{"FR"}},
			{ID: idKerry, Name: en("John Kerry"), Nationality: []diplo.Country{"US"}},
			{ID: idHollande, Name: diplo.NewText("fr", "François Hollande"), Nationality: []diplo.Country{"FR"}},
		},

		States: []actor.State{
			{ID: idUS, Name: en("United States of America"), Country: "US", Identifiers: []diplo.Identifier{wdUS}},
			{ID: idFR, Name: diplo.Text{language.French: "République française", language.English: "French Republic"}, Country: "FR", Identifiers: []diplo.Identifier{wdFrance}},
		},

		Organizations: []actor.Organization{{
			ID:           idUN,
			Kind:         actor.Intergovernmental,
			Name:         diplo.Text{language.English: "United Nations", language.French: "Organisation des Nations unies"},
			Abbreviation: "UN",
			Identifiers:  []diplo.Identifier{wdUN},
		}},

		Offices: []actor.Office{
			{ID: idSecGen, Name: en("Secretary-General of the United Nations"), Role: actor.SecretaryGeneral, Of: idUN},
			{ID: idSecState, Name: en("United States Secretary of State"), Role: actor.ForeignMinister, Of: idUS},
			{ID: idPresFR, Name: diplo.NewText("fr", "Président de la République française"), Role: actor.HeadOfState, Of: idFR},
		},

		Tenures: []actor.Tenure{
			{ID: idTenureBan, Person: idBan, Office: idSecGen, Start: date("2007-01-01"), End: date("2016-12-31")},
			{ID: idTenureKerry, Person: idKerry, Office: idSecState, Start: date("2013-02-01"), End: date("2017-01-20")},
			{ID: idTenureHol, Person: idHollande, Office: idPresFR, Start: date("2012-05-15"), End: date("2017-05-14")},
		},

		Events: []event.Event{
			{
				ID:   idCOP21,
				Kind: event.MultilateralConference,
				Name: diplo.Text{
					language.English: "21st session of the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP21)",
					language.French:  "21e session de la Conférence des Parties à la Convention-cadre des Nations unies sur les changements climatiques (COP21)",
				},
				Start: date("2015-11-30"),
				End:   date("2015-12-12"),
				Place: diplo.Place{Name: diplo.Text{language.English: "Paris–Le Bourget", language.French: "Paris–Le Bourget"}, Country: "FR", Wikidata: wdParis},
				Participants: []event.Participant{
					{Actor: idFR, Role: event.Host},
					{Actor: idFabius, Role: event.Chair, Representing: idFR},
					{Actor: idUS, Role: event.Participating},
				},
				Topics:   []diplo.Topic{{Domain: diplo.Environment, Label: en("climate change")}},
				Outcomes: ids(idParisAgr),
				Sources:  ids(idDecision),
			},
			{
				ID:          idSigning,
				Kind:        event.SigningCeremony,
				Name:        en("High-level signature ceremony for the Paris Agreement"),
				Description: en("The Agreement was opened for signature on this day at United Nations Headquarters."),
				Start:       date("2016-04-22"),
				Place:       diplo.Place{Name: en("United Nations Headquarters, New York"), Country: "US", Wikidata: wdNewYork},
				Participants: []event.Participant{
					{Actor: idBan, Role: event.Host, Representing: idUN},
					{Actor: idHollande, Role: event.Signatory, Representing: idFR},
					{Actor: idKerry, Role: event.Signatory, Representing: idUS},
				},
				Relations: []event.Relation{{Kind: event.Follows, Event: idCOP21}},
				Outcomes:  ids(idParisAgr),
				Sources:   src,
			},
		},

		Accords: []accord.Accord{
			{
				ID:   idParisAgr,
				Kind: accord.Treaty,
				Title: diplo.Text{
					language.Arabic:          "اتفاق باريس",
					language.Chinese:         "巴黎协定",
					language.English:         "Paris Agreement",
					language.French:          "Accord de Paris",
					language.Russian:         "Парижское соглашение",
					language.MustParse("es"): "Acuerdo de París",
				},
				Parties: ids(idUS, idFR),
				Signatories: []accord.Signatory{
					{Person: idKerry, Party: idUS, Office: idSecState},
					{Person: idHollande, Party: idFR, Office: idPresFR},
				},
				Domains: []diplo.Topic{{Domain: diplo.Environment, Label: en("climate change")}},
				Actions: []accord.Action{
					act(accord.Adoption, "2015-12-12", "", idCOP21),
					act(accord.OpeningForSignature, "2016-04-22", "", idSigning),
					act(accord.Signature, "2016-04-22", idUS, idSigning),
					act(accord.Signature, "2016-04-22", idFR, idSigning),
					act(accord.Acceptance, "2016-09-03", idUS, ""),
					act(accord.Approval, "2016-10-05", idFR, ""),
					act(accord.EntryIntoForce, "2016-11-04", "", ""),
					withdrawal,
					// The United States joins again by a new instrument
					// of acceptance, and withdraws a second time.
					act(accord.Acceptance, "2021-01-20", idUS, ""),
					reentry,
					rewithdrawal,
				},
				Depositary: idSecGen,
				Languages: []language.Tag{
					language.Arabic, language.Chinese, language.English,
					language.French, language.Russian, language.MustParse("es"),
				},
				Relations:   []accord.Relation{{Kind: accord.Implements, Accord: idUNFCCC}},
				Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.UNTS, "I-54113")},
				Sources:     ids(idUNTC, idDecision),
			},
			{
				ID:   idUNFCCC,
				Kind: accord.Convention,
				Title: diplo.Text{
					language.English: "United Nations Framework Convention on Climate Change",
					language.French:  "Convention-cadre des Nations unies sur les changements climatiques",
				},
				Domains: []diplo.Topic{{Domain: diplo.Environment, Label: en("climate change")}},
				Actions: []accord.Action{
					{Kind: accord.Adoption, Date: date("1992-05-09")},
					{Kind: accord.EntryIntoForce, Date: date("1994-03-21")},
				},
				Depositary: idSecGen,
			},
		},

		Sources: []diplo.Source{
			{
				ID:        idUNTC,
				URL:       "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-7-d&chapter=27&clang=_en",
				Title:     en("Paris Agreement: status of the treaty (Multilateral Treaties Deposited with the Secretary-General, chapter XXVII.7.d)"),
				Publisher: en("United Nations Treaty Collection"),
				Language:  language.English,
			},
			{
				ID:        idDecision,
				Title:     en("Decision 1/CP.21, Adoption of the Paris Agreement (FCCC/CP/2015/10/Add.1)"),
				Publisher: en("United Nations Framework Convention on Climate Change"),
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

package main

import (
	"io"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

func ids(v ...diplo.ID) []diplo.ID { return v }

// build returns the record of the Paris Agreement: the conference that
// adopted it, the ceremony that opened it for signature, its entry into
// force, and the actions of two parties that acted on different dates, one
// of which withdrew, joined again and withdrew a second time.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/paris-agreement")
	b.SetTitle(b.Text("en", "The Paris Agreement: adoption, signature, entry into force, and two parties",
		"fr-t-en", "L’Accord de Paris : adoption, signature, entrée en vigueur, et deux parties"))
	climate := func() []diplo.Topic {
		return []diplo.Topic{{Domain: diplo.Environment, Label: b.Text("en", "climate change")}}
	}

	untc := b.Add("source-untc", diplo.Source{
		URL:       "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-7-d&chapter=27&clang=_en",
		Title:     b.Text("en", "Paris Agreement: status of the treaty (Multilateral Treaties Deposited with the Secretary-General, chapter XXVII.7.d)"),
		Publisher: b.Text("en", "United Nations Treaty Collection"),
		Language:  b.Language("en"),
	})
	decision := b.Add("source-decision", diplo.Source{
		Title:     b.Text("en", "Decision 1/CP.21, Adoption of the Paris Agreement (FCCC/CP/2015/10/Add.1)"),
		Publisher: b.Text("en", "United Nations Framework Convention on Climate Change"),
		Language:  b.Language("en"),
	})

	ban := b.Add("ban", actor.Person{Name: b.Text("en", "Ban Ki-moon", "ko", "반기문"), Nationality: []diplo.Country{"KR"}})
	fabius := b.Add("fabius", actor.Person{Name: b.Text("fr", "Laurent Fabius"), Nationality: []diplo.Country{"FR"}})
	kerry := b.Add("kerry", actor.Person{Name: b.Text("en", "John Kerry"), Nationality: []diplo.Country{"US"}})
	hollande := b.Add("hollande", actor.Person{Name: b.Text("fr", "François Hollande"), Nationality: []diplo.Country{"FR"}})

	us := b.Add("us", actor.State{Name: b.Text("en", "United States of America"), Country: "US", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q30")}})
	fr := b.Add("fr", actor.State{Name: b.Text("fr", "République française", "en", "French Republic"), Country: "FR", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q142")}})

	un := b.Add("un", actor.Organization{
		Kind:         actor.Intergovernmental,
		Name:         b.Text("en", "United Nations", "fr", "Organisation des Nations unies"),
		Abbreviation: "UN",
		Identifiers:  []diplo.Identifier{b.Identifier("wikidata:Q1065")},
	})

	secGen := b.Add("secretary-general", actor.Office{Name: b.Text("en", "Secretary-General of the United Nations"), Role: actor.SecretaryGeneral, Of: un})
	secState := b.Add("secretary-of-state", actor.Office{Name: b.Text("en", "United States Secretary of State"), Role: actor.ForeignMinister, Of: us})
	presFR := b.Add("president-fr", actor.Office{Name: b.Text("fr", "Président de la République française"), Role: actor.HeadOfState, Of: fr})

	b.Add("ban-secretary-general", actor.Tenure{Person: ban, Office: secGen, Start: b.Date("2007-01-01"), End: b.Date("2016-12-31")})
	b.Add("kerry-secretary-of-state", actor.Tenure{Person: kerry, Office: secState, Start: b.Date("2013-02-01"), End: b.Date("2017-01-20")})
	b.Add("hollande-president", actor.Tenure{Person: hollande, Office: presFR, Start: b.Date("2012-05-15"), End: b.Date("2017-05-14")})

	cop21 := b.Add("cop21", event.Event{
		Kind: event.MultilateralConference,
		Name: b.Text("en", "21st session of the Conference of the Parties to the United Nations Framework Convention on Climate Change (COP21)",
			"fr", "21e session de la Conférence des Parties à la Convention-cadre des Nations unies sur les changements climatiques (COP21)"),
		Start: b.Date("2015-11-30"),
		End:   b.Date("2015-12-12"),
		Place: diplo.Place{Name: b.Text("en", "Paris–Le Bourget", "fr", "Paris–Le Bourget"), Country: "FR", Wikidata: b.Identifier("wikidata:Q90")},
		Participants: []event.Participant{
			{Actor: fr, Role: event.Host},
			{Actor: fabius, Role: event.Chair, Representing: fr},
			{Actor: us, Role: event.Participating},
		},
		Topics:   climate(),
		Outcomes: ids(b.ID("paris-agreement")),
		Sources:  ids(decision),
	})
	signing := b.Add("signing", event.Event{
		Kind:        event.SigningCeremony,
		Name:        b.Text("en", "High-level signature ceremony for the Paris Agreement"),
		Description: b.Text("en", "The Agreement was opened for signature on this day at United Nations Headquarters."),
		Start:       b.Date("2016-04-22"),
		Place:       diplo.Place{Name: b.Text("en", "United Nations Headquarters, New York"), Country: "US", Wikidata: b.Identifier("wikidata:Q60")},
		Participants: []event.Participant{
			{Actor: ban, Role: event.Host, Representing: un},
			{Actor: hollande, Role: event.Signatory, Representing: fr},
			{Actor: kerry, Role: event.Signatory, Representing: us},
		},
		Relations: []event.Relation{{Kind: event.Follows, Event: cop21}},
		Outcomes:  ids(b.ID("paris-agreement")),
		Sources:   ids(untc),
	})

	act := func(k accord.ActionKind, d string, party, at diplo.ID) accord.Action {
		return accord.Action{Kind: k, Date: b.Date(d), Party: party, Event: at, Attribution: diplo.Attribution{Sources: ids(untc)}}
	}
	// A withdrawal takes effect one year after the depositary receives its
	// notification (article 28); the action is dated when it takes effect,
	// and the note says when it was notified.
	withdrawal := act(accord.Withdrawal, "2020-11-04", us, "")
	withdrawal.Note = b.Text("en", "Notification of withdrawal received on 4 November 2019; effective one year later (article 28).")
	rewithdrawal := act(accord.Withdrawal, "2026-01-27", us, "")
	rewithdrawal.Note = b.Text("en", "Notification of withdrawal received on 27 January 2025; effective one year later (article 28).")
	// A state that consents after the accord-wide entry into force is bound
	// on the thirtieth day after it deposits its instrument (article 21(3)).
	reentry := act(accord.EntryIntoForce, "2021-02-19", us, "")
	reentry.Note = b.Text("en", "Entry into force for the United States on the thirtieth day after the deposit of its instrument of acceptance (article 21(3)).")

	b.Add("paris-agreement", accord.Accord{
		Kind: accord.Treaty,
		Title: b.Text("ar", "اتفاق باريس", "zh", "巴黎协定", "en", "Paris Agreement",
			"fr", "Accord de Paris", "ru", "Парижское соглашение", "es", "Acuerdo de París"),
		Parties: ids(us, fr),
		Signatories: []accord.Signatory{
			{Person: kerry, Party: us, Office: secState},
			{Person: hollande, Party: fr, Office: presFR},
		},
		Domains: climate(),
		Actions: []accord.Action{
			act(accord.Adoption, "2015-12-12", "", cop21),
			act(accord.OpeningForSignature, "2016-04-22", "", signing),
			act(accord.Signature, "2016-04-22", us, signing),
			act(accord.Signature, "2016-04-22", fr, signing),
			act(accord.Acceptance, "2016-09-03", us, ""),
			act(accord.Approval, "2016-10-05", fr, ""),
			act(accord.EntryIntoForce, "2016-11-04", "", ""),
			withdrawal,
			// The United States joins again by a new instrument of
			// acceptance, and withdraws a second time.
			act(accord.Acceptance, "2021-01-20", us, ""),
			reentry,
			rewithdrawal,
		},
		Depositary:  secGen,
		Languages:   b.Languages("ar", "zh", "en", "fr", "ru", "es"),
		Relations:   []accord.Relation{{Kind: accord.Implements, Accord: b.ID("unfccc")}},
		Identifiers: []diplo.Identifier{b.Identifier("unts:I-54113")},
		Sources:     ids(untc, decision),
	})
	b.Add("unfccc", accord.Accord{
		Kind:    accord.Convention,
		Title:   b.Text("en", "United Nations Framework Convention on Climate Change", "fr", "Convention-cadre des Nations unies sur les changements climatiques"),
		Domains: climate(),
		Actions: []accord.Action{
			{Kind: accord.Adoption, Date: b.Date("1992-05-09")},
			{Kind: accord.EntryIntoForce, Date: b.Date("1994-03-21")},
		},
		Depositary: secGen,
	})
	return b.Graph()
}

// run builds the record, which Graph validates, and writes it to w as JSON indented
// by two spaces, in diplo's canonical form (diplo.MarshalIndent): '&',
// '<' and '>' are left as they are, so that a URL reads as written.
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

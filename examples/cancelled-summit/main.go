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

// build returns the record of the Singapore summit of 12 June 2018: planned,
// called off by President Trump in a letter of 24 May 2018, put back on
// after a visit of Kim Yong Chol to the White House on 1 June, and held on
// the planned day. The summit as planned is one event, cancelled; the
// summit as held is another, held, that replaces it.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/cancelled-summit")
	b.SetTitle(b.Text("en", "The Singapore summit of 12 June 2018: called off on 24 May, held after all"))
	const jointTitle = "Joint Statement of President Donald J. Trump of the United States of America and Chairman Kim Jong Un of the Democratic People’s Republic of Korea at the Singapore Summit"
	june12 := b.Date("2018-06-12")
	wdSingapore := b.Identifier("wikidata:Q334")

	srcLetter := b.Add("source-letter", diplo.Source{
		Title:     b.Text("en", "Letter to Chairman Kim Jong Un"),
		Publisher: b.Text("en", "The White House"),
		Published: b.Date("2018-05-24"),
		Language:  b.Language("en"),
	})
	srcJoint := b.Add("source-joint-statement", diplo.Source{
		Title:     b.Text("en", jointTitle),
		Publisher: b.Text("en", "The White House"),
		Published: june12,
		Language:  b.Language("en"),
	})

	trump := b.Add("trump", actor.Person{Name: b.Text("en", "Donald Trump"), Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q22686")}, Nationality: []diplo.Country{"US"}})
	kim := b.Add("kim-jong-un", actor.Person{Name: b.Text("en", "Kim Jong Un", "ko", "김정은"), Nationality: []diplo.Country{"KP"}})
	kimYC := b.Add("kim-yong-chol", actor.Person{Name: b.Text("en", "Kim Yong Chol", "ko", "김영철"), Nationality: []diplo.Country{"KP"}})

	us := b.Add("us", actor.State{Name: b.Text("en", "United States of America"), Country: "US", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q30")}})
	kp := b.Add("kp", actor.State{Name: b.Text("en", "Democratic People’s Republic of Korea", "ko", "조선민주주의인민공화국"), Country: "KP", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q423")}})
	sg := b.Add("sg", actor.State{Name: b.Text("en", "Republic of Singapore"), Country: "SG", Identifiers: []diplo.Identifier{wdSingapore}})

	presUS := b.Add("president-us", actor.Office{Name: b.Text("en", "President of the United States"), Role: actor.HeadOfState, Of: us})
	b.Add("trump-president", actor.Tenure{Person: trump, Office: presUS, Start: b.Date("2017-01-20"), End: b.Date("2021-01-20")})

	planned := b.Add("summit-planned", event.Event{
		Kind:        event.Summit,
		Status:      event.Cancelled,
		Name:        b.Text("en", "DPRK–United States summit in Singapore, as planned"),
		Description: b.Text("en", "Announced for 12 June 2018; called off by President Trump in a letter to Kim Jong Un dated 24 May 2018."),
		Start:       june12,
		Place:       diplo.Place{Name: b.Text("en", "Singapore"), Country: "SG", Wikidata: wdSingapore},
		// The cancellation has its own date, its author and its source.
		StatusHistory: []event.StatusChange{{
			Status:      event.Cancelled,
			Date:        b.Date("2018-05-24"),
			Attribution: diplo.Attribution{By: ids(trump), Sources: ids(srcLetter)},
		}},
		Participants: []event.Participant{
			{Actor: trump, Role: event.Participating, Representing: us},
			{Actor: kim, Role: event.Participating, Representing: kp},
		},
		Sources: ids(srcLetter),
	})
	b.Add("letter-delivered", event.Event{
		Kind:        event.Visit,
		Name:        b.Text("en", "Kim Yong Chol delivers a letter from Kim Jong Un at the White House"),
		Description: b.Text("en", "After the meeting President Trump announced that the summit would take place on 12 June after all."),
		Start:       b.Date("2018-06-01"),
		Place:       diplo.Place{Name: b.Text("en", "The White House, Washington, D.C."), Country: "US"},
		Participants: []event.Participant{
			{Actor: trump, Role: event.Host, Representing: us},
			{Actor: kimYC, Role: event.Guest, Representing: kp},
		},
		Relations: []event.Relation{{Kind: event.Prepares, Event: b.ID("summit")}},
	})
	capella := diplo.Place{Name: b.Text("en", "Capella Hotel, Sentosa, Singapore"), Country: "SG"}
	b.Add("summit", event.Event{
		Kind:   event.Summit,
		Status: event.Held,
		Name:   b.Text("en", "DPRK–United States Singapore Summit"),
		Start:  june12,
		Place:  capella,
		// Put back on by President Trump on 1 June, held on 12 June.
		StatusHistory: []event.StatusChange{
			{Status: event.Planned, Date: b.Date("2018-06-01"), Attribution: diplo.Attribution{By: ids(trump)}},
			{Status: event.Held, Date: june12, Attribution: diplo.Attribution{Sources: ids(srcJoint)}},
		},
		Participants: []event.Participant{
			{Actor: sg, Role: event.Host},
			{Actor: trump, Role: event.Participating, Representing: us},
			{Actor: kim, Role: event.Participating, Representing: kp},
		},
		Parts:     ids(b.ID("signing")),
		Relations: []event.Relation{{Kind: event.Replaces, Event: planned}},
		Outcomes:  ids(b.ID("joint-statement")),
		Sources:   ids(srcJoint),
	})
	signing := b.Add("signing", event.Event{
		Kind:  event.SigningCeremony,
		Name:  b.Text("en", "Signing of the joint statement"),
		Start: june12,
		Place: capella,
		Participants: []event.Participant{
			{Actor: trump, Role: event.Signatory, Representing: us},
			{Actor: kim, Role: event.Signatory, Representing: kp},
		},
		Outcomes: ids(b.ID("joint-statement")),
		Sources:  ids(srcJoint),
	})

	// The letter is the statement; its text here is the sentence that
	// calls the summit off.
	b.Add("letter", event.Statement{
		Kind:     event.Letter,
		Speakers: ids(trump),
		Date:     b.Date("2018-05-24"),
		Text:     b.Text("en", "Therefore, please let this letter serve to represent that the Singapore summit, for the good of both parties, but to the detriment of the world, will not take place."),
		About:    ids(planned, kim),
		Attribution: diplo.Attribution{
			Sources: ids(srcLetter),
			Note:    b.Text("en", "Excerpt from the letter of President Trump to Chairman Kim Jong Un, 24 May 2018."),
		},
	})

	b.Add("joint-statement", accord.Accord{
		Kind:    accord.JointDeclaration,
		Title:   b.Text("en", jointTitle),
		Parties: ids(us, kp),
		Signatories: []accord.Signatory{
			{Person: trump, Party: us, Office: presUS},
			{Person: kim, Party: kp},
		},
		Domains: []diplo.Topic{
			{Domain: diplo.PoliticalRelations, Label: b.Text("en", "new US–DPRK relations")},
			{Domain: diplo.PeaceProcess, Label: b.Text("en", "a lasting and stable peace regime on the Korean Peninsula")},
			{Domain: diplo.ArmsControl, Label: b.Text("en", "complete denuclearization of the Korean Peninsula")},
			{Domain: diplo.Humanitarian, Label: b.Text("en", "recovery of POW/MIA remains")},
		},
		Actions: []accord.Action{
			{Kind: accord.Signature, Date: june12, Party: us, Event: signing},
			{Kind: accord.Signature, Date: june12, Party: kp, Event: signing},
		},
		Sources: ids(srcJoint),
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

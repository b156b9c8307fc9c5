package main

import (
	"io"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

func ids(v ...diplo.ID) []diplo.ID { return v }

// The members of the Security Council in 2023 and their English names:
// the five permanent members, then the ten elected ones.
var (
	permanent = []string{"CN", "FR", "RU", "GB", "US"}
	elected   = []string{"AL", "BR", "EC", "GA", "GH", "JP", "MT", "MZ", "CH", "AE"}
	// againstES1021 are the fourteen states that voted against General
	// Assembly resolution ES-10/21.
	againstES1021 = []string{"AT", "HR", "CZ", "FJ", "GT", "HU", "IL", "MH", "FM", "NR", "PG", "PY", "TO", "US"}
	// states lists the states of the record, code and English name, in
	// the order of the record.
	states = [][2]string{
		{"CN", "China"}, {"FR", "France"}, {"RU", "Russian Federation"}, {"GB", "United Kingdom of Great Britain and Northern Ireland"},
		{"US", "United States of America"}, {"AL", "Albania"}, {"BR", "Brazil"}, {"EC", "Ecuador"}, {"GA", "Gabon"}, {"GH", "Ghana"},
		{"JP", "Japan"}, {"MT", "Malta"}, {"MZ", "Mozambique"}, {"CH", "Switzerland"}, {"AE", "United Arab Emirates"},
		{"AT", "Austria"}, {"HR", "Croatia"}, {"CZ", "Czechia"}, {"FJ", "Fiji"}, {"GT", "Guatemala"}, {"HU", "Hungary"}, {"IL", "Israel"},
		{"MH", "Marshall Islands"}, {"FM", "Micronesia (Federated States of)"}, {"NR", "Nauru"}, {"PG", "Papua New Guinea"},
		{"PY", "Paraguay"}, {"TO", "Tonga"}, {"JO", "Jordan"}, {"CA", "Canada"},
	}
)

// build returns the record of the Security Council's vote on draft
// resolution S/2023/773 on 18 October 2023, which the veto of the United
// States defeated, and of the General Assembly's vote on resolution
// ES-10/21 on 27 October 2023, after it had rejected an amendment
// proposed by Canada.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/gaza-veto")
	b.SetTitle(b.Text("en", "Draft resolution S/2023/773 vetoed in the Security Council, 18 October 2023, and General Assembly resolution ES-10/21, 27 October 2023"))
	en := func(s string) diplo.Text { return b.Text("en", s) }
	newYork := diplo.AdminDivision{Name: en("New York"), Code: "US-NY"}
	hq := diplo.Place{Name: en("United Nations Headquarters, New York"), Country: "US", Admin1: newYork}
	topics := []diplo.Topic{{Domain: diplo.Humanitarian, Label: en("humanitarian access to the Gaza Strip")}, {Domain: diplo.Security}}

	// The sources. The United Nations documents are cited by their
	// undocs.org addresses, which resolve a document symbol.
	pv9442 := b.Add("", diplo.Source{URL: "https://undocs.org/S/PV.9442", Title: en("S/PV.9442: Security Council, 9442nd meeting, 18 October 2023"), Language: b.Language("en")})
	draft773 := b.Add("", diplo.Source{URL: "https://undocs.org/S/2023/773", Title: en("S/2023/773: draft resolution submitted by Brazil"), Language: b.Language("en")})
	scr := b.Add("", diplo.Source{
		URL:       "https://www.securitycouncilreport.org/monthly-forecast/2023-11/status-update-since-our-october-forecast-5.php",
		Title:     en("November 2023 Monthly Forecast: Status Update since our October Forecast"),
		Publisher: en("Security Council Report"),
		Language:  b.Language("en"),
	})
	reuters := b.Add("", diplo.Source{
		URL:       "https://www.channelnewsasia.com/world/israel-hamas-conflict-us-veto-un-security-council-action-gaza-3855966",
		Title:     en("US vetoes UN Security Council action on Israel-Gaza (Reuters)"),
		Publisher: en("Reuters, via CNA"),
		Published: b.Date("2023-10-18"),
		Language:  b.Language("en"),
	})
	l25 := b.Add("", diplo.Source{URL: "https://undocs.org/A/ES-10/L.25", Title: en("A/ES-10/L.25: draft resolution"), Language: b.Language("en")})
	res21 := b.Add("", diplo.Source{URL: "https://undocs.org/A/RES/ES-10/21", Title: en("A/RES/ES-10/21: Protection of civilians and upholding legal and humanitarian obligations"), Language: b.Language("en")})
	ap := b.Add("", diplo.Source{
		URL:       "https://fortune.com/2023/10/28/israel-hamas-war-un-general-assembly-calls-for-humanitarian-truce-in-gaza",
		Title:     en("UN General Assembly calls for ‘humanitarian truce’ in Gaza"),
		Publisher: en("The Associated Press, via Fortune"),
		Published: b.Date("2023-10-28"),
		Language:  b.Language("en"),
	})
	kunuz := b.Add("", diplo.Source{
		URL:       "https://kun.uz/en/news/2023/10/28/un-general-assembly-approves-gaza-ceasefire-resolution-14-countries-supported-israels-violent-attack-on-gaza-strip",
		Title:     en("UN General Assembly approves Gaza ceasefire resolution"),
		Publisher: en("Kun.uz"),
		Published: b.Date("2023-10-28"),
		Language:  b.Language("en"),
	})
	jpost := b.Add("", diplo.Source{
		URL:       "https://www.jpost.com/international/article-770510",
		Publisher: en("The Jerusalem Post"),
		Published: b.Date("2023-10-27"),
		Language:  b.Language("en"),
	})
	cp := b.Add("canadian-press", diplo.Source{
		Title:     en("UN rejects Canadian push to call out ‘deliberate cruelty’ of Hamas attacks"),
		Publisher: en("The Canadian Press"),
		Published: b.Date("2023-10-27"),
		Language:  b.Language("en"),
	})
	wikipedia := b.Add("", diplo.Source{
		URL:      "https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-10/21",
		Title:    en("United Nations General Assembly Resolution ES-10/21"),
		Language: b.Language("en"),
	})

	// The states, each under the IRI of its ISO 3166 code.
	for _, s := range states {
		b.Add("", actor.State{Name: en(s[1]), Country: diplo.Country(s[0])})
	}
	state := func(c string) diplo.ID { return actor.StateID(diplo.Country(c)) }

	// The United Nations and the two organs that voted.
	un := b.Add("", actor.Organization{Kind: actor.Intergovernmental, Name: b.Text("en", "United Nations", "fr", "Organisation des Nations Unies"),
		Abbreviation: "UN", Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q1065")}})
	council := b.Add("", actor.Organization{Kind: actor.Intergovernmental, Name: b.Text("en", "United Nations Security Council", "fr", "Conseil de sécurité des Nations Unies"),
		Abbreviation: "UNSC", PartOf: un, Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q37470")}})
	assembly := b.Add("", actor.Organization{Kind: actor.Intergovernmental, Name: b.Text("en", "United Nations General Assembly", "fr", "Assemblée générale des Nations Unies"),
		Abbreviation: "UNGA", PartOf: un, Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q47423")}})

	// The Permanent Representative of the United States, who explained
	// the veto, holds the office of head of her country's mission to the
	// United Nations.
	usun := b.Add("usun", actor.Mission{Kind: actor.PermanentMission, Name: en("United States Mission to the United Nations"),
		Sending: state("US"), Receiving: un, Seat: diplo.Place{Name: en("New York"), Country: "US", Admin1: newYork}})
	permRep := b.Add("permanent-representative-us", actor.Office{Name: en("Permanent Representative of the United States to the United Nations"), Role: actor.Ambassador, Of: usun})
	ltg := b.Add("thomas-greenfield", actor.Person{Name: en("Linda Thomas-Greenfield"), Nationality: []diplo.Country{"US"}})
	b.Add("ltg-permanent-representative", actor.Tenure{Person: ltg, Office: permRep, Start: b.Date("2021-02")})

	// The Security Council's meeting and its vote.
	var members []event.Participant
	for _, c := range append(append([]string{}, permanent...), elected...) {
		p := event.Participant{Actor: state(c), Role: event.Participating}
		if c == "BR" {
			p.Role = event.Chair // Brazil held the presidency in October 2023
		}
		members = append(members, p)
	}
	meeting := b.Add("meeting-9442", event.Event{
		Kind:         event.MultilateralConference,
		Name:         en("Security Council, 9442nd meeting: the situation in the Middle East, including the Palestinian question"),
		Start:        b.Date("2023-10-18"),
		Place:        hq,
		Participants: append(members, event.Participant{Actor: ltg, Role: event.Speaker, Representing: state("US")}),
		Topics:       topics,
		Identifiers:  []diplo.Identifier{b.Identifier("undoc:S/PV.9442")}, // the meeting's verbatim record
		Sources:      ids(pv9442, scr),
	})
	draft := b.Add("s-2023-773", decision.Resolution{
		Kind:        decision.ResolutionKind,
		Status:      decision.Rejected,
		Symbol:      "S/2023/773",
		Title:       en("Draft resolution on the situation in the Middle East, including the Palestinian question (humanitarian pauses in Gaza)"),
		Body:        council,
		Date:        b.Date("2023-10-18"),
		Sponsors:    ids(state("BR")),
		Method:      decision.ByVote,
		Identifiers: []diplo.Identifier{b.Identifier("undoc:S/2023/773")},
		Sources:     ids(draft773, pv9442),
	})
	eov := b.Add("explanation-us", event.Statement{
		Kind:        event.Remarks,
		Speakers:    ids(ltg),
		Occasion:    meeting,
		Date:        b.Date("2023-10-18"),
		Text:        en("We are on the ground doing the hard work of diplomacy."),
		About:       ids(draft),
		Attribution: diplo.Attribution{Sources: ids(reuters)},
	})
	no := map[string]decision.Option{"US": decision.Veto, "RU": decision.Abstain, "GB": decision.Abstain}
	var positions []decision.Position
	for _, list := range [][]string{permanent, elected} {
		for _, c := range list {
			p := decision.Position{Voter: state(c), Option: decision.Yes, Role: decision.ElectedMember}
			if list[0] == permanent[0] {
				p.Role = decision.PermanentMember
			}
			if o, ok := no[c]; ok {
				p.Option = o
			}
			if c == "US" {
				p.Explanation = eov
			}
			positions = append(positions, p)
		}
	}
	b.Add("vote-s-2023-773", decision.Vote{
		Motion:   draft,
		Body:     council,
		Event:    meeting,
		Date:     b.Date("2023-10-18"),
		Result:   decision.ResultRejected,
		Majority: decision.ConcurringPermanent,
		Counts: []decision.Count{
			{Option: decision.Yes, Value: 12},
			{Option: decision.No, Value: 1},
			{Option: decision.Abstain, Value: 2},
		},
		Positions: positions,
		Sources:   ids(pv9442, scr, reuters),
	})

	// The General Assembly's tenth emergency special session, resumed on
	// 26 October 2023, and its votes of 27 October.
	session := b.Add("ga-ess10-resumed", event.Event{
		Kind:        event.MultilateralConference,
		Name:        en("General Assembly, tenth emergency special session (resumed)"),
		Description: en("Resumed after the Security Council had failed four times in October 2023 to adopt a resolution on the war in Gaza, the vote on S/2023/773 among them."),
		Start:       b.Date("2023-10-26"),
		End:         b.Date("2023-10-27"),
		Place:       hq,
		Relations:   []event.Relation{{Kind: event.Follows, Event: meeting}},
		Topics:      topics,
		Outcomes:    ids(b.ID("es-10-21")),
		Sources:     ids(ap, res21),
	})
	amendment := b.Add("canada-amendment", decision.Resolution{
		Kind:     decision.Amendment,
		Status:   decision.Rejected,
		Title:    en("Amendment proposed by Canada to draft resolution A/ES-10/L.25, condemning the attacks by Hamas of 7 October 2023 and the taking of hostages"),
		Body:     assembly,
		Date:     b.Date("2023-10-27"),
		Sponsors: ids(state("CA"), state("US")),
		Method:   decision.ByVote,
		Sources:  ids(jpost, cp),
	})
	b.Add("vote-canada-amendment", decision.Vote{
		Motion:   amendment,
		Body:     assembly,
		Event:    session,
		Date:     b.Date("2023-10-27"),
		Result:   decision.ResultRejected,
		Majority: decision.TwoThirds,
		Counts: []decision.Count{
			{Option: decision.Yes, Value: 88},
			{Option: decision.No, Value: 55},
			{Option: decision.Abstain, Value: 23},
		},
		Sources: ids(jpost, cp),
	})
	es1021 := b.Add("es-10-21", decision.Resolution{
		Kind:     decision.ResolutionKind,
		Status:   decision.Adopted,
		Symbol:   "A/RES/ES-10/21",
		Title:    en("Protection of civilians and upholding legal and humanitarian obligations"),
		Body:     assembly,
		Date:     b.Date("2023-10-27"),
		Text:     en("Calls for an immediate, durable and sustained humanitarian truce leading to a cessation of hostilities"),
		Sponsors: ids(state("JO")),
		Method:   decision.ByVote,
		Identifiers: []diplo.Identifier{
			b.Identifier("undoc:A/RES/ES-10/21"),
			b.Identifier("undoc:A/ES-10/L.25"), // its draft
		},
		Sources: ids(res21, l25, ap),
	})
	var gaPositions []decision.Position
	for _, c := range againstES1021 {
		gaPositions = append(gaPositions, decision.Position{Voter: state(c), Option: decision.No})
	}
	for _, p := range []struct {
		c string
		o decision.Option
	}{{"JO", decision.Yes}, {"CN", decision.Yes}, {"FR", decision.Yes}, {"RU", decision.Yes}, {"GB", decision.Abstain}, {"CA", decision.Abstain}} {
		gaPositions = append(gaPositions, decision.Position{Voter: state(p.c), Option: p.o})
	}
	b.Add("vote-es-10-21", decision.Vote{
		Motion:   es1021,
		Body:     assembly,
		Event:    session,
		Date:     b.Date("2023-10-27"),
		Result:   decision.ResultAdopted,
		Majority: decision.TwoThirds,
		Counts: []decision.Count{
			{Option: decision.Yes, Value: 120},
			{Option: decision.No, Value: 14},
			{Option: decision.Abstain, Value: 45},
		},
		Positions: gaPositions,
		Sources:   ids(ap, kunuz),
		// A later tally, in which one abstention became a vote in favour:
		// one claim for each count that differs from the Assembly's.
		Claims: []diplo.Claim{
			{
				Property: "counts",
				Quantity: diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "121", Unit: en("votes in favour")},
				Attribution: diplo.Attribution{
					Sources: ids(wikipedia),
					Note:    en("a later tally of 121 in favour, 14 against and 44 abstentions; the Assembly announced 120 in favour"),
				},
			},
			{
				Property: "counts",
				Quantity: diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "44", Unit: en("abstentions")},
				Attribution: diplo.Attribution{
					Sources: ids(wikipedia),
					Note:    en("a later tally of 121 in favour, 14 against and 44 abstentions; the Assembly announced 45 abstentions"),
				},
			},
		},
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

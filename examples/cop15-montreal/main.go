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

// build returns the record of the second part of COP15, the fifteenth
// meeting of the Conference of the Parties to the Convention on Biological
// Diversity: announced for Kunming, postponed, moved to Montreal, and held
// there from 7 to 19 December 2022.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/cop15-montreal")
	b.SetTitle(b.Text("en", "COP15, second part: announced for Kunming, postponed, moved to Montreal and held there, 2021–2022"))
	en := func(s string) diplo.Text { return b.Text("en", s) }
	topics := []diplo.Topic{{Domain: diplo.Environment, Label: en("biodiversity")}}
	// Kunming is the capital of Yunnan province; Montreal lies in Quebec.
	kunming := diplo.Place{Name: b.Text("en", "Kunming", "zh", "昆明"), Country: "CN",
		Admin1: diplo.AdminDivision{Name: b.Text("en", "Yunnan", "zh", "云南省"), Code: "CN-YN"}}
	montreal := diplo.Place{Name: b.Text("en", "Montreal", "fr", "Montréal"), Country: "CA",
		Admin1: diplo.AdminDivision{Name: b.Text("en", "Quebec", "fr", "Québec"), Code: "CA-QC"}, Wikidata: b.Identifier("wikidata:Q340")}

	// The organisations.
	cbd := b.Add("cbd-cop", actor.Organization{
		Kind:         actor.Intergovernmental,
		Name:         en("Conference of the Parties to the Convention on Biological Diversity"),
		Abbreviation: "COP",
	})
	secretariat := b.Add("cbd-secretariat", actor.Organization{
		Kind:    actor.Intergovernmental,
		Name:    en("Secretariat of the Convention on Biological Diversity"),
		PartOf:  cbd,
		Country: "CA",
	})
	cn := b.Add("", actor.State{Name: b.Text("en", "China", "zh", "中国"), Country: "CN"})
	ca := b.Add("", actor.State{Name: b.Text("en", "Canada", "fr", "Canada"), Country: "CA"})
	huang := b.Add("huang-runqiu", actor.Person{Name: b.Text("en", "Huang Runqiu", "zh", "黄润秋"), Nationality: []diplo.Country{"CN"}})

	// The sources, one for each change of status and for the meeting.
	yunnan := b.Add("", diplo.Source{
		URL:       "http://english.yunnan.cn/html/2021/consulgeneral_0820/25347.html",
		Title:     en("COP15: Biodiversity summit to be held in two parts in Kunming"),
		Publisher: en("Yunnan.cn"),
		Published: b.Date("2021-08"),
		Language:  b.Language("en"),
	})
	greenTrack := b.Add("", diplo.Source{
		URL:       "https://on-the-green-track.campaign.europa.eu/news/china-host-person-cop-15-april-2022-01-12_en",
		Title:     en("China to host in-person COP 15 in April"),
		Publisher: en("European Commission, The Green Track"),
		Published: b.Date("2022-01-12"),
		Language:  b.Language("en"),
	})
	reuters := b.Add("reuters-2022-03-29", diplo.Source{
		Title:     en("Biodiversity summit in Kunming, China delayed for fourth time -organisers"),
		Publisher: en("Reuters"),
		Published: b.Date("2022-03-29"),
		Language:  b.Language("en"),
	})
	cbdPress := b.Add("cbd-press-2022-06-21", diplo.Source{
		Title:       en("Biodiversity COP15, chaired by China, will conclude in Montreal Dec. 5 to 17 with expected approval of Landmark Global Agreement"),
		Publisher:   en("Secretariat of the Convention on Biological Diversity"),
		PublisherID: secretariat,
		Published:   b.Date("2022-06-21"),
		Language:    b.Language("en"),
	})
	xinhuaJune := b.Add("", diplo.Source{
		URL:       "http://en.people.cn/n3/2022/0622/c90000-10112938.html",
		Title:     en("UN Biodiversity Conference to be relocated from China to Canada"),
		Publisher: en("Xinhua, via People's Daily Online"),
		Published: b.Date("2022-06-21"),
		Language:  b.Language("en"),
	})
	cri := b.Add("", diplo.Source{
		URL:       "https://italian.cri.cn/2022/12/08/ARTIF9Hz9PwxHGBzbZUrIQlL221208.shtml",
		Title:     b.Text("it", "Avviata a Montreal la seconda fase della COP15"),
		Publisher: b.Text("it", "China Radio International"),
		Published: b.Date("2022-12-08"),
		Language:  b.Language("it"),
	})
	dec154 := b.Add("", diplo.Source{
		URL:         "https://www.cbd.int/doc/decisions/cop-15/cop-15-dec-04-en.pdf",
		Title:       en("CBD/COP/DEC/15/4: Decision adopted by the Conference of the Parties to the Convention on Biological Diversity, 15/4. Kunming-Montreal Global Biodiversity Framework"),
		Publisher:   en("Secretariat of the Convention on Biological Diversity"),
		PublisherID: secretariat,
		Published:   b.Date("2022-12-19"),
		Language:    b.Language("en"),
	})
	xinhuaDec := b.Add("", diplo.Source{
		URL:       "http://en.people.cn/n3/2022/1219/c90000-10185797.html",
		Title:     en("UN biodiversity deal adopted at COP15"),
		Publisher: en("Xinhua, via People's Daily Online"),
		Published: b.Date("2022-12-19"),
		Language:  b.Language("en"),
	})

	// The first part, held in Kunming, online and in person.
	part1 := b.Add("cop15-part1", event.Event{
		Kind:        event.MultilateralConference,
		Name:        en("COP15, first part"),
		Description: en("Held in Kunming, with most delegates taking part online; opening ceremony, leaders' speeches and the Kunming Declaration."),
		Start:       b.Date("2021-10-11"),
		End:         b.Date("2021-10-15"),
		Place:       kunming,
		Participants: []event.Participant{
			{Actor: cn, Role: event.Host},
			{Actor: huang, Role: event.Chair, Representing: cn},
		},
		Topics:  topics,
		Sources: ids(yunnan),
	})

	// The second part, and its changes of status.
	gbf := b.ID("gbf")
	b.Add("cop15-part2", event.Event{
		Kind:   event.MultilateralConference,
		Status: event.Held,
		StatusHistory: []event.StatusChange{
			{
				Status: event.Planned,
				Date:   b.Date("2021-08-18"),
				Attribution: diplo.Attribution{
					By:      ids(cn, secretariat),
					Sources: ids(yunnan),
					Note:    en("decided jointly by the United Nations and the Chinese government, China's Ministry of Ecology and Environment announced: an in-person second part in Kunming in the first half of 2022, after a first part online from 11 to 15 October 2021, to minimise the risks of COVID-19 and the difficulties of travel"),
				},
			},
			{
				Status: event.Postponed,
				Date:   b.Date("2022-03-29"),
				Attribution: diplo.Attribution{
					By:      ids(secretariat),
					Sources: ids(reuters, greenTrack),
					Note:    en("put back from 25 April–8 May 2022 in Kunming to the third quarter of 2022, the fourth delay of COP15, the talks' secretariat said"),
				},
			},
			{
				Status: event.Planned,
				Date:   b.Date("2022-06-21"),
				Place:  montreal,
				Attribution: diplo.Attribution{
					By:      ids(cn),
					Sources: ids(cbdPress, xinhuaJune),
					Note:    en("because of the continued uncertainties of the COVID-19 pandemic, China, as President of the COP, with the support of the Bureau, decided to move the meeting out of China, to the seat of the Secretariat in Montreal, from 5 to 17 December 2022, China keeping the presidency"),
				},
			},
			{
				Status:      event.Held,
				Date:        b.Date("2022-12-07"),
				Attribution: diplo.Attribution{Sources: ids(cri, xinhuaDec)},
			},
		},
		Name:  en("COP15, second part: United Nations Biodiversity Conference"),
		Start: b.Date("2022-12-07"),
		End:   b.Date("2022-12-19"),
		Place: montreal,
		Participants: []event.Participant{
			{Actor: ca, Role: event.Host},
			{Actor: huang, Role: event.Chair, Representing: cn},
			{Actor: cn, Role: event.Participating},
		},
		Relations: []event.Relation{{Kind: event.Continues, Event: part1}},
		Topics:    topics,
		Outcomes:  ids(gbf),
		Sources:   ids(cbdPress, xinhuaJune, cri, xinhuaDec),
		Claims: []diplo.Claim{{
			Property: "startDate",
			Value:    en("5 December 2022, to 17 December 2022"),
			Attribution: diplo.Attribution{
				Sources: ids(cbdPress, xinhuaJune),
				Note:    en("the dates announced on 21 June 2022; the meeting opened on 7 December and closed on 19 December"),
			},
		}},
	})
	b.Add("gbf", decision.Resolution{
		Kind:    decision.DecisionKind,
		Status:  decision.Adopted,
		Symbol:  "CBD/COP/DEC/15/4",
		Title:   en("Kunming-Montreal Global Biodiversity Framework"),
		Body:    cbd,
		Date:    b.Date("2022-12-19"),
		Sources: ids(dec154, xinhuaDec),
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

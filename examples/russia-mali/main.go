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
	"github.com/diplo-go/diplo/schema"
)

func ids(v ...diplo.ID) []diplo.ID { return v }

// articleGoita is how the article names Assimi Goïta and his office.
const articleGoita = "a reçu en visite officielle le président par intérim de la République du Mali, Assimi Goïta"

// build returns the record of Assimi Goïta's official visit to Russia in
// June 2025, as a French news article and the reports around it tell it.
//
// Russia and Mali take the IRIs actor.StateID makes of their ISO 3166
// codes, Putin the ID derived from his Wikidata item, the sources with a
// URL the ID derived from it, so that other records of them agree with
// this one. Assimi Goïta has a Wikidata item too, but it is not certain
// enough to record: his ID, like the others', is made from the record's
// ID and his name here.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/russia-mali")
	b.SetTitle(b.Text("fr", "Visite officielle d’Assimi Goïta en Fédération de Russie, 22–26 juin 2025",
		"en-t-fr", "Official visit of Assimi Goïta to the Russian Federation, 22–26 June 2025"))
	fr := func(s string) diplo.Text { return b.Text("fr", s) }
	// frEn is a French original with its English translation ("en-t-fr").
	frEn := func(s, en string) diplo.Text { return b.Text("fr", s, "en-t-fr", en) }
	day := b.Date("2025-06-23")
	moscow := diplo.Place{
		Name:     b.Text("fr", "Moscou", "en", "Moscow", "ru", "Москва"),
		Country:  "RU",
		GeoNames: b.Identifier("geonames:524901"),
		Wikidata: b.Identifier("wikidata:Q649"),
	}
	kremlin := diplo.Place{
		Name:    b.Text("fr", "Kremlin, Moscou", "en", "Kremlin, Moscow", "ru", "Кремль, Москва"),
		Country: "RU",
	}

	// The sources.
	article := b.Add("article", diplo.Source{
		Title:    fr("Vladimir Poutine reçoit Assimi Goïta en visite officielle (titre descriptif ; l’article n’est ni titré ni daté)"),
		Language: b.Language("fr"),
	})
	kremlinSrc := b.Add("kremlin-communique", diplo.Source{
		Title:       fr("Communiqué du Kremlin sur les négociations russo-maliennes (titre descriptif)"),
		Publisher:   b.Text("fr", "Kremlin", "en", "Kremlin", "ru", "Кремль"),
		PublisherID: b.ID("president-ru"),
		Published:   day,
		Language:    b.Language("ru"),
	})
	abamako22 := b.Add("abamako-22", diplo.Source{
		URL:       "http://news.abamako.com/h/300891.html",
		Title:     fr("Le Président de la Transition, Chef de l’État, Son Excellence, le Général d’Armée Assimi GOÏTA est arrivé ce dimanche 22 juin 2025, à Moscou en Russie."),
		Publisher: fr("aBamako.com"),
		Published: b.Date("2025-06-22"),
		Language:  b.Language("fr"),
	})
	africanews := b.Add("africanews", diplo.Source{
		URL:       "https://www.africanews.com/2025/06/23/mali-and-russia-sign-deal-on-nuclear-energy-during-goitas-moscow-visit",
		Publisher: b.Text("en", "Africanews"),
		Published: day,
		Language:  b.Language("en"),
	})
	anadolu := b.Add("anadolu", diplo.Source{
		Title:     b.Text("en", "Mali signs nuclear energy deal for peaceful use with Russia"),
		Publisher: b.Text("en", "Anadolu Agency"),
		Published: b.Date("2025-06-24"),
		Language:  b.Language("en"),
	})
	abamako28 := b.Add("abamako-28", diplo.Source{
		URL:       "http://news.abamako.com/h/300991.html",
		Title:     fr("De retour de Russie, le président Assimi Goïta : “Vladimir Poutine exprime sa disponibilité à accompagner l’Alliance des États du Sahel”"),
		Publisher: fr("aBamako.com"),
		Published: b.Date("2025-06-28"),
		Language:  b.Language("fr"),
	})
	nei := b.Add("nei", diplo.Source{
		URL:       "https://www.neimagazine.com/news/mali-russia-nuclear-pact-signed/",
		Publisher: b.Text("en", "Nuclear Engineering International"),
		Language:  b.Language("en"),
	})

	// The actors.
	putin := b.Add("putin", actor.Person{
		Name:        b.Text("fr", "Vladimir Poutine", "en", "Vladimir Putin", "ru", "Владимир Путин"),
		Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q7747")},
		Nationality: []diplo.Country{"RU"},
	})
	goita := b.Add("goita", actor.Person{
		Name:        fr("Assimi Goïta"),
		Nationality: []diplo.Country{"ML"},
		Sources:     ids(article, abamako22),
	})
	likhachev := b.Add("likhachev", actor.Person{
		Name:        b.Text("fr", "Alexeï Likhatchev", "en", "Alexey Likhachev", "ru", "Алексей Лихачёв"),
		Nationality: []diplo.Country{"RU"},
		Sources:     ids(nei),
	})
	diane := b.Add("diane", actor.Person{
		Name:        fr("Boubacar Diané"),
		Nationality: []diplo.Country{"ML"},
		Sources:     ids(nei),
	})

	ru := b.Add("ru", actor.State{
		Name:        b.Text("fr", "Fédération de Russie", "en", "Russian Federation", "ru", "Российская Федерация"),
		Country:     "RU",
		Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q159")},
	})
	ml := b.Add("ml", actor.State{
		Name:        b.Text("fr", "République du Mali", "en", "Republic of Mali"),
		Country:     "ML",
		Identifiers: []diplo.Identifier{b.Identifier("wikidata:Q912")},
	})

	commAccord := b.ID("commission-accord") // signed below
	b.Add("commission", actor.Organization{
		Kind: actor.Commission,
		Name: b.Text("fr", "Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique",
			"en", "Intergovernmental Russia–Mali Commission for Trade, Economic, Scientific and Technical Cooperation"),
		Members:   ids(ru, ml),
		CreatedBy: commAccord,
		Sources:   ids(article, africanews, abamako28),
		Claims: []diplo.Claim{{
			Property: "meetingFrequency",
			Value:    frEn("tous les six mois", "every six months"),
			Attribution: diplo.Attribution{
				Sources: ids(abamako28),
				By:      ids(goita),
				Note:    fr("selon Assimi Goïta, de retour de Moscou : la commission, chargée du suivi des projets, « se réunira tous les six mois »"),
			},
		}},
	})
	rosatom := b.Add("rosatom", actor.Organization{
		Kind:         actor.Company,
		Name:         b.Text("en", "Rosatom State Atomic Energy Corporation", "ru", "Государственная корпорация по атомной энергии «Росатом»"),
		Abbreviation: "Rosatom",
		Country:      "RU",
		Sources:      ids(nei),
	})

	presRU := b.Add("president-ru", actor.Office{
		Name: b.Text("fr", "président de la Fédération de Russie", "en", "President of the Russian Federation", "ru", "Президент Российской Федерации"),
		Role: actor.HeadOfState,
		Of:   ru,
	})
	presML := b.Add("president-ml", actor.Office{
		Name:    b.Text("fr", "Président de la Transition, Chef de l’État", "en", "President of the Transition of Mali"),
		Role:    actor.HeadOfState,
		Of:      ml,
		Sources: ids(abamako22),
		// aBamako gives the office its name; the article calls it
		// "président [par intérim] de la République du Mali". The
		// qualifier is claimed on the tenure.
		Claims: []diplo.Claim{{
			Property:    "name",
			Value:       fr("président de la République du Mali"),
			Attribution: diplo.Attribution{Sources: ids(article), Note: fr(articleGoita)},
		}},
	})
	dgRosatom := b.Add("director-general-rosatom", actor.Office{
		Name: b.Text("en", "Director General of Rosatom", "ru", "Генеральный директор Госкорпорации «Росатом»"),
		Role: actor.OrganizationHead,
		Of:   rosatom,
	})
	minEnergy := b.Add("minister-energy-ml", actor.Office{
		Name:    b.Text("fr", "ministre de l’Énergie et de l’Eau", "en", "Minister of Energy and Water"),
		Role:    actor.Minister,
		Of:      ml,
		Sources: ids(nei),
	})

	b.Add("putin-president", actor.Tenure{Person: putin, Office: presRU, Start: b.Date("2012-05-07")})
	// His office is that of President of the Transition; the article calls
	// him "président par intérim". Both qualifiers are kept, and the
	// article's words are a claim on the tenure.
	b.Add("goita-president", actor.Tenure{
		Person: goita, Office: presML, Start: b.Date("2021-06-07"),
		Qualifiers: []actor.Qualifier{actor.Transitional, actor.Interim},
		Sources:    ids(article, abamako22, africanews),
		Claims: []diplo.Claim{{
			Property:    "qualifiers",
			Value:       fr("par intérim"),
			Attribution: diplo.Attribution{Sources: ids(article), Note: fr(articleGoita)},
		}},
	})

	delRU := b.Add("delegation-ru", actor.Delegation{
		Name:       fr("Délégation russe : le président Vladimir Poutine, des ministres et de hauts responsables que l’article ne nomme pas"),
		Represents: ru,
		Head:       putin,
		Members:    ids(likhachev),
		Sources:    ids(article, kremlinSrc),
	})
	delML := b.Add("delegation-ml", actor.Delegation{
		Name:       fr("Délégation malienne : le président Assimi Goïta, des ministres et de hauts responsables que l’article ne nomme pas"),
		Represents: ml,
		Head:       goita,
		Members:    ids(diane),
		Sources:    ids(article, abamako22),
	})

	// The events: the visit, then its parts, which it names before they
	// are added.
	principles, nuclear := b.ID("principles"), b.ID("nuclear")
	b.Add("visit", event.Event{
		Kind:   event.OfficialVisit,
		Status: event.Held,
		Name:   frEn("Visite officielle d’Assimi Goïta en Fédération de Russie", "Official visit of Assimi Goïta to the Russian Federation"),
		Description: frEn("Arrivée à Moscou le dimanche 22 juin 2025, à l’invitation de Vladimir Poutine ; visite annoncée du 22 au 26 juin.",
			"Arrival in Moscow on Sunday 22 June 2025, at the invitation of Vladimir Putin; visit announced for 22 to 26 June."),
		Start: b.Date("2025-06-22"),
		End:   b.Date("2025-06-26"),
		Place: moscow,
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host, Delegation: delRU},
			{Actor: goita, Role: event.Guest, Delegation: delML},
			{Actor: delRU, Role: event.Host},
			{Actor: delML, Role: event.Guest},
		},
		Parts:     ids(b.ID("talks"), b.ID("signing"), b.ID("press-conference")),
		Relations: []event.Relation{{Kind: event.Continues, Event: b.ID("summit-2023")}},
		Topics: []diplo.Topic{
			{Domain: diplo.Trade, Label: fr("échanges commerciaux")},
			{Domain: diplo.Geology, Label: fr("exploitation géologique")},
			{Domain: diplo.NaturalResources, Label: fr("ressources naturelles")},
			{Domain: diplo.Energy, Label: fr("énergie")},
			{Domain: diplo.Logistics, Label: fr("logistique")},
			{Domain: diplo.Humanitarian, Label: fr("projets à portée humanitaire")},
		},
		Outcomes: ids(principles, commAccord, nuclear),
		Sources:  ids(kremlinSrc, article, abamako22, africanews, anadolu, abamako28),
		Claims: []diplo.Claim{
			{
				Property: "relations",
				Value:    fr("s’inscrit dans la continuité du Sommet Russie-Afrique de Saint-Pétersbourg de 2023"),
				Attribution: diplo.Attribution{
					Sources: ids(kremlinSrc, article),
					By:      ids(presRU),
					Note:    fr("Selon un communiqué du Kremlin, cette rencontre s’inscrit dans la continuité du Sommet Russie-Afrique de Saint-Pétersbourg de 2023, auquel Goïta avait participé."),
				},
			},
			{
				Property:    "kind",
				Value:       fr("sommet diplomatique"),
				Attribution: diplo.Attribution{Sources: ids(article), Note: fr("lors d’un sommet diplomatique visant à consolider les relations bilatérales entre les deux pays")},
			},
		},
	})
	b.Add("talks", event.Event{
		Kind:        event.BilateralTalks,
		Name:        frEn("Négociations russo-maliennes", "Russian–Malian talks"),
		Description: frEn("Entretien en tête-à-tête, puis négociations entre les délégations.", "One-on-one talks, then talks between the delegations."),
		Start:       day,
		Place:       kremlin,
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host, Delegation: delRU},
			{Actor: goita, Role: event.Guest, Delegation: delML},
		},
		Parts: ids(b.ID("one-on-one"), b.ID("delegation-talks")),
		Characterisations: []event.Characterisation{{
			Term: frEn("constructives", "constructive"),
			Tone: event.Positive,
			Attribution: diplo.Attribution{
				Sources: ids(article),
				By:      ids(ru, ml),
				Note:    fr("négociations qualifiées de constructives par les deux parties"),
			},
		}},
		Sources: ids(kremlinSrc, article),
	})
	b.Add("one-on-one", event.Event{
		Kind:  event.BilateralTalks,
		Name:  frEn("Entretien en tête-à-tête", "One-on-one talks"),
		Start: day,
		Place: kremlin,
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host},
			{Actor: goita, Role: event.Guest},
		},
		Sources: ids(kremlinSrc, abamako22),
	})
	b.Add("delegation-talks", event.Event{
		Kind:  event.BilateralTalks,
		Name:  frEn("Négociations entre les délégations", "Talks between the delegations"),
		Start: day,
		Place: kremlin,
		Participants: []event.Participant{
			{Actor: delRU, Role: event.Host},
			{Actor: delML, Role: event.Guest},
			{Actor: putin, Role: event.HeadOfDelegation, Delegation: delRU},
			{Actor: goita, Role: event.HeadOfDelegation, Delegation: delML},
		},
		Sources: ids(kremlinSrc, abamako22),
	})
	signing := b.Add("signing", event.Event{
		Kind:        event.SigningCeremony,
		Name:        frEn("Signature de trois accords", "Signing of three agreements"),
		Description: frEn("Accords signés en présence des deux chefs d’État ainsi que de ministres et hauts responsables des deux gouvernements.", "Agreements signed in the presence of both heads of state and of ministers and senior officials of both governments."),
		Start:       day,
		Place:       kremlin,
		Participants: []event.Participant{
			{Actor: putin, Role: event.Signatory, Delegation: delRU},
			{Actor: goita, Role: event.Signatory, Delegation: delML},
			{Actor: likhachev, Role: event.Signatory, Delegation: delRU},
			{Actor: diane, Role: event.Signatory, Delegation: delML},
			{Actor: delRU, Role: event.Participating},
			{Actor: delML, Role: event.Participating},
		},
		// The partnership the accords are to structure, in the article's
		// words.
		Topics: []diplo.Topic{
			{Domain: diplo.Infrastructure, Label: fr("infrastructures")},
			{Domain: diplo.Industry, Label: fr("industrie")},
			{Domain: diplo.Security, Label: fr("sécurité")},
			{Domain: diplo.Culture, Label: fr("échanges culturels")},
			{Domain: diplo.Education, Label: fr("échanges éducatifs")},
		},
		Outcomes: ids(principles, commAccord, nuclear),
		Sources:  ids(article, kremlinSrc, africanews, anadolu),
	})
	press := b.Add("press-conference", event.Event{
		Kind:  event.JointPressConference,
		Name:  frEn("Conférence de presse conjointe", "Joint press conference"),
		Start: day,
		Place: kremlin,
		Participants: []event.Participant{
			{Actor: putin, Role: event.Speaker},
			{Actor: goita, Role: event.Speaker},
		},
		// The sectors Goïta named, where cooperation is already active.
		Topics: []diplo.Topic{
			{Domain: diplo.Transport, Label: fr("transport")},
			{Domain: diplo.Security, Label: fr("sécurité")},
			{Domain: diplo.Sport, Label: fr("sport")},
			{Domain: diplo.Culture, Label: fr("culture")},
			{Domain: diplo.Energy, Label: fr("énergie")},
		},
		Sources: ids(article),
	})
	b.Add("summit-2023", event.Event{
		Kind:   event.Summit,
		Status: event.Held,
		Name:   b.Text("fr", "Deuxième sommet Russie-Afrique", "en", "Second Russia–Africa Summit", "ru", "Второй саммит Россия — Африка"),
		Start:  b.Date("2023-07-27"),
		End:    b.Date("2023-07-28"),
		Place: diplo.Place{
			Name:     b.Text("fr", "Saint-Pétersbourg", "en", "Saint Petersburg", "ru", "Санкт-Петербург"),
			Country:  "RU",
			Wikidata: b.Identifier("wikidata:Q656"),
		},
		Participants: []event.Participant{
			{Actor: putin, Role: event.Host, Representing: ru},
			{Actor: goita, Role: event.Participating, Representing: ml},
		},
		Sources: ids(article, abamako22),
	})

	// What Goïta said at the press conference.
	b.Add("quote", event.Statement{
		Kind:     event.Quote,
		Speakers: ids(goita),
		Occasion: press,
		Date:     day,
		Text: frEn("Grâce à ce partenariat, nous obtenons des résultats positifs. Cela témoigne de l’efficacité et de la confiance entre nos deux pays",
			"Thanks to this partnership, we are obtaining positive results. This shows the effectiveness of, and the trust between, our two countries"),
		About: ids(ru, ml),
		Attribution: diplo.Attribution{
			Sources: ids(article),
			Note:    fr("a déclaré le président malien, remerciant chaleureusement Vladimir Poutine, les autorités russes et le peuple de la Fédération de Russie"),
		},
	})
	b.Add("praise", event.Statement{
		Kind:     event.Quote,
		Speakers: ids(goita),
		Occasion: press,
		Date:     day,
		Text:     frEn("l’efficacité […] confiance mutuelle", "effectiveness […] mutual trust"),
		About:    ids(ru, ml),
		Attribution: diplo.Attribution{
			Sources: ids(article),
			Note:    fr("exprimant sa reconnaissance envers la Fédération de Russie, saluant « l’efficacité » et la « confiance mutuelle » qui caractérisent les relations entre Moscou et Bamako"),
		},
	})

	// The three accords signed at the ceremony.
	signedThere := func(party diplo.ID, sources ...diplo.ID) accord.Action {
		return accord.Action{
			Kind: accord.Signature, Date: day, Party: party, Event: signing,
			Attribution: diplo.Attribution{Sources: sources},
		}
	}
	b.Add("principles", accord.Accord{
		Kind:    accord.Agreement,
		Title:   frEn("Accord sur les principes fondamentaux des relations entre la Russie et le Mali", "Agreement on the fundamental principles of relations between Russia and Mali"),
		Parties: ids(ru, ml),
		Signatories: []accord.Signatory{
			{Person: putin, Party: ru, Office: presRU},
			{Person: goita, Party: ml, Office: presML},
		},
		Domains: []diplo.Topic{{Domain: diplo.PoliticalRelations, Label: fr("principes fondamentaux des relations")}},
		Actions: []accord.Action{
			signedThere(ru, article, kremlinSrc),
			signedThere(ml, article, kremlinSrc),
		},
		Sources: ids(article, kremlinSrc, anadolu, abamako28),
		Claims: []diplo.Claim{{
			Property: "kind",
			Value:    fr("accord-cadre"),
			Attribution: diplo.Attribution{
				Sources: ids(abamako28),
				Note:    fr("« un accord-cadre définissant les bases juridiques de la coopération bilatérale »"),
			},
		}},
	})
	b.Add("commission-accord", accord.Accord{
		Kind: accord.Agreement,
		Title: frEn("Accord portant création d’une Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique",
			"Agreement establishing an Intergovernmental Russia–Mali Commission for Trade, Economic, Scientific and Technical Cooperation"),
		Parties: ids(ru, ml),
		Signatories: []accord.Signatory{
			{Person: putin, Party: ru, Office: presRU},
			{Person: goita, Party: ml, Office: presML},
		},
		Domains: []diplo.Topic{
			{Domain: diplo.Trade, Label: fr("coopération commerciale")},
			{Domain: diplo.Economic, Label: fr("coopération économique")},
			{Domain: diplo.ScienceTechnology, Label: fr("coopération scientifique et technique")},
			{Domain: diplo.InstitutionBuilding, Label: fr("création d’une commission intergouvernementale")},
		},
		Creates: ids(b.ID("commission")),
		Actions: []accord.Action{
			signedThere(ru, article, africanews),
			signedThere(ml, article, africanews),
		},
		Sources: ids(article, kremlinSrc, africanews, anadolu, abamako28),
		Claims: []diplo.Claim{{
			// Africanews says the two leaders signed it; aBamako says
			// the Malian minister of the economy did.
			Property: "signatories",
			Value:    fr("le ministre de l’Économie et des Finances du Mali"),
			Attribution: diplo.Attribution{
				Sources: ids(abamako28),
				Note:    fr("un second accord, « conclu par le ministre de l’Économie et des Finances »"),
			},
		}},
	})
	b.Add("nuclear", accord.Accord{
		Kind: accord.Agreement,
		Title: frEn("Accord de coopération dans le domaine de l’usage pacifique de l’énergie nucléaire",
			"Agreement on cooperation in the peaceful use of nuclear energy"),
		Parties: ids(ru, ml),
		Signatories: []accord.Signatory{
			{Person: likhachev, Party: ru, Office: dgRosatom},
			{Person: diane, Party: ml, Office: minEnergy},
		},
		Domains: []diplo.Topic{{Domain: diplo.NuclearEnergy, Label: fr("usage pacifique de l’énergie nucléaire")}},
		Actions: []accord.Action{
			signedThere(ru, article, nei),
			signedThere(ml, article, nei),
		},
		Sources: ids(article, kremlinSrc, africanews, anadolu, nei),
	})
	return b.Graph()
}

// run builds the record, which Graph validates, and writes it to w as
// JSON-LD: the record's JSON with the diplo context itself in "@context",
// so that any JSON-LD processor reads it offline, indented by two spaces.
func run(w io.Writer) error {
	g, err := build()
	if err != nil {
		return err
	}
	b, err := schema.MarshalJSONLD(g, schema.JSONLDOptions{InlineContext: true, Prefix: "", Indent: "  "})
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeJSON writes the record as plain diplo JSON, indented by two spaces,
// in diplo's canonical form (diplo.MarshalIndent): '&', '<' and '>' are
// left as they are, so that a URL reads as written.
func writeJSON(w io.Writer) error {
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

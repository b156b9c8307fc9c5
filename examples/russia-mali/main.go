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
	"github.com/diplo-go/diplo/schema"
)

// External identifiers. Russia and Mali take the IRIs actor.StateID makes of
// their ISO 3166 codes, Putin the name-based ID derived from his Wikidata
// item, so that other records of Putin, Russia or Mali agree with this one.
var (
	wdPutin  = diplo.MustNewIdentifier(diplo.Wikidata, "Q7747")
	wdRussia = diplo.MustNewIdentifier(diplo.Wikidata, "Q159")
	wdMali   = diplo.MustNewIdentifier(diplo.Wikidata, "Q912")
	wdMoscow = diplo.MustNewIdentifier(diplo.Wikidata, "Q649")
	wdStPete = diplo.MustNewIdentifier(diplo.Wikidata, "Q656")

	idRU    = actor.StateID("RU")
	idML    = actor.StateID("ML")
	idPutin = diplo.IDFor(wdPutin)
)

// Fixed IDs of the nodes that have no external identifier. Assimi Goïta
// has one too, but it is not certain enough to record.
const (
	idGraph      diplo.ID = "urn:uuid:faf176f4-b12f-4b32-995b-c46db162b320"
	idGoita      diplo.ID = "urn:uuid:86c4cbc6-0d83-4863-87bf-51443c198a37"
	idLikhachev  diplo.ID = "urn:uuid:52be0a82-d82a-4390-80de-f5a3b2e9f38c"
	idDiane      diplo.ID = "urn:uuid:4eda2bef-e4a0-40c5-a176-ed37c6a45ace"
	idCommission diplo.ID = "urn:uuid:2fbc059a-af2d-4266-a013-cd6eaa8eb577"
	idRosatom    diplo.ID = "urn:uuid:20329eb9-93fa-4312-94da-e7b0d68988de"
	idPresRU     diplo.ID = "urn:uuid:d4181bb1-f44b-401e-8919-97e23ebf69d8"
	idPresML     diplo.ID = "urn:uuid:4fa88ed3-ea7f-403f-b1b4-5ceb7dd90072"
	idDGRosatom  diplo.ID = "urn:uuid:a2f69608-686a-4265-9a00-8a4cabe04379"
	idMinEnergy  diplo.ID = "urn:uuid:884fd2aa-4adf-44b4-a9ff-dc008e50d372"
	idTenureRU   diplo.ID = "urn:uuid:baff3f03-62e0-4f47-996a-a9dd1956bd6e"
	idTenureML   diplo.ID = "urn:uuid:c4a17eae-27f1-4420-b8bf-d34a262d6bf7"
	idDelRU      diplo.ID = "urn:uuid:f84132a1-9159-4e4d-a2c7-a86fc66fa669"
	idDelML      diplo.ID = "urn:uuid:4548ecd5-a124-4dde-b284-f139867870a3"
	idVisit      diplo.ID = "urn:uuid:425d6594-dcae-4f45-833e-bdbfdd90a65d"
	idTalks      diplo.ID = "urn:uuid:ff714419-505e-4edc-a041-db571f9394c8"
	idOneOnOne   diplo.ID = "urn:uuid:ce443cb1-8ede-4480-bdad-ad7dea7ae416"
	idDelTalks   diplo.ID = "urn:uuid:36e256ec-e1ed-41f4-8bb6-b576da302aad"
	idSigning    diplo.ID = "urn:uuid:1ed34963-1f22-4b21-ae54-901497533595"
	idPress      diplo.ID = "urn:uuid:2c5388e7-92e0-40ce-852b-f4f790be22f2"
	idSummit2023 diplo.ID = "urn:uuid:2254ba5f-ae74-492f-b67d-0de1a31b5343"
	idQuote      diplo.ID = "urn:uuid:c25096b8-88c9-4a19-90e1-6a7109d5e2d6"
	idPraise     diplo.ID = "urn:uuid:e4afbde8-d8d2-4be6-b06d-ed87b76272d6"
	idPrinciples diplo.ID = "urn:uuid:a0326147-18a1-4e6e-891b-e2209e33c39c"
	idCommAccord diplo.ID = "urn:uuid:17a73389-90b1-40d2-8517-bc033c898160"
	idNuclear    diplo.ID = "urn:uuid:be49cfa4-ab65-4ceb-ba7e-b17d4ef72ab3"
	idArticle    diplo.ID = "urn:uuid:9803c58a-1920-4e28-83fe-31dec3821347"
	idKremlin    diplo.ID = "urn:uuid:24de98e9-09aa-471e-a7d9-58d839e6c962"
	idAbamako22  diplo.ID = "urn:uuid:26409831-aaaf-48f8-913b-f583d31900eb"
	idAfricanews diplo.ID = "urn:uuid:2c01a8d3-fa65-4ac1-a148-626963ae4c56"
	idAnadolu    diplo.ID = "urn:uuid:3d499a77-2e41-4975-9026-61bb8a0c07bb"
	idAbamako28  diplo.ID = "urn:uuid:e685797f-de0f-43e1-8bec-09c6377c2ae9"
	idNEI        diplo.ID = "urn:uuid:a9da9ceb-876e-45bb-bdb8-144869a4947b"
)

func fr(s string) diplo.Text { return diplo.NewText("fr", s) }

// frEn is a French original with its English translation ("en-t-fr").
func frEn(s, en string) diplo.Text {
	return fr(s).WithTranslation(language.English, language.French, en)
}

func ids(v ...diplo.ID) []diplo.ID { return v }

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

// articleGoita is how the article names Assimi Goïta and his office.
const articleGoita = "a reçu en visite officielle le président par intérim de la République du Mali, Assimi Goïta"

// build returns the record of Assimi Goïta's official visit to Russia in
// June 2025, as a French news article and the reports around it tell it.
func build() *graph.Graph {
	moscow := diplo.Place{
		Name:     diplo.Text{language.French: "Moscou", language.English: "Moscow", language.Russian: "Москва"},
		Country:  "RU",
		GeoNames: diplo.MustNewIdentifier(diplo.GeoNames, "524901"),
		Wikidata: wdMoscow,
	}
	kremlin := diplo.Place{
		Name:    diplo.Text{language.French: "Kremlin, Moscou", language.English: "Kremlin, Moscow", language.Russian: "Кремль, Москва"},
		Country: "RU",
	}
	day := date("2025-06-23")
	signedThere := func(party diplo.ID, sources ...diplo.ID) accord.Action {
		return accord.Action{
			Kind: accord.Signature, Date: day, Party: party, Event: idSigning,
			Attribution: diplo.Attribution{Sources: sources},
		}
	}

	return &graph.Graph{
		ID: idGraph,
		Title: frEn("Visite officielle d’Assimi Goïta en Fédération de Russie, 22–26 juin 2025",
			"Official visit of Assimi Goïta to the Russian Federation, 22–26 June 2025"),

		Persons: []actor.Person{
			{
				ID:          idPutin,
				Name:        diplo.Text{language.French: "Vladimir Poutine", language.English: "Vladimir Putin", language.Russian: "Владимир Путин"},
				Identifiers: []diplo.Identifier{wdPutin},
				Nationality: []diplo.Country{"RU"},
			},
			{
				ID:          idGoita,
				Name:        fr("Assimi Goïta"),
				Nationality: []diplo.Country{"ML"},
				Sources:     ids(idArticle, idAbamako22),
			},
			{
				ID:          idLikhachev,
				Name:        diplo.Text{language.French: "Alexeï Likhatchev", language.English: "Alexey Likhachev", language.Russian: "Алексей Лихачёв"},
				Nationality: []diplo.Country{"RU"},
				Sources:     ids(idNEI),
			},
			{
				ID:          idDiane,
				Name:        fr("Boubacar Diané"),
				Nationality: []diplo.Country{"ML"},
				Sources:     ids(idNEI),
			},
		},

		States: []actor.State{
			{
				ID:          idRU,
				Name:        diplo.Text{language.French: "Fédération de Russie", language.English: "Russian Federation", language.Russian: "Российская Федерация"},
				Country:     "RU",
				Identifiers: []diplo.Identifier{wdRussia},
			},
			{
				ID:          idML,
				Name:        diplo.Text{language.French: "République du Mali", language.English: "Republic of Mali"},
				Country:     "ML",
				Identifiers: []diplo.Identifier{wdMali},
			},
		},

		Organizations: []actor.Organization{
			{
				ID:   idCommission,
				Kind: actor.Commission,
				Name: diplo.Text{
					language.French:  "Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique",
					language.English: "Intergovernmental Russia–Mali Commission for Trade, Economic, Scientific and Technical Cooperation",
				},
				Members:   ids(idRU, idML),
				CreatedBy: idCommAccord,
				Sources:   ids(idArticle, idAfricanews, idAbamako28),
				Claims: []diplo.Claim{{
					Property: "meetingFrequency",
					Value:    frEn("tous les six mois", "every six months"),
					Attribution: diplo.Attribution{
						Sources: ids(idAbamako28),
						By:      ids(idGoita),
						Note:    fr("selon Assimi Goïta, de retour de Moscou : la commission, chargée du suivi des projets, « se réunira tous les six mois »"),
					},
				}},
			},
			{
				ID:           idRosatom,
				Kind:         actor.Company,
				Name:         diplo.Text{language.English: "Rosatom State Atomic Energy Corporation", language.Russian: "Государственная корпорация по атомной энергии «Росатом»"},
				Abbreviation: "Rosatom",
				Country:      "RU",
				Sources:      ids(idNEI),
			},
		},

		Offices: []actor.Office{
			{
				ID:   idPresRU,
				Name: diplo.Text{language.French: "président de la Fédération de Russie", language.English: "President of the Russian Federation", language.Russian: "Президент Российской Федерации"},
				Role: actor.HeadOfState,
				Of:   idRU,
			},
			{
				ID:      idPresML,
				Name:    diplo.Text{language.French: "Président de la Transition, Chef de l’État", language.English: "President of the Transition of Mali"},
				Role:    actor.HeadOfState,
				Of:      idML,
				Sources: ids(idAbamako22),
				// aBamako gives the office its name; the article calls it
				// "président [par intérim] de la République du Mali". The
				// qualifier is claimed on the tenure.
				Claims: []diplo.Claim{{
					Property:    "name",
					Value:       fr("président de la République du Mali"),
					Attribution: diplo.Attribution{Sources: ids(idArticle), Note: fr(articleGoita)},
				}},
			},
			{
				ID:   idDGRosatom,
				Name: diplo.Text{language.English: "Director General of Rosatom", language.Russian: "Генеральный директор Госкорпорации «Росатом»"},
				Role: actor.OrganizationHead,
				Of:   idRosatom,
			},
			{
				ID:      idMinEnergy,
				Name:    diplo.Text{language.French: "ministre de l’Énergie et de l’Eau", language.English: "Minister of Energy and Water"},
				Role:    actor.Minister,
				Of:      idML,
				Sources: ids(idNEI),
			},
		},

		Tenures: []actor.Tenure{
			{ID: idTenureRU, Person: idPutin, Office: idPresRU, Start: date("2012-05-07")},
			{
				// His office is that of President of the Transition; the
				// article calls him "président par intérim". Both
				// qualifiers are kept, and the article's words are a claim
				// on the tenure.
				ID: idTenureML, Person: idGoita, Office: idPresML, Start: date("2021-06-07"),
				Qualifiers: []actor.Qualifier{actor.Transitional, actor.Interim},
				Sources:    ids(idArticle, idAbamako22, idAfricanews),
				Claims: []diplo.Claim{{
					Property:    "qualifiers",
					Value:       fr("par intérim"),
					Attribution: diplo.Attribution{Sources: ids(idArticle), Note: fr(articleGoita)},
				}},
			},
		},

		Delegations: []actor.Delegation{
			{
				ID:         idDelRU,
				Name:       fr("Délégation russe : le président Vladimir Poutine, des ministres et de hauts responsables que l’article ne nomme pas"),
				Represents: idRU,
				Head:       idPutin,
				Members:    ids(idLikhachev),
				Sources:    ids(idArticle, idKremlin),
			},
			{
				ID:         idDelML,
				Name:       fr("Délégation malienne : le président Assimi Goïta, des ministres et de hauts responsables que l’article ne nomme pas"),
				Represents: idML,
				Head:       idGoita,
				Members:    ids(idDiane),
				Sources:    ids(idArticle, idAbamako22),
			},
		},

		Events: []event.Event{
			{
				ID:     idVisit,
				Kind:   event.OfficialVisit,
				Status: event.Held,
				Name:   frEn("Visite officielle d’Assimi Goïta en Fédération de Russie", "Official visit of Assimi Goïta to the Russian Federation"),
				Description: frEn("Arrivée à Moscou le dimanche 22 juin 2025, à l’invitation de Vladimir Poutine ; visite annoncée du 22 au 26 juin.",
					"Arrival in Moscow on Sunday 22 June 2025, at the invitation of Vladimir Putin; visit announced for 22 to 26 June."),
				Start: date("2025-06-22"),
				End:   date("2025-06-26"),
				Place: moscow,
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host, Delegation: idDelRU},
					{Actor: idGoita, Role: event.Guest, Delegation: idDelML},
					{Actor: idDelRU, Role: event.Host},
					{Actor: idDelML, Role: event.Guest},
				},
				Parts:     ids(idTalks, idSigning, idPress),
				Relations: []event.Relation{{Kind: event.Continues, Event: idSummit2023}},
				Topics: []diplo.Topic{
					{Domain: diplo.Trade, Label: fr("échanges commerciaux")},
					{Domain: diplo.Geology, Label: fr("exploitation géologique")},
					{Domain: diplo.NaturalResources, Label: fr("ressources naturelles")},
					{Domain: diplo.Energy, Label: fr("énergie")},
					{Domain: diplo.Logistics, Label: fr("logistique")},
					{Domain: diplo.Humanitarian, Label: fr("projets à portée humanitaire")},
				},
				Outcomes: ids(idPrinciples, idCommAccord, idNuclear),
				Sources:  ids(idKremlin, idArticle, idAbamako22, idAfricanews, idAnadolu, idAbamako28),
				Claims: []diplo.Claim{
					{
						Property: "relations",
						Value:    fr("s’inscrit dans la continuité du Sommet Russie-Afrique de Saint-Pétersbourg de 2023"),
						Attribution: diplo.Attribution{
							Sources: ids(idKremlin, idArticle),
							By:      ids(idPresRU),
							Note:    fr("Selon un communiqué du Kremlin, cette rencontre s’inscrit dans la continuité du Sommet Russie-Afrique de Saint-Pétersbourg de 2023, auquel Goïta avait participé."),
						},
					},
					{
						Property:    "kind",
						Value:       fr("sommet diplomatique"),
						Attribution: diplo.Attribution{Sources: ids(idArticle), Note: fr("lors d’un sommet diplomatique visant à consolider les relations bilatérales entre les deux pays")},
					},
				},
			},
			{
				ID:          idTalks,
				Kind:        event.BilateralTalks,
				Name:        frEn("Négociations russo-maliennes", "Russian–Malian talks"),
				Description: frEn("Entretien en tête-à-tête, puis négociations entre les délégations.", "One-on-one talks, then talks between the delegations."),
				Start:       day,
				Place:       kremlin,
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host, Delegation: idDelRU},
					{Actor: idGoita, Role: event.Guest, Delegation: idDelML},
				},
				Parts: ids(idOneOnOne, idDelTalks),
				Characterisations: []event.Characterisation{{
					Term: frEn("constructives", "constructive"),
					Tone: event.Positive,
					Attribution: diplo.Attribution{
						Sources: ids(idArticle),
						By:      ids(idRU, idML),
						Note:    fr("négociations qualifiées de constructives par les deux parties"),
					},
				}},
				Sources: ids(idKremlin, idArticle),
			},
			{
				ID:    idOneOnOne,
				Kind:  event.BilateralTalks,
				Name:  frEn("Entretien en tête-à-tête", "One-on-one talks"),
				Start: day,
				Place: kremlin,
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host},
					{Actor: idGoita, Role: event.Guest},
				},
				Sources: ids(idKremlin, idAbamako22),
			},
			{
				ID:    idDelTalks,
				Kind:  event.BilateralTalks,
				Name:  frEn("Négociations entre les délégations", "Talks between the delegations"),
				Start: day,
				Place: kremlin,
				Participants: []event.Participant{
					{Actor: idDelRU, Role: event.Host},
					{Actor: idDelML, Role: event.Guest},
					{Actor: idPutin, Role: event.HeadOfDelegation, Delegation: idDelRU},
					{Actor: idGoita, Role: event.HeadOfDelegation, Delegation: idDelML},
				},
				Sources: ids(idKremlin, idAbamako22),
			},
			{
				ID:          idSigning,
				Kind:        event.SigningCeremony,
				Name:        frEn("Signature de trois accords", "Signing of three agreements"),
				Description: frEn("Accords signés en présence des deux chefs d’État ainsi que de ministres et hauts responsables des deux gouvernements.", "Agreements signed in the presence of both heads of state and of ministers and senior officials of both governments."),
				Start:       day,
				Place:       kremlin,
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Signatory, Delegation: idDelRU},
					{Actor: idGoita, Role: event.Signatory, Delegation: idDelML},
					{Actor: idLikhachev, Role: event.Signatory, Delegation: idDelRU},
					{Actor: idDiane, Role: event.Signatory, Delegation: idDelML},
					{Actor: idDelRU, Role: event.Participating},
					{Actor: idDelML, Role: event.Participating},
				},
				// The partnership the accords are to structure, in the
				// article's words.
				Topics: []diplo.Topic{
					{Domain: diplo.Infrastructure, Label: fr("infrastructures")},
					{Domain: diplo.Industry, Label: fr("industrie")},
					{Domain: diplo.Security, Label: fr("sécurité")},
					{Domain: diplo.Culture, Label: fr("échanges culturels")},
					{Domain: diplo.Education, Label: fr("échanges éducatifs")},
				},
				Outcomes: ids(idPrinciples, idCommAccord, idNuclear),
				Sources:  ids(idArticle, idKremlin, idAfricanews, idAnadolu),
			},
			{
				ID:    idPress,
				Kind:  event.JointPressConference,
				Name:  frEn("Conférence de presse conjointe", "Joint press conference"),
				Start: day,
				Place: kremlin,
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Speaker},
					{Actor: idGoita, Role: event.Speaker},
				},
				// The sectors Goïta named, where cooperation is already
				// active.
				Topics: []diplo.Topic{
					{Domain: diplo.Transport, Label: fr("transport")},
					{Domain: diplo.Security, Label: fr("sécurité")},
					{Domain: diplo.Sport, Label: fr("sport")},
					{Domain: diplo.Culture, Label: fr("culture")},
					{Domain: diplo.Energy, Label: fr("énergie")},
				},
				Sources: ids(idArticle),
			},
			{
				ID:     idSummit2023,
				Kind:   event.Summit,
				Status: event.Held,
				Name: diplo.Text{
					language.French:  "Deuxième sommet Russie-Afrique",
					language.English: "Second Russia–Africa Summit",
					language.Russian: "Второй саммит Россия — Африка",
				},
				Start: date("2023-07-27"),
				End:   date("2023-07-28"),
				Place: diplo.Place{
					Name:     diplo.Text{language.French: "Saint-Pétersbourg", language.English: "Saint Petersburg", language.Russian: "Санкт-Петербург"},
					Country:  "RU",
					Wikidata: wdStPete,
				},
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host, Representing: idRU},
					{Actor: idGoita, Role: event.Participating, Representing: idML},
				},
				Sources: ids(idArticle, idAbamako22),
			},
		},

		Statements: []event.Statement{
			{
				ID:       idQuote,
				Kind:     event.Quote,
				Speakers: ids(idGoita),
				Occasion: idPress,
				Date:     day,
				Text: frEn("Grâce à ce partenariat, nous obtenons des résultats positifs. Cela témoigne de l’efficacité et de la confiance entre nos deux pays",
					"Thanks to this partnership, we are obtaining positive results. This shows the effectiveness of, and the trust between, our two countries"),
				About: ids(idRU, idML),
				Attribution: diplo.Attribution{
					Sources: ids(idArticle),
					Note:    fr("a déclaré le président malien, remerciant chaleureusement Vladimir Poutine, les autorités russes et le peuple de la Fédération de Russie"),
				},
			},
			{
				ID:       idPraise,
				Kind:     event.Quote,
				Speakers: ids(idGoita),
				Occasion: idPress,
				Date:     day,
				Text:     frEn("l’efficacité […] confiance mutuelle", "effectiveness […] mutual trust"),
				About:    ids(idRU, idML),
				Attribution: diplo.Attribution{
					Sources: ids(idArticle),
					Note:    fr("exprimant sa reconnaissance envers la Fédération de Russie, saluant « l’efficacité » et la « confiance mutuelle » qui caractérisent les relations entre Moscou et Bamako"),
				},
			},
		},

		Accords: []accord.Accord{
			{
				ID:      idPrinciples,
				Kind:    accord.Agreement,
				Title:   frEn("Accord sur les principes fondamentaux des relations entre la Russie et le Mali", "Agreement on the fundamental principles of relations between Russia and Mali"),
				Parties: ids(idRU, idML),
				Signatories: []accord.Signatory{
					{Person: idPutin, Party: idRU, Office: idPresRU},
					{Person: idGoita, Party: idML, Office: idPresML},
				},
				Domains: []diplo.Topic{{Domain: diplo.PoliticalRelations, Label: fr("principes fondamentaux des relations")}},
				Actions: []accord.Action{
					signedThere(idRU, idArticle, idKremlin),
					signedThere(idML, idArticle, idKremlin),
				},
				Sources: ids(idArticle, idKremlin, idAnadolu, idAbamako28),
				Claims: []diplo.Claim{{
					Property: "kind",
					Value:    fr("accord-cadre"),
					Attribution: diplo.Attribution{
						Sources: ids(idAbamako28),
						Note:    fr("« un accord-cadre définissant les bases juridiques de la coopération bilatérale »"),
					},
				}},
			},
			{
				ID:   idCommAccord,
				Kind: accord.Agreement,
				Title: frEn("Accord portant création d’une Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique",
					"Agreement establishing an Intergovernmental Russia–Mali Commission for Trade, Economic, Scientific and Technical Cooperation"),
				Parties: ids(idRU, idML),
				Signatories: []accord.Signatory{
					{Person: idPutin, Party: idRU, Office: idPresRU},
					{Person: idGoita, Party: idML, Office: idPresML},
				},
				Domains: []diplo.Topic{
					{Domain: diplo.Trade, Label: fr("coopération commerciale")},
					{Domain: diplo.Economic, Label: fr("coopération économique")},
					{Domain: diplo.ScienceTechnology, Label: fr("coopération scientifique et technique")},
					{Domain: diplo.InstitutionBuilding, Label: fr("création d’une commission intergouvernementale")},
				},
				Creates: ids(idCommission),
				Actions: []accord.Action{
					signedThere(idRU, idArticle, idAfricanews),
					signedThere(idML, idArticle, idAfricanews),
				},
				Sources: ids(idArticle, idKremlin, idAfricanews, idAnadolu, idAbamako28),
				Claims: []diplo.Claim{{
					// Africanews says the two leaders signed it; aBamako
					// says the Malian minister of the economy did.
					Property: "signatories",
					Value:    fr("le ministre de l’Économie et des Finances du Mali"),
					Attribution: diplo.Attribution{
						Sources: ids(idAbamako28),
						Note:    fr("un second accord, « conclu par le ministre de l’Économie et des Finances »"),
					},
				}},
			},
			{
				ID:   idNuclear,
				Kind: accord.Agreement,
				Title: frEn("Accord de coopération dans le domaine de l’usage pacifique de l’énergie nucléaire",
					"Agreement on cooperation in the peaceful use of nuclear energy"),
				Parties: ids(idRU, idML),
				Signatories: []accord.Signatory{
					{Person: idLikhachev, Party: idRU, Office: idDGRosatom},
					{Person: idDiane, Party: idML, Office: idMinEnergy},
				},
				Domains: []diplo.Topic{{Domain: diplo.NuclearEnergy, Label: fr("usage pacifique de l’énergie nucléaire")}},
				Actions: []accord.Action{
					signedThere(idRU, idArticle, idNEI),
					signedThere(idML, idArticle, idNEI),
				},
				Sources: ids(idArticle, idKremlin, idAfricanews, idAnadolu, idNEI),
			},
		},

		Sources: []diplo.Source{
			{
				ID:       idArticle,
				Title:    fr("Vladimir Poutine reçoit Assimi Goïta en visite officielle (titre descriptif ; l’article n’est ni titré ni daté)"),
				Language: language.French,
			},
			{
				ID:          idKremlin,
				Title:       fr("Communiqué du Kremlin sur les négociations russo-maliennes (titre descriptif)"),
				Publisher:   diplo.Text{language.French: "Kremlin", language.English: "Kremlin", language.Russian: "Кремль"},
				PublisherID: idPresRU,
				Published:   day,
				Language:    language.Russian,
			},
			{
				ID:        idAbamako22,
				URL:       "http://news.abamako.com/h/300891.html",
				Title:     fr("Le Président de la Transition, Chef de l’État, Son Excellence, le Général d’Armée Assimi GOÏTA est arrivé ce dimanche 22 juin 2025, à Moscou en Russie."),
				Publisher: fr("aBamako.com"),
				Published: date("2025-06-22"),
				Language:  language.French,
			},
			{
				ID:        idAfricanews,
				URL:       "https://www.africanews.com/2025/06/23/mali-and-russia-sign-deal-on-nuclear-energy-during-goitas-moscow-visit",
				Publisher: diplo.NewText("en", "Africanews"),
				Published: day,
				Language:  language.English,
			},
			{
				ID:        idAnadolu,
				Title:     diplo.NewText("en", "Mali signs nuclear energy deal for peaceful use with Russia"),
				Publisher: diplo.NewText("en", "Anadolu Agency"),
				Published: date("2025-06-24"),
				Language:  language.English,
			},
			{
				ID:        idAbamako28,
				URL:       "http://news.abamako.com/h/300991.html",
				Title:     fr("De retour de Russie, le président Assimi Goïta : “Vladimir Poutine exprime sa disponibilité à accompagner l’Alliance des États du Sahel”"),
				Publisher: fr("aBamako.com"),
				Published: date("2025-06-28"),
				Language:  language.French,
			},
			{
				ID:        idNEI,
				URL:       "https://www.neimagazine.com/news/mali-russia-nuclear-pact-signed/",
				Publisher: diplo.NewText("en", "Nuclear Engineering International"),
				Language:  language.English,
			},
		},
	}
}

// run builds the record, validates it and writes it to w as JSON-LD: the
// record's JSON with the diplo context itself in "@context", so that any
// JSON-LD processor reads it offline, indented by two spaces.
func run(w io.Writer) error {
	g := build()
	if err := g.Validate(); err != nil {
		return err
	}
	b, err := schema.MarshalJSONLD(g, schema.WithInlineContext(), schema.WithIndent("", "  "))
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
	b, err := diplo.MarshalIndent(build(), "", "  ")
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

package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// Node IDs of the fixtures.
const (
	idPutin       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d21"
	idGoita       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d22"
	idDiop        diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d23"
	idLavrov      diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d24"
	idKremlin     diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d31"
	idCommission  diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d32"
	idUN          diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d33"
	idPresRU      diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d41"
	idPresML      diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d42"
	idFMML        diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d43"
	idTenPutin    diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d51"
	idTenGoita    diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d52"
	idDelML       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d61"
	idEmbML       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d62"
	idAmbML       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d44"
	idTenAmb      diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d53"
	idEnvoy       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d25"
	idVisit       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71"
	idTalks       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d72"
	idSigning     diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d73"
	idSummit2023  diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d74"
	idNextVisit   diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d75"
	idCredentials diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d76"
	idQuote       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d81"
	idJoint       diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d82"
	idReadout     diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d83"
	idPrinciples  diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d91"
	idCommAcc     diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d92"
	idSrcKremlin  diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8da1"
	idSrcPress    diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8da2"
)

var (
	idRU = actor.StateID("RU")
	idML = actor.StateID("ML")
	idBY = actor.StateID("BY")
)

func tx(pairs ...string) diplo.Text {
	t := diplo.Text{}
	for i := 0; i < len(pairs); i += 2 {
		t[language.MustParse(pairs[i])] = pairs[i+1]
	}
	return t
}

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

func ident(s string) diplo.Identifier { return diplo.MustParseIdentifier(s) }

// richGraph is a record that sets every field of every type of the model
// (TestRichGraphCoversModel checks it).
func richGraph() *graph.Graph {
	return &graph.Graph{
		Title: tx("fr", "Visite officielle d’Assimi Goïta en Russie", "en-t-fr", "Official visit of Assimi Goïta to Russia"),
		Persons: []actor.Person{
			{ID: idPutin, Name: tx("fr", "Vladimir Poutine", "ru", "Владимир Путин", "en", "Vladimir Putin"),
				Identifiers: []diplo.Identifier{ident("wikidata:Q7747")}, Nationality: []diplo.Country{"RU"}, Sources: []diplo.ID{idSrcKremlin},
				Claims: []diplo.Claim{{Property: "name", Value: tx("fr", "Vladimir Vladimirovitch Poutine"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}}}}},
			{ID: idGoita, Name: tx("fr", "Assimi Goïta"), Nationality: []diplo.Country{"ML"},
				Identifiers: []diplo.Identifier{ident("https://fr.wikipedia.org/wiki/Assimi_Go%C3%AFta")}, Sources: []diplo.ID{idSrcKremlin, idSrcPress}},
			{ID: idDiop, Name: tx("fr", "Abdoulaye Diop"), Nationality: []diplo.Country{"ML"}},
			{ID: idLavrov, Name: tx("ru", "Сергей Лавров", "fr-t-ru", "Sergueï Lavrov"), Nationality: []diplo.Country{"RU"}},
			{ID: idEnvoy, Name: tx("fr", "Ambassadeur du Mali (fictif)"), Nationality: []diplo.Country{"ML"}},
		},
		States: []actor.State{
			{ID: idRU, Name: tx("fr", "Russie", "ru", "Россия"), Country: "RU",
				Identifiers: []diplo.Identifier{ident("wikidata:Q159"), ident("iso3166:RU")}, Sources: []diplo.ID{idSrcKremlin}},
			{ID: idML, Name: tx("fr", "Mali"), Country: "ML", Identifiers: []diplo.Identifier{ident("wikidata:Q912")}},
			{ID: idBY, Name: tx("fr", "Biélorussie"), Country: "BY"},
		},
		Organizations: []actor.Organization{
			{ID: idKremlin, Kind: actor.GovernmentalBody, Name: tx("ru", "Администрация Президента", "fr-t-ru", "Administration présidentielle"),
				Country: "RU", PartOf: idRU, Sources: []diplo.ID{idSrcKremlin}},
			{ID: idCommission, Kind: actor.Commission, Name: tx("fr", "Commission intergouvernementale russo-malienne"),
				Abbreviation: "CIG", Members: []diplo.ID{idRU, idML}, CreatedBy: idCommAcc, Founded: date("2025-06"),
				Claims: []diplo.Claim{{Property: "meetingFrequency", Value: tx("fr", "tous les six mois"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}, By: []diplo.ID{idML}, Note: tx("fr", "selon la partie malienne")}}}},
			{ID: idUN, Kind: actor.Intergovernmental, Name: tx("en", "United Nations", "fr", "Organisation des Nations unies"),
				Abbreviation: "UN", Founded: date("1945-10-24"), Identifiers: []diplo.Identifier{ident("wikidata:Q1065")}},
		},
		Offices: []actor.Office{
			{ID: idPresRU, Name: tx("fr", "Président de la Fédération de Russie"), Role: actor.HeadOfState, Of: idRU,
				Identifiers: []diplo.Identifier{ident("wikidata:Q218295")}, Sources: []diplo.ID{idSrcKremlin},
				Claims: []diplo.Claim{{Property: "role", Value: tx("en", "head of state"), Attribution: diplo.Attribution{By: []diplo.ID{idKremlin}}}}},
			{ID: idPresML, Name: tx("fr", "Président de la Transition"), Role: actor.HeadOfState, Of: idML},
			{ID: idFMML, Name: tx("fr", "Ministre des Affaires étrangères du Mali"), Role: actor.ForeignMinister, Of: idML},
			{ID: idAmbML, Name: tx("fr", "Ambassadeur du Mali en Russie"), Role: actor.Ambassador, Of: idEmbML},
		},
		Tenures: []actor.Tenure{
			{ID: idTenPutin, Person: idPutin, Office: idPresRU, Start: date("2012-05-07")},
			{ID: idTenGoita, Person: idGoita, Office: idPresML, Start: date("2021-05-24"), End: date("2030~"),
				Qualifiers: []actor.Qualifier{actor.Transitional, actor.Interim}, Sources: []diplo.ID{idSrcPress},
				Claims: []diplo.Claim{{Property: "qualifiers", Value: tx("fr", "président par intérim"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcKremlin}, Note: tx("fr", "selon un communiqué du Kremlin")}}}},
			{ID: idTenAmb, Person: idEnvoy, Office: idAmbML, Start: date("2020"), Qualifiers: []actor.Qualifier{actor.NonResident},
				AccreditedTo: []diplo.ID{idBY}},
		},
		Delegations: []actor.Delegation{
			{ID: idDelML, Name: tx("fr", "Délégation malienne"), Represents: idML, Head: idGoita, Members: []diplo.ID{idDiop},
				Sources: []diplo.ID{idSrcPress}},
		},
		Missions: []actor.Mission{
			{ID: idEmbML, Kind: actor.Embassy, Name: tx("fr", "Ambassade du Mali en Russie"), Sending: idML, Receiving: idRU,
				Seat:        diplo.Place{Name: tx("fr", "Moscou"), Country: "RU", GeoNames: ident("geonames:524901"), Wikidata: ident("wikidata:Q649"), Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556}},
				Established: date("1961"), Closed: date("2099~"), Identifiers: []diplo.Identifier{ident("https://example.org/missions/ml-ru")},
				Sources: []diplo.ID{idSrcPress}},
		},
		Events: []event.Event{
			{ID: idVisit, Kind: event.OfficialVisit, Status: event.Held,
				Name:        tx("fr", "Visite officielle d’Assimi Goïta en Russie", "en-t-fr", "Official visit of Assimi Goïta to Russia"),
				Description: tx("fr", "Visite officielle à Moscou, avec entretiens et signature d’accords"),
				Start:       date("2025-06-22"), End: date("2025-06-24"),
				Place: diplo.Place{Name: tx("fr", "Moscou", "ru", "Москва"), Country: "RU",
					Admin1:   diplo.AdminDivision{Name: tx("ru", "Москва"), Code: "RU-MOW"},
					Admin2:   diplo.AdminDivision{Name: tx("ru", "Центральный административный округ")},
					GeoNames: ident("geonames:524901"),
					Wikidata: ident("wikidata:Q649"), Coordinates: &diplo.Coordinates{Latitude: 55.75222, Longitude: 37.61556}},
				Quantities: []diplo.Quantity{
					{Type: diplo.QuantitativeValue, Amount: "3", Unit: tx("fr", "accords"), Description: tx("fr", "accords signés")},
					{Type: diplo.MonetaryAmount, Amount: "1000000000.50", Currency: "RUB"},
				},
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host, Representing: idRU},
					{Actor: idGoita, Role: event.Guest, Delegation: idDelML},
					{Actor: idDiop, Role: event.Delegate, Delegation: idDelML},
				},
				Parts:     []diplo.ID{idTalks, idSigning},
				Relations: []event.Relation{{Kind: event.Continues, Event: idSummit2023}},
				Topics: []diplo.Topic{
					{Domain: diplo.Geology, Label: tx("fr", "exploitation géologique")},
					{Domain: diplo.NaturalResources},
					{Label: tx("fr", "projets à portée humanitaire")},
				},
				Outcomes: []diplo.ID{idPrinciples, idCommAcc},
				Characterisations: []event.Characterisation{{Term: tx("fr", "constructives"), Tone: event.Positive, Statement: idQuote,
					Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}, By: []diplo.ID{idRU, idML}, Note: tx("fr", "négociations qualifiées de constructives par les deux parties")}}},
				Identifiers: []diplo.Identifier{ident("gdelt:1234567890")},
				Sources:     []diplo.ID{idSrcKremlin, idSrcPress},
				Claims: []diplo.Claim{{Property: "kind", Value: tx("fr", "sommet diplomatique"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}}},
					{Property: "quantities", Quantity: diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "15", Unit: tx("fr", "accords")},
						Attribution: diplo.Attribution{By: []diplo.ID{idML}}}},
			},
			{ID: idTalks, Kind: event.BilateralTalks, Start: date("2025-06-23T10:30+03:00")},
			{ID: idSigning, Kind: event.SigningCeremony, Start: date("2025-06-23T15:00:00+03:00"),
				Participants: []event.Participant{{Actor: idPutin, Role: event.Signatory}, {Actor: idGoita, Role: event.Signatory},
					{Actor: idLavrov, Role: event.Witness}}},
			{ID: idSummit2023, Kind: event.Summit, Name: tx("fr", "Sommet Russie-Afrique de Saint-Pétersbourg"),
				Start: date("2023-07-27"), End: date("2023-07-28"),
				Place: diplo.Place{Name: tx("fr", "Saint-Pétersbourg"), Country: "RU"}},
			{ID: idNextVisit, Kind: event.WorkingVisit, Status: event.Planned, Start: date("2026?"),
				StatusHistory: []event.StatusChange{
					{Status: event.Planned, Date: date("2025-06-24"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcKremlin}, By: []diplo.ID{idRU}}},
					{Status: event.Planned, Date: date("2025-09"), Place: diplo.Place{Name: tx("fr", "Bamako"), Country: "ML"},
						Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}, Note: tx("fr", "la visite aura lieu à Bamako")}},
				},
				Deadlines: []event.Deadline{{Date: date("2026-06-30"), Description: tx("fr", "arrêter le programme de la visite"),
					Attribution: diplo.Attribution{By: []diplo.ID{idRU, idML}}}}},
			{ID: idCredentials, Kind: event.Credentials, Name: tx("fr", "Remise des lettres de créance"), Start: date("2020-12"),
				Participants: []event.Participant{{Actor: idML, Role: event.Sending}, {Actor: idRU, Role: event.Receiving},
					{Actor: idEnvoy, Role: event.EnvoyRole}, {Actor: idPutin, Role: event.Recipient}}},
		},
		Statements: []event.Statement{
			{ID: idQuote, Kind: event.Quote, Speakers: []diplo.ID{idPutin}, Occasion: idVisit, Date: date("2025-06-23"),
				Text:  tx("ru", "Мали — наш давний и надёжный партнёр.", "fr-t-ru", "Le Mali est notre partenaire ancien et fiable."),
				About: []diplo.ID{idML},
				Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcKremlin}, By: []diplo.ID{idKremlin},
					Note: tx("fr", "selon un communiqué du Kremlin")}},
			{ID: idJoint, Kind: event.JointStatement, Speakers: []diplo.ID{idRU, idML}, Date: date("2025-06"),
				Text: tx("fr", "Les deux parties réaffirment leur attachement au partenariat.")},
			{ID: idReadout, Kind: event.Readout, Speakers: []diplo.ID{idKremlin}, Date: date("2025-06-22"),
				Title: tx("ru", "Телефонный разговор с Президентом Мали"), Wording: event.Unpublished,
				Identifiers: []diplo.Identifier{ident("undoc:S/2025/1")},
				Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}},
				Claims:      []diplo.Claim{{Property: "date", Value: tx("fr", "2025-06-21"), Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcKremlin}}}}},
		},
		Accords: []accord.Accord{
			{ID: idPrinciples, Kind: accord.Agreement,
				Title:   tx("fr", "Accord sur les principes fondamentaux des relations", "ru", "Договор об основах отношений", "en-t-fr", "Agreement on the fundamental principles of relations"),
				Parties: []diplo.ID{idRU, idML},
				Signatories: []accord.Signatory{
					{Person: idPutin, Party: idRU, Capacity: accord.AsSignatory, Office: idPresRU},
					{Person: idGoita, Party: idML, Office: idPresML},
				},
				Domains: []diplo.Topic{{Domain: diplo.PoliticalRelations}},
				Actions: []accord.Action{
					{Kind: accord.Signature, Date: date("2025-06-23"), Event: idSigning},
					{Kind: accord.Ratification, Date: date("2025-09~"), Effective: date("2025-10-23"), Party: idRU,
						Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}, By: []diplo.ID{idKremlin}, Note: tx("fr", "annoncée par le Kremlin")}},
				},
				Depositary:  idRU,
				Languages:   []language.Tag{language.Russian, language.French},
				Identifiers: []diplo.Identifier{ident("unts:I-54321")},
				Sources:     []diplo.ID{idSrcKremlin},
				Claims: []diplo.Claim{{Property: "kind", Value: tx("fr", "accord-cadre"),
					Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}}}},
			},
			{ID: idCommAcc, Kind: accord.Agreement, Title: tx("fr", "Accord portant création d’une commission intergouvernementale"),
				Parties: []diplo.ID{idRU, idML}, Creates: []diplo.ID{idCommission},
				Signatories: []accord.Signatory{{Person: idLavrov, Capacity: accord.AsWitness}},
				Relations:   []accord.Relation{{Kind: accord.Implements, Accord: idPrinciples}}},
		},
		Resolutions: richResolutions(),
		Votes:       richVotes(),
		Sources: []diplo.Source{
			{ID: idSrcKremlin, URL: "http://en.kremlin.ru/events/president/news/77236", Title: tx("ru", "Переговоры с Президентом Мали"),
				Publisher: tx("en", "Kremlin"), PublisherID: idKremlin, Published: date("2025-06-23T18:00:00Z"), Language: language.Russian},
			{ID: idSrcPress, URL: "https://example.org/actualites/2025/06/24/russie-mali?ref=rss#accords", Title: tx("fr", "Russie–Mali : trois accords signés"),
				Publisher: tx("fr", "Agence de presse"), Published: date("2025-06-24"), Language: language.French},
		},
	}
}

// edgeGraph holds valid values at the edges of what the writers must get
// right: ids of unusual schemes (urn:, tag:, a Wikidata entity IRI),
// string escapes, unusual
// language tags, extreme numbers, every form of date, a controlled value
// that is also a term of the context, an empty topic.
func edgeGraph() *graph.Graph {
	return &graph.Graph{
		ID:    "https://example.org/records/edge",
		Title: tx("fr", "quote \" backslash \\ newline \n tab \t return \r sep \u2028 é 😀 <>&", "zh-Hant-TW", "邊界"),
		Persons: []actor.Person{
			{ID: "urn:example:person-1", Name: tx("de-CH", "Anna", "sr-Latn", "Ана", "und-x-private", "?")},
			{ID: "http://www.wikidata.org/entity/Q42", Name: tx("en", "Douglas Adams"), Identifiers: []diplo.Identifier{ident("wikidata:Q42"),
				ident("https://example.org/a%20b/c?x=1&y=%C3%A9#frag"), ident("http://example.org:8080/path")}},
			{ID: "urn:isbn:0451450523", Name: tx("en", "ISBN person")},
			{ID: "https://example.org/people/ünïcödé", Name: tx("fr", "IRI")},
		},
		States: []actor.State{{ID: "https://w3id.org/diplo/id/state/XK", Name: tx("fr", "État"), Country: "XK"}},
		Organizations: []actor.Organization{
			{ID: "https://example.org/orgs/party", Kind: actor.Party, Name: tx("fr", "Parti"), Country: "ML", Founded: date("-0044-03-15")},
			{ID: "https://example.org/orgs/media", Kind: actor.Media, Name: tx("fr", "Média"), Founded: date("0000")},
			{ID: "https://example.org/orgs/other", Kind: actor.OtherOrganization, Name: tx("fr", "Autre")},
			{ID: "https://example.org/orgs/eu", Kind: actor.Supranational, Name: tx("en", "European Union"), Abbreviation: "EU"},
		},
		Offices: []actor.Office{{ID: "https://example.org/offices/1", Name: tx("fr", "Bureau"), Of: "https://example.org/orgs/other"}},
		Tenures: []actor.Tenure{
			{ID: "https://example.org/tenures/1", Person: "urn:example:person-1", Office: "https://example.org/offices/1",
				Start: date("2020-01-01T00:00:00"), End: date("2021-12-31T23:59:59-05:00"), Qualifiers: []actor.Qualifier{actor.Acting, actor.Disputed}},
			{ID: "https://example.org/tenures/2", Person: "http://www.wikidata.org/entity/Q42", Office: "https://example.org/offices/1",
				Start: date("1990%"), End: date("1999-12?")},
		},
		Delegations: []actor.Delegation{{ID: "https://example.org/delegations/1", Represents: "https://w3id.org/diplo/id/state/XK"}},
		Events: []event.Event{
			{ID: "https://example.org/events/1", Kind: event.Communique, Start: date("2025-01-02T03:04Z"), End: date("2025-01-03T03:05:06+14:00"),
				Place: diplo.Place{Name: tx("en", "South Pole"), Coordinates: &diplo.Coordinates{Latitude: -90, Longitude: 180}}},
			{ID: "https://example.org/events/2", Kind: event.Expulsion, Status: event.Cancelled,
				StatusHistory: []event.StatusChange{{Status: event.Cancelled, Date: date("2025-03~")}},
				Deadlines:     []event.Deadline{{Date: date("2025-03-01T12:00Z"), Description: tx("fr", "quitter le territoire")}},
				Place:         diplo.Place{Country: "FR", Coordinates: &diplo.Coordinates{Latitude: 0.1 + 0.2, Longitude: -0.0001234}}},
			{ID: "https://example.org/events/3", Kind: event.Sanctions, Status: event.Postponed,
				Place:  diplo.Place{Wikidata: ident("wikidata:Q90"), Coordinates: &diplo.Coordinates{Latitude: 48.8566, Longitude: 2}},
				Topics: []diplo.Topic{{Domain: diplo.Media}},
				Participants: []event.Participant{{Actor: "https://w3id.org/diplo/id/state/XK", Role: event.Initiator},
					{Actor: "https://example.org/orgs/party", Role: event.Participating}},
				Characterisations: []event.Characterisation{
					{Term: tx("en", "unacceptable"), Tone: event.Negative, Attribution: diplo.Attribution{By: []diplo.ID{"https://w3id.org/diplo/id/state/XK"}, Sources: []diplo.ID{"https://example.org/sources/1"}}},
					{Term: tx("en", "frank"), Statement: "https://example.org/statements/1"}},
				Relations: []event.Relation{{Kind: event.RespondsTo, Event: "https://example.org/events/2"},
					{Kind: event.CausedBy, Event: "https://example.org/events/1"}}},
		},
		Statements: []event.Statement{
			{ID: "https://example.org/statements/1", Kind: event.CommuniqueText, Speakers: []diplo.ID{"https://example.org/orgs/media"},
				Date: date("-0001"), Text: tx("fr", "Texte avec \"guillemets\" et\nretour à la ligne")},
		},
		Accords: []accord.Accord{
			{ID: "https://example.org/accords/1", Kind: accord.Ceasefire, Title: tx("fr", "Cessez-le-feu"),
				Parties: []diplo.ID{"https://w3id.org/diplo/id/state/XK"},
				Signatories: []accord.Signatory{{Person: "urn:example:person-1", Capacity: accord.AsMediator},
					{Person: "urn:isbn:0451450523", Capacity: accord.AsGuarantor}},
				Actions: []accord.Action{{Kind: accord.EntryIntoForce}, {Kind: accord.Withdrawal, Date: date("2030-02-28T12:00:00Z"), Effective: date("2031-02-28"),
					Party: "https://w3id.org/diplo/id/state/XK"}},
				Languages: []language.Tag{language.MustParse("zh-Hant"), language.MustParse("sr-Latn")},
				Relations: []accord.Relation{{Kind: accord.Supersedes, Accord: "https://example.org/accords/0"}}},
			{ID: "https://example.org/accords/0", Kind: accord.Protocol, Title: tx("fr", "Ancien protocole")},
		},
		Sources: []diplo.Source{{ID: "https://example.org/sources/1", Title: tx("en", "A source without a URL")}},
	}
}

// fixtures are the graphs of testdata/jsonld, by file name.
var fixtures = []struct {
	name  string
	graph func() *graph.Graph
}{
	{"rich", richGraph},
	{"edge", edgeGraph},
	{"unsc-veto", vetoGraph},
}

// smallGraphs are graphs of one node each, taken from the fixtures: seeds
// for the fuzz targets.
func smallGraphs() []*graph.Graph {
	e := edgeGraph()
	r := richGraph()
	return []*graph.Graph{
		{ID: e.ID, Title: e.Title, Persons: e.Persons[:1]},
		{Events: e.Events[2:3]},
		{Accords: e.Accords[:1]},
		{Events: r.Events[:1]},
		{Organizations: r.Organizations[1:2], Tenures: r.Tenures[1:2], Statements: r.Statements[:1]},
		{Sources: r.Sources[:1], States: r.States[:1], Offices: r.Offices[:1], Delegations: r.Delegations},
		{Resolutions: r.Resolutions, Votes: r.Votes},
	}
}

// nodesOf returns every node of g, as the value WriteNodeNQuads and
// MarshalJSONLD take, with its path.
func nodesOf(g *graph.Graph) (paths []string, nodes []any) {
	// The nodes of every other type are given as values, the others as
	// pointers: both are taken.
	byValue := map[graph.NodeType]bool{}
	for i, t := range graph.NodeTypes() {
		byValue[t] = i%2 == 0
	}
	for ref, n := range g.Nodes() {
		paths = append(paths, ref.Path())
		if byValue[ref.Type] {
			nodes = append(nodes, reflect.ValueOf(n).Elem().Interface())
		} else {
			nodes = append(nodes, n)
		}
	}
	return paths, nodes
}

// TestFixturesValid checks that the fixtures are valid records, so that
// what the tests judge is what the library is meant to write.
func TestFixturesValid(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			if err := f.graph().Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestRichGraphCoversModel checks that the rich fixture sets every
// exported field of every struct type of the model, somewhere.
func TestRichGraphCoversModel(t *testing.T) {
	set := map[reflect.Type]map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			t := v.Type()
			if t.PkgPath() == "golang.org/x/text/language" || t == reflect.TypeFor[diplo.Date]() || t == reflect.TypeFor[diplo.Identifier]() {
				return
			}
			if set[t] == nil {
				set[t] = map[string]bool{}
			}
			for i := range t.NumField() {
				f := t.Field(i)
				if !f.IsExported() || f.Type.Size() == 0 {
					continue // TypeName fields have no state
				}
				if !v.Field(i).IsZero() {
					set[t][f.Name] = true
				} else if !set[t][f.Name] {
					set[t][f.Name] = false
				}
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(richGraph()).Elem())
	if len(set) < 20 {
		t.Errorf("walked %d struct types, want at least 20", len(set))
	}
	for typ, fields := range set {
		if typ == reflect.TypeFor[graph.Graph]() {
			delete(fields, "ID") // the rich graph is a blank node; edgeGraph has an id
		}
		for name, ok := range fields {
			if !ok {
				t.Errorf("the rich fixture never sets %v.%s", typ, name)
			}
		}
	}
}

// TestGoldenFiles writes the fixtures as JSON, JSON-LD and N-Quads and
// compares them with testdata/jsonld.
func TestGoldenFiles(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) {
			g := f.graph()
			plain, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "jsonld", f.name+".json"), append(plain, '\n'))
			ldDoc, err := marshalAny(g, JSONLDOptions{Prefix: "", Indent: "  "})
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "jsonld", f.name+".jsonld"), append(ldDoc, '\n'))
			var nq bytes.Buffer
			if err := WriteNQuads(&nq, g); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join("testdata", "jsonld", f.name+".nq"), nq.Bytes())
		})
	}
}

// goldenExamples returns the golden documents of the examples.
func goldenExamples(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("..", "examples", "*", "testdata", "*.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// plainDocuments returns every plain diplo JSON document the JSON-LD tests
// read: the fixtures and the examples' golden files.
func plainDocuments(t *testing.T) []string {
	own, err := filepath.Glob(filepath.Join("testdata", "jsonld", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(own) != len(fixtures) {
		t.Fatalf("%d JSON files in testdata/jsonld, want %d", len(own), len(fixtures))
	}
	return append(own, goldenExamples(t)...)
}

// decodeDocument decodes diplo JSON into the Go type its "type" names.
func decodeDocument(t *testing.T, data []byte) any {
	t.Helper()
	var head struct{ Type string }
	if err := json.Unmarshal(data, &head); err != nil {
		t.Fatal(err)
	}
	var v any
	if head.Type == "" || head.Type == "Graph" { // a graph document may leave out its type
		v = new(graph.Graph)
	} else if n := graph.NodeType(head.Type).New(); n != nil {
		v = n
	} else {
		t.Fatalf("not a diplo document: type %q", head.Type)
	}
	if err := diplo.UnmarshalStrict(data, v); err != nil {
		t.Fatal(err)
	}
	return v
}

// withContext returns the plain document data with the diplo context
// attached inline.
func withContext(t *testing.T, data []byte) map[string]any {
	t.Helper()
	doc, err := ld.DocumentFromReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	m, ok := doc.(map[string]any)
	if !ok {
		t.Fatalf("document is a %T, not an object", doc)
	}
	ctx, err := ld.DocumentFromReader(bytes.NewReader(Context()))
	if err != nil {
		t.Fatal(err)
	}
	m["@context"] = ctx.(map[string]any)["@context"]
	return m
}

const dropped = "urn:dropped:"

// droppedKeys expands doc with a fallback @vocab of dropped and returns
// the JSON pointers of every member and type that the context does not
// map.
func droppedKeys(t *testing.T, doc any) []string {
	t.Helper()
	o := ldOptions(t)
	o.ExpandContext = map[string]any{"@vocab": dropped}
	var out []string
	o.ExpandedElementHandler = func(ptr string, expanded any) {
		m, _ := expanded.(map[string]any)
		for k := range m {
			if strings.HasPrefix(k, dropped) {
				out = append(out, ptr+"/"+strings.TrimPrefix(k, dropped))
			}
		}
		if ts, ok := m["@type"].([]any); ok {
			for _, x := range ts {
				if s, _ := x.(string); strings.HasPrefix(s, dropped) {
					out = append(out, ptr+"/@type="+strings.TrimPrefix(s, dropped))
				}
			}
		}
	}
	expanded, err := ld.NewJsonLdProcessor().Expand(doc, o)
	if err != nil {
		t.Fatal(err)
	}
	// Values that expand to a sentinel IRI: controlled values or types
	// the context does not map.
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				walk(x, ptr)
			}
		case map[string]any:
			for k, x := range v {
				walk(x, ptr+"/"+k)
			}
		case string:
			if strings.HasPrefix(v, dropped) {
				out = append(out, ptr+"="+v)
			}
		}
	}
	walk(expanded, "")
	slices.Sort(out)
	return slices.Compact(out)
}

// textTerms are the members whose values are language maps.
func textTerms() map[string]bool {
	m := map[string]bool{}
	var walk func([]term)
	walk = func(ts []term) {
		for _, x := range ts {
			if x.typ == vText {
				m[x.name] = true
			}
			walk(x.scope)
		}
	}
	walk(terms)
	return m
}

// countValues counts the RDF statements a diplo JSON(-LD) document should
// give: one per scalar (the type included, the id excluded), one per
// language of a language map, one per date value object, and one for the
// link to each embedded object.
func countValues(v any, key string, texts map[string]bool, top bool) int {
	switch v := v.(type) {
	case nil:
		return 0
	case []any:
		n := 0
		for _, x := range v {
			n += countValues(x, key, texts, false)
		}
		return n
	case map[string]any:
		if _, ok := v["@value"]; ok {
			return 1
		}
		if texts[key] {
			n := 0
			for _, x := range v {
				if x != nil {
					n++
				}
			}
			return n
		}
		n := 1
		if top {
			n = 0
		}
		for k, x := range v {
			if k == "@context" || k == "id" {
				continue
			}
			n += countValues(x, k, texts, false)
		}
		return n
	}
	return 1
}

func rdfQuads(t *testing.T, doc any) []*ld.Quad {
	t.Helper()
	ds, err := ld.NewJsonLdProcessor().ToRDF(doc, ldOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	var quads []*ld.Quad
	for _, g := range ds.(*ld.RDFDataset).Graphs {
		quads = append(quads, g...)
	}
	return quads
}

// TestExpandKeepsEveryMember expands every plain document with the context
// attached, and every document MarshalJSONLD writes, and checks that JSON-LD
// drops nothing: no member or value is left unmapped, and the RDF has one
// statement per JSON value.
func TestExpandKeepsEveryMember(t *testing.T) {
	texts := textTerms()
	docs := plainDocuments(t)
	if len(docs) < len(fixtures) {
		t.Fatalf("%d documents", len(docs))
	}
	for _, file := range docs {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		v := decodeDocument(t, data)
		written, err := marshalAny(v, JSONLDOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ldDoc, err := ld.DocumentFromReader(bytes.NewReader(written))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			name string
			doc  any
		}{{"plain", withContext(t, data)}, {"written", ldDoc}} {
			t.Run(file+"/"+c.name, func(t *testing.T) {
				if d := droppedKeys(t, c.doc); len(d) > 0 {
					t.Errorf("the context does not map %d members or values: %v", len(d), d)
				}
				want := countValues(c.doc, "", texts, true)
				got := len(rdfQuads(t, c.doc))
				if got != want || want == 0 {
					t.Errorf("ToRDF gives %d quads, the document has %d values", got, want)
				}
			})
		}
	}
}

// TestExpandReportsUnmappedTerms checks that the checks above can fail: a
// member the context does not define, and a controlled value outside the
// vocabulary's scheme, are reported.
func TestExpandReportsUnmappedTerms(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"typo", `{"type":"Person","id":"urn:x:1","nmae":{"fr":"x"}}`, []string{"/nmae", "/nmae/fr"}},
		{"nested", `{"type":"Event","id":"urn:x:1","kind":"summit","location":{"colour":"red"}}`, []string{"/location/colour"}},
		{"kind outside its class", `{"type":"Person","id":"urn:x:1","kind":"summit"}`, []string{"/kind"}},
		{"role on an event", `{"type":"Event","id":"urn:x:1","kind":"summit","role":"host"}`, []string{"/role"}},
		{"unknown type", `{"type":"Robot","id":"urn:x:1"}`, []string{"/@type=Robot", "/@type=urn:dropped:Robot"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := droppedKeys(t, withContext(t, []byte(tc.doc)))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	// A value that JSON-LD drops is found by the count.
	doc := withContext(t, []byte(`{"type":"Event","id":"urn:x:1","kind":"summit","parts":["not an IRI"]}`))
	if got, want := len(rdfQuads(t, doc)), countValues(doc, "", textTerms(), true); got != 2 || want != 3 {
		t.Errorf("relative IRI: %d quads, %d values; want 2 and 3", got, want)
	}
}

// TestMarshalJSONLDRoundTrip writes every fixture and every node of them as
// JSON-LD, with the context inline and by reference, and reads it back.
func TestMarshalJSONLDRoundTrip(t *testing.T) {
	for _, f := range fixtures {
		for _, inline := range []bool{false, true} {
			opts := JSONLDOptions{InlineContext: inline}
			t.Run(fmt.Sprintf("%s/inline=%v", f.name, inline), func(t *testing.T) {
				g := f.graph()
				b, err := marshalAny(g, opts)
				if err != nil {
					t.Fatal(err)
				}
				var back graph.Graph
				if err := UnmarshalJSONLDStrict(b, &back); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(&back, g) {
					t.Errorf("graph differs after a round trip")
				}
				paths, nodes := nodesOf(g)
				for i, n := range nodes {
					b, err := marshalAny(n, opts)
					if err != nil {
						t.Fatalf("%s: %v", paths[i], err)
					}
					back := reflect.New(reflect.Indirect(reflect.ValueOf(n)).Type())
					if err := UnmarshalJSONLD(b, back.Interface()); err != nil {
						t.Fatalf("%s: %v", paths[i], err)
					}
					if !reflect.DeepEqual(back.Elem().Interface(), reflect.Indirect(reflect.ValueOf(n)).Interface()) {
						t.Errorf("%s differs after a round trip", paths[i])
					}
				}
			})
		}
	}
}

func TestMarshalJSONLDContext(t *testing.T) {
	g := richGraph()
	ref, err := marshalAny(g, JSONLDOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(ref, []byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph",`)) {
		t.Errorf("by reference: %.80s", ref)
	}
	inline, err := marshalAny(g, JSONLDOptions{InlineContext: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(inline, []byte(`{"@context":{"@version":1.1,"id":"@id",`)) {
		t.Errorf("inline: %.80s", inline)
	}
	// Without the @context member, both are the JSON encoding/json
	// writes, dates aside.
	plain, _ := json.Marshal(g)
	for _, b := range [][]byte{ref, inline} {
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "@context")
		var p map[string]any
		json.Unmarshal(plain, &p)
		if len(m) != len(p) {
			t.Errorf("%d members, encoding/json writes %d", len(m), len(p))
		}
	}
	// A value that is not a graph or a node does not compile; a nil graph
	// or node pointer is refused.
	if _, err := MarshalJSONLD(nil, JSONLDOptions{}); !errors.Is(err, ErrNotNode) {
		t.Errorf("MarshalJSONLD(nil): %v, want ErrNotNode", err)
	}
	for _, n := range []graph.Node{nil, (*actor.Person)(nil), (*event.Event)(nil)} {
		if _, err := MarshalNodeJSONLD(n, JSONLDOptions{}); !errors.Is(err, ErrNotNode) {
			t.Errorf("MarshalNodeJSONLD(%T): %v, want ErrNotNode", n, err)
		}
	}
}

// TestMarshalJSONLDDates checks the one wire shape: MarshalJSONLD writes a
// date as the string diplo.Marshal writes, whatever its precision, so that
// the document is the plain JSON with a context, and N-Quads type it
// edtf:EDTF, the datatype of the context, as a JSON-LD processor does.
func TestMarshalJSONLDDates(t *testing.T) {
	for _, d := range []string{"2023", "-0044", "2023-06", "2023-06-22", "2023-06-22T14:30:05", "2023-06-22T14:30:05Z",
		"2023-06-22T14:30:05-05:30", "2023-06-22T14:30+03:00", "2023?", "2023-06~", "2023-06-22%"} {
		t.Run(d, func(t *testing.T) {
			st := event.Statement{ID: "urn:x:1", Kind: event.Quote, Date: date(d)}
			b, err := marshalAny(st, JSONLDOptions{})
			require.NoError(t, err)
			plain, err := diplo.Marshal(st)
			require.NoError(t, err)
			assert.Equal(t, `{"@context":"`+ContextURL+`",`+string(plain[1:]), string(b), "not the plain JSON with a context")
			var nq strings.Builder
			require.NoError(t, writeAnyNQuads(&nq, st))
			assert.Contains(t, nq.String(), ` <http://purl.org/dc/terms/date> "`+d+`"^^<`+edtfDatatype+"> .\n")
			var back event.Statement
			require.NoError(t, UnmarshalJSONLD(b, &back))
			assert.Equal(t, date(d), back.Date)
		})
	}
	// A member that is not a date, and a date-like string elsewhere, are
	// left alone.
	b, _ := marshalAny(diplo.Source{ID: "urn:x:1", Title: tx("fr", "2023")}, JSONLDOptions{})
	if !bytes.Contains(b, []byte(`"title":{"fr":"2023"}`)) {
		t.Errorf("a title was typed: %s", b)
	}
}

func TestUnmarshalJSONLD(t *testing.T) {
	ctx := string(contextObject)
	tests := []struct {
		name string
		doc  string
		want error
		path string
	}{
		{"no context", `{"type":"Person","id":"urn:x:1","name":{"fr":"A"}}`, nil, ""},
		{"context by reference", `{"@context":"https://w3id.org/diplo/context.jsonld","type":"Person","id":"urn:x:1"}`, nil, ""},
		{"context inline", `{"type":"Person","@context":` + ctx + `,"id":"urn:x:1"}`, nil, ""},
		{"context array", `{"@context":["https://w3id.org/diplo/context.jsonld",` + ctx + `],"type":"Person","id":"urn:x:1"}`, nil, ""},
		{"expanded datatype", `{"type":"Tenure","startDate":{"@type":"http://www.w3.org/2001/XMLSchema#date","@value":"2020-01-02"}}`, nil, ""},
		{"edtf datatype", `{"type":"Tenure","startDate":{"@value":"2020-01-02","@type":"edtf:EDTF"}}`, nil, ""},
		{"unknown context", `{"@context":"https://example.org/other.jsonld","type":"Person"}`, ErrUnknownContext, "@context"},
		{"empty context array", `{"@context":[],"type":"Person"}`, ErrUnknownContext, "@context"},
		{"null context", `{"@context":null,"type":"Person"}`, ErrUnknownContext, "@context"},
		{"other inline context", `{"@context":{"name":"http://xmlns.com/foaf/0.1/name"},"type":"Person"}`, ErrUnknownContext, "@context"},
		{"nested context", `{"type":"Graph","persons":[{"@context":"https://w3id.org/diplo/context.jsonld","type":"Person"}]}`, ErrJSONLD, "persons[0].@context"},
		{"graph keyword", `{"@context":"https://w3id.org/diplo/context.jsonld","@graph":[]}`, ErrJSONLD, "@graph"},
		{"escaped keyword", `{"type":"Person","\u0040graph":[]}`, ErrJSONLD, "@graph"},
		{"escaped context", `{"\u0040context":"https://w3id.org/diplo/context.jsonld","type":"Person","id":"urn:x:1"}`, nil, ""},
		{"id keyword", `{"type":"Person","name":{"fr":"A"},"@id":"urn:x:1"}`, ErrJSONLD, "@id"},
		{"value object in a text", `{"type":"Person","name":{"fr":{"@value":"A"}}}`, ErrJSONLD, "name.fr.@value"},
		{"date of wrong precision", `{"type":"Event","kind":"summit","startDate":{"@value":"2023-06","@type":"xsd:gYear"}}`, ErrJSONLD, "startDate"},
		{"date of unknown datatype", `{"type":"Event","kind":"summit","endDate":{"@value":"2023","@type":"xsd:string"}}`, ErrJSONLD, "endDate"},
		{"date with language", `{"type":"Statement","date":{"@value":"2023","@language":"fr"}}`, ErrJSONLD, "date"},
		{"date without value", `{"type":"Statement","date":{"@type":"xsd:gYear"}}`, ErrJSONLD, "date"},
		{"date value not a string", `{"type":"Statement","date":{"@value":2023}}`, ErrJSONLD, "date"},
		{"bad date in value object", `{"type":"Statement","date":{"@value":"2023-13","@type":"xsd:gYearMonth"}}`, diplo.ErrRange, "date"},
		{"action date", `{"type":"Accord","kind":"treaty","actions":[{"kind":"signature","date":{"@value":"2023","@type":"xsd:date"}}]}`, ErrJSONLD, "actions[0].date"},
		{"wrong type", `{"type":"Event","id":"urn:x:1"}`, diplo.ErrUnknown, "type"},
		{"malformed", `{"type":"Person",`, diplo.ErrJSON, ""},
		// The limits are checked first: MaxDepth is 64 by default.
		{"too deep", `{"type":"Person","x":` + strings.Repeat("[", 1100) + strings.Repeat("]", 1100) + `}`, diplo.ErrLimit, "x" + strings.Repeat("[0]", 63)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var head struct{ Type string }
			json.Unmarshal([]byte(tc.doc), &head)
			var v any = new(actor.Person)
			switch head.Type {
			case "Graph":
				v = new(graph.Graph)
			case "Tenure":
				v = new(actor.Tenure)
			case "Statement":
				v = new(event.Statement)
			case "Accord":
				v = new(accord.Accord)
			case "Event":
				if strings.Contains(tc.doc, `"kind"`) {
					v = new(event.Event)
				}
			}
			err := UnmarshalJSONLD([]byte(tc.doc), v)
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			var fe *diplo.FieldError
			if !errors.As(err, &fe) || fe.Path != tc.path {
				t.Errorf("path of %v: want %q", err, tc.path)
			}
			if !strings.HasPrefix(fe.Err.Error(), tc.want.Error()) {
				t.Errorf("message does not start with its sentinel's: %v", fe.Err)
			}
		})
	}
	// The errors quote a short prefix of hostile input.
	long := `{"@context":"https://example.org/` + strings.Repeat("a", 500) + `","type":"Person"}`
	err := UnmarshalJSONLD([]byte(long), new(actor.Person))
	if !errors.Is(err, ErrUnknownContext) || len(err.Error()) > 200 {
		t.Errorf("long context: %v", err)
	}
	for _, v := range []any{nil, actor.Person{}, new(int), (*graph.Graph)(nil)} {
		if err := UnmarshalJSONLD([]byte(`{}`), v); !errors.Is(err, ErrNotNode) {
			t.Errorf("UnmarshalJSONLD into %T: %v, want ErrNotNode", v, err)
		}
	}
	// Strict decoding rejects what lenient decoding drops.
	doc := []byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Person","id":"urn:x:1","nmae":{"fr":"A"}}`)
	if err := UnmarshalJSONLD(doc, new(actor.Person)); err != nil {
		t.Errorf("lenient: %v", err)
	}
	if err := UnmarshalJSONLDStrict(doc, new(actor.Person)); !errors.Is(err, diplo.ErrUnknownField) {
		t.Errorf("strict: %v, want ErrUnknownField", err)
	}
}

// TestExamplesRoundTrip reads every golden document of the examples,
// writes it as JSON-LD and reads it back.
func TestExamplesRoundTrip(t *testing.T) {
	for _, file := range goldenExamples(t) {
		t.Run(file, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			v := decodeDocument(t, data)
			b, err := marshalAny(v, JSONLDOptions{InlineContext: true})
			if err != nil {
				t.Fatal(err)
			}
			back := reflect.New(reflect.TypeOf(v).Elem()).Interface()
			if err := UnmarshalJSONLDStrict(b, back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, v) {
				t.Error("differs after a round trip")
			}
		})
	}
}

// FuzzUnmarshalJSONLD decodes arbitrary input into a graph; whatever
// decodes must survive MarshalJSONLD and decode again to the same value.
func FuzzUnmarshalJSONLD(f *testing.F) {
	// Small seeds: the fuzzer minimises every new input, which takes long
	// on records of kilobytes.
	for _, g := range smallGraphs() {
		b, err := marshalAny(g, JSONLDOptions{})
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph","events":[{"type":"Event","kind":"summit","startDate":{"@value":"2023","@type":"xsd:gYear"}}]}`))
	f.Add([]byte(`{"@context":[],"@graph":[{"@id":"x"}]}`))
	f.Add([]byte(`{"@context":"https://w3id.org/diplo/context.jsonld","type":"Graph","events":[{"id":"urn:e","type":"Event","kind":"summit","statusHistory":[{"status":"cancelled","date":{"@value":"2025","@type":"xsd:gYear"}}],"deadlines":[{"date":"2025-06-01T12:00Z"}]}],"accords":[{"id":"urn:c","type":"Accord","kind":"treaty","title":{"en":"T"},"actions":[{"kind":"withdrawal","effectiveDate":{"@value":"2020-11-04","@type":"xsd:date"}}]}]}`))
	f.Add(flatPersons(2))
	f.Add([]byte(`[{"@type":["https://w3id.org/diplo/vocab#Graph"],"https://w3id.org/diplo/vocab#hasEvent":[{"@id":"urn:x:e","@type":["http://schema.org/Event"],"https://w3id.org/diplo/vocab#eventKind":[{"@id":"https://w3id.org/diplo/vocab/event-kind#summit"}],"http://schema.org/startDate":[{"@value":"2023","@type":"http://id.loc.gov/datatypes/edtf/EDTF"}],"http://schema.org/attendee":[{"http://schema.org/attendee":[{"@id":"urn:x:a"}]}]}]}]`))
	f.Add([]byte(`{"type":"Graph","title":{"fr":"\u0000"},"persons":[{"name":{"EN":"x"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var g graph.Graph
		if err := UnmarshalJSONLD(data, &g); err != nil {
			var fe *diplo.FieldError
			var es diplo.Errors
			if !errors.As(err, &fe) && !errors.As(err, &es) {
				t.Fatalf("error without a path: %v", err)
			}
			return
		}
		b, err := marshalAny(&g, JSONLDOptions{})
		if err != nil {
			return // a value encoding/json cannot write either
		}
		var back graph.Graph
		if err := UnmarshalJSONLD(b, &back); err != nil {
			t.Fatalf("MarshalJSONLD output does not decode: %v\n%s", err, b)
		}
		b2, err := marshalAny(&back, JSONLDOptions{})
		if err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("unstable round trip: %v\n%s\n%s", err, b, b2)
		}
	})
}

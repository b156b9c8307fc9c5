package plain_test

import (
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// richGraph sets every field of every node type at least once, with text
// that JSON escapes (quotes, <, &, U+2028, control characters), so that
// TestFromGraph covers each conversion.
func richGraph() *graph.Graph {
	fr := func(s string) diplo.Text { return diplo.MustNewText("fr", s) }
	en := language.English
	id := func(s string) diplo.ID { return diplo.ID("https://example.org/" + s) }
	day := diplo.MustParseDate
	attr := diplo.Attribution{Sources: []diplo.ID{id("src")}, By: []diplo.ID{id("ru")}, Note: fr(`« selon <le> Kremlin » & "autres"`)}
	claims := []diplo.Claim{{Property: "kind", Value: fr("accord-cadre\u2028ligne"), Attribution: attr}}
	return &graph.Graph{
		ID:    id("g"),
		Title: fr("Tout\tchamp\n").WithTag(en, "Every field\x01"),
		Persons: []actor.Person{{ID: id("p"), Name: fr("Assimi Goïta"),
			Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q7747"), diplo.MustNewIdentifier(diplo.URL, "https://example.org/p?a=1&b=2")},
			Nationality: []diplo.Country{"ML"}, Sources: []diplo.ID{id("src")}, Claims: claims}},
		States: []actor.State{{ID: id("ru"), Name: fr("Russie"), Country: "RU",
			Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.ISO3166, "RU")}, Sources: []diplo.ID{id("src")}}},
		Organizations: []actor.Organization{{ID: id("o"), Kind: actor.Commission, Name: fr("Commission"), Abbreviation: "CIG",
			Country: "RU", PartOf: id("ru"), Members: []diplo.ID{id("ru")}, CreatedBy: id("a"), Founded: day("2025-06?"),
			Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q1")}, Sources: []diplo.ID{id("src")}, Claims: claims}},
		Offices: []actor.Office{{ID: id("off"), Name: fr("Président"), Role: actor.HeadOfState, Of: id("ru"),
			Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q218295")}, Sources: []diplo.ID{id("src")}, Claims: claims}},
		Tenures: []actor.Tenure{{ID: id("t"), Person: id("p"), Office: id("off"), Start: day("2012-05-07"), End: day("2030~"),
			Qualifiers: []actor.Qualifier{actor.Acting, actor.Disputed}, Sources: []diplo.ID{id("src")}, Claims: claims}},
		Delegations: []actor.Delegation{{ID: id("d"), Name: fr("Délégation"), Represents: id("ru"), Head: id("p"),
			Members: []diplo.ID{id("p2")}, Sources: []diplo.ID{id("src")}}},
		Events: []event.Event{{ID: id("e"), Kind: event.Summit, Status: event.Postponed, Name: fr("Sommet"), Description: fr("Report"),
			Start: day("2025-06-22T10:30+03:00"), End: day("2025-06-23T18:00:05Z"),
			Place: diplo.Place{Name: fr("Moscou"), Country: "RU", GeoNames: diplo.MustNewIdentifier(diplo.GeoNames, "524901"),
				Wikidata: diplo.MustNewIdentifier(diplo.Wikidata, "Q649"), Coordinates: &diplo.Coordinates{Latitude: 55.7558, Longitude: -37.6173}},
			Participants: []event.Participant{{Actor: id("p"), Role: event.Host, Delegation: id("d"), Representing: id("ru")}},
			Parts:        []diplo.ID{id("e2")},
			Relations:    []event.Relation{{Kind: event.Replaces, Event: id("e3")}},
			Topics:       []diplo.Topic{{Domain: diplo.Energy, Label: fr("énergie")}, {Label: fr("sans domaine")}},
			Outcomes:     []diplo.ID{id("a")},
			Characterisations: []event.Characterisation{{Term: fr("constructif"), Tone: event.Positive, Attribution: attr},
				{Term: fr("franc")}},
			Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.GDELT, "1234567")},
			Sources:     []diplo.ID{id("src")}, Claims: claims},
			{ID: id("e2"), Kind: event.PhoneCall}},
		Statements: []event.Statement{{ID: id("s"), Kind: event.Readout, Speakers: []diplo.ID{id("p")}, Occasion: id("e"),
			Date: day("-0044-03-15"), Text: fr("Texte").WithTranslationTag(en, language.French, "Text"), About: []diplo.ID{id("a")}, Attribution: attr}},
		Accords: []accord.Accord{{ID: id("a"), Kind: accord.Treaty, Title: fr("Traité"), Parties: []diplo.ID{id("ru")},
			Signatories: []accord.Signatory{{Person: id("p"), Party: id("ru"), Capacity: accord.AsSignatory, Office: id("off")}, {Person: id("p2"), Capacity: accord.AsWitness}},
			Domains:     []diplo.Topic{{Domain: diplo.Trade}}, Creates: []diplo.ID{id("o")},
			Actions: []accord.Action{{Kind: accord.Signature, Date: day("2025-06-23"), Party: id("ru"), Event: id("e"), Attribution: attr},
				{Kind: accord.EntryIntoForce, Date: day("2026")}},
			Depositary: id("ru"), Languages: []language.Tag{language.French, language.Russian},
			Relations:   []accord.Relation{{Kind: accord.Supersedes, Accord: id("a0")}},
			Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.UNTS, "I-12345")}, Sources: []diplo.ID{id("src")}, Claims: claims}},
		Sources: []diplo.Source{{ID: id("src"), URL: "https://example.org/a?x=1&y=2", Title: fr("Article"), Publisher: fr("Agence"),
			PublisherID: id("o"), Published: day("2025-06-23"), Language: language.French},
			{ID: id("src2"), Title: fr("Sans langue")}},
	}
}

package actor_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
)

// NewState derives the ID of a state from its ISO 3166-1 code, so two
// programs that record Mali independently agree on its ID. Alpha-3 and
// lower-case codes are accepted and stored as the alpha-2 code.
func ExampleNewState() {
	mali, err := actor.NewState("MLI", "fr", "Mali")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(mali.ID)
	fmt.Println(mali.Country)
	fmt.Println(mali.ID == actor.StateID("ML"))

	_, err = actor.NewState("EU", "en", "European Union")
	fmt.Println(err)
	// Output:
	// https://w3id.org/diplo/id/state/ML
	// ML
	// true
	// unknown country code: country "EU"
}

// A tenure says who holds an office, from when, and with what qualifier:
// Assimi Goïta is the transitional President of Mali.
func ExampleTenure() {
	goita := actor.Tenure{
		ID:         "https://example.org/tenure/goita",
		Person:     "https://example.org/person/goita",
		Office:     "https://example.org/office/president-of-the-transition",
		Start:      diplo.MustParseDate("2021-05-24"),
		Qualifiers: []actor.Qualifier{actor.Transitional},
	}
	if err := goita.Validate(); err != nil {
		log.Fatal(err)
	}
	fmt.Println(goita.Span())
	fmt.Println(goita.HasQualifier(actor.Transitional), goita.HasQualifier(actor.Interim))
	fmt.Println(actor.Transitional.Description())

	b, err := json.MarshalIndent(goita, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// 2021-05-24/
	// true false
	// Holds the office during a political transition, under a transitional charter.
	// {
	//   "id": "https://example.org/tenure/goita",
	//   "type": "Tenure",
	//   "person": "https://example.org/person/goita",
	//   "office": "https://example.org/office/president-of-the-transition",
	//   "startDate": "2021-05-24",
	//   "qualifiers": [
	//     "transitional"
	//   ]
	// }
}

// Validate reports every broken rule with its JSON path.
func ExampleTenure_Validate() {
	t := actor.Tenure{
		ID:     "https://example.org/tenure/1",
		Person: "https://example.org/person/1",
		Office: "https://example.org/office/1",
		Start:  diplo.MustParseDate("2021-05-24"),
		End:    diplo.MustParseDate("2020"),
	}
	fmt.Println(t.Validate())
	// Output:
	// endDate: dates out of order
}

// The European Union is neither an intergovernmental organisation nor a
// state: its member states have transferred powers to it, and its law
// binds them directly. It signed the EU–UK Trade and Cooperation
// Agreement of 30 December 2020 as a party of its own.
func ExampleOrgKind_supranational() {
	eu := actor.Organization{
		ID:           diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q458")),
		Kind:         actor.Supranational,
		Name:         diplo.MustNewText("en", "European Union"),
		Abbreviation: "EU",
		Founded:      diplo.MustParseDate("1993-11-01"),
		Identifiers:  []diplo.Identifier{diplo.MustParseIdentifier("wikidata:Q458")},
	}
	fmt.Println(eu.Validate())
	fmt.Println(actor.OrgKinds().Has(actor.Supranational))
	fmt.Println(actor.Supranational.Description()[:50])
	// Output:
	// <nil>
	// true
	// An organisation of states to which they have trans
}

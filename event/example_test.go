package event_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// Validate reports each broken rule as a *diplo.FieldError whose path
// names the field in JSON terms.
func ExampleEvent_Validate() {
	talks := event.Event{
		ID:    "https://example.org/event/talks",
		Kind:  event.BilateralTalks,
		Start: diplo.MustParseDate("2025-06-23"),
		End:   diplo.MustParseDate("2025-06-22"),
	}
	err := talks.Validate()

	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path)
	}
	fmt.Println(errors.Is(err, diplo.ErrOrder))
	fmt.Println(err)
	// Output:
	// endDate
	// true
	// endDate: dates out of order
}

// An event is a literal; Validate checks it and encoding/json writes it.
func ExampleEvent() {
	visit := event.Event{
		ID:    "https://example.org/event/visit-2025-06",
		Kind:  event.OfficialVisit,
		Name:  diplo.MustNewText("fr", "Visite officielle d'Assimi Goïta en Russie"),
		Start: diplo.MustParseDate("2025-06-22"),
		End:   diplo.MustParseDate("2025-06-26"),
		Place: diplo.Place{Name: diplo.MustNewText("fr", "Moscou"), Country: "RU"},
		Participants: []event.Participant{
			{Actor: "https://example.org/person/putin", Role: event.Host},
			{Actor: "https://example.org/person/goita", Role: event.Guest},
		},
		Relations: []event.Relation{
			{Kind: event.Continues, Event: "https://example.org/event/russia-africa-summit-2023"},
		},
	}
	if err := visit.Validate(); err != nil {
		log.Fatal(err)
	}
	fmt.Println(visit.Span(), visit.EffectiveStatus())

	b, err := json.MarshalIndent(visit, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// 2025-06-22/2025-06-26 held
	// {
	//   "id": "https://example.org/event/visit-2025-06",
	//   "type": "Event",
	//   "kind": "official-visit",
	//   "name": {
	//     "fr": "Visite officielle d'Assimi Goïta en Russie"
	//   },
	//   "startDate": "2025-06-22",
	//   "endDate": "2025-06-26",
	//   "location": {
	//     "type": "Place",
	//     "name": {
	//       "fr": "Moscou"
	//     },
	//     "country": "RU"
	//   },
	//   "participants": [
	//     {
	//       "actor": "https://example.org/person/putin",
	//       "role": "host"
	//     },
	//     {
	//       "actor": "https://example.org/person/goita",
	//       "role": "guest"
	//     }
	//   ],
	//   "relations": [
	//     {
	//       "kind": "continues",
	//       "event": "https://example.org/event/russia-africa-summit-2023"
	//     }
	//   ]
	// }
}

// Every kind carries its definition.
func ExampleKind_Description() {
	for _, k := range []event.Kind{event.OfficialVisit, event.Expulsion} {
		fmt.Printf("%s (conflictual: %v): %s\n", k, k.IsConflictual(), k.Description())
	}
	// Output:
	// official-visit (conflictual: false): A visit by a head of state or government at the invitation of the host, with less ceremony than a state visit.
	// expulsion (conflictual: true): The expulsion of another state's diplomats, or declaring them persona non grata.
}

// A kind outside the taxonomy does not decode, and the error says where.
func ExampleKind_UnmarshalText() {
	var e event.Event
	err := diplo.Unmarshal([]byte(`{"id":"urn:x","kind":"sumit"}`), &e)
	fmt.Println(err)
	fmt.Println(errors.Is(err, diplo.ErrUnknown))
	// Output:
	// kind: unknown value: event kind "sumit"
	// true
}

// A statement keeps its original language beside its translations.
func ExampleStatement_Validate() {
	s := event.Statement{
		ID:       "https://example.org/statement/1",
		Kind:     event.Quote,
		Speakers: []diplo.ID{"https://example.org/person/goita"},
		Text:     diplo.Text{}.WithTag(diplo.TranslationTag(language.English, language.French), "Thanks to this partnership, we are getting positive results."),
	}
	fmt.Println(s.Validate())

	s.Text = s.Text.WithTag(language.French, "Grâce à ce partenariat, nous obtenons des résultats positifs.")
	fmt.Println(s.Validate())
	tag, text, _ := s.Text.Original()
	fmt.Println(tag, text)
	// Output:
	// text: invalid language tag: text "translations only"
	// <nil>
	// fr Grâce à ce partenariat, nous obtenons des résultats positifs.
}

package diplo_test

import (
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// A document written by hand is not in the form diplo writes; a document
// diplo wrote is, and a reader that needs that form (to skip a second
// check of what it vouches for) can tell without encoding it again.
func ExampleDecodeOptions_UnmarshalForm() {
	// Assimi Goïta's official visit to Moscow, 22–24 June 2025, written
	// by hand: the dates before the kind, and a Text key in upper case.
	hand := []byte(`{
	  "id": "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71",
	  "type": "Event",
	  "startDate": "2025-06-22",
	  "endDate": "2025-06-24",
	  "kind": "official-visit",
	  "name": {"FR": "Visite officielle d’Assimi Goïta en Russie"}
	}`)
	o := diplo.DecodeOptions{Strict: true}
	var e event.Event
	form, err := o.UnmarshalForm(hand, &e)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("by hand:", form.Canonical)

	out, err := diplo.Marshal(&e)
	if err != nil {
		fmt.Println(err)
		return
	}
	var again event.Event
	form, err = o.UnmarshalForm(out, &again)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("as diplo writes it:", form.Canonical)
	fmt.Println(string(out))
	// Output:
	// by hand: false
	// as diplo writes it: true
	// {"id":"urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8d71","type":"Event","kind":"official-visit","name":{"fr":"Visite officielle d’Assimi Goïta en Russie"},"startDate":"2025-06-22","endDate":"2025-06-24"}
}

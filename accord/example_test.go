package accord_test

import (
	"errors"
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
)

// Validate checks that the lifecycle is in a possible order: here a party
// is recorded as ratifying the accord before signing it.
func ExampleAccord_Validate() {
	const mali diplo.ID = "https://example.org/state/ml"
	a := accord.Accord{
		ID:      "https://example.org/accord/commission",
		Kind:    accord.Agreement,
		Title:   diplo.MustNewText("fr", "Accord portant création d'une Commission intergouvernementale Russie–Mali"),
		Parties: []diplo.ID{"https://example.org/state/ru", mali},
		Actions: []accord.Action{
			{Kind: accord.Signature, Date: diplo.MustParseDate("2025-06-23"), Party: mali},
			{Kind: accord.Ratification, Date: diplo.MustParseDate("2025-03-01"), Party: mali},
		},
	}
	err := a.Validate()

	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path)
	}
	var oe *accord.OrderError
	if errors.As(err, &oe) {
		fmt.Println(oe.Action, "comes before", oe.Before, "of actions", oe.Index)
	}
	fmt.Println(errors.Is(err, diplo.ErrOrder))
	fmt.Println(err)
	// Output:
	// actions[1].date
	// ratification comes before signature of actions 0
	// true
	// actions[1].date: dates out of order: ratification on 2025-03-01 comes before signature on 2025-06-23
}

// ActionsOf gives the lifecycle of one party: its own actions and those of
// the accord as a whole.
func ExampleAccord_ActionsOf() {
	const (
		a diplo.ID = "https://example.org/state/a"
		b diplo.ID = "https://example.org/state/b"
	)
	treaty := accord.Accord{
		ID:      "https://example.org/accord/convention",
		Kind:    accord.Convention,
		Title:   diplo.MustNewText("en", "Convention"),
		Parties: []diplo.ID{a, b},
		Actions: []accord.Action{
			{Kind: accord.Adoption, Date: diplo.MustParseDate("1989-11-20")},
			{Kind: accord.Signature, Date: diplo.MustParseDate("1990-01-26"), Party: a},
			{Kind: accord.Ratification, Date: diplo.MustParseDate("1990-07-01"), Party: a},
			{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("1990-09-02")},
			// b joins after the convention is in force for the others.
			{Kind: accord.Signature, Date: diplo.MustParseDate("2002-05-09"), Party: b},
			{Kind: accord.Ratification, Date: diplo.MustParseDate("2015-10-01"), Party: b},
			{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2015-10-31"), Party: b},
		},
	}
	fmt.Println(treaty.Validate())
	for _, act := range treaty.ActionsOf(b) {
		scope := "accord-wide"
		if !act.Party.IsZero() {
			scope = "b"
		}
		fmt.Println(act.Date, act.Kind, scope)
	}
	// Output:
	// <nil>
	// 1989-11-20 adoption accord-wide
	// 1990-09-02 entry-into-force accord-wide
	// 2002-05-09 signature b
	// 2015-10-01 ratification b
	// 2015-10-31 entry-into-force b
}

// A witness signs for no party; a signatory must sign for a party to the
// accord.
func ExampleSignatory() {
	const ru diplo.ID = "https://example.org/state/ru"
	a := accord.Accord{
		ID:      "https://example.org/accord/1",
		Kind:    accord.MemorandumOfUnderstanding,
		Title:   diplo.MustNewText("en", "Memorandum"),
		Parties: []diplo.ID{ru, "https://example.org/state/ml"},
		Signatories: []accord.Signatory{
			{Person: "https://example.org/person/1", Party: "https://example.org/state/fr"},
			{Person: "https://example.org/person/2", Capacity: accord.AsWitness},
		},
	}
	fmt.Println(a.Validate())
	// Output:
	// signatories[0].party: inconsistent: party "https://example.org/state/fr"
}

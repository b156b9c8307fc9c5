package graph_test

import (
	"errors"
	"fmt"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// Validate reports a reference to a node the graph does not hold at the
// JSON path of the reference.
func ExampleGraph_Validate() {
	mali, _ := actor.NewState("ML", "fr", "Mali")
	g := &graph.Graph{
		States: []actor.State{mali},
		Events: []event.Event{{
			ID:    "https://example.org/events/1",
			Kind:  event.OfficialVisit,
			Start: diplo.MustParseDate("2025-06-22"),
			Participants: []event.Participant{
				{Actor: mali.ID, Role: event.Guest},
				{Actor: "https://example.org/persons/unknown", Role: event.Host},
			},
		}},
	}
	err := g.Validate()
	var fe *diplo.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path)
	}
	fmt.Println(errors.Is(err, diplo.ErrReference))
	// Output:
	// events[0].participants[1].actor
	// true
}

// Unmarshal names the JSON path of a value that does not decode.
func ExampleUnmarshal() {
	_, err := graph.Unmarshal([]byte(`{
		"type": "Graph",
		"events": [
			{"id": "https://example.org/events/1", "type": "Event", "kind": "summit"},
			{"id": "https://example.org/events/2", "type": "Event", "kind": "sumit"}
		]
	}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, diplo.ErrUnknown))
	// Output:
	// events[1].kind: unknown value: event kind "sumit"
	// true
}

// An Index finds a node from its ID.
func ExampleNewIndex() {
	mali, _ := actor.NewState("ML", "fr", "Mali")
	g := &graph.Graph{
		States: []actor.State{mali},
		Events: []event.Event{
			{ID: "https://example.org/events/visit", Kind: event.OfficialVisit},
			{ID: "https://example.org/events/talks", Kind: event.BilateralTalks},
		},
	}
	ix := graph.NewIndex(g)
	for _, id := range []diplo.ID{mali.ID, "https://example.org/events/talks", "https://example.org/events/none"} {
		if ref, ok := ix.Lookup(id); ok {
			fmt.Println(ref.Type, ref.Path())
		} else {
			fmt.Println("not found:", id)
		}
	}
	if e, ok := ix.Event("https://example.org/events/talks"); ok {
		fmt.Println(e.Kind.Description())
	}
	// Output:
	// State states[0]
	// Event events[1]
	// not found: https://example.org/events/none
	// Talks between two parties, one-on-one or between delegations.
}

// An event caused by another is related to it by event.CausedBy: on 22
// February 2022 the United States called off the meeting of Antony
// Blinken and Sergei Lavrov planned for 24 February, because
// Russia had recognised the "people's republics" of Donetsk and Luhansk
// and signed treaties with them on 21 February. The cause cannot begin
// after the effect is over (the rule cause-before-effect).
func ExampleRule_causeBeforeEffect() {
	treaties := event.Event{ID: "https://example.org/events/2022-02-21-treaties", Kind: event.SigningCeremony,
		Name: diplo.MustNewText("en", "Russia recognises the DPR and LPR and signs treaties with them"), Start: diplo.MustParseDate("2022-02-21")}
	meeting := event.Event{ID: "https://example.org/events/2022-02-24-blinken-lavrov", Kind: event.BilateralTalks,
		Name: diplo.MustNewText("en", "Blinken–Lavrov meeting"), Status: event.Cancelled,
		Start: diplo.MustParseDate("2022-02-24"),
		StatusHistory: []event.StatusChange{
			{Status: event.Planned, Date: diplo.MustParseDate("2022-02-17~")},
			{Status: event.Cancelled, Date: diplo.MustParseDate("2022-02-22")},
		},
		Relations: []event.Relation{{Kind: event.CausedBy, Event: treaties.ID}}}
	g := &graph.Graph{Events: []event.Event{treaties, meeting}}
	fmt.Println(g.Validate())

	// Dated after the meeting's date and its cancellation, the treaties
	// could not have caused it.
	g.Events[0].Start = diplo.MustParseDate("2022-03-01")
	err := g.Validate()
	var re *graph.RuleError
	fmt.Println(errors.As(err, &re), re.Rule, errors.Is(err, diplo.ErrOrder))
	// Output:
	// <nil>
	// true cause-before-effect true
}

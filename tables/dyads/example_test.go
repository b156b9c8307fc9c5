package dyads_test

import (
	"fmt"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables/dyads"
)

// visit is a small record: Mali's president visits Russia.
func visit() *graph.Graph {
	ml, ru := actor.StateID("ML"), actor.StateID("RU")
	return &graph.Graph{
		States: []actor.State{
			{ID: ml, Name: diplo.MustNewText("fr", "Mali"), Country: "ML"},
			{ID: ru, Name: diplo.MustNewText("ru", "Россия"), Country: "RU"},
		},
		Events: []event.Event{{
			ID: "https://example.org/events/visit", Kind: event.OfficialVisit, Start: diplo.MustParseDate("2025-06-22"),
			Participants: []event.Participant{{Actor: ml, Role: event.Guest}, {Actor: ru, Role: event.Host}},
		}},
	}
}

func ExampleCount() {
	t, skipped := dyads.Count(visit(), dyads.Options{Period: dyads.Year})
	cols := t.Columns()
	for i := range t.Len() {
		var out []string
		for j, v := range t.Row(i) {
			switch cols[j].Name {
			case "period", "source_code", "target_code", "kind", "cameo", "plover_event", "events":
				out = append(out, v.Text())
			}
		}
		fmt.Println(strings.Join(out, " "))
	}
	fmt.Println(len(skipped), "skipped")
	// Output:
	// 2025 MLIGOV RUSGOV official-visit 042 CONSULT 1
	// 2025 RUSGOV MLIGOV official-visit 043 CONSULT 1
	// 0 skipped
}

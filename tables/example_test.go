package tables_test

import (
	"fmt"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables"
)

// visit is a small record: Mali's president visits Russia.
func visit() *graph.Graph {
	ml, ru := actor.StateID("ML"), actor.StateID("RU")
	return &graph.Graph{
		States: []actor.State{
			{ID: ml, Name: diplo.MustNewText("fr", "Mali"), Country: "ML"},
			{ID: ru, Name: diplo.MustNewText("ru", "Россия").MustWith("fr-t-ru", "Russie"), Country: "RU"},
		},
		Events: []event.Event{{
			ID: "https://example.org/events/visit", Kind: event.OfficialVisit,
			Name:  diplo.MustNewText("fr", "Visite officielle, « historique »"),
			Start: diplo.MustParseDate("2025-06-22"), End: diplo.MustParseDate("2025-06~"),
			Participants: []event.Participant{{Actor: ml, Role: event.Guest}, {Actor: ru, Role: event.Host}},
		}},
	}
}

func ExampleFromGraph() {
	for _, t := range tables.FromGraph(visit()) {
		if t.Len() > 0 {
			fmt.Println(t.Name(), t.Len())
		}
	}
	// Output:
	// states 2
	// events 1
	// event_participants 2
	// translations 1
}

func ExampleTable_WriteCSV() {
	for _, t := range tables.FromGraph(visit()) {
		switch t.Name() {
		case "states", "event_participants", "translations":
			if err := t.WriteCSV(os.Stdout, tables.CSVOptions{}); err != nil {
				log.Fatal(err)
			}
		}
	}
	// Output:
	// id,name,name_lang,country
	// https://w3id.org/diplo/id/state/ML,Mali,fr,ML
	// https://w3id.org/diplo/id/state/RU,Россия,ru,RU
	// event_id,actor_id,role,delegation_id,representing_id
	// https://example.org/events/visit,https://w3id.org/diplo/id/state/ML,guest,,
	// https://example.org/events/visit,https://w3id.org/diplo/id/state/RU,host,,
	// node_id,field,lang,translated_from,value
	// https://w3id.org/diplo/id/state/RU,name,fr-t-ru,ru,Russie
}

// A date is four columns: its EDTF text (in Parquet, the first day of its
// span), its precision, and whether it is uncertain or approximate.
func ExampleTable_Row() {
	var events *tables.Table
	for _, t := range tables.FromGraph(visit()) {
		if t.Name() == "events" {
			events = t
		}
	}
	row := events.Row(0)
	for i, c := range events.Columns() {
		if c.Name == "name" || c.Name[0] == 'e' {
			fmt.Printf("%s (%s): %q\n", c.Name, c.Type, row[i].Text())
		}
	}
	// Output:
	// effective_status (STRING): "held"
	// name (STRING): "Visite officielle, « historique »"
	// end_date (DATE): "2025-06~"
	// end_date_precision (STRING): "month"
	// end_date_uncertain (BOOLEAN): "false"
	// end_date_approximate (BOOLEAN): "true"
}

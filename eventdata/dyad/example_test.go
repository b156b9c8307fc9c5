package dyad_test

import (
	"fmt"
	"time"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
)

// A visit projects to the two dyads of CAMEO: 042 from the guest, 043
// from the host, with the Goldstein scores of the CAMEO table and the
// PLOVER coding of the CAMEO→PLOVER mapping.
func ExampleProject() {
	ru, _ := actor.NewState("RU", "en", "Russia")
	ml, _ := actor.NewState("ML", "en", "Mali")
	g := &graph.Graph{
		States: []actor.State{ru, ml},
		Events: []event.Event{{
			ID:    "urn:uuid:5b1e4c0e-6f0a-4f57-9d0c-1c2b3a4d5e6f",
			Kind:  event.OfficialVisit,
			Start: diplo.MustParseDate("2025-06-22"),
			Participants: []event.Participant{
				{Actor: ml.ID, Role: event.Guest},
				{Actor: ru.ID, Role: event.Host},
			},
		}},
	}
	recs, skipped := dyad.Project(g)
	for _, r := range recs {
		fmt.Println(r.Date.Format("2006-01-02"), r.Source.Code, r.Target.Code, r.CAMEO, r.Goldstein, r.PLOVER.Event, r.PLOVER.Mode)
	}
	fmt.Println(len(skipped), "skipped")
	// Output:
	// 2025-06-22 MLIGOV RUSGOV 042 1.9 CONSULT visit
	// 2025-06-22 RUSGOV MLIGOV 043 2.8 CONSULT visit
	// 0 skipped
}

// A Lifter turns dataset rows into events between states; rows whose code
// is not a diplomatic event are refused and counted.
func ExampleLifter() {
	l := dyad.NewLifter()
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	rows := []eventdata.Record{
		{Dataset: eventdata.GDELT2, ID: "880000001", Date: day, CAMEO: "042",
			Source: eventdata.Actor{Code: "TURGOV", CountryCode: "TUR"},
			Target: eventdata.Actor{Code: "RUSGOV", CountryCode: "RUS"}},
		{Dataset: eventdata.GDELT2, ID: "880000002", Date: day, CAMEO: "190",
			Source: eventdata.Actor{Code: "SYR", CountryCode: "SYR"}},
	}
	for _, r := range rows {
		if err := l.Add(r); err != nil {
			fmt.Println(err)
		}
	}
	g := l.Graph()
	fmt.Println(len(g.Events), g.Events[0].Kind, len(g.States), g.Events[0].Identifiers[0])
	fmt.Println(g.Validate())
	// Output:
	// dyad: not a diplomatic event: CAMEO "190"
	// 1 visit 2 gdelt:880000001
	// <nil>
}

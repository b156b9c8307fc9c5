package dyad_test

import (
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/eventdata/gdelt"
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

// TakesCAMEO lets a reader convert in full only the rows a Lifter may
// lift. Two rows of the GDELT 2.0 events file of 24 October 2019: the
// United Kingdom praising students (CAMEO 051), which is only checked,
// and the United Kingdom visiting Saudi Arabia (042) on 24 September
// 2019, which is converted and lifted. The first row's record, which
// holds only its code, still goes to AddRecord to be counted.
func ExampleLifter_TakesCAMEO() {
	rows := "881990844\t20181024\t201810\t2018\t2018.8055\tGBR\tUNITED KINGDOM\tGBR\t\t\t\t\t\t\t\tEDU\tSTUDENT\t\t\t\t\t\tEDU\t\t\t0\t051\t051\t05\t1\t3.4\t4\t1\t4\t0\t4\tManchester, Manchester, United Kingdom\tUK\tUKI2\t40118\t53.5\t-2.21667\t-2602512\t4\tManchester, Manchester, United Kingdom\tUK\tUKI2\t40118\t53.5\t-2.21667\t-2602512\t4\tManchester, Manchester, United Kingdom\tUK\tUKI2\t40118\t53.5\t-2.21667\t-2602512\t20191024143000\thttps://thetab.com/uk/2019/10/24/oxford-uni-bans-clapping-for-jazz-hands-to-stop-people-being-triggered-129634\n" +
		"881990868\t20190924\t201909\t2019\t2019.7233\tGBR\tUNITED KINGDOM\tGBR\t\t\t\t\t\t\t\tSAU\tSAUDI ARABIA\tSAU\t\t\t\t\t\t\t\t0\t042\t042\t04\t1\t1.9\t2\t1\t2\t2.8604118993135\t1\tUnited Kingdom\tUK\tUK\t\t54\t-4\tUK\t4\tRiyadh, Ar Riya?, Saudi Arabia\tSA\tSA10\t25316\t24.6408\t46.7728\t-3093009\t4\tRiyadh, Ar Riya?, Saudi Arabia\tSA\tSA10\t25316\t24.6408\t46.7728\t-3093009\t20191024143000\thttps://www.fltimes.com/business/business-of-the-week-b-c-auto-restoration-and-paint/article_ff1fc682-03ea-551c-b71b-d3e6c0bfd4d3.html\n"
	r := gdelt.NewReader(strings.NewReader(rows), gdelt.ReaderOptions{})
	l := dyad.NewLifter()
	var rec eventdata.Record
	for {
		took, err := r.ReadRecordIf(&rec, l.TakesCAMEO)
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(rec.CAMEO, took)
		_ = l.AddRecord(&rec) // a refusal is counted in l.Skipped
	}
	fmt.Println(l.LiftStats)
	for _, ev := range l.Graph().Events {
		fmt.Println(ev.Kind, ev.Start)
	}
	// Output:
	// 051 false
	// 042 true
	// 1 lifted into events, 1 not diplomatic
	// visit 2019-09-24
}

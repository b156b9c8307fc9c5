package plover_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/plover"
)

func ExampleDyads() {
	in := `[{"id": "r1", "date": "2000-01-01",
  "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
             {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}],
  "target": [{"actorText": "UNHCR", "code": "IGO"}],
  "event": "INVESTIGATE", "context": "refugees"}]`
	recs, err := plover.ReadAll(strings.NewReader(in), plover.DecoderOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	dyads, err := plover.Dyads(recs[0], plover.DyadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range dyads {
		fmt.Println(d.Source.Code, d.Source.Country, d.Target.Code, d.PLOVER.Event, d.PLOVER.Mode, d.QuadClass)
	}
	// Output:
	// HUNGOV HU IGO ACCUSE investigate 3
	// ROUGOV RO IGO ACCUSE investigate 3
}

func ExampleFromDyad() {
	d := eventdata.Record{
		Dataset: eventdata.GDELT2,
		ID:      "1",
		Date:    time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
		Source:  eventdata.Actor{Name: "RUSSIA", Code: "RUSGOV", CountryCode: "RUS", Types: []string{"GOV"}},
		Target:  eventdata.Actor{Name: "MALI", Code: "MLI", CountryCode: "MLI"},
		CAMEO:   "042",
	}
	b, err := plover.FromDyad(d).MarshalJSON()
	fmt.Println(string(b), err)
	// Output:
	// {"id":"1","date":"2019-10-24","actor":[{"code":"RUS","sector":"GOV","entity_text":"RUSSIA"}],"recipient":[{"code":"MLI","entity_text":"MALI"}],"event":["CONSULT"],"mode":["visit"]} <nil>
}

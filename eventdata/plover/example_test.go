package plover_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/diplo-go/diplo/eventdata/plover"
)

func ExampleFromCAMEO() {
	for _, code := range []string{"042", "0861", "091", "010"} {
		c, ok := plover.FromCAMEO(code)
		fmt.Printf("%s %v %q %q %q\n", code, ok, c.Event, c.Mode, c.Contexts)
	}
	// Output:
	// 042 true "CONSULT" "visit" []
	// 0861 true "RETREAT" "access" ["peacekeeping"]
	// 091 true "ACCUSE" "investigate" ["crime" "corruption"]
	// 010 false "" "" []
}

func ExampleCanonical() {
	for _, e := range []plover.EventType{"DEMAND", "FIGHT", "CONSULT"} {
		fmt.Println(e, "->", plover.Canonical(e))
	}
	e, m := plover.CanonicalCoding("INVESTIGATE", "")
	fmt.Println(e, m)
	// Output:
	// DEMAND -> REQUEST
	// FIGHT -> ASSAULT
	// CONSULT -> CONSULT
	// ACCUSE investigate
}

func ExampleModes() {
	fmt.Println(plover.Modes(plover.Consult))
	def, _ := plover.ModeDefinition(plover.Consult, plover.ModeThirdParty)
	fmt.Println(def)
	fmt.Println(plover.ValidMode(plover.Consult, plover.ModeArrest))
	// Output:
	// [visit third-party multilateral phone]
	// Meeting is hosted by a third party
	// false
}

func ExampleNewDecoder() {
	// Two records, in the 0.5b1 names of the gold-standard file.
	in := `[
{"id": "r1", "date": "2000-01-01", "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}],
 "target": "", "event": "AGREE", "context": "diplomatic, economic"},
{"id": "r2", "date": "2000-01-01", "source": [{"code": "USA"}], "target": [{"code": "CAN"}], "event": "DEMAND"}
]`
	dec := plover.NewDecoder(strings.NewReader(in), plover.DecoderOptions{})
	for {
		r, err := dec.Decode()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.ID, r.Names, r.Date, r.Actor.Items[0].Code, plover.Canonical(r.Events()[0]), r.Contexts())
	}
	// Output:
	// r1 0.5b1 2000-01-01 HUN AGREE [diplomatic economic]
	// r2 0.5b1 2000-01-01 USA REQUEST []
}

func ExampleNewEncoder() {
	r := plover.Record{
		ID:        "example-1",
		Date:      plover.Date{Year: 2025, Month: 11, Day: 14},
		Actor:     plover.Entities{Items: []plover.Entity{{Code: "RUS", Sector: "GOV", Text: "Moscow"}}},
		Recipient: plover.Entities{Items: []plover.Entity{{Code: "MLI", Sector: "GOV"}}},
		Event:     plover.ListOf("CONSULT"),
		Mode:      plover.ListOf("visit"),
		Context:   plover.ListOf("diplomatic", "military"),
	}
	enc := plover.NewEncoder(os.Stdout)
	if err := enc.Encode(r); err != nil {
		fmt.Println(err)
	}
	if err := enc.Close(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [
	// {"id":"example-1","date":"2025-11-14","actor":[{"code":"RUS","sector":"GOV","entity_text":"Moscow"}],"recipient":[{"code":"MLI","sector":"GOV"}],"event":["CONSULT"],"mode":["visit"],"context":["diplomatic","military"]}
	// ]
}

func ExampleDecoder_Decode_errors() {
	in := `[{"id": "a", "date": "2000-01-01"}, {"id": "b", "date": "2000-02-30"}]`
	_, err := plover.ReadAll(strings.NewReader(in), plover.DecoderOptions{})
	fmt.Println(err)
	var fe *plover.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path, errors.Is(err, plover.ErrRange))
	}
	// Output:
	// records[1].date: out of range: date "2000-02-30": no such day
	// records[1].date true
}

func ExampleRecord_Validate() {
	r := plover.Record{Event: plover.ListOf("CONSULT", "PARTY")}
	err := r.Validate()
	fmt.Println(err)
	var fe *plover.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Path, errors.Is(err, plover.ErrRequired))
	}
	// Output:
	// id: required
	// event[1]: unknown value: event type "PARTY"
	// id true
}

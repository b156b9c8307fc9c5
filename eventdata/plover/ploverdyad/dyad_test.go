package ploverdyad_test

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/plover"
	"github.com/diplo-go/diplo/eventdata/plover/ploverdyad"
)

func readGSR(t testing.TB) []plover.Record {
	t.Helper()
	f, err := os.Open("../testdata/PLOVER_GSR_CAMEO.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := plover.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// expectedDyads counts dyads from the raw JSON, independently of the
// package: actors × list recipients (at least one each) × events, DOCUMENT
// records excluded.
func expectedDyads(t *testing.T) int {
	b, err := os.ReadFile("../testdata/PLOVER_GSR_CAMEO.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw []map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, r := range raw {
		if r["event"] == "DOCUMENT" {
			continue
		}
		src, _ := r["source"].([]any)
		tgt, _ := r["target"].([]any)
		n += max(1, len(src)) * max(1, len(tgt))
	}
	return n
}

func TestDyadsGSR(t *testing.T) {
	recs := readGSR(t)
	var all []eventdata.Record
	for _, r := range recs {
		all = append(all, ploverdyad.Dyads(r)...)
	}
	if want := expectedDyads(t); len(all) != want || want != 363 {
		t.Fatalf("%d dyads, want %d (363)", len(all), want)
	}
	byEvent := map[string]int{}
	for _, d := range all {
		byEvent[d.PLOVER.Event]++
		if d.Dataset != eventdata.PLOVERData || !d.Date.Equal(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: dataset %q, date %v", d.ID, d.Dataset, d.Date)
		}
		if !plover.EventType(d.PLOVER.Event).Valid() || d.QuadClass != plover.EventType(d.PLOVER.Event).QuadClass() {
			t.Errorf("%s: event %q, quad class %d", d.ID, d.PLOVER.Event, d.QuadClass)
		}
	}
	for _, old := range []string{"DEMAND", "DISAPPROVE", "FIGHT", "INVESTIGATE", "DOCUMENT"} {
		if byEvent[old] > 0 {
			t.Errorf("%d dyads with event %s", byEvent[old], old)
		}
	}
}

func TestDyadsSamples(t *testing.T) {
	byID := map[string]plover.Record{}
	for _, r := range readGSR(t) {
		byID[r.ID] = r
	}
	tests := []struct {
		id   string
		want []string // Source.Code Target.Code Event Mode
	}{
		{"PLOVER-GSR01-DOCUMENT-0001", nil},
		{"PLOVER-GSR01-AGREE-0001", []string{"HUNGOV  AGREE ", "ROUGOV  AGREE "}},
		{"PLOVER-GSR01-AGREE-0003", []string{"USA  AGREE ", "JOR  AGREE "}}, // "target": ""
		{"PLOVER-GSR01-INVESTIGATE-0001", []string{"IGO IRN ACCUSE investigate"}},
		{"PLOVER-GSR01-ASSAULT-0009", []string{" IRQCVL ASSAULT suicide-attack"}}, // no source
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			r, ok := byID[tc.id]
			if !ok {
				t.Fatalf("no record %s", tc.id)
			}
			var got []string
			for _, d := range ploverdyad.Dyads(r) {
				got = append(got, d.Source.Code+" "+d.Target.Code+" "+d.PLOVER.Event+" "+d.PLOVER.Mode)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("dyads %q, want %q", got, tc.want)
			}
		})
	}
	d := ploverdyad.Dyads(byID["PLOVER-GSR01-AGREE-0001"])[1]
	want := eventdata.Actor{Name: "Romanian", Code: "ROUGOV", CountryCode: "ROU", Country: "RO", Types: []string{"GOV"}}
	if !reflect.DeepEqual(d.Source, want) || !d.Target.IsZero() || !slices.Equal(d.PLOVER.Contexts, []string{"refugees"}) || d.Text == "" {
		t.Errorf("dyad %+v", d)
	}
}

// TestFromDyadRoundTrip turns every dyad of the gold standard into a
// record and back: the dyad is unchanged.
func TestFromDyadRoundTrip(t *testing.T) {
	n := 0
	for _, r := range readGSR(t) {
		for _, d := range ploverdyad.Dyads(r) {
			rec := ploverdyad.FromDyad(d)
			if rec.Names != plover.ManualNames {
				t.Fatalf("names %v", rec.Names)
			}
			back := ploverdyad.Dyads(rec)
			if len(back) != 1 || !reflect.DeepEqual(back[0], d) {
				t.Fatalf("%s: dyad\n%+v\nback as\n%+v", d.ID, d, back)
			}
			n++
		}
	}
	if n != 363 {
		t.Errorf("%d dyads", n)
	}
}

func TestFromDyad(t *testing.T) {
	intensity := -2.5
	tests := []struct {
		name string
		d    eventdata.Record
		want string // the record as JSON
	}{
		{
			"GDELT with a CAMEO code only",
			eventdata.Record{
				Dataset: eventdata.GDELT2, ID: "879125393", Date: time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
				Source: eventdata.Actor{Name: "RUSSIA", Code: "RUS", CountryCode: "RUS"},
				Target: eventdata.Actor{Name: "MALI", Code: "MLIGOV", CountryCode: "MLI", Types: []string{"GOV"}},
				CAMEO:  "0861", QuadClass: 2, Goldstein: 7,
				Location:  eventdata.Location{Name: "Bamako, Bamako, Mali", CountryCode: "ML", Country: "ML", GeoType: 4, Lat: 12.65, Lon: -8, HasCoords: true},
				SourceURL: "https://example.org/a",
			},
			`{"id":"879125393","date":"2019-10-24","actor":[{"code":"RUS","entity_text":"RUSSIA"}],"recipient":[{"code":"MLI","sector":"GOV","entity_text":"MALI"}],"event":["RETREAT"],"event_loc":{"resolved_place":"Bamako, Bamako, Mali","lat":12.65,"lon":-8,"country_code":"ML"},"quad_code":2,"mode":["access"],"context":["peacekeeping"],"cite_info":{"url":"https://example.org/a"}}`,
		},
		{
			"ICEWS with country names",
			eventdata.Record{
				Dataset: eventdata.ICEWS, ID: "32889836", Date: time.Date(2018, 6, 1, 0, 0, 0, 0, time.UTC),
				Source:    eventdata.Actor{Name: "Foreign Affairs (Bangladesh)", CountryCode: "Bangladesh", Country: "BD", Sectors: []string{"Executive"}},
				Target:    eventdata.Actor{Name: "Vietnam", CountryCode: "Vietnam"},
				CAMEO:     "040",
				Intensity: &intensity,
				Text:      "Consult",
			},
			`{"id":"32889836","date":"2018-06-01","actor":[{"code":"BGD","entity_text":"Foreign Affairs (Bangladesh)","country_name":"Bangladesh"}],"recipient":[{"entity_text":"Vietnam","country_name":"Vietnam"}],"event":["CONSULT"],"event_scale":-2.5,"text":"Consult"}`,
		},
		{
			"PLOVER coding wins over CAMEO",
			eventdata.Record{ID: "x", CAMEO: "042", PLOVER: eventdata.PLOVER{Event: "ACCUSE", Mode: "allege", Contexts: []string{"legal", "crime"}}},
			`{"id":"x","event":["ACCUSE"],"mode":["allege"],"context":["legal","crime"]}`,
		},
		{"empty", eventdata.Record{}, `{}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ploverdyad.FromDyad(tc.d).MarshalJSON()
			if err != nil || string(b) != tc.want {
				t.Errorf("FromDyad gives\n%s, %v\nwant\n%s", b, err, tc.want)
			}
		})
	}
}

func TestPLOVER(t *testing.T) {
	c, _ := plover.FromCAMEO("091")
	got := ploverdyad.PLOVER(c)
	want := eventdata.PLOVER{Event: "ACCUSE", Mode: "investigate", Contexts: []string{"crime", "corruption"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PLOVER = %+v", got)
	}
}

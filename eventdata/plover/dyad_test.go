package plover_test

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/plover"
)

// dyads returns the dyads of r, failing t on an error.
func dyads(t testing.TB, r plover.Record, o plover.DyadOptions) []eventdata.Record {
	t.Helper()
	ds, err := plover.Dyads(r, o)
	require.NoError(t, err, "record %s", r.ID)
	return ds
}

// expectedDyads counts dyads from the raw JSON, independently of the
// package, by the rule of Dyads: a record whose event field names an event
// type other than DOCUMENT gives one dyad per source × target (a missing
// list, or a string, counting as one empty entity); the number of event
// types does not multiply. It also returns the number of event types
// after the first, which the option Omitted counts.
func expectedDyads(t *testing.T) (dyads, furtherEvents int) {
	b, err := os.ReadFile("testdata/PLOVER_GSR_CAMEO.json")
	require.NoError(t, err)
	var raw []map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	for _, r := range raw {
		var events []string
		switch e := r["event"].(type) {
		case string:
			events = strings.Split(e, ",")
		case []any:
			for _, v := range e {
				events = append(events, strings.Split(v.(string), ",")...)
			}
		}
		real := false
		for _, e := range events {
			real = real || strings.TrimSpace(e) != "DOCUMENT"
		}
		if !real {
			continue
		}
		furtherEvents += len(events) - 1
		src, _ := r["source"].([]any)
		tgt, _ := r["target"].([]any)
		dyads += max(1, len(src)) * max(1, len(tgt))
	}
	return dyads, furtherEvents
}

// TestDyadsGSR checks the count of the gold standard's dyads against the
// rule. Every gold-standard record has a single event type, so the count
// is the same as when event types multiplied dyads: 363.
func TestDyadsGSR(t *testing.T) {
	recs := readGSR(t)
	var all []eventdata.Record
	omitted := map[string]int{}
	for _, r := range recs {
		all = append(all, dyads(t, r, plover.DyadOptions{Omitted: omitted})...)
	}
	want, further := expectedDyads(t)
	assert.Equal(t, want, len(all))
	assert.Equal(t, 363, want)
	assert.Equal(t, further, omitted["further event type"])
	assert.Equal(t, 1, omitted["document record"])
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

// bigRecord returns a record of at most 8 KB with nA actors, nR
// recipients, nE event types and nM modes, in the manual's field names.
func bigRecord(t testing.TB, nA, nR, nE, nM int) []byte {
	t.Helper()
	codes := []string{"USA", "FRA", "RUS", "CHN", "GBR", "DEU", "IRN", "IND", "BRA"}
	events := []string{"CONSULT", "AGREE", "DEMAND", "ACCUSE", "SUPPORT", "THREATEN"}
	modes := []string{"visit", "phone", "third-party", "multilateral"}
	var b strings.Builder
	b.WriteString(`{"id":"big","date":"2020-05-01","actor":[`)
	for i := range nA {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"%s"}`, codes[i%len(codes)])
	}
	b.WriteString(`],"recipient":[`)
	for i := range nR {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"code":"%s"}`, codes[(i+1)%len(codes)])
	}
	b.WriteString(`],"event":[`)
	for i := range nE {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"%s"`, events[i%len(events)])
	}
	b.WriteString(`],"mode":[`)
	for i := range nM {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"%s"`, modes[i%len(modes)])
	}
	b.WriteString(`],"context":["diplomatic","military"]}`)
	return []byte(b.String())
}

func decodeOne(t testing.TB, data []byte) plover.Record {
	t.Helper()
	var r plover.Record
	require.NoError(t, json.Unmarshal(data, &r))
	return r
}

// TestDyadsBigRecord checks that a record of 8 KB listing 30 actors, 30
// recipients, 400 event types and 300 modes gives one dyad per actor ×
// recipient (900), each with the first event type and mode, and counts
// the other event types and modes as left out. Before, event types
// multiplied the dyads: 360,000 of them.
func TestDyadsBigRecord(t *testing.T) {
	data := bigRecord(t, 30, 30, 400, 300)
	require.LessOrEqual(t, len(data), 8<<10)
	r := decodeOne(t, data)
	require.Len(t, r.Events(), 400)
	omitted := map[string]int{}
	ds := dyads(t, r, plover.DyadOptions{Omitted: omitted})
	assert.Equal(t, 30*30, len(ds))
	assert.LessOrEqual(t, len(ds), len(data), "dyads beyond the bytes of the record")
	assert.Equal(t, map[string]int{"further event type": 399, "further mode": 299}, omitted)
	for i, d := range ds {
		if d.PLOVER.Event != "CONSULT" || d.PLOVER.Mode != "visit" || d.Source.Code != r.Actor.Items[i/30].Code || d.Target.Code != r.Recipient.Items[i%30].Code {
			t.Fatalf("dyad %d: %s %s %s %s", i, d.Source.Code, d.Target.Code, d.PLOVER.Event, d.PLOVER.Mode)
		}
	}
}

// TestDyadsBound checks that a record whose actors × recipients exceed the
// bound gives an error wrapping diplo.ErrLimit and no dyads, and one
// within it all its dyads.
func TestDyadsBound(t *testing.T) {
	r := decodeOne(t, bigRecord(t, 40, 40, 3, 1)) // 1,600 dyads
	tests := []struct {
		name string
		o    plover.DyadOptions
		want int // dyads; -1 for the limit error
	}{
		{"default", plover.DyadOptions{}, -1},
		{"zero is the default", plover.DyadOptions{MaxDyads: 0}, -1},
		{"just below", plover.DyadOptions{MaxDyads: 1599}, -1},
		{"exactly", plover.DyadOptions{MaxDyads: 1600}, 1600},
		{"no limit", plover.DyadOptions{MaxDyads: diplo.NoLimit}, 1600},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds, err := plover.Dyads(r, tc.o)
			if tc.want < 0 {
				require.ErrorIs(t, err, diplo.ErrLimit)
				assert.Contains(t, err.Error(), `record "big"`)
				assert.Contains(t, err.Error(), "40 actors × 40 recipients")
				assert.Nil(t, ds)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, len(ds))
		})
	}
	small := decodeOne(t, bigRecord(t, 31, 32, 1, 0)) // 992: within the default
	assert.Equal(t, 992, len(dyads(t, small, plover.DyadOptions{})))
}

// TestDyadsOmitted checks what the option Omitted counts for records that give
// no dyads.
func TestDyadsOmitted(t *testing.T) {
	tests := []struct {
		in    string
		dyads int
		want  map[string]int
	}{
		{`{"id":"h","event":"DOCUMENT"}`, 0, map[string]int{"document record": 1}},
		{`{"id":"n","actor":[{"code":"USA"}]}`, 0, map[string]int{"no event type": 1}},
		{`{"id":"d","event":["DOCUMENT","AGREE"],"actor":[{"code":"USA"}]}`, 1, map[string]int{"further event type": 1}},
		{`{"id":"m","event":"CONSULT","mode":"visit, phone"}`, 1, map[string]int{"further mode": 1}},
		{`{"id":"one","event":["CONSULT"],"mode":["visit"]}`, 1, map[string]int{}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			omitted := map[string]int{}
			ds := dyads(t, decodeOne(t, []byte(tc.in)), plover.DyadOptions{Omitted: omitted})
			assert.Equal(t, tc.dyads, len(ds))
			assert.Equal(t, tc.want, omitted)
		})
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
			for _, d := range dyads(t, r, plover.DyadOptions{}) {
				got = append(got, d.Source.Code+" "+d.Target.Code+" "+d.PLOVER.Event+" "+d.PLOVER.Mode)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("dyads %q, want %q", got, tc.want)
			}
		})
	}
	d := dyads(t, byID["PLOVER-GSR01-AGREE-0001"], plover.DyadOptions{})[1]
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
		for _, d := range dyads(t, r, plover.DyadOptions{}) {
			rec := plover.FromDyad(d)
			if rec.Names != plover.ManualNames {
				t.Fatalf("names %v", rec.Names)
			}
			back := dyads(t, rec, plover.DyadOptions{})
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
			b, err := plover.FromDyad(tc.d).MarshalJSON()
			if err != nil || string(b) != tc.want {
				t.Errorf("FromDyad gives\n%s, %v\nwant\n%s", b, err, tc.want)
			}
		})
	}
}

func TestDyadCoding(t *testing.T) {
	c, _ := plover.FromCAMEO("091")
	got := plover.DyadCoding(c)
	want := eventdata.PLOVER{Event: "ACCUSE", Mode: "investigate", Contexts: []string{"crime", "corruption"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PLOVER = %+v", got)
	}
}

// TestFromDyadProjected checks what FromDyad writes so that a projected
// dyad reads back as it went out: the coder of diplo's projection, the
// visitor as actor of a 043 (host a visit), and a place country that a
// FIPS code would misname ("RS" is Russia in FIPS, Serbia in ISO).
func TestFromDyadProjected(t *testing.T) {
	day := time.Date(2025, 6, 22, 0, 0, 0, 0, time.UTC)
	d := eventdata.Record{
		Dataset: eventdata.Diplo, ID: "urn:uuid:00000000-0000-5000-8000-000000000001", Date: day, CAMEO: "043",
		Source:   eventdata.Actor{Name: "Russia", Code: "RUSGOV", CountryCode: "RUS", Country: "RU", Types: []string{"GOV"}},
		Target:   eventdata.Actor{Name: "Mali", Code: "MLIGOV", CountryCode: "MLI", Country: "ML", Types: []string{"GOV"}},
		PLOVER:   eventdata.PLOVER{Event: "CONSULT", Mode: "visit"},
		Location: eventdata.Location{Name: "Moscow", Country: "RU", CountryCode: "RS"},
	}
	r := plover.FromDyad(d)
	assert.Equal(t, plover.DiploCoder, r.Coder)
	require.Len(t, r.Actor.Items, 1)
	require.Len(t, r.Recipient.Items, 1)
	assert.Equal(t, "MLI", r.Actor.Items[0].Code, "the visitor acts")
	assert.Equal(t, "RUS", r.Recipient.Items[0].Code, "the host receives")
	require.NotNil(t, r.EventLoc)
	assert.Equal(t, "RUS", r.EventLoc.CountryCode)

	back, err := plover.Dyads(r, plover.DyadOptions{})
	require.NoError(t, err)
	require.Len(t, back, 1)
	assert.Equal(t, eventdata.Diplo, back[0].Dataset)
	assert.Equal(t, "RU", back[0].Location.Country)
	assert.Equal(t, "ML", back[0].Source.Country)

	d.Dataset, d.CAMEO, d.Location.Country = eventdata.GDELT2, "042", ""
	r = plover.FromDyad(d)
	assert.Empty(t, r.Coder)
	assert.Equal(t, "RUS", r.Actor.Items[0].Code)
	assert.Equal(t, "RS", r.EventLoc.CountryCode, "a code with no country to check it by is kept as given")
}

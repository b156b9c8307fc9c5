package plover_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/diplo-go/diplo/eventdata/plover"
)

const gsrPath = "testdata/PLOVER_GSR_CAMEO.json"

func readGSR(t testing.TB) []plover.Record {
	t.Helper()
	f, err := os.Open(gsrPath)
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

// generic parses a JSON array into plain values, numbers kept as
// json.Number, independently of the package.
func generic(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out []map[string]any
	if err := dec.Decode(&out); err != nil {
		t.Fatal(err)
	}
	return out
}

func sortedKeys(m map[string]any) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func TestGSRReadsCompletely(t *testing.T) {
	recs := readGSR(t)
	if len(recs) != 323 {
		t.Fatalf("%d records, want 323", len(recs))
	}
	in, err := os.ReadFile(gsrPath)
	if err != nil {
		t.Fatal(err)
	}
	raw := generic(t, in)
	events := map[plover.EventType]int{}
	var textTargets []string
	inline, noActor := 0, 0
	for i, r := range recs {
		if r.Names != plover.V05Names {
			t.Errorf("record %d: names %v", i, r.Names)
		}
		if r.Extra != nil {
			t.Errorf("record %d: keys outside the format: %v", i, r.Extra)
		}
		if r.ID != raw[i]["id"] {
			t.Errorf("record %d: id %q, file %v", i, r.ID, raw[i]["id"])
		}
		if err := r.Validate(); err != nil {
			t.Errorf("record %d: %v", i, err)
		}
		for _, e := range r.Events() {
			events[e]++
		}
		if r.Recipient.IsText {
			textTargets = append(textTargets, r.Recipient.Text)
		}
		if r.TextInfo != nil && r.TextInfo.Inline {
			inline++
		}
		if r.Actor.IsZero() {
			noActor++
		}
	}
	if recs[0].Events()[0] != plover.Document || recs[0].ID != "PLOVER-GSR01-DOCUMENT-0001" || recs[0].CodedDate != (plover.Date{Year: 2016, Month: 12, Day: 12}) {
		t.Errorf("header record %+v", recs[0])
	}
	want := map[plover.EventType]int{"AGREE": 40, "DEMAND": 34, "REJECT": 34, "THREATEN": 29, "PROTEST": 27, "COERCE": 18, "FIGHT": 17, "DISAPPROVE": 16, "ASSAULT": 15, "RETREAT": 14, "SANCTION": 14, "SUPPORT": 12, "CONCEDE": 12, "CONSULT": 11, "AID": 10, "INVESTIGATE": 9, "MOBILIZE": 6, "COOPERATE": 4, "DOCUMENT": 1}
	if !reflect.DeepEqual(events, want) {
		t.Errorf("events %v, want %v", events, want)
	}
	sort.Strings(textTargets)
	if !slices.Equal(textTargets, []string{"", "", "", "", "", "", "", "", "diplomatic"}) {
		t.Errorf("string targets %q", textTargets)
	}
	if inline != 1 || noActor != 2 {
		t.Errorf("%d inline textInfo, %d records without source; want 1 and 2", inline, noActor)
	}
	// Records 1 (AGREE-0001): two sources, HUN and ROU, as written.
	r := recs[1]
	if len(r.Actor.Items) != 2 || r.Actor.Items[1].Code != "ROU" || r.Actor.Items[1].Text != "Romanian" || r.Actor.Items[1].Sector != "GOV" ||
		r.Date != (plover.Date{Year: 2000, Month: 1, Day: 1}) || r.Context.Items[0] != "refugees" || !r.Context.Single {
		t.Errorf("record 1: %+v", r)
	}
}

// TestGSRRoundTrip writes the gold-standard records and reads them back:
// the records are equal, and every record of the output is, as plain
// JSON, the record of the input, with the same keys.
func TestGSRRoundTrip(t *testing.T) {
	recs := readGSR(t)
	var out bytes.Buffer
	if err := plover.WriteAll(&out, recs); err != nil {
		t.Fatal(err)
	}
	again, err := plover.ReadAll(bytes.NewReader(out.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(recs, again) {
		for i := range recs {
			if !reflect.DeepEqual(recs[i], again[i]) {
				t.Fatalf("record %d differs after a round trip:\n%+v\n%+v", i, recs[i], again[i])
			}
		}
	}
	in, err := os.ReadFile(gsrPath)
	if err != nil {
		t.Fatal(err)
	}
	a, b := generic(t, in), generic(t, out.Bytes())
	if len(a) != 323 || len(b) != 323 {
		t.Fatalf("%d and %d records", len(a), len(b))
	}
	for i := range a {
		if ka, kb := sortedKeys(a[i]), sortedKeys(b[i]); !slices.Equal(ka, kb) {
			t.Errorf("record %d: keys %v, written %v", i, ka, kb)
		}
		if !reflect.DeepEqual(a[i], b[i]) {
			t.Errorf("record %d differs as JSON:\n%v\n%v", i, a[i], b[i])
		}
	}
}

// TestGSRGolden writes the irregular records of the gold standard in both
// spellings.
func TestGSRGolden(t *testing.T) {
	pick := map[string]bool{
		"PLOVER-GSR01-DOCUMENT-0001":    true,
		"PLOVER-GSR01-AGREE-0001":       true, // two sources, no target
		"PLOVER-GSR01-AGREE-0003":       true, // "target": ""
		"PLOVER-GSR01-AGREE-0007":       true, // "target": "diplomatic", "context": ""
		"PLOVER-GSR01-CONSULT-0001":     true,
		"PLOVER-GSR01-INVESTIGATE-0002": true, // "textInfo" as a string
		"PLOVER-GSR01-ASSAULT-0001":     true, // "dead"
		"PLOVER-GSR01-ASSAULT-0009":     true, // no source
	}
	var picked []plover.Record
	for _, r := range readGSR(t) {
		if pick[r.ID] || (r.EventLoc != nil && r.EventLoc.CountryCode != "" && len(picked) < 12) {
			picked = append(picked, r)
		}
	}
	var buf bytes.Buffer
	if err := plover.WriteAll(&buf, picked); err != nil {
		t.Fatal(err)
	}
	for i := range picked {
		picked[i].Names = plover.ManualNames
	}
	if err := plover.WriteAll(&buf, picked); err != nil {
		t.Fatal(err)
	}
	golden(t, "gsr-picked.golden.json", buf.Bytes())
}

// TestNamesConversion writes a 0.5b1 record with the manual's names and
// reads it back.
func TestNamesConversion(t *testing.T) {
	recs := readGSR(t)
	for _, r := range recs {
		r.Names = plover.ManualNames
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var keys map[string]any
		if err := json.Unmarshal(b, &keys); err != nil {
			t.Fatal(err)
		}
		for _, old := range []string{"source", "target", "eventText", "eventLoc", "textInfo", "dateCoded"} {
			if _, ok := keys[old]; ok {
				t.Fatalf("%s: key %q written with the manual's names", r.ID, old)
			}
		}
		if bytes.Contains(b, []byte(`"actorText"`)) || bytes.Contains(b, []byte(`"country code"`)) {
			t.Fatalf("%s: 0.5b1 key in %s", r.ID, b)
		}
		var back plover.Record
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back, r) {
			t.Fatalf("%s: differs after conversion:\n%+v\n%+v", r.ID, r, back)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	twelve := "[" + strings.Repeat(`{"id":"x","date":"2000-01-01"},`, 12)
	tests := []struct {
		name, in string
		strict   bool
		want     string
		is       error
	}{
		{"bad day", `[{"id":"a","date":"2000-13-01"}]`, false, `plover: records[0].date: invalid date "2000-13-01": no such day`, plover.ErrDate},
		{"record 12", twelve + `{"id":"x","date":"2000-02-30"}]`, false, `plover: records[12].date: invalid date "2000-02-30": no such day`, plover.ErrDate},
		{"date form", `[{"date":"1/1/2000"}]`, false, `plover: records[0].date: invalid date "1/1/2000": want YYYY-MM-DD`, plover.ErrDate},
		{"date number", `[{"date":20000101}]`, false, `plover: records[0].date: wrong JSON type: want a YYYY-MM-DD string, have number`, plover.ErrType},
		{"manual's example", "{\n\"id\" : \"PHOXv1-20160724-0042\",\n\"date\" : 2016-07-24,\n\"event\" : [\"CONSULT\"]\n}", false, `plover: records[0]: malformed JSON: invalid character '-' after array element or object member at byte 47`, plover.ErrSyntax},
		{"id number", `[{"id":1}]`, false, `plover: records[0].id: wrong JSON type: want a string, have number`, plover.ErrType},
		{"entity code", `[{"actor":[{"code":"USA"},{"code":5}]}]`, false, `plover: records[0].actor[1].code: wrong JSON type`, plover.ErrType},
		{"entities object", `[{"recipient":{"code":"USA"}}]`, false, `plover: records[0].recipient: wrong JSON type: want an array of entity objects, have object`, plover.ErrType},
		{"entity not object", `[{"actor":["USA"]}]`, false, `plover: records[0].actor[0]: wrong JSON type: want an object, have string`, plover.ErrType},
		{"event item", `[{"event":["CONSULT",1]}]`, false, `plover: records[0].event[1]: wrong JSON type: want a string, have number`, plover.ErrType},
		{"context object", `[{"context":{}}]`, false, `plover: records[0].context: wrong JSON type: want a string or an array of strings, have object`, plover.ErrType},
		{"has_event", `[{"has_event":"yes"}]`, false, `plover: records[0].has_event: wrong JSON type: want true or false, have string`, plover.ErrType},
		{"quad_code", `[{"quad_code":true}]`, false, `plover: records[0].quad_code: wrong JSON type: want a number or a string, have boolean`, plover.ErrType},
		{"location", `[{},{"event_loc":{"lat":[]}}]`, false, `plover: records[1].event_loc.lat: wrong JSON type`, plover.ErrType},
		{"0.5b1 location", `[{"eventLoc":{"country code":1}}]`, false, `plover: records[0].eventLoc.country code: wrong JSON type`, plover.ErrType},
		{"text_info", `[{"text_info":5}]`, false, `plover: records[0].text_info: wrong JSON type: want an object, have number`, plover.ErrType},
		{"cite_info", `[{"cite_info":{"url":["a"]}}]`, false, `plover: records[0].cite_info.url: wrong JSON type`, plover.ErrType},
		{"duplicate", `[{"id":"a","id":"b"}]`, false, `plover: records[0].id: duplicate key`, plover.ErrDuplicateKey},
		{"nested duplicate", `[{"event_loc":{"lat":1,"lat":2}}]`, false, `plover: records[0].event_loc.lat: duplicate key`, plover.ErrDuplicateKey},
		{"not an object", `[1]`, false, `plover: records[0]: wrong JSON type: want an object, have number`, plover.ErrType},
		{"string input", `"records"`, false, `plover: want a JSON array of records: input starts with "\"", want [ or {`, plover.ErrNotArray},
		{"unclosed", `[{"id":"a"}`, false, `plover: records: malformed JSON: unexpected end of input`, plover.ErrSyntax},
		{"truncated", `[{"id":"a"`, false, `plover: records[0]: malformed JSON: unexpected end of input`, plover.ErrSyntax},
		{"after array", `[{"id":"a"}] {}`, false, `plover: records: malformed JSON: data after the array: "{" after the closing ]`, plover.ErrSyntax},
		{"lines", "{\"id\":\"a\"}\n{\"id\":\"b\"}\nx", false, `plover: records[2]: malformed JSON`, plover.ErrSyntax},
		{"utf-8", "[{\"id\":\"\xff\"}]", false, `plover: records[0].id: malformed JSON: invalid UTF-8 in string`, plover.ErrSyntax},
		{"strict", `[{"id":"a","foo":1}]`, true, `plover: records[0].foo: unknown field`, plover.ErrUnknownField},
		{"strict nested", `[{"actor":[{"code":"USA","flag":true}]}]`, true, `plover: records[0].actor[0].flag: unknown field`, plover.ErrUnknownField},
		{"strict other spelling", `[{"actor":[],"source":[]}]`, true, `plover: records[0].source: unknown field`, plover.ErrUnknownField},
		{"long value", `[{"date":"` + strings.Repeat("9", 500) + `"}]`, false, `plover: records[0].date: invalid date "` + strings.Repeat("9", 64) + `"...`, plover.ErrDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := plover.NewDecoder(strings.NewReader(tc.in))
			if tc.strict {
				d.DisallowUnknownFields()
			}
			var err error
			for err == nil {
				_, err = d.Decode()
			}
			if errors.Is(err, io.EOF) {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.want) || !errors.Is(err, tc.is) {
				t.Errorf("error %q\nwant prefix %q, wrapping %v", err, tc.want, tc.is)
			}
			var fe *plover.FieldError
			if tc.is != plover.ErrNotArray && !errors.As(err, &fe) {
				t.Errorf("error %T is not a *FieldError", err)
			}
		})
	}
}

// TestDecoderContinues checks that an error in one record's values does
// not stop the decoder, and that a syntax error does.
func TestDecoderContinues(t *testing.T) {
	d := plover.NewDecoder(strings.NewReader(`[{"id":"a"},{"id":"b","date":"x"},{"id":"c"}]`))
	var ids []string
	var errs int
	for {
		r, err := d.Decode()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs++
			continue
		}
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []string{"a", "c"}) || errs != 1 {
		t.Errorf("ids %v, %d errors", ids, errs)
	}
	d = plover.NewDecoder(strings.NewReader(`[{"id":"a"} {"id":"b"}]`))
	if _, err := d.Decode(); err != nil {
		t.Fatal(err)
	}
	_, err1 := d.Decode()
	_, err2 := d.Decode()
	if !errors.Is(err1, plover.ErrSyntax) || err1 != err2 {
		t.Errorf("errors %v, %v; want the same syntax error twice", err1, err2)
	}
}

func TestDecoderInputs(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
	}{
		{"empty", "", nil},
		{"space", " \n\t", nil},
		{"empty array", "[]", nil},
		{"bom", "\xef\xbb\xbf[{\"id\":\"a\"}]", []string{"a"}},
		{"lines", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n", []string{"a", "b"}},
		{"lines without newlines", `{"id":"a"}{"id":"b"}`, []string{"a", "b"}},
		{"array", " [ {\"id\":\"a\"} ,\n{\"id\":\"b\"} ] \n", []string{"a", "b"}},
		{"nulls", `[{"id":"a","date":null,"actor":null,"event_loc":null,"mode":null,"dead":null,"has_event":null}]`, []string{"a"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := plover.ReadAll(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range recs {
				ids = append(ids, r.ID)
			}
			if !slices.Equal(ids, tc.ids) {
				t.Errorf("ids %v, want %v", ids, tc.ids)
			}
		})
	}
}

// TestExtraKept checks that keys outside the format survive a round trip
// and are written after the defined keys, sorted.
func TestExtraKept(t *testing.T) {
	in := `{"zeta":{"a":[1, 2.50, {"b":null}]},"id":"x","alpha":"<&>","event":["CONSULT"],` +
		`"actor":[{"code":"USA","wikidata_id":"Q30","rank":3}],` +
		`"event_loc":{"resolved_place":"Paris","lat":48.8566,"lon":2.3522,"geonameid":"2988507","population":2140526},` +
		`"source":[{"code":"FRA"}]}`
	var r plover.Record
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if r.Names != plover.ManualNames || string(r.Extra["source"]) != `[{"code":"FRA"}]` || string(r.Extra["zeta"]) != `{"a":[1,2.50,{"b":null}]}` ||
		string(r.Actor.Items[0].Extra["rank"]) != "3" || string(r.EventLoc.Extra["population"]) != "2140526" {
		t.Fatalf("record %+v", r)
	}
	if lat, ok := r.EventLoc.Lat.Float(); !ok || lat != 48.8566 || r.EventLoc.GeonameID.Number {
		t.Errorf("location %+v", r.EventLoc)
	}
	out, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"x","actor":[{"code":"USA","wikidata_id":"Q30","rank":3}],"event":["CONSULT"],` +
		`"event_loc":{"resolved_place":"Paris","geonameid":"2988507","lat":48.8566,"lon":2.3522,"population":2140526},` +
		`"alpha":"<&>","source":[{"code":"FRA"}],"zeta":{"a":[1,2.50,{"b":null}]}}`
	if string(out) != want {
		t.Errorf("encoded\n%s\nwant\n%s", out, want)
	}
	var back plover.Record
	if err := json.Unmarshal(out, &back); err != nil || !reflect.DeepEqual(back, r) {
		t.Errorf("round trip: %v\n%+v\n%+v", err, r, back)
	}
	// json.Marshal escapes <, > and & in what MarshalJSON returns; the
	// JSON stays the same.
	viaMarshal, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var a, b any
	if json.Unmarshal(out, &a) != nil || json.Unmarshal(viaMarshal, &b) != nil || !reflect.DeepEqual(a, b) {
		t.Errorf("json.Marshal gives other JSON: %s", viaMarshal)
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		name string
		r    plover.Record
		want string
		is   error
	}{
		{"number", plover.Record{ID: "a", Dead: plover.Value{Text: "many", Number: true}}, `plover: records[1].dead: invalid number "many"`, plover.ErrNumber},
		{"date", plover.Record{Date: plover.Date{Year: 2001, Month: 2, Day: 29}}, `plover: records[1].date: invalid date: 2001-2-29`, plover.ErrDate},
		{"entity extra", plover.Record{Actor: plover.Entities{Items: []plover.Entity{{Extra: map[string]json.RawMessage{"code": []byte(`"X"`)}}}}}, `plover: records[1].actor[0].code: unknown field`, plover.ErrUnknownField},
		{"extra json", plover.Record{Extra: map[string]json.RawMessage{"x": []byte(`{`)}}, `plover: records[1].x: malformed JSON`, plover.ErrSyntax},
		{"extra of names", plover.Record{Names: plover.V05Names, Extra: map[string]json.RawMessage{"target": []byte(`[]`)}}, `plover: records[1].target: unknown field`, plover.ErrUnknownField},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			e := plover.NewEncoder(&buf)
			if err := e.Encode(plover.Record{ID: "first"}); err != nil {
				t.Fatal(err)
			}
			err := e.Encode(tc.r)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) || !errors.Is(err, tc.is) {
				t.Errorf("error %v, want prefix %q", err, tc.want)
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if buf.String() != "[\n{\"id\":\"first\"}\n]\n" {
				t.Errorf("output %q: the failed record was written", buf.String())
			}
		})
	}
}

func TestEncoderShapes(t *testing.T) {
	recs := []plover.Record{{ID: "a"}, {ID: "b", Event: plover.ListOf("CONSULT")}}
	tests := []struct {
		name string
		enc  func(io.Writer) *plover.Encoder
		recs []plover.Record
		want string
	}{
		{"array", plover.NewEncoder, recs, "[\n{\"id\":\"a\"},\n{\"id\":\"b\",\"event\":[\"CONSULT\"]}\n]\n"},
		{"empty array", plover.NewEncoder, nil, "[]\n"},
		{"lines", plover.NewLinesEncoder, recs, "{\"id\":\"a\"}\n{\"id\":\"b\",\"event\":[\"CONSULT\"]}\n"},
		{"empty lines", plover.NewLinesEncoder, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			e := tc.enc(&buf)
			for _, r := range tc.recs {
				if err := e.Encode(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := e.Close(); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tc.want {
				t.Errorf("output %q, want %q", buf.String(), tc.want)
			}
			back, err := plover.ReadAll(&buf)
			if err != nil || len(back) != len(tc.recs) {
				t.Errorf("read back %d records, %v", len(back), err)
			}
			if err := e.Encode(plover.Record{}); err == nil {
				t.Error("Encode after Close succeeded")
			}
		})
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		r     plover.Record
		paths []string
	}{
		{"ok", plover.Record{ID: "a", Event: plover.ListOf("CONSULT")}, nil},
		{"older name", plover.Record{ID: "a", Event: plover.List{Items: []string{"FIGHT"}, Single: true}}, nil},
		{"document", plover.Record{ID: "a", Event: plover.ListOf("DOCUMENT")}, nil},
		{"no id", plover.Record{Event: plover.ListOf("CONSULT")}, []string{"id"}},
		{"nothing", plover.Record{}, []string{"id", "event"}},
		{"unknown", plover.Record{ID: "a", Event: plover.ListOf("CONSULT", "PARTY")}, []string{"event[1]"}},
		{"empty string", plover.Record{ID: "a", Event: plover.List{Items: []string{""}, Single: true}}, []string{"event"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.r.Validate()
			var paths []string
			if err != nil {
				for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
					var fe *plover.FieldError
					if !errors.As(e, &fe) {
						t.Fatalf("%T is not a *FieldError", e)
					}
					paths = append(paths, fe.Path)
				}
			}
			if !slices.Equal(paths, tc.paths) {
				t.Errorf("paths %v, want %v (%v)", paths, tc.paths, err)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want plover.Date
		ok   bool
	}{
		{"2000-01-01", plover.Date{Year: 2000, Month: 1, Day: 1}, true},
		{"2024-02-29", plover.Date{Year: 2024, Month: 2, Day: 29}, true},
		{"0001-01-01", plover.Date{Year: 1, Month: 1, Day: 1}, true},
		{"2023-02-29", plover.Date{}, false},
		{"0000-01-01", plover.Date{}, false},
		{"2000-1-01", plover.Date{}, false},
		{"2000-01-01T00:00:00Z", plover.Date{}, false},
		{"+200-01-01", plover.Date{}, false},
		{"2000-01-+1", plover.Date{}, false},
		{"２０００-01-01", plover.Date{}, false},
		{"", plover.Date{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := plover.ParseDate(tc.in)
			if (err == nil) != tc.ok || d != tc.want {
				t.Fatalf("ParseDate(%q) = %v, %v", tc.in, d, err)
			}
			if err != nil {
				if !errors.Is(err, plover.ErrDate) {
					t.Errorf("error %v does not wrap ErrDate", err)
				}
				return
			}
			if d.String() != tc.in || !d.Time().Equal(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)) || plover.DateOf(d.Time()) != d {
				t.Errorf("%v: String %q, Time %v", d, d.String(), d.Time())
			}
		})
	}
	if (plover.Date{}).String() != "" || !(plover.Date{}).Time().IsZero() || !(plover.Date{}).IsZero() {
		t.Error("zero Date")
	}
}

func TestValueAndList(t *testing.T) {
	values := []struct {
		v    plover.Value
		f    float64
		fok  bool
		i    int64
		iok  bool
		json string
	}{
		{plover.Value{Text: "156"}, 156, true, 156, true, `"156"`},
		{plover.IntValue(3), 3, true, 3, true, `3`},
		{plover.NumberValue(-7.25), -7.25, true, 0, false, `-7.25`},
		{plover.Value{Text: "Thousands"}, 0, false, 0, false, `"Thousands"`},
		{plover.Value{Text: "1e3", Number: true}, 1000, true, 0, false, `1e3`},
	}
	for _, tc := range values {
		f, fok := tc.v.Float()
		i, iok := tc.v.Int()
		b, err := json.Marshal(tc.v)
		if f != tc.f || fok != tc.fok || i != tc.i || iok != tc.iok || string(b) != tc.json || err != nil {
			t.Errorf("%+v: %v %v %v %v %s %v", tc.v, f, fok, i, iok, b, err)
		}
	}
	lists := []struct {
		l      plover.List
		values []string
		json   string
	}{
		{plover.List{Items: []string{"diplomatic, military"}, Single: true}, []string{"diplomatic", "military"}, `"diplomatic, military"`},
		{plover.ListOf("a", " b ,c"), []string{"a", "b", "c"}, `["a"," b ,c"]`},
		{plover.List{Items: []string{""}, Single: true}, nil, `""`},
		{plover.List{Items: []string{}}, nil, `[]`},
		{plover.ListOf(), nil, `[]`},
	}
	for _, tc := range lists {
		b, err := json.Marshal(tc.l)
		if !slices.Equal(tc.l.Values(), tc.values) || string(b) != tc.json || err != nil {
			t.Errorf("%+v: values %q, JSON %s", tc.l, tc.l.Values(), b)
		}
		var back plover.List
		if err := json.Unmarshal(b, &back); err != nil || (!tc.l.IsZero() && !reflect.DeepEqual(back, tc.l)) {
			t.Errorf("%s read back as %+v, %v", b, back, err)
		}
	}
}

// TestPartsJSON encodes and decodes the parts of a record on their own.
func TestPartsJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		in   string
		want string
	}{
		{"entity 0.5b1", new(plover.Entity), `{"actorText":"Hungarian","code":"HUN","x":1}`, `{"code":"HUN","entity_text":"Hungarian","x":1}`},
		{"entities text", new(plover.Entities), `""`, `""`},
		{"entities", new(plover.Entities), `[{"code":"USA"}]`, `[{"code":"USA"}]`},
		{"location 0.5b1", new(plover.Location), `{"name":"Geneva","country code":"CH"}`, `{"name":"Geneva","country_code":"CH"}`},
		{"text info inline", new(plover.TextInfo), `"(SRC: a)"`, `"(SRC: a)"`},
		{"text info", new(plover.TextInfo), `{"markup":"m","start":3}`, `{"markup":"m","start":3}`},
		{"cite info", new(plover.CiteInfo), `{"url":"u","other":[1]}`, `{"url":"u","other":[1]}`},
		{"value", new(plover.Value), `1.50`, `1.50`},
		{"list", new(plover.List), `"a, b"`, `"a, b"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := json.Unmarshal([]byte(tc.in), tc.v); err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(tc.v)
			if err != nil || string(b) != tc.want {
				t.Errorf("got %s, %v; want %s", b, err, tc.want)
			}
		})
	}
	var ent plover.Entity
	if err := json.Unmarshal([]byte(`{"code":1}`), &ent); !errors.Is(err, plover.ErrType) {
		t.Errorf("error %v", err)
	}
}

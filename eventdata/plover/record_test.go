package plover_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/plover"
)

const gsrPath = "testdata/PLOVER_GSR_CAMEO.json"

func readGSR(t testing.TB) []plover.Record {
	t.Helper()
	f, err := os.Open(gsrPath)
	require.NoError(t, err)
	defer f.Close()
	recs, err := plover.ReadAll(f, plover.DecoderOptions{})
	require.NoError(t, err)
	return recs
}

// generic parses a JSON array into plain values, numbers kept as
// json.Number, independently of the package.
func generic(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out []map[string]any
	require.NoError(t, dec.Decode(&out))
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
	require.Len(t, recs, 323, "records")
	in, err := os.ReadFile(gsrPath)
	require.NoError(t, err)
	raw := generic(t, in)
	events := map[plover.EventType]int{}
	var textTargets []string
	inline, noActor := 0, 0
	for i, r := range recs {
		assert.Equal(t, plover.V05Names, r.Names, "record %d: names", i)
		assert.Nil(t, r.Extra, "record %d: keys outside the format", i)
		assert.EqualValues(t, raw[i]["id"], r.ID, "record %d: id against the file's", i)
		assert.NoError(t, r.Validate(), "record %d", i)
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
	if assert.NotEmpty(t, recs[0].Events(), "header record %+v", recs[0]) {
		assert.Equal(t, plover.Document, recs[0].Events()[0], "header record %+v", recs[0])
	}
	assert.Equal(t, "PLOVER-GSR01-DOCUMENT-0001", recs[0].ID, "header record")
	assert.Equal(t, plover.Date{Year: 2016, Month: 12, Day: 12}, recs[0].CodedDate, "header record")
	want := map[plover.EventType]int{"AGREE": 40, "DEMAND": 34, "REJECT": 34, "THREATEN": 29, "PROTEST": 27, "COERCE": 18, "FIGHT": 17, "DISAPPROVE": 16, "ASSAULT": 15, "RETREAT": 14, "SANCTION": 14, "SUPPORT": 12, "CONCEDE": 12, "CONSULT": 11, "AID": 10, "INVESTIGATE": 9, "MOBILIZE": 6, "COOPERATE": 4, "DOCUMENT": 1}
	assert.Equal(t, want, events, "events")
	sort.Strings(textTargets)
	assert.Equal(t, []string{"", "", "", "", "", "", "", "", "diplomatic"}, textTargets, "string targets")
	assert.Equal(t, 1, inline, "inline textInfo")
	assert.Equal(t, 2, noActor, "records without source")
	// Records 1 (AGREE-0001): two sources, HUN and ROU, as written.
	r := recs[1]
	require.Len(t, r.Actor.Items, 2, "record 1: %+v", r)
	assert.Equal(t, "ROU", r.Actor.Items[1].Code, "record 1")
	assert.Equal(t, "Romanian", r.Actor.Items[1].Text, "record 1")
	assert.Equal(t, "GOV", r.Actor.Items[1].Sector, "record 1")
	assert.Equal(t, plover.Date{Year: 2000, Month: 1, Day: 1}, r.Date, "record 1")
	require.NotEmpty(t, r.Context.Items, "record 1: %+v", r)
	assert.Equal(t, "refugees", r.Context.Items[0], "record 1")
	assert.True(t, r.Context.Single, "record 1: context written as a single value")
}

// TestGSRRoundTrip writes the gold-standard records and reads them back:
// the records are equal, and every record of the output is, as plain
// JSON, the record of the input, with the same keys.
func TestGSRRoundTrip(t *testing.T) {
	recs := readGSR(t)
	var out bytes.Buffer
	require.NoError(t, plover.WriteAll(&out, recs))
	again, err := plover.ReadAll(bytes.NewReader(out.Bytes()), plover.DecoderOptions{})
	require.NoError(t, err)
	require.Len(t, again, len(recs), "records after a round trip")
	for i := range recs {
		require.Equal(t, recs[i], again[i], "record %d differs after a round trip", i)
	}
	in, err := os.ReadFile(gsrPath)
	require.NoError(t, err)
	a, b := generic(t, in), generic(t, out.Bytes())
	require.Len(t, a, 323, "records read")
	require.Len(t, b, 323, "records written")
	for i := range a {
		assert.Equal(t, sortedKeys(a[i]), sortedKeys(b[i]), "record %d: keys read and written", i)
		assert.Equal(t, a[i], b[i], "record %d differs as JSON", i)
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
	require.NoError(t, plover.WriteAll(&buf, picked))
	for i := range picked {
		picked[i].Names = plover.ManualNames
	}
	require.NoError(t, plover.WriteAll(&buf, picked))
	golden(t, "gsr-picked.golden.json", buf.Bytes())
}

// TestNamesConversion writes a 0.5b1 record with the manual's names and
// reads it back.
func TestNamesConversion(t *testing.T) {
	recs := readGSR(t)
	for _, r := range recs {
		r.Names = plover.ManualNames
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var keys map[string]any
		require.NoError(t, json.Unmarshal(b, &keys))
		for _, old := range []string{"source", "target", "eventText", "eventLoc", "textInfo", "dateCoded"} {
			require.NotContains(t, keys, old, "%s: key written with the manual's names", r.ID)
		}
		require.NotContains(t, string(b), `"actorText"`, "%s: 0.5b1 key", r.ID)
		require.NotContains(t, string(b), `"country code"`, "%s: 0.5b1 key", r.ID)
		var back plover.Record
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, r, back, "%s: differs after conversion", r.ID)
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
		{"bad day", `[{"id":"a","date":"2000-13-01"}]`, false, `records[0].date: out of range: date "2000-13-01": no such day`, plover.ErrRange},
		{"record 12", twelve + `{"id":"x","date":"2000-02-30"}]`, false, `records[12].date: out of range: date "2000-02-30": no such day`, plover.ErrRange},
		{"date form", `[{"date":"1/1/2000"}]`, false, `records[0].date: syntax error: date "1/1/2000": want YYYY-MM-DD`, plover.ErrSyntax},
		{"date number", `[{"date":20000101}]`, false, `records[0].date: wrong JSON type: want a YYYY-MM-DD string, have number`, plover.ErrJSON},
		{"manual's example", "{\n\"id\" : \"PHOXv1-20160724-0042\",\n\"date\" : 2016-07-24,\n\"event\" : [\"CONSULT\"]\n}", false, `records[0]: malformed JSON: invalid character '-' after array element or object member at byte 47`, plover.ErrJSON},
		{"id number", `[{"id":1}]`, false, `records[0].id: wrong JSON type: want a string, have number`, plover.ErrJSON},
		{"entity code", `[{"actor":[{"code":"USA"},{"code":5}]}]`, false, `records[0].actor[1].code: wrong JSON type`, plover.ErrJSON},
		{"entities object", `[{"recipient":{"code":"USA"}}]`, false, `records[0].recipient: wrong JSON type: want an array of entity objects, have object`, plover.ErrJSON},
		{"entity not object", `[{"actor":["USA"]}]`, false, `records[0].actor[0]: wrong JSON type: want an object, have string`, plover.ErrJSON},
		{"event item", `[{"event":["CONSULT",1]}]`, false, `records[0].event[1]: wrong JSON type: want a string, have number`, plover.ErrJSON},
		{"context object", `[{"context":{}}]`, false, `records[0].context: wrong JSON type: want a string or an array of strings, have object`, plover.ErrJSON},
		{"has_event", `[{"has_event":"yes"}]`, false, `records[0].has_event: wrong JSON type: want true or false, have string`, plover.ErrJSON},
		{"quad_code", `[{"quad_code":true}]`, false, `records[0].quad_code: wrong JSON type: want a number or a string, have boolean`, plover.ErrJSON},
		{"location", `[{},{"event_loc":{"lat":[]}}]`, false, `records[1].event_loc.lat: wrong JSON type`, plover.ErrJSON},
		{"0.5b1 location", `[{"eventLoc":{"country code":1}}]`, false, `records[0].eventLoc.country code: wrong JSON type`, plover.ErrJSON},
		{"text_info", `[{"text_info":5}]`, false, `records[0].text_info: wrong JSON type: want an object, have number`, plover.ErrJSON},
		{"cite_info", `[{"cite_info":{"url":["a"]}}]`, false, `records[0].cite_info.url: wrong JSON type`, plover.ErrJSON},
		{"duplicate", `[{"id":"a","id":"b"}]`, false, `records[0].id: duplicate key`, plover.ErrDuplicate},
		{"nested duplicate", `[{"event_loc":{"lat":1,"lat":2}}]`, false, `records[0].event_loc.lat: duplicate key`, plover.ErrDuplicate},
		{"not an object", `[1]`, false, `records[0]: wrong JSON type: want an object, have number`, plover.ErrJSON},
		{"string input", `"records"`, false, `plover: malformed JSON: want a JSON array of records: input starts with "\"", want [ or {`, plover.ErrJSON},
		{"unclosed", `[{"id":"a"}`, false, `records: malformed JSON: unexpected end of input`, plover.ErrJSON},
		{"truncated", `[{"id":"a"`, false, `records[0]: malformed JSON: unexpected end of input`, plover.ErrJSON},
		{"after array", `[{"id":"a"}] {}`, false, `records: malformed JSON: data after the array: "{" after the closing ]`, plover.ErrJSON},
		{"lines", "{\"id\":\"a\"}\n{\"id\":\"b\"}\nx", false, `records[2]: malformed JSON`, plover.ErrJSON},
		{"utf-8", "[{\"id\":\"\xff\"}]", false, `records[0].id: malformed JSON: invalid UTF-8 in string`, plover.ErrJSON},
		{"strict", `[{"id":"a","foo":1}]`, true, `records[0].foo: unknown field`, plover.ErrUnknownField},
		{"strict nested", `[{"actor":[{"code":"USA","flag":true}]}]`, true, `records[0].actor[0].flag: unknown field`, plover.ErrUnknownField},
		{"strict other spelling", `[{"actor":[],"source":[]}]`, true, `records[0].source: unknown field`, plover.ErrUnknownField},
		{"long value", `[{"date":"` + strings.Repeat("9", 500) + `"}]`, false, `records[0].date: syntax error: date "` + strings.Repeat("9", 64) + `"...`, plover.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := plover.NewDecoder(strings.NewReader(tc.in), plover.DecoderOptions{DisallowUnknownFields: tc.strict})
			var err error
			for err == nil {
				_, err = d.Decode()
			}
			require.NotErrorIs(t, err, io.EOF, "no error, want %q", tc.want)
			assert.True(t, strings.HasPrefix(err.Error(), tc.want), "error %q\nwant prefix %q", err, tc.want)
			assert.ErrorIs(t, err, tc.is)
			var fe *plover.FieldError
			if tc.name != "string input" {
				assert.ErrorAs(t, err, &fe)
			}
		})
	}
}

// TestDecoderContinues checks that an error in one record's values does
// not stop the decoder, and that a syntax error does.
func TestDecoderContinues(t *testing.T) {
	d := plover.NewDecoder(strings.NewReader(`[{"id":"a"},{"id":"b","date":"x"},{"id":"c"}]`), plover.DecoderOptions{})
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
	assert.Equal(t, []string{"a", "c"}, ids)
	assert.Equal(t, 1, errs, "errors")
	d = plover.NewDecoder(strings.NewReader(`[{"id":"a"} {"id":"b"}]`), plover.DecoderOptions{})
	_, err := d.Decode()
	require.NoError(t, err)
	_, err1 := d.Decode()
	_, err2 := d.Decode()
	assert.ErrorIs(t, err1, plover.ErrJSON)
	assert.True(t, err1 == err2, "errors %v, %v; want the same syntax error twice", err1, err2)
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
			recs, err := plover.ReadAll(strings.NewReader(tc.in), plover.DecoderOptions{})
			require.NoError(t, err)
			var ids []string
			for _, r := range recs {
				ids = append(ids, r.ID)
			}
			assert.Equal(t, tc.ids, ids)
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
	require.NoError(t, json.Unmarshal([]byte(in), &r))
	require.Equal(t, plover.ManualNames, r.Names, "record %+v", r)
	require.Equal(t, `[{"code":"FRA"}]`, string(r.Extra["source"]), "record %+v", r)
	require.Equal(t, `{"a":[1,2.50,{"b":null}]}`, string(r.Extra["zeta"]), "record %+v", r)
	require.NotEmpty(t, r.Actor.Items, "record %+v", r)
	require.Equal(t, "3", string(r.Actor.Items[0].Extra["rank"]), "record %+v", r)
	require.Equal(t, "2140526", string(r.EventLoc.Extra["population"]), "record %+v", r)
	lat, ok := r.EventLoc.Lat.Float()
	assert.True(t, ok, "location %+v", r.EventLoc)
	assert.Equal(t, 48.8566, lat, "location %+v", r.EventLoc)
	assert.False(t, r.EventLoc.GeonameID.Number, "location %+v: geonameid read as a number", r.EventLoc)
	out, err := r.MarshalJSON()
	require.NoError(t, err)
	want := `{"id":"x","actor":[{"code":"USA","wikidata_id":"Q30","rank":3}],"event":["CONSULT"],` +
		`"event_loc":{"resolved_place":"Paris","geonameid":"2988507","lat":48.8566,"lon":2.3522,"population":2140526},` +
		`"alpha":"<&>","source":[{"code":"FRA"}],"zeta":{"a":[1,2.50,{"b":null}]}}`
	assert.Equal(t, want, string(out), "encoded")
	var back plover.Record
	if assert.NoError(t, json.Unmarshal(out, &back), "round trip") {
		assert.Equal(t, r, back, "round trip")
	}
	// json.Marshal escapes <, > and & in what MarshalJSON returns; the
	// JSON stays the same.
	viaMarshal, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, string(out), string(viaMarshal), "json.Marshal gives other JSON")
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		name string
		r    plover.Record
		want string
		is   error
	}{
		{"number", plover.Record{ID: "a", Dead: plover.Value{Text: "many", Number: true}}, `records[1].dead: syntax error: number "many"`, plover.ErrSyntax},
		{"date", plover.Record{Date: plover.Date{Year: 2001, Month: 2, Day: 29}}, `records[1].date: out of range: date 2001-2-29 is not a day of years 1 to 9999`, plover.ErrRange},
		{"entity extra", plover.Record{Actor: plover.Entities{Items: []plover.Entity{{Extra: map[string]json.RawMessage{"code": []byte(`"X"`)}}}}}, `records[1].actor[0].code: unknown field`, plover.ErrUnknownField},
		{"extra json", plover.Record{Extra: map[string]json.RawMessage{"x": []byte(`{`)}}, `records[1].x: malformed JSON`, plover.ErrJSON},
		{"extra of names", plover.Record{Names: plover.V05Names, Extra: map[string]json.RawMessage{"target": []byte(`[]`)}}, `records[1].target: unknown field`, plover.ErrUnknownField},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			e := plover.NewEncoder(&buf)
			require.NoError(t, e.Encode(plover.Record{ID: "first"}))
			err := e.Encode(tc.r)
			if assert.Error(t, err) {
				assert.True(t, strings.HasPrefix(err.Error(), tc.want), "error %v, want prefix %q", err, tc.want)
				assert.ErrorIs(t, err, tc.is)
			}
			require.NoError(t, e.Close())
			assert.Equal(t, "[\n{\"id\":\"first\"}\n]\n", buf.String(), "the failed record was written")
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
				require.NoError(t, e.Encode(r))
			}
			require.NoError(t, e.Close())
			assert.Equal(t, tc.want, buf.String(), "output")
			back, err := plover.ReadAll(&buf, plover.DecoderOptions{})
			if assert.NoError(t, err, "read back") {
				assert.Len(t, back, len(tc.recs), "records read back")
			}
			assert.Error(t, e.Encode(plover.Record{}), "Encode after Close succeeded")
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
					require.ErrorAs(t, e, &fe)
					paths = append(paths, fe.Path)
				}
			}
			assert.Equal(t, tc.paths, paths, "paths (%v)", err)
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
			require.Equal(t, tc.ok, err == nil, "ParseDate(%q) error: %v", tc.in, err)
			require.Equal(t, tc.want, d, "ParseDate(%q)", tc.in)
			if err != nil {
				// A well-formed date that names no day is out of range;
				// anything else is not of the date's form.
				if len(tc.in) == 10 && tc.in[4] == '-' && tc.in[7] == '-' && strings.Trim(tc.in[:4]+tc.in[5:7]+tc.in[8:], "0123456789") == "" {
					assert.ErrorIs(t, err, plover.ErrRange)
				} else {
					assert.ErrorIs(t, err, plover.ErrSyntax)
				}
				return
			}
			assert.Equal(t, tc.in, d.String(), "String")
			assert.True(t, d.Time().Equal(time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)), "%v: Time %v", d, d.Time())
			assert.Equal(t, d, plover.DateOf(d.Time()), "DateOf(Time())")
		})
	}
	assert.Empty(t, (plover.Date{}).String(), "zero Date")
	assert.True(t, (plover.Date{}).Time().IsZero(), "zero Date")
	assert.True(t, (plover.Date{}).IsZero(), "zero Date")
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
		require.NoError(t, err, "%+v", tc.v)
		assert.Equal(t, tc.f, f, "%+v: Float", tc.v)
		assert.Equal(t, tc.fok, fok, "%+v: Float ok", tc.v)
		assert.Equal(t, tc.i, i, "%+v: Int", tc.v)
		assert.Equal(t, tc.iok, iok, "%+v: Int ok", tc.v)
		assert.Equal(t, tc.json, string(b), "%+v: JSON", tc.v)
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
		require.NoError(t, err, "%+v", tc.l)
		assert.True(t, slices.Equal(tc.l.Values(), tc.values), "%+v: values %q", tc.l, tc.l.Values())
		assert.Equal(t, tc.json, string(b), "%+v: JSON", tc.l)
		var back plover.List
		if assert.NoError(t, json.Unmarshal(b, &back), "%s read back", b) && !tc.l.IsZero() {
			assert.Equal(t, tc.l, back, "%s read back", b)
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
			require.NoError(t, json.Unmarshal([]byte(tc.in), tc.v))
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
		})
	}
	var ent plover.Entity
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"code":1}`), &ent), plover.ErrJSON)
}

// TestDecoderErr checks that Err tells an error that ends the stream from
// one that leaves the next record readable, and is nil at the end.
func TestDecoderErr(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		ended bool
	}{
		{"wrong type", `[{"id":1},{"id":"b"}]`, false},
		{"bad date", `[{"date":"2000-02-30"},{"id":"b"}]`, false},
		{"duplicate key", `[{"id":"a","id":"b"},{"id":"b"}]`, false},
		{"malformed", `[{"id":"a"`, true},
		{"not an array", `"records"`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := plover.NewDecoder(strings.NewReader(tc.in), plover.DecoderOptions{})
			_, err := d.Decode()
			require.Error(t, err)
			if !tc.ended {
				assert.NoError(t, d.Err())
				r, err := d.Decode()
				require.NoError(t, err)
				assert.Equal(t, "b", r.ID)
				_, err = d.Decode()
				assert.Equal(t, io.EOF, err)
				assert.NoError(t, d.Err(), "Err at the end of the input")
				return
			}
			assert.ErrorIs(t, d.Err(), plover.ErrJSON)
			_, again := d.Decode()
			assert.Equal(t, d.Err(), again)
		})
	}
}

package diplo_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// item and record are a small document made of diplo types, standing in
// for the model packages.
type item struct {
	Date    diplo.Date       `json:"date"`
	Country diplo.Country    `json:"country,omitempty"`
	Ref     diplo.Identifier `json:"ref,omitzero"`
	Name    diplo.Text       `json:"name,omitempty"`
	Domain  diplo.Domain     `json:"domain,omitempty"`
	Place   *diplo.Place     `json:"place,omitempty"`
	Sources []diplo.ID       `json:"sources,omitempty"`
	Lang    language.Tag     `json:"language,omitzero"`
	At      *time.Time       `json:"at,omitempty"`
}

type record struct {
	Items []item         `json:"items"`
	Span  diplo.Interval `json:"span,omitzero"`
	Count int            `json:"count,omitempty"`
}

// items returns a JSON document of n valid items, with extra[i] replacing
// item i.
func items(n int, extra map[int]string) string {
	var b strings.Builder
	b.WriteString(`{"items":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		if s, ok := extra[i]; ok {
			b.WriteString(s)
		} else {
			b.WriteString(`{"date":"2025-06-23"}`)
		}
	}
	b.WriteString(`]}`)
	return b.String()
}

func TestUnmarshalValid(t *testing.T) {
	in := `{"items":[{"date":"2025-06-23T14:30+03:00","country":"mli","ref":"wikidata:Q912",
		"name":{"fr":"Mali"},"domain":"geology","place":{"country":"ML","coordinates":{"latitude":12.65,"longitude":-8}},
		"sources":["urn:x:1"]}],"span":"2025-06-22/..","count":1}`
	for _, strict := range []bool{false, true} {
		var r record
		if err := (diplo.DecodeOptions{Strict: strict}).Unmarshal([]byte(in), &r); err != nil {
			t.Fatalf("strict=%v: %v", strict, err)
		}
		it := r.Items[0]
		if it.Date.String() != "2025-06-23T14:30+03:00" || it.Country != "ML" || it.Ref.String() != "wikidata:Q912" ||
			it.Name.String() != "Mali" || it.Domain != diplo.Geology || it.Place.Coordinates.Latitude != 12.65 ||
			!r.Span.OpenEnd || r.Count != 1 {
			t.Errorf("decoded %+v", r)
		}
	}
}

func TestUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		strict bool
		paths  []string
		errs   []error
		msg    string // the whole message, when checked
	}{
		{"bad date", items(3, map[int]string{2: `{"date":"2023-13-01"}`}), false,
			[]string{"items[2].date"}, []error{diplo.ErrRange},
			`items[2].date: out of range: date "2023-13-01"`},
		{"bad dates sorted by index", items(11, map[int]string{10: `{"date":"2023-02-30"}`, 2: `{"date":"2023-1-01"}`}), false,
			[]string{"items[2].date", "items[10].date"}, []error{diplo.ErrSyntax, diplo.ErrRange}, ""},
		{"bad country", items(1, map[int]string{0: `{"date":"2023","country":"XX"}`}), false,
			[]string{"items[0].country"}, []error{diplo.ErrCountry}, ""},
		{"bad identifier", items(1, map[int]string{0: `{"date":"2023","ref":"wikidata:Q-1"}`}), false,
			[]string{"items[0].ref"}, []error{diplo.ErrSyntax}, `items[0].ref: syntax error: wikidata identifier "Q-1"`},
		{"unknown scheme", items(1, map[int]string{0: `{"date":"2023","ref":"isni:1"}`}), false,
			[]string{"items[0].ref"}, []error{diplo.ErrUnknown}, ""},
		{"unknown domain", items(1, map[int]string{0: `{"date":"2023","domain":"foo"}`}), false,
			[]string{"items[0].domain"}, []error{diplo.ErrUnknown}, `items[0].domain: unknown value: domain "foo"`},
		{"untagged text", items(1, map[int]string{0: `{"date":"2023","name":{"":"x"}}`}), false,
			[]string{`items[0].name[""]`}, []error{diplo.ErrLanguage}, `items[0].name[""]: invalid language tag: language tag ""`},
		{"malformed tag", items(1, map[int]string{0: `{"date":"2023","name":{"fr_FR!":"x"}}`}), false,
			[]string{`items[0].name["fr_FR!"]`}, []error{diplo.ErrLanguage}, ""},
		{"unknown language subtag", items(1, map[int]string{0: `{"date":"2023","language":"zz"}`}), false,
			[]string{"items[0].language"}, []error{diplo.ErrLanguage},
			`items[0].language: invalid language tag: language: subtag "zz" is well-formed but unknown`},
		{"malformed language tag", items(1, map[int]string{0: `{"date":"2023","language":"en_"}`}), false,
			[]string{"items[0].language"}, []error{diplo.ErrLanguage}, ""},
		{"foreign text type", items(1, map[int]string{0: `{"date":"2023","at":"yesterday"}`}), false,
			[]string{"items[0].at"}, []error{diplo.ErrSyntax}, ""},
		{"nested place", items(1, map[int]string{0: `{"date":"2023","place":{"country":"EU"}}`}), false,
			[]string{"items[0].place.country"}, []error{diplo.ErrCountry}, ""},
		{"bad interval", `{"items":[],"span":"2024/2023"}`, false,
			[]string{"span"}, []error{diplo.ErrOrder}, ""},
		{"errors in several places", `{"items":[{"date":"x","country":"XX","domain":"y"}],"span":"2023"}`, false,
			[]string{"items[0].country", "items[0].date", "items[0].domain", "span"},
			[]error{diplo.ErrCountry, diplo.ErrSyntax, diplo.ErrUnknown, diplo.ErrSyntax}, ""},
		// Shape errors.
		{"number for a string", `{"items":[{"date":5}]}`, false,
			[]string{"items[0].date"}, []error{diplo.ErrJSON}, "items[0].date: malformed JSON: want string, got number"},
		{"object for an array", `{"items":{}}`, false,
			[]string{"items"}, []error{diplo.ErrJSON}, "items: malformed JSON: want array, got object"},
		{"string for a number", `{"items":[],"count":"1"}`, false,
			[]string{"count"}, []error{diplo.ErrJSON}, "count: malformed JSON: want number, got string"},
		{"array for a text", items(1, map[int]string{0: `{"date":"2023","name":["fr"]}`}), false,
			[]string{"items[0].name"}, []error{diplo.ErrJSON}, ""},
		// A Text is an object: the message says so.
		{"number for a text", items(1, map[int]string{0: `{"date":"2023","name":7}`}), false,
			[]string{"items[0].name"}, []error{diplo.ErrJSON}, "items[0].name: malformed JSON: want object, got number"},
		{"number in a text", items(1, map[int]string{0: `{"date":"2023","name":{"fr":"a","en":7,"":"b"}}`}), false,
			[]string{"items[0].name.en", `items[0].name[""]`}, []error{diplo.ErrJSON, diplo.ErrLanguage}, ""},
		{"number for an id", items(1, map[int]string{0: `{"date":"2023","sources":["urn:x:1",7]}`}), false,
			[]string{"items[0].sources[1]"}, []error{diplo.ErrJSON}, ""},
		// Strict decoding.
		{"unknown field, lenient", items(1, map[int]string{0: `{"date":"2023","bogus":1}`}), false, nil, nil, ""},
		{"unknown field, strict", items(1, map[int]string{0: `{"date":"2023","bogus":1}`}), true,
			[]string{"items[0].bogus"}, []error{diplo.ErrUnknownField}, "items[0].bogus: unknown field"},
		{"unknown nested field, strict", items(1, map[int]string{0: `{"date":"2023","place":{"country":"ML","city":"Bamako"}}`}), true,
			[]string{"items[0].place.city"}, []error{diplo.ErrUnknownField}, ""},
		{"unknown top-level field, strict", `{"items":[],"extra":{"a":[1,2]}}`, true,
			[]string{"extra"}, []error{diplo.ErrUnknownField}, ""},
		{"duplicate key, lenient", items(1, map[int]string{0: `{"date":"2023","date":"2024"}`}), false, nil, nil, ""},
		{"duplicate key, strict", items(1, map[int]string{0: `{"date":"2023","date":"2024"}`}), true,
			[]string{"items[0].date"}, []error{diplo.ErrDuplicate}, "items[0].date: duplicate key"},
		{"duplicate key in another case, strict", items(1, map[int]string{0: `{"date":"2023","Date":"2024"}`}), true,
			[]string{"items[0].Date"}, []error{diplo.ErrDuplicate}, ""},
		{"duplicate language, strict", items(1, map[int]string{0: `{"date":"2023","name":{"fr":"a","FR":"b"}}`}), true,
			[]string{"items[0].name.FR"}, []error{diplo.ErrDuplicate}, ""},
		{"duplicate top-level key, strict", `{"items":[],"items":[]}`, true,
			[]string{"items"}, []error{diplo.ErrDuplicate}, ""},
		{"unknown and bad, strict", items(2, map[int]string{1: `{"date":"2023-13","x":1}`}), true,
			[]string{"items[1].date", "items[1].x"}, []error{diplo.ErrRange, diplo.ErrUnknownField}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r record
			err := diplo.DecodeOptions{Strict: tc.strict}.Unmarshal([]byte(tc.in), &r)
			checkFieldErrors(t, err, tc.paths, tc.errs)
			if tc.msg != "" && (err == nil || err.Error() != tc.msg) {
				t.Errorf("message = %q, want %q", err, tc.msg)
			}
			// UnmarshalStrict and Unmarshal are the two options.
			var r2 record
			var err2 error
			if tc.strict {
				err2 = diplo.UnmarshalStrict([]byte(tc.in), &r2)
			} else {
				err2 = diplo.Unmarshal([]byte(tc.in), &r2)
			}
			if fmt.Sprint(err) != fmt.Sprint(err2) {
				t.Errorf("shortcut gives %v", err2)
			}
		})
	}
}

func TestUnmarshalKeepsForeignErrors(t *testing.T) {
	var r record
	err := diplo.Unmarshal([]byte(items(1, map[int]string{0: `{"date":"2023","at":"yesterday"}`})), &r)
	var pe *time.ParseError
	if !errors.As(err, &pe) || !errors.Is(err, diplo.ErrSyntax) {
		t.Errorf("error = %v: want ErrSyntax wrapping the *time.ParseError", err)
	}
}

func TestUnmarshalLenientKeepsLast(t *testing.T) {
	var r record
	if err := diplo.Unmarshal([]byte(items(1, map[int]string{0: `{"date":"2023","date":"2024","bogus":1}`})), &r); err != nil {
		t.Fatal(err)
	}
	if r.Items[0].Date.String() != "2024" {
		t.Errorf("date = %v, want the last of the duplicates", r.Items[0].Date)
	}
}

func TestUnmarshalMalformed(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // position in the message
	}{
		{"trailing comma", "{\n  \"items\": [\n    {\"date\": \"2023\",}\n  ]\n}", "line 3, column 21"},
		{"first character", "x", "line 1, column 1"},
		{"unterminated", `{"items": [`, "line 1, column 12"},
		{"empty", "", "line 1, column 1"},
		{"columns count characters", `{"é":"ü",x}`, "line 1, column 10"},
		{"trailing data", `{"items":[]} {}`, "line 1, column 14"},
		{"control character in a string", "{\"items\":\"a\x01\"}", "line 1, column 12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r record
			err := diplo.Unmarshal([]byte(tc.in), &r)
			if !errors.Is(err, diplo.ErrJSON) {
				t.Fatalf("Unmarshal = %v, want ErrJSON", err)
			}
			var fe *diplo.FieldError
			if !errors.As(err, &fe) || fe.Path != "" {
				t.Errorf("want a FieldError with an empty path, got %#v", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("message %q does not give %q", err, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "malformed JSON: ") {
				t.Errorf("message %q", err)
			}
		})
	}
}

func TestUnmarshalMaxErrors(t *testing.T) {
	bad := map[int]string{}
	for i := range 15 {
		bad[i] = `{"date":"2023-13"}`
	}
	in := []byte(items(15, bad))
	for _, tc := range []struct{ max, want int }{{0, 10}, {3, 3}, {1, 1}, {100, 15}} {
		var r record
		err := diplo.DecodeOptions{MaxErrors: tc.max}.Unmarshal(in, &r)
		n := 1
		var es diplo.Errors
		if errors.As(err, &es) {
			n = len(es)
		}
		if n != tc.want || !errors.Is(err, diplo.ErrRange) {
			t.Errorf("MaxErrors %d: %d errors, want %d (%v)", tc.max, n, tc.want, err)
		}
	}
}

func TestUnmarshalTarget(t *testing.T) {
	var r record
	for name, v := range map[string]any{"not a pointer": r, "nil pointer": (*record)(nil), "nil": nil} {
		if err := diplo.Unmarshal([]byte(`{}`), v); err == nil || !strings.HasPrefix(err.Error(), "diplo: Unmarshal needs a non-nil pointer") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// A diplo scalar at the top: the path is empty.
	var d diplo.Date
	err := diplo.Unmarshal([]byte(`"2023-02-30"`), &d)
	checkFieldErrors(t, err, []string{""}, []error{diplo.ErrRange})
	if err := diplo.Unmarshal([]byte(`"2023-02-28"`), &d); err != nil || d.String() != "2023-02-28" {
		t.Errorf("Unmarshal date = %v, %v", d, err)
	}
}

func TestUnmarshalDeepInput(t *testing.T) {
	// Nesting beyond the depth limit is reported, not a crash, and so is
	// nesting beyond what encoding/json accepts when the limit is lifted.
	in := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var v any
	if err := diplo.Unmarshal([]byte(in), &v); !errors.Is(err, diplo.ErrLimit) {
		t.Errorf("Unmarshal = %v, want ErrLimit", err)
	}
	o := diplo.DecodeOptions{Limits: diplo.Limits{MaxDepth: diplo.NoLimit}}
	if err := o.Unmarshal([]byte(in), &v); !errors.Is(err, diplo.ErrJSON) && !errors.Is(err, diplo.ErrLimit) {
		t.Errorf("Unmarshal without a depth limit = %v, want ErrJSON or ErrLimit", err)
	}
}

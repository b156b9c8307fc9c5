package diplo_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		require.NoError(t, (diplo.DecodeOptions{Strict: strict}).Unmarshal([]byte(in), &r), "strict=%v", strict)
		require.Len(t, r.Items, 1)
		it := r.Items[0]
		assert.Equal(t, "2025-06-23T14:30+03:00", it.Date.String(), "strict=%v", strict)
		assert.Equal(t, diplo.Country("ML"), it.Country, "strict=%v", strict)
		assert.Equal(t, "wikidata:Q912", it.Ref.String(), "strict=%v", strict)
		assert.Equal(t, "Mali", it.Name.String(), "strict=%v", strict)
		assert.Equal(t, diplo.Geology, it.Domain, "strict=%v", strict)
		require.NotNil(t, it.Place, "strict=%v", strict)
		assert.Equal(t, 12.65, it.Place.Coordinates.Latitude, "strict=%v", strict)
		assert.True(t, r.Span.OpenEnd, "strict=%v: span %v", strict, r.Span)
		assert.Equal(t, 1, r.Count, "strict=%v", strict)
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
		// x/text accepts a repeated singleton but reads the tag back as
		// another one ("aa-u-00-u-00" for this key); decoding refuses it.
		{"text key naming a singleton twice", items(1, map[int]string{0: `{"date":"2023","name":{"aa-u-00-u-00-00":"x"}}`}), true,
			[]string{"items[0].name.aa-u-00-u-00-00"}, []error{diplo.ErrLanguage},
			`items[0].name.aa-u-00-u-00-00: invalid language tag: language tag "aa-u-00-u-00-00"`},
		{"text key that does not read back", items(1, map[int]string{0: `{"date":"2023","name":{"AA-U-AA-AA-t-0A":"x"}}`}), false,
			[]string{"items[0].name.AA-U-AA-AA-t-0A"}, []error{diplo.ErrLanguage}, ""},
		{"language naming a singleton twice", items(1, map[int]string{0: `{"date":"2023","language":"en-a-bb-A-cc"}`}), false,
			[]string{"items[0].language"}, []error{diplo.ErrLanguage},
			`items[0].language: invalid language tag: language: tag is not well-formed: the singleton 'a' appears twice`},
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
			if tc.msg != "" {
				assert.EqualError(t, err, tc.msg)
			}
			// UnmarshalStrict and Unmarshal are the two options.
			var r2 record
			var err2 error
			if tc.strict {
				err2 = diplo.UnmarshalStrict([]byte(tc.in), &r2)
			} else {
				err2 = diplo.Unmarshal([]byte(tc.in), &r2)
			}
			assert.Equal(t, fmt.Sprint(err), fmt.Sprint(err2), "the shortcut gives another error")
		})
	}
}

func TestUnmarshalKeepsForeignErrors(t *testing.T) {
	var r record
	err := diplo.Unmarshal([]byte(items(1, map[int]string{0: `{"date":"2023","at":"yesterday"}`})), &r)
	var pe *time.ParseError
	assert.ErrorAs(t, err, &pe, "want ErrSyntax wrapping the *time.ParseError")
	assert.ErrorIs(t, err, diplo.ErrSyntax, "want ErrSyntax wrapping the *time.ParseError")
}

func TestUnmarshalLenientKeepsLast(t *testing.T) {
	var r record
	require.NoError(t, diplo.Unmarshal([]byte(items(1, map[int]string{0: `{"date":"2023","date":"2024","bogus":1}`})), &r))
	require.Len(t, r.Items, 1)
	assert.Equal(t, "2024", r.Items[0].Date.String(), "want the last of the duplicates")
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
			require.ErrorIs(t, err, diplo.ErrJSON)
			var fe *diplo.FieldError
			if assert.ErrorAs(t, err, &fe, "want a FieldError with an empty path") {
				assert.Empty(t, fe.Path, "want a FieldError with an empty path")
			}
			assert.Contains(t, err.Error(), tc.want, "the message gives the position")
			assert.True(t, strings.HasPrefix(err.Error(), "malformed JSON: "), "message %q", err)
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
		assert.Equal(t, tc.want, n, "MaxErrors %d: the count of errors (%v)", tc.max, err)
		assert.ErrorIs(t, err, diplo.ErrRange, "MaxErrors %d", tc.max)
	}
}

func TestUnmarshalTarget(t *testing.T) {
	var r record
	for name, v := range map[string]any{"not a pointer": r, "nil pointer": (*record)(nil), "nil": nil} {
		err := diplo.Unmarshal([]byte(`{}`), v)
		if assert.Error(t, err, name) {
			assert.True(t, strings.HasPrefix(err.Error(), "diplo: Unmarshal needs a non-nil pointer"), "%s: %v", name, err)
		}
	}
	// A diplo scalar at the top: the path is empty.
	var d diplo.Date
	err := diplo.Unmarshal([]byte(`"2023-02-30"`), &d)
	checkFieldErrors(t, err, []string{""}, []error{diplo.ErrRange})
	if assert.NoError(t, diplo.Unmarshal([]byte(`"2023-02-28"`), &d), "Unmarshal date") {
		assert.Equal(t, "2023-02-28", d.String(), "Unmarshal date")
	}
}

func TestUnmarshalDeepInput(t *testing.T) {
	// Nesting beyond the depth limit is reported, not a crash, and so is
	// nesting beyond what encoding/json accepts when the limit is lifted.
	in := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	var v any
	assert.ErrorIs(t, diplo.Unmarshal([]byte(in), &v), diplo.ErrLimit)
	o := diplo.DecodeOptions{Limits: diplo.Limits{MaxDepth: diplo.NoLimit}}
	err := o.Unmarshal([]byte(in), &v)
	assert.True(t, errors.Is(err, diplo.ErrJSON) || errors.Is(err, diplo.ErrLimit),
		"Unmarshal without a depth limit = %v, want ErrJSON or ErrLimit", err)
}

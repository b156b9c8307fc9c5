package codec_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/internal/codec"
)

func TestMember(t *testing.T) {
	tests := []struct {
		doc, name, want string
		bad             bool
	}{
		{`{"id":"x","type":"Event","kind":"summit"}`, "type", `"Event"`, false},
		{` { "type" : {"a":[1]} } `, "type", `{"a":[1]}`, false},
		{`{"id":"x","TYPE":"Event"}`, "type", `"Event"`, false},
		{`{"TYPE":"A","type":"B"}`, "type", `"B"`, false},
		{`{"id":"x"}`, "type", ``, false},
		{`{}`, "type", ``, false},
		{`{"type":"Event",`, "type", `"Event"`, false}, // stops at the member
		{`{"id":[1,}`, "type", ``, true},
		{`["type"]`, "type", ``, true},
		{``, "type", ``, true},
		{`{"id" "x"}`, "type", ``, true},
		{`{"id":"x" "type":"y"}`, "type", ``, true},
		// What encoding/json accepts is skipped: invalid UTF-8, lone
		// surrogates, numbers float64 does not hold.
		{`{"a":["\ud800` + "\xff" + `",1e1000001],"type":"E"}`, "type", `"E"`, false},
	}
	for _, tc := range tests {
		raw, err := codec.Member([]byte(tc.doc), tc.name)
		assert.Equal(t, tc.want, string(raw), "Member(%q)", tc.doc)
		assert.Equal(t, tc.bad, err != nil, "Member(%q): %v", tc.doc, err)
	}
}

func TestUnquote(t *testing.T) {
	for raw, want := range map[string]string{`"Event"`: "Event", `"a\u00e9\"b"`: `aé"b`, `7`: `7`, `"bad\q"`: `"bad\q"`,
		`null`: `null`, `""`: ``, `"open`: `"open`, `{"a":"b"}`: `{"a":"b"}`, `["a"]`: `["a"]`, ` "a" `: ` "a" `} {
		assert.Equal(t, want, codec.Unquote(codec.Value(raw)), raw)
	}
}

func TestMembers(t *testing.T) {
	type kv struct{ name, value string }
	tests := []struct {
		doc  string
		want []kv
		bad  bool
	}{
		{`{}`, nil, false},
		{` {"a" : 1, "b":{"c":[1, "x"]}, "a":"\u00e9"} `, []kv{{"a", "1"}, {"b", `{"c":[1, "x"]}`}, {"a", `"\u00e9"`}}, false},
		{`{"a\"b":null}`, []kv{{`a"b`, "null"}}, false},
		{`{"a":1} {}`, []kv{{"a", "1"}}, true},
		{`{"a":1,}`, []kv{{"a", "1"}}, true},
		{`{"a":[1}`, nil, true},
		{`[1]`, nil, true},
		{``, nil, true},
	}
	for _, tc := range tests {
		var got []kv
		err := codec.Members([]byte(tc.doc), func(name string, value []byte) error {
			got = append(got, kv{name, string(value)})
			return nil
		})
		assert.Equal(t, tc.want, got, tc.doc)
		assert.Equal(t, tc.bad, err != nil, "%s: %v", tc.doc, err)
	}
}

func TestStringValue(t *testing.T) {
	for raw, want := range map[string]string{`"Event"`: "Event", `""`: "", `"a\u00e9\"b"`: `aé"b`, `"a\\b"`: `a\b`} {
		got, err := codec.StringValue([]byte(raw))
		assert.NoError(t, err, raw)
		assert.Equal(t, want, got, raw)
	}
	for _, raw := range []string{`7`, `"a`, `"a"b"`, `"\q"`} {
		_, err := codec.StringValue([]byte(raw))
		assert.Error(t, err, raw)
	}
}

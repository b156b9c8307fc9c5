package codec_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/internal/codec"
)

func TestKindAt(t *testing.T) {
	tests := []struct {
		data         string
		kind         codec.Kind
		word, phrase string
	}{
		{``, 0, "nothing", "empty"},
		{" \t\r\n", 0, "nothing", "empty"},
		{` {"a":1}`, '{', "object", "an object"},
		{"\n[1]", '[', "array", "an array"},
		{`"s"`, '"', "string", "a string"},
		{`true`, 't', "boolean", "a boolean"},
		{` false`, 'f', "boolean", "a boolean"},
		{`null`, 'n', "null", "null"},
		{`-1.5`, '0', "number", "a number"},
		{`12`, '0', "number", "a number"},
		// A byte that starts no value is named as a number, as the
		// readers named it before they shared KindAt.
		{`}`, '0', "number", "a number"},
		// Only JSON's four bytes are white space.
		{"\f{}", '0', "number", "a number"},
	}
	for _, tc := range tests {
		k := codec.KindAt([]byte(tc.data))
		assert.Equal(t, tc.kind, k, "KindAt(%q)", tc.data)
		assert.Equal(t, tc.word, codec.KindWord(k), "KindWord of %q", tc.data)
		assert.Equal(t, tc.phrase, codec.KindPhrase(k), "KindPhrase of %q", tc.data)
	}
}

func TestSkipSpace(t *testing.T) {
	tests := []struct {
		data string
		from int
		want int
	}{
		{``, 0, 0},
		{` x`, 0, 1},
		{" \t\r\nx", 0, 4},
		{"a  b", 1, 3},
		{"\f", 0, 0},
		{"   ", 1, 3},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, codec.SkipSpace([]byte(tc.data), tc.from), "SkipSpace(%q, %d)", tc.data, tc.from)
	}
	for c := range 256 {
		assert.Equal(t, c == ' ' || c == '\t' || c == '\n' || c == '\r', codec.IsSpace(byte(c)), "IsSpace(%#x)", c)
	}
}

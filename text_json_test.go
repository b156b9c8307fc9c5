package diplo_test

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// FuzzTextUnmarshalJSON checks Text's own JSON decoding against what
// encoding/json does with a plain map keyed by language.Tag: the same
// inputs are accepted, and they give the same entries.
func FuzzTextUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"fr":"Mali","en-t-fr":"Mali"}`, `{}`, `null`, `{"fr":"a","FR":"b"}`, `{"fr":"\u00e9"}`,
		`{"":"x"}`, `{"fr_FR!":"x"}`, `{"fr":5}`, `[]`, `"fr"`, `{"fr":"a\nb"}`, "{\"fr\":\"\xff\"}",
		` { "fr" : "a" , "ru" : "б" } `, `{"fr":"a"`, `{"fr":"a"}x`, `{"und":"x"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var oracle map[language.Tag]string
		errOracle := json.Unmarshal(data, &oracle)
		var got diplo.Text
		errGot := json.Unmarshal(data, &got)
		if (errOracle == nil) != (errGot == nil) {
			t.Fatalf("map[language.Tag]string: %v; Text: %v", errOracle, errGot)
		}
		if errOracle != nil {
			return
		}
		if len(oracle) == 0 && len(got) == 0 {
			return
		}
		if !reflect.DeepEqual(map[language.Tag]string(got), oracle) {
			t.Fatalf("Text = %v, map = %v", got, oracle)
		}
	})
}

func TestTextUnmarshalJSONReuse(t *testing.T) {
	// Decoding into a Text that holds entries replaces them, as decoding
	// into a fresh value would.
	tx := diplo.MustNewText("en", "old")
	require.NoError(t, json.Unmarshal([]byte(`{"fr":"nouveau"}`), &tx))
	assert.Equal(t, diplo.Text{language.French: "nouveau"}, tx)
}

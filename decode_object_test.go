package diplo_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
)

// TestUnmarshalDocumentMustBeObject checks the rule of Unmarshal: a
// document decoded into a struct (through pointers) that has no decoding
// method of its own must be a JSON object, while other types decode from
// what encoding/json takes for them.
func TestUnmarshalDocumentMustBeObject(t *testing.T) {
	refused := []struct{ doc, kind string }{
		{`null`, "null"}, {"\t null ", "null"}, {`[]`, "an array"}, {`[{}]`, "an array"},
		{`"x"`, "a string"}, {`12`, "a number"}, {`true`, "a boolean"},
	}
	options := map[string]diplo.DecodeOptions{"lenient": {}, "strict": {Strict: true}}
	for _, tc := range refused {
		for name, o := range options {
			for _, v := range []any{new(record), new(*record), new(diplo.Source), new(diplo.Place)} {
				err := o.Unmarshal([]byte(tc.doc), v)
				require.ErrorIs(t, err, diplo.ErrJSON, "%s: %q into %T", name, tc.doc, v)
				var fe *diplo.FieldError
				require.ErrorAs(t, err, &fe)
				assert.Equal(t, "", fe.Path)
				assert.Equal(t, "malformed JSON: document is "+tc.kind+", not an object", err.Error())
			}
		}
	}
	// The package functions apply it too.
	assert.ErrorIs(t, diplo.Unmarshal([]byte(`null`), new(record)), diplo.ErrJSON)
	assert.ErrorIs(t, diplo.UnmarshalStrict([]byte(`[]`), new(record)), diplo.ErrJSON)
	// Malformed JSON is reported as such, not as a non-object.
	err := diplo.Unmarshal([]byte(`nul`), new(record))
	require.ErrorIs(t, err, diplo.ErrJSON)
	assert.NotContains(t, err.Error(), "not an object")

	// Types whose JSON is not an object, or that decode themselves.
	var d diplo.Date
	require.NoError(t, diplo.Unmarshal([]byte(`"2025-06"`), &d))
	assert.Equal(t, diplo.MustParseDate("2025-06"), d)
	var id diplo.Identifier
	require.NoError(t, diplo.UnmarshalStrict([]byte(`"wikidata:Q7747"`), &id))
	tx := diplo.Text{language.French: "a"}
	require.NoError(t, diplo.Unmarshal([]byte(`null`), &tx))
	assert.Equal(t, diplo.Text{language.French: "a"}, tx, "null leaves a Text as it is")
	require.NoError(t, diplo.Unmarshal([]byte(`{"fr":"b"}`), &tx))
	var ids []diplo.ID
	require.NoError(t, diplo.Unmarshal([]byte(`["urn:x:1"]`), &ids))
	require.NoError(t, diplo.Unmarshal([]byte(`null`), &ids))
	var m map[string]int
	require.NoError(t, diplo.Unmarshal([]byte(`null`), &m))
	var s string
	require.NoError(t, diplo.Unmarshal([]byte(`"x"`), &s))
	var anything any
	require.NoError(t, diplo.Unmarshal([]byte(`null`), &anything))
	var r record
	require.NoError(t, diplo.Unmarshal([]byte(` {} `), &r))
}

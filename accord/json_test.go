package accord_test

import (
	"encoding/json"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestRoundTrip(t *testing.T) {
	t.Run("Accord", func(t *testing.T) { modeltest.RoundTrip(t, *update, "accord", validAccord()) })
	t.Run("Signatory", func(t *testing.T) { modeltest.RoundTrip(t, *update, "signatory", validSignatory()) })
	t.Run("Action", func(t *testing.T) { modeltest.RoundTrip(t, *update, "action", validAction()) })
	t.Run("Relation", func(t *testing.T) { modeltest.RoundTrip(t, *update, "relation", validRelation()) })
}

// TestMinimalJSON pins the JSON of values with only their required fields:
// empty fields are left out, "type" is written, and the fields come in a
// stable order.
func TestMinimalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
		want string
	}{
		{"Accord", accord.Accord{ID: principlesID, Kind: accord.Agreement, Title: diplo.MustNewText("fr", "Accord sur les principes fondamentaux des relations")},
			`{"id":"https://example.org/accord/principles","type":"Accord","kind":"agreement","title":{"fr":"Accord sur les principes fondamentaux des relations"}}`},
		{"Signatory", accord.Signatory{Person: putinID, Capacity: accord.AsWitness},
			`{"person":"https://example.org/person/putin","capacity":"witness"}`},
		{"Action", accord.Action{Kind: accord.EntryIntoForce},
			`{"kind":"entry-into-force"}`},
		{"Action dated", accord.Action{Kind: accord.Signature, Date: diplo.MustParseDate("2025-06-23"), Party: maliID},
			`{"kind":"signature","date":"2025-06-23","party":"https://example.org/state/ml"}`},
		{"Relation", accord.Relation{Kind: accord.Amends, Accord: principlesID},
			`{"kind":"amends","accord":"https://example.org/accord/principles"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b), "json.Marshal")
			assert.NoError(t, tc.v.Validate())
		})
	}
}

func TestTypeAlwaysWritten(t *testing.T) {
	b, err := json.Marshal(accord.Accord{})
	require.NoError(t, err)
	assert.Contains(t, string(b), `"type":"Accord"`, "json.Marshal(Accord{})")
}

// TestDecodeErrors checks that bad values name their JSON path.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, data string
		path       string
		want       error
		quote      string
	}{
		{"wrong type", `{"id":"urn:x","type":"Treaty","kind":"treaty","title":{"en":"x"}}`, "type", diplo.ErrUnknown, `"Treaty"`},
		{"kind", `{"id":"urn:x","kind":"pact","title":{"en":"x"}}`, "kind", diplo.ErrUnknown, `"pact"`},
		{"action kind", `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"actions":[{"kind":"signature"},{"kind":"ratify"}]}`,
			"actions[1].kind", diplo.ErrUnknown, `"ratify"`},
		{"action date", `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"actions":[{"kind":"signature","date":"23/06/2025"}]}`,
			"actions[0].date", diplo.ErrSyntax, `"23/06/2025"`},
		{"capacity", `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"signatories":[{"person":"urn:p","capacity":"notary"}]}`,
			"signatories[0].capacity", diplo.ErrUnknown, `"notary"`},
		{"relation", `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"relations":[{"kind":"cancels","accord":"urn:y"}]}`,
			"relations[0].kind", diplo.ErrUnknown, `"cancels"`},
		{"domain", `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"domains":[{"domain":"commerce"}]}`,
			"domains[0].domain", diplo.ErrUnknown, `"commerce"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a accord.Accord
			assert.Error(t, json.Unmarshal([]byte(tc.data), &a), "json.Unmarshal accepted %s", tc.data)
			err := diplo.Unmarshal([]byte(tc.data), &a)
			require.ErrorIs(t, err, tc.want, "diplo.Unmarshal")
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "diplo.Unmarshal")
			require.Equal(t, tc.path, fe.Path, "diplo.Unmarshal error = %v", err)
			assert.Contains(t, err.Error(), tc.quote, "the error names the value")
		})
	}
}

// TestDecodeLanguages checks that authentic languages decode as BCP 47
// tags, canonicalised.
func TestDecodeLanguages(t *testing.T) {
	var a accord.Accord
	data := `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"languages":["RU","fr","zh-Hans"]}`
	require.NoError(t, diplo.UnmarshalStrict([]byte(data), &a))
	var got []string
	for _, l := range a.Languages {
		got = append(got, l.String())
	}
	assert.Equal(t, []string{"ru", "fr", "zh-Hans"}, got, "Languages")
}

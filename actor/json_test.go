package actor_test

import (
	"encoding/json"
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/internal/modeltest"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestRoundTrip(t *testing.T) {
	t.Run("Person", func(t *testing.T) { modeltest.RoundTrip(t, *update, "person", validPerson()) })
	t.Run("State", func(t *testing.T) { modeltest.RoundTrip(t, *update, "state", validState()) })
	t.Run("Organization", func(t *testing.T) { modeltest.RoundTrip(t, *update, "organization", validOrganization()) })
	t.Run("Office", func(t *testing.T) { modeltest.RoundTrip(t, *update, "office", validOffice()) })
	t.Run("Tenure", func(t *testing.T) { modeltest.RoundTrip(t, *update, "tenure", validTenure()) })
	t.Run("Delegation", func(t *testing.T) { modeltest.RoundTrip(t, *update, "delegation", validDelegation()) })
	t.Run("Mission", func(t *testing.T) { modeltest.RoundTrip(t, *update, "mission", validMission()) })
}

// TestMinimalJSON pins the JSON of values with only their required fields:
// empty fields are left out, "type" is written, and the fields come in a
// stable order.
func TestMinimalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"Person", actor.Person{ID: putinID, Name: diplo.MustNewText("ru", "Путин")},
			`{"id":"https://example.org/person/putin","type":"Person","name":{"ru":"Путин"}}`},
		{"State", actor.State{ID: maliID, Name: diplo.MustNewText("fr", "Mali"), Country: "ML"},
			`{"id":"https://w3id.org/diplo/id/state/ML","type":"State","name":{"fr":"Mali"},"country":"ML"}`},
		{"Organization", actor.Organization{ID: "urn:x:au", Kind: actor.Intergovernmental, Name: diplo.MustNewText("fr", "Union africaine")},
			`{"id":"urn:x:au","type":"Organization","kind":"intergovernmental","name":{"fr":"Union africaine"}}`},
		{"Office", actor.Office{ID: transitionID, Name: diplo.MustNewText("fr", "Président de la Transition"), Of: maliID},
			`{"id":"https://example.org/office/president-ml","type":"Office","name":{"fr":"Président de la Transition"},"of":"https://w3id.org/diplo/id/state/ML"}`},
		{"Tenure", actor.Tenure{ID: "urn:x:t", Person: goitaID, Office: transitionID},
			`{"id":"urn:x:t","type":"Tenure","person":"https://example.org/person/goita","office":"https://example.org/office/president-ml"}`},
		{"Delegation", actor.Delegation{ID: "urn:x:d", Represents: maliID},
			`{"id":"urn:x:d","type":"Delegation","represents":"https://w3id.org/diplo/id/state/ML"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b), "json.Marshal")
			assert.NoError(t, tc.v.(interface{ Validate() error }).Validate())
		})
	}
}

// TestTypeAlwaysWritten marshals the zero value of every node type: even
// then "type" names the type.
func TestTypeAlwaysWritten(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{actor.Person{}, "Person"},
		{actor.State{}, "State"},
		{actor.Organization{}, "Organization"},
		{actor.Office{}, "Office"},
		{actor.Tenure{}, "Tenure"},
		{actor.Delegation{}, "Delegation"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			b, err := json.Marshal(tc.v)
			require.NoError(t, err)
			assert.Contains(t, string(b), `"type":"`+tc.want+`"`, "json.Marshal(%T{})", tc.v)
		})
	}
}

// TestDecodeErrors checks that bad values name their JSON path.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, data string
		into       any
		path       string
		want       error
		quote      string
	}{
		{"wrong type", `{"id":"urn:x","type":"State","name":{"fr":"x"}}`, new(actor.Person), "type", diplo.ErrUnknown, `"State"`},
		{"org kind", `{"id":"urn:x","type":"Organization","kind":"club","name":{"fr":"x"}}`, new(actor.Organization), "kind", diplo.ErrUnknown, `"club"`},
		{"office role", `{"id":"urn:x","type":"Office","name":{"fr":"x"},"role":"king","of":"urn:y"}`, new(actor.Office), "role", diplo.ErrUnknown, `"king"`},
		{"qualifier", `{"id":"urn:x","type":"Tenure","person":"urn:p","office":"urn:o","qualifiers":["acting","provisional"]}`, new(actor.Tenure), "qualifiers[1]", diplo.ErrUnknown, `"provisional"`},
		{"country", `{"id":"urn:x","type":"State","name":{"fr":"x"},"country":"XX"}`, new(actor.State), "country", diplo.ErrCountry, `"XX"`},
		{"start date", `{"id":"urn:x","type":"Tenure","person":"urn:p","office":"urn:o","startDate":"2021-13-01"}`, new(actor.Tenure), "startDate", diplo.ErrRange, `"2021-13-01"`},
		{"nationality", `{"id":"urn:x","type":"Person","name":{"fr":"x"},"nationality":["RU",12]}`, new(actor.Person), "nationality[1]", diplo.ErrJSON, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Error(t, json.Unmarshal([]byte(tc.data), tc.into), "json.Unmarshal accepted %s", tc.data)
			err := diplo.Unmarshal([]byte(tc.data), tc.into)
			require.ErrorIs(t, err, tc.want, "diplo.Unmarshal")
			var fe *diplo.FieldError
			require.ErrorAs(t, err, &fe, "diplo.Unmarshal")
			require.Equal(t, tc.path, fe.Path, "diplo.Unmarshal error = %v", err)
			assert.Contains(t, err.Error(), tc.quote, "the error names the value")
		})
	}
}

// TestDecodeCanonical checks that decoding canonicalises codes and tags.
func TestDecodeCanonical(t *testing.T) {
	var s actor.State
	data := `{"id":"urn:x","type":"State","name":{"FR":"Mali"},"country":"mli"}`
	require.NoError(t, diplo.UnmarshalStrict([]byte(data), &s))
	assert.Equal(t, diplo.Country("ML"), s.Country)
	assert.Equal(t, "Mali", s.Name.String(), "Name")
	assert.Len(t, s.Name, 1, "Name")
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"urn:x","type":"State","name":{"fr":"Mali"},"country":"ML"}`, string(b), "json.Marshal")
	// A missing type is accepted; Marshal writes it back.
	var p actor.Person
	assert.NoError(t, diplo.UnmarshalStrict([]byte(`{"id":"urn:x","name":{"ru":"x"}}`), &p), "missing type")
}

package actor_test

import (
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"testing"

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
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("json.Marshal:\ngot  %s\nwant %s", b, tc.want)
			}
			if err := tc.v.(interface{ Validate() error }).Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
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
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(b), `"type":"`+tc.want+`"`) {
				t.Errorf("json.Marshal(%T{}) = %s, want a type of %q", tc.v, b, tc.want)
			}
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
			if err := json.Unmarshal([]byte(tc.data), tc.into); err == nil {
				t.Errorf("json.Unmarshal accepted %s", tc.data)
			}
			err := diplo.Unmarshal([]byte(tc.data), tc.into)
			if !errors.Is(err, tc.want) {
				t.Fatalf("diplo.Unmarshal error = %v, want %v", err, tc.want)
			}
			var fe *diplo.FieldError
			if !errors.As(err, &fe) || fe.Path != tc.path {
				t.Fatalf("diplo.Unmarshal error = %v, want path %q", err, tc.path)
			}
			if !strings.Contains(err.Error(), tc.quote) {
				t.Errorf("error %q does not name %s", err, tc.quote)
			}
		})
	}
}

// TestDecodeCanonical checks that decoding canonicalises codes and tags.
func TestDecodeCanonical(t *testing.T) {
	var s actor.State
	data := `{"id":"urn:x","type":"State","name":{"FR":"Mali"},"country":"mli"}`
	if err := diplo.UnmarshalStrict([]byte(data), &s); err != nil {
		t.Fatal(err)
	}
	if s.Country != "ML" {
		t.Errorf("Country = %q, want ML", s.Country)
	}
	if got := s.Name.String(); got != "Mali" || len(s.Name) != 1 {
		t.Errorf("Name = %v", s.Name)
	}
	b, _ := json.Marshal(s)
	if want := `{"id":"urn:x","type":"State","name":{"fr":"Mali"},"country":"ML"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	// A missing type is accepted; Marshal writes it back.
	var p actor.Person
	if err := diplo.UnmarshalStrict([]byte(`{"id":"urn:x","name":{"ru":"x"}}`), &p); err != nil {
		t.Fatalf("missing type: %v", err)
	}
}

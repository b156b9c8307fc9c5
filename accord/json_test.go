package accord_test

import (
	"encoding/json"
	"errors"
	"flag"
	"strings"
	"testing"

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
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("json.Marshal:\ngot  %s\nwant %s", b, tc.want)
			}
			if err := tc.v.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
		})
	}
}

func TestTypeAlwaysWritten(t *testing.T) {
	b, err := json.Marshal(accord.Accord{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"type":"Accord"`) {
		t.Errorf("json.Marshal(Accord{}) = %s, want a type of Accord", b)
	}
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
			if err := json.Unmarshal([]byte(tc.data), &a); err == nil {
				t.Errorf("json.Unmarshal accepted %s", tc.data)
			}
			err := diplo.Unmarshal([]byte(tc.data), &a)
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

// TestDecodeLanguages checks that authentic languages decode as BCP 47
// tags, canonicalised.
func TestDecodeLanguages(t *testing.T) {
	var a accord.Accord
	data := `{"id":"urn:x","kind":"treaty","title":{"en":"x"},"languages":["RU","fr","zh-Hans"]}`
	if err := diplo.UnmarshalStrict([]byte(data), &a); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range a.Languages {
		got = append(got, l.String())
	}
	if strings.Join(got, " ") != "ru fr zh-Hans" {
		t.Errorf("Languages = %q", got)
	}
}

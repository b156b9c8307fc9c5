package bench_test

import (
	"encoding/json"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/plain"
)

// The values of BenchmarkEncodeValue and BenchmarkDecodeValue: one field of
// each typed value of the model beside the plain field that holds the same
// JSON. Each pair encodes to the same bytes; the difference in cost is what
// the type costs encoding/json.
type (
	diploText struct{ V diplo.Text }
	plainText struct{ V map[string]string }
	diploDate struct{ V diplo.Date }
	plainDate struct{ V string }
	diploType struct {
		V diplo.TypeName[event.EventType]
	}
	plainType  struct{ V string }
	diploIdent struct{ V diplo.Identifier }
	plainIdent struct{ V string }
	diploPlace struct {
		V diplo.Place `json:",omitzero"`
	}
	plainPlace struct {
		V plain.Place `json:",omitzero"`
	}
	diploKind struct{ V event.Kind }
	plainKind struct{ V string }
)

// valuePairs lists, per value, a diplo value and its plain twin.
func valuePairs() []struct {
	name         string
	diplo, plain any
	newDiplo     func() any
	newPlain     func() any
} {
	fr, en := language.French, language.MustParse("en-t-fr")
	name := diplo.Text{fr: "Visite officielle en Fédération de Russie", en: "Official visit to the Russian Federation"}
	plainName := map[string]string{"fr": name[fr], "en-t-fr": name[en]}
	place := diplo.Place{Name: diplo.Text{fr: "Moscou"}, Country: "RU", GeoNames: diplo.MustNewIdentifier(diplo.GeoNames, "524901")}
	return []struct {
		name         string
		diplo, plain any
		newDiplo     func() any
		newPlain     func() any
	}{
		{"text", &diploText{name}, &plainText{plainName}, func() any { return new(diploText) }, func() any { return new(plainText) }},
		{"date", &diploDate{diplo.MustParseDate("2025-06-22")}, &plainDate{"2025-06-22"}, func() any { return new(diploDate) }, func() any { return new(plainDate) }},
		{"type", &diploType{}, &plainType{"Event"}, func() any { return new(diploType) }, func() any { return new(plainType) }},
		{"identifier", &diploIdent{diplo.MustNewIdentifier(diplo.Wikidata, "Q7747")}, &plainIdent{"wikidata:Q7747"}, func() any { return new(diploIdent) }, func() any { return new(plainIdent) }},
		{"place", &diploPlace{place}, &plainPlace{plain.Place{Type: "Place", Name: map[string]string{"fr": "Moscou"}, Country: "RU", GeoNames: "geonames:524901/"}},
			func() any { return new(diploPlace) }, func() any { return new(plainPlace) }},
		{"kind", &diploKind{event.OfficialVisit}, &plainKind{"official-visit"}, func() any { return new(diploKind) }, func() any { return new(plainKind) }},
	}
}

// BenchmarkEncodeValue compares diplo.Marshal (diplo) and json.Marshal
// (diplo-json) of one field of each typed value with json.Marshal of the
// plain field that encodes to the same JSON.
func BenchmarkEncodeValue(b *testing.B) {
	for _, p := range valuePairs() {
		for _, impl := range []struct {
			name    string
			v       any
			marshal func(any) ([]byte, error)
		}{
			{"diplo", p.diplo, diplo.Marshal},
			{"diplo-json", p.diplo, json.Marshal},
			{"plain", p.plain, json.Marshal},
		} {
			b.Run(impl.name+"/"+p.name, func(b *testing.B) {
				loop(b, func() error {
					_, err := impl.marshal(impl.v)
					return err
				})
			})
		}
	}
}

// BenchmarkDecodeValue compares json.Unmarshal of one field of each typed
// value with the plain field, from the same JSON.
func BenchmarkDecodeValue(b *testing.B) {
	for _, p := range valuePairs() {
		data, err := json.Marshal(p.plain)
		if err != nil {
			b.Fatal(err)
		}
		for _, impl := range []struct {
			name string
			new  func() any
		}{{"diplo", p.newDiplo}, {"plain", p.newPlain}} {
			b.Run(impl.name+"/"+p.name, func(b *testing.B) {
				loop(b, func() error { return json.Unmarshal(data, impl.new()) })
			})
		}
	}
}

// TestValuePairs checks that each pair of BenchmarkEncodeValue encodes to
// the same JSON, and that the JSON decodes into the diplo value.
func TestValuePairs(t *testing.T) {
	for _, p := range valuePairs() {
		t.Run(p.name, func(t *testing.T) {
			d, err := json.Marshal(p.diplo)
			if err != nil {
				t.Fatal(err)
			}
			q, err := json.Marshal(p.plain)
			if err != nil {
				t.Fatal(err)
			}
			if string(d) != string(q) {
				t.Fatalf("diplo %s\nplain %s", d, q)
			}
			if m, err := diplo.Marshal(p.diplo); err != nil || string(m) != string(d) {
				t.Fatalf("diplo.Marshal wrote %s, %v; json.Marshal wrote %s", m, err, d)
			}
			v := p.newDiplo()
			if err := json.Unmarshal(q, v); err != nil {
				t.Fatal(err)
			}
			again, _ := json.Marshal(v)
			if string(again) != string(d) {
				t.Fatalf("round trip %s, want %s", again, d)
			}
		})
	}
}

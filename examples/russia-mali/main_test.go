package main

import (
	"flag"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden is the record as plain diplo JSON, which other packages' tests
// read; goldenLD is what the program prints, the same record as JSON-LD.
const (
	golden   = "testdata/russia-mali.golden.json"
	goldenLD = "testdata/russia-mali.golden.jsonld"
)

func TestBuildValidates(t *testing.T) {
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, goldenLD, *update, run) }

func TestJSONGolden(t *testing.T) { exampletest.Golden(t, golden, *update, writeJSON) }

// TestJSONLDReadsBack reads the printed JSON-LD back into the same graph
// as the plain JSON.
func TestJSONLDReadsBack(t *testing.T) {
	data, err := os.ReadFile(goldenLD)
	if err != nil {
		t.Fatal(err)
	}
	var g graph.Graph
	if err := schema.UnmarshalJSONLDStrict(data, &g); err != nil {
		t.Fatal(err)
	}
	want, err := build()
	require.NoError(t, err)
	if !reflect.DeepEqual(&g, want) {
		t.Error("the JSON-LD golden does not read back to build()")
	}
	// The context is inline, so that a JSON-LD processor with its
	// default settings reads the output offline; it is the diplo context
	// (UnmarshalJSONLDStrict refuses any other).
	if !strings.HasPrefix(string(data), "{\n  \"@context\": {\n") {
		t.Error("the JSON-LD does not carry the diplo context inline")
	}
}

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks what the article and
// the reports around it say.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)
	fr := language.French

	visit := onlyEvent(t, g, event.OfficialVisit)
	var partKinds []event.Kind
	var partDates []string
	for _, id := range visit.Parts {
		e, _ := ix.Event(id)
		partKinds = append(partKinds, e.Kind)
		partDates = append(partDates, e.Start.String())
	}
	talks := onlyEvent(t, g, event.BilateralTalks, "Négociations russo-maliennes")
	var talkParts []string
	for _, id := range talks.Parts {
		e, _ := ix.Event(id)
		talkParts = append(talkParts, e.Name[fr])
	}
	summit, _ := ix.Event(visit.Relations[0].Event)
	signing := onlyEvent(t, g, event.SigningCeremony)
	press := onlyEvent(t, g, event.JointPressConference)
	ch := talks.Characterisations[0]

	var titles []string
	var kinds []accord.Kind
	var signed []string
	for _, a := range g.Accords {
		titles = append(titles, a.Title[fr])
		kinds = append(kinds, a.Kind)
		if !reflect.DeepEqual(exampletest.Countries(g, ix, a.Parties...), []string{"RU", "ML"}) {
			t.Errorf("accord %q: parties %v", a.Title[fr], exampletest.Countries(g, ix, a.Parties...))
		}
		for _, act := range a.Actions {
			e, _ := ix.Event(act.Event)
			signed = append(signed, string(act.Kind)+" "+act.Date.String()+" "+exampletest.Countries(g, ix, act.Party)[0]+" "+string(e.Kind))
		}
	}

	commission := g.Organizations[0]
	creator, _ := ix.Accord(commission.CreatedBy)
	goita := personNamed(t, g, "Assimi Goïta")
	putin := personNamed(t, g, "Vladimir Poutine")
	quote := g.Statements[0]
	occasion, _ := ix.Event(quote.Occasion)
	goitaTenure := tenureOf(t, g, goita.ID)
	r, _ := ix.Lookup(goitaTenure.Office)
	goitaOffice := g.Offices[r.Index]

	tests := []struct {
		name      string
		got, want any
	}{
		{"node counts", exampletest.Counts(g), []int{4, 2, 2, 4, 2, 2, 7, 2, 3, 7}},
		{"title languages", g.Title.Tags(), []language.Tag{language.MustParse("en-t-fr"), fr}},
		{"visit status", visit.EffectiveStatus(), event.Held},
		{"visit span", visit.Span().String(), "2025-06-22/2025-06-26"},
		{"visit place", []string{visit.Place.Wikidata.String(), string(visit.Place.Country), visit.Place.Name[fr]}, []string{"wikidata:Q649", "RU", "Moscou"}},
		{"visit parts", partKinds, []event.Kind{event.BilateralTalks, event.SigningCeremony, event.JointPressConference}},
		{"part dates", partDates, []string{"2025-06-23", "2025-06-23", "2025-06-23"}},
		{"signing place", signing.Place.Name[fr], "Kremlin, Moscou"},
		{"talks parts", talkParts, []string{"Entretien en tête-à-tête", "Négociations entre les délégations"}},
		{"relation", visit.Relations[0].Kind, event.Continues},
		{"summit kind", summit.Kind, event.Summit},
		{"summit span", summit.Span().String(), "2023-07-27/2023-07-28"},
		{"summit place", summit.Place.Wikidata.String(), "wikidata:Q656"},
		{"summit attended", []bool{summit.HasParticipant(goita.ID), summit.HasParticipant(putin.ID)}, []bool{true, true}},
		{"characterisation", []string{ch.Term[fr], string(ch.Tone)}, []string{"constructives", "positive"}},
		{"characterised by", exampletest.Countries(g, ix, ch.By...), []string{"RU", "ML"}},
		{"accord titles", titles, []string{
			"Accord sur les principes fondamentaux des relations entre la Russie et le Mali",
			"Accord portant création d’une Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique",
			"Accord de coopération dans le domaine de l’usage pacifique de l’énergie nucléaire",
		}},
		{"accord kinds", kinds, []accord.Kind{accord.Agreement, accord.Agreement, accord.Agreement}},
		{"signatures", signed, []string{
			"signature 2025-06-23 RU signing-ceremony", "signature 2025-06-23 ML signing-ceremony",
			"signature 2025-06-23 RU signing-ceremony", "signature 2025-06-23 ML signing-ceremony",
			"signature 2025-06-23 RU signing-ceremony", "signature 2025-06-23 ML signing-ceremony",
		}},
		{"heads of state sign the first accord", signatoryNames(g, ix, g.Accords[0]), []string{"Vladimir Poutine", "Assimi Goïta"}},
		{"and the second", signatoryNames(g, ix, g.Accords[1]), []string{"Vladimir Poutine", "Assimi Goïta"}},
		{"a source names another signatory of the second", claim(g.Accords[1].Claims, "signatories").Sources, []diplo.ID{commission.Claims[0].Sources[0]}},
		{"Rosatom and the Malian minister sign the third", signatoryNames(g, ix, g.Accords[2]), []string{"Alexeï Likhatchev", "Boubacar Diané"}},
		{"state IDs", []diplo.ID{g.States[0].ID, g.States[1].ID}, []diplo.ID{
			"https://w3id.org/diplo/id/state/RU", "https://w3id.org/diplo/id/state/ML"}},
		{"accord domains", [][]diplo.Domain{domains(g.Accords[0].Domains), domains(g.Accords[1].Domains), domains(g.Accords[2].Domains)},
			[][]diplo.Domain{{diplo.PoliticalRelations}, {diplo.Trade, diplo.Economic, diplo.ScienceTechnology, diplo.InstitutionBuilding}, {diplo.NuclearEnergy}}},
		{"framework claim", []string{g.Accords[0].Claims[0].Property, g.Accords[0].Claims[0].Value[fr]}, []string{"kind", "accord-cadre"}},
		{"commission kind", commission.Kind, actor.Commission},
		{"commission created by", creator.Title[fr], titles[1]},
		{"accord creates commission", creator.Creates, []diplo.ID{commission.ID}},
		{"commission members", exampletest.Countries(g, ix, commission.Members...), []string{"RU", "ML"}},
		{"commission claim", commission.Claims[0].Value[fr], "tous les six mois"},
		{"commission claim source", sourceOf(g, ix, commission.Claims[0].Sources[0]), "aBamako.com|2025-06-28|fr"},
		{"Putin ID", putin.ID, diplo.IDFor(diplo.MustParseIdentifier("wikidata:Q7747"))},
		{"Goïta has no identifier", len(goita.Identifiers), 0},
		{"Putin's office", officeOf(t, g, ix, putin.ID), "head-of-state RU 2012-05-07"},
		{"Goïta's office", officeOf(t, g, ix, goita.ID), "head-of-state ML 2021-06-07 transitional,interim"},
		{"Goïta called interim", claimValue(goitaTenure.Claims, "qualifiers"), "par intérim"},
		{"interim claim from the article", sourceOf(g, ix, claim(goitaTenure.Claims, "qualifiers").Sources[0]), "||fr"},
		{"interim claim agrees with a qualifier", goitaTenure.HasQualifier(actor.Interim), true},
		{"office named by the article", claimValue(goitaOffice.Claims, "name"), "président de la République du Mali"},
		{"office name claim from the article", claim(goitaOffice.Claims, "name").Sources, claim(goitaTenure.Claims, "qualifiers").Sources},
		{"office's own name", goitaOffice.Name[fr], "Président de la Transition, Chef de l’État"},
		{"visit claims are about the visit", claimProperties(visit.Claims), []string{"relations", "kind"}},
		{"claims on persons, offices and tenures", actorClaims(g), []string{"office name", "tenure qualifiers"}},
		{"quote", []string{string(quote.Kind), quote.Text[fr], string(occasion.Kind), quote.Date.String()}, []string{
			"quote", "Grâce à ce partenariat, nous obtenons des résultats positifs. Cela témoigne de l’efficacité et de la confiance entre nos deux pays",
			"joint-press-conference", "2025-06-23"}},
		{"quote speaker", quote.Speakers, []diplo.ID{goita.ID}},
		{"praise", strings.Contains(g.Statements[1].Attribution.Note[fr], "« confiance mutuelle »"), true},
		{"visit sectors", domains(visit.Topics), []diplo.Domain{diplo.Trade, diplo.Geology, diplo.NaturalResources, diplo.Energy, diplo.Logistics, diplo.Humanitarian}},
		{"Goïta's sectors", domains(press.Topics), []diplo.Domain{diplo.Transport, diplo.Security, diplo.Sport, diplo.Culture, diplo.Energy}},
		{"Kremlin source", sourceOf(g, ix, visit.Sources[0]), "Kremlin|2025-06-23|ru"},
		{"continuity attributed to the Kremlin", sourceOf(g, ix, claim(visit.Claims, "relations").Sources[0]), "Kremlin|2025-06-23|ru"},
		{"article", sourceOf(g, ix, quote.Sources[0]), "||fr"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
}

// onlyEvent returns the one event of the kind, or of the kind and French
// name when a name is given.
func onlyEvent(t *testing.T, g *graph.Graph, k event.Kind, name ...string) event.Event {
	t.Helper()
	var found []event.Event
	for _, e := range g.Events {
		if e.Kind == k && (len(name) == 0 || e.Name[language.French] == name[0]) {
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d events of kind %s %v, want 1", len(found), k, name)
	}
	return found[0]
}

func personNamed(t *testing.T, g *graph.Graph, name string) actor.Person {
	t.Helper()
	for _, p := range g.Persons {
		if p.Name[language.French] == name {
			return p
		}
	}
	t.Fatalf("no person named %s", name)
	return actor.Person{}
}

// officeOf describes the tenure of the person: the role of the office, the
// country of its state, the start and the qualifiers.
func officeOf(t *testing.T, g *graph.Graph, ix *graph.Index, person diplo.ID) string {
	t.Helper()
	for _, tn := range g.Tenures {
		if tn.Person != person {
			continue
		}
		r, _ := ix.Lookup(tn.Office)
		o := g.Offices[r.Index]
		s := string(o.Role) + " " + exampletest.Countries(g, ix, o.Of)[0] + " " + tn.Start.String()
		var qs []string
		for _, q := range tn.Qualifiers {
			qs = append(qs, string(q))
		}
		if len(qs) > 0 {
			s += " " + strings.Join(qs, ",")
		}
		return s
	}
	t.Fatalf("no tenure of %s", person)
	return ""
}

// tenureOf returns the one tenure of the person.
func tenureOf(t *testing.T, g *graph.Graph, person diplo.ID) actor.Tenure {
	t.Helper()
	var found []actor.Tenure
	for _, tn := range g.Tenures {
		if tn.Person == person {
			found = append(found, tn)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d tenures of %s, want 1", len(found), person)
	}
	return found[0]
}

// actorClaims lists the claims on persons, offices and tenures as
// "node-type property".
func actorClaims(g *graph.Graph) []string {
	var out []string
	for _, p := range g.Persons {
		for _, c := range p.Claims {
			out = append(out, "person "+c.Property)
		}
	}
	for _, o := range g.Offices {
		for _, c := range o.Claims {
			out = append(out, "office "+c.Property)
		}
	}
	for _, tn := range g.Tenures {
		for _, c := range tn.Claims {
			out = append(out, "tenure "+c.Property)
		}
	}
	return out
}

// claimProperties lists the properties of the claims.
func claimProperties(cls []diplo.Claim) []string {
	var out []string
	for _, c := range cls {
		out = append(out, c.Property)
	}
	return out
}

func signatoryNames(g *graph.Graph, ix *graph.Index, a accord.Accord) []string {
	var out []string
	for _, s := range a.Signatories {
		r, _ := ix.Lookup(s.Person)
		out = append(out, g.Persons[r.Index].Name[language.French])
	}
	return out
}

func domains(ts []diplo.Topic) []diplo.Domain {
	var out []diplo.Domain
	for _, t := range ts {
		out = append(out, t.Domain)
	}
	return out
}

// sourceOf describes a source as "publisher|published|language", the
// publisher in English if it has an English name.
func sourceOf(g *graph.Graph, ix *graph.Index, id diplo.ID) string {
	r, ok := ix.Lookup(id)
	if !ok || r.Type != graph.SourceNode {
		return "?"
	}
	s := g.Sources[r.Index]
	pub, _ := s.Publisher.Get("en")
	return pub + "|" + s.Published.String() + "|" + s.Language.String()
}

func claim(cls []diplo.Claim, property string) diplo.Claim {
	for _, c := range cls {
		if c.Property == property {
			return c
		}
	}
	return diplo.Claim{}
}

func claimValue(cls []diplo.Claim, property string) string {
	return claim(cls, property).Value[language.French]
}

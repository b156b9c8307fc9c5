package main

import (
	"flag"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/examples/internal/exampletest"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

const golden = "testdata/paris-agreement.golden.json"

func TestBuildValidates(t *testing.T) {
	if err := build().Validate(); err != nil {
		t.Fatalf("build() does not validate:\n%v", err)
	}
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks the lifecycle of the
// Paris Agreement and the actions of its two parties.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)
	en := language.English

	var paris, unfccc accord.Accord
	for _, a := range g.Accords {
		switch a.Title[en] {
		case "Paris Agreement":
			paris = a
		case "United Nations Framework Convention on Climate Change":
			unfccc = a
		}
	}
	us, fr := stateID(t, g, "US"), stateID(t, g, "FR")
	adoption := paris.Actions[0]
	conference, _ := ix.Event(adoption.Event)
	var signing event.Event
	for _, act := range paris.Actions {
		if act.Kind == accord.Signature {
			signing, _ = ix.Event(act.Event)
		}
	}
	r, _ := ix.Lookup(paris.Depositary)
	depositary := g.Offices[r.Index]
	r, _ = ix.Lookup(depositary.Of)
	un := g.Organizations[r.Index]
	related, _ := ix.Accord(paris.Relations[0].Accord)

	tests := []struct {
		name      string
		got, want any
	}{
		{"node counts", exampletest.Counts(g), []int{4, 2, 1, 3, 3, 0, 2, 0, 2, 2}},
		{"conference", []string{string(conference.Kind), conference.Span().String(), conference.Place.Wikidata.String(), string(conference.Place.Country)},
			[]string{"multilateral-conference", "2015-11-30/2015-12-12", "wikidata:Q90", "FR"}},
		{"conference outcome", conference.Outcomes, []diplo.ID{paris.ID}},
		{"adoption", []string{string(adoption.Kind), adoption.Date.String()}, []string{"adoption", "2015-12-12"}},
		{"opened for signature", []string{string(signing.Kind), signing.Start.String(), signing.Place.Wikidata.String()}, []string{"signing-ceremony", "2016-04-22", "wikidata:Q60"}},
		{"United States", lifecycle(paris.ActionsOf(us)), []string{
			"adoption 2015-12-12", "signature 2016-04-22", "acceptance 2016-09-03", "entry-into-force 2016-11-04", "withdrawal 2020-11-04"}},
		{"France", lifecycle(paris.ActionsOf(fr)), []string{
			"adoption 2015-12-12", "signature 2016-04-22", "approval 2016-10-05", "entry-into-force 2016-11-04"}},
		{"entry into force is accord-wide", paris.Actions[5].Party.IsZero(), true},
		{"depositary", []string{string(depositary.Role), un.Abbreviation}, []string{"secretary-general", "UN"}},
		{"authentic languages", paris.Languages, []language.Tag{
			language.Arabic, language.Chinese, language.English, language.French, language.Russian, language.MustParse("es")}},
		{"a title in each authentic language", len(paris.Title), len(paris.Languages)},
		{"UNTS registration", paris.Identifiers, []diplo.Identifier{diplo.MustParseIdentifier("unts:I-54113")}},
		{"kind", paris.Kind, accord.Treaty},
		{"parties", exampletest.Countries(g, ix, paris.Parties...), []string{"US", "FR"}},
		{"relation to the Convention", []string{string(paris.Relations[0].Kind), related.Title[en]}, []string{"implements", unfccc.Title[en]}},
		{"Convention in force", lifecycle(unfccc.Actions), []string{"adoption 1992-05-09", "entry-into-force 1994-03-21"}},
		{"signatories", signatories(g, ix, paris), []string{"John Kerry US foreign-minister", "François Hollande FR head-of-state"}},
		{"signatories at the ceremony", []bool{signing.HasParticipant(paris.Signatories[0].Person), signing.HasParticipant(paris.Signatories[1].Person)}, []bool{true, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %#v, want %#v", tc.got, tc.want)
			}
		})
	}
}

func stateID(t *testing.T, g *graph.Graph, code diplo.Country) diplo.ID {
	t.Helper()
	for _, s := range g.States {
		if s.Country == code {
			return s.ID
		}
	}
	t.Fatalf("no state %s", code)
	return ""
}

// lifecycle lists the actions as "kind date".
func lifecycle(acts []accord.Action) []string {
	var out []string
	for _, a := range acts {
		out = append(out, string(a.Kind)+" "+a.Date.String())
	}
	return out
}

// signatories lists the signatories as "name party office-role".
func signatories(g *graph.Graph, ix *graph.Index, a accord.Accord) []string {
	var out []string
	for _, s := range a.Signatories {
		p, _ := ix.Lookup(s.Person)
		o, _ := ix.Lookup(s.Office)
		name, _ := g.Persons[p.Index].Name.Get()
		out = append(out, name+" "+exampletest.Countries(g, ix, s.Party)[0]+" "+string(g.Offices[o.Index].Role))
	}
	return out
}

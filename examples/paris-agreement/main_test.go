package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

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
	_, err := build()
	require.NoError(t, err, "build() does not validate")
}

// TestLifecycleOrder changes the recorded lifecycle of the Paris Agreement
// and checks that the order of a party's actions is still judged: a party
// may withdraw and join again, but each withdrawal needs a consent and an
// entry into force that do not come after it.
func TestLifecycleOrder(t *testing.T) {
	tests := []struct {
		name     string
		change   func(acts []accord.Action) []accord.Action
		wantPath string
		before   accord.ActionKind
	}{
		{"as recorded", func(acts []accord.Action) []accord.Action { return acts }, "", ""},
		{"first acceptance dropped", func(acts []accord.Action) []accord.Action {
			// Without the acceptance of 2016, the withdrawal of 2020
			// (then the sixth action) has only the acceptance of 2021.
			return append(acts[:4:4], acts[5:]...)
		}, "actions[6].date", accord.Acceptance},
		{"second withdrawal before any consent", func(acts []accord.Action) []accord.Action {
			acts[10].Date = diplo.MustParseDate("2016-06-01")
			return acts
		}, "actions[10].date", accord.Acceptance},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := build()
			require.NoError(t, err)
			paris := g.Accords[0]
			if k := paris.Actions[4].Kind; k != accord.Acceptance {
				t.Fatalf("actions[4] is %s, want the acceptance of 2016", k)
			}
			paris.Actions = tc.change(paris.Actions)
			err = paris.Validate()
			if tc.wantPath == "" {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			var fe *diplo.FieldError
			var oe *accord.OrderError
			if !errors.As(err, &fe) || !errors.As(err, &oe) || !errors.Is(err, diplo.ErrOrder) {
				t.Fatalf("Validate = %v, want an order error", err)
			}
			if fe.Path != tc.wantPath || oe.Before != tc.before {
				t.Errorf("order error at %s, before %s; want at %s, before %s", fe.Path, oe.Before, tc.wantPath, tc.before)
			}
		})
	}
}

func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }

func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }

// TestFacts reads the decoded golden graph and checks the lifecycle of the
// Paris Agreement and the actions of its two parties, among them the
// withdrawal, return and second withdrawal of the United States.
func TestFacts(t *testing.T) {
	g := exampletest.Decode(t, golden)
	ix := graph.NewIndex(g)
	raw, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	en := language.English

	us, fr := stateID(t, g, "US"), stateID(t, g, "FR")
	var paris, unfccc accord.Accord
	for _, a := range g.Accords {
		switch a.Title[en] {
		case "Paris Agreement":
			paris = a
		case "United Nations Framework Convention on Climate Change":
			unfccc = a
		}
	}
	adoption := paris.Actions[0]
	conference, _ := ix.Event(adoption.Event)
	var signing event.Event
	var opening, inForce accord.Action
	var usNotes []string
	for _, act := range paris.Actions {
		switch act.Kind {
		case accord.Signature:
			signing, _ = ix.Event(act.Event)
		case accord.OpeningForSignature:
			opening = act
		case accord.EntryIntoForce:
			if act.Party.IsZero() {
				inForce = act
			}
		}
		if act.Party == us && len(act.Note) > 0 {
			usNotes = append(usNotes, string(act.Kind)+" "+act.Date.String()+": "+act.Note[en])
		}
	}
	opened, _ := ix.Event(opening.Event)
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
		{"opening for signature", []string{string(opening.Kind), opening.Date.String(), string(opening.Party)}, []string{"opening-for-signature", "2016-04-22", ""}},
		{"opened at the ceremony", []any{opened.ID, opened.Start.String()}, []any{signing.ID, "2016-04-22"}},
		{"United States", lifecycle(paris.ActionsOf(us)), []string{
			"adoption 2015-12-12", "opening-for-signature 2016-04-22", "signature 2016-04-22", "acceptance 2016-09-03", "entry-into-force 2016-11-04", "withdrawal 2020-11-04",
			"acceptance 2021-01-20", "entry-into-force 2021-02-19", "withdrawal 2026-01-27"}},
		{"United States' own actions", lifecycle(ownActions(paris, us)), []string{
			"signature 2016-04-22", "acceptance 2016-09-03", "withdrawal 2020-11-04", "acceptance 2021-01-20", "entry-into-force 2021-02-19", "withdrawal 2026-01-27"}},
		{"notes on the United States' actions", usNotes, []string{
			"withdrawal 2020-11-04: Notification of withdrawal received on 4 November 2019; effective one year later (article 28).",
			"entry-into-force 2021-02-19: Entry into force for the United States on the thirtieth day after the deposit of its instrument of acceptance (article 21(3)).",
			"withdrawal 2026-01-27: Notification of withdrawal received on 27 January 2025; effective one year later (article 28).",
		}},
		{"France", lifecycle(paris.ActionsOf(fr)), []string{
			"adoption 2015-12-12", "opening-for-signature 2016-04-22", "signature 2016-04-22", "approval 2016-10-05", "entry-into-force 2016-11-04"}},
		{"entry into force is accord-wide", []string{inForce.Date.String(), string(inForce.Party)}, []string{"2016-11-04", ""}},
		{"URL kept as written", bytes.Contains(raw, []byte(`"url": "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-7-d&chapter=27&clang=_en"`)), true},
		{"URL decoded", g.Sources[0].URL, "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVII-7-d&chapter=27&clang=_en"},
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

// ownActions returns the actions that party took itself, without the
// accord-wide ones.
func ownActions(a accord.Accord, party diplo.ID) []accord.Action {
	var out []accord.Action
	for _, act := range a.Actions {
		if act.Party == party {
			out = append(out, act)
		}
	}
	return out
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

package accord_test

import (
	"errors"
	"reflect"
	"testing"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
)

// IDs of the nodes the test values link to.
const (
	commissionAccordID diplo.ID = "https://example.org/accord/commission"
	principlesID       diplo.ID = "https://example.org/accord/principles"
	commissionID       diplo.ID = "https://example.org/org/commission-ru-ml"
	russiaID           diplo.ID = "https://example.org/state/ru"
	maliID             diplo.ID = "https://example.org/state/ml"
	franceID           diplo.ID = "https://example.org/state/fr"
	signerRU           diplo.ID = "https://example.org/person/signer-ru"
	signerML           diplo.ID = "https://example.org/person/signer-ml"
	putinID            diplo.ID = "https://example.org/person/putin"
	ministerRU         diplo.ID = "https://example.org/office/minister-ru"
	signingID          diplo.ID = "https://example.org/event/signing-2025-06-23"
	kremlinSrc         diplo.ID = "https://example.org/source/kremlin"
	abamakoSrc         diplo.ID = "https://example.org/source/abamako"
)

// Every valid value sets every field, so that each rule has something to
// break. The signature on 23 June 2025 is reported; the depositary,
// languages and relation are illustrative.

func validSignatory() accord.Signatory {
	return accord.Signatory{Person: signerRU, Party: russiaID, Capacity: accord.AsSignatory, Office: ministerRU}
}

func validAction() accord.Action {
	return accord.Action{
		Kind:        accord.Signature,
		Date:        diplo.MustParseDate("2025-06-23"),
		Party:       russiaID,
		Event:       signingID,
		Attribution: diplo.Attribution{Sources: []diplo.ID{kremlinSrc}, By: []diplo.ID{russiaID}, Note: diplo.NewText("fr", "selon un communiqué du Kremlin")},
	}
}

func validRelation() accord.Relation {
	return accord.Relation{Kind: accord.Implements, Accord: principlesID}
}

func validAccord() accord.Accord {
	mali := validAction()
	mali.Party, mali.By = maliID, nil
	return accord.Accord{
		ID:   commissionAccordID,
		Kind: accord.Agreement,
		Title: diplo.NewText("fr", "Accord portant création d'une Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique").
			WithTranslation(language.English, language.French, "Agreement establishing a Russia–Mali Intergovernmental Commission for Trade, Economic, Scientific and Technical Cooperation"),
		Parties: []diplo.ID{russiaID, maliID},
		Signatories: []accord.Signatory{
			validSignatory(),
			{Person: signerML, Party: maliID},
			{Person: putinID, Capacity: accord.AsWitness},
		},
		Domains: []diplo.Topic{
			{Domain: diplo.Trade}, {Domain: diplo.Economic}, {Domain: diplo.ScienceTechnology},
			{Domain: diplo.InstitutionBuilding, Label: diplo.NewText("fr", "commission intergouvernementale")},
		},
		Creates:     []diplo.ID{commissionID},
		Actions:     []accord.Action{validAction(), mali},
		Depositary:  russiaID,
		Languages:   []language.Tag{language.Russian, language.French},
		Relations:   []accord.Relation{validRelation()},
		Identifiers: []diplo.Identifier{diplo.MustIdentifier(diplo.URL, "https://example.org/registry/ru-ml-commission")},
		Sources:     []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "kind",
			Value:       diplo.NewText("en", "framework-agreement"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{abamakoSrc}},
		}},
	}
}

func TestValidValues(t *testing.T) {
	tests := []struct {
		name string
		v    interface{ Validate() error }
	}{
		{"Accord", validAccord()},
		{"Signatory", validSignatory()},
		{"Action", validAction()},
		{"Relation", validRelation()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.v.Validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			checkAllSet(t, tc.v)
		})
	}
}

func TestAccordValidate(t *testing.T) {
	type A = accord.Accord
	cases := idCases(func(a *A) *diplo.ID { return &a.ID })
	cases = append(cases, textCases("title", "fr", func(a *A) *diplo.Text { return &a.Title })...)
	cases = append(cases, identifierCases(func(a *A) *[]diplo.Identifier { return &a.Identifiers })[:2]...)
	cases = append(cases, idListCases("creates", func(a *A) *[]diplo.ID { return &a.Creates })...)
	cases = append(cases, idListCases("sources", func(a *A) *[]diplo.ID { return &a.Sources })...)
	cases = append(cases, []ruleCase[A]{
		{name: "kind required", edit: func(a *A) { a.Kind = "" }, path: "kind", want: diplo.ErrRequired},
		{name: "kind unknown", edit: func(a *A) { a.Kind = "pact" }, path: "kind", want: diplo.ErrUnknown},

		// Parties: a third entry, so the signatories still sign for parties.
		{name: "party id empty", edit: func(a *A) { a.Parties = append(a.Parties, "") }, path: "parties[2]", want: diplo.ErrRequired},
		{name: "party id not an IRI", edit: func(a *A) { a.Parties = append(a.Parties, "France") }, path: "parties[2]", want: diplo.ErrSyntax},
		{name: "party listed twice", edit: func(a *A) { a.Parties = append(a.Parties, russiaID) }, path: "parties[2]", want: diplo.ErrDuplicate},

		{name: "signatory person required", edit: func(a *A) { a.Signatories[1].Person = "" },
			path: "signatories[1].person", want: diplo.ErrRequired},
		{name: "signatory person not an IRI", edit: func(a *A) { a.Signatories[1].Person = "the minister" },
			path: "signatories[1].person", want: diplo.ErrSyntax},
		{name: "signatory capacity unknown", edit: func(a *A) { a.Signatories[2].Capacity = "host" },
			path: "signatories[2].capacity", want: diplo.ErrUnknown},
		{name: "signatory for no party", edit: func(a *A) { a.Signatories[1].Party = "" },
			path: "signatories[1].party", want: diplo.ErrRequired},
		{name: "signatory in capacity signatory for no party", edit: func(a *A) { a.Signatories[2].Capacity = accord.AsSignatory },
			path: "signatories[2].party", want: diplo.ErrRequired},
		{name: "signatory office not an IRI", edit: func(a *A) { a.Signatories[0].Office = "minister" },
			path: "signatories[0].office", want: diplo.ErrSyntax},
		{name: "signatory acting for a non-party", edit: func(a *A) { a.Signatories[0].Party = franceID },
			path: "signatories[0].party", want: diplo.ErrInconsistent},
		{name: "signatory with no capacity acting for a non-party", edit: func(a *A) { a.Signatories[1].Party = franceID },
			path: "signatories[1].party", want: diplo.ErrInconsistent},
		// A party id of bad form is both malformed and not a party.
		{name: "signatory party not an IRI", edit: func(a *A) { a.Signatories[0].Party = "Russia" },
			path: "signatories[0].party", want: diplo.ErrSyntax, count: 2},

		{name: "domain unknown", edit: func(a *A) { a.Domains[0].Domain = "commerce" },
			path: "domains[0].domain", want: diplo.ErrUnknown},
		{name: "domain empty", edit: func(a *A) { a.Domains[1] = diplo.Topic{} },
			path: "domains[1].domain", want: diplo.ErrRequired},

		{name: "action kind required", edit: func(a *A) { a.Actions[0].Kind = "" },
			path: "actions[0].kind", want: diplo.ErrRequired},
		{name: "action kind unknown", edit: func(a *A) { a.Actions[0].Kind = "ratify" },
			path: "actions[0].kind", want: diplo.ErrUnknown},
		{name: "action event not an IRI", edit: func(a *A) { a.Actions[0].Event = "signing" },
			path: "actions[0].event", want: diplo.ErrSyntax},
		{name: "action source not an IRI", edit: func(a *A) { a.Actions[1].Sources[0] = "kremlin" },
			path: "actions[1].sources[0]", want: diplo.ErrSyntax},
		{name: "action note undetermined language", edit: func(a *A) { a.Actions[0].Note = diplo.Text{language.Und: "x"} },
			path: "actions[0].note.und", want: diplo.ErrLanguage},
		{name: "action by a non-party", edit: func(a *A) { a.Actions[1].Party = franceID },
			path: "actions[1].party", want: diplo.ErrInconsistent},
		{name: "action party not an IRI", edit: func(a *A) { a.Actions[1].Party = "Mali" },
			path: "actions[1].party", want: diplo.ErrSyntax, count: 2},
		{name: "ratification before signature", edit: func(a *A) {
			a.Actions = append(a.Actions, accord.Action{Kind: accord.Ratification, Date: diplo.MustParseDate("2025-06-01"), Party: maliID})
		}, path: "actions[2].date", want: diplo.ErrOrder},

		{name: "depositary not an IRI", edit: func(a *A) { a.Depositary = "Russia" }, path: "depositary", want: diplo.ErrSyntax},
		{name: "language undetermined", edit: func(a *A) { a.Languages[1] = language.Und },
			path: "languages[1]", want: diplo.ErrLanguage},
		{name: "relation kind required", edit: func(a *A) { a.Relations[0].Kind = "" },
			path: "relations[0].kind", want: diplo.ErrRequired},
		{name: "relation kind unknown", edit: func(a *A) { a.Relations[0].Kind = "replaces" },
			path: "relations[0].kind", want: diplo.ErrUnknown},
		{name: "relation accord required", edit: func(a *A) { a.Relations[0].Accord = "" },
			path: "relations[0].accord", want: diplo.ErrRequired},
		{name: "relation to itself", edit: func(a *A) { a.Relations[0].Accord = a.ID },
			path: "relations[0].accord", want: diplo.ErrCycle},
		{name: "claim without value", edit: func(a *A) { a.Claims[0].Value = nil },
			path: "claims[0].value", want: diplo.ErrRequired},
		{name: "claim without attribution", edit: func(a *A) { a.Claims[0].Attribution = diplo.Attribution{} },
			path: "claims[0].sources", want: diplo.ErrRequired},
	}...)
	runRules(t, validAccord, cases)
}

// TestAccordAccepts checks values the rules must leave alone.
func TestAccordAccepts(t *testing.T) {
	tests := []struct {
		name string
		edit func(*accord.Accord)
	}{
		{"minimal", func(a *accord.Accord) { *a = accord.Accord{ID: a.ID, Kind: accord.Treaty, Title: a.Title} }},
		{"witness needs no party", func(a *accord.Accord) { a.Signatories[2].Party = "" }},
		{"witness for a non-party", func(a *accord.Accord) { a.Signatories[2].Party = franceID }},
		{"guarantor needs no party", func(a *accord.Accord) {
			a.Signatories = append(a.Signatories, accord.Signatory{Person: "urn:x:guarantor", Capacity: accord.AsGuarantor})
		}},
		{"mediator for a non-party", func(a *accord.Accord) {
			a.Signatories = append(a.Signatories, accord.Signatory{Person: "urn:x:mediator", Party: franceID, Capacity: accord.AsMediator})
		}},
		{"accord-wide action", func(a *accord.Accord) {
			a.Actions = append(a.Actions, accord.Action{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2025-06-23")})
		}},
		{"undated action", func(a *accord.Accord) {
			a.Actions = append(a.Actions, accord.Action{Kind: accord.Ratification, Party: maliID})
		}},
		{"no parties, no signatories", func(a *accord.Accord) { a.Parties, a.Signatories, a.Actions = nil, nil, nil }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := validAccord()
			tc.edit(&a)
			if err := a.Validate(); err != nil {
				t.Fatalf("Validate() = %v", err)
			}
		})
	}
}

// TestAccordEmptyIDNoCycle checks that an accord without an ID is not read
// as related to itself through a relation that lacks one too.
func TestAccordEmptyIDNoCycle(t *testing.T) {
	a := validAccord()
	a.ID, a.Relations[0].Accord = "", ""
	fes := fieldErrors(t, a.Validate())
	want := []string{"id", "relations[0].accord"}
	if len(fes) != len(want) {
		t.Fatalf("Validate() =\n%v\nwant errors at %q", a.Validate(), want)
	}
	for i, fe := range fes {
		if fe.Path != want[i] || fe.Err != diplo.ErrRequired {
			t.Errorf("error %d = %v, want %s: required", i, fe, want[i])
		}
	}
}

func TestSignatoryValidate(t *testing.T) {
	type S = accord.Signatory
	runRules(t, validSignatory, []ruleCase[S]{
		{name: "person required", edit: func(s *S) { s.Person = "" }, path: "person", want: diplo.ErrRequired},
		{name: "capacity unknown", edit: func(s *S) { s.Capacity = "notary" }, path: "capacity", want: diplo.ErrUnknown},
		{name: "party required", edit: func(s *S) { s.Party = "" }, path: "party", want: diplo.ErrRequired},
		{name: "party not an IRI", edit: func(s *S) { s.Party = "Russia" }, path: "party", want: diplo.ErrSyntax},
		{name: "office not an IRI", edit: func(s *S) { s.Office = "minister" }, path: "office", want: diplo.ErrSyntax},
	})
	for _, c := range []accord.Capacity{accord.AsWitness, accord.AsGuarantor, accord.AsMediator} {
		s := accord.Signatory{Person: putinID, Capacity: c}
		if err := s.Validate(); err != nil {
			t.Errorf("%s without party: Validate() = %v", c, err)
		}
	}
}

func TestActionValidate(t *testing.T) {
	type X = accord.Action
	runRules(t, validAction, []ruleCase[X]{
		{name: "kind required", edit: func(x *X) { x.Kind = "" }, path: "kind", want: diplo.ErrRequired},
		{name: "kind unknown", edit: func(x *X) { x.Kind = "deposit" }, path: "kind", want: diplo.ErrUnknown},
		{name: "party not an IRI", edit: func(x *X) { x.Party = "Russia" }, path: "party", want: diplo.ErrSyntax},
		{name: "event not an IRI", edit: func(x *X) { x.Event = "signing" }, path: "event", want: diplo.ErrSyntax},
		{name: "by listed twice", edit: func(x *X) { x.By = append(x.By, x.By[0]) }, path: "by[1]", want: diplo.ErrDuplicate},
	})
	if err := (accord.Action{Kind: accord.Termination}).Validate(); err != nil {
		t.Errorf("an undated accord-wide action: Validate() = %v", err)
	}
}

func TestRelationValidate(t *testing.T) {
	type R = accord.Relation
	runRules(t, validRelation, []ruleCase[R]{
		{name: "kind required", edit: func(r *R) { r.Kind = "" }, path: "kind", want: diplo.ErrRequired},
		{name: "kind unknown", edit: func(r *R) { r.Kind = "cancels" }, path: "kind", want: diplo.ErrUnknown},
		{name: "accord required", edit: func(r *R) { r.Accord = "" }, path: "accord", want: diplo.ErrRequired},
		{name: "accord not an IRI", edit: func(r *R) { r.Accord = "the 2019 accord" }, path: "accord", want: diplo.ErrSyntax},
	})
}

func TestIsPartyAndActionsOf(t *testing.T) {
	a := validAccord()
	wide := accord.Action{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2025-06-23")}
	a.Actions = append(a.Actions, wide)
	for _, tc := range []struct {
		id   diplo.ID
		want bool
	}{{russiaID, true}, {maliID, true}, {franceID, false}, {"", false}} {
		if got := a.IsParty(tc.id); got != tc.want {
			t.Errorf("IsParty(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
	tests := []struct {
		party diplo.ID
		want  []accord.Action
	}{
		{russiaID, []accord.Action{a.Actions[0], wide}},
		{maliID, []accord.Action{a.Actions[1], wide}},
		{franceID, []accord.Action{wide}},
	}
	for _, tc := range tests {
		if got := a.ActionsOf(tc.party); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ActionsOf(%s) = %v, want %v", tc.party, got, tc.want)
		}
	}
	if got := (accord.Accord{}).ActionsOf(russiaID); got != nil {
		t.Errorf("ActionsOf on an accord without actions = %v", got)
	}
}

func TestMultipleErrorsSorted(t *testing.T) {
	a := validAccord()
	a.Kind = ""
	a.Signatories[0].Party = franceID
	a.Actions[1].Kind = "ratify"
	a.Languages[0] = language.Und
	fes := fieldErrors(t, a.Validate())
	want := []string{"actions[1].kind", "kind", "languages[0]", "signatories[0].party"}
	if len(fes) != len(want) {
		t.Fatalf("Validate() =\n%v\nwant errors at %q", a.Validate(), want)
	}
	for i := range want {
		if fes[i].Path != want[i] {
			t.Errorf("error %d at %q, want %q", i, fes[i].Path, want[i])
		}
	}
	if !errors.Is(a.Validate(), diplo.ErrInconsistent) || !errors.Is(a.Validate(), diplo.ErrLanguage) {
		t.Error("errors.Is does not see every error of the list")
	}
}

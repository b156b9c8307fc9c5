package accord_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
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
		Effective:   diplo.MustParseDate("2025-06-23"),
		Party:       russiaID,
		Event:       signingID,
		Attribution: diplo.Attribution{Sources: []diplo.ID{kremlinSrc}, By: []diplo.ID{russiaID}, Note: diplo.MustNewText("fr", "selon un communiqué du Kremlin")},
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
		Title: diplo.MustNewText("fr", "Accord portant création d'une Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique").
			WithTranslationTag(language.English, language.French, "Agreement establishing a Russia–Mali Intergovernmental Commission for Trade, Economic, Scientific and Technical Cooperation"),
		Parties: []diplo.ID{russiaID, maliID},
		Signatories: []accord.Signatory{
			validSignatory(),
			{Person: signerML, Party: maliID},
			{Person: putinID, Capacity: accord.AsWitness},
		},
		Domains: []diplo.Topic{
			{Domain: diplo.Trade}, {Domain: diplo.Economic}, {Domain: diplo.ScienceTechnology},
			{Domain: diplo.InstitutionBuilding, Label: diplo.MustNewText("fr", "commission intergouvernementale")},
		},
		Creates:     []diplo.ID{commissionID},
		Actions:     []accord.Action{validAction(), mali},
		Depositary:  russiaID,
		Languages:   []language.Tag{language.Russian, language.French},
		Relations:   []accord.Relation{validRelation()},
		Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.URL, "https://example.org/registry/ru-ml-commission")},
		Sources:     []diplo.ID{kremlinSrc},
		Claims: []diplo.Claim{{
			Property:    "kind",
			Value:       diplo.MustNewText("en", "framework-agreement"),
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
			require.NoError(t, tc.v.Validate())
			modeltest.CheckAllSet(t, tc.v)
		})
	}
}

func TestAccordValidate(t *testing.T) {
	type A = accord.Accord
	cases := modeltest.IDRules(func(a *A) *diplo.ID { return &a.ID })
	cases = append(cases, modeltest.TextRules("title", "fr", func(a *A) *diplo.Text { return &a.Title })...)
	cases = append(cases, modeltest.IdentifierRules(func(a *A) *[]diplo.Identifier { return &a.Identifiers })[:2]...)
	cases = append(cases, modeltest.IDListRules("creates", func(a *A) *[]diplo.ID { return &a.Creates })...)
	cases = append(cases, modeltest.IDListRules("sources", func(a *A) *[]diplo.ID { return &a.Sources })...)
	cases = append(cases, []modeltest.Rule[A]{
		{Name: "kind required", Edit: func(a *A) { a.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(a *A) { a.Kind = "pact" }, Path: "kind", Want: diplo.ErrUnknown},

		// Parties: a third entry, so the signatories still sign for parties.
		{Name: "party id empty", Edit: func(a *A) { a.Parties = append(a.Parties, "") }, Path: "parties[2]", Want: diplo.ErrRequired},
		{Name: "party id not an IRI", Edit: func(a *A) { a.Parties = append(a.Parties, "France") }, Path: "parties[2]", Want: diplo.ErrSyntax},
		{Name: "party listed twice", Edit: func(a *A) { a.Parties = append(a.Parties, russiaID) }, Path: "parties[2]", Want: diplo.ErrDuplicate},

		{Name: "signatory person required", Edit: func(a *A) { a.Signatories[1].Person = "" },
			Path: "signatories[1].person", Want: diplo.ErrRequired},
		{Name: "signatory person not an IRI", Edit: func(a *A) { a.Signatories[1].Person = "the minister" },
			Path: "signatories[1].person", Want: diplo.ErrSyntax},
		{Name: "signatory capacity unknown", Edit: func(a *A) { a.Signatories[2].Capacity = "host" },
			Path: "signatories[2].capacity", Want: diplo.ErrUnknown},
		{Name: "signatory for no party", Edit: func(a *A) { a.Signatories[1].Party = "" },
			Path: "signatories[1].party", Want: diplo.ErrRequired},
		{Name: "signatory in capacity signatory for no party", Edit: func(a *A) { a.Signatories[2].Capacity = accord.AsSignatory },
			Path: "signatories[2].party", Want: diplo.ErrRequired},
		{Name: "signatory office not an IRI", Edit: func(a *A) { a.Signatories[0].Office = "minister" },
			Path: "signatories[0].office", Want: diplo.ErrSyntax},
		{Name: "signatory acting for a non-party", Edit: func(a *A) { a.Signatories[0].Party = franceID },
			Path: "signatories[0].party", Want: diplo.ErrInconsistent},
		{Name: "signatory with no capacity acting for a non-party", Edit: func(a *A) { a.Signatories[1].Party = franceID },
			Path: "signatories[1].party", Want: diplo.ErrInconsistent},
		// A party id of bad form is both malformed and not a party.
		{Name: "signatory party not an IRI", Edit: func(a *A) { a.Signatories[0].Party = "Russia" },
			Path: "signatories[0].party", Want: diplo.ErrSyntax, Count: 2},

		{Name: "domain unknown", Edit: func(a *A) { a.Domains[0].Domain = "commerce" },
			Path: "domains[0].domain", Want: diplo.ErrUnknown},
		{Name: "domain empty", Edit: func(a *A) { a.Domains[1] = diplo.Topic{} },
			Path: "domains[1].domain", Want: diplo.ErrRequired},

		{Name: "action kind required", Edit: func(a *A) { a.Actions[0].Kind = "" },
			Path: "actions[0].kind", Want: diplo.ErrRequired},
		{Name: "action kind unknown", Edit: func(a *A) { a.Actions[0].Kind = "ratify" },
			Path: "actions[0].kind", Want: diplo.ErrUnknown},
		{Name: "action event not an IRI", Edit: func(a *A) { a.Actions[0].Event = "signing" },
			Path: "actions[0].event", Want: diplo.ErrSyntax},
		{Name: "action source not an IRI", Edit: func(a *A) { a.Actions[1].Sources[0] = "kremlin" },
			Path: "actions[1].sources[0]", Want: diplo.ErrSyntax},
		{Name: "action note undetermined language", Edit: func(a *A) { a.Actions[0].Note = diplo.Text{language.Und: "x"} },
			Path: "actions[0].note.und", Want: diplo.ErrLanguage},
		{Name: "action by a non-party", Edit: func(a *A) { a.Actions[1].Party = franceID },
			Path: "actions[1].party", Want: diplo.ErrInconsistent},
		{Name: "action party not an IRI", Edit: func(a *A) { a.Actions[1].Party = "Mali" },
			Path: "actions[1].party", Want: diplo.ErrSyntax, Count: 2},
		{Name: "ratification before signature", Edit: func(a *A) {
			a.Actions = append(a.Actions, accord.Action{Kind: accord.Ratification, Date: diplo.MustParseDate("2025-06-01"), Party: maliID})
		}, Path: "actions[2].date", Want: diplo.ErrOrder},

		{Name: "depositary not an IRI", Edit: func(a *A) { a.Depositary = "Russia" }, Path: "depositary", Want: diplo.ErrSyntax},
		{Name: "language undetermined", Edit: func(a *A) { a.Languages[1] = language.Und },
			Path: "languages[1]", Want: diplo.ErrLanguage},
		{Name: "relation kind required", Edit: func(a *A) { a.Relations[0].Kind = "" },
			Path: "relations[0].kind", Want: diplo.ErrRequired},
		{Name: "relation kind unknown", Edit: func(a *A) { a.Relations[0].Kind = "replaces" },
			Path: "relations[0].kind", Want: diplo.ErrUnknown},
		{Name: "relation accord required", Edit: func(a *A) { a.Relations[0].Accord = "" },
			Path: "relations[0].accord", Want: diplo.ErrRequired},
		{Name: "relation to itself", Edit: func(a *A) { a.Relations[0].Accord = a.ID },
			Path: "relations[0].accord", Want: diplo.ErrCycle},
		{Name: "claim without value", Edit: func(a *A) { a.Claims[0].Value = nil },
			Path: "claims[0].value", Want: diplo.ErrRequired},
		{Name: "claim without attribution", Edit: func(a *A) { a.Claims[0].Attribution = diplo.Attribution{} },
			Path: "claims[0].sources", Want: diplo.ErrRequired},
	}...)
	modeltest.RunRules(t, validAccord, cases)
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
			require.NoError(t, a.Validate())
		})
	}
}

// TestAccordEmptyIDNoCycle checks that an accord without an ID is not read
// as related to itself through a relation that lacks one too.
func TestAccordEmptyIDNoCycle(t *testing.T) {
	a := validAccord()
	a.ID, a.Relations[0].Accord = "", ""
	fes := modeltest.FieldErrors(t, a.Validate())
	want := []string{"id", "relations[0].accord"}
	require.Len(t, fes, len(want), "Validate() =\n%v", a.Validate())
	for i, fe := range fes {
		assert.Equal(t, want[i], fe.Path, "error %d", i)
		assert.Same(t, diplo.ErrRequired, fe.Err, "error %d = %v, want required", i, fe)
	}
}

func TestSignatoryValidate(t *testing.T) {
	type S = accord.Signatory
	modeltest.RunRules(t, validSignatory, []modeltest.Rule[S]{
		{Name: "person required", Edit: func(s *S) { s.Person = "" }, Path: "person", Want: diplo.ErrRequired},
		{Name: "capacity unknown", Edit: func(s *S) { s.Capacity = "notary" }, Path: "capacity", Want: diplo.ErrUnknown},
		{Name: "party required", Edit: func(s *S) { s.Party = "" }, Path: "party", Want: diplo.ErrRequired},
		{Name: "party not an IRI", Edit: func(s *S) { s.Party = "Russia" }, Path: "party", Want: diplo.ErrSyntax},
		{Name: "office not an IRI", Edit: func(s *S) { s.Office = "minister" }, Path: "office", Want: diplo.ErrSyntax},
	})
	for _, c := range []accord.Capacity{accord.AsWitness, accord.AsGuarantor, accord.AsMediator} {
		s := accord.Signatory{Person: putinID, Capacity: c}
		assert.NoError(t, s.Validate(), "%s without party", c)
	}
}

func TestActionValidate(t *testing.T) {
	type X = accord.Action
	modeltest.RunRules(t, validAction, []modeltest.Rule[X]{
		{Name: "kind required", Edit: func(x *X) { x.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(x *X) { x.Kind = "deposit" }, Path: "kind", Want: diplo.ErrUnknown},
		{Name: "party not an IRI", Edit: func(x *X) { x.Party = "Russia" }, Path: "party", Want: diplo.ErrSyntax},
		{Name: "event not an IRI", Edit: func(x *X) { x.Event = "signing" }, Path: "event", Want: diplo.ErrSyntax},
		{Name: "by listed twice", Edit: func(x *X) { x.By = append(x.By, x.By[0]) }, Path: "by[1]", Want: diplo.ErrDuplicate},
	})
	assert.NoError(t, (accord.Action{Kind: accord.Termination}).Validate(), "an undated accord-wide action")
}

func TestRelationValidate(t *testing.T) {
	type R = accord.Relation
	modeltest.RunRules(t, validRelation, []modeltest.Rule[R]{
		{Name: "kind required", Edit: func(r *R) { r.Kind = "" }, Path: "kind", Want: diplo.ErrRequired},
		{Name: "kind unknown", Edit: func(r *R) { r.Kind = "cancels" }, Path: "kind", Want: diplo.ErrUnknown},
		{Name: "accord required", Edit: func(r *R) { r.Accord = "" }, Path: "accord", Want: diplo.ErrRequired},
		{Name: "accord not an IRI", Edit: func(r *R) { r.Accord = "the 2019 accord" }, Path: "accord", Want: diplo.ErrSyntax},
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
		assert.Equal(t, tc.want, a.IsParty(tc.id), "IsParty(%q)", tc.id)
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
		assert.Equal(t, tc.want, a.ActionsOf(tc.party), "ActionsOf(%s)", tc.party)
	}
	assert.Nil(t, (accord.Accord{}).ActionsOf(russiaID), "ActionsOf on an accord without actions")
}

func TestMultipleErrorsSorted(t *testing.T) {
	a := validAccord()
	a.Kind = ""
	a.Signatories[0].Party = franceID
	a.Actions[1].Kind = "ratify"
	a.Languages[0] = language.Und
	fes := modeltest.FieldErrors(t, a.Validate())
	want := []string{"actions[1].kind", "kind", "languages[0]", "signatories[0].party"}
	require.Len(t, fes, len(want), "Validate() =\n%v", a.Validate())
	for i := range want {
		assert.Equal(t, want[i], fes[i].Path, "error %d", i)
	}
	assert.ErrorIs(t, a.Validate(), diplo.ErrInconsistent, "errors.Is sees every error of the list")
	assert.ErrorIs(t, a.Validate(), diplo.ErrLanguage, "errors.Is sees every error of the list")
}

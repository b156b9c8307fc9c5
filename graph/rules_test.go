package graph_test

import (
	"errors"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/alloctest"
)

// ruleCases break each rule that spans nodes once or more on the small
// graph, and give the whole error Validate must report: the path first,
// then the sentinel's message, then the nodes by label and ID.
var ruleCases = append([]ruleCase{
	{graph.RuleUniqueID, "two events share an ID", func(g *graph.Graph) { g.Events[1].ID = idVisit },
		"events[1].id", diplo.ErrDuplicate,
		`duplicate: an Event has the ID of an Event "Visite officielle d'Assimi Goïta en Russie" (` + string(idVisit) + `) at events[0]: no two nodes share an ID`},
	{graph.RuleReference, "speaker names nothing", func(g *graph.Graph) { g.Statements[0].Speakers[0] = idMissing },
		"statements[0].speakers[0]", diplo.ErrReference,
		"unresolved reference: speaker " + string(idMissing) + " names no node of the graph"},
	{graph.RuleReferenceType, "speaker is a source", func(g *graph.Graph) { g.Statements[0].Speakers[0] = idSource },
		"statements[0].speakers[0]", diplo.ErrReference,
		`unresolved reference: speaker "Russie–Mali : trois accords signés à Moscou" (` + string(idSource) + `) is a Source; a speaker is a Person, State, Organization, Office, Delegation or Mission`},
	{graph.RuleReferenceType, "speaker is a tenure", func(g *graph.Graph) { g.Statements[0].Speakers[0] = idTenureML },
		"statements[0].speakers[0]", diplo.ErrReference,
		`unresolved reference: speaker ` + string(idTenureML) + ` is a Tenure; a speaker is a Person, State, Organization, Office, Delegation or Mission`},
	{graph.RuleReferenceType, "witness is a state", func(g *graph.Graph) {
		g.Accords[0].Signatories = append(g.Accords[0].Signatories, accord.Signatory{Person: idRU, Capacity: accord.AsWitness})
	}, "accords[0].signatories[2].person", diplo.ErrReference,
		`unresolved reference: witness "Russie" (` + string(idRU) + `) is a State; a witness is a Person`},
	{graph.RulePartCycle, "visit is a part of its talks", func(g *graph.Graph) {
		g.Events[1].Start = date("2025-06") // not outside the visit, nor the visit outside it
		g.Events[1].Parts = []diplo.ID{idVisit}
	},
		"events[1].parts[0]", diplo.ErrCycle,
		`cycle: part "Visite officielle d'Assimi Goïta en Russie" (` + string(idVisit) + `) of ` + string(idTalks) + ` leads back to it through its parts: no event is a part of itself`},
	{graph.RulePartWithinWhole, "talks after the visit", func(g *graph.Graph) { g.Events[1].Start = date("2025-07-01") },
		"events[0].parts[0]", diplo.ErrInconsistent,
		`inconsistent: part ` + string(idTalks) + `, 2025-07-01, lies outside "Visite officielle d'Assimi Goïta en Russie" (` + string(idVisit) + `), 2025-06-22/2025-06-23`},
	{graph.RuleActionWithinEvent, "signature after the ceremony", func(g *graph.Graph) {
		g.Events[2].Name = fr("Cérémonie de signature")
		g.Accords[0].Actions[0].Date = date("2025-06-30")
	}, "accords[0].actions[0].date", diplo.ErrInconsistent,
		`inconsistent: signature dated 2025-06-30 lies outside "Cérémonie de signature" (` + string(idSigning) + `), 2025-06-23, where it took place`},
	{graph.RuleSignerTakesPart, "signatory not at the ceremony", func(g *graph.Graph) { g.Events[2].Participants = g.Events[2].Participants[:1] },
		"accords[0].signatories[1].person", diplo.ErrInconsistent,
		`inconsistent: signatory "Assimi Goïta" (` + string(idGoita) + `) is not a participant of ` + string(idSigning)},
	{graph.RuleSignerTakesPart, "witness not at the ceremony", func(g *graph.Graph) {
		g.Events[2].Name = fr("Cérémonie de signature")
		g.Accords[0].Signatories[1].Capacity = accord.AsWitness
		g.Accords[0].Signatories[1].Party = ""
		g.Events[2].Participants = g.Events[2].Participants[:1]
	}, "accords[0].signatories[1].person", diplo.ErrInconsistent,
		`inconsistent: witness "Assimi Goïta" (` + string(idGoita) + `) is not a participant of "Cérémonie de signature" (` + string(idSigning) + `)`},
	{graph.RuleSignerTakesPart, "guarantor not at the ceremony", func(g *graph.Graph) {
		g.Accords[0].Signatories[1].Capacity = accord.AsGuarantor
		g.Events[2].Participants = g.Events[2].Participants[:1]
	}, "accords[0].signatories[1].person", diplo.ErrInconsistent,
		`inconsistent: guarantor "Assimi Goïta" (` + string(idGoita) + `) is not a participant of ` + string(idSigning)},
	{graph.RuleStatementWithinOccasion, "quote after the visit", func(g *graph.Graph) { g.Statements[0].Date = date("2025-07-10") },
		"statements[0].date", diplo.ErrInconsistent,
		`inconsistent: statement dated 2025-07-10 lies outside its occasion "Visite officielle d'Assimi Goïta en Russie" (` + string(idVisit) + `), 2025-06-22/2025-06-23`},
	{graph.RuleCauseBeforeEffect, "visit caused by talks held after it", func(g *graph.Graph) {
		g.Events[1].Start = date("2025-06-25")
		g.Events[0].Relations = []event.Relation{{Kind: event.CausedBy, Event: idTalks}}
	}, "events[0].relations[0].event", diplo.ErrOrder,
		`dates out of order: cause ` + string(idTalks) + `, from 2025-06-25, begins after "Visite officielle d'Assimi Goïta en Russie" (` + string(idVisit) + `) is over, 2025-06-23`},
	{graph.RuleCauseBeforeEffect, "summit postponed because of a later event", func(g *graph.Graph) {
		g.Events[1].Status = event.Postponed
		g.Events[1].StatusHistory = []event.StatusChange{
			{Status: event.Planned, Date: date("2025-05-01")},
			{Status: event.Postponed, Date: date("2025-06-20")},
		}
		g.Events[1].Start = date("2025-06-19")
		g.Events[0].Parts = g.Events[0].Parts[1:]
		g.Events[1].Relations = []event.Relation{{Kind: event.CausedBy, Event: idSigning}}
	}, "events[1].relations[0].event", diplo.ErrOrder,
		`dates out of order: cause ` + string(idSigning) + `, from 2025-06-23, begins after ` + string(idTalks) + ` is over, 2025-06-20`},
}, accreditationCases...)

// ruleCase breaks a rule on the small graph and gives the error.
type ruleCase struct {
	rule   graph.Rule
	name   string
	mutate func(g *graph.Graph)
	path   string
	err    error
	msg    string
}

// TestRuleErrors breaks each rule that spans nodes and checks the whole
// error: its path first, its sentinel, its *graph.RuleError and rule, and
// a message that names the nodes by label and ID with the word of the
// field.
func TestRuleErrors(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(string(tc.rule)+"/"+tc.name, func(t *testing.T) {
			g := smallGraph()
			tc.mutate(g)
			errs := fieldErrors(t, g.Validate())
			i := slices.IndexFunc(errs, func(fe *diplo.FieldError) bool { return fe.Path == tc.path })
			require.GreaterOrEqual(t, i, 0, "no error at %s: %v", tc.path, errs)
			fe := errs[i]
			assert.Equal(t, tc.path+": "+tc.msg, fe.Error())
			assert.ErrorIs(t, fe, tc.err)
			var re *graph.RuleError
			require.True(t, errors.As(fe, &re), "%v is not a *graph.RuleError", fe)
			assert.Equal(t, tc.rule, re.Rule)
		})
	}
}

// TestRulesDocumented keeps the rules, their documentation and their tests
// in step: the package documentation lists exactly the rules Rules
// returns, in its order, and every rule has a case in ruleCases.
func TestRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "// # Rules that span nodes")
	require.GreaterOrEqual(t, start, 0)
	end := strings.Index(text[start+1:], "\n// # ")
	require.Greater(t, end, 0)
	var documented []graph.Rule
	for _, m := range regexp.MustCompile(`(?m)^//   - ([a-z-]+): `).FindAllStringSubmatch(text[start:start+1+end], -1) {
		documented = append(documented, graph.Rule(m[1]))
	}
	assert.Equal(t, graph.Rules(), documented, "the rules of doc.go")

	tested := map[graph.Rule]bool{}
	for _, tc := range ruleCases {
		assert.Contains(t, documented, tc.rule, "case %q", tc.name)
		tested[tc.rule] = true
	}
	for _, r := range graph.Rules() {
		assert.True(t, tested[r], "rule %s has no case in ruleCases", r)
	}
}

// TestStatementSpeakers checks the documented rule of who makes
// statements: persons, states, organisations, offices, delegations and
// missions, and nothing else.
func TestStatementSpeakers(t *testing.T) {
	tests := []struct {
		speaker diplo.ID
		ok      bool
	}{
		{idGoita, true}, {idML, true}, {idCommision, true}, {idPresML, true}, {idDelML, true}, {idEmbassyML, true},
		{idTenureML, false}, {idSource, false}, {idAccord, false}, {idTalks, false},
	}
	for _, tc := range tests {
		t.Run(string(tc.speaker), func(t *testing.T) {
			g := smallGraph()
			withEmbassy(g)
			g.Statements[0].Speakers = []diplo.ID{tc.speaker}
			err := g.Validate()
			if tc.ok {
				assert.NoError(t, err)
				return
			}
			var re *graph.RuleError
			require.ErrorAs(t, err, &re)
			assert.Equal(t, graph.RuleReferenceType, re.Rule)
		})
	}
	// The field's documentation says the same.
	src, err := os.ReadFile("../event/statement.go")
	require.NoError(t, err)
	assert.Contains(t, string(src), "Speakers are the persons, states, organisations, offices,\n\t// delegations or missions who made the statement")
}

// TestValidateAllocs checks that validating a valid graph allocates
// nothing once the scratch pool is warm: labels and paths are built only
// for errors.
func TestValidateAllocs(t *testing.T) {
	if alloctest.Race {
		t.Skip("the race detector makes sync.Pool drop what is put in it")
	}
	g := smallGraph()
	require.NoError(t, g.Validate())
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = g.Validate() }))
}

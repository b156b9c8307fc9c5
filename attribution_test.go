package diplo_test

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// TestAttributionRules breaks each rule of attribution on an event of the
// 2018 expulsions of Russian diplomats and checks the whole error: its
// path, its sentinel, the *diplo.AttributionError and the rule it names.
func TestAttributionRules(t *testing.T) {
	src := diplo.ID("https://example.org/source/gov-uk-2018-03-14")
	uk := diplo.ID("https://w3id.org/diplo/id/state/GB")
	valid := func() event.Event {
		return event.Event{
			ID: "https://example.org/event/uk-expels-2018-03-14", Kind: event.Expulsion,
			Characterisations: []event.Characterisation{{
				Term:        diplo.MustNewText("en", "unlawful use of force"),
				Attribution: diplo.Attribution{By: []diplo.ID{uk}, Sources: []diplo.ID{src}},
			}},
			Claims: []diplo.Claim{{
				Property:    "quantities",
				Quantity:    diplo.Quantity{Type: diplo.QuantitativeValue, Amount: "23", Unit: diplo.MustNewText("en", "diplomats")},
				Attribution: diplo.Attribution{Sources: []diplo.ID{src}},
			}},
		}
	}
	require.NoError(t, valid().Validate())
	tests := []struct {
		rule diplo.AttributionRule
		name string
		edit func(*event.Event)
		path string
		msg  string
	}{
		{diplo.ClaimAttributed, "claim with a note alone", func(e *event.Event) {
			e.Claims[0].Attribution = diplo.Attribution{Note: diplo.MustNewText("en", "according to the Prime Minister")}
		}, "claims[0].sources", `attribution rule "claim-attributed": required: a claim names the actor who makes it (by) or cites a source (sources); a note alone does neither`},
		{diplo.CharacterisationAttributed, "characterisation of no one", func(e *event.Event) {
			e.Characterisations[0].Attribution = diplo.Attribution{}
		}, "characterisations[0].by", `attribution rule "characterisation-attributed": required: a characterisation names who used the term (by) or cites where: a statement (statement) or a source (sources)`},
		{diplo.CharacterisationCited, "actor's term cited nowhere", func(e *event.Event) {
			e.Characterisations[0].Sources = nil
		}, "characterisations[0].sources", `attribution rule "characterisation-cited": required: a characterisation attributed to an actor cites the statement in which the term was used (statement) or a source that reports it (sources)`},
	}
	tested := map[diplo.AttributionRule]bool{}
	for _, tc := range tests {
		tested[tc.rule] = true
		t.Run(string(tc.rule)+"/"+tc.name, func(t *testing.T) {
			e := valid()
			tc.edit(&e)
			var fe *diplo.FieldError
			require.True(t, errors.As(e.Validate(), &fe), "Validate() = %v", e.Validate())
			assert.Equal(t, tc.path+": "+tc.msg, fe.Error())
			assert.ErrorIs(t, fe, diplo.ErrRequired)
			var ae *diplo.AttributionError
			require.True(t, errors.As(fe, &ae), "%v is no *diplo.AttributionError", fe)
			assert.Equal(t, tc.rule, ae.Rule)
		})
	}
	for _, r := range diplo.AttributionRules() {
		assert.True(t, tested[r], "rule %s has no case", r)
	}
	t.Run("a statement cites an actor's term", func(t *testing.T) {
		e := valid()
		e.Characterisations[0].Sources = nil
		e.Characterisations[0].Statement = "https://example.org/statement/may-2018-03-14"
		assert.NoError(t, e.Validate())
	})
}

// TestAttributionRulesDocumented keeps the rules and the package
// documentation in step: doc.go lists exactly AttributionRules, in order.
func TestAttributionRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	text := string(doc)
	start := strings.Index(text, "// # Rules of attribution")
	require.GreaterOrEqual(t, start, 0)
	end := strings.Index(text[start+1:], "\n// # ")
	require.Greater(t, end, 0)
	var documented []diplo.AttributionRule
	for _, m := range regexp.MustCompile(`(?m)^//   - ([a-z-]+): `).FindAllStringSubmatch(text[start:start+1+end], -1) {
		documented = append(documented, diplo.AttributionRule(m[1]))
	}
	assert.Equal(t, diplo.AttributionRules(), documented)
}

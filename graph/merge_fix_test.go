package graph_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// TestMergeDropsSelfReferences checks that a reference between two nodes
// that Merge makes one is dropped, not turned into a reference of the node
// to itself, and that the report lists it.
func TestMergeDropsSelfReferences(t *testing.T) {
	idA, idB := diplo.ID(ex+"events/a"), diplo.ID(ex+"events/b")
	gdelt := []diplo.Identifier{diplo.MustNewIdentifier(diplo.GDELT, "1234567")}
	ev := func(id diplo.ID, idents []diplo.Identifier) event.Event {
		return event.Event{ID: id, Kind: event.Summit, Name: fr("Sommet"), Start: date("2025-10-01"), Identifiers: idents}
	}
	tests := []struct {
		name    string
		edit    func(a *event.Event)
		dropped graph.Dropped
		check   func(t *testing.T, e event.Event)
	}{
		{"continues", func(a *event.Event) { a.Relations = []event.Relation{{Kind: event.Continues, Event: idB}} },
			graph.Dropped{Path: "events[" + string(idA) + "].relations[0]", Value: json.RawMessage(`{"kind":"continues","event":"` + string(idA) + `"}`)},
			func(t *testing.T, e event.Event) { assert.Empty(t, e.Relations) }},
		{"part of", func(a *event.Event) { a.Parts = []diplo.ID{idB} },
			graph.Dropped{Path: "events[" + string(idA) + "].parts[0]", Value: json.RawMessage(`"` + string(idA) + `"`)},
			func(t *testing.T, e event.Event) { assert.Empty(t, e.Parts) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The first record says that a continues (has as a part) b;
			// the second knows b by a's GDELT identifier.
			a := ev(idA, gdelt)
			tc.edit(&a)
			one := &graph.Graph{ID: ex + "records/one", Events: []event.Event{a, ev(idB, nil)}}
			two := &graph.Graph{ID: ex + "records/two", Events: []event.Event{ev(idB, gdelt)}}
			require.NoError(t, one.Validate())
			require.NoError(t, two.Validate())
			for _, order := range [][]*graph.Graph{{one, two}, {two, one}} {
				out, rep := merge(t, order...)
				require.Len(t, out.Events, 1)
				assert.NoError(t, out.Validate())
				tc.check(t, out.Events[0])
				require.Len(t, rep.Dropped, 1)
				assert.Equal(t, tc.dropped.Path, rep.Dropped[0].Path)
				assert.JSONEq(t, string(tc.dropped.Value), string(rep.Dropped[0].Value))
				assert.NotEmpty(t, rep.Dropped[0].Reason)
				assert.Empty(t, rep.Invalid)
			}
		})
	}
}

// TestMergeMendsRulesBetweenNodes checks that a value kept from one record
// that breaks a rule with a node of another gives way to another value the
// records give, every value still claimed and reported.
func TestMergeMendsRulesBetweenNodes(t *testing.T) {
	// The first record knows the draft, rejected, but not the vote; the
	// second finds the draft adopted by the vote. Kept from the first,
	// the draft's status would contradict the vote's result.
	rejected := withVote(smallGraph())
	rejected.ID = ex + "records/a"
	rejected.Votes = nil
	adopted := withVote(smallGraph())
	adopted.ID = ex + "records/b"
	adopted.Resolutions[0].Status = decision.Adopted
	v := &adopted.Votes[0]
	v.Result, v.Positions[0].Option = decision.ResultAdopted, decision.Yes
	v.Counts[0].Value = 2
	require.NoError(t, rejected.Validate())
	require.NoError(t, adopted.Validate())

	for _, order := range [][]*graph.Graph{{rejected, adopted}, {adopted, rejected}} {
		out, rep := merge(t, order...)
		require.NoError(t, out.Validate())
		assert.Empty(t, rep.Invalid)
		require.Len(t, out.Resolutions, 1)
		assert.Equal(t, decision.Adopted, out.Resolutions[0].Status)
		var c *graph.Conflict
		for i := range rep.Conflicts {
			if rep.Conflicts[i].Path == "resolutions["+string(idDraft)+"].status" {
				c = &rep.Conflicts[i]
			}
		}
		require.NotNil(t, c, "the status is a conflict")
		assert.JSONEq(t, `"adopted"`, string(c.Kept))
		assert.NotEmpty(t, c.Note)
		require.Len(t, c.Values, 2)
		// Both statuses stay claims of the resolution.
		var claimed []string
		for _, cl := range out.Resolutions[0].Claims {
			if cl.Property == "status" {
				for _, s := range cl.Value {
					claimed = append(claimed, s)
				}
			}
		}
		assert.ElementsMatch(t, []string{"rejected", "adopted"}, claimed)
	}
}

// TestMergeReportsInvalid checks that the report lists the errors of a
// merged record that no value of the inputs mends: a cycle of parts
// longer than one, made when a and c are found to be one event.
func TestMergeReportsInvalid(t *testing.T) {
	idA, idB, idC := diplo.ID(ex+"events/a"), diplo.ID(ex+"events/b"), diplo.ID(ex+"events/c")
	gdelt := []diplo.Identifier{diplo.MustNewIdentifier(diplo.GDELT, "1234567")}
	ev := func(id diplo.ID, idents []diplo.Identifier, parts ...diplo.ID) event.Event {
		return event.Event{ID: id, Kind: event.Summit, Name: fr("Sommet"), Start: date("2025-10-01"), Identifiers: idents, Parts: parts}
	}
	one := &graph.Graph{ID: ex + "records/one", Events: []event.Event{ev(idA, gdelt, idB), ev(idB, nil)}}
	two := &graph.Graph{ID: ex + "records/two", Events: []event.Event{ev(idB, nil, idC), ev(idC, gdelt)}}
	require.NoError(t, one.Validate())
	require.NoError(t, two.Validate())
	out, rep := merge(t, one, two)
	err := out.Validate()
	require.ErrorIs(t, err, diplo.ErrCycle)
	require.NotEmpty(t, rep.Invalid)
	assert.Contains(t, rep.Invalid[0], "parts")
	assert.Contains(t, err.Error(), rep.Invalid[0])
}

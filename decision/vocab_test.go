package decision_test

import (
	"testing"

	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func TestVocabularies(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Kinds(), []decision.Kind{
			decision.ResolutionKind, decision.DecisionKind, decision.Amendment, decision.Motion,
		}, decision.Kind.Description)
	})
	t.Run("Statuses", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Statuses(), []decision.Status{
			decision.Draft, decision.Adopted, decision.Rejected, decision.Withdrawn,
		}, decision.Status.Description)
	})
	t.Run("Methods", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Methods(), []decision.Method{
			decision.ByVote, decision.ByConsensus, decision.WithoutVote, decision.ByAcclamation,
		}, decision.Method.Description)
	})
	t.Run("Results", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Results(), []decision.Result{
			decision.ResultAdopted, decision.ResultRejected, decision.ResultWithdrawn,
		}, decision.Result.Description)
	})
	t.Run("Majorities", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Majorities(), []decision.Majority{
			decision.Simple, decision.Absolute, decision.TwoThirds, decision.Qualified, decision.Unanimity, decision.ConcurringPermanent,
		}, decision.Majority.Description)
	})
	t.Run("Options", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Options(), []decision.Option{
			decision.Yes, decision.No, decision.Abstain, decision.Absent, decision.NotVoting,
			decision.Paired, decision.Present, decision.NotParticipating, decision.Veto,
		}, decision.Option.Description)
	})
	t.Run("Roles", func(t *testing.T) {
		modeltest.CheckVocabulary(t, decision.Roles(), []decision.Role{
			decision.Member, decision.PermanentMember, decision.ElectedMember,
		}, decision.Role.Description)
	})
}

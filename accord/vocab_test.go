package accord_test

import (
	"testing"

	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func TestVocabularies(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, accord.Kinds(), []accord.Kind{
			accord.Treaty, accord.Convention, accord.Agreement, accord.FrameworkAgreement,
			accord.MemorandumOfUnderstanding, accord.Protocol, accord.JointDeclaration,
			accord.ExchangeOfNotes, accord.Charter, accord.ActionPlan, accord.Ceasefire,
			accord.PeaceAgreement,
		}, accord.Kind.Description)
	})
	t.Run("ActionKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, accord.ActionKinds(), []accord.ActionKind{
			accord.Adoption, accord.Initialling, accord.OpeningForSignature, accord.Signature, accord.Ratification,
			accord.Acceptance, accord.Approval, accord.Accession, accord.Succession,
			accord.ProvisionalApplication, accord.EntryIntoForce, accord.Suspension,
			accord.Withdrawal, accord.Termination,
		}, accord.ActionKind.Description)
	})
	t.Run("Capacities", func(t *testing.T) {
		modeltest.CheckVocabulary(t, accord.Capacities(), []accord.Capacity{
			accord.AsSignatory, accord.AsWitness, accord.AsGuarantor, accord.AsMediator,
		}, accord.Capacity.Description)
	})
	t.Run("RelationKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, accord.RelationKinds(), []accord.RelationKind{
			accord.Amends, accord.Supersedes, accord.Implements, accord.Supplements,
			accord.Extends, accord.Terminates,
		}, accord.RelationKind.Description)
	})
}

// TestVocabulariesImmutable checks that a caller who edits a vocabulary
// it got changes nothing the package relies on.
func TestVocabulariesImmutable(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, accord.Kinds) })
	t.Run("ActionKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, accord.ActionKinds) })
	t.Run("Capacities", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, accord.Capacities) })
	t.Run("RelationKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, accord.RelationKinds) })
}

package decision_test

import (
	"testing"

	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// TestVocabularySources checks that each vocabulary of the package defines
// its values in one place, its table, and that every constant is in it.
func TestVocabularySources(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Kind", decision.Kinds()) })
	t.Run("Statuses", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Status", decision.Statuses()) })
	t.Run("Methods", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Method", decision.Methods()) })
	t.Run("Results", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Result", decision.Results()) })
	t.Run("Majorities", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Majority", decision.Majorities()) })
	t.Run("Options", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Option", decision.Options()) })
	t.Run("Roles", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Role", decision.Roles()) })
}

// TestVocabulariesImmutable checks that a caller who edits a vocabulary
// it got changes nothing the package relies on.
func TestVocabulariesImmutable(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Kinds) })
	t.Run("Statuses", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Statuses) })
	t.Run("Methods", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Methods) })
	t.Run("Results", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Results) })
	t.Run("Majorities", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Majorities) })
	t.Run("Options", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Options) })
	t.Run("Roles", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, decision.Roles) })
}

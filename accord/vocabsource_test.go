package accord_test

import (
	"testing"

	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// TestVocabularySources checks that each vocabulary of the package defines
// its values in one place, its table, and that every constant is in it.
func TestVocabularySources(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Kind", accord.Kinds()) })
	t.Run("ActionKinds", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "ActionKind", accord.ActionKinds())
	})
	t.Run("Capacities", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "Capacity", accord.Capacities())
	})
	t.Run("RelationKinds", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "RelationKind", accord.RelationKinds())
	})
}

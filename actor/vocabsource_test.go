package actor_test

import (
	"testing"

	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// TestVocabularySources checks that each vocabulary of the package defines
// its values in one place, its table, and that every constant is in it.
func TestVocabularySources(t *testing.T) {
	t.Run("OrgKinds", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "OrgKind", actor.OrgKinds()) })
	t.Run("OfficeRoles", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "OfficeRole", actor.OfficeRoles())
	})
	t.Run("Qualifiers", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "Qualifier", actor.Qualifiers())
	})
	t.Run("MissionKinds", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "MissionKind", actor.MissionKinds())
	})
}

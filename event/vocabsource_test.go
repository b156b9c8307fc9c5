package event_test

import (
	"testing"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// TestVocabularySources checks that each vocabulary of the package defines
// its values in one place, its table, and that every constant is in it.
func TestVocabularySources(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Kind", event.Kinds()) })
	t.Run("Statuses", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Status", event.Statuses()) })
	t.Run("Roles", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Role", event.Roles()) })
	t.Run("RelationKinds", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "RelationKind", event.RelationKinds())
	})
	t.Run("Tones", func(t *testing.T) { modeltest.CheckVocabularySource(t, ".", "Tone", event.Tones()) })
	t.Run("StatementKinds", func(t *testing.T) {
		modeltest.CheckVocabularySource(t, ".", "StatementKind", event.StatementKinds())
	})
}

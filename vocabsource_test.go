package diplo_test

import (
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// TestVocabularySources checks that the domains are defined in one place,
// their table, and that every Domain constant is in it.
func TestVocabularySources(t *testing.T) {
	modeltest.CheckVocabularySource(t, ".", "Domain", diplo.Domains())
}

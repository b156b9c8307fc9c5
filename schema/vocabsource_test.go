package schema_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/schema"
)

// vocabTerm is a value of a vocabulary with its definition.
type vocabTerm struct{ vocab, value, definition string }

func termsOf[T ~string](v diplo.Vocabulary[T]) []vocabTerm {
	var out []vocabTerm
	for _, t := range v.Terms() {
		out = append(out, vocabTerm{v.Name(), string(t.Value), t.Description})
	}
	return out
}

// TestVocabularyDefinitionsPublished checks that the definition of every
// value of every vocabulary, written once in its Vocabulary table, is
// what the published files say: the JSON Schema's description of the
// enum and the skos:definition of vocab.ttl. The list of vocabularies is
// checked against the tables in the source of the model packages.
func TestVocabularyDefinitionsPublished(t *testing.T) {
	vocabs := [][]vocabTerm{
		termsOf(diplo.Domains()),
		termsOf(actor.OrgKinds()), termsOf(actor.OfficeRoles()), termsOf(actor.Qualifiers()), termsOf(actor.MissionKinds()),
		termsOf(event.Kinds()), termsOf(event.Statuses()), termsOf(event.Roles()),
		termsOf(event.RelationKinds()), termsOf(event.Tones()), termsOf(event.StatementKinds()), termsOf(event.Wordings()),
		termsOf(accord.Kinds()), termsOf(accord.ActionKinds()), termsOf(accord.Capacities()), termsOf(accord.RelationKinds()),
	}
	tables := 0
	for _, dir := range []string{"..", "../actor", "../event", "../accord"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			tables += strings.Count(string(src), "NewVocabulary(\"")
		}
	}
	require.Equal(t, tables, len(vocabs), "vocabulary tables in the model's source, and in this test")

	b, err := schema.JSONSchema("graph")
	require.NoError(t, err)
	var descriptions []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "description" {
					descriptions = append(descriptions, s)
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	var doc any
	require.NoError(t, json.Unmarshal(b, &doc))
	walk(doc)
	inSchema := "\n" + strings.Join(descriptions, "\n") + "\n"
	ttl := string(schema.Vocabulary())
	turtle := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	for _, terms := range vocabs {
		for _, term := range terms {
			assert.Contains(t, inSchema, "\n- "+term.value+": "+term.definition+"\n",
				"%s %q: the JSON Schema does not give its definition", term.vocab, term.value)
			assert.Contains(t, ttl, `skos:definition "`+turtle.Replace(term.definition)+`"@en`,
				"%s %q: vocab.ttl does not give its definition", term.vocab, term.value)
		}
	}
}

package schema_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/schema"
)

// w3idRule is a RewriteRule of w3id/diplo/.htaccess with the RewriteCond
// lines before it.
type w3idRule struct {
	conds   []w3idCond
	pattern *regexp.Regexp
	target  string
	flags   string
}

// w3idCond is a RewriteCond on the Accept header; or joins it to the next.
type w3idCond struct {
	accept *regexp.Regexp
	or     bool
}

// w3idRules reads the rewrite rules that the registration at w3id.org
// submits, in order. It knows the directives the file uses and fails on
// any other, so that a rule it cannot judge is not skipped.
func w3idRules(t *testing.T) []w3idRule {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "w3id", "diplo", ".htaccess"))
	require.NoError(t, err)
	defer f.Close()
	var rules []w3idRule
	var conds []w3idCond
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		switch fields[0] {
		case "Options", "RewriteEngine":
		case "RewriteCond":
			require.True(t, len(fields) >= 3 && fields[1] == "%{HTTP_ACCEPT}", "line %d: a condition on something other than Accept: %q", n, sc.Text())
			conds = append(conds, w3idCond{accept: regexp.MustCompile(fields[2]), or: len(fields) > 3 && fields[3] == "[OR]"})
		case "RewriteRule":
			require.Len(t, fields, 4, "line %d: %q", n, sc.Text())
			rules = append(rules, w3idRule{conds: conds, pattern: regexp.MustCompile(fields[1]), target: fields[2], flags: fields[3]})
			conds = nil
		default:
			t.Fatalf("line %d: unknown directive %q", n, fields[0])
		}
	}
	require.NoError(t, sc.Err())
	require.Empty(t, conds, "conditions after the last rule")
	return rules
}

// w3idResolve applies the rules as Apache does in the folder /diplo/: path
// is the IRI's path after /diplo/ (no fragment: a client never sends it).
// It returns the target and the flags of the first rule that applies.
func w3idResolve(rules []w3idRule, path, accept string) (target, flags string, ok bool) {
	for _, r := range rules {
		m := r.pattern.FindStringSubmatch(path)
		if m == nil {
			continue
		}
		// Conditions joined by [OR] form a group; every group must hold.
		holds, group := true, false
		for _, c := range r.conds {
			group = group || c.accept.MatchString(accept)
			if !c.or {
				holds = holds && group
				group = false
			}
		}
		if !holds {
			continue
		}
		target = r.target
		for i := len(m) - 1; i >= 1; i-- {
			target = strings.ReplaceAll(target, "$"+string(rune('0'+i)), m[i])
		}
		return target, r.flags, true
	}
	return "", "", false
}

// TestW3IDRules resolves every IRI diplo publishes under
// https://w3id.org/diplo/ through the rewrite rules of the registration
// (w3id/diplo/.htaccess) and checks that each lands on a file of this
// repository, with a redirect status that suits it (302 for files, 303 for
// the vocabulary and identifiers of things).
func TestW3IDRules(t *testing.T) {
	const (
		base  = "https://w3id.org/diplo/"
		raw   = "https://raw.githubusercontent.com/diplo-go/diplo/main/"
		blob  = "https://github.com/diplo-go/diplo/blob/main/"
		html  = "text/html,application/xhtml+xml"
		turtl = "text/turtle"
	)
	rules := w3idRules(t)
	require.NotEmpty(t, rules)

	type iri struct {
		iri, accept, file, status string
	}
	iris := []iri{
		{schema.ContextURL, "application/ld+json", "schema/context.jsonld", "R=302"},
		{schema.ContextURL, "*/*", "schema/context.jsonld", "R=302"},
		{schema.VocabNamespace, turtl, "schema/vocab.ttl", "R=303"},
		{schema.VocabNamespace, html, "schema/vocab.md", "R=303"},
		{base + "shapes", turtl, "schema/shapes.ttl", "R=303"},
		{base + "id/unts/I-54321", html, "schema/vocab.md", "R=303"},
		{base + "id/gdelt/1234567", turtl, "schema/vocab.md", "R=303"},
		{base + "id/undoc/S/2022/155", html, "schema/vocab.md", "R=303"},
		{base + "id/undoc/S/RES/2623(2022)", turtl, "schema/vocab.md", "R=303"},
		{string(actor.StateID("ML")), html, "schema/vocab.md", "R=303"},
		{string(actor.StateID("XK")), turtl, "schema/vocab.md", "R=303"},
	}
	for _, typ := range schema.SchemaTypes() {
		b, err := schema.JSONSchema(typ)
		require.NoError(t, err)
		id := regexp.MustCompile(`"\$id": "([^"]+)"`).FindSubmatch(b)
		require.NotNil(t, id, "no $id in the %s schema", typ)
		iris = append(iris, iri{string(id[1]), "application/schema+json", "schema/" + strings.TrimPrefix(string(id[1]), schema.JSONSchemaBase), "R=302"})
	}
	// Every concept scheme the context uses.
	schemes := map[string]bool{}
	for _, m := range regexp.MustCompile(regexp.QuoteMeta(schema.ConceptNamespace)+`([a-z-]+)#`).FindAllSubmatch(schema.Context(), -1) {
		schemes[string(m[1])] = true
	}
	require.GreaterOrEqual(t, len(schemes), 10, "concept schemes in the context")
	for s := range schemes {
		iris = append(iris,
			iri{schema.ConceptNamespace + s + "#x", turtl, "schema/vocab.ttl", "R=303"},
			iri{schema.ConceptNamespace + s + "#x", html, "schema/vocab.md", "R=303"})
	}

	for _, c := range iris {
		t.Run(strings.TrimPrefix(c.iri, base)+" "+c.accept, func(t *testing.T) {
			path, ok := strings.CutPrefix(c.iri, base)
			require.True(t, ok, "not under %s", base)
			path, _, _ = strings.Cut(path, "#")
			target, flags, ok := w3idResolve(rules, path, c.accept)
			require.True(t, ok, "no rule for /diplo/%s", path)
			assert.Contains(t, flags, c.status)
			file, ok := strings.CutPrefix(target, raw)
			if !ok {
				file, ok = strings.CutPrefix(target, blob)
			}
			require.True(t, ok, "target %s is not a file of the main branch", target)
			assert.Equal(t, c.file, file)
			if _, err := os.Stat(filepath.Join("..", filepath.FromSlash(file))); err != nil {
				t.Errorf("/diplo/%s leads to %s, which is not in the repository", path, file)
			}
		})
	}

	// The project page, and the versioned files of a release tag.
	target, _, ok := w3idResolve(rules, "", "*/*")
	assert.True(t, ok)
	assert.Equal(t, "https://github.com/diplo-go/diplo", target)
	for path, want := range map[string]string{
		"v1.2.3/context.jsonld":           "v1.2.3/schema/context.jsonld",
		"v1.2.3/schema/event.schema.json": "v1.2.3/schema/event.schema.json",
		"v0.10.0/vocab.ttl":               "v0.10.0/schema/vocab.ttl",
		"v0.10.0/shapes.ttl":              "v0.10.0/schema/shapes.ttl",
	} {
		target, _, ok := w3idResolve(rules, path, "*/*")
		assert.True(t, ok, path)
		assert.Equal(t, "https://raw.githubusercontent.com/diplo-go/diplo/"+want, target, path)
	}
	// What diplo does not publish has no rule.
	for _, path := range []string{"nothing", "schema/../go.mod", "context.jsonld/x", "v1/context.jsonld", "id/unts/", "id/undoc/", "id/undoc/S/", "id/state/", "id/state/ml", "id/state/MLI", "id/state/ML/x"} {
		_, _, ok := w3idResolve(rules, path, "*/*")
		assert.False(t, ok, path)
	}
}

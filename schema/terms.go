package schema

import (
	"encoding/json"
	"strings"
)

// The N-Quads writer takes its classes, predicates, datatypes and value
// namespaces from the context, the one term table: context.jsonld is
// generated from the terms of context_test.go, which also generate
// vocab.md and are checked against vocab.ttl and shapes.ttl. The lookups
// run once, when the package is initialised; a term the writer needs and
// the context lacks stops the program there, as a broken embedded file
// does.

// ctxTerms is the "@context" object of context.jsonld.
var ctxTerms = func() map[string]any {
	var doc struct {
		Context map[string]any `json:"@context"`
	}
	if err := json.Unmarshal(contextDoc, &doc); err != nil || doc.Context == nil {
		panic("schema: embedded context.jsonld is not a JSON-LD context document")
	}
	return doc.Context
}()

// ctxDef returns the definition of the term reached by path: the first
// name is a term of the context, each next one a term of the scoped
// context of the one before.
func ctxDef(path []string) any {
	scope := ctxTerms
	var def any
	for i, name := range path {
		var ok bool
		if def, ok = scope[name]; !ok {
			panic("schema: context.jsonld has no term " + strings.Join(path[:i+1], "."))
		}
		if i < len(path)-1 {
			m, _ := def.(map[string]any)
			scope, _ = m["@context"].(map[string]any)
		}
	}
	return def
}

// ctxMember returns member key ("@id", "@type", "@reverse") of the term at
// path; a term defined by a string is its "@id".
func ctxMember(key string, path []string) string {
	switch d := ctxDef(path).(type) {
	case string:
		if key == "@id" {
			return d
		}
	case map[string]any:
		if s, ok := d[key].(string); ok {
			return s
		}
	}
	panic("schema: context.jsonld term " + strings.Join(path, ".") + " has no " + key)
}

// ctxExpand expands a compact IRI ("schema:name") with the prefixes of the
// context.
func ctxExpand(s string) string {
	if prefix, local, ok := strings.Cut(s, ":"); ok {
		if ns, ok := ctxTerms[prefix].(string); ok && !strings.HasPrefix(local, "//") {
			return ns + local
		}
	}
	return s
}

// termIRI returns the N-Quads IRI of the term at path: a class ("Person")
// or the predicate of a member ("Event", "participants", "role").
func termIRI(path ...string) string { return "<" + ctxExpand(ctxMember("@id", path)) + ">" }

// reverseTerm returns the N-Quads IRI of the predicate of a reverse
// member ("person" of a tenure is the reverse of diplo:holds).
func reverseTerm(path ...string) string {
	return "<" + ctxExpand(ctxMember("@reverse", path)) + ">"
}

// datatype returns the N-Quads IRI of the datatype of the term at path.
func datatype(path ...string) string { return "<" + ctxExpand(ctxMember("@type", path)) + ">" }

// scoped returns the scoped context of the term at path.
func scoped(path []string) map[string]any {
	m, _ := ctxDef(path).(map[string]any)
	ctx, _ := m["@context"].(map[string]any)
	if ctx == nil {
		panic("schema: context.jsonld term " + strings.Join(path, ".") + " has no scoped context")
	}
	return ctx
}

// valueNamespace returns the namespace of the values of the term at
// path: the @vocab of its scoped context ("https://…/organization-kind#").
func valueNamespace(path ...string) string {
	if v, ok := scoped(path)["@vocab"].(string); ok {
		return ctxExpand(v)
	}
	panic("schema: context.jsonld term " + strings.Join(path, ".") + " has no @vocab")
}

// valueTerms returns the values of the term at path that its scoped
// context maps to IRIs of their own ("held" to schema:EventScheduled), by
// the IRI's local name in schema.org.
func valueTerms(path ...string) map[string]string {
	out := map[string]string{}
	for k, v := range scoped(path) {
		if s, ok := v.(string); ok && !strings.HasPrefix(k, "@") {
			out[k] = strings.TrimPrefix(ctxExpand(s), nsSchema)
		}
	}
	return out
}

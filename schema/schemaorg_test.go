package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaOrgFile is the schema.org release the context is checked against;
// see testdata/schemaorg/PROVENANCE.md.
const schemaOrgFile = "testdata/schemaorg/schemaorg-current-http.jsonld"

// schemaOrgVocab is what the tests need of the schema.org vocabulary.
type schemaOrgVocab struct {
	classes    map[string]bool
	properties map[string]bool
	super      map[string][]string // class → its direct superclasses
	types      map[string][]string // enumeration member → its types
	domain     map[string][]string // property → schema:domainIncludes
	rng        map[string][]string // property → schema:rangeIncludes
}

// ids reads a JSON-LD value that is one {"@id"} or a list of them, or a
// string, as the full IRIs of the compact IRIs of the schema.org file.
func ids(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = append(out, v)
	case map[string]any:
		if id, ok := v["@id"].(string); ok {
			out = append(out, id)
		}
	case []any:
		for _, x := range v {
			out = append(out, ids(x)...)
		}
	}
	for i, s := range out {
		if rest, ok := strings.CutPrefix(s, "schema:"); ok {
			out[i] = nsSchema + rest
		}
	}
	return out
}

func loadSchemaOrg(t testing.TB) *schemaOrgVocab {
	t.Helper()
	data, err := os.ReadFile(schemaOrgFile)
	require.NoError(t, err)
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	require.Equal(t, nsSchema, doc.Context["schema"], "the release is not the one of the http://schema.org/ namespace")
	v := &schemaOrgVocab{classes: map[string]bool{}, properties: map[string]bool{}, super: map[string][]string{},
		types: map[string][]string{}, domain: map[string][]string{}, rng: map[string][]string{}}
	for _, n := range doc.Graph {
		id := ids(n["@id"])[0]
		types := ids(n["@type"])
		switch {
		case slices.Contains(types, "rdfs:Class"):
			v.classes[id] = true
			v.super[id] = ids(n["rdfs:subClassOf"])
		case slices.Contains(types, "rdf:Property"):
			v.properties[id] = true
			v.domain[id] = ids(n["schema:domainIncludes"])
			v.rng[id] = ids(n["schema:rangeIncludes"])
		default:
			v.types[id] = types
		}
	}
	require.Greater(t, len(v.classes), 500)
	require.Greater(t, len(v.properties), 1000)
	return v
}

// diploSuper returns the superclasses and superproperties the term table
// gives diplo terms, as full IRIs.
func diploSuper() map[string][]string {
	m := map[string][]string{}
	var walk func([]term)
	walk = func(ts []term) {
		for _, t := range ts {
			for _, sup := range strings.Fields(t.super) {
				m[expandCompact(t.iri)] = append(m[expandCompact(t.iri)], expandCompact(sup))
			}
			walk(t.scope)
		}
	}
	walk(terms)
	return m
}

// isA reports whether class c is d or a subclass of d, by schema.org's
// rdfs:subClassOf and the table's diplo superclasses.
func (v *schemaOrgVocab) isA(c, d string, diplo map[string][]string) bool {
	seen := map[string]bool{}
	queue := []string{c}
	for len(queue) > 0 {
		x := queue[0]
		queue = queue[1:]
		if x == d {
			return true
		}
		if seen[x] {
			continue
		}
		seen[x] = true
		queue = append(queue, v.super[x]...)
		queue = append(queue, diplo[x]...)
	}
	return false
}

// schemaOrgExceptions are the uses of schema.org terms that do not fit
// schema.org's domains and ranges and that the context cannot change,
// each with its reason: "property domain|range class".
var schemaOrgExceptions = map[string]string{
	// An identifier is any IRI, also that of a node of the graph (in the
	// edge fixture, a person whose id is its Wikidata IRI).
	"http://schema.org/sameAs range http://schema.org/Person": "an identifier may be the IRI of a node of the graph",
	// A nationality is the IRI of its state (a diplo:State, a
	// schema:Country); a document that holds a person but not the state
	// (a person alone) has no node to say the IRI's class.
	"http://schema.org/nationality range http://schema.org/URL": "a nationality names a state that the document may not hold",
	// "planned" is an EventScheduled to schema.org, as "held" is; to keep
	// the two apart it is the diplo concept, which the diplo vocabulary
	// declares a schema:EventStatusType.
	"http://schema.org/eventStatus range http://schema.org/URL": "the status planned is the diplo concept event-status#planned",
}

// TestSchemaOrgDomainsAndRanges checks every use of a schema.org class or
// property in the RDF of the fixtures and the examples against the
// schema.org release in testdata: the class or property exists, and each
// property's subject has a class in its domain (schema:domainIncludes,
// with subclasses, and schema:Thing for anything) and its object a class
// or datatype in its range (schema:rangeIncludes). A Role, as schema.org
// documents it, is an intermediary: a blank node that is the object of a
// property and holds the same property (an event's schema:attendee to a
// participation, whose schema:attendee is the actor) is a schema:Role; the
// property is judged from the outer subject to the inner objects, and the
// Role's other properties (schema:roleName) with the Role as their
// subject. diplo classes count as
// their superclasses in the term table (diplo:State is a
// schema:Organization). Literals are schema:Text (strings, language
// strings), schema:Number (xsd:double) or schema:Date (an EDTF date: an
// exact one is the ISO 8601 date schema.org's Date is); IRIs that are no
// node of the graph are schema:URL. What cannot fit is listed in
// schemaOrgExceptions with its reason, and an exception that no longer
// occurs fails too.
func TestSchemaOrgDomainsAndRanges(t *testing.T) {
	v := loadSchemaOrg(t)
	sup := diploSuper()

	// Every schema.org IRI of the term table exists.
	var walk func([]term)
	walk = func(ts []term) {
		for _, x := range ts {
			for _, iri := range append([]string{x.iri}, strings.Fields(x.super)...) {
				full := ""
				if strings.HasPrefix(iri, "schema:") {
					full = expandCompact(iri)
				}
				if full == "" {
					continue
				}
				if x.typ == vClass {
					assert.True(t, v.classes[full], "%s (%s) is no schema.org class", iri, x.name)
				} else {
					assert.True(t, v.properties[full], "%s (%s) is no schema.org property", iri, x.name)
				}
			}
			for _, val := range x.values {
				if strings.HasPrefix(val.iri, "schema:") {
					assert.NotEmpty(t, v.types[expandCompact(val.iri)], "%s (%s) is no schema.org enumeration member", val.iri, val.value)
				}
			}
			walk(x.scope)
		}
	}
	walk(terms)

	var nq bytes.Buffer
	for _, file := range plainDocuments(t) {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		require.NoError(t, writeAnyNQuads(&nq, decodeDocument(t, data)))
		// Blank node labels start again in each document.
		nq.WriteString("\n")
	}
	found := map[string]bool{}
	uses, roleUses := 0, 0
	for i, doc := range strings.Split(nq.String(), "\n\n") {
		ds, err := parseNQuads(doc + "\n")
		require.NoError(t, err, "document %d", i)
		quads := ds.GetQuads("@default")
		classes := map[string][]string{}
		for _, q := range quads {
			if q.Predicate.GetValue() == nsRDF+"type" {
				classes[q.Subject.GetValue()] = append(classes[q.Subject.GetValue()], q.Object.GetValue())
			}
		}
		// schema.org's Role pattern: a blank node that is the object of
		// a property and holds that property itself is a Role between
		// the subject and its own objects. The outer use is judged on the
		// inner objects, the inner use on the outer subject, and the
		// node, if untyped, is a schema:Role.
		type roleUse struct{ p, s string }
		roles := map[string]roleUse{}
		holds := map[[2]string]bool{}
		for _, q := range quads {
			holds[[2]string{q.Subject.GetValue(), q.Predicate.GetValue()}] = true
		}
		for _, q := range quads {
			if b, ok := q.Object.(ld.BlankNode); ok && strings.HasPrefix(q.Predicate.GetValue(), nsSchema) &&
				holds[[2]string{b.Attribute, q.Predicate.GetValue()}] {
				roles[b.Attribute] = roleUse{q.Predicate.GetValue(), q.Subject.GetValue()}
			}
		}
		classesOf := func(n ld.Node) []string {
			switch n := n.(type) {
			case ld.Literal:
				switch {
				case n.Datatype == edtfDatatype:
					return []string{nsSchema + "Date", nsSchema + "DateTime"}
				case n.Datatype == nsXSD+"double":
					return []string{nsSchema + "Number"}
				}
				return []string{nsSchema + "Text"}
			case ld.BlankNode:
				if c := classes[n.Attribute]; len(c) > 0 {
					return c
				}
				if _, ok := roles[n.Attribute]; ok {
					return []string{nsSchema + "Role"}
				}
				return []string{"(untyped blank node)"}
			case ld.IRI:
				if c := classes[n.Value]; len(c) > 0 {
					return c
				}
				if c := v.types[n.Value]; len(c) > 0 {
					return c
				}
			}
			return []string{nsSchema + "URL"}
		}
		fits := func(cs, allowed []string) bool {
			for _, c := range cs {
				for _, a := range allowed {
					if a == nsSchema+"Thing" || v.isA(c, a, sup) {
						return true
					}
				}
			}
			return false
		}
		for _, q := range quads {
			p := q.Predicate.GetValue()
			if p == nsRDF+"type" {
				if o := q.Object.GetValue(); strings.HasPrefix(o, nsSchema) {
					assert.True(t, v.classes[o], "%s is no schema.org class", o)
				}
				continue
			}
			if !strings.HasPrefix(p, nsSchema) {
				continue
			}
			uses++
			if !v.properties[p] {
				t.Errorf("%s is no schema.org property", p)
				continue
			}
			subject := q.Subject
			if r, ok := roles[subject.GetValue()]; ok && r.p == p {
				// Inside the Role: the domain is the outer subject's.
				subject = ld.NewIRI(r.s)
				if strings.HasPrefix(r.s, "_:") {
					subject = ld.NewBlankNode(r.s)
				}
				roleUses++
			}
			if s := classesOf(subject); !fits(s, v.domain[p]) {
				found[p+" domain "+strings.Join(s, ",")] = true
			}
			if r, ok := roles[q.Object.GetValue()]; ok && r.p == p && r.s == q.Subject.GetValue() {
				// To the Role: the range is judged on the inner uses.
				continue
			}
			if o := classesOf(q.Object); !fits(o, v.rng[p]) {
				found[p+" range "+strings.Join(o, ",")] = true
			}
		}
	}
	assert.Greater(t, uses, 400, "schema.org uses checked")
	assert.Greater(t, roleUses, 20, "uses inside a schema.org Role (participants) checked")
	var bad []string
	for k := range found {
		if _, ok := schemaOrgExceptions[k]; !ok {
			bad = append(bad, k)
		}
	}
	sort.Strings(bad)
	assert.Empty(t, bad, "schema.org terms used outside their domain or range")
	for k := range schemaOrgExceptions {
		assert.True(t, found[k], "the exception %q no longer occurs: remove it", k)
	}
}

package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/schema/internal/jsgen"
)

// vocab.ttl and shapes.ttl are rendered from the term table of
// context_test.go and from the published JSON Schema (diplo.schema.json,
// itself generated from the Go types): the table gives each JSON member
// its IRI and the kind of its values, the schema says which members each
// object has and the rules on their values. TestVocabularyFile and
// TestShapesFile compare them with the committed files; -update rewrites
// them.

const (
	nsSKOS   = "http://www.w3.org/2004/02/skos/core#"
	nsOWL    = "http://www.w3.org/2002/07/owl#"
	nsSH     = "http://www.w3.org/ns/shacl#"
	nsShapes = "https://w3id.org/diplo/shapes#"
)

// jsObject is a JSON Schema object.
type jsObject = map[string]any

// frame is an object of diplo JSON that becomes an RDF node: a node of a
// class of the table (a Person, an Event) or an embedded object (a
// participant, a place), which JSON-LD makes a blank node.
type frame struct {
	def    string   // the JSON Schema definition, "event.Participant"
	schema jsObject // its schema
	class  string   // compact IRI of its class
	table  bool     // the class is a class of the term table (nodes state it)
	typed  bool     // an embedded object whose "type" names a class of the table
	// classes are the classes of an embedded object whose "type" takes
	// one of several values (a quantity: schema:QuantitativeValue or
	// schema:MonetaryAmount); class is then the first.
	classes []string
	scope   []term // the scoped terms that apply to its members
	via     term   // for an embedded object: the property that holds it
	shape   string // local name of its node shape
	props   []frameProp
}

// frameProp is a member of a frame with the term that maps it.
type frameProp struct {
	name   string
	term   term
	schema jsObject // the member's schema, $ref resolved; for arrays, of the items
	array  jsObject // for arrays, the array's own schema; nil otherwise
	inner  *frame   // for embedded objects and graph members
}

// rdfModel is what both Turtle files are rendered from.
type rdfModel struct {
	defs   jsObject
	frames []*frame
	byDef  map[string]*frame
}

func loadJSONSchema(t testing.TB) jsObject {
	t.Helper()
	b, err := os.ReadFile("diplo.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s jsObject
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

// resolve returns the schema of a member with its $ref resolved: the
// keywords of the member override those of the definition.
func (m *rdfModel) resolve(s jsObject) (string, jsObject) {
	ref, _ := s["$ref"].(string)
	if ref == "" {
		return "", s
	}
	name := strings.TrimPrefix(ref, "#/$defs/")
	out := jsObject{}
	for k, v := range m.defs[name].(jsObject) {
		out[k] = v
	}
	for k, v := range s {
		if k != "$ref" {
			out[k] = v
		}
	}
	return name, out
}

// lookupTerm finds the term of a JSON member: in the scoped terms first,
// then among the terms of every node.
func lookupTerm(name string, scope []term) (term, bool) {
	for _, t := range scope {
		if t.name == name {
			return t, true
		}
	}
	for _, t := range terms {
		if t.name == name && t.typ != vClass {
			return t, true
		}
	}
	return term{}, false
}

// embeddedClass names the class of the blank nodes of an embedded object
// by its Go type: event.Participant is diplo:Participant; a name shared by
// two packages takes the package's name (diplo:EventRelation).
func embeddedClass(def string, clash bool) string {
	pkg, name, _ := strings.Cut(def, ".")
	if clash {
		name = strings.ToUpper(pkg[:1]) + pkg[1:] + name
	}
	return "diplo:" + name
}

// buildModel walks the graph schema from its root with the term table.
func buildModel(t testing.TB) *rdfModel {
	t.Helper()
	root := loadJSONSchema(t)
	m := &rdfModel{defs: root["$defs"].(jsObject), byDef: map[string]*frame{}}
	// Go type names used by more than one package.
	seen := map[string]int{}
	for def := range m.defs {
		_, name, _ := strings.Cut(def, ".")
		seen[name]++
	}
	classTerm := func(name string) term {
		for _, c := range terms {
			if c.typ == vClass && c.name == name {
				return c
			}
		}
		t.Fatalf("no class %q in the term table", name)
		return term{}
	}
	var walk func(f *frame)
	walk = func(f *frame) {
		m.frames = append(m.frames, f)
		m.byDef[f.def] = f
		props, _ := f.schema["properties"].(jsObject)
		for _, name := range slices.Sorted(maps.Keys(props)) {
			if name == "id" || name == "type" || name == "@context" {
				continue
			}
			tm, ok := lookupTerm(name, f.scope)
			if !ok {
				t.Fatalf("%s.%s: no term in the table", f.def, name)
			}
			p := frameProp{name: name, term: tm}
			ps := props[name].(jsObject)
			if items, ok := ps["items"].(jsObject); ok {
				p.array = ps
				ps = items
			}
			var def string
			def, p.schema = m.resolve(ps)
			switch tm.typ {
			case vMember:
				typ := p.schema["properties"].(jsObject)["type"].(jsObject)["const"].(string)
				c := classTerm(typ)
				inner := m.byDef[def]
				if inner == nil {
					inner = &frame{def: def, schema: p.schema, class: c.iri, table: true, scope: c.scope, shape: typ + "Shape"}
					walk(inner)
				}
				p.inner = inner
			case vNode:
				inner := m.byDef[def]
				if inner == nil {
					_, goName, _ := strings.Cut(def, ".")
					cls := embeddedClass(def, seen[goName] > 1)
					inner = &frame{def: def, schema: p.schema, class: cls, scope: tm.scope, via: tm, shape: strings.TrimPrefix(cls, "diplo:") + "Shape"}
					// An embedded object that writes its type (a place,
					// its coordinates) is of the class the table maps
					// the type to.
					if tp, ok := p.schema["properties"].(jsObject)["type"].(jsObject); ok {
						if typ, ok := tp["const"].(string); ok {
							c := classTerm(typ)
							inner.class, inner.typed, inner.shape = c.iri, true, typ+"Shape"
						} else {
							// A type of several classes: the shape is
							// named after the Go type.
							for _, v := range tp["enum"].([]any) {
								inner.classes = append(inner.classes, classTerm(v.(string)).iri)
							}
							inner.class, inner.typed = inner.classes[0], true
						}
					}
					walk(inner)
				}
				p.inner = inner
			}
			f.props = append(f.props, p)
		}
	}
	g := classTerm("Graph")
	walk(&frame{def: "graph.Graph", schema: root, class: g.iri, table: true, scope: g.scope, shape: "GraphShape"})
	// Classes of the table that the graph holds no list of would be
	// left without a shape.
	for _, c := range terms {
		if c.typ == vClass && !slices.ContainsFunc(m.frames, func(f *frame) bool { return f.class == c.iri || slices.Contains(f.classes, c.iri) }) {
			t.Fatalf("class %s is not reached from the graph schema", c.name)
		}
	}
	return m
}

// refRanges gives the classes a reference of each diplo property may
// name, as graph.Validate checks them. TestRefRangesComplete requires an
// entry for every reference term with a diplo IRI.
var refRanges = map[string][]string{
	"diplo:source":        {"Source"},
	"diplo:createdBy":     {"Accord"},
	"diplo:officeOf":      {"State", "Organization", "Mission"},
	"diplo:sendingSide":   {"State", "Organization"},
	"diplo:receivingSide": {"State", "Organization"},
	"diplo:accreditedTo":  {"State", "Organization"},
	"diplo:person":        {"Person"},
	"diplo:office":        {"Office"},
	"diplo:represents":    {"State", "Organization"},
	"diplo:head":          {"Person"},
	"diplo:delegation":    {"Delegation"},
	"diplo:relatedEvent":  {"Event"},
	"diplo:inStatement":   {"Statement"},
	"diplo:relatedAccord": {"Accord"},
	"diplo:outcome":       {"Accord", "Resolution"},
	"diplo:body":          {"Organization"},
	"diplo:sponsor":       {"State", "Organization"},
	"diplo:motion":        {"Resolution"},
	"diplo:countGroup":    {"Organization"},
	"diplo:voter":         {"Person", "State", "Organization"},
	"diplo:explanation":   {"Statement"},
	"diplo:occasion":      {"Event"},
	"diplo:party":         {"State", "Organization"},
	"diplo:creates":       {"Organization"},
	"diplo:depositary":    {"State", "Organization", "Office"},
	"diplo:representing":  {"State", "Organization"},
	"diplo:forParty":      {"State", "Organization"},
	"diplo:atEvent":       {"Event"},
	"diplo:publishedBy":   {"Person", "State", "Organization", "Office", "Delegation"},
	// diplo:holds is written reversed (a tenure's person): its subject is
	// the person, its object the tenure.
	"diplo:holds": {"Person"},
}

// embeddedSuper gives the class of an embedded object, by its Go type, a
// superclass: a participation is a schema:Role, as schema.org's Role
// pattern has it (the event's schema:attendee leads to it, and its own
// schema:attendee to the actor).
var embeddedSuper = map[string]string{
	"event.Participant": "schema:Role",
}

// impliedProperty gives the property, from the event to the actor, that a
// participation in a role implies: a host organises (schema:organizer). A
// chair or co-chair presides over a meeting others may have organised.
var impliedProperty = map[string]map[string]string{
	schemeRole: {string(event.Host): "schema:organizer"},
}

// vcltSources gives the article of the Vienna Convention on the Law of
// Treaties (1969) that defines or governs a controlled value of the accord
// vocabularies.
var vcltSources = map[string]map[string]string{
	schemeAccordKind: {
		string(accord.Treaty):          "art. 2(1)(a)",
		string(accord.ExchangeOfNotes): "art. 13",
	},
	schemeActionKind: {
		string(accord.Adoption):               "art. 9",
		string(accord.Initialling):            "art. 10(b)",
		string(accord.Signature):              "art. 12",
		string(accord.Ratification):           "arts. 2(1)(b), 14(1)",
		string(accord.Acceptance):             "arts. 2(1)(b), 14(2)",
		string(accord.Approval):               "arts. 2(1)(b), 14(2)",
		string(accord.Accession):              "arts. 2(1)(b), 15",
		string(accord.ProvisionalApplication): "art. 25",
		string(accord.EntryIntoForce):         "art. 24",
		string(accord.Suspension):             "arts. 57-58",
		string(accord.Withdrawal):             "arts. 54, 56",
		string(accord.Termination):            "arts. 54, 59-62",
	},
}

// decisionSources gives the document that defines a controlled value of
// the vocabularies of votes: Popolo's vote event specification for the
// options it lists, the Charter of the United Nations for the veto, the
// majorities and the standing of members it defines.
var decisionSources = map[string]map[string]string{
	schemeVoteOption: {
		string(decision.Yes): popoloIRI, string(decision.No): popoloIRI, string(decision.Abstain): popoloIRI,
		string(decision.Absent): popoloIRI, string(decision.NotVoting): popoloIRI, string(decision.Paired): popoloIRI,
		string(decision.Veto): unCharterIRI,
	},
	schemeMajority: {
		string(decision.Simple): unCharterIRI, string(decision.TwoThirds): unCharterIRI, string(decision.ConcurringPermanent): unCharterIRI,
	},
	schemeVoterRole: {
		string(decision.PermanentMember): unCharterIRI, string(decision.ElectedMember): unCharterIRI,
	},
}

const (
	popoloIRI    = "https://www.popoloproject.com/specs/vote-event.html"
	unCharterIRI = "https://www.un.org/en/about-us/un-charter/full-text"
	vcltIRI      = "https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf"
	cameoIRI     = "http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf"
	ploverIRI    = "https://github.com/openeventdata/PLOVER"
)

// coding returns the CAMEO and PLOVER coding of a controlled value, from
// the tables of package eventdata.
func coding(scheme, value string) (dyad.Coding, bool) {
	switch scheme {
	case schemeEventKind:
		c, ok := dyad.KindCodings()[event.Kind(value)]
		return c, ok
	case schemeEventStatus:
		c, ok := dyad.StatusCodings()[event.Status(value)]
		return c, ok
	case schemeStatementKind:
		c, ok := dyad.StatementCodings()[event.StatementKind(value)]
		return c, ok
	case schemeVoteOption:
		c, ok := dyad.OptionCodings()[decision.Option(value)]
		return c, ok
	}
	return dyad.Coding{}, false
}

// turtle writes Turtle with the prefixes of the context.
type turtle struct{ b bytes.Buffer }

func (w *turtle) p(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }

// str writes a Turtle string literal; characters that are not printable
// are written as \u escapes.
func str(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x80 && unicode.IsPrint(r):
			b.WriteRune(r)
		case r >= 0x80 && unicode.IsPrint(r) && r != 0xfffd:
			b.WriteRune(r)
		case r > 0xffff:
			fmt.Fprintf(&b, `\U%08X`, r)
		default:
			fmt.Fprintf(&b, `\u%04X`, r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func en(s string) string { return str(s) + "@en" }

// iriRef writes an IRI, compact where a prefix of the file covers it and
// the local part is a valid Turtle local name.
var localName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

func iriRef(full string) string {
	for _, p := range ttlPrefixes {
		if rest, ok := strings.CutPrefix(full, p.iri); ok && localName.MatchString(rest) {
			return p.name + ":" + rest
		}
	}
	return "<" + full + ">"
}

// expandAny expands a compact IRI of the table or of the Turtle prefixes.
func expandAny(s string) string {
	p, rest, _ := strings.Cut(s, ":")
	for _, x := range ttlPrefixes {
		if x.name == p {
			return x.iri + rest
		}
	}
	return expandCompact(s)
}

var ttlPrefixes = func() []prefix {
	out := slices.Clone(prefixes)
	out = append(out,
		prefix{"rdf", nsRDF, ""}, prefix{"owl", nsOWL, ""}, prefix{"skos", nsSKOS, ""},
		prefix{"sh", nsSH, ""}, prefix{"dsh", nsShapes, ""})
	return out
}()

func (w *turtle) prefixes() {
	for _, p := range ttlPrefixes {
		w.p("@prefix %s: <%s> .\n", p.name, p.iri)
	}
	w.p("\n")
}

// countryNS is the namespace of the IRIs of a country term's codes: the
// states' unless the term says otherwise.
func countryNS(t term) string {
	if t.ns != "" {
		return t.ns
	}
	return nsState
}

// schemeIRI is the IRI of a concept scheme; its concepts are the IRI
// followed by "#" and the value.
func schemeIRI(scheme string) string { return ConceptNamespace + scheme }

func conceptIRI(scheme, value string) string { return ConceptNamespace + scheme + "#" + value }

// valueIRI is the IRI that diplo data uses for the controlled value v of
// the term t: the IRI the value stands for where it has one (an event
// status that schema.org defines), or its concept.
func valueIRI(t term, v string) string {
	for _, tv := range t.values {
		if tv.value == v && tv.iri != "" {
			return expandAny(tv.iri)
		}
	}
	return conceptIRI(t.scheme, v)
}

// words turns "organizationKind" or "official-visit" into "organization
// kind", "official visit".
func words(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '-':
			b.WriteByte(' ')
		case unicode.IsUpper(r) && i > 0:
			b.WriteByte(' ')
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// schemes returns the vocabulary terms of the table, one per scheme, in
// table order.
func schemes() []term {
	var out []term
	var walk func([]term)
	walk = func(ts []term) {
		for _, t := range ts {
			if t.typ == vVocab && !slices.ContainsFunc(out, func(s term) bool { return s.scheme == t.scheme }) {
				out = append(out, t)
			}
			walk(t.scope)
		}
	}
	walk(terms)
	return out
}

// dateDatatypeIRIs are the datatypes a date literal may carry: those the
// writer gives and the one of the context.
func dateDatatypeIRIs() []string {
	var out []string
	for _, d := range dateDatatypes {
		out = append(out, strings.Trim(d.nquads, "<>"))
	}
	if !slices.Contains(out, edtfDatatype) {
		out = append(out, edtfDatatype)
	}
	return out
}

// property is a diplo property with every use of it.
type property struct {
	iri   string // compact
	terms []term
	owner []string // compact IRIs of the classes of the frames that hold it
}

func (m *rdfModel) properties() []*property {
	var out []*property
	get := func(iri string) *property {
		for _, p := range out {
			if p.iri == iri {
				return p
			}
		}
		p := &property{iri: iri}
		out = append(out, p)
		return p
	}
	for _, f := range m.frames {
		for _, fp := range f.props {
			p := get(fp.term.iri)
			if !slices.ContainsFunc(p.terms, func(t term) bool { return t.name == fp.term.name && t.meaning == fp.term.meaning }) {
				p.terms = append(p.terms, fp.term)
			}
			for _, c := range append([]string{f.class}, f.classes...) {
				if !slices.Contains(p.owner, c) {
					p.owner = append(p.owner, c)
				}
			}
		}
	}
	return out
}

// classOf returns the compact IRI of a class of the table by name.
func classOf(name string) string {
	for _, c := range terms {
		if c.typ == vClass && c.name == name {
			return c.iri
		}
	}
	panic("no class " + name)
}

// union writes one class or an owl:unionOf of several.
func union(classes []string) string {
	if len(classes) == 1 {
		return iriRef(expandAny(classes[0]))
	}
	var parts []string
	for _, c := range classes {
		parts = append(parts, iriRef(expandAny(c)))
	}
	return "[ a owl:Class ; owl:unionOf ( " + strings.Join(parts, " ") + " ) ]"
}

// rangeOf returns the range of a property from the kind of its values.
func (m *rdfModel) rangeOf(p *property) string {
	t := p.terms[0]
	switch t.typ {
	case vText:
		return "rdf:langString"
	case vString:
		return "xsd:string"
	case vDouble:
		return "xsd:double"
	case vInteger:
		return "xsd:integer"
	case vDecimal:
		return "xsd:decimal"
	case vDate:
		var parts []string
		for _, d := range dateDatatypeIRIs() {
			parts = append(parts, iriRef(d))
		}
		return "[ a rdfs:Datatype ; owl:unionOf ( " + strings.Join(parts, " ") + " ) ]"
	case vVocab:
		return "skos:Concept"
	case vCountry:
		if t.ns == "" {
			return classOf("State")
		}
	case vRef:
		if cs, ok := refRanges[t.iri]; ok {
			var classes []string
			for _, c := range cs {
				classes = append(classes, classOf(c))
			}
			return union(classes)
		}
	case vNode, vMember:
		var classes []string
		for _, f := range m.frames {
			for _, fp := range f.props {
				if fp.term.iri == t.iri && fp.inner != nil {
					for _, c := range append([]string{fp.inner.class}, fp.inner.classes...) {
						if !slices.Contains(classes, c) {
							classes = append(classes, c)
						}
					}
				}
			}
		}
		return union(classes)
	}
	return "rdfs:Resource"
}

// renderVocabularyTTL renders vocab.ttl.
func renderVocabularyTTL(t testing.TB) []byte {
	m := buildModel(t)
	var w turtle
	w.p("# The diplo vocabulary: classes, properties and concept schemes.\n")
	w.p("# Generated from the term table in context_test.go and diplo.schema.json by\n")
	w.p("# `go test ./schema -run 'TestVocabularyFile|TestShapesFile' -update`. Do not edit.\n\n")
	w.prefixes()
	ontology := strings.TrimSuffix(VocabNamespace, "#")
	w.p("<%s> a owl:Ontology ;\n", ontology)
	w.p("  rdfs:label %s ;\n", en("diplo vocabulary"))
	w.p("  rdfs:comment %s ;\n", en("Classes and properties of diplo, a model of diplomatic events, for what schema.org has no term for, and the concept schemes of its controlled vocabularies. The JSON-LD context "+ContextURL+" maps diplo JSON to these terms and to schema.org; shapes.ttl gives the rules of a diplo graph as SHACL shapes."))
	w.p("  rdfs:seeAlso <%s> .\n\n", ContextURL)

	w.p("# Classes\n\n")
	for _, c := range terms {
		if c.typ != vClass || !strings.HasPrefix(c.iri, "diplo:") {
			continue
		}
		w.p("%s a owl:Class , rdfs:Class ;\n  rdfs:label %s ;\n  rdfs:comment %s ;\n", c.iri, en(words(c.name)), en(c.meaning))
		for _, sup := range strings.Fields(c.super) {
			w.p("  rdfs:subClassOf %s ;\n", iriRef(expandAny(sup)))
		}
		w.p("  rdfs:isDefinedBy <%s> .\n\n", ontology)
	}
	for _, f := range m.frames {
		if f.table || f.typed {
			continue
		}
		w.p("%s a owl:Class , rdfs:Class ;\n  rdfs:label %s ;\n", f.class, en(words(strings.TrimPrefix(f.class, "diplo:"))))
		w.p("  rdfs:comment %s ;\n", en(fmt.Sprintf("The class of the embedded objects of %s (%q in diplo JSON): %s Diplo data does not state the class; they are blank nodes.", f.via.iri, f.via.name, f.via.meaning)))
		if sup := embeddedSuper[f.def]; sup != "" {
			w.p("  rdfs:subClassOf %s ;\n", iriRef(expandAny(sup)))
		}
		w.p("  rdfs:isDefinedBy <%s> .\n\n", ontology)
	}

	w.p("# Properties\n\n")
	props := m.properties()
	sort.Slice(props, func(i, j int) bool { return props[i].iri < props[j].iri })
	for _, p := range props {
		if !strings.HasPrefix(p.iri, "diplo:") {
			continue
		}
		kind := "owl:ObjectProperty"
		switch p.terms[0].typ {
		case vText, vString, vDouble, vInteger, vDecimal, vDate:
			kind = "owl:DatatypeProperty"
		}
		var names, meanings []string
		for _, t := range p.terms {
			if !slices.Contains(names, t.name) {
				names = append(names, t.name)
			}
			if !slices.Contains(meanings, t.meaning) {
				meanings = append(meanings, t.meaning)
			}
		}
		w.p("%s a %s , rdf:Property ;\n", p.iri, kind)
		w.p("  rdfs:label %s ;\n", en(words(strings.TrimPrefix(p.iri, "diplo:"))))
		w.p("  rdfs:comment %s ;\n", en(strings.Join(meanings, " ")))
		w.p("  skos:note %s ;\n", en("JSON members: "+strings.Join(names, ", ")+"."))
		domain, rng := union(p.owner), m.rangeOf(p)
		if p.terms[0].reverse {
			// The JSON member names the subject; the node holding it is
			// the object.
			domain, rng = rng, domain
		}
		w.p("  rdfs:domain %s ;\n", domain)
		w.p("  rdfs:range %s ;\n", rng)
		for _, sup := range strings.Fields(p.terms[0].super) {
			w.p("  rdfs:subPropertyOf %s ;\n", iriRef(expandAny(sup)))
		}
		w.p("  rdfs:isDefinedBy <%s> .\n\n", ontology)
	}

	w.p("# Annotations of concepts: where a value comes from in other vocabularies\n\n")
	for _, a := range []struct{ name, label, comment string }{
		{"cameoCode", "CAMEO code", "The CAMEO event code (CAMEO 1.1b3 manual) that the value is coded as, with leading zeros."},
		{"cameoReverseCode", "CAMEO reverse code", "The CAMEO code of the reverse dyad, when the event is coded with the actors swapped and a different code."},
		{"ploverEvent", "PLOVER event", "The PLOVER event type that the value is coded as."},
		{"ploverMode", "PLOVER mode", "The PLOVER mode that the value is coded as."},
		{"ploverContext", "PLOVER context", "The PLOVER context of the value."},
		{"vcltArticle", "VCLT article", "The article of the Vienna Convention on the Law of Treaties (1969) that defines or governs the value."},
		{"impliesProperty", "implies property", "A property that a participation in this role implies, from the event to the participant's actor: a consumer may state it. (The JSON-LD context cannot: a term's IRI does not depend on a value.)"},
	} {
		w.p("diplo:%s a owl:AnnotationProperty ;\n  rdfs:label %s ;\n  rdfs:comment %s ;\n  rdfs:isDefinedBy <%s> .\n\n", a.name, en(a.label), en(a.comment), ontology)
	}

	w.p("# Concept schemes\n")
	for _, s := range schemes() {
		si := schemeIRI(s.scheme)
		w.p("\n<%s> a skos:ConceptScheme ;\n  skos:prefLabel %s ;\n", si, en(words(s.scheme)))
		w.p("  skos:definition %s ;\n", en(fmt.Sprintf("The values of %s: %s", s.iri, s.meaning)))
		var tops []string
		for _, v := range s.values {
			tops = append(tops, "<"+conceptIRI(s.scheme, v.value)+">")
		}
		w.p("  skos:hasTopConcept %s .\n", strings.Join(tops, " , "))
		for _, v := range s.values {
			w.p("\n<%s> a skos:Concept ;\n  skos:inScheme <%s> ;\n  skos:topConceptOf <%s> ;\n", conceptIRI(s.scheme, v.value), si, si)
			w.p("  skos:notation %s ;\n  skos:prefLabel %s ;\n  skos:definition %s", str(v.value), en(words(v.value)), en(v.description))
			if v.iri != "" {
				// diplo data writes the value as this IRI.
				w.p(" ;\n  skos:exactMatch %s", iriRef(expandAny(v.iri)))
			}
			var sources []string
			if c, ok := coding(s.scheme, v.value); ok {
				if c.CAMEO != "" {
					w.p(" ;\n  diplo:cameoCode %s", str(c.CAMEO))
					sources = append(sources, cameoIRI)
				}
				if c.Reverse != "" {
					w.p(" ;\n  diplo:cameoReverseCode %s", str(c.Reverse))
				}
				if c.PLOVEREvent != "" {
					w.p(" ;\n  diplo:ploverEvent %s", str(c.PLOVEREvent))
					sources = append(sources, ploverIRI)
				}
				if c.PLOVERMode != "" {
					w.p(" ;\n  diplo:ploverMode %s", str(c.PLOVERMode))
				}
				if c.Note != "" {
					w.p(" ;\n  skos:scopeNote %s", en(c.Note))
				}
			}
			if s.scheme == schemeDomain {
				if ctx := dyad.DomainContexts()[diplo.Domain(v.value)]; ctx != "" {
					w.p(" ;\n  diplo:ploverContext %s", str(ctx))
					sources = append(sources, ploverIRI)
				}
			}
			if p := impliedProperty[s.scheme][v.value]; p != "" {
				w.p(" ;\n  diplo:impliesProperty %s", p)
			}
			if art := vcltSources[s.scheme][v.value]; art != "" {
				w.p(" ;\n  diplo:vcltArticle %s", str(art))
				sources = append(sources, vcltIRI)
			}
			if src := decisionSources[s.scheme][v.value]; src != "" {
				sources = append(sources, src)
			}
			for i, src := range slices.Compact(sources) {
				if i == 0 {
					w.p(" ;\n  dcterms:source <%s>", src)
				} else {
					w.p(" , <%s>", src)
				}
			}
			w.p(" .\n")
		}
	}
	return w.b.Bytes()
}

// Shapes.

// notExpressible lists the rules of the JSON Schema that SHACL Core
// cannot state over the RDF of a document, by definition and member, with
// the reason; the generator fails on any other keyword it does not turn
// into a constraint.
var notExpressible = map[string]string{
	"diplo.Text.propertyNames": "a language tag is not und: SHACL Core tests language tags only by basic language ranges (sh:languageIn), and the range und also covers the valid tags und-x-private and und-Latn; nor can it test that a tag is well-formed",
	"event.Statement.text":     "the original text is the value whose language tag has no -t- extension (RFC 6497); SHACL Core constrains language tags only by basic language ranges (sh:languageIn), which cannot exclude an extension",
}

// constraint is a list of predicate-object pairs of a shape.
type constraint [][2]string

func (c constraint) render(indent string) string {
	var parts []string
	for _, po := range c {
		parts = append(parts, po[0]+" "+po[1])
	}
	return strings.Join(parts, " ;\n"+indent)
}

func inline(c constraint) string {
	var parts []string
	for _, po := range c {
		parts = append(parts, po[0]+" "+po[1])
	}
	return "[ " + strings.Join(parts, " ; ") + " ]"
}

func list(items []string) string { return "( " + strings.Join(items, " ") + " )" }

// identifierPattern turns a pattern on the compact form of an identifier
// ("^wikidata:Q...") into one on the IRI it expands to.
func identifierPattern(p string) string {
	for _, x := range identPrefixes {
		if rest, ok := strings.CutPrefix(p, "^"+x.name+":"); ok {
			return "^" + regexp.QuoteMeta(x.iri) + rest
		}
	}
	return p
}

func num(v any) string {
	f := v.(float64)
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// valueConstraints returns the constraints on each value of a member.
func (m *rdfModel) valueConstraints(f *frame, p frameProp) constraint {
	s := p.schema
	var c constraint
	add := func(pr, o string) { c = append(c, [2]string{pr, o}) }
	pattern := func(key string, s jsObject) {
		if pat, ok := s[key].(string); ok {
			add("sh:pattern", str(pat))
		}
	}
	switch p.term.typ {
	case vText:
		add("sh:datatype", "rdf:langString")
		if ap, ok := s["additionalProperties"].(jsObject); ok {
			pattern("pattern", ap)
		}
		// The tag "und" is not stated: sh:languageIn ("und") would also
		// refuse und-x-private and und-Latn, which are valid.
	case vString:
		add("sh:datatype", "xsd:string")
		pattern("pattern", s)
		if n, ok := s["minLength"]; ok {
			add("sh:minLength", num(n))
		}
		if not, ok := s["not"].(jsObject); ok {
			add("sh:not", inline(constraint{{"sh:pattern", str(not["pattern"].(string))}}))
		}
	case vDouble:
		add("sh:datatype", "xsd:double")
		if n, ok := s["minimum"]; ok {
			add("sh:minInclusive", num(n))
		}
		if n, ok := s["maximum"]; ok {
			add("sh:maxInclusive", num(n))
		}
	case vInteger:
		add("sh:datatype", "xsd:integer")
		if n, ok := s["minimum"]; ok {
			add("sh:minInclusive", num(n))
		}
	case vDecimal:
		add("sh:datatype", "xsd:decimal")
		pattern("pattern", s)
	case vDate:
		var alts []string
		for _, d := range dateDatatypeIRIs() {
			alts = append(alts, inline(constraint{{"sh:datatype", iriRef(d)}}))
		}
		add("sh:or", list(alts))
		pattern("pattern", s)
	case vRef:
		add("sh:nodeKind", "sh:IRI")
		pattern("pattern", s)
	case vIdent:
		add("sh:nodeKind", "sh:IRI")
		pat, _ := s["pattern"].(string)
		// The identifier definition's pattern is the alternation of the
		// schemes' patterns; each is stated on the IRI it expands to.
		if schemes := jsgen.IdentifierSchemePatterns(); pat == jsgen.IdentifierPattern(schemes) {
			var out []string
			for _, a := range schemes {
				out = append(out, inline(constraint{{"sh:pattern", str(identifierPattern(a))}}))
			}
			add("sh:or", list(out))
		} else if pat != "" {
			add("sh:pattern", str(identifierPattern(pat)))
		}
	case vVocab:
		var in []string
		for _, v := range p.term.values {
			in = append(in, "<"+valueIRI(p.term, v.value)+">")
		}
		add("sh:in", list(in))
	case vCountry:
		var in []string
		for _, v := range s["enum"].([]any) {
			in = append(in, "<"+countryNS(p.term)+v.(string)+">")
		}
		add("sh:in", list(in))
	case vNode:
		add("sh:nodeKind", "sh:BlankNode")
		add("sh:node", "dsh:"+p.inner.shape)
	case vMember:
		add("sh:nodeKind", "sh:IRI")
		add("sh:class", iriRef(expandAny(p.inner.class)))
	}
	return c
}

// handledKeywords are the JSON Schema keywords of an object that the
// shapes state, or that have no meaning in RDF (uniqueItems: an RDF graph
// is a set; format: its pattern says the same; the type keyword: the kind
// of value is that of the term; additionalProperties: see
// unevaluatedProperties). renderShapesTTL fails on any other, so that a rule
// added to the JSON Schema is not silently left out of the shapes.
var handledKeywords = map[string]bool{
	"$ref": true, "items": true, "type": true, "description": true, "title": true, "format": true,
	"pattern": true, "minLength": true, "minItems": true, "minProperties": true, "maximum": true,
	"minimum": true, "uniqueItems": true, "enum": true, "oneOf": true, "anyOf": true,
	"additionalProperties": true, "propertyNames": true, "properties": true, "required": true,
	"const": true, "not": true, "dependentRequired": true, "dependentSchemas": true, "if": true, "then": true, "allOf": true,
	"$schema": true, "$id": true, "$defs": true, "$comment": true,
	// Annotations.
	"examples": true, "default": true, "deprecated": true, "readOnly": true, "writeOnly": true,
	// No other members: a JSON-LD processor drops the members the
	// context does not define, so the RDF has none to refuse.
	"unevaluatedProperties": true,
}

// requiredAlt turns an alternative of an anyOf of required members into
// a node shape that requires one of them.
func (m *rdfModel) requiredAlt(t testing.TB, f *frame, alt jsObject) string {
	if _, ok := alt["anyOf"]; ok {
		return inline(constraint{{"sh:or", m.requiredAlts(t, f, alt["anyOf"].([]any))}})
	}
	if not, ok := alt["not"].(jsObject); ok && len(alt) == 1 {
		// The member is left out (or, for a language map, empty).
		req, _ := not["required"].([]any)
		if len(req) != 1 {
			t.Fatalf("%s: a not that does not require one member: %v", f.def, alt)
		}
		return inline(constraint{{"sh:path", m.pathOf(t, f, req[0].(string))}, {"sh:maxCount", "0"}})
	}
	req, _ := alt["required"].([]any)
	if len(req) != 1 {
		t.Fatalf("%s: an alternative that does not require one member: %v", f.def, alt)
	}
	return inline(constraint{{"sh:path", m.pathOf(t, f, req[0].(string))}, {"sh:minCount", "1"}})
}

func (m *rdfModel) requiredAlts(t testing.TB, f *frame, alts []any) string {
	var out []string
	for _, a := range alts {
		out = append(out, m.requiredAlt(t, f, a.(jsObject)))
	}
	return list(out)
}

func (m *rdfModel) pathOf(t testing.TB, f *frame, name string) string {
	for _, p := range f.props {
		if p.name == name {
			return shPath(p.term)
		}
	}
	t.Fatalf("%s: no member %s", f.def, name)
	return ""
}

// shPath is the SHACL path of a term: its IRI, or the inverse of it for a
// term written reversed.
func shPath(t term) string {
	if t.reverse {
		return "[ sh:inversePath " + iriRef(expandAny(t.iri)) + " ]"
	}
	return iriRef(expandAny(t.iri))
}

func (m *rdfModel) propOf(f *frame, name string) frameProp {
	for _, p := range f.props {
		if p.name == name {
			return p
		}
	}
	return frameProp{}
}

// renderShapesTTL renders shapes.ttl.
func renderShapesTTL(t testing.TB) []byte {
	m := buildModel(t)
	var w turtle
	w.p("# SHACL shapes of a diplo graph: the rules of diplo.schema.json on the RDF that\n")
	w.p("# JSON-LD processors and WriteNQuads make of diplo JSON.\n")
	w.p("# Generated from the term table in context_test.go and diplo.schema.json by\n")
	w.p("# `go test ./schema -run 'TestVocabularyFile|TestShapesFile' -update`. Do not edit.\n")
	w.p("#\n# Not stated here, because SHACL Core cannot say it of the RDF of a document:\n")
	w.p("#   - members that a JSON-LD processor drops (unknown members, null values), and the\n")
	w.p("#     difference between an array and a single value;\n")
	w.p("#   - duplicates in lists (uniqueItems): an RDF graph is a set, and duplicate embedded\n")
	w.p("#     objects are distinct blank nodes;\n")
	w.p("#   - which of the members that share an IRI held a value (geonames and wikidata of a place\n")
	w.p("#     are both schema:sameAs);\n")
	for _, k := range slices.Sorted(maps.Keys(notExpressible)) {
		w.p("#   - %s: %s;\n", k, notExpressible[k])
	}
	w.p("#   - the rules of graph.Validate that span nodes (the classes of referenced nodes, cycles\n")
	w.p("#     of parts, dates within spans).\n\n")
	w.prefixes()
	for _, f := range m.frames {
		w.p("dsh:%s a sh:NodeShape ;\n", f.shape)
		if f.table {
			w.p("  sh:targetClass %s ;\n", iriRef(expandAny(f.class)))
		} else {
			comment := fmt.Sprintf("An embedded object of %s (%q), a blank node.", f.via.iri, f.via.name)
			if f.typed {
				// Its class is stated in diplo JSON but may be left out
				// on input, as a node's: the shape is reached through the
				// property that holds it, not by its class.
				if len(f.classes) > 0 {
					comment += fmt.Sprintf(" Its class, which its \"type\" states, is one of %s.", strings.Join(f.classes, ", "))
				} else {
					comment += fmt.Sprintf(" Its class is %s (\"type\": %q), which input may leave out.", f.class, strings.TrimSuffix(f.shape, "Shape"))
				}
			}
			w.p("  rdfs:comment %s ;\n", en(comment))
		}
		for k := range f.schema {
			if !handledKeywords[k] {
				t.Fatalf("%s: keyword %s is not turned into a constraint", f.def, k)
			}
		}
		req := map[string]bool{}
		for _, r := range anySlice(f.schema["required"]) {
			req[r.(string)] = true
		}
		if req["id"] {
			w.p("  sh:nodeKind sh:IRI ;\n")
		}
		// Members grouped by IRI: members that share one (a place's
		// geonames and wikidata) are one property in RDF.
		var order []string
		groups := map[string][]frameProp{}
		for _, p := range f.props {
			iri := expandAny(p.term.iri)
			if _, ok := groups[iri]; !ok {
				order = append(order, iri)
			}
			groups[iri] = append(groups[iri], p)
		}
		var shapes []string
		for _, iri := range order {
			g := groups[iri]
			c := constraint{{"sh:path", shPath(g[0].term)}}
			var names []string
			for _, p := range g {
				names = append(names, p.name)
			}
			c = append(c, [2]string{"sh:name", str(strings.Join(names, ", "))})
			if len(g) == 1 {
				p := g[0]
				if key := f.def + "." + p.name; notExpressible[key] == "" {
					for k := range p.schema {
						if k == "not" && p.term.typ != vString {
							t.Fatalf("%s: a 'not' rule that is not listed in notExpressible", key)
						}
					}
				}
				minItems := 0.0
				if p.array != nil {
					minItems, _ = p.array["minItems"].(float64)
				}
				if req[p.name] || minItems >= 1 {
					c = append(c, [2]string{"sh:minCount", "1"})
				}
				if !p.term.many && p.term.typ != vText {
					c = append(c, [2]string{"sh:maxCount", "1"})
				}
				c = append(c, m.valueConstraints(f, p)...)
			} else {
				var alts []string
				for _, p := range g {
					alts = append(alts, inline(m.valueConstraints(f, p)))
				}
				c = append(c, [2]string{"sh:or", list(alts)})
			}
			shapes = append(shapes, "[\n    "+c.render("    ")+"\n  ]")
		}
		// Rules over several members.
		var extra constraint
		if alts, ok := f.schema["anyOf"].([]any); ok {
			extra = append(extra, [2]string{"sh:or", m.requiredAlts(t, f, alts)})
		}
		for _, all := range anySlice(f.schema["allOf"]) {
			alts, ok := all.(jsObject)["anyOf"].([]any)
			if !ok || len(all.(jsObject)) != 1 {
				t.Fatalf("%s: an allOf of something else than anyOf", f.def)
			}
			extra = append(extra, [2]string{"sh:or", m.requiredAlts(t, f, alts)})
		}
		for _, alt := range anySlice(f.schema["oneOf"]) {
			// One alternative per class of the type (a quantity): a node
			// of that class requires some members and refuses others.
			if len(f.classes) == 0 {
				t.Fatalf("%s: a oneOf on an object whose type is not of several classes", f.def)
			}
			a := alt.(jsObject)
			typ := a["properties"].(jsObject)["type"].(jsObject)["const"].(string)
			var c constraint
			for _, r := range anySlice(a["required"]) {
				if r != "type" {
					c = append(c, [2]string{"sh:property", inline(constraint{{"sh:path", m.pathOf(t, f, r.(string))}, {"sh:minCount", "1"}})})
				}
			}
			if not, ok := a["not"].(jsObject); ok {
				c = append(c, [2]string{"sh:property", m.requiredAlt(t, f, jsObject{"not": not})})
			}
			extra = append(extra, [2]string{"sh:or", list([]string{
				inline(constraint{{"sh:not", inline(constraint{{"sh:class", iriRef(expandAny(classOf(typ)))}})}}),
				inline(c),
			})})
		}
		if dr, ok := f.schema["dependentRequired"].(jsObject); ok {
			for _, k := range slices.Sorted(maps.Keys(dr)) {
				for _, r := range dr[k].([]any) {
					extra = append(extra, [2]string{"sh:or", list([]string{
						inline(constraint{{"sh:path", m.pathOf(t, f, k)}, {"sh:maxCount", "0"}}),
						inline(constraint{{"sh:path", m.pathOf(t, f, r.(string))}, {"sh:minCount", "1"}}),
					})})
				}
			}
		}
		if ds, ok := f.schema["dependentSchemas"].(jsObject); ok {
			for _, k := range slices.Sorted(maps.Keys(ds)) {
				extra = append(extra, [2]string{"sh:or", list([]string{
					inline(constraint{{"sh:path", m.pathOf(t, f, k)}, {"sh:maxCount", "0"}}),
					m.requiredAlt(t, f, ds[k].(jsObject)),
				})})
			}
		}
		if cond, ok := f.schema["if"].(jsObject); ok && cond["required"] != nil {
			// if a member is present, then another takes one of some
			// controlled values.
			req := cond["required"].([]any)
			then := f.schema["then"].(jsObject)["properties"].(jsObject)
			if len(req) != 1 || len(then) != 1 {
				t.Fatalf("%s: an if on a member's presence that does not restrict one other", f.def)
			}
			var name string
			for k := range then {
				name = k
			}
			p := m.propOf(f, name)
			var in []string
			for _, v := range then[name].(jsObject)["enum"].([]any) {
				in = append(in, "<"+valueIRI(p.term, v.(string))+">")
			}
			extra = append(extra, [2]string{"sh:or", list([]string{
				inline(constraint{{"sh:path", m.pathOf(t, f, req[0].(string))}, {"sh:maxCount", "0"}}),
				inline(constraint{{"sh:path", m.pathOf(t, f, name)}, {"sh:in", list(in)}}),
			})})
		} else if ok {
			// if a member has a value (or none: a missing controlled
			// value is its default), then another is required, or (with
			// not) left out.
			props := cond["properties"].(jsObject)
			if len(props) != 1 || cond["required"] != nil {
				t.Fatalf("%s: an if that does not test one member's value", f.def)
			}
			var name string
			for k := range props {
				name = k
			}
			p := m.propOf(f, name)
			v := props[name].(jsObject)["const"].(string)
			thenObj := f.schema["then"].(jsObject)
			count := [2]string{"sh:minCount", "1"}
			if not, ok := thenObj["not"].(jsObject); ok {
				thenObj, count = not, [2]string{"sh:maxCount", "0"}
			}
			then := thenObj["required"].([]any)
			if p.term.typ != vVocab || len(then) != 1 {
				t.Fatalf("%s: an if on %s that is not a controlled value", f.def, name)
			}
			extra = append(extra, [2]string{"sh:or", list([]string{
				inline(constraint{{"sh:path", m.pathOf(t, f, name)}, {"sh:minCount", "1"},
					{"sh:not", inline(constraint{{"sh:in", list([]string{"<" + valueIRI(p.term, v) + ">"})}})}}),
				inline(constraint{{"sh:path", m.pathOf(t, f, then[0].(string))}, count}),
			})})
		}
		if f.class == classOf("State") {
			// A state's IRI is the one actor.StateID makes of its code:
			// one alternative a code, each the IRI and the code's ISO IRI.
			p := m.propOf(f, "country")
			var alts []string
			for _, v := range p.schema["enum"].([]any) {
				code := v.(string)
				alts = append(alts, inline(constraint{{"sh:hasValue", "<" + nsState + code + ">"},
					{"sh:property", inline(constraint{{"sh:path", shPath(p.term)}, {"sh:hasValue", "<" + countryNS(p.term) + code + ">"}})}}))
			}
			extra = append(extra, [2]string{"sh:or", "(\n    " + strings.Join(alts, "\n    ") + "\n  )"})
		}
		// Several rules over members are one sh:and of them: a shape
		// with more than one sh:or is valid SHACL, but not every engine
		// reads more than one.
		if len(extra) > 1 {
			var parts []string
			for _, e := range extra {
				parts = append(parts, inline(constraint{e}))
			}
			extra = constraint{{"sh:and", "(\n    " + strings.Join(parts, "\n    ") + "\n  )"}}
		}
		for _, e := range extra {
			w.p("  %s %s ;\n", e[0], e[1])
		}
		if !f.table {
			w.p("  sh:nodeKind sh:BlankNode ;\n")
		}
		w.p("  sh:property %s .\n\n", strings.Join(shapes, " , "))
	}
	return w.b.Bytes()
}

func anySlice(v any) []any { s, _ := v.([]any); return s }

// ttlSubjects returns the subjects that a Turtle file of the generator
// describes: the first term of each statement at the start of a line.
func ttlSubjects(t *testing.T, doc []byte) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	re := regexp.MustCompile(`(?m)^(<[^>]+>|[a-z]+:[A-Za-z_][A-Za-z0-9_-]*) a `)
	for _, m := range re.FindAllSubmatch(doc, -1) {
		s := string(m[1])
		if strings.HasPrefix(s, "<") {
			out[strings.Trim(s, "<>")] = true
		} else {
			out[expandAny(s)] = true
		}
	}
	if len(out) < 100 {
		t.Fatalf("%d subjects found, want at least 100", len(out))
	}
	return out
}

// TestVocabularyDefinesTerms checks that vocab.ttl defines every diplo
// class and property that the context maps a member to, that WriteNQuads
// writes, and every controlled value that WriteNQuads writes.
func TestVocabularyDefinesTerms(t *testing.T) {
	defined := ttlSubjects(t, Vocabulary())
	used := map[string]string{}
	// The context: every string value, at any depth, in the diplo
	// namespace.
	var doc any
	require.NoError(t, json.Unmarshal(Context(), &doc))
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		case string:
			if rest, ok := strings.CutPrefix(v, "diplo:"); ok {
				used[VocabNamespace+rest] = "context.jsonld"
			} else if strings.HasPrefix(v, VocabNamespace) && v != VocabNamespace {
				used[v] = "context.jsonld"
			}
		}
	}
	walk(doc)
	// The writer's constants.
	src, err := os.ReadFile("nquads.go")
	require.NoError(t, err)
	for _, m := range regexp.MustCompile(`nsDiplo \+ "([A-Za-z]+)>"`).FindAllSubmatch(src, -1) {
		used[VocabNamespace+string(m[1])] = "nquads.go"
	}
	// What the writer writes of every example and valid document:
	// predicates, classes and controlled values.
	quad := regexp.MustCompile(`^\S+ <([^>]+)> (?:<([^>]+)>)?`)
	for _, f := range shaclValidFiles(t) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, writeAnyNQuads(&b, shaclNode(t, data)), f)
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			m := quad.FindStringSubmatch(line)
			require.NotNil(t, m, line)
			for _, iri := range m[1:] {
				if strings.HasPrefix(iri, VocabNamespace) || strings.HasPrefix(iri, ConceptNamespace) {
					used[iri] = f
				}
			}
		}
	}
	require.Greater(t, len(used), 80)
	for _, iri := range slices.Sorted(maps.Keys(used)) {
		assert.True(t, defined[iri], "%s (used in %s) is not defined in vocab.ttl", iri, used[iri])
	}
	// Every controlled value of the table is a concept of its scheme.
	for _, s := range schemes() {
		assert.True(t, defined[schemeIRI(s.scheme)], "scheme %s", s.scheme)
		for _, v := range s.values {
			assert.True(t, defined[conceptIRI(s.scheme, v.value)], "concept %s#%s", s.scheme, v.value)
		}
	}
}

// TestRefRangesComplete checks that refRanges has an entry for every
// reference term with a diplo IRI, and no other.
func TestRefRangesComplete(t *testing.T) {
	refs := map[string]bool{}
	var walk func([]term)
	walk = func(ts []term) {
		for _, x := range ts {
			if x.typ == vRef && strings.HasPrefix(x.iri, "diplo:") {
				refs[x.iri] = true
			}
			walk(x.scope)
		}
	}
	walk(terms)
	for iri := range refs {
		assert.Contains(t, refRanges, iri, "no range for the reference term %s", iri)
	}
	for iri, classes := range refRanges {
		assert.True(t, refs[iri], "refRanges has %s, which is no reference term of the table", iri)
		for _, c := range classes {
			assert.NotPanics(t, func() { classOf(c) }, "%s: no class %s", iri, c)
		}
	}
}

// TestRefRangesAgreeWithData checks the ranges of refRanges against the
// examples and valid graphs, where graph.Validate has checked the class
// of every referenced node: each reference by a diplo property names a
// node of one of the classes of its range.
// reversed reports whether the property iri is written reversed: a JSON
// member of a node names its subject (@reverse in the context).
func reversed(iri string) bool {
	var walk func([]term) bool
	walk = func(ts []term) bool {
		for _, t := range ts {
			if (t.reverse && expandAny(t.iri) == iri) || walk(t.scope) {
				return true
			}
		}
		return false
	}
	return walk(terms)
}

func TestRefRangesAgreeWithData(t *testing.T) {
	quad := regexp.MustCompile(`^(\S+) <([^>]+)> <([^>]+)> \.$`)
	checked := 0
	for _, f := range shaclValidFiles(t) {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		if _, ok := shaclNode(t, data).(*graph.Graph); !ok {
			continue // a node alone: its references are not resolved
		}
		var b bytes.Buffer
		require.NoError(t, writeAnyNQuads(&b, shaclNode(t, data)), f)
		types := map[string]string{}
		var links [][3]string // predicate, the node the JSON names, the other node
		for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
			m := quad.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			if m[2] == nsRDF+"type" {
				types[strings.Trim(m[1], "<>")] = m[3]
				continue
			}
			if reversed(m[2]) {
				// Written from the node the JSON names to the node that
				// names it.
				links = append(links, [3]string{m[2], strings.Trim(m[1], "<>"), m[3]})
			} else {
				links = append(links, [3]string{m[2], m[3], strings.Trim(m[1], "<>")})
			}
		}
		for _, l := range links {
			rest, ok := strings.CutPrefix(l[0], VocabNamespace)
			classes, isRef := refRanges["diplo:"+rest]
			if !ok || !isRef {
				continue
			}
			var want []string
			for _, c := range classes {
				want = append(want, expandAny(classOf(c)))
			}
			got, found := types[l[1]]
			require.True(t, found, "%s: %s names %s, which is not in the graph", f, l[0], l[1])
			assert.Contains(t, want, got, "%s: %s names a %s", f, l[0], got)
			checked++
		}
	}
	assert.Greater(t, checked, 100, "references checked")
	t.Logf("%d references checked", checked)
}

func TestVocabularyFile(t *testing.T) {
	checkGolden(t, "vocab.ttl", renderVocabularyTTL(t))
	if !bytes.Equal(Vocabulary(), vocabularyDoc) {
		t.Fatal("Vocabulary() differs from the embedded file")
	}
	v := Vocabulary()
	v[0] ^= 1
	if Vocabulary()[0] == v[0] {
		t.Fatal("Vocabulary() returned the embedded bytes, not a copy")
	}
}

func TestShapesFile(t *testing.T) {
	checkGolden(t, "shapes.ttl", renderShapesTTL(t))
	if !bytes.Equal(Shapes(), shapesDoc) {
		t.Fatal("Shapes() differs from the embedded file")
	}
	s := Shapes()
	s[0] ^= 1
	if Shapes()[0] == s[0] {
		t.Fatal("Shapes() returned the embedded bytes, not a copy")
	}
}

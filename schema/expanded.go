package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
)

// This file reads expanded and flattened JSON-LD (no @context, full IRIs,
// every value in an array of value or node objects) as a JSON-LD processor
// writes it for the diplo context, with no processor: the embedded context
// is read once into the reverse mapping, IRI to member, that compaction
// would use.

// ctxTerm is a term of the diplo context.
type ctxTerm struct {
	name     string
	kind     int               // tText, tRef, ...
	many     bool              // an @set
	vocab    string            // tVocab: the namespace of the values
	values   map[string]string // tVocab: IRIs of values defined one by one
	prefixes [][2]string       // tRef: identifier prefixes, name and namespace
	scope    *ctxScope         // property-scoped terms
}

const (
	tAuto    = iota // a string literal or an embedded node
	tText           // a language map
	tRef            // an IRI
	tVocab          // a controlled value
	tDate           // a typed date
	tDouble         // a number
	tInteger        // a whole number
	tDecimal        // an exact decimal, a string in diplo JSON
)

// ctxScope maps property IRIs to terms, and the IRIs of reverse
// properties to their terms.
type ctxScope struct{ byIRI, reverse map[string]*ctxTerm }

// ctxClass is a class of the context with its type-scoped terms.
type ctxClass struct {
	name  string
	scope *ctxScope
}

type reverseContext struct {
	global  *ctxScope
	classes map[string]*ctxClass // class IRI → class
}

var reverseCtx = sync.OnceValue(func() *reverseContext {
	var ctx map[string]any
	if err := json.Unmarshal(contextObject, &ctx); err != nil {
		panic(err)
	}
	r := &reverseContext{classes: map[string]*ctxClass{}}
	r.global = r.scope(ctx, true)
	return r
})

// expandTerm expands a compact IRI of the context's prefixes.
func expandTerm(s string) string {
	if p, rest, ok := strings.Cut(s, ":"); ok {
		if ns, found := globalPrefixes[p]; found && !strings.HasPrefix(rest, "//") {
			return ns + rest
		}
	}
	return s
}

func (r *reverseContext) scope(ctx map[string]any, top bool) *ctxScope {
	s := &ctxScope{byIRI: map[string]*ctxTerm{}, reverse: map[string]*ctxTerm{}}
	for name, def := range ctx {
		if strings.HasPrefix(name, "@") {
			continue
		}
		if _, isPrefix := globalPrefixes[name]; isPrefix && top {
			continue
		}
		switch d := def.(type) {
		case string:
			if d != "@id" && d != "@type" && top {
				r.classes[expandTerm(d)] = &ctxClass{name: name}
			}
		case map[string]any:
			id, _ := d["@id"].(string)
			sub, _ := d["@context"].(map[string]any)
			if rev, ok := d["@reverse"].(string); ok {
				s.reverse[expandTerm(rev)] = &ctxTerm{name: name, kind: tRef, many: d["@container"] == "@set"}
				continue
			}
			if top && (len(name) > 0 && name[0] >= 'A' && name[0] <= 'Z') {
				c := &ctxClass{name: name}
				if sub != nil {
					c.scope = r.scope(sub, false)
				}
				r.classes[expandTerm(id)] = c
				continue
			}
			t := &ctxTerm{name: name}
			switch typ, _ := d["@type"].(string); typ {
			case "@id":
				t.kind = tRef
				for p, ns := range sub {
					if s, ok := ns.(string); ok {
						t.prefixes = append(t.prefixes, [2]string{p, s})
					} else if m, ok := ns.(map[string]any); ok {
						t.prefixes = append(t.prefixes, [2]string{p, m["@id"].(string)})
					}
				}
				// The longest namespace first.
				sort.Slice(t.prefixes, func(i, j int) bool { return len(t.prefixes[i][1]) > len(t.prefixes[j][1]) })
			case "@vocab":
				t.kind = tVocab
				t.values = map[string]string{}
				for k, v := range sub {
					if k == "@vocab" {
						t.vocab = v.(string)
					} else if s, ok := v.(string); ok && !strings.HasPrefix(k, "@") {
						t.values[expandTerm(s)] = k
					}
				}
			case "":
				if d["@container"] == "@language" {
					t.kind = tText
				} else if sub != nil {
					t.scope = r.scope(sub, false)
				}
			default:
				switch expandTerm(typ) {
				case nsXSD + "double":
					t.kind = tDouble
				case nsXSD + "integer":
					t.kind = tInteger
				case nsXSD + "decimal":
					t.kind = tDecimal
				default:
					t.kind = tDate
				}
			}
			t.many = d["@container"] == "@set"
			s.byIRI[expandTerm(id)] = t
		}
	}
	return s
}

// isExpanded reports whether a JSON document, which is valid JSON, is
// expanded or flattened JSON-LD: an array at the top, or an object with no
// @context whose members are keywords or absolute IRIs.
func isExpanded(data []byte) bool {
	if codec.KindAt(data) == '[' {
		// An empty array is no document, and refused as plain JSON is.
		rest := data[codec.SkipSpace(data, 0)+1:]
		i := codec.SkipSpace(rest, 0)
		return i < len(rest) && rest[i] != ']'
	}
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil || len(top) == 0 {
		return false
	}
	if _, ok := top["@context"]; ok {
		return false
	}
	for k := range top {
		if !strings.HasPrefix(k, "@") && !strings.Contains(k, "://") {
			return false
		}
	}
	return true
}

// expandedReader turns expanded or flattened JSON-LD into compact JSON
// that fromJSONLD then checks and turns into plain diplo JSON.
type expandedReader struct {
	r     *reverseContext
	nodes map[string]map[string]any // the top-level nodes, by @id
	used  map[string]bool           // nodes embedded already
}

// fromExpanded returns compact diplo JSON-LD (without a context) for
// expanded or flattened JSON-LD.
func fromExpanded(data []byte) ([]byte, error) {
	var doc any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, &diplo.FieldError{Err: fmt.Errorf("%w: %v", diplo.ErrJSON, err)}
	}
	var top []any
	switch d := doc.(type) {
	case []any:
		top = d
	case map[string]any:
		if g, ok := d["@graph"].([]any); ok && len(d) == 1 {
			top = g
		} else {
			top = []any{d}
		}
	}
	if len(top) == 1 {
		if m, ok := top[0].(map[string]any); ok {
			if g, ok := m["@graph"].([]any); ok && len(m) == 1 {
				top = g
			}
		}
	}
	x := &expandedReader{r: reverseCtx(), nodes: map[string]map[string]any{}, used: map[string]bool{}}
	var roots []map[string]any
	for i, n := range top {
		m, ok := n.(map[string]any)
		if !ok {
			return nil, &diplo.FieldError{Path: "[" + strconv.Itoa(i) + "]", Err: fmt.Errorf("%w: not a node object", ErrJSONLD)}
		}
		if id, ok := m["@id"].(string); ok {
			x.nodes[id] = m
		}
	}
	// In flattened JSON-LD, and in what fromRDF makes, a reverse property
	// is a property of its value ("a person holds a tenure"): it goes back
	// to the node that holds it in diplo JSON, as @reverse.
	for _, m := range top {
		subject, _ := m.(map[string]any)["@id"].(string)
		for iri := range x.r.global.reverse {
			vals, ok := m.(map[string]any)[iri].([]any)
			if !ok || subject == "" {
				continue
			}
			for _, v := range vals {
				ref, _ := v.(map[string]any)
				id, _ := ref["@id"].(string)
				target := x.nodes[id]
				if target == nil {
					return nil, x.fail("", "%s of %s names %s, which is no node of the document", strconv.Quote(check.Quote(iri)), strconv.Quote(check.Quote(subject)), strconv.Quote(check.Quote(id)))
				}
				rev, _ := target["@reverse"].(map[string]any)
				if rev == nil {
					rev = map[string]any{}
					target["@reverse"] = rev
				}
				list, _ := rev[iri].([]any)
				rev[iri] = append(list, map[string]any{"@id": subject})
			}
			delete(m.(map[string]any), iri)
		}
	}
	for _, n := range top {
		m := n.(map[string]any)
		// A place and its coordinates are typed too, and flattened
		// JSON-LD lists them beside the node that holds them: they are
		// never the document.
		if types, _ := m["@type"].([]any); len(types) > 0 && !slices.ContainsFunc(types, isEmbeddedClass) {
			roots = append(roots, m)
		}
	}
	var root map[string]any
	for _, m := range roots {
		for _, t := range m["@type"].([]any) {
			if t == nsDiplo+"Graph" {
				root = m
			}
		}
	}
	if root == nil && len(roots) == 1 {
		root = roots[0]
	}
	if root == nil {
		return nil, x.fail("", "expanded JSON-LD with %d typed nodes and no diplo:Graph: no one document", len(roots))
	}
	if id, ok := root["@id"].(string); ok {
		x.used[id] = true
	}
	out, err := x.node(root, nil, "")
	if err != nil {
		return nil, err
	}
	return json.Marshal(out)
}

// isEmbeddedClass reports whether t is the class of an embedded object
// that states its type: a place or its coordinates.
func isEmbeddedClass(t any) bool {
	return t == nsSchema+"Place" || t == nsSchema+"GeoCoordinates"
}

func (x *expandedReader) fail(path string, format string, args ...any) error {
	return &diplo.FieldError{Path: path, Err: fmt.Errorf("%w: "+format, append([]any{ErrJSONLD}, args...)...)}
}

// node converts a node object; scope is the property-scoped context in
// force, if any.
func (x *expandedReader) node(m map[string]any, scope *ctxScope, path string) (map[string]any, error) {
	out := map[string]any{}
	var class *ctxClass
	if types, ok := m["@type"].([]any); ok {
		if len(types) != 1 {
			return nil, x.fail(check.JoinPath(path, "type"), "%d types, want one", len(types))
		}
		s, _ := types[0].(string)
		class = x.r.classes[s]
		if class == nil {
			return nil, x.fail(check.JoinPath(path, "type"), "unknown class %s", strconv.Quote(check.Quote(s)))
		}
		out["type"] = class.name
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := m[k]
		switch k {
		case "@type":
			continue
		case "@id":
			id, _ := v.(string)
			if !strings.HasPrefix(id, "_:") {
				out["id"] = id
			}
			continue
		}
		if k == "@reverse" {
			rev, _ := v.(map[string]any)
			for iri, vals := range rev {
				t := x.r.global.reverse[iri]
				if t == nil {
					return nil, x.fail(path, "reverse property %s is no term of the diplo context", strconv.Quote(check.Quote(iri)))
				}
				list, _ := vals.([]any)
				at := check.JoinPath(path, t.name)
				if len(list) == 0 || (!t.many && len(list) != 1) {
					return nil, x.fail(at, "%d values for a member that holds one", len(list))
				}
				ref, err := x.value(t, list[0], at)
				if err != nil {
					return nil, err
				}
				out[t.name] = ref
			}
			continue
		}
		if strings.HasPrefix(k, "@") {
			return nil, x.fail(path, "keyword %s", strconv.Quote(check.Quote(k)))
		}
		var t *ctxTerm
		if class != nil && class.scope != nil {
			t = class.scope.byIRI[k]
		}
		if t == nil && scope != nil {
			t = scope.byIRI[k]
		}
		if t == nil {
			t = x.r.global.byIRI[k]
		}
		if t == nil {
			return nil, x.fail(path, "property %s is no term of the diplo context", strconv.Quote(check.Quote(k)))
		}
		at := check.JoinPath(path, t.name)
		vals, ok := v.([]any)
		if !ok {
			vals = []any{v}
		}
		if t.kind == tText {
			text := map[string]any{}
			for _, e := range vals {
				vo, _ := e.(map[string]any)
				l, _ := vo["@language"].(string)
				if l == "" {
					return nil, x.fail(at, "a text without a language")
				}
				text[l] = vo["@value"]
			}
			out[t.name] = text
			continue
		}
		conv := make([]any, 0, len(vals))
		for i, e := range vals {
			p := at
			if t.many {
				p = check.IndexPath(at, i)
			}
			c, err := x.value(t, e, p)
			if err != nil {
				return nil, err
			}
			conv = append(conv, c)
		}
		if t.many {
			out[t.name] = conv
		} else if len(conv) != 1 {
			return nil, x.fail(at, "%d values for a member that holds one", len(conv))
		} else {
			out[t.name] = conv[0]
		}
	}
	return out, nil
}

// value converts one value of term t.
func (x *expandedReader) value(t *ctxTerm, v any, path string) (any, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, x.fail(path, "not a value or node object")
	}
	if val, ok := m["@value"]; ok {
		switch t.kind {
		case tDate:
			return m, nil // fromJSONLD checks the datatype against the date
		case tDouble, tInteger, tDecimal, tAuto:
			return val, nil
		}
		return nil, x.fail(path, "a literal where an IRI belongs")
	}
	id, _ := m["@id"].(string)
	switch t.kind {
	case tRef:
		if len(m) != 1 {
			return nil, x.fail(path, "a node where a reference belongs")
		}
		for _, p := range t.prefixes {
			if rest, ok := strings.CutPrefix(id, p[1]); ok && rest != "" {
				return p[0] + ":" + rest, nil
			}
		}
		return id, nil
	case tVocab:
		if name, ok := t.values[id]; ok {
			return name, nil
		}
		if rest, ok := strings.CutPrefix(id, t.vocab); ok && rest != "" {
			return rest, nil
		}
		return nil, x.fail(path, "%s is no value of this vocabulary", strconv.Quote(check.Quote(id)))
	case tAuto:
		if len(m) == 1 && id != "" {
			n, ok := x.nodes[id]
			if !ok || x.used[id] {
				return nil, x.fail(path, "reference to %s, which is no node of the document or is embedded already", strconv.Quote(check.Quote(id)))
			}
			x.used[id] = true
			m = n
		}
		return x.node(m, t.scope, path)
	}
	return nil, x.fail(path, "a node where a literal belongs")
}

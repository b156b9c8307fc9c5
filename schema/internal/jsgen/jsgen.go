package jsgen

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/schema/internal/doctype"
)

// GenerateAll builds the schema of every document type, keyed by
// doctype.Doc.Name,
// reading the doc comments from the module's source under root (see
// SourceRoot).
func GenerateAll(root string) (map[string][]byte, error) {
	comments, err := goComments(root)
	if err != nil {
		return nil, err
	}
	schemes, err := schemeComments(root)
	if err != nil {
		return nil, err
	}
	g := &generator{comments: comments, schemes: schemes, countries: countryCodes()}
	out := make(map[string][]byte, len(doctype.Docs))
	for _, d := range doctype.Docs {
		b, err := g.generate(d)
		if err != nil {
			return nil, fmt.Errorf("schema: generating %s: %w", d.File, err)
		}
		out[d.Name] = b
	}
	return out, nil
}

// generator holds what every schema shares.
type generator struct {
	comments  map[string]string       // doc comments, keyed as invopop does
	schemes   map[diplo.Scheme]string // doc comments of the identifier schemes
	countries []string                // ISO 3166-1 alpha-2 codes diplo accepts
}

// run is the state of one schema's generation.
type run struct {
	*generator
	used  map[string]bool         // $defs of scalar types referenced
	types map[string]reflect.Type // $defs name → struct type
	errs  []error
}

func (g *generator) generate(d doctype.Doc) ([]byte, error) {
	r := &run{generator: g, used: map[string]bool{}, types: map[string]reflect.Type{}}
	ref := &jsonschema.Reflector{
		Anonymous:      true,
		ExpandedStruct: true,
		Namer:          r.name,
		Mapper:         r.mapper,
		CommentMap:     g.comments,
	}
	s := ref.ReflectFromType(d.Type)
	if err := errors.Join(r.errs...); err != nil {
		return nil, err
	}
	s.ID = jsonschema.ID(d.ID())
	s.Properties.Set("@context", &jsonschema.Schema{
		Description: "The JSON-LD context, which makes the document JSON-LD: \"https://w3id.org/diplo/context.jsonld\" or the context object itself (see the context documentation). diplo ignores it.",
		AnyOf: []*jsonschema.Schema{
			{Type: "string", Format: "iri"},
			{Type: "object"},
			{Type: "array", Items: &jsonschema.Schema{AnyOf: []*jsonschema.Schema{{Type: "string", Format: "iri"}, {Type: "object"}}}},
		},
	})
	s.Title = "diplo " + d.Type.Name()
	s.Comments = "Generated from the Go types of " + modulePath + " by go generate; do not edit."
	if s.Definitions == nil {
		s.Definitions = jsonschema.Definitions{}
	}
	for name := range r.used {
		def, err := r.scalarDef(name)
		if err != nil {
			return nil, err
		}
		s.Definitions[name] = def
	}
	// Refine the struct schemas: the root, which ExpandedStruct inlined,
	// and the $defs.
	if err := r.refine(d.Type, s); err != nil {
		return nil, err
	}
	for name, t := range r.types {
		if def, ok := s.Definitions[name]; ok {
			if err := r.refine(t, def); err != nil {
				return nil, err
			}
		}
	}
	if err := errors.Join(r.errs...); err != nil {
		return nil, err
	}
	return marshal(s)
}

// name is the Namer: the package name and the type name ("event.Event"),
// so that event.Kind and accord.Kind do not collide, with the type
// arguments of a generic type reduced to their names ("TypeName_Event").
func (r *run) name(t reflect.Type) string {
	n := defName(t)
	if _, scalar := scalars[t]; n != "" && t.Kind() == reflect.Struct && !scalar && t.NumField() > 0 {
		r.types[n] = t
	}
	return n
}

func defName(t reflect.Type) string {
	n := t.Name()
	if n == "" {
		return ""
	}
	if i := strings.IndexByte(n, '['); i >= 0 {
		args := strings.Split(n[i+1:len(n)-1], ",")
		for j, a := range args {
			a = strings.TrimLeft(a, "*[]")
			args[j] = a[strings.LastIndexByte(a, '.')+1:]
		}
		n = n[:i] + "_" + strings.Join(args, "_")
	}
	p := t.PkgPath()
	return p[strings.LastIndexByte(p, '/')+1:] + "." + n
}

const modulePath = "github.com/diplo-go/diplo"

var (
	idType             = reflect.TypeFor[diplo.ID]()
	idListType         = reflect.TypeFor[[]diplo.ID]()
	textType           = reflect.TypeFor[diplo.Text]()
	dateType           = reflect.TypeFor[diplo.Date]()
	intervalType       = reflect.TypeFor[diplo.Interval]()
	identifierType     = reflect.TypeFor[diplo.Identifier]()
	identifierListType = reflect.TypeFor[[]diplo.Identifier]()
	countryType        = reflect.TypeFor[diplo.Country]()
	subdivisionType    = reflect.TypeFor[diplo.Subdivision]()
	decimalType        = reflect.TypeFor[diplo.Decimal]()
	currencyType       = reflect.TypeFor[diplo.Currency]()
	tagType            = reflect.TypeFor[language.Tag]()
	namedType          = reflect.TypeFor[diplo.Named]()
	marshalerType      = reflect.TypeFor[encoding.TextMarshaler]()
	unmarshalType      = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// scalars maps the types written as JSON strings (or, for Text, as a
// language map) to the name of their $defs entry.
var scalars = map[reflect.Type]string{
	idType:          "diplo.ID",
	textType:        "diplo.Text",
	dateType:        "diplo.Date",
	intervalType:    "diplo.Interval",
	identifierType:  "diplo.Identifier",
	countryType:     "diplo.Country",
	subdivisionType: "diplo.Subdivision",
	decimalType:     "diplo.Decimal",
	currencyType:    "diplo.Currency",
	tagType:         "diplo.LanguageTag",
}

// vocab is a closed vocabulary: its values and their definitions.
type vocab struct {
	values, descriptions []string
}

func newVocab[T ~string](v diplo.Vocabulary[T]) (reflect.Type, vocab) {
	var out vocab
	for _, t := range v.Terms() {
		out.values = append(out.values, string(t.Value))
		out.descriptions = append(out.descriptions, t.Description)
	}
	return reflect.TypeFor[T](), out
}

// vocabularies maps each vocabulary type of the model to its terms.
var vocabularies = func() map[reflect.Type]vocab {
	m := map[reflect.Type]vocab{}
	add := func(t reflect.Type, v vocab) { m[t] = v }
	add(newVocab(diplo.Domains()))
	add(newVocab(actor.OrgKinds()))
	add(newVocab(actor.OfficeRoles()))
	add(newVocab(actor.Qualifiers()))
	add(newVocab(actor.MissionKinds()))
	add(newVocab(event.Kinds()))
	add(newVocab(event.Statuses()))
	add(newVocab(event.Roles()))
	add(newVocab(event.RelationKinds()))
	add(newVocab(event.Tones()))
	add(newVocab(event.StatementKinds()))
	add(newVocab(event.Wordings()))
	add(newVocab(accord.Kinds()))
	add(newVocab(accord.ActionKinds()))
	add(newVocab(accord.Capacities()))
	add(newVocab(accord.RelationKinds()))
	add(newVocab(decision.Kinds()))
	add(newVocab(decision.Statuses()))
	add(newVocab(decision.Methods()))
	add(newVocab(decision.Results()))
	add(newVocab(decision.Majorities()))
	add(newVocab(decision.Options()))
	add(newVocab(decision.Roles()))
	return m
}()

// mapper is the Mapper: it replaces the types whose JSON form is text by a
// $ref to a definition that scalarDef builds, writes a node's type field
// as a constant, and refuses text types it does not know, which the
// reflector would otherwise describe as objects.
func (r *run) mapper(t reflect.Type) *jsonschema.Schema {
	if name, ok := scalars[t]; ok {
		r.used[name] = true
		return &jsonschema.Schema{Ref: "#/$defs/" + name}
	}
	if _, ok := vocabularies[t]; ok {
		name := defName(t)
		r.used[name] = true
		return &jsonschema.Schema{Ref: "#/$defs/" + name}
	}
	if t == idListType || t == identifierListType {
		// Every list of ids or identifiers is checked for duplicates
		// (check.IDs, check.Identifiers).
		name := scalars[t.Elem()]
		r.used[name] = true
		return &jsonschema.Schema{Type: "array", Items: &jsonschema.Schema{Ref: "#/$defs/" + name}, UniqueItems: true}
	}
	if t.Kind() == reflect.Struct && t.NumField() == 0 && t.Implements(marshalerType) && strings.HasPrefix(t.Name(), "TypeName[") {
		// diplo.TypeName[T]: the name of the node type.
		b, err := reflect.Zero(t).Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			r.errs = append(r.errs, err)
			return nil
		}
		return &jsonschema.Schema{Type: "string", Const: string(b)}
	}
	if t.Kind() != reflect.Pointer && (t.Implements(marshalerType) || reflect.PointerTo(t).Implements(unmarshalType) || t.Implements(namedType)) {
		r.errs = append(r.errs, fmt.Errorf("no schema for the text type %v", t))
	}
	return nil
}

// typeComment returns the first sentence of the doc comment of t.
func (g *generator) typeComment(t reflect.Type) string {
	return g.comments[t.PkgPath()+"."+t.Name()]
}

// scalarDef builds the $defs entry of a scalar or vocabulary type.
func (r *run) scalarDef(name string) (*jsonschema.Schema, error) {
	var t reflect.Type
	for st, n := range scalars {
		if n == name {
			t = st
		}
	}
	for vt := range vocabularies {
		if defName(vt) == name {
			t = vt
		}
	}
	if t == nil {
		return nil, fmt.Errorf("unknown definition %s", name)
	}
	desc := r.typeComment(t)
	switch t {
	case idType:
		return &jsonschema.Schema{Type: "string", Format: "iri", Pattern: idPattern, Description: desc}, nil
	case textType:
		return &jsonschema.Schema{
			Type:        "object",
			Description: desc + " Keys are BCP 47 language tags other than \"und\"; a translation carries the -t- extension naming its source language (\"en-t-fr\").",
			PropertyNames: &jsonschema.Schema{
				Pattern: bcp47Pattern,
				Not:     &jsonschema.Schema{Pattern: undPattern},
			},
			AdditionalProperties: &jsonschema.Schema{
				Type:        "string",
				Pattern:     textPattern,
				Description: "The text in the language of its key: not blank, without control characters other than tab and line breaks.",
			},
		}, nil
	case dateType:
		return &jsonschema.Schema{Type: "string", Format: "edtf", Pattern: edtfPattern, Description: desc +
			" Forms: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm[:ss] with an optional zone (Z or ±hh:mm), each optionally followed by ? (uncertain), ~ (approximate) or % (both)."}, nil
	case intervalType:
		d := strings.Trim(edtfPattern, "^$")
		bound := `(?:` + d + `|\.\.)?`
		return &jsonschema.Schema{Type: "string", Pattern: "^" + bound + "/" + bound + "$", Description: desc}, nil
	case identifierType:
		// One pattern, the alternation of the schemes' patterns, rather
		// than an anyOf of one subschema per scheme: a wrong identifier
		// yields one pattern error, not one per scheme and the anyOf.
		// The format iri applies to URLs alone, as it did on the URL
		// alternative: the forms of the other schemes use the prefixes of
		// the JSON-LD context as their scheme, which the format refuses
		// in an id. A value that fails the pattern is not checked by it,
		// so that a wrong identifier is one error.
		var pats []string
		var b strings.Builder
		b.WriteString(desc)
		b.WriteString("\n\nSchemes, each with an example of its form (the pattern is the alternation of these forms; numbers have no leading zero and at most 18 digits):")
		for _, sc := range diplo.Schemes() {
			p := schemePattern(sc, r.countries)
			if p == "" || schemeForm(sc) == "" {
				return nil, fmt.Errorf("no pattern or form for the identifier scheme %q", sc)
			}
			pats = append(pats, p)
			b.WriteString("\n- ")
			b.WriteString(string(sc))
			b.WriteString(" (")
			b.WriteString(schemeForm(sc))
			b.WriteString("): ")
			b.WriteString(r.schemes[sc])
		}
		return &jsonschema.Schema{
			Type:        "string",
			Pattern:     IdentifierPattern(pats),
			If:          &jsonschema.Schema{Type: "string", Pattern: urlSchemePattern},
			Then:        &jsonschema.Schema{Type: "string", Format: "iri"},
			Description: b.String(),
		}, nil
	case countryType:
		enum := make([]any, len(r.countries))
		for i, c := range r.countries {
			enum[i] = c
		}
		// The enum alone: a pattern (two capitals) would say less, and
		// add a second error for a value such as "mli".
		return &jsonschema.Schema{Type: "string", Enum: enum, Description: desc +
			" The enumeration lists the codes diplo accepts, taken from golang.org/x/text/language."}, nil
	case subdivisionType:
		// The country's code, then one to three capitals or digits.
		return &jsonschema.Schema{Type: "string", Pattern: SubdivisionPattern(r.countries), Description: desc +
			" The pattern lists the country codes diplo accepts, taken from golang.org/x/text/language."}, nil
	case decimalType:
		return &jsonschema.Schema{Type: "string", Pattern: DecimalPattern, Description: desc}, nil
	case currencyType:
		codes := currencyCodes()
		enum := make([]any, len(codes))
		for i, c := range codes {
			enum[i] = c
		}
		return &jsonschema.Schema{Type: "string", Enum: enum, Description: desc +
			" The enumeration lists the codes diplo accepts, taken from golang.org/x/text/currency."}, nil
	case tagType:
		return &jsonschema.Schema{
			Type:        "string",
			Pattern:     bcp47Pattern,
			Not:         &jsonschema.Schema{Pattern: undPattern},
			Description: "A BCP 47 language tag (RFC 5646) such as \"fr\", \"ru\" or \"en-t-fr\"; the undetermined language \"und\" is not allowed.",
		}, nil
	}
	v := vocabularies[t]
	enum := make([]any, len(v.values))
	for i, val := range v.values {
		enum[i] = val
	}
	return &jsonschema.Schema{Type: "string", Enum: enum, Description: VocabularyDescription(desc, v.values, v.descriptions)}, nil
}

// VocabularyDescription returns the description of a closed vocabulary
// whose values an enum lists: the type's comment, then one line per value,
// "- value: definition", in the enum's order. The definitions live in the
// description rather than in a oneOf of consts, so that a wrong value
// yields one enum error naming the allowed values, and validators in
// strict mode (ajv's strict: true) accept the schema, which they would not
// with a keyword of their own.
func VocabularyDescription(typeComment string, values, definitions []string) string {
	var b strings.Builder
	b.WriteString(typeComment)
	b.WriteString("\n\nValues:")
	for i, v := range values {
		b.WriteString("\n- ")
		b.WriteString(v)
		b.WriteString(": ")
		b.WriteString(definitions[i])
	}
	return b.String()
}

// countryCodes returns the ISO 3166-1 alpha-2 codes that
// diplo.ParseCountry accepts as they are, in order.
func countryCodes() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			s := string([]rune{a, b})
			if c, err := diplo.ParseCountry(s); err == nil && string(c) == s {
				out = append(out, s)
			}
		}
	}
	return out
}

// currencyCodes returns the ISO 4217 codes that diplo.ParseCurrency
// accepts as they are, in order.
func currencyCodes() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			for c := 'A'; c <= 'Z'; c++ {
				s := string([]rune{a, b, c})
				if cur, err := diplo.ParseCurrency(s); err == nil && string(cur) == s {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

var htmlEscapes = map[string]byte{"003c": '<', "003e": '>', "0026": '&'}

// marshal writes s as indented JSON, without the HTML escapes
// (\u003c, \u003e, \u0026) that encoding/json puts in patterns, and with a
// final newline.
func marshal(s *jsonschema.Schema) ([]byte, error) {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(b)+1)
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' {
			out = append(out, b[i])
			continue
		}
		// An escape inside a string: keep it, unless it is an HTML escape.
		if i+5 < len(b) && b[i+1] == 'u' {
			if c, ok := htmlEscapes[string(b[i+2:i+6])]; ok {
				out = append(out, c)
				i += 5
				continue
			}
		}
		out = append(out, b[i], b[i+1])
		i++
	}
	out = append(out, '\n')
	// The text changed, not the JSON value.
	var before, after any
	if err := json.Unmarshal(b, &before); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(out, &after); err != nil || !reflect.DeepEqual(before, after) {
		return nil, fmt.Errorf("unescaping changed the schema (%v)", err)
	}
	return out, nil
}

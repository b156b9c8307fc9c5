package jsgen

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/invopop/jsonschema"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/codec"
)

// refine adds to the schema s of struct type t the rules of t's Validate
// method that the reflector cannot see in the Go type.
func (r *run) refine(t reflect.Type, s *jsonschema.Schema) error {
	if s.Properties == nil {
		return fmt.Errorf("%v: no properties", t)
	}
	// The type field is always written but may be left out on input.
	s.Required = slices.DeleteFunc(s.Required, func(n string) bool { return n == "type" })
	fields := jsonFields(t)
	for i, f := range fields {
		p := s.Properties.Value(f.name)
		if p == nil {
			return fmt.Errorf("%v: no property %s", t, f.name)
		}
		// A field without a comment of its own may be named in the
		// comment of an earlier one ("Persons, States, ... are the
		// actors").
		if p.Description == "" {
			for _, e := range fields[:i] {
				c := r.comments[e.owner.PkgPath()+"."+e.owner.Name()+"."+e.goName]
				if slices.Contains(strings.FieldsFunc(c, func(r rune) bool { return !unicode.IsLetter(r) }), f.goName) {
					p.Description = c
					break
				}
			}
		}
		// A Text that must be given must hold a value (check.Text).
		if f.typ == textType && !f.omitempty {
			p.Type, p.MinProperties = "object", ptr(1)
		}
	}
	prop := func(name string) *jsonschema.Schema {
		p := s.Properties.Value(name)
		if p == nil {
			r.errs = append(r.errs, fmt.Errorf("%v: no property %s", t, name))
			return &jsonschema.Schema{}
		}
		return p
	}
	switch t {
	case reflect.TypeFor[diplo.Source]():
		u := prop("url")
		u.Format, u.Pattern = "iri", sourceURLPattern
		// A source has a URL or a title.
		s.AnyOf = []*jsonschema.Schema{
			requireOnly("url"),
			requireProp("title", &jsonschema.Schema{Type: "object", MinProperties: ptr(1)}),
		}
	case reflect.TypeFor[diplo.Claim]():
		p := prop("property")
		p.MinLength, p.Pattern = ptr(1), plainPattern
		// A claim is attributed to sources or to actors
		// (diplo.ClaimAttributed), and states a value or a quantity.
		s.AllOf = []*jsonschema.Schema{
			{AnyOf: []*jsonschema.Schema{
				requireProp("sources", &jsonschema.Schema{Type: "array", MinItems: ptr(1)}),
				requireProp("by", &jsonschema.Schema{Type: "array", MinItems: ptr(1)}),
			}},
			{AnyOf: []*jsonschema.Schema{
				requireProp("value", &jsonschema.Schema{Type: "object", MinProperties: ptr(1)}),
				requireOnly("quantity"),
			}},
		}
	case reflect.TypeFor[diplo.Quantity]():
		// The type is required: it says what the amount is.
		s.Required = append([]string{"type"}, s.Required...)
		typ := prop("type")
		typ.Type, typ.Enum = "string", []any{string(diplo.QuantitativeValue), string(diplo.MonetaryAmount)}
		// A count has the unit it counts and no currency; a sum of money
		// has a currency and no unit.
		alt := func(typ diplo.QuantityType, has, hasNot string) *jsonschema.Schema {
			a := &jsonschema.Schema{Required: []string{"type", has}, Properties: jsonschema.NewProperties(), Not: requireOnly(hasNot)}
			a.Properties.Set("type", &jsonschema.Schema{Const: string(typ)})
			a.Properties.Set(has, jsonschema.TrueSchema)
			return a
		}
		s.OneOf = []*jsonschema.Schema{
			alt(diplo.QuantitativeValue, "unit", "currency"),
			alt(diplo.MonetaryAmount, "currency", "unit"),
		}
		unit := prop("unit")
		unit.Type, unit.MinProperties = "object", ptr(1)

	case reflect.TypeFor[diplo.Topic]():
		// A topic has a domain or a label.
		s.AnyOf = []*jsonschema.Schema{
			requireOnly("domain"),
			requireProp("label", &jsonschema.Schema{Type: "object", MinProperties: ptr(1)}),
		}
	case reflect.TypeFor[diplo.Place]():
		// Each identifier field takes one scheme.
		for name, sc := range map[string]diplo.Scheme{"geonames": diplo.GeoNames, "wikidata": diplo.Wikidata} {
			p := prop(name)
			*p = jsonschema.Schema{Type: "string", Pattern: schemePattern(sc, r.countries), Description: p.Description}
		}
		// A place with coordinates names itself, its country or an
		// identifier; an empty place is no place.
		s.DependentSchemas = map[string]*jsonschema.Schema{
			"coordinates": {AnyOf: []*jsonschema.Schema{
				requireProp("name", &jsonschema.Schema{Type: "object", MinProperties: ptr(1)}),
				requireOnly("country"),
				requireOnly("admin1"),
				requireOnly("geonames"),
				requireOnly("wikidata"),
			}},
		}
		// A second-level division lies within a first-level one.
		s.DependentRequired = map[string][]string{"admin2": {"admin1"}}
	case reflect.TypeFor[diplo.Coordinates]():
		lat, lon := prop("latitude"), prop("longitude")
		lat.Minimum, lat.Maximum = "-90", "90"
		lon.Minimum, lon.Maximum = "-180", "180"
		lat.Description = "Latitude in decimal degrees, from -90 (south) to 90 (north)."
		lon.Description = "Longitude in decimal degrees, from -180 (west) to 180 (east)."
	case reflect.TypeFor[actor.State]():
		// A state's id is actor.StateID of its country; the schema cannot
		// compare the two members, only say the form of the id.
		id := prop("id")
		id.Type, id.Pattern = "string", "^"+regexp.QuoteMeta(actor.StateNamespace)+"[A-Z]{2}$"
	case reflect.TypeFor[actor.Organization]():
		prop("abbreviation").Pattern = plainPattern
	case reflect.TypeFor[actor.Tenure]():
		prop("qualifiers").UniqueItems = true
	case reflect.TypeFor[event.Event]():
		// The same participant twice is a copy.
		prop("participants").UniqueItems = true
		// An end without a start says nothing of when the event began.
		s.DependentRequired = map[string][]string{"endDate": {"startDate"}}
	case reflect.TypeFor[accord.Accord]():
		// An authentic language is listed once.
		prop("languages").UniqueItems = true
	case reflect.TypeFor[event.Statement]():
		prop("speakers").MinItems = ptr(1)
		// A statement has its text, or says why not in its wording, and
		// not both.
		prop("text").Type = "object"
		nonEmptyText := &jsonschema.Schema{Type: "object", MinProperties: ptr(1)}
		s.AnyOf = []*jsonschema.Schema{requireProp("text", nonEmptyText), requireOnly("wording")}
		s.DependentSchemas = map[string]*jsonschema.Schema{"wording": {Not: requireProp("text", nonEmptyText)}}
		// The text keeps its original: not every key is a translation.
		prop("text").Not = &jsonschema.Schema{PropertyNames: &jsonschema.Schema{Pattern: translationPattern}}
	case reflect.TypeFor[event.Characterisation]():
		// Someone used the term, somewhere
		// (diplo.CharacterisationAttributed); an actor's term is cited
		// (diplo.CharacterisationCited).
		cited := []*jsonschema.Schema{
			requireProp("sources", &jsonschema.Schema{Type: "array", MinItems: ptr(1)}),
			requireOnly("statement"),
		}
		byActor := requireProp("by", &jsonschema.Schema{Type: "array", MinItems: ptr(1)})
		s.AnyOf = append([]*jsonschema.Schema{byActor}, cited...)
		s.DependentSchemas = map[string]*jsonschema.Schema{"by": {AnyOf: cited}}
	case reflect.TypeFor[decision.Resolution]():
		sym := prop("symbol")
		sym.Pattern, sym.MaxLength = decision.SymbolPattern, ptr(decision.MaxSymbol)
		// A resolution is known by its symbol or its title.
		s.AnyOf = []*jsonschema.Schema{
			requireOnly("symbol"),
			requireProp("title", &jsonschema.Schema{Type: "object", MinProperties: ptr(1)}),
		}
	case reflect.TypeFor[decision.Count]():
		prop("value").Minimum = "0"
	case reflect.TypeFor[event.StatusChange]():
		// A change is dated; a postponed or cancelled event is not moved.
		s.Required = append(s.Required, "date")
		s.If = requireOnly("location")
		s.Then = &jsonschema.Schema{Properties: jsonschema.NewProperties()}
		s.Then.Properties.Set("status", &jsonschema.Schema{Enum: []any{string(event.Held), string(event.Planned)}})
	case reflect.TypeFor[event.Deadline]():
		s.Required = append(s.Required, "date")
	case reflect.TypeFor[accord.Action]():
		// An entry into force takes effect on its date.
		s.If = &jsonschema.Schema{Properties: jsonschema.NewProperties()}
		s.If.Properties.Set("kind", &jsonschema.Schema{Const: string(accord.EntryIntoForce)})
		s.Then = &jsonschema.Schema{Not: requireOnly("effectiveDate")}
	case reflect.TypeFor[accord.Signatory]():
		// Who signs as a signatory (the default capacity) names the
		// party signed for.
		s.If = &jsonschema.Schema{Properties: jsonschema.NewProperties()}
		s.If.Properties.Set("capacity", &jsonschema.Schema{Const: string(accord.AsSignatory)})
		s.Then = requireOnly("party")
	}
	return nil
}

// requireProp returns a schema that requires the property name and
// applies s to it.
func requireProp(name string, s *jsonschema.Schema) *jsonschema.Schema {
	out := &jsonschema.Schema{Required: []string{name}, Properties: jsonschema.NewProperties()}
	out.Properties.Set(name, s)
	return out
}

// requireOnly returns a schema that requires the property name and
// leaves its value to the schema's properties. It lists name under
// properties as well, with the schema true, so that validators in strict
// mode (ajv's strictRequired) see a required property that is defined.
func requireOnly(name string) *jsonschema.Schema {
	return requireProp(name, jsonschema.TrueSchema)
}

func ptr(n uint64) *uint64 { return &n }

type jsonField struct {
	name      string       // JSON name
	goName    string       // Go name
	owner     reflect.Type // the struct that declares the field
	typ       reflect.Type
	omitempty bool
}

// jsonFields lists the JSON members of struct type t as the codec writes
// them (codec.FieldsOf, the rule of encoding/json), with the struct that
// declares each.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for _, f := range codec.FieldsOf(t).List {
		owner := t
		if len(f.Index) > 1 {
			owner = t.FieldByIndex(f.Index[:len(f.Index)-1]).Type
			if owner.Kind() == reflect.Pointer {
				owner = owner.Elem()
			}
		}
		out = append(out, jsonField{name: f.Name, goName: f.GoName, owner: owner, typ: f.Type, omitempty: f.OmitEmpty || f.OmitZero})
	}
	return out
}

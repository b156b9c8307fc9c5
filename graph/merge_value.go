package graph

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/codec"
)

// This file merges the values of the nodes that Merge makes one, field by
// field, by reflection over the node types: a field added to a node type
// is merged without a change here, as a list, a text, a nested value or a
// single value by its Go type.

var (
	idType          = reflect.TypeFor[diplo.ID]()
	textType        = reflect.TypeFor[diplo.Text]()
	attributionType = reflect.TypeFor[diplo.Attribution]()
	claimsType      = reflect.TypeFor[[]diplo.Claim]()
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
	// zxx is the language tag of claimed values that are not text in a
	// language: codes, dates, IDs (BCP 47 "no linguistic content").
	zxx = language.MustParse("zxx")
)

// fieldGroup are fields of a node merged together: the dates of a span,
// or an event's status with its history (kept together from one input).
type fieldGroup struct {
	names []string
	dates bool
	// together says that a conflict on one date leaves all empty: an
	// event without an end lasts a day from its start, and one without a
	// start has no end.
	together bool
}

// groups are the fields of node types merged together, by Go type.
var groups = map[reflect.Type][]fieldGroup{
	reflect.TypeFor[event.Event]():   {{names: []string{"startDate", "endDate"}, dates: true, together: true}, {names: []string{"status", "statusHistory"}}},
	reflect.TypeFor[actor.Tenure]():  {{names: []string{"startDate", "endDate"}, dates: true}},
	reflect.TypeFor[actor.Mission](): {{names: []string{"established", "closed"}, dates: true}},
}

// keyFields are the fields that make two elements of a list one element,
// by element type, other than the whole value; elements of one key whose
// other fields differ are merged field by field. A Topic is one per
// domain when it has one.
var keyFields = map[reflect.Type][]string{
	reflect.TypeFor[event.Participant](): {"actor", "role"},
	reflect.TypeFor[decision.Count]():    {"option", "group"},
	reflect.TypeFor[decision.Position](): {"voter"},
	reflect.TypeFor[diplo.Topic]():       {"domain"},
}

// field is a struct field as the merger sees it.
type field struct {
	index int
	name  string // JSON name; "" for an embedded struct
	omit  bool   // omitempty or omitzero: its zero value means unsaid
	size0 bool
}

var fieldCache sync.Map // reflect.Type -> []field

// fieldsOf lists the fields of struct type t that JSON sees, in their
// order, from the codec's table of its members (codec.FieldsOf): its own
// members, and once each embedded struct whose members it promotes.
func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var fs []field
	for _, m := range codec.FieldsOf(t).List {
		i := m.Index[0]
		if len(m.Index) == 1 {
			fs = append(fs, field{index: i, name: m.Name, omit: m.OmitEmpty || m.OmitZero, size0: m.Type.Size() == 0})
		} else if len(fs) == 0 || fs[len(fs)-1].index != i {
			fs = append(fs, field{index: i, size0: t.Field(i).Type.Size() == 0})
		}
	}
	fieldCache.Store(t, fs)
	return fs
}

func fieldNamed(t reflect.Type, name string) (field, bool) {
	for _, f := range fieldsOf(t) {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// item is a value of one input: v, given by owner o of the node being
// merged.
type item struct {
	v reflect.Value
	o int
}

// owner is an input node of the node being merged.
type owner struct {
	rec     int
	sources []diplo.ID
}

// valueMerger merges the nodes of one class after another.
type valueMerger struct {
	m *merger
	// The node being merged: its path, its inputs, whether it has claims,
	// and the claims made of its conflicts.
	path      string
	kind      int
	id        diplo.ID
	owners    []owner
	hasClaims bool
	claims    []diplo.Claim
}

// mergeNode merges the input nodes of class c, of kind k.
func (mm *valueMerger) mergeNode(k nodeKind, c *class) Node {
	m := mm.m
	mm.path = k.list() + "[" + string(c.survivor) + "]"
	mm.kind, mm.id = m.slots[c.slots[0]].kind, c.survivor
	mm.owners = mm.owners[:0]
	mm.claims = nil
	items := make([]item, 0, len(c.frags))
	var t reflect.Type
	for i, fi := range c.frags {
		f := m.frags[fi]
		src := reflect.ValueOf(m.node(f)).Elem()
		t = src.Type()
		v := reflect.New(t).Elem()
		m.clone(v, src)
		var sources []diplo.ID
		if sf := v.FieldByName("Sources"); sf.IsValid() && sf.Type() == reflect.TypeFor[[]diplo.ID]() {
			sources = sf.Interface().([]diplo.ID)
		}
		mm.owners = append(mm.owners, owner{rec: f.rec, sources: sources})
		items = append(items, item{v: v, o: i})
	}
	_, mm.hasClaims = t.FieldByName("Claims")
	out := reflect.New(t)
	mm.mergeStruct(out.Elem(), items, "")
	out.Elem().FieldByName("ID").Set(reflect.ValueOf(c.survivor))
	mm.dropSelf(out.Elem(), c.survivor, "")
	if len(mm.claims) > 0 {
		cf := out.Elem().FieldByName("Claims")
		all := append(slices.Clone(cf.Interface().([]diplo.Claim)), mm.claims...)
		list := reflect.ValueOf(all)
		merged := reflect.New(claimsType).Elem()
		mm.mergeList(merged, []item{{v: list, o: 0}}, "claims")
		cf.Set(merged)
	}
	if d, ok := out.Interface().(*actor.Delegation); ok {
		// Inputs that disagree on the head may list it among the members.
		if !d.Head.IsZero() {
			d.Members = slices.DeleteFunc(d.Members, func(id diplo.ID) bool { return id == d.Head })
		}
	}
	return out.Interface().(Node)
}

// graphTitle merges the titles of the records.
func (mm *valueMerger) graphTitle() diplo.Text {
	mm.path, mm.hasClaims = "", false
	mm.owners = mm.owners[:0]
	items := make([]item, len(mm.m.recs))
	for i, r := range mm.m.recs {
		mm.owners = append(mm.owners, owner{rec: i})
		items[i] = item{v: reflect.ValueOf(r.g.Title), o: i}
	}
	var t diplo.Text
	mm.mergeText(reflect.ValueOf(&t).Elem(), items, "title")
	return t
}

func joinPath(parent, child string) string {
	if parent == "" {
		return child
	}
	if child == "" {
		return parent
	}
	return parent + "." + child
}

func sub(items []item, index int) []item {
	out := make([]item, len(items))
	for i, it := range items {
		out[i] = item{v: it.v.Field(index), o: it.o}
	}
	return out
}

// mergeStruct merges the fields of structs.
func (mm *valueMerger) mergeStruct(dst reflect.Value, items []item, rel string) {
	t := dst.Type()
	gs := groups[t]
	for _, f := range fieldsOf(t) {
		if f.size0 {
			continue
		}
		if f.name == "" {
			mm.mergeStruct(dst.Field(f.index), sub(items, f.index), rel)
			continue
		}
		if g, first, ok := groupOf(gs, f.name); ok {
			if first {
				mm.mergeGroup(dst, items, rel, g)
			}
			continue
		}
		mm.mergeValue(dst.Field(f.index), sub(items, f.index), joinPath(rel, f.name), f.omit)
	}
}

func groupOf(gs []fieldGroup, name string) (g fieldGroup, first, ok bool) {
	for _, g := range gs {
		if i := slices.Index(g.names, name); i >= 0 {
			return g, i == 0, true
		}
	}
	return fieldGroup{}, false, false
}

// mergeValue merges one field of the inputs into dst. omit says that the
// zero value of the field means that the input does not say.
func (mm *valueMerger) mergeValue(dst reflect.Value, items []item, rel string, omit bool) {
	t := dst.Type()
	switch {
	case t == textType:
		mm.mergeText(dst, items, rel)
	case t.Kind() == reflect.Slice:
		mm.mergeList(dst, items, rel)
	case t.Kind() == reflect.Struct && !t.Implements(textMarshaler):
		mm.mergeStruct(dst, items, rel)
	default:
		mm.mergeScalar(dst, items, rel, omit)
	}
}

// distinct is a value with the inputs that give it.
type distinct struct {
	v      reflect.Value
	owners []int
}

func equal(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	if a.Type().Comparable() {
		return a.Equal(b)
	}
	return reflect.DeepEqual(a.Interface(), b.Interface())
}

// distinctValues groups the values of items that are said (not zero when
// omit) by equality, in the order met.
func distinctValues(items []item, omit bool) []distinct {
	var d distinctSet
	for _, it := range items {
		if omit && it.v.IsZero() {
			continue
		}
		d.add(it.v, it.o)
	}
	return d.ds
}

// smallSet is the most values distinctSet compares one by one; past it, it
// indexes them by key, so that many inputs that give one node many values
// cost linear time.
const smallSet = 8

// distinctSet collects distinct values with the inputs that give them.
type distinctSet struct {
	ds    []distinct
	index map[any]int
	// owned marks the owners recorded of each value, once indexed.
	owned map[[2]int]bool
}

func (d *distinctSet) add(v reflect.Value, o int) {
	i := -1
	if d.index == nil && len(d.ds) >= smallSet {
		d.index = make(map[any]int, 2*smallSet)
		d.owned = make(map[[2]int]bool, 2*smallSet)
		for j, x := range d.ds {
			d.index[valueKey(x.v)] = j
			for _, ow := range x.owners {
				d.owned[[2]int{j, ow}] = true
			}
		}
	}
	if d.index != nil {
		k := valueKey(v)
		if j, ok := d.index[k]; ok {
			i = j
		} else {
			d.index[k] = len(d.ds)
		}
	} else {
		for j := range d.ds {
			if equal(d.ds[j].v, v) {
				i = j
				break
			}
		}
	}
	if i < 0 {
		d.ds = append(d.ds, distinct{v: v, owners: []int{o}})
		if d.owned != nil {
			d.owned[[2]int{len(d.ds) - 1, o}] = true
		}
		return
	}
	if d.owned != nil {
		if !d.owned[[2]int{i, o}] {
			d.owned[[2]int{i, o}] = true
			d.ds[i].owners = append(d.ds[i].owners, o)
		}
		return
	}
	if !slices.Contains(d.ds[i].owners, o) {
		d.ds[i].owners = append(d.ds[i].owners, o)
	}
}

// valueKey is a map key that two values have alike when they are equal:
// the value itself where it is comparable, else its JSON.
func valueKey(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface:
		return string(jsonOf(v))
	}
	if v.Type().Comparable() {
		return v.Interface()
	}
	return string(jsonOf(v))
}

// mergeScalar merges a single value: the one said, or, when inputs say
// different ones, the first, with the conflict reported and claimed.
func (mm *valueMerger) mergeScalar(dst reflect.Value, items []item, rel string, omit bool) {
	ds := distinctValues(items, omit)
	if len(ds) == 0 {
		return
	}
	dst.Set(ds[0].v)
	if len(ds) > 1 {
		mm.conflict(rel, rel, ds, ds[0].v, scalarClaim)
	}
}

// mergeGroup merges the fields of g together. When one input gives all
// the values the inputs give (the others give some of them, or none),
// the fields take them. Otherwise, for dates, the fields given different
// values are left empty, or all of them when g says so or when no field
// is given two values; for others, the first input that gives any keeps
// all. Every value not kept is reported and claimed. So the fields hold
// what one input gives, or nothing: values of one input that agree with
// each other.
func (mm *valueMerger) mergeGroup(dst reflect.Value, items []item, rel string, g fieldGroup) {
	t := dst.Type()
	fs := make([]field, len(g.names))
	values := make([][]distinct, len(g.names))
	compatible, clash := true, false
	for i, name := range g.names {
		fs[i], _ = fieldNamed(t, name)
		values[i] = distinctValues(sub(items, fs[i].index), true)
		compatible = compatible && len(values[i]) <= 1
		clash = clash || len(values[i]) > 1
	}
	if compatible && givenWhole(items, fs, values) {
		for i, f := range fs {
			if len(values[i]) == 1 {
				dst.Field(f.index).Set(values[i][0].v)
			}
		}
		return
	}
	if g.dates {
		withdrawn := g.together || !clash
		for i, f := range fs {
			ds := values[i]
			if len(ds) == 1 && !withdrawn {
				dst.Field(f.index).Set(ds[0].v)
				continue
			}
			if len(ds) > 0 {
				mm.conflict(joinPath(rel, f.name), joinPath(rel, f.name), ds, reflect.Value{}, scalarClaim)
			}
		}
		return
	}
	var keep *item
	for i := range items {
		for _, f := range fs {
			if !items[i].v.Field(f.index).IsZero() {
				keep = &items[i]
				break
			}
		}
		if keep != nil {
			break
		}
	}
	for i, f := range fs {
		kept := keep.v.Field(f.index)
		dst.Field(f.index).Set(kept)
		ds := values[i]
		if len(ds) == 0 || len(ds) == 1 && equal(ds[0].v, kept) {
			continue
		}
		if kept.IsZero() {
			kept = reflect.Value{}
		}
		mm.conflict(joinPath(rel, f.name), joinPath(rel, f.name), ds, kept, scalarClaim)
	}
}

// givenWhole reports whether one of the items gives every field of fs the
// one value said of it (values), zero where none is said.
func givenWhole(items []item, fs []field, values [][]distinct) bool {
	for _, it := range items {
		whole := true
		for i, f := range fs {
			v := it.v.Field(f.index)
			if len(values[i]) == 0 {
				continue
			}
			if v.IsZero() || !equal(v, values[i][0].v) {
				whole = false
				break
			}
		}
		if whole {
			return true
		}
	}
	return false
}

// mergeText merges texts language by language.
func (mm *valueMerger) mergeText(dst reflect.Value, items []item, rel string) {
	type entry struct {
		tag language.Tag
		ds  *distinctSet
	}
	var entries []entry
	byTag := map[language.Tag]int{}
	for _, it := range items {
		for tag, s := range it.v.Interface().(diplo.Text) {
			i, ok := byTag[tag]
			if !ok {
				i = len(entries)
				byTag[tag] = i
				entries = append(entries, entry{tag: tag, ds: new(distinctSet)})
			}
			entries[i].ds.add(reflect.ValueOf(s), it.o)
		}
	}
	if len(entries) == 0 {
		return
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.tag.String(), b.tag.String()) })
	out := make(diplo.Text, len(entries))
	for _, e := range entries {
		ds := e.ds.ds
		out[e.tag] = ds[0].v.String()
		if len(ds) > 1 {
			tag := e.tag
			mm.conflict(rel+"."+tag.String(), rel, ds, ds[0].v, func(v reflect.Value) diplo.Text {
				return diplo.Text{tag: v.String()}
			})
		}
	}
	dst.Set(reflect.ValueOf(out))
}

// mergeList unites lists: each element once, in the order met; elements
// of one key (keyFields, or equal but for their attribution) merged field
// by field.
func (mm *valueMerger) mergeList(dst reflect.Value, items []item, rel string) {
	et := dst.Type().Elem()
	n := 0
	for _, it := range items {
		n += it.v.Len()
	}
	if n == 0 {
		return
	}
	keyOf := listKey(et)
	type group struct {
		items []item
	}
	var order []*group
	byKey := make(map[any]*group, n)
	for _, it := range items {
		for j := range it.v.Len() {
			e := it.v.Index(j)
			k := keyOf(e)
			g := byKey[k]
			if g == nil {
				g = &group{}
				byKey[k] = g
				order = append(order, g)
			}
			g.items = append(g.items, item{v: e, o: it.o})
		}
	}
	out := reflect.MakeSlice(dst.Type(), 0, len(order))
	for i, g := range order {
		if len(distinctValues(g.items, false)) == 1 {
			out = reflect.Append(out, g.items[0].v)
			continue
		}
		e := reflect.New(et).Elem()
		mm.mergeStruct(e, g.items, rel+"["+elementLabel(et, g.items[0].v, i)+"]")
		out = reflect.Append(out, e)
	}
	dst.Set(out)
}

// listKey returns the function that gives the key of an element of type
// et in a list.
func listKey(et reflect.Type) func(reflect.Value) any {
	if names, ok := keyFields[et]; ok {
		fs := make([]field, len(names))
		for i, n := range names {
			fs[i], _ = fieldNamed(et, n)
		}
		return func(v reflect.Value) any {
			var b strings.Builder
			for i, f := range fs {
				fv := v.Field(f.index)
				if i == 0 && fv.IsZero() {
					return string(jsonOf(v)) // a topic without a domain
				}
				b.WriteString(fv.String())
				b.WriteByte(0)
			}
			return b.String()
		}
	}
	if et.Kind() == reflect.Struct {
		if ai := embeddedAttribution(et); ai >= 0 {
			return func(v reflect.Value) any {
				c := reflect.New(et).Elem()
				c.Set(v)
				c.Field(ai).SetZero()
				return string(jsonOf(c))
			}
		}
	}
	if et.Comparable() && et.Kind() != reflect.Pointer && et.Kind() != reflect.Interface {
		return func(v reflect.Value) any { return v.Interface() }
	}
	return func(v reflect.Value) any { return string(jsonOf(v)) }
}

func embeddedAttribution(t reflect.Type) int {
	for i := range t.NumField() {
		if f := t.Field(i); f.Anonymous && f.Type == attributionType {
			return i
		}
	}
	return -1
}

// elementLabel names an element of a list in a path: its key fields
// ("participants[https://example.org/putin host]"), or else its index in
// the merged list.
func elementLabel(et reflect.Type, v reflect.Value, i int) string {
	if names, ok := keyFields[et]; ok {
		var parts []string
		for _, n := range names {
			f, _ := fieldNamed(et, n)
			if s := v.Field(f.index).String(); s != "" {
				parts = append(parts, s)
			}
		}
		if len(parts) > 0 {
			return strings.Join(parts, " ")
		}
	}
	return itoa(i)
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// jsonOf is the JSON of a value.
func jsonOf(v reflect.Value) json.RawMessage {
	b, err := diplo.Marshal(v.Interface())
	if err != nil {
		// Marshal fails only for values no input holds (NaN, say); the
		// error text is kept, as a string.
		b, _ = json.Marshal(err.Error())
	}
	return b
}

// scalarClaim is the value of a claim on a single value: the value as
// its JSON string holds it, or its JSON, with no language.
func scalarClaim(v reflect.Value) diplo.Text {
	b := jsonOf(v)
	var s string
	if json.Unmarshal(b, &s) != nil {
		s = string(b)
	}
	return diplo.Text{zxx: s}
}

// conflict reports the values ds of the field at rel, whose claims have
// the property prop, kept the value left in the field (or not valid).
func (mm *valueMerger) conflict(rel, prop string, ds []distinct, kept reflect.Value, claimOf func(reflect.Value) diplo.Text) {
	c := Conflict{Path: joinPath(mm.path, rel), Claimed: mm.hasClaims}
	if kept.IsValid() {
		c.Kept = jsonOf(kept)
	}
	for _, d := range ds {
		cv := ConflictValue{Value: jsonOf(d.v)}
		attr := diplo.Attribution{}
		var unsourced []int
		seen := map[diplo.ID]bool{}
		seenUnsourced := map[int]bool{}
		for _, o := range d.owners {
			ow := mm.owners[o]
			name := mm.m.recs[ow.rec].name
			if !seen["r "+name] {
				seen["r "+name] = true
				cv.Records = append(cv.Records, name)
			}
			for _, s := range ow.sources {
				if !seen["s "+s] {
					seen["s "+s] = true
					cv.Sources = append(cv.Sources, s)
				}
			}
			if len(ow.sources) == 0 && !seenUnsourced[ow.rec] {
				seenUnsourced[ow.rec] = true
				unsourced = append(unsourced, ow.rec)
			}
		}
		c.Values = append(c.Values, cv)
		if !mm.hasClaims {
			continue
		}
		attr.Sources = slices.Clone(cv.Sources)
		for _, ri := range unsourced {
			attr.Sources = append(attr.Sources, mm.m.recordSource(ri))
		}
		mm.claims = append(mm.claims, diplo.Claim{Property: prop, Value: claimOf(d.v), Attribution: attr})
	}
	if mm.path != "" && rel == prop && !strings.Contains(rel, "[") {
		mm.m.fields = append(mm.m.fields, conflictField{conflict: len(mm.m.rep.Conflicts), kind: mm.kind, id: mm.id, rel: rel})
	}
	mm.m.rep.Conflicts = append(mm.m.rep.Conflicts, c)
}

// clone copies src into dst, a zero value of its type, sharing no memory
// with it, and rewrites every ID that m renames.
func (m *merger) clone(dst, src reflect.Value) {
	t := src.Type()
	switch {
	case t == idType:
		id := diplo.ID(src.String())
		if r, ok := m.rename[id]; ok {
			id = r
		}
		dst.SetString(string(id))
		return
	case t == textType:
		if src.IsNil() {
			return
		}
		dst.Set(reflect.ValueOf(maps(src.Interface().(diplo.Text))))
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if t.Size() == 0 {
			return
		}
		if !hasRefs(t) {
			dst.Set(src)
			return
		}
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				m.clone(dst.Field(i), src.Field(i))
			} else {
				dst.Set(src) // a value type with unexported state: copied whole
				return
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(t, src.Len(), src.Len())
		for i := range src.Len() {
			m.clone(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(t.Elem())
		m.clone(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Map:
		if src.IsNil() {
			return
		}
		mp := reflect.MakeMapWithSize(t, src.Len())
		it := src.MapRange()
		for it.Next() {
			v := reflect.New(t.Elem()).Elem()
			m.clone(v, it.Value())
			mp.SetMapIndex(it.Key(), v)
		}
		dst.Set(mp)
	default:
		dst.Set(src)
	}
}

func maps(t diplo.Text) diplo.Text {
	out := make(diplo.Text, len(t))
	for k, v := range t {
		out[k] = v
	}
	return out
}

var refsCache sync.Map // reflect.Type -> bool

// hasRefs reports whether values of t hold IDs, slices, maps or pointers,
// which clone must look into.
func hasRefs(t reflect.Type) bool {
	if v, ok := refsCache.Load(t); ok {
		return v.(bool)
	}
	r := false
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if f.IsExported() && (f.Type == idType || hasRefs(f.Type)) {
				r = true
			}
		}
	case reflect.Slice, reflect.Map, reflect.Pointer, reflect.Interface:
		r = true
	}
	refsCache.Store(t, r)
	return r
}

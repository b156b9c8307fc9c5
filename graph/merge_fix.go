package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/diplo-go/diplo"
)

// This file keeps the merged record valid where merging itself breaks a
// rule: references that the unification of nodes turns into references
// of a node to itself are dropped, and single values kept from one input
// that break a rule with a node of another input give way to another of
// the values the inputs give.

// Dropped is a reference that Merge left out of the merged record.
type Dropped struct {
	// Path is where the reference was, its node named by ID:
	// events[https://example.org/a].relations[0].
	Path string `json:"path"`
	// Value is what was dropped, as JSON: an ID, or the element of a list
	// that holds it (a relation).
	Value json.RawMessage `json:"value"`
	// Reason says why.
	Reason string `json:"reason"`
}

// selfReason is the Reason of a dropped reference of a node to itself.
const selfReason = "names the node itself: the nodes it linked were made one"

// dropSelf removes from v, a struct of the node of ID self, every
// reference to self: an ID field is left empty, an element of a list that
// is the ID, or holds it in a field of its own, is removed. Each is
// reported. rel is the path of v in the node.
func (mm *valueMerger) dropSelf(v reflect.Value, self diplo.ID, rel string) {
	for _, f := range fieldsOf(v.Type()) {
		if f.size0 {
			continue
		}
		fv := v.Field(f.index)
		if f.name == "" {
			if fv.Kind() == reflect.Struct {
				mm.dropSelf(fv, self, rel)
			}
			continue
		}
		if rel == "" && f.name == "id" {
			continue
		}
		p := joinPath(rel, f.name)
		t := fv.Type()
		switch {
		case t == idType:
			if diplo.ID(fv.String()) == self {
				mm.drop(p, fv)
				fv.SetZero()
			}
		case t.Kind() == reflect.Slice && hasRefs(t.Elem()) || t.Kind() == reflect.Slice && t.Elem() == idType:
			mm.dropSelfList(fv, self, p)
		case t.Kind() == reflect.Struct && hasRefs(t):
			mm.dropSelf(fv, self, p)
		case t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && !fv.IsNil():
			mm.dropSelf(fv.Elem(), self, p)
		}
	}
}

// dropSelfList removes from the list v the elements that are self or hold
// it in a field of their own, and looks into the others.
func (mm *valueMerger) dropSelfList(v reflect.Value, self diplo.ID, p string) {
	et := v.Type().Elem()
	kept := 0
	for i := range v.Len() {
		e := v.Index(i)
		if namesSelf(e, self) {
			mm.drop(p+"["+itoa(i)+"]", e)
			continue
		}
		if et.Kind() == reflect.Struct {
			mm.dropSelf(e, self, p+"["+itoa(i)+"]")
		}
		if kept != i {
			v.Index(kept).Set(e)
		}
		kept++
	}
	if kept < v.Len() {
		for i := kept; i < v.Len(); i++ {
			v.Index(i).SetZero()
		}
		if kept == 0 {
			v.SetZero()
		} else {
			v.SetLen(kept)
		}
	}
}

// namesSelf reports whether e is the ID self or a struct with a field of
// type diplo.ID that holds it.
func namesSelf(e reflect.Value, self diplo.ID) bool {
	if e.Type() == idType {
		return diplo.ID(e.String()) == self
	}
	if e.Kind() != reflect.Struct {
		return false
	}
	for _, f := range fieldsOf(e.Type()) {
		if f.name != "" && e.Field(f.index).Type() == idType && diplo.ID(e.Field(f.index).String()) == self {
			return true
		}
	}
	return false
}

func (mm *valueMerger) drop(rel string, v reflect.Value) {
	mm.m.rep.Dropped = append(mm.m.rep.Dropped, Dropped{Path: joinPath(mm.path, rel), Value: jsonOf(v), Reason: selfReason})
}

// conflictField is a conflict on a field of a node, not in a list, which
// resolve may change.
type conflictField struct {
	conflict int // index in MergeReport.Conflicts
	kind     int
	id       diplo.ID
	rel      string // dotted path of the field in the node
	omit     bool   // the field may be empty
}

// resolve validates the merged record out. A field of a conflict that
// breaks a rule between nodes takes, in turn, the other values the inputs
// give it and then, when it may be left empty, no value, until the rule
// holds; a field for which none does keeps its value. The errors that
// remain are reported.
func (m *merger) resolve(out *Graph) {
	err := out.Validate()
	if err == nil || len(m.fields) == 0 {
		m.report(err)
		return
	}
	idx := map[diplo.ID]int{}
	for _, k := range nodeTypes {
		for i := range k.len(out) {
			idx[k.idAt(out, i)] = i
		}
	}
	type attempt struct {
		cf    conflictField
		dst   reflect.Value
		path  string
		cands []reflect.Value
		next  int
		orig  reflect.Value
	}
	byPath := map[string]*attempt{}
	for _, cf := range m.fields {
		i, ok := idx[cf.id]
		if !ok {
			continue
		}
		n, _ := nodeTypes[cf.kind].node(out, i)
		dst := reflect.ValueOf(n).Elem()
		ok = true
		for _, name := range strings.Split(cf.rel, ".") {
			if dst.Kind() != reflect.Struct {
				ok = false
				break
			}
			f, found := fieldNamed(dst.Type(), name)
			if !found || dst.Field(f.index).Kind() == reflect.Slice || dst.Field(f.index).Kind() == reflect.Map {
				ok = false
				break
			}
			dst, cf.omit = dst.Field(f.index), f.omit
		}
		if !ok {
			continue
		}
		path := nodeTypes[cf.kind].list() + "[" + itoa(i) + "]." + cf.rel
		byPath[path] = &attempt{cf: cf, dst: dst, path: path, orig: reflect.ValueOf(dst.Interface())}
	}
	var active []*attempt
	for {
		changed := false
		for _, p := range ruleErrors(err) {
			for _, fp := range append([]string{p}, related(out, idx, p)...) {
				a := byPath[fp]
				if a == nil || a.next > len(a.cands) {
					continue
				}
				if a.cands == nil {
					a.cands = m.candidates(a.cf, a.orig)
					active = append(active, a)
				}
				changed = true
				if a.next < len(a.cands) {
					a.dst.Set(a.cands[a.next])
					a.next++
					break
				}
				// No value mends it: the field keeps its value, and the
				// next field is tried.
				a.dst.Set(a.orig)
				a.next++
			}
		}
		if !changed {
			break
		}
		err = out.Validate()
		if err == nil {
			break
		}
	}
	for _, a := range active {
		if a.next > len(a.cands) || equal(a.dst, a.orig) {
			continue
		}
		c := &m.rep.Conflicts[a.cf.conflict]
		if a.dst.IsZero() {
			c.Kept = nil
			c.Note = "left empty: every value given breaks a rule with another node"
		} else {
			c.Kept = jsonOf(a.dst)
			c.Note = "the value first given, " + string(jsonOf(a.orig)) + ", breaks a rule with another node"
		}
	}
	m.report(err)
}

// related returns the paths of the fields of other nodes that, with the
// field at path p, break a rule between nodes: for a vote's result, the
// status and the method of its motion; for its body, the motion's body.
// idx indexes the nodes of out by ID.
func related(out *Graph, idx map[diplo.ID]int, p string) []string {
	var i int
	var field string
	if _, err := fmt.Sscanf(p, "votes[%d].%s", &i, &field); err != nil || i < 0 || i >= len(out.Votes) {
		return nil
	}
	j, ok := idx[out.Votes[i].Motion]
	if !ok || j >= len(out.Resolutions) || out.Resolutions[j].ID != out.Votes[i].Motion {
		return nil
	}
	r := "resolutions[" + itoa(j) + "]."
	switch field {
	case "result":
		return []string{r + "status", r + "method"}
	case "body":
		return []string{r + "body"}
	}
	return nil
}

// candidates are the values a field of a conflict may take instead of
// kept: the other values of the conflict, then none when it may be empty.
func (m *merger) candidates(cf conflictField, kept reflect.Value) []reflect.Value {
	out := []reflect.Value{}
	for _, cv := range m.rep.Conflicts[cf.conflict].Values {
		v := reflect.New(kept.Type())
		if json.Unmarshal(cv.Value, v.Interface()) != nil || equal(v.Elem(), kept) {
			continue
		}
		out = append(out, v.Elem())
	}
	if cf.omit && !kept.IsZero() {
		out = append(out, reflect.Zero(kept.Type()))
	}
	return out
}

// report lists the errors of err in MergeReport.Invalid.
func (m *merger) report(err error) {
	m.rep.Invalid = nil
	for _, e := range flatten(err) {
		m.rep.Invalid = append(m.rep.Invalid, e.Error())
	}
}

// ruleErrors are the paths of the errors of rules between nodes in err.
func ruleErrors(err error) []string {
	var out []string
	for _, e := range flatten(err) {
		var fe *diplo.FieldError
		var re *RuleError
		if errors.As(e, &fe) && errors.As(e, &re) {
			out = append(out, fe.Path)
		}
	}
	return out
}

// flatten lists the errors joined in err.
func flatten(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// MergeOptions are the options of Merge. The zero value gives the
// defaults.
type MergeOptions struct {
	// Limits bound the inputs: Merge refuses, before any other work,
	// inputs whose nodes together number more than Limits.MaxObjects
	// (every node is an object of the merged document), or more nodes
	// of one type than Limits.MaxArray (the merged list could hold them
	// all). Zero fields are the defaults of diplo.Limits.
	Limits diplo.Limits
}

// MergeReport says what Merge did: which nodes it unified, on which
// identifiers, and where the inputs disagree.
type MergeReport struct {
	// Records names the inputs in the order Merge took them, which does
	// not depend on the order they were given in: a record's ID, or, for a
	// record without one, urn:sha256: and the digest of its JSON.
	Records []diplo.ID `json:"records"`
	// Nodes is the number of nodes of the merged record.
	Nodes int `json:"nodes"`
	// Unified lists the nodes made one from nodes of different IDs, in
	// the order of the node types, then of their IDs. Nodes of the same
	// ID are one node and are not listed.
	Unified []Unification `json:"unified,omitempty"`
	// Conflicts lists every single-valued field on which the inputs
	// disagree, in the order of the merged record.
	Conflicts []Conflict `json:"conflicts,omitempty"`
	// Dropped lists the references Merge left out: those that a node
	// made to another that became the node itself (an event that
	// continued, or had as a part, an event it was unified with), in the
	// order of the merged record.
	Dropped []Dropped `json:"dropped,omitempty"`
	// Invalid lists the errors of Graph.Validate on the merged record, if
	// any: rules between nodes that conflicting values break and that no
	// value the inputs give mends (see Merge). It is empty when the
	// merged record validates.
	Invalid []string `json:"invalid,omitempty"`
}

// Unification is a node of the merged record made of nodes of different
// IDs that share an external identifier.
type Unification struct {
	// Type of the nodes.
	Type NodeType `json:"type"`
	// ID is the ID the merged node keeps: the smallest of the IDs, which
	// every reference to the others now names.
	ID diplo.ID `json:"id"`
	// Merged are the other IDs, sorted.
	Merged []diplo.ID `json:"merged"`
	// On are the identifiers that two or more of the nodes share, sorted.
	On []diplo.Identifier `json:"on"`
}

// Conflict is a single-valued field to which the inputs give different
// values.
type Conflict struct {
	// Path is where the field is in the merged record, its node named by
	// ID: events[https://example.org/visit].startDate, or
	// offices[https://example.org/president].name.fr for one language of
	// a text.
	Path string `json:"path"`
	// Values are the competing values, each with who gives it, in the
	// order Merge took the inputs.
	Values []ConflictValue `json:"values"`
	// Kept is the value the field holds in the merged record, as JSON, or
	// nothing when Merge left the field empty (dates: see Merge).
	Kept json.RawMessage `json:"kept,omitempty"`
	// Claimed reports whether the merged node holds every value as a
	// diplo.Claim. It is false for the nodes that have no claims (states,
	// delegations, missions, statements, sources) and for the record's
	// title: the report is then the only place of the values not kept.
	Claimed bool `json:"claimed"`
	// Note says why the field does not hold the value of the first input
	// that gives it: that value broke a rule between nodes, and the field
	// holds another of the values (Kept) or none.
	Note string `json:"note,omitempty"`
}

// ConflictValue is one of the values of a Conflict.
type ConflictValue struct {
	// Value is the value as JSON.
	Value json.RawMessage `json:"value"`
	// Sources are the Source nodes the nodes that give the value cite.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Records are the inputs that give it, named as in
	// MergeReport.Records.
	Records []diplo.ID `json:"records"`
}

// unifyingSchemes are the schemes of the identifiers that make two nodes
// of one type one node. URL identifiers do not: a page may be about more
// than one thing.
var unifyingSchemes = []diplo.Scheme{diplo.Wikidata, diplo.ISO3166, diplo.UNTS, diplo.GDELT, diplo.GeoNames}

// Merge merges records of the same facts from several sources into one
// record and reports what it did. The inputs are not modified, and the
// result shares no memory with them.
//
// Nodes of one ID become one node. So do nodes of one type that share an
// identifier of scheme Wikidata, ISO 3166, UNTS, GDELT or GeoNames,
// transitively; the merged node keeps the smallest of their IDs, and every
// reference of the record to the others is rewritten to it.
//
// The fields of the nodes made one are merged one by one. Lists are united,
// each value once, in the order met: identifiers, sources, claims,
// members...; a participant is one per actor and role, a topic one per
// domain, a count of votes one per option, a vote's position one per
// voter, and elements that carry an attribution (an accord's actions, an
// event's deadlines and characterisations, claims) are one when they
// differ only in it, their attributions united. A text is merged language
// by language. A single-valued field that only one input sets takes its
// value. Where inputs set different values, no value silently wins: every
// value becomes a diplo.Claim of the merged node whose property is the
// field's path in the node ("kind", "location.country", "name" with the
// value in its language), attributed to the sources the node cites in
// that input (or, when it cites none, to a Source node that stands for
// the input record itself, added to the merged record: its ID a name-based
// UUID of the record's ID and content, its title the record's title or
// "record ID"; so every claim meets the rule claim-attributed), and
// the report lists the conflict with its path and values. The field keeps
// the value of the first input, in the order below, that sets it. Fields
// that must agree with each other are judged together, so that the
// result stays valid: the dates of a span (an event's or a tenure's start
// and end, a mission's establishment and closure), and an event's status
// and status history. They take the values the inputs give when one input
// gives them all; otherwise a span's conflicting dates are left empty (an
// event's start and end both, since an event without an end lasts a day)
// and an event's status and history are those of the first input that
// gives either.
//
// The output does not depend on the order of gs: Merge takes the inputs in
// the order of their IDs, then of the digests of their JSON. Nodes come in
// the order they are first met in that order, and list elements likewise,
// so that merging a record with itself gives the record again. The merged
// record's ID is the inputs' ID when they all have the same, and otherwise
// a name-based UUID of the names of the inputs (MergeReport.Records).
//
// Two nodes that refer to each other and are made one would refer to
// themselves (an event that continues, or has as a part, the event it is
// found to be): such references are dropped and listed in
// MergeReport.Dropped. Merge then validates the merged record. A field in
// conflict whose kept value breaks a rule between nodes (a vote found to
// adopt a resolution whose status, kept from another source, is
// rejected), or whose rule partner is such a field (for a vote's result,
// its motion's status and method; for its body, the motion's body), takes
// in turn the other values the inputs give it and then, when it may be
// empty, none, until the rule holds; the conflict says so in its Note and
// Kept, and every value stays a claim. What no value mends (a cycle of
// parts through nodes made one) is left as it is and listed in
// MergeReport.Invalid, which is empty when the merged record validates.
// So a merged record validates when its inputs do, or the report lists
// why not.
//
// Merge holds the inputs, the result and an index of the IDs and
// identifiers of every node: memory linear in the size of the inputs; the
// time is linear too, but for sorting the unified IDs. A nil graph, a node
// without an ID, or one ID given to nodes of two types is an error naming
// the place (graphs[2].events[3].id), and so are inputs over the limits.
func Merge(gs []*Graph, o MergeOptions) (*Graph, *MergeReport, error) {
	if err := checkMergeInputs(gs, o.Limits.Effective()); err != nil {
		return nil, nil, err
	}
	m, err := newMerger(gs)
	if err != nil {
		return nil, nil, err
	}
	if err := m.index(); err != nil {
		return nil, nil, err
	}
	m.unify()
	out := m.build()
	m.resolve(out)
	m.rep.Nodes = out.Len()
	return out, &m.rep, nil
}

// checkMergeInputs checks the inputs of Merge: no nil graph, no node
// without an ID, and the limits.
func checkMergeInputs(gs []*Graph, l diplo.Limits) error {
	var c check.Collector
	total := 0
	perType := make([]int, len(nodeTypes))
	for gi, g := range gs {
		if g == nil {
			c.Add(check.IndexPath("graphs", gi), diplo.ErrRequired)
			continue
		}
		for ti, k := range nodeTypes {
			n := k.len(g)
			total += n
			perType[ti] += n
			for i := range n {
				if k.idAt(g, i).IsZero() {
					c.Add(check.IndexPath("graphs", gi)+"."+check.IndexPath(k.list(), i)+".id", diplo.ErrRequired)
				}
			}
		}
	}
	if total > l.MaxObjects {
		c.Add("graphs", fmt.Errorf("%w: %d nodes exceed MaxObjects %d", diplo.ErrLimit, total, l.MaxObjects))
	}
	for ti, n := range perType {
		if n > l.MaxArray {
			c.Add("graphs", fmt.Errorf("%w: %d %s exceed MaxArray %d", diplo.ErrLimit, n, nodeTypes[ti].list(), l.MaxArray))
		}
	}
	return c.Err()
}

// record is an input of Merge.
type record struct {
	g    *Graph
	pos  int      // position in the caller's slice, for errors
	name diplo.ID // ID, or urn:sha256: digest
	// id and digest order the records: by ID, then by the SHA-256 of
	// their JSON.
	id     diplo.ID
	digest string
}

// fragment is one input node: what one record says of a node.
type fragment struct {
	rec  int // index in merger.recs
	kind int // index in nodeTypes
	idx  int // index in the record's list
	slot int // index of its ID in merger.slots
}

// slot is one ID of the inputs.
type slot struct {
	id     diplo.ID
	kind   int
	parent int // union-find
	first  fragment
}

type merger struct {
	recs   []record
	frags  []fragment
	slots  []slot
	byID   map[diplo.ID]int
	rename map[diplo.ID]diplo.ID
	rep    MergeReport
	// classes of slots, by the slot of their root.
	classes map[int]*class
	// recSources are the sources that stand for input records cited by
	// claims, by the index of the record.
	recSources map[int]diplo.ID
	// fields are the conflicts on fields of nodes outside lists.
	fields []conflictField
}

// class is a set of slots made one node.
type class struct {
	survivor diplo.ID
	slots    []int
	frags    []int
}

// newMerger orders the inputs.
func newMerger(gs []*Graph) (*merger, error) {
	m := &merger{recs: make([]record, len(gs))}
	for i, g := range gs {
		b, err := diplo.Marshal(g)
		if err != nil {
			return nil, &diplo.FieldError{Path: check.IndexPath("graphs", i), Err: err}
		}
		sum := sha256.Sum256(b)
		r := record{g: g, pos: i, id: g.ID, digest: hex.EncodeToString(sum[:])}
		r.name = g.ID
		if r.name.IsZero() {
			r.name = diplo.ID("urn:sha256:" + r.digest)
		}
		m.recs[i] = r
	}
	slices.SortStableFunc(m.recs, func(a, b record) int {
		return cmp.Or(cmp.Compare(a.id, b.id), cmp.Compare(a.digest, b.digest))
	})
	for _, r := range m.recs {
		m.rep.Records = append(m.rep.Records, r.name)
	}
	return m, nil
}

// index lists the fragments and the IDs in the order of the records.
func (m *merger) index() error {
	n := 0
	for _, r := range m.recs {
		n += r.g.Len()
	}
	m.frags = make([]fragment, 0, n)
	m.byID = make(map[diplo.ID]int, n)
	var c check.Collector
	for ri, r := range m.recs {
		for ki, k := range nodeTypes {
			for i := range k.len(r.g) {
				id := k.idAt(r.g, i)
				f := fragment{rec: ri, kind: ki, idx: i}
				s, ok := m.byID[id]
				if !ok {
					s = len(m.slots)
					m.byID[id] = s
					m.slots = append(m.slots, slot{id: id, kind: ki, parent: s, first: f})
				} else if m.slots[s].kind != ki {
					first := m.slots[s].first
					c.Add(m.fragPath(f)+".id", check.NewValueError("id", string(id), fmt.Errorf("%w: a %s here, a %s at %s", diplo.ErrInconsistent,
						k.typ(), nodeTypes[first.kind].typ(), m.fragPath(first))))
					continue
				}
				f.slot = s
				m.frags = append(m.frags, f)
			}
		}
	}
	return c.Err()
}

// fragPath is the path of a fragment in the caller's slice of graphs.
func (m *merger) fragPath(f fragment) string {
	return check.IndexPath("graphs", m.recs[f.rec].pos) + "." + check.IndexPath(nodeTypes[f.kind].list(), f.idx)
}

func (m *merger) find(s int) int {
	for m.slots[s].parent != s {
		m.slots[s].parent = m.slots[m.slots[s].parent].parent
		s = m.slots[s].parent
	}
	return s
}

// union joins the classes of a and b; the root is the slot met first.
func (m *merger) union(a, b int) {
	a, b = m.find(a), m.find(b)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	m.slots[b].parent = a
}

// identKey is an identifier of a node of a type.
type identKey struct {
	kind  int
	ident diplo.Identifier
}

// unify makes one class of the slots that share an identifier, chooses
// their survivors and the renames, and reports the unifications.
func (m *merger) unify() {
	seen := map[identKey]int{}
	// held marks the slots that carry an identifier; shared counts, per
	// identifier, the distinct slots that carry it.
	type holder struct {
		k    identKey
		slot int
	}
	held := map[holder]bool{}
	shared := map[identKey]int{}
	for _, f := range m.frags {
		n := m.node(f)
		for _, id := range identifiersOf(n) {
			if !slices.Contains(unifyingSchemes, id.Scheme) {
				continue
			}
			k := identKey{f.kind, id}
			if h := (holder{k, f.slot}); !held[h] {
				held[h] = true
				shared[k]++
			}
			if s, ok := seen[k]; ok {
				m.union(s, f.slot)
				continue
			}
			seen[k] = f.slot
		}
	}
	m.classes = make(map[int]*class, len(m.slots))
	for s := range m.slots {
		r := m.find(s)
		c := m.classes[r]
		if c == nil {
			c = &class{survivor: m.slots[s].id}
			m.classes[r] = c
		}
		c.slots = append(c.slots, s)
		if m.slots[s].id < c.survivor {
			c.survivor = m.slots[s].id
		}
	}
	for fi, f := range m.frags {
		c := m.classes[m.find(f.slot)]
		c.frags = append(c.frags, fi)
	}
	m.rename = map[diplo.ID]diplo.ID{}
	on := map[int][]diplo.Identifier{}
	for k, n := range shared {
		if n > 1 {
			r := m.find(seen[k])
			on[r] = append(on[r], k.ident)
		}
	}
	for r, c := range m.classes {
		if len(c.slots) < 2 {
			continue
		}
		u := Unification{Type: nodeTypes[m.slots[r].kind].typ(), ID: c.survivor}
		for _, s := range c.slots {
			if id := m.slots[s].id; id != c.survivor {
				m.rename[id] = c.survivor
				u.Merged = append(u.Merged, id)
			}
		}
		slices.Sort(u.Merged)
		u.On = on[r]
		slices.SortFunc(u.On, func(a, b diplo.Identifier) int { return cmp.Compare(a.String(), b.String()) })
		m.rep.Unified = append(m.rep.Unified, u)
	}
	kindOrder := func(t NodeType) int {
		return slices.IndexFunc(nodeTypes[:], func(k nodeKind) bool { return k.typ() == t })
	}
	slices.SortFunc(m.rep.Unified, func(a, b Unification) int {
		return cmp.Or(cmp.Compare(kindOrder(a.Type), kindOrder(b.Type)), cmp.Compare(a.ID, b.ID))
	})
}

// node returns a pointer to the input node of a fragment.
func (m *merger) node(f fragment) Node {
	n, _ := nodeTypes[f.kind].node(m.recs[f.rec].g, f.idx)
	return n
}

// build writes the merged graph: the record's ID and title, then one node
// per class, in the order their first slot was met.
func (m *merger) build() *Graph {
	out := &Graph{ID: m.recordID()}
	mm := &valueMerger{m: m}
	out.Title = mm.graphTitle()
	done := make([]bool, len(m.slots))
	for s := range m.slots {
		r := m.find(s)
		if done[r] {
			continue
		}
		done[r] = true
		c := m.classes[r]
		n := mm.mergeNode(nodeTypes[m.slots[r].kind], c)
		nodeTypes[m.slots[r].kind].add(out, n)
	}
	m.addRecordSources(out)
	return out
}

// recordSource returns the ID of the source that stands for the input
// record ri, for a claim whose node in that record cites no source.
func (m *merger) recordSource(ri int) diplo.ID {
	if id, ok := m.recSources[ri]; ok {
		return id
	}
	if m.recSources == nil {
		m.recSources = map[int]diplo.ID{}
	}
	r := m.recs[ri]
	id := diplo.ID(uuid.NewSHA1(diplo.Namespace(), []byte("merge record\n"+string(r.name)+"\n"+r.digest)).URN())
	m.recSources[ri] = id
	return id
}

// addRecordSources adds to out the sources that stand for input records,
// in the order of their IDs.
func (m *merger) addRecordSources(out *Graph) {
	ris := make([]int, 0, len(m.recSources))
	for ri := range m.recSources {
		ris = append(ris, ri)
	}
	slices.SortFunc(ris, func(a, b int) int { return cmp.Compare(m.recSources[a], m.recSources[b]) })
	for _, ri := range ris {
		r := m.recs[ri]
		title := diplo.Text{}
		for tag, v := range r.g.Title {
			title[tag] = v
		}
		if len(title) == 0 {
			title = diplo.Text{language.English: "record " + string(r.name)}
		}
		out.Sources = append(out.Sources, diplo.Source{ID: m.recSources[ri], Title: title})
	}
}

// recordID is the ID of the merged record.
func (m *merger) recordID() diplo.ID {
	if len(m.recs) == 0 {
		return ""
	}
	same := true
	for _, r := range m.recs[1:] {
		same = same && r.name == m.recs[0].name
	}
	if same {
		return m.recs[0].id
	}
	names := make([]string, 0, len(m.recs))
	for _, r := range m.recs {
		names = append(names, string(r.name))
	}
	slices.Sort(names)
	names = slices.Compact(names)
	return diplo.ID(uuid.NewSHA1(diplo.Namespace(), []byte("merge\n"+strings.Join(names, "\n"))).URN())
}

// identifiersOf returns the Identifiers field of a node, if it has one.
func identifiersOf(n Node) []diplo.Identifier {
	v := reflect.ValueOf(n).Elem()
	f := v.FieldByName("Identifiers")
	if !f.IsValid() {
		return nil
	}
	ids, _ := f.Interface().([]diplo.Identifier)
	return ids
}

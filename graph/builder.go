package graph

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"

	"github.com/google/uuid"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
)

// A Builder builds a Graph the way a story is told: node after node, each
// added with a local name and referred to by the ID that adding it
// returns. It gives every node an ID that does not change from one run to
// the next, and it keeps the mistakes of the program (a bad language tag, a
// date that does not parse, a name used twice, a reference to a name never
// added) until Graph reports them all at once, each with the file and line
// of the call that made it. The program checks one error, at the end.
//
// # IDs
//
// A node added with an ID keeps it. A node added without one is given,
// in this order:
//
//  1. a State: actor.StateID of its country, the one ID a state may have;
//  2. a node with a Wikidata identifier: diplo.IDFor of the first one, the
//     ID every record that knows the node by that item gives it;
//  3. a Source with a URL: diplo.IDFor of the URL as a url identifier, the
//     ID the lifters of package eventdata/dyad give the source of that URL;
//  4. any other node: the name-based ID of its local name in the record,
//     NameID(record, name).
//
// The IDs of the first three kinds are the same in every record that
// describes the same state, item or document, so that records agree
// without coordination. Those of the fourth kind are the same for the same
// record ID and local name, in every run and every version of this
// library: changing the record's ID or a node's name changes the node's ID.
// The derivation is fixed by NameID and will not change.
//
// # Names and references
//
// A local name ("goita", "signing") is the program's handle on a node:
// unique within the builder, never written out. Add returns the node's ID,
// to use in references; ID returns the ID of a name not yet added, for a
// reference to a node that comes later (the parts of an event, the accords
// signed at a ceremony that the accords name). Graph reports a name referred
// to but never added, and a name referred to before it was added whose node
// then took an ID of the first three kinds: add such a node first.
//
// # Errors
//
// Text, Date, Language, Languages and Identifier parse their arguments
// and return the value; on a bad argument they return the zero value and
// keep the error.
// Graph returns the graph with every kept error, in the order of the calls,
// each a *BuildError that names the file and line of the call, joined with
// the errors of Graph.Validate. Nothing panics.
//
// A Builder is not safe for concurrent use. Plain struct literals of a
// Graph remain the other way to write a record.
type Builder struct {
	g     Graph
	ns    uuid.UUID
	names map[string]named
	refs  []forward
	errs  []error
}

// named is a local name of the builder: the ID it gave and where.
type named struct {
	id  diplo.ID
	pos string
}

// forward is a reference to a name not yet added: the ID ID returned and
// where it was asked for.
type forward struct {
	name string
	id   diplo.ID
	pos  string
}

// A BuildError is a mistake of a program that builds a graph with a
// Builder: the place of the call that made it (file:line) and what was
// wrong. It unwraps to the error, which wraps one of the sentinels of
// package diplo (ErrLanguage for a bad tag, ErrDuplicate for a name used
// twice, ErrReference for a name never added).
type BuildError struct {
	// Pos is the file (its base name) and line of the call: "main.go:42".
	Pos string
	// Err is what was wrong.
	Err error
}

// Error returns "pos: message".
func (e *BuildError) Error() string { return e.Pos + ": " + e.Err.Error() }

// Unwrap returns Err.
func (e *BuildError) Unwrap() error { return e.Err }

// NewBuilder returns a Builder of the graph whose ID is id, an IRI that
// names the record ("https://example.org/records/visit-2025"). The IDs of
// the nodes that have no external identifier are derived from it (see
// NameID), so it must not change once records are published. A bad ID is
// kept as an error.
func NewBuilder(id diplo.ID) *Builder {
	b := &Builder{g: Graph{ID: id}, ns: recordNamespace(id), names: map[string]named{}}
	if err := id.Validate(); err != nil {
		b.keepAt(caller(), &diplo.FieldError{Path: "id", Err: err})
	}
	return b
}

// recordNamespace is the UUID namespace of the names of the record id:
// the version 5 UUID of "record:" and id in diplo.Namespace.
func recordNamespace(id diplo.ID) uuid.UUID {
	return uuid.NewSHA1(diplo.Namespace(), []byte("record:"+string(id)))
}

// NameID returns the name-based ID of the node named name in the record
// whose ID is record: a version 5 UUID (RFC 9562) of name in the namespace
// of the record, as a urn:uuid: IRI. The namespace of the record is the
// version 5 UUID of "record:" followed by the record's ID, in
// diplo.Namespace. In Python:
//
//	ns = uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "https://w3id.org/diplo/"), "record:" + record)
//	uuid.uuid5(ns, name).urn
//
// The derivation is part of the format: it will not change.
func NameID(record diplo.ID, name string) diplo.ID {
	return nameID(recordNamespace(record), name)
}

// nameID is the ID of name in the namespace ns of a record.
func nameID(ns uuid.UUID, name string) diplo.ID {
	return diplo.ID(uuid.NewSHA1(ns, []byte(name)).URN())
}

// SetTitle sets the title of the graph: what the record is about.
func (b *Builder) SetTitle(t diplo.Text) { b.g.Title = t }

// Add adds the node n (a node type of NodeTypes, as a value or a pointer,
// which is copied) under the local name, gives it an ID if it has none
// (see Builder), and returns its ID. The name may be empty for a node
// whose ID is given or comes from its content (a state, a node with a
// Wikidata identifier, a source with a URL). A name used before, a node
// that needs a name and has none, and a value that is not a node are kept
// as errors; Add then returns the ID it could make, or "".
func (b *Builder) Add(name string, n Node) diplo.ID {
	pos := caller()
	k := kindOfNode(n)
	if k == nil {
		b.keepAt(pos, errNotNode(n))
		return ""
	}
	p, _ := k.ptr(n)
	id := *idField(p)
	if id.IsZero() {
		id = derivedID(p)
	}
	if id.IsZero() {
		if name == "" {
			b.keepAt(pos, fmt.Errorf("%w: a name, to make the ID of %s from", diplo.ErrRequired, article(k.typ())))
			return ""
		}
		id = nameID(b.ns, name)
	}
	if prev, dup := b.names[name]; dup && name != "" {
		b.keepAt(pos, fmt.Errorf("%w name %q: first used at %s", diplo.ErrDuplicate, name, prev.pos))
	} else if name != "" {
		b.names[name] = named{id: id, pos: pos}
	}
	// The graph holds a copy of the node; its ID is set there, so that a
	// node given by pointer is left as it was.
	k.add(&b.g, p)
	q, _ := k.node(&b.g, k.len(&b.g)-1)
	*idField(q) = id
	return id
}

// ID returns the ID of the node named name: the ID Add gave it, or, for a
// name not yet added, its name-based ID, NameID of the record and the
// name. Graph checks that the name is added and takes that ID.
func (b *Builder) ID(name string) diplo.ID {
	if n, ok := b.names[name]; ok {
		return n.id
	}
	id := nameID(b.ns, name)
	b.refs = append(b.refs, forward{name: name, id: id, pos: caller()})
	return id
}

// Text returns a Text of s in the language tag, and of each further pair
// of a tag and a text in more: b.Text("fr", "Moscou", "en", "Moscow"). A
// translation is tagged as such: "en-t-fr" is English translated from
// French. A bad tag, or a tag without its text, is kept as an error; the
// Text holds the other entries.
func (b *Builder) Text(tag, s string, more ...string) diplo.Text {
	pos := caller()
	t, err := diplo.NewText(tag, s)
	b.keepAt(pos, err)
	if len(more)%2 != 0 {
		b.keepAt(pos, fmt.Errorf("%w: text for the language tag %q", diplo.ErrRequired, more[len(more)-1]))
		more = more[:len(more)-1]
	}
	for i := 0; i < len(more); i += 2 {
		var err error
		t, err = t.With(more[i], more[i+1])
		b.keepAt(pos, err)
	}
	return t
}

// Date returns the date s, as diplo.ParseDate reads it ("2025-06-23",
// "2025-06", "1978?"). A date that does not parse is kept as an error,
// and Date returns the zero Date.
func (b *Builder) Date(s string) diplo.Date {
	d, err := diplo.ParseDate(s)
	b.keepAt(caller(), err)
	return d
}

// Language returns the language tag s, as diplo.ParseLanguage reads it,
// for the languages of sources and accords. A bad tag is kept as an
// error, and Language returns the zero Tag.
func (b *Builder) Language(s string) language.Tag {
	t, err := diplo.ParseLanguage(s)
	b.keepAt(caller(), err)
	if err != nil {
		return language.Tag{}
	}
	return t
}

// Languages returns the language tags of tags, as Language does each, for
// the languages of an accord: b.Languages("fr", "ru").
func (b *Builder) Languages(tags ...string) []language.Tag {
	pos := caller()
	out := make([]language.Tag, 0, len(tags))
	for _, s := range tags {
		t, err := diplo.ParseLanguage(s)
		b.keepAt(pos, err)
		if err == nil {
			out = append(out, t)
		}
	}
	return out
}

// Identifier returns the identifier s, as diplo.ParseIdentifier reads it
// ("wikidata:Q7747"). A bad identifier is kept as an error, and
// Identifier returns the zero Identifier.
func (b *Builder) Identifier(s string) diplo.Identifier {
	id, err := diplo.ParseIdentifier(s)
	b.keepAt(caller(), err)
	if err != nil {
		return diplo.Identifier{}
	}
	return id
}

// Graph returns the graph built, and with it every error the builder kept
// and those of the graph's Validate, joined (errors.Join), or nil when
// there are none. The kept errors come first, in the order of the calls
// that made them; the checks of the references made with ID come next.
// The graph is returned even with errors, for inspection; it is the
// builder's, and nodes added later are added to it.
func (b *Builder) Graph() (*Graph, error) {
	errs := b.errs[:len(b.errs):len(b.errs)]
	for _, r := range b.refs {
		n, ok := b.names[r.name]
		switch {
		case !ok:
			errs = append(errs, &BuildError{Pos: r.pos, Err: fmt.Errorf("%w: %q is referred to but never added", diplo.ErrReference, r.name)})
		case n.id != r.id:
			errs = append(errs, &BuildError{Pos: r.pos, Err: fmt.Errorf("%w: %q is referred to before it is added at %s, which gives it another ID (%s); add it first",
				diplo.ErrReference, r.name, n.pos, n.id)})
		}
	}
	if err := b.g.Validate(); err != nil {
		errs = append(errs, err)
	}
	return &b.g, errors.Join(errs...)
}

// keepAt keeps err, if not nil, with the place pos.
func (b *Builder) keepAt(pos string, err error) {
	if err != nil {
		b.errs = append(b.errs, &BuildError{Pos: pos, Err: err})
	}
}

// caller returns the place of the call to the function or method of
// Builder that calls caller: file:line, the file as its base name.
func caller() string {
	// Skip caller and the builder's function.
	_, file, line, ok := runtime.Caller(2)
	if !ok {
		return "?"
	}
	return filepath.Base(file) + ":" + strconv.Itoa(line)
}

// derivedID returns the ID a node takes from its content, or "": the
// StateID of a state's country, diplo.IDFor of the first Wikidata
// identifier, diplo.IDFor of a source's URL.
func derivedID(p Node) diplo.ID {
	if s, ok := p.(*actor.State); ok && s.Country != "" {
		return actor.StateID(s.Country)
	}
	for _, ident := range identifiers(p) {
		if ident.Scheme == diplo.Wikidata {
			return diplo.IDFor(ident)
		}
	}
	if s, ok := p.(*diplo.Source); ok && s.URL != "" {
		if u, err := diplo.NewIdentifier(diplo.URL, s.URL); err == nil {
			return diplo.IDFor(u)
		}
	}
	return ""
}

// idField returns a pointer to the ID of the node p points to. Every node
// type has its ID in a field ID; TestBuilderEveryNodeType checks it.
func idField(p Node) *diplo.ID {
	return reflect.ValueOf(p).Elem().FieldByName("ID").Addr().Interface().(*diplo.ID)
}

// identifiers returns the external identifiers of the node p points to,
// for the node types that have them.
func identifiers(p Node) []diplo.Identifier {
	f := reflect.ValueOf(p).Elem().FieldByName("Identifiers")
	if !f.IsValid() {
		return nil
	}
	ids, _ := f.Interface().([]diplo.Identifier)
	return ids
}

package dyad

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/check"
)

// ErrNotDiplomatic reports a record whose CAMEO code names no kind of
// diplomatic event in the model (a protest march, an armed clash): Lift
// does not turn it into an event, and says so.
var ErrNotDiplomatic = errors.New("not a diplomatic event")

// CAMEOKinds returns the CAMEO codes that name diplomatic events, mapped
// to the event kinds Lift gives them, with the roles of the record's source and target.
// The codes of public statements (root 01, 010 to 019) are lifted as
// statements; other codes not listed are not lifted (ErrNotDiplomatic).
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func CAMEOKinds() map[string]Lifting { return maps.Clone(cameoKinds) }

// cameoKinds is the table CAMEOKinds returns.
var cameoKinds = map[string]Lifting{
	"040": {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"041": {Kind: event.PhoneCall, SourceRole: event.Participating, TargetRole: event.Participating},
	"042": {Kind: event.Visit, SourceRole: event.Guest, TargetRole: event.Host},
	"043": {Kind: event.Visit, SourceRole: event.Host, TargetRole: event.Guest},
	"044": {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"045": {Kind: event.Mediation, SourceRole: event.Mediator, TargetRole: event.Participating},
	"046": {Kind: event.NegotiationRound, SourceRole: event.Participating, TargetRole: event.Participating},
	"054": {Kind: event.EstablishRelations, SourceRole: event.Participating, TargetRole: event.Participating},
	"057": {Kind: event.SigningCeremony, SourceRole: event.Signatory, TargetRole: event.Signatory},
	"114": {Kind: event.Protest, SourceRole: event.Initiator, TargetRole: event.Target},
	"139": {Kind: event.Ultimatum, SourceRole: event.Initiator, TargetRole: event.Target},
	"161": {Kind: event.SeverRelations, SourceRole: event.Initiator, TargetRole: event.Target},
	"163": {Kind: event.Sanctions, SourceRole: event.Initiator, TargetRole: event.Target},
}

// PLOVERKinds returns the PLOVER codings that name diplomatic events,
// mapped to event kinds, for records that carry no CAMEO code (POLECAT, PLOVER JSON). The
// key is "EVENT/mode" ("CONSULT/visit"), or "EVENT/" for any mode the map
// does not name. A Lifting with a Context lifts only records coded with
// that context: an accusation is a diplomatic protest only in the
// diplomatic context.
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func PLOVERKinds() map[string]Lifting { return maps.Clone(ploverKinds) }

// ploverKinds is the table PLOVERKinds returns.
var ploverKinds = map[string]Lifting{
	"CONSULT/visit":       {Kind: event.Visit, SourceRole: event.Guest, TargetRole: event.Host},
	"CONSULT/phone":       {Kind: event.PhoneCall, SourceRole: event.Participating, TargetRole: event.Participating},
	"CONSULT/third-party": {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"CONSULT/":            {Kind: event.BilateralTalks, SourceRole: event.Participating, TargetRole: event.Participating},
	"SANCTION/expel":      {Kind: event.Expulsion, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
	"SANCTION/withdraw":   {Kind: event.SeverRelations, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
	"ACCUSE/":             {Kind: event.Protest, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
	"THREATEN/relations":  {Kind: event.Ultimatum, SourceRole: event.Initiator, TargetRole: event.Target},
	"COERCE/restrict":     {Kind: event.Sanctions, SourceRole: event.Initiator, TargetRole: event.Target, Context: "diplomatic"},
}

// statementRoot is the CAMEO root code of public statements (010 make
// statement to 019 express accord). A record coded with it is lifted as an
// event.Statement of kind event.Quote, made by the source actor and about
// the target, not as an event.
const statementRoot = "01"

// diploPLOVERKinds adds to ploverKinds the codings that PLOVER shares
// between a diplomatic event and others, for records coded by diplo's own
// projection (Dataset eventdata.Diplo), whose SUPPORT can only be a
// signing, credentials or the establishment of relations: PLOVER gives
// the three one coding, and the Lifter takes the signing. In other data,
// SUPPORT is mostly praise or endorsement, which is not lifted.
var diploPLOVERKinds = map[string]Lifting{
	"SUPPORT/": {Kind: event.SigningCeremony, SourceRole: event.Signatory, TargetRole: event.Signatory, Context: "diplomatic"},
}

// Lifting is how a CAMEO code becomes an event: its kind and the roles of
// the two actors.
type Lifting struct {
	Kind                   event.Kind
	SourceRole, TargetRole event.Role
	// Context, when set, is a PLOVER context the record must carry.
	Context string
}

// lifting finds how a record becomes an event: by its CAMEO code, or its
// base code, or, for records without CAMEO, by its PLOVER coding. A
// statement (statement, what isStatement says of r) is not looked up
// here.
func lifting(r *eventdata.Record, statement bool) (Lifting, bool) {
	if statement {
		return Lifting{}, true
	}
	if r.CAMEO != "" {
		if lf, ok := cameoKinds[r.CAMEO]; ok {
			return lf, true
		}
		if len(r.CAMEO) > 3 {
			lf, ok := cameoKinds[r.CAMEO[:3]]
			return lf, ok
		}
		return Lifting{}, false
	}
	lf, ok := ploverKinds[r.PLOVER.Event+"/"+r.PLOVER.Mode]
	if !ok {
		lf, ok = ploverKinds[r.PLOVER.Event+"/"]
	}
	if !ok && r.Dataset == eventdata.Diplo {
		lf, ok = diploPLOVERKinds[r.PLOVER.Event+"/"]
	}
	if ok && lf.Context != "" && !slices.Contains(r.PLOVER.Contexts, lf.Context) {
		return Lifting{}, false
	}
	return lf, ok
}

// isStatement reports whether r is coded as a public statement: a CAMEO
// code of root statementRoot that the CAMEO table lists.
func isStatement(r *eventdata.Record) bool {
	if len(r.CAMEO) < 3 || r.CAMEO[:2] != statementRoot {
		return false
	}
	_, ok := cameo.LookupEvent(r.CAMEO)
	return ok
}

// The reasons a Lifter counts in LiftStats. Rows refused are counted in
// Skipped:
const (
	// ReasonNotDiplomatic: the record's code names no diplomatic event.
	ReasonNotDiplomatic = "not diplomatic"
	// ReasonNoDate: the record has no date, or one outside the years a
	// diplo date can hold.
	ReasonNoDate = "no date"
	// ReasonNoSource: the source actor is missing or cannot be named.
	ReasonNoSource = "no source actor"
	// ReasonInvalidUTF8: a field the lifter copies is not valid UTF-8.
	ReasonInvalidUTF8 = "invalid UTF-8"
	// ReasonTooLong: a field the lifter copies is longer than the
	// default diplo.Limits allow one string (MaxString).
	ReasonTooLong = "value too long"
	// ReasonInvalidEvent: the lifted event does not pass its Validate.
	// The Lifter makes events and statements from checked parts, so that
	// none is refused for this reason.
	ReasonInvalidEvent = "invalid event"
)

// Parts of a lifted row that are left out are counted in LeftOut:
const (
	// ReasonNamelessActor: a target actor that carries something but no
	// country, name or code the lifter can name it by.
	ReasonNamelessActor = "actor without a name"
	// ReasonInvalidActor: an actor node that does not pass its Validate.
	ReasonInvalidActor = "invalid actor"
	// ReasonCoordinates: a place whose coordinates are out of range (the
	// whole place is left out).
	ReasonCoordinates = "place with coordinates out of range"
	// ReasonNullIsland: a place at 0,0 with no name, which is how
	// datasets write a missing place (left out).
	ReasonNullIsland = "place at 0,0 without a name"
	// ReasonInvalidPlace: a place that does not pass Place.Validate, such
	// as coordinates with no name and no country (left out).
	ReasonInvalidPlace = "place without a name or country"
	// ReasonPlaceCountry: a place country code that resolves to no ISO
	// 3166 country (the rest of the place is kept).
	ReasonPlaceCountry = "unknown place country"
	// ReasonSourceURL: a source URL that is not a valid http(s) URL.
	ReasonSourceURL = "source URL not http(s)"
	// ReasonIdentifier: a GDELT record id that is not a valid GDELT
	// identifier (the event keeps no identifier).
	ReasonIdentifier = "invalid GDELT identifier"
	// ReasonStatementPlace: the place of a record lifted as a statement,
	// which has no place.
	ReasonStatementPlace = "place of a statement"
	// ReasonStatementIdentifier: the GDELT identifier of a record lifted
	// as a statement, which has no identifiers.
	ReasonStatementIdentifier = "GDELT identifier of a statement"
)

// Values of a lifted row that are repaired are counted in Repaired:
const (
	// ReasonControl: a name or text from which control characters (C0
	// other than tab, newline and carriage return, DEL and C1) were
	// removed.
	ReasonControl = "control characters removed"
)

// LiftStats counts what a Lifter did with the records given to it, by
// reason (the Reason constants). Every record is either lifted or
// skipped; a lifted record may still have parts left out or values
// repaired.
type LiftStats struct {
	// Lifted counts the records turned into events or, for the
	// statement codes of CAMEO root 01, into statements.
	Lifted int
	// Skipped counts the records refused, by reason.
	Skipped map[string]int
	// LeftOut counts the parts of lifted records left out (an actor, a
	// place, a source URL, an identifier), by reason.
	LeftOut map[string]int
	// Repaired counts the values of lifted records that were cleaned
	// before being copied, by reason.
	Repaired map[string]int
}

// String writes the counts on one line: "452 lifted into events, 69 no
// source actor, 1590 not diplomatic; left out: 2 source URL not http(s);
// repaired: 1 control characters removed", reasons sorted, empty groups
// omitted.
func (s LiftStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d lifted into events", s.Lifted)
	group := func(name string, m map[string]int) {
		reasons := slices.Sorted(maps.Keys(m))
		for i, r := range reasons {
			switch {
			case i > 0 || name == "":
				b.WriteString(", ")
			default:
				b.WriteString("; " + name + ": ")
			}
			fmt.Fprintf(&b, "%d %s", m[r], r)
		}
	}
	group("", s.Skipped)
	group("left out", s.LeftOut)
	group("repaired", s.Repaired)
	return b.String()
}

// NodeSink receives the nodes a Lifter makes. *graph.NodeWriter is one;
// the Lifter of NewLifter adds them to its graph.
type NodeSink interface {
	Write(n graph.Node) error
}

// Lifter turns dyadic records into diplo nodes: one event per record (a
// statement for the statement codes of CAMEO root 01), with the two
// actors as states (when their country resolves to ISO 3166 and their
// type is not that of an organisation) or organisations, the place, and
// the report as a source. Actors and
// sources met again are reused, so the nodes of many records name each
// state once.
//
// Every node a Lifter makes passes its own Validate, and together they
// form a graph that passes graph.Validate, whatever the records hold:
// values are cleaned or refused by the rules the model validates with,
// and everything refused, left out or repaired is counted in LiftStats.
//
// A Lifter made by NewStreamLifter hands each node to its sink as soon as
// it is made and keeps only an index of the IDs it has given: 16 bytes
// (and the map's own overhead, some 30 bytes in all) for each distinct
// actor, each distinct source URL and each event. It does not keep the
// nodes, names or URLs, so its memory grows with the number of distinct
// actors, sources and events, not with the size of the rows. (Beside the
// index, it caches what it made of recent country codes, names, places,
// URLs and codes it refuses, in memory bounded whatever the input: at
// most 1,024 values of at most 256 bytes each, per cache.) A Lifter made
// by NewLifter also keeps the graph.
//
// The zero value is not ready; use NewLifter or NewStreamLifter.
type Lifter struct {
	LiftStats
	g    graph.Graph
	sink NodeSink
	err  error // sticky: the sink failed
	// actors and sources hold the UUIDs of the nodes written; events
	// holds, for each record ID met, the number of records lifted under
	// it (the n-th gets the ID of "ID#n").
	actors  map[uuid.UUID]struct{}
	sources map[uuid.UUID]struct{}
	events  map[uuid.UUID]uint32
	cache   liftCache
	// share says that texts met again (a place's name, a statement's
	// name from the CAMEO tables) are one map, kept in the caches.
	share bool
	// transient says that the events and statements are made in the
	// same boxes, ev and st, record after record (StreamOptions).
	transient bool
	ev        *eventBox
	st        *statementBox
	// takes holds TakesCAMEO's answers by codeSlot, made at its first
	// call.
	takes *[codeSlots]uint8
}

// NewLifter returns an empty Lifter that builds a graph in memory, for
// Graph to return.
func NewLifter() *Lifter {
	l := newLifter(nil)
	l.sink = graphSink{&l.g}
	return l
}

// NewStreamLifter returns an empty Lifter that writes each node to sink
// as soon as it is made, each once: an actor or a source before the first
// event that names it. The nodes written form a valid graph.
//
// The events and statements it writes may share the maps of their texts
// (a place's name, the text a statement without one is given) with the
// nodes of other records: nothing in this module modifies a node's
// text, and a sink that keeps nodes must copy a text before modifying
// it. (The graph of a Lifter made by NewLifter shares no text.)
//
// It keeps no string of a record once Add has returned: what its caches
// keep is copied. So it may be given records whose strings change after
// Add (gdelt.ReaderOptions.Transient), when its sink keeps no node past
// Write, as graph.NodeWriter keeps none.
func NewStreamLifter(sink NodeSink) *Lifter {
	return NewStreamLifterWith(sink, StreamOptions{})
}

// StreamOptions set how a Lifter made by NewStreamLifterWith writes its
// nodes. The zero value gives the Lifter of NewStreamLifter.
type StreamOptions struct {
	// Transient makes each event and statement the Lifter writes valid
	// only until the sink's Write returns: the Lifter makes the next one
	// in the same memory, its ID's text included, which saves an
	// allocation for each record lifted. Only a sink that keeps nothing
	// of a node past Write, none of its strings or slices, may be given
	// them: graph.NodeWriter, which encodes each node as it comes, is
	// one. The actors and sources are not affected.
	Transient bool
}

// NewStreamLifterWith returns an empty Lifter that writes each node to
// sink as NewStreamLifter's does, with the options o.
func NewStreamLifterWith(sink NodeSink, o StreamOptions) *Lifter {
	l := newLifter(sink)
	l.share = true
	l.transient = o.Transient
	return l
}

func newLifter(sink NodeSink) *Lifter {
	return &Lifter{
		LiftStats: LiftStats{Skipped: map[string]int{}, LeftOut: map[string]int{}, Repaired: map[string]int{}},
		sink:      sink,
		actors:    map[uuid.UUID]struct{}{},
		sources:   map[uuid.UUID]struct{}{},
		events:    map[uuid.UUID]uint32{},
	}
}

// graphSink adds nodes to a graph.
type graphSink struct{ g *graph.Graph }

func (s graphSink) Write(n graph.Node) error { return s.g.Add(n) }

// tally holds the counts of one record until it is lifted: a refused
// record counts only as skipped.
type tally struct {
	left     [8]string
	n        int
	repaired int
}

func (t *tally) leave(reason string) {
	if t.n < len(t.left) {
		t.left[t.n] = reason
		t.n++
	}
}

// side is a node a record names: its ID, and the node itself when it has
// not been written yet.
type side struct {
	id   diplo.ID
	key  uuid.UUID
	node graph.Node
	// repaired says whether the name was cleaned.
	repaired bool
}

// Add lifts one record, into an event, or into a statement for a
// CAMEO code of root 01. It returns ErrNotDiplomatic (wrapped, with the
// code) for a code outside CAMEOKinds() (or, for a record with no CAMEO
// code, a PLOVER coding outside PLOVERKinds()) and an error for a record with no
// date, no source actor, a field that is not valid UTF-8 or too long; the
// record is then counted in Skipped and nothing is written. Parts that
// cannot be lifted (an unnamed target, an invalid place or source URL)
// are left out and counted in LeftOut; control characters are removed
// from names and text and counted in Repaired. An error of the sink is
// returned as it is, and again by every later call.
func (l *Lifter) Add(r eventdata.Record) error { return l.AddRecord(&r) }

// AddRecord is Add with the record passed by address: it lifts *r as
// Add lifts r, with the same nodes, counts and errors, without copying
// the record. It does not change *r, and keeps no pointer to it once it
// has returned (what it keeps of a record is as Add's).
func (l *Lifter) AddRecord(r *eventdata.Record) error {
	if l.err != nil {
		return l.err
	}
	var statement bool
	var lf Lifting
	if r.CAMEO != "" {
		c := l.cameoLifting(r.CAMEO)
		if c.err != nil {
			l.Skipped[ReasonNotDiplomatic]++
			return c.err
		}
		statement, lf = c.statement, c.lf
	} else {
		var ok bool
		statement = isStatement(r)
		if lf, ok = lifting(r, statement); !ok {
			l.Skipped[ReasonNotDiplomatic]++
			return l.notDiplomatic(r)
		}
	}
	start := diplo.DayOf(r.Date.Year(), r.Date.Month(), r.Date.Day())
	if r.Date.IsZero() || start.IsZero() {
		l.Skipped[ReasonNoDate]++
		return newRefusal(r.ID, "", diplo.ErrRequired, "date")
	}
	if field, reason := checkFields(r); reason != "" {
		l.Skipped[reason]++
		err := diplo.ErrSyntax
		if reason == ReasonTooLong {
			err = diplo.ErrLimit
		}
		return newRefusal(r.ID, field, err, reason)
	}
	var t tally
	src, ok := l.actor(&r.Source, &t)
	t.repaired += b2i(src.repaired)
	if !ok {
		l.Skipped[ReasonNoSource]++
		return newRefusal(r.ID, "", diplo.ErrRequired, "source actor")
	}
	base := recordID(r)
	// The event and the values it points to, its ID's text among them,
	// in one allocation.
	box := reuse(&l.ev, l.transient)
	id := box.urn(base)
	// Counted here, in one map operation: nothing after this refuses
	// the record (a sink's error ends the Lifter).
	met := len(l.events)
	l.events[base]++
	if len(l.events) == met {
		// The dataset repeats an id for different records: keep both,
		// the n-th under the ID of "base#n".
		n := l.events[base]
		id = diplo.ID(uuid.NewSHA1(diplo.Namespace(), []byte(string(id)+"#"+strconv.FormatUint(uint64(n), 10))).URN())
	}
	box.parts[0] = event.Participant{Actor: src.id, Role: lf.SourceRole}
	box.ev = event.Event{
		ID:           id,
		Kind:         lf.Kind,
		Start:        start,
		Participants: box.parts[:1:2],
		Place:        l.place(&r.Location, &box.coords, &t),
	}
	ev := &box.ev
	dst, ok := l.actor(&r.Target, &t)
	if ok && dst.id != src.id {
		ev.Participants = append(ev.Participants, event.Participant{Actor: dst.id, Role: lf.TargetRole})
		t.repaired += b2i(dst.repaired)
	} else {
		dst = side{}
	}
	if text, repaired := cleanText(r.Text); text != "" {
		ev.Description = diplo.Text{language.English: text}
		t.repaired += b2i(repaired)
	}
	if (r.Dataset == eventdata.GDELT1 || r.Dataset == eventdata.GDELT2) && r.ID != "" {
		if ident, ok := gdeltIdentifier(r.ID); ok {
			box.ids[0] = ident
			ev.Identifiers = box.ids[:]
		} else {
			t.leave(ReasonIdentifier)
		}
	}
	var source side
	if r.SourceURL != "" {
		if s, ok := l.source(r.SourceURL); ok {
			source = s
			box.sources[0] = s.id
			ev.Sources = box.sources[:]
		} else {
			t.leave(ReasonSourceURL)
		}
	}
	// The event (or statement) is not validated: it passes the checks
	// of event.Event.Validate (event.Statement.Validate) as made,
	// whatever the record holds. Its ID is a name-based URN; its kind,
	// statement kind and roles come from the Lifter's tables
	// (TestLiftTablesValid lifts a record of each code and validates
	// the node); its start is a day DayOf accepts, with no end; its
	// participants (a statement's speaker and what it is about) are IDs
	// of actor nodes, the target's only when it differs from the
	// source's, so that no actor is twice in a role; its place passed
	// place, whose checks are those of Place.Validate; its description
	// (a statement's text) is cleaned text that is not blank, in
	// English, or the CAMEO name of the code, from the tables; its
	// identifier is one NewIdentifier accepted, its source the ID of a
	// Source node. FuzzLiftCache and FuzzLift check every node written
	// with its Validate. ReasonInvalidEvent stays the reason such a
	// record would be refused under.
	var node graph.Node = ev
	if statement {
		node = l.statementOf(ev, r.CAMEO, dst.id, &t)
	}
	l.write(src, l.actors)
	l.write(dst, l.actors)
	l.write(source, l.sources)
	if l.err == nil {
		l.err = l.sink.Write(node)
	}
	if l.err != nil {
		return l.err
	}
	l.Lifted++
	for _, reason := range t.left[:t.n] {
		l.LeftOut[reason]++
	}
	if t.repaired > 0 {
		l.Repaired[ReasonControl] += t.repaired
	}
	return nil
}

// refusal is the error AddRecord returns for a record it refuses for its
// date, a field or its source actor: the error of
//
//	fmt.Errorf("dyad: record %q: %w: %s", check.Quote(id), err, what)
//
// or, for a field,
//
//	fmt.Errorf("dyad: record %q: %s: %w: %s", check.Quote(id), field, err, what)
//
// with its text made only when Error is called: a caller that counts the
// rows refused (the command) never reads it. It keeps a copy of the
// record's id, in the error's own allocation when the id is short, since
// the record's strings may change once AddRecord has returned
// (gdelt.ReaderOptions.Transient).
type refusal struct {
	err         error  // diplo.ErrRequired, ErrSyntax or ErrLimit
	field, what string // constants of AddRecord
	long        string // the id, when longer than short
	n           uint8  // the length of the id in short
	short       [refusalShortID]byte
}

// refusalShortID is the longest id a refusal keeps in its own
// allocation (GDELT's are ten digits or so).
const refusalShortID = 24

func newRefusal(id, field string, err error, what string) error {
	e := &refusal{err: err, field: field, what: what}
	if len(id) <= len(e.short) {
		e.n = uint8(copy(e.short[:], id))
	} else {
		e.long = strings.Clone(id)
	}
	return e
}

// id returns the record's id.
func (e *refusal) id() string {
	if e.long != "" {
		return e.long
	}
	return string(e.short[:e.n])
}

// Error returns the text fmt.Errorf gives (%w writes what %v writes).
func (e *refusal) Error() string {
	if e.field != "" {
		return fmt.Sprintf("dyad: record %q: %s: %v: %s", check.Quote(e.id()), e.field, e.err, e.what)
	}
	return fmt.Sprintf("dyad: record %q: %v: %s", check.Quote(e.id()), e.err, e.what)
}

// Unwrap returns the error the refusal wraps, as fmt.Errorf's %w does.
func (e *refusal) Unwrap() error { return e.err }

// reuse returns a new zero T, or, when transient, *box, made on the first
// call and otherwise as the last record left it: the caller sets each
// value of the box before it uses it (the event or statement as a whole,
// an array's element before slicing it), so that nothing of the last
// record shows, and the box is not cleared first.
func reuse[T any](box **T, transient bool) *T {
	if !transient {
		return new(T)
	}
	if *box == nil {
		*box = new(T)
	}
	return *box
}

// eventBox holds an event the Lifter makes and the values its slices and
// pointers share, so that they take one allocation: the participants
// (the source's and room for the target's), the identifier, the source
// and the place's coordinates.
type eventBox struct {
	ev      event.Event
	id      [len(urnPrefix) + 36]byte // the text of the ID, for urn
	parts   [2]event.Participant
	ids     [1]diplo.Identifier
	sources [1]diplo.ID
	coords  diplo.Coordinates
}

// urnPrefix is what the text of a UUID's URN starts with.
const urnPrefix = "urn:uuid:"

// urn returns the ID u.URN() gives, written in b.
func (b *eventBox) urn(u uuid.UUID) diplo.ID {
	appendURN(b.id[:0], u)
	return diplo.ID(unsafe.String(&b.id[0], len(b.id)))
}

// appendURN appends the text of u.URN() to t.
func appendURN(t []byte, u uuid.UUID) []byte {
	t = append(t, urnPrefix...)
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			t = append(t, '-')
		}
		t = append(t, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return t
}

const hexDigits = "0123456789abcdef"

// statementBox holds a statement the Lifter makes, its speaker and what
// it is about, in one allocation.
type statementBox struct {
	st       event.Statement
	speakers [1]diplo.ID
	about    [1]diplo.ID
}

// statementOf returns the statement a record coded with a statement code
// (code, of root 01) gives, from the event lifted from the same record:
// of kind event.Quote, made by the event's first participant on its
// start day, about the target (about, when not zero), citing the same
// sources. Its text is the record's text, or, for a record with none
// (GDELT rows carry no text), the CAMEO name of its code ("Make
// statement"): the row says that a statement was made, not what it said.
// A statement has no place and no identifiers: those of ev are counted in
// t as left out.
func (l *Lifter) statementOf(ev *event.Event, code string, about diplo.ID, t *tally) *event.Statement {
	box := reuse(&l.st, l.transient)
	box.speakers[0] = ev.Participants[0].Actor
	box.st = event.Statement{
		ID:          ev.ID,
		Kind:        event.Quote,
		Speakers:    box.speakers[:],
		Date:        ev.Start,
		Text:        ev.Description,
		Attribution: diplo.Attribution{Sources: ev.Sources},
	}
	st := &box.st
	if !about.IsZero() {
		box.about[0] = about
		st.About = box.about[:]
	}
	if len(st.Text) == 0 {
		st.Text = l.codeText(code)
	}
	if !ev.Place.IsZero() {
		t.leave(ReasonStatementPlace)
	}
	if len(ev.Identifiers) > 0 {
		t.leave(ReasonStatementIdentifier)
	}
	return st
}

// write writes the node of s, if it has one, and adds it to index. A
// side has a node only when index did not hold its key when it was made,
// and the sides of one record have different keys (a target with the
// source's ID is dropped), so index does not hold it now.
func (l *Lifter) write(s side, index map[uuid.UUID]struct{}) {
	if s.node == nil || l.err != nil {
		return
	}
	index[s.key] = struct{}{}
	l.err = l.sink.Write(s.node)
}

// Err returns the error of the sink, once writing a node has failed;
// Add then returns it too, and writes nothing more.
func (l *Lifter) Err() error { return l.err }

// Graph returns the graph built so far. It shares memory with the Lifter.
// A Lifter made by NewStreamLifter keeps no graph: its Graph is empty.
func (l *Lifter) Graph() *graph.Graph { return &l.g }

// checkFields returns the first field of r that the lifter copies or keys
// on and that is not valid UTF-8 or is longer than the default MaxString,
// with the reason.
func checkFields(r *eventdata.Record) (field, reason string) {
	fields := [...]struct{ name, s string }{
		{"id", r.ID}, {"sourceURL", r.SourceURL}, {"text", r.Text},
		{"source.name", r.Source.Name}, {"source.code", r.Source.Code},
		{"source.countryCode", r.Source.CountryCode}, {"source.country", r.Source.Country},
		{"target.name", r.Target.Name}, {"target.code", r.Target.Code},
		{"target.countryCode", r.Target.CountryCode}, {"target.country", r.Target.Country},
		{"location.name", r.Location.Name}, {"location.countryCode", r.Location.CountryCode},
		{"location.country", r.Location.Country},
	}
	if shortASCII(fields[:]) {
		return "", "" // the common case, decided in one pass
	}
	for _, f := range fields {
		if len(f.s) > diplo.DefaultMaxString {
			return f.name, ReasonTooLong
		}
		if !utf8.ValidString(f.s) {
			return f.name, ReasonInvalidUTF8
		}
	}
	return "", ""
}

// shortASCII reports whether every field is ASCII, so valid UTF-8, and
// at most the default MaxString bytes long, reading the fields eight
// bytes at a time and gathering their high bits.
func shortASCII(fields []struct{ name, s string }) bool {
	var high uint64
	for _, f := range fields {
		s := f.s
		if len(s) > diplo.DefaultMaxString {
			return false
		}
		for ; len(s) >= 8; s = s[8:] {
			high |= uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		}
		for i := range len(s) {
			high |= uint64(s[i])
		}
	}
	return high&0x8080808080808080 == 0
}

// cleanText removes from s the characters check.String refuses in
// text (control characters other than tab, newline and carriage return),
// trims white space, and reports whether anything but white space was
// removed.
func cleanText(s string) (string, bool) {
	if check.String(s) == nil {
		return strings.TrimSpace(s), false
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		if check.String(s[i:i+n]) == nil {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return strings.TrimSpace(string(b)), true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// recordID derives a stable event ID from the dataset and its record id,
// so that lifting the same record twice gives the same node. Records
// projected from diplo share their node's ID, so their actors and code are
// part of the key.
func recordID(r *eventdata.Record) uuid.UUID {
	dataset := r.Dataset == eventdata.GDELT1 || r.Dataset == eventdata.GDELT2 || r.Dataset == eventdata.ICEWS
	if dataset && r.ID != "" {
		// The common case, without the key's string.
		return nameUUIDOf(string(r.Dataset), ":", r.ID)
	}
	key := string(r.Dataset) + ":" + r.ID
	if !dataset {
		// Records projected from diplo share the ID of the node they come
		// from, and a PLOVER record with several actors gives a dyad for
		// each.
		key += ":" + r.Source.Code + ":" + r.Source.Name + ":" + r.Target.Code + ":" + r.Target.Name +
			":" + r.CAMEO + ":" + r.PLOVER.Event + ":" + r.Text
	}
	if r.ID == "" {
		key = fmt.Sprintf("%s:%s:%s:%s:%s", r.Dataset, r.Date.Format("2006-01-02"), r.Source.Code, r.Target.Code, r.CAMEO)
	}
	return nameUUID(key)
}

// gdeltIdentifier returns diplo.NewIdentifier(diplo.GDELT, id), and
// whether it is valid: at once for an id of ASCII digits that is a GDELT
// identifier (a positive number of at most 18 digits, with no leading
// zero, which the value's text check passes), through NewIdentifier for
// any other.
func gdeltIdentifier(id string) (diplo.Identifier, bool) {
	if id != "" && id[0] != '0' && len(id) <= 18 {
		digits := true
		for i := 0; i < len(id); i++ {
			digits = digits && '0' <= id[i] && id[i] <= '9'
		}
		if digits {
			return diplo.Identifier{Scheme: diplo.GDELT, Value: id}, true
		}
	}
	ident, err := diplo.NewIdentifier(diplo.GDELT, id)
	return ident, err == nil
}

// typeKinds maps the CAMEO actor types that name actors other than a
// state or its organs to the kind of organisation they are: the types
// Project gives organisations of those kinds. typeKind, which the Lifter
// calls, gives the same by a switch (TestTypeKind).
var typeKinds = map[string]actor.OrgKind{
	"IGO": actor.Intergovernmental,
	"REB": actor.ArmedGroup,
	"BUS": actor.Company,
	"NGO": actor.NGO,
	"MED": actor.Media,
}

// typeKind returns typeKinds[t], by a switch: a look-up in a map of five
// short strings costs more than comparing them, and actor asks it of
// each side of each record.
func typeKind(t string) (actor.OrgKind, bool) {
	if len(t) != 3 {
		return "", false
	}
	switch t {
	case "IGO":
		return actor.Intergovernmental, true
	case "REB":
		return actor.ArmedGroup, true
	case "BUS":
		return actor.Company, true
	case "NGO":
		return actor.NGO, true
	case "MED":
		return actor.Media, true
	}
	return "", false
}

// primaryType returns the first CAMEO actor type of a: the first of Types,
// or the three letters after the country in Code ("COLREB").
func primaryType(a *eventdata.Actor) string {
	if len(a.Types) > 0 {
		return a.Types[0]
	}
	if len(a.Code) >= 6 {
		return a.Code[3:6]
	}
	return ""
}

// namesCountry reports whether name is the name of the country iso (the
// datasets name a country's businesses or media by the country, at
// times).
func namesCountry(name, iso string) bool {
	c, ok := cameo.CountryByName(name)
	return ok && c == iso
}

// actor returns the node for a dyad side: a State when the country
// resolves, unless the actor's first type is one of typeKinds and it has
// a name other than its country's (FARC, typed REB, is not Colombia),
// otherwise an Organization named as the dataset names it, of the kind of
// its type, with its country, and with control characters removed. It reports false for an actor it cannot
// name, counting in t an actor that carried something. The side says
// whether the name was cleaned.
func (l *Lifter) actor(a *eventdata.Actor, t *tally) (side, bool) {
	kind, typed := typeKind(primaryType(a))
	c, n, hasCountry := l.country(a)
	if hasCountry && !(typed && a.Name != "" && !namesCountry(a.Name, string(c))) {
		s := side{id: n.id, key: n.key}
		if _, ok := l.actors[n.key]; !ok {
			st := &actor.State{ID: s.id, Country: c, Name: countryName(c)}
			if st.Validate() != nil {
				t.leave(ReasonInvalidActor)
				return side{}, false
			}
			s.node = st
		}
		return s, true
	}
	name, repaired := cleanText(a.Name)
	code, codeRepaired := cleanText(a.Code)
	if name == "" {
		name, repaired = code, codeRepaired
	}
	if name == "" {
		if !a.IsZero() {
			t.leave(ReasonNamelessActor)
		}
		return side{}, false
	}
	n = l.orgID(code, name)
	s := side{id: n.id, key: n.key, repaired: repaired}
	if _, ok := l.actors[n.key]; !ok {
		if !typed {
			kind = actor.OtherOrganization
		}
		org := &actor.Organization{ID: s.id, Kind: kind, Name: diplo.Text{language.English: name}}
		if hasCountry {
			org.Country = c
		}
		if org.Validate() != nil {
			t.leave(ReasonInvalidActor)
			return side{}, false
		}
		s.node = org
	}
	return s, true
}

func countryName(c diplo.Country) diplo.Text {
	r, err := c.Region()
	if err != nil {
		return diplo.Text{language.English: string(c)}
	}
	name := display.English.Regions().Name(r)
	if name == "" {
		name = string(c)
	}
	return diplo.Text{language.English: name}
}

// place returns the place of loc, or no place, counting in t what is left
// out: coordinates out of range or at 0,0 with no name leave the place
// out, as does a place that does not validate.
func (l *Lifter) place(loc *eventdata.Location, coords *diplo.Coordinates, t *tally) diplo.Place {
	var p diplo.Place
	pp := l.placeParts(loc)
	name, repaired := pp.name, pp.repaired
	if pp.text != nil {
		p.Name = pp.text
	} else if name != "" {
		p.Name = diplo.Text{language.English: name}
	}
	p.Country = pp.country
	if pp.badCountry {
		t.leave(ReasonPlaceCountry)
	}
	if loc.HasCoords {
		c := coords
		*c = diplo.Coordinates{Latitude: loc.Lat, Longitude: loc.Lon}
		if c.Validate() != nil {
			t.leave(ReasonCoordinates)
			return diplo.Place{}
		}
		if c.Latitude == 0 && c.Longitude == 0 && name == "" {
			t.leave(ReasonNullIsland)
			return diplo.Place{}
		}
		p.Coordinates = c
	}
	// p.Validate(), from what placeParts found of its name and country
	// and the coordinates just checked: a place with coordinates needs a
	// name or a country.
	if !pp.valid || (p.Coordinates != nil && name == "" && p.Country == "") {
		t.leave(ReasonInvalidPlace)
		return diplo.Place{}
	}
	t.repaired += b2i(repaired)
	return p
}

// source returns the Source node of the URL u, or false when u is not a
// valid http(s) URL.
func (l *Lifter) source(u string) (side, bool) {
	n, ok := l.sourceID(u)
	if !ok {
		return side{}, false
	}
	s := side{id: n.id, key: n.key}
	if _, ok := l.sources[n.key]; !ok {
		// Valid as made: Source.Validate asks of a source with only an
		// ID and a URL that the ID be valid (a URN) and the URL an
		// http(s) URL, which NewIdentifier has checked (FuzzLiftCache
		// validates every node written).
		s.node = &diplo.Source{ID: s.id, URL: n.url}
	}
	return s, true
}

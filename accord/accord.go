package accord

import (
	"math/bits"
	"slices"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Accord is a written agreement between parties: a treaty, an agreement, a
// memorandum of understanding, a joint declaration. It records who the
// parties are, who signed for them, what it is about, what bodies it
// creates, and the actions of its lifecycle (signature, ratification,
// entry into force, withdrawal...), per party where they differ.
type Accord struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Accord" in JSON.
	Type diplo.TypeName[AccordType] `json:"type"`
	// Kind of accord.
	Kind Kind `json:"kind"`
	// Title of the accord, in its languages.
	Title diplo.Text `json:"title"`
	// Parties are the states and organisations bound by the accord.
	Parties []diplo.ID `json:"parties,omitempty"`
	// Signatories are the persons who signed it, and for whom.
	Signatories []Signatory `json:"signatories,omitempty"`
	// Domains are the subjects of the accord.
	Domains []diplo.Topic `json:"domains,omitempty"`
	// Creates lists the bodies the accord creates, such as an
	// intergovernmental commission.
	Creates []diplo.ID `json:"creates,omitempty"`
	// Actions are the steps of the accord's lifecycle.
	Actions []Action `json:"actions,omitempty"`
	// Depositary is the state, organisation or office that keeps the
	// original and receives instruments.
	Depositary diplo.ID `json:"depositary,omitempty"`
	// Languages are the languages whose texts are authentic.
	Languages []language.Tag `json:"languages,omitempty"`
	// Relations to other accords.
	Relations []Relation `json:"relations,omitempty"`
	// Identifiers in external systems (UNTS registration, Wikidata).
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report the accord.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the accord where they may disagree
	// (one calls it a framework agreement).
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// AccordType names the node type of Accord.
type AccordType struct{}

// TypeName implements diplo.Named.
func (AccordType) TypeName() string { return "Accord" }

// IsParty reports whether id is among the parties.
func (a Accord) IsParty(id diplo.ID) bool {
	for _, p := range a.Parties {
		if p == id {
			return true
		}
	}
	return false
}

// partySet returns the set of the parties when they are too many to search
// (more than check.SmallList), and nil otherwise; hasParty looks an ID up
// in it, or searches the list when it is nil.
func (a *Accord) partySet() map[diplo.ID]struct{} {
	if len(a.Parties) <= check.SmallList {
		return nil
	}
	set := make(map[diplo.ID]struct{}, len(a.Parties))
	for _, p := range a.Parties {
		set[p] = struct{}{}
	}
	return set
}

// hasParty reports whether id is among the parties, as IsParty does, looking
// it up in set when it is not nil (see partySet).
func (a *Accord) hasParty(set map[diplo.ID]struct{}, id diplo.ID) bool {
	if set == nil {
		return slices.Contains(a.Parties, id)
	}
	_, ok := set[id]
	return ok
}

// ActionsOf returns the actions that apply to party: its own, and those
// with no party, which apply to the accord as a whole.
func (a Accord) ActionsOf(party diplo.ID) []Action {
	var out []Action
	for _, act := range a.Actions {
		if act.Party.IsZero() || act.Party == party {
			out = append(out, act)
		}
	}
	return out
}

// Validate checks the accord on its own: the fields, that every signatory
// and action names a party of the accord, and that the lifecycle is in a
// possible order (see the package documentation for the order). Rules that
// need other nodes are checked by the graph that holds it.
func (a Accord) Validate() error {
	var c check.Collector
	c.Add("id", a.ID.Validate())
	c.Add("kind", kinds.Check(a.Kind))
	c.Add("title", check.Text(a.Title))
	check.IDs(&c, "parties", a.Parties)
	parties := a.partySet()
	for i, s := range a.Signatories {
		c.AddIndex("signatories", i, s.Validate())
		// A signatory signs on behalf of a party to the accord.
		if !s.Party.IsZero() && s.Capacity.signsForParty() && !a.hasParty(parties, s.Party) {
			c.Add(check.IndexPath("signatories", i)+".party", check.NewValueError("party", string(s.Party), diplo.ErrInconsistent))
		}
	}
	check.Topics(&c, "domains", a.Domains, unlabelled)
	check.IDs(&c, "creates", a.Creates)
	for i, act := range a.Actions {
		c.AddIndex("actions", i, act.Validate())
		// An action taken by a party is taken by a party to the accord.
		if !act.Party.IsZero() && !a.hasParty(parties, act.Party) {
			c.Add(check.IndexPath("actions", i)+".party", check.NewValueError("party", string(act.Party), diplo.ErrInconsistent))
		}
	}
	a.checkOrder(&c)
	a.checkPartyEntry(&c)
	if !a.Depositary.IsZero() {
		c.Add("depositary", a.Depositary.Validate())
	}
	var langs map[language.Tag]struct{}
	if len(a.Languages) > check.SmallList {
		langs = make(map[language.Tag]struct{}, len(a.Languages))
	}
	for i, l := range a.Languages {
		if l == language.Und {
			c.AddIndex("languages", i, diplo.ErrLanguage)
			continue
		}
		if langs != nil {
			if _, dup := langs[l]; !dup {
				langs[l] = struct{}{}
				continue
			}
		} else if !slices.Contains(a.Languages[:i], l) {
			continue
		}
		c.AddIndex("languages", i, check.NewValueError("language", l.String(), diplo.ErrDuplicate))
	}
	for i, r := range a.Relations {
		c.AddIndex("relations", i, r.Validate())
		if !a.ID.IsZero() && r.Accord == a.ID {
			c.Add(check.IndexPath("relations", i)+".accord", diplo.ErrCycle)
		}
	}
	check.Identifiers(&c, "identifiers", a.Identifiers)
	check.IDs(&c, "sources", a.Sources)
	for i, cl := range a.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// checkOrder checks that, for each party and for the accord as a whole, no
// action comes before an action it requires: where the record holds actions
// of a required kind, at least one of them must not come after. So a party
// that withdraws and later joins again is judged by its first consent for
// the withdrawal, and the second consent needs no withdrawal. An action with no party
// applies to every party, except that an accord-wide entry into force may
// precede the actions of one party (its signature, its consent). Only exact
// dates are compared: a pair in which either date is unknown, uncertain or
// approximate is not judged.
//
// A short list of actions (up to check.SmallList) is checked pair by pair,
// allocating nothing; a longer one by orderIndex, in time linear in its
// length. Both report the same errors.
func (a *Accord) checkOrder(c *check.Collector) {
	if len(a.Actions) > check.SmallList {
		a.checkOrderIndexed(c)
		return
	}
	a.checkOrderPairwise(c)
}

// checkOrderPairwise is checkOrder for a short list: for each action it
// looks once at each other action of a kind it requires, keeping for each
// kind whether one of that kind does not come after it and, if not, the
// earliest of them (by diplo.Date.Compare, then by index). The first
// kind, in the order of ActionKinds, that no action satisfies is reported.
// Each action's kind is looked up once, and the actions of each kind are
// kept as a set of bits, so that the actions of other kinds cost nothing.
func (a *Accord) checkOrderPairwise(c *check.Collector) {
	acts := a.Actions
	if len(acts) > 64 {
		// Sets of actions are words of 64 bits; checkOrder gives this
		// check lists of up to check.SmallList.
		a.checkOrderIndexed(c)
		return
	}
	// The place of each action's kind in actionKindValues, or -1 for an
	// action without an exact date, which is never judged, and the
	// actions with an exact date of each kind, as bits by index.
	var (
		places [64]int8
		ofKind [maxActionKinds]uint64
	)
	for j := range acts {
		places[j] = -1
		if acts[j].Date.IsExact() {
			if k := acts[j].Kind.place(); k >= 0 {
				places[j] = int8(k)
				ofKind[k] |= 1 << j
			}
		}
	}
	for i := range acts {
		if !acts[i].Date.IsExact() {
			continue
		}
		later := &acts[i]
		need := requiredKinds(later.Kind, places[i])
		// The actions of the kinds that the later action requires.
		var cands uint64
		for ks := need; ks != 0; ks &= ks - 1 {
			cands |= ofKind[bits.TrailingZeros32(ks)]
		}
		cands &^= 1 << i
		// met holds the kinds an action satisfies; first the earliest
		// action of each kind found so far, where found marks them.
		var (
			met, found uint32
			first      [maxActionKinds]int8
		)
		for ; cands != 0; cands &= cands - 1 {
			j := bits.TrailingZeros64(cands)
			k := places[j]
			bit := uint32(1) << k
			if met&bit != 0 {
				continue
			}
			earlier := &acts[j]
			// Actions of different parties do not constrain each
			// other, but accord-wide actions constrain every party's.
			if !later.Party.IsZero() && !earlier.Party.IsZero() && later.Party != earlier.Party {
				continue
			}
			// The accord may enter into force as a whole before a party
			// signs or consents to be bound; it then enters into force
			// for that party later (Vienna Convention, art. 24(3)).
			if later.Kind == EntryIntoForce && later.Party.IsZero() && !earlier.Party.IsZero() {
				continue
			}
			// The later action needs one action of this kind that does
			// not come after it. A party that withdraws and joins again
			// has a consent before each withdrawal, and a second
			// consent that no withdrawal needs.
			if !later.Date.Before(earlier.Date) {
				met |= bit
				continue
			}
			if found&bit == 0 || earlier.Date.Compare(acts[first[k]].Date) < 0 {
				found |= bit
				first[k] = int8(j)
			}
		}
		if broken := found &^ met; broken != 0 {
			j := int(first[bits.TrailingZeros32(broken)])
			earlier := &acts[j]
			c.Add(check.IndexPath("actions", i)+".date", &OrderError{
				Action: later.Kind, Date: later.Date, Before: earlier.Kind, BeforeDate: earlier.Date, Index: j,
			})
		}
	}
}

// checkOrderIndexed is checkOrder for a long list. The actions that can
// satisfy a requirement of the later action are those of the required
// kind, with an exact date, that are accord-wide or of the later action's
// party (or of any party when the later action is accord-wide, except for
// an accord-wide entry into force, which only accord-wide actions
// constrain). Among them the requirement holds when the earliest (by
// diplo.Date.Compare, which orders by start) does not come after the later
// action, and otherwise the earliest is the one reported: so one pass
// finds the earliest action of each kind, accord-wide, per party and over
// all, and each action is then checked against those. An action never
// requires its own kind, so it is never its own candidate.
func (a *Accord) checkOrderIndexed(c *check.Collector) {
	type kindParty struct {
		kind  ActionKind
		party diplo.ID
	}
	var (
		wide  = make(map[ActionKind]int) // earliest accord-wide action of a kind
		all   = make(map[ActionKind]int) // earliest action of a kind
		party = make(map[kindParty]int)  // earliest action of a kind and party
	)
	// earlier reports whether action j comes before action k: by date, then
	// by index, as the pairwise check picks the first of equal dates.
	earlier := func(j, k int) bool {
		if d := a.Actions[j].Date.Compare(a.Actions[k].Date); d != 0 {
			return d < 0
		}
		return j < k
	}
	for j, act := range a.Actions {
		if !act.Date.IsExact() {
			continue
		}
		keepEarliest(all, act.Kind, j, earlier)
		if act.Party.IsZero() {
			keepEarliest(wide, act.Kind, j, earlier)
			continue
		}
		keepEarliest(party, kindParty{act.Kind, act.Party}, j, earlier)
	}
	for i, later := range a.Actions {
		if !later.Date.IsExact() {
			continue
		}
		for _, kind := range actionKindValues {
			if !later.Kind.requires(kind) {
				continue
			}
			var first int
			var ok bool
			switch {
			case later.Party.IsZero() && later.Kind == EntryIntoForce:
				first, ok = wide[kind]
			case later.Party.IsZero():
				first, ok = all[kind]
			default:
				w, wok := wide[kind]
				p, pok := party[kindParty{kind, later.Party}]
				switch {
				case wok && pok:
					first, ok = w, true
					if earlier(p, w) {
						first = p
					}
				case wok:
					first, ok = w, true
				case pok:
					first, ok = p, true
				}
			}
			if !ok || !later.Date.Before(a.Actions[first].Date) {
				continue
			}
			earliest := a.Actions[first]
			c.Add(check.IndexPath("actions", i)+".date", &OrderError{
				Action: later.Kind, Date: later.Date, Before: earliest.Kind, BeforeDate: earliest.Date, Index: first,
			})
			break
		}
	}
}

// checkPartyEntry checks that no party's own entry into force comes before
// the accord-wide one: a party that consents to be bound before the
// accord enters into force is bound from the general entry into force, and
// one that consents later from a later date (Vienna Convention, art. 24(3)).
// Only exact dates are compared, against the earliest exact accord-wide
// entry into force.
func (a *Accord) checkPartyEntry(c *check.Collector) {
	wide := -1
	for j, act := range a.Actions {
		if act.Kind == EntryIntoForce && act.Party.IsZero() && act.Date.IsExact() &&
			(wide < 0 || act.Date.Compare(a.Actions[wide].Date) < 0) {
			wide = j
		}
	}
	if wide < 0 {
		return
	}
	general := a.Actions[wide]
	for i, act := range a.Actions {
		if act.Kind != EntryIntoForce || act.Party.IsZero() || !act.Date.IsExact() || !act.Date.Before(general.Date) {
			continue
		}
		c.Add(check.IndexPath("actions", i)+".date", &OrderError{
			Action: act.Kind, Date: act.Date, Before: general.Kind, BeforeDate: general.Date, Index: wide,
		})
	}
}

// keepEarliest sets m[k] to j unless it holds an index that comes earlier.
func keepEarliest[K comparable](m map[K]int, k K, j int, earlier func(j, k int) bool) {
	if f, ok := m[k]; !ok || earlier(j, f) {
		m[k] = j
	}
}

// actionKindValues are the values of ActionKinds, listed once rather than on
// every call of checkOrder.
var actionKindValues = actionKinds.Values()

// maxActionKinds bounds the number of action kinds, so that a set of them
// is a bit set of 32 bits (a test checks it).
const maxActionKinds = 32

// kindNeeds holds, for the kind at each place of actionKindValues, the
// set of kinds it requires (see requires), as bits by place.
var kindNeeds = func() []uint32 {
	needs := make([]uint32, len(actionKindValues))
	for i, k := range actionKindValues {
		needs[i] = needsOf(k)
	}
	return needs
}()

// needsOf returns the set of kinds that k requires, as bits by place in
// actionKindValues.
func needsOf(k ActionKind) uint32 {
	var need uint32
	for j, e := range actionKindValues {
		if k.requires(e) {
			need |= 1 << j
		}
	}
	return need
}

// requiredKinds returns the set of kinds that k requires, as bits by place
// in actionKindValues; place is k's place there, or negative for a kind
// not in the vocabulary.
func requiredKinds(k ActionKind, place int8) uint32 {
	if place >= 0 {
		return kindNeeds[place]
	}
	return needsOf(k)
}

// OrderError reports a lifecycle action dated before an action that must
// precede it. It wraps diplo.ErrOrder.
type OrderError struct {
	Action     ActionKind
	Date       diplo.Date
	Before     ActionKind
	BeforeDate diplo.Date
	// Index is the index of the earlier action in Actions.
	Index int
}

// Error describes the two actions and their dates.
func (e *OrderError) Error() string {
	return diplo.ErrOrder.Error() + ": " + string(e.Action) + " on " + e.Date.String() +
		" comes before " + string(e.Before) + " on " + e.BeforeDate.String()
}

// Unwrap returns diplo.ErrOrder.
func (e *OrderError) Unwrap() error { return diplo.ErrOrder }

// Signatory is a person who signed an accord, for a party, in a capacity.
type Signatory struct {
	// Person who signed.
	Person diplo.ID `json:"person"`
	// Party on whose behalf the person signed.
	Party diplo.ID `json:"party,omitempty"`
	// Capacity in which the person signed; the zero value means signatory.
	Capacity Capacity `json:"capacity,omitempty"`
	// Office the person held when signing, if the source says.
	Office diplo.ID `json:"office,omitempty"`
}

// Validate checks the references and the capacity; a signatory who signs
// for a party must name it.
func (s Signatory) Validate() error {
	var c check.Collector
	c.Add("person", s.Person.Validate())
	if s.Capacity != "" {
		c.Add("capacity", capacities.Check(s.Capacity))
	}
	if s.Party.IsZero() {
		if s.Capacity.signsForParty() {
			c.Add("party", diplo.ErrRequired)
		}
	} else {
		c.Add("party", s.Party.Validate())
	}
	if !s.Office.IsZero() {
		c.Add("office", s.Office.Validate())
	}
	return c.Err()
}

// Action is a step in the lifecycle of an accord: its adoption, a
// signature, a ratification, its entry into force, a withdrawal. An action
// with a Party is that party's; one without applies to the accord as a
// whole.
type Action struct {
	// Kind of action.
	Kind ActionKind `json:"kind"`
	// Date of the action: when it was taken, so for an instrument the date
	// of its deposit or notification (a withdrawal notified to the
	// depositary), and for an entry into force the date it took effect.
	Date diplo.Date `json:"date,omitzero"`
	// Effective is the date from which the action takes effect, when it
	// differs from Date: a withdrawal notified in one year that takes
	// effect in the next, a ratification that binds the party thirty days
	// after its deposit. Zero means the source does not say, or that the
	// action took effect on Date. An entry into force has none: its Date
	// is when it took effect.
	Effective diplo.Date `json:"effectiveDate,omitzero"`
	// Party that took the action, or for which it took effect.
	Party diplo.ID `json:"party,omitempty"`
	// Event at which the action took place, such as the signing ceremony.
	Event diplo.ID `json:"event,omitempty"`
	// Attribution says where the action is reported.
	diplo.Attribution
}

// TakesEffect returns the date from which the action takes effect:
// Effective when it is known, and Date otherwise.
func (a Action) TakesEffect() diplo.Date {
	if a.Effective.IsZero() {
		return a.Date
	}
	return a.Effective
}

// Validate checks the kind, the dates and the references: an action
// cannot take effect before it was taken, and an entry into force takes
// effect on its Date, so it has no Effective date of its own.
func (a Action) Validate() error {
	var c check.Collector
	c.Add("kind", actionKinds.Check(a.Kind))
	if a.Effective.Before(a.Date) {
		c.Add("effectiveDate", diplo.ErrOrder)
	}
	if a.Kind == EntryIntoForce && !a.Effective.IsZero() {
		c.Add("effectiveDate", check.NewValueError("kind", string(a.Kind), diplo.ErrInconsistent))
	}
	if !a.Party.IsZero() {
		c.Add("party", a.Party.Validate())
	}
	if !a.Event.IsZero() {
		c.Add("event", a.Event.Validate())
	}
	c.Add("", a.Attribution.Validate())
	return c.Err()
}

// Relation links an accord to another: this one amends, supersedes or
// implements that one.
type Relation struct {
	// Kind of relation.
	Kind RelationKind `json:"kind"`
	// Accord is the other accord.
	Accord diplo.ID `json:"accord"`
}

// Validate checks the kind and the reference.
func (r Relation) Validate() error {
	var c check.Collector
	c.Add("kind", relationKinds.Check(r.Kind))
	c.Add("accord", r.Accord.Validate())
	return c.Err()
}

// unlabelled returns the domain of a topic that has no label, and "" for
// any other: two such topics of one domain say the same thing twice.
func unlabelled(t diplo.Topic) diplo.Domain {
	if len(t.Label) != 0 {
		return ""
	}
	return t.Domain
}

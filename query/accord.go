package query

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
)

// PartyStatus is where a state or organisation stands under an accord on a
// date.
type PartyStatus uint8

// The statuses of a party, in the order a lifecycle usually passes them.
const (
	// NotParty: it has taken no step toward the accord.
	NotParty PartyStatus = iota
	// PartySigned: it signed and has not consented to be bound; it must
	// refrain from acts that would defeat the accord's object and purpose
	// (VCLT art. 18).
	PartySigned
	// PartyConsented: it expressed its consent to be bound (ratification,
	// acceptance, approval, accession, succession; VCLT arts. 11-16), and
	// the accord is not yet in force for it.
	PartyConsented
	// PartyProvisional: it applies the accord provisionally, pending
	// entry into force (VCLT art. 25).
	PartyProvisional
	// PartyBound: the accord is in force for it (VCLT art. 24).
	PartyBound
	// PartySuspended: the accord is in force for it and its operation is
	// suspended (VCLT arts. 57-58, 72).
	PartySuspended
	// PartyWithdrawn: its withdrawal has taken effect, which releases it
	// from performing the accord further (VCLT arts. 54, 56, 70).
	PartyWithdrawn
	// PartyTerminated: the accord has ended for all its parties (VCLT
	// arts. 54, 70).
	PartyTerminated
)

var partyStatusNames = [...]string{"not-party", "signed", "consented", "provisional", "bound", "suspended", "withdrawn", "terminated"}

// String returns the status's name, as in JSON: "not-party", "signed",
// "consented", "provisional", "bound", "suspended", "withdrawn" or
// "terminated".
func (s PartyStatus) String() string {
	if int(s) < len(partyStatusNames) {
		return partyStatusNames[s]
	}
	return fmt.Sprintf("PartyStatus(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler with String.
func (s PartyStatus) MarshalText() ([]byte, error) {
	if int(s) >= len(partyStatusNames) {
		return nil, fmt.Errorf("query: invalid PartyStatus %d", uint8(s))
	}
	return []byte(partyStatusNames[s]), nil
}

// AccordStatus is where an accord stands as a whole on a date.
type AccordStatus uint8

// The statuses of an accord, in the order of its lifecycle.
const (
	// AccordNone: no action of its lifecycle has taken effect.
	AccordNone AccordStatus = iota
	// AccordAdopted: its text is adopted or initialled (VCLT arts. 9-10).
	AccordAdopted
	// AccordOpen: it is open for signature.
	AccordOpen
	// AccordSigned: at least one party signed it; it is not in force.
	AccordSigned
	// AccordProvisional: it is applied provisionally (VCLT art. 25).
	AccordProvisional
	// AccordInForce: it has entered into force (VCLT art. 24).
	AccordInForce
	// AccordSuspended: it is in force and its operation is suspended for
	// all parties (VCLT arts. 57-58, 72).
	AccordSuspended
	// AccordTerminated: it has ended (VCLT arts. 54, 70).
	AccordTerminated
)

var accordStatusNames = [...]string{"none", "adopted", "open-for-signature", "signed", "provisional", "in-force", "suspended", "terminated"}

// String returns the status's name, as in JSON: "none", "adopted",
// "open-for-signature", "signed", "provisional", "in-force", "suspended" or
// "terminated".
func (s AccordStatus) String() string {
	if int(s) < len(accordStatusNames) {
		return accordStatusNames[s]
	}
	return fmt.Sprintf("AccordStatus(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler with String.
func (s AccordStatus) MarshalText() ([]byte, error) {
	if int(s) >= len(accordStatusNames) {
		return nil, fmt.Errorf("query: invalid AccordStatus %d", uint8(s))
	}
	return []byte(accordStatusNames[s]), nil
}

// PartyAnswer says where a party stands under an accord on a date.
type PartyAnswer struct {
	// Accord and Party asked about, and the date On.
	Accord diplo.ID   `json:"accord"`
	Party  diplo.ID   `json:"party"`
	On     diplo.Date `json:"on"`
	// Status is the status the record gives with certainty when Truth is
	// Yes; when Truth is Maybe, the status of the actions that certainly
	// took effect before On, the first of Possible.
	Status PartyStatus `json:"status"`
	// Truth is Yes when Status holds throughout On, Maybe when the dates
	// of the record admit other statuses, those of Possible.
	Truth Truth `json:"truth"`
	// Possible lists every status the record admits on that date, in the
	// order they would follow one another; Status is the first.
	Possible []PartyStatus `json:"possible"`
	// Actions are the actions the answer rests on: those of the party and
	// of the accord as a whole that took effect, or may have, by On.
	Actions []accord.Action `json:"actions,omitempty"`
}

// Is reports whether the party's status on the date is s: Yes when the
// answer is certain and s, No when the record does not admit s, and Maybe
// otherwise.
func (a PartyAnswer) Is(s PartyStatus) Truth { return is(a.Possible, a.Truth, s) }

// AccordAnswer says where an accord stands as a whole on a date.
type AccordAnswer struct {
	// Accord asked about, and the date On.
	Accord diplo.ID   `json:"accord"`
	On     diplo.Date `json:"on"`
	// Status, Truth and Possible are as in PartyAnswer.
	Status   AccordStatus   `json:"status"`
	Truth    Truth          `json:"truth"`
	Possible []AccordStatus `json:"possible"`
	// Actions are the actions the answer rests on: those that took
	// effect, or may have, by On.
	Actions []accord.Action `json:"actions,omitempty"`
}

// Is reports whether the accord's status on the date is s, as
// PartyAnswer.Is does.
func (a AccordAnswer) Is(s AccordStatus) Truth { return is(a.Possible, a.Truth, s) }

// is answers whether s holds, of an answer whose statuses possible hold
// with truth t.
func is[S comparable](possible []S, t Truth, s S) Truth {
	switch {
	case !slices.Contains(possible, s):
		return No
	case t == Yes:
		return Yes
	}
	return Maybe
}

// step is one change an action makes: an action that takes effect on its
// Date makes one, at that date; one whose Effective date is later makes
// two, its notice at Date (a consent deposited, a withdrawal notified) and
// its effect at Effective.
type step struct {
	act    int32 // index in Accord.Actions
	notice bool
	// awaits, for a consent, tells that the party's own entry into force
	// follows it before any withdrawal: it binds the party from that
	// entry into force, not from the consent.
	awaits bool
	at     point
}

type accordEntry struct {
	a     *accord.Accord
	steps []step
	// sigConsent is set when the record has an entry into force and no
	// consent other than signatures: the signatures expressed the consent
	// to be bound (VCLT art. 12(1)).
	sigConsent bool
}

func isConsent(k accord.ActionKind) bool {
	switch k {
	case accord.Ratification, accord.Acceptance, accord.Approval, accord.Accession, accord.Succession:
		return true
	}
	return false
}

func newAccordEntry(a *accord.Accord) *accordEntry {
	e := &accordEntry{a: a}
	type dated struct {
		step
		date diplo.Date
	}
	var ds []dated
	entry, consent := false, false
	for i, act := range a.Actions {
		entry = entry || act.Kind == accord.EntryIntoForce
		consent = consent || isConsent(act.Kind)
		if !act.Effective.IsZero() && act.Effective != act.Date {
			ds = append(ds, dated{step{act: int32(i), notice: true, at: startPoint(act.Date)}, act.Date})
		}
		d := act.TakesEffect()
		ds = append(ds, dated{step{act: int32(i), at: startPoint(d)}, d})
	}
	e.sigConsent = entry && !consent
	// The order in which the steps are applied: by date, as
	// diplo.Date.Compare orders them, then as the record lists them, a
	// notice before its effect.
	slices.SortStableFunc(ds, func(x, y dated) int {
		if c := x.date.Compare(y.date); c != 0 {
			return c
		}
		return cmp.Compare(x.act, y.act)
	})
	// Which consents await the party's own entry into force: walk back,
	// remembering for each party whether its next own action of note is
	// an entry into force or a withdrawal.
	next := map[diplo.ID]accord.ActionKind{}
	for k := len(ds) - 1; k >= 0; k-- {
		act := &a.Actions[ds[k].act]
		if act.Party.IsZero() {
			continue
		}
		switch {
		case act.Kind == accord.EntryIntoForce || act.Kind == accord.Withdrawal:
			if !ds[k].notice {
				next[act.Party] = act.Kind
			}
		case isConsent(act.Kind) && !ds[k].notice:
			ds[k].awaits = next[act.Party] == accord.EntryIntoForce
		}
	}
	e.steps = make([]step, len(ds))
	for k, d := range ds {
		e.steps[k] = d.step
	}
	return e
}

// StatusOfParty returns where party stands under the accord of that ID on
// the date on, and false if the graph holds no such accord. A party that
// is not among the accord's parties and took no action of its own is
// NotParty, with Yes.
//
// The status follows the actions of the party and those of the accord as
// a whole (accord.Accord.ActionsOf), each from the date it takes effect
// (accord.Action.TakesEffect); an action whose Effective date is later
// than its Date gives notice at its Date. The rules, from the Vienna
// Convention on the Law of Treaties (VCLT):
//
//   - a signature makes the party a signatory (art. 18); where the record
//     has an entry into force and no consent but signatures, the signature
//     was the consent to be bound (art. 12(1));
//   - a ratification, acceptance, approval, accession or succession is the
//     consent to be bound (arts. 11-16), from its Date;
//   - the party is bound when the accord as a whole has entered into
//     force and its consent has taken effect (art. 24(1), (3)), or from its
//     own entry into force where the record gives one after that consent,
//     as treaties provide for late consents (art. 24(3); Paris Agreement
//     art. 21(3));
//   - a provisional application applies the accord before it binds
//     (art. 25);
//   - a suspension suspends a bound party until a later entry into force
//     (arts. 57-58, 72);
//   - a withdrawal takes effect on its Effective date, or its Date, and
//     until then the party remains bound (arts. 56(2), 70(1)); a later
//     consent makes it a party again;
//   - a termination ends the accord for every party (arts. 54, 70).
//
// Dates are compared as in Holders: the answer is Yes when the actions that
// took effect throughout on give one status, and Maybe, with every status
// the record admits in Possible, when the date of an action (known to the
// month or year only, uncertain, approximate or missing) or the span of
// on leaves the order open. The actions whose dates leave it open are
// taken in the order of the lifecycle (by date, then as listed).
func (ix *Index) StatusOfParty(accordID, party diplo.ID, on diplo.Date) (PartyAnswer, bool) {
	e, ok := ix.accords[accordID]
	if !ok {
		return PartyAnswer{}, false
	}
	ans := PartyAnswer{Accord: accordID, Party: party, On: on}
	member := e.a.IsParty(party)
	if !member && !slices.ContainsFunc(e.a.Actions, func(a accord.Action) bool { return a.Party == party }) {
		ans.Status, ans.Truth, ans.Possible = NotParty, Yes, []PartyStatus{NotParty}
		return ans, true
	}
	applies := func(act *accord.Action) bool { return act.Party == party || act.Party.IsZero() }
	var s partyState
	var acts []int32
	_, possible := run(e, windowOf(on), applies, &acts, func(st step) { s.apply(e.a, st, e.sigConsent) }, s.status)
	ans.Possible = possible
	ans.Status = possible[0]
	ans.Truth = Yes
	if len(possible) > 1 {
		ans.Truth = Maybe
	}
	ans.Actions = e.actions(acts)
	return ans, true
}

// StatusOfAccord returns where the accord of that ID stands as a whole on
// the date on, and false if the graph holds no such accord. The status
// follows the accord's actions, those of every party included, each from
// the date it takes effect:
//
//   - an adoption or initialling adopts the text (VCLT arts. 9-10); an
//     opening for signature opens it; a signature by any party makes it
//     signed;
//   - a provisional application applies it (art. 25);
//   - it is in force from its entry into force as a whole (art. 24(1),
//     (2)), or, where the record gives none, from the first entry into
//     force for one party;
//   - a suspension of the accord as a whole suspends it until a later
//     entry into force (arts. 57-58, 72); a termination ends it (arts. 54,
//     70).
//
// Dates and Truth are as in StatusOfParty.
func (ix *Index) StatusOfAccord(accordID diplo.ID, on diplo.Date) (AccordAnswer, bool) {
	e, ok := ix.accords[accordID]
	if !ok {
		return AccordAnswer{}, false
	}
	wide := slices.ContainsFunc(e.a.Actions, func(a accord.Action) bool {
		return a.Kind == accord.EntryIntoForce && a.Party.IsZero()
	})
	var s accordState
	var acts []int32
	_, possible := run(e, windowOf(on), func(*accord.Action) bool { return true }, &acts,
		func(st step) { s.apply(e.a, st, wide) }, s.status)
	ans := AccordAnswer{Accord: accordID, On: on, Possible: possible, Status: possible[0], Truth: Yes}
	if len(possible) > 1 {
		ans.Truth = Maybe
	}
	ans.Actions = e.actions(acts)
	return ans, true
}

// run applies the steps of the actions that applies selects: first those
// that took effect throughout w, in order, then those that may have, in
// order, collecting the status after each (once each, in order). It
// appends to acts the actions applied.
func run[S comparable](e *accordEntry, w window, applies func(*accord.Action) bool, acts *[]int32, apply func(step), status func() S) (S, []S) {
	var open []step
	for _, st := range e.steps {
		if !applies(&e.a.Actions[st.act]) {
			continue
		}
		switch st.at.effect(w) {
		case Yes:
			apply(st)
			*acts = append(*acts, st.act)
		case Maybe:
			open = append(open, st)
		}
	}
	first := status()
	possible := []S{first}
	for _, st := range open {
		apply(st)
		*acts = append(*acts, st.act)
		if s := status(); !slices.Contains(possible, s) {
			possible = append(possible, s)
		}
	}
	return first, possible
}

// actions returns the actions of the indices, once each, in order of the
// first mention.
func (e *accordEntry) actions(idx []int32) []accord.Action {
	var out []accord.Action
	var seen []int32
	for _, i := range idx {
		if slices.Contains(seen, i) {
			continue
		}
		seen = append(seen, i)
		out = append(out, e.a.Actions[i])
	}
	return out
}

type partyState struct {
	signed, consented, awaiting, provisional, bound, suspended, withdrawn, terminated, inForce bool
}

func (s *partyState) apply(a *accord.Accord, st step, sigConsent bool) {
	act := &a.Actions[st.act]
	if st.notice {
		// A consent deposited with effect from a later date is given,
		// and binds from that date; a notice of withdrawal or of
		// suspension changes nothing until it takes effect.
		if isConsent(act.Kind) {
			s.consented, s.withdrawn, s.awaiting = true, false, true
		}
		return
	}
	switch k := act.Kind; {
	case k == accord.Signature:
		s.signed = true
		if sigConsent {
			s.consent(false)
		}
	case isConsent(k):
		s.consent(st.awaits)
	case k == accord.ProvisionalApplication:
		s.provisional = true
	case k == accord.EntryIntoForce:
		if act.Party.IsZero() {
			s.inForce = true
			s.bound = s.bound || (s.consented && !s.awaiting && !s.withdrawn)
		} else {
			s.bound, s.consented, s.awaiting, s.withdrawn = true, true, false, false
		}
		s.suspended = false
	case k == accord.Suspension:
		s.suspended = true
	case k == accord.Withdrawal:
		s.withdrawn = true
		s.bound, s.consented, s.awaiting, s.provisional, s.suspended = false, false, false, false, false
	case k == accord.Termination:
		s.terminated = true
	}
}

func (s *partyState) consent(awaits bool) {
	s.consented, s.withdrawn, s.awaiting = true, false, awaits
	if s.inForce && !awaits {
		s.bound = true
	}
}

func (s *partyState) status() PartyStatus {
	switch {
	case s.terminated:
		return PartyTerminated
	case s.withdrawn:
		return PartyWithdrawn
	case s.bound && s.suspended:
		return PartySuspended
	case s.bound:
		return PartyBound
	case s.provisional:
		return PartyProvisional
	case s.consented:
		return PartyConsented
	case s.signed:
		return PartySigned
	}
	return NotParty
}

type accordState struct {
	adopted, open, signed, provisional, inForce, suspended, terminated bool
}

// apply applies a step; wide tells whether the record has an entry into
// force of the accord as a whole, which makes those of one party not
// count for the accord's status.
func (s *accordState) apply(a *accord.Accord, st step, wide bool) {
	if st.notice {
		return
	}
	act := &a.Actions[st.act]
	switch act.Kind {
	case accord.Adoption, accord.Initialling:
		s.adopted = true
	case accord.OpeningForSignature:
		s.open = true
	case accord.Signature:
		s.signed = true
	case accord.ProvisionalApplication:
		s.provisional = true
	case accord.EntryIntoForce:
		if act.Party.IsZero() || !wide {
			s.inForce, s.suspended = true, false
		}
	case accord.Suspension:
		if act.Party.IsZero() {
			s.suspended = true
		}
	case accord.Termination:
		s.terminated = true
	}
}

func (s *accordState) status() AccordStatus {
	switch {
	case s.terminated:
		return AccordTerminated
	case s.inForce && s.suspended:
		return AccordSuspended
	case s.inForce:
		return AccordInForce
	case s.provisional:
		return AccordProvisional
	case s.signed:
		return AccordSigned
	case s.open:
		return AccordOpen
	case s.adopted:
		return AccordAdopted
	}
	return AccordNone
}

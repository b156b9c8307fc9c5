package event

import (
	"slices"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Event is something that happens in diplomacy: a visit, talks, a signing
// ceremony, a press conference, an expulsion. An event may be made of parts
// (the talks and the signing are parts of the visit) and related to other
// events (the visit continues a summit).
type Event struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Event" in JSON.
	Type diplo.TypeName[EventType] `json:"type"`
	// Kind of event, from the taxonomy in Kinds.
	Kind Kind `json:"kind"`
	// Status says whether the event was held, is planned, or was postponed
	// or cancelled. The zero value means held. It is the current status:
	// the last change of StatusHistory, when there is one, agrees with it.
	Status Status `json:"status,omitempty"`
	// StatusHistory records the dated changes of the status, oldest
	// first: when the event was announced, postponed, moved or cancelled,
	// by whom and according to which source.
	StatusHistory []StatusChange `json:"statusHistory,omitempty"`
	// Name of the event, if it has one ("Second Russia–Africa Summit").
	Name diplo.Text `json:"name,omitempty"`
	// Description of the event in a few words.
	Description diplo.Text `json:"description,omitempty"`
	// Start of the event; zero when unknown.
	Start diplo.Date `json:"startDate,omitzero"`
	// End of the event; zero when it is the same as Start or unknown.
	End diplo.Date `json:"endDate,omitzero"`
	// Place where the event happened.
	Place diplo.Place `json:"location,omitzero"`
	// Participants and their roles.
	Participants []Participant `json:"participants,omitempty"`
	// Parts are the sub-events of this event, by ID.
	Parts []diplo.ID `json:"parts,omitempty"`
	// Relations to other events.
	Relations []Relation `json:"relations,omitempty"`
	// Topics discussed and sectors of cooperation named.
	Topics []diplo.Topic `json:"topics,omitempty"`
	// Deadlines are the dated facts the event sets: the time by which
	// expelled diplomats must leave, the term of an ultimatum.
	Deadlines []Deadline `json:"deadlines,omitempty"`
	// Quantities are the numbers the event is about, as values: the
	// diplomats an expulsion expels, the sums a conference pledges.
	Quantities []diplo.Quantity `json:"quantities,omitempty"`
	// Outcomes are the accords adopted or signed at the event, by ID.
	Outcomes []diplo.ID `json:"outcomes,omitempty"`
	// Characterisations record how parties or sources described the event
	// ("constructive").
	Characterisations []Characterisation `json:"characterisations,omitempty"`
	// Identifiers in external systems (a Wikidata item, a GDELT event).
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report the event.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the event where they may disagree.
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// EventType names the node type of Event.
type EventType struct{}

// TypeName implements diplo.Named.
func (EventType) TypeName() string { return "Event" }

// Span returns the time span of the event: Start to End, or Start alone.
func (e Event) Span() diplo.Interval {
	end := e.End
	if end.IsZero() {
		end = e.Start
	}
	return diplo.Interval{Start: e.Start, End: end}
}

// EffectiveStatus returns the status, reading the zero value as Held.
func (e Event) EffectiveStatus() Status {
	if e.Status == "" {
		return Held
	}
	return e.Status
}

// HasParticipant reports whether actor is listed among the participants
// in any role. It does not look into delegations, which the event does not
// hold; graph.Graph's checks do.
func (e Event) HasParticipant(actor diplo.ID) bool {
	for _, p := range e.Participants {
		if p.Actor == actor {
			return true
		}
	}
	return false
}

// Validate checks the fields of the event on their own; the rules that need
// other nodes (that participants exist, that parts form no cycle) are
// checked by the graph that holds the event.
func (e Event) Validate() error {
	var c check.Collector
	c.Add("id", e.ID.Validate())
	c.Add("kind", kinds.Check(e.Kind))
	if e.Status != "" {
		c.Add("status", statuses.Check(e.Status))
	}
	c.Add("name", e.Name.Validate())
	c.Add("description", e.Description.Validate())
	// An event cannot end before it starts.
	if e.End.Before(e.Start) {
		c.Add("endDate", diplo.ErrOrder)
	}
	// An end without a start says nothing of when the event began.
	if !e.End.IsZero() && e.Start.IsZero() {
		c.Add("startDate", diplo.ErrRequired)
	}
	c.Add("location", e.Place.Validate())
	e.checkHistory(&c)
	for i, d := range e.Deadlines {
		c.AddIndex("deadlines", i, d.Validate())
		// A deadline is set by the event, so it cannot fall before the
		// event starts.
		if d.Date.Before(e.Start) {
			c.Add(check.IndexPath("deadlines", i)+".date", diplo.ErrOrder)
		}
	}
	// The same actor in the same role twice is a copy, not a fact. A long
	// list is searched for copies with a map, a short one pairwise.
	type actorRole struct {
		actor diplo.ID
		role  Role
	}
	var seen map[actorRole]struct{}
	if len(e.Participants) > check.SmallList {
		seen = make(map[actorRole]struct{}, len(e.Participants))
	}
	for i, p := range e.Participants {
		c.AddIndex("participants", i, p.Validate())
		if seen != nil {
			k := actorRole{p.Actor, p.Role}
			if _, dup := seen[k]; !dup {
				seen[k] = struct{}{}
				continue
			}
		} else if !slices.ContainsFunc(e.Participants[:i], func(q Participant) bool { return q.Actor == p.Actor && q.Role == p.Role }) {
			continue
		}
		c.AddIndex("participants", i, check.NewValueError("participant", string(p.Actor), diplo.ErrDuplicate))
	}
	check.IDs(&c, "parts", e.Parts)
	for i, p := range e.Parts {
		// An event is not a part of itself.
		if !e.ID.IsZero() && p == e.ID {
			c.AddIndex("parts", i, diplo.ErrCycle)
		}
	}
	for i, r := range e.Relations {
		c.AddIndex("relations", i, r.Validate())
		if !e.ID.IsZero() && r.Event == e.ID {
			c.Add(check.IndexPath("relations", i)+".event", diplo.ErrCycle)
		}
	}
	check.Topics(&c, "topics", e.Topics, unlabelled)
	for i, q := range e.Quantities {
		c.AddIndex("quantities", i, q.Validate())
	}
	check.IDs(&c, "outcomes", e.Outcomes)
	for i, ch := range e.Characterisations {
		c.AddIndex("characterisations", i, ch.Validate())
	}
	check.Identifiers(&c, "identifiers", e.Identifiers)
	check.IDs(&c, "sources", e.Sources)
	for i, cl := range e.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// StatusSince returns the date of the change that gave the event its
// current status: of the first of the last changes of StatusHistory that
// have that status (a summit announced, then moved, has been planned since
// its announcement). It is zero when the history does not end with the
// current status.
func (e Event) StatusSince() diplo.Date {
	st := e.EffectiveStatus()
	var since diplo.Date
	for i := len(e.StatusHistory) - 1; i >= 0 && e.StatusHistory[i].Status == st; i-- {
		since = e.StatusHistory[i].Date
	}
	return since
}

// checkHistory checks the status history: each change on its own, that
// the changes are in the order of their dates (only dates whose order is
// certain are judged), and that the last change agrees with the current
// status.
func (e Event) checkHistory(c *check.Collector) {
	for i, ch := range e.StatusHistory {
		c.AddIndex("statusHistory", i, ch.Validate())
		if i > 0 && ch.Date.Before(e.StatusHistory[i-1].Date) {
			c.Add(check.IndexPath("statusHistory", i)+".date", diplo.ErrOrder)
		}
	}
	// An unknown status or change is reported as such, not as a
	// disagreement.
	if n := len(e.StatusHistory); n > 0 && (e.Status == "" || statuses.Check(e.Status) == nil) {
		last := e.StatusHistory[n-1].Status
		if statuses.Check(last) == nil && last != e.EffectiveStatus() {
			c.Add(check.IndexPath("statusHistory", n-1)+".status",
				check.NewValueError("status", string(last), diplo.ErrInconsistent))
		}
	}
}

// StatusChange is one dated change of an event's status: its
// announcement (planned), its postponement, its cancellation, its being
// held, or its move to another place (a change with a Place). The
// Attribution says who announced the change (By) and which sources
// report it.
type StatusChange struct {
	// Status of the event from this change on.
	Status Status `json:"status"`
	// Date on which the change was announced or took effect; required.
	Date diplo.Date `json:"date,omitzero"`
	// Place is the new place of the event when the change moves it.
	Place diplo.Place `json:"location,omitzero"`
	// Attribution says who made the change and where it is reported.
	diplo.Attribution
}

// IsRelocation reports whether the change moves the event to another
// place.
func (ch StatusChange) IsRelocation() bool { return !ch.Place.IsZero() }

// Validate checks the status, the date, the place and the attribution.
// A change is dated: an undated change is the event's Status. Only a
// planned or held event can be moved, so a postponement or cancellation
// names no place.
func (ch StatusChange) Validate() error {
	var c check.Collector
	c.Add("status", statuses.Check(ch.Status))
	if ch.Date.IsZero() {
		c.Add("date", diplo.ErrRequired)
	}
	c.Add("location", ch.Place.Validate())
	if ch.IsRelocation() && (ch.Status == Postponed || ch.Status == Cancelled) {
		c.Add("location", check.NewValueError("status", string(ch.Status), diplo.ErrInconsistent))
	}
	c.Add("", ch.Attribution.Validate())
	return c.Err()
}

// Deadline is a dated fact that an event sets: the time by which expelled
// diplomats must leave ("72 hours"), the term of an ultimatum, the date
// by which a party must answer. The parties it binds are the event's
// participants (the subject of an expulsion, the target of an
// ultimatum).
type Deadline struct {
	// Date by which the thing must be done; required. A deadline in hours
	// is a date to the minute ("2018-03-20T12:00Z").
	Date diplo.Date `json:"date,omitzero"`
	// Description says what must be done by then ("leave the country").
	Description diplo.Text `json:"description,omitempty"`
	// Attribution says who set the deadline and where it is reported.
	diplo.Attribution
}

// Validate checks the date, the description and the attribution.
func (d Deadline) Validate() error {
	var c check.Collector
	if d.Date.IsZero() {
		c.Add("date", diplo.ErrRequired)
	}
	c.Add("description", d.Description.Validate())
	c.Add("", d.Attribution.Validate())
	return c.Err()
}

// Participant is an actor taking part in an event in a role: a person, a
// state, an organisation, an office, a delegation or a mission (an
// embassy that hosts a reception, a mission closed by its host).
type Participant struct {
	// Actor is the participating node.
	Actor diplo.ID `json:"actor"`
	// Role of the actor in the event.
	Role Role `json:"role"`
	// Delegation is the delegation the actor belongs to at this event.
	Delegation diplo.ID `json:"delegation,omitempty"`
	// Representing is the state or organisation the actor acts for, when
	// no delegation says so.
	Representing diplo.ID `json:"representing,omitempty"`
}

// Validate checks the actor, the role and the references.
func (p Participant) Validate() error {
	var c check.Collector
	c.Add("actor", p.Actor.Validate())
	c.Add("role", roles.Check(p.Role))
	if !p.Delegation.IsZero() {
		c.Add("delegation", p.Delegation.Validate())
	}
	if !p.Representing.IsZero() {
		c.Add("representing", p.Representing.Validate())
	}
	return c.Err()
}

// Relation links an event to another: this event follows, continues,
// replaces or responds to that one.
type Relation struct {
	// Kind of relation.
	Kind RelationKind `json:"kind"`
	// Event is the other event.
	Event diplo.ID `json:"event"`
}

// Validate checks the kind and the reference.
func (r Relation) Validate() error {
	var c check.Collector
	c.Add("kind", relationKinds.Check(r.Kind))
	c.Add("event", r.Event.Validate())
	return c.Err()
}

// Characterisation records how someone described an event: the parties
// called the talks "constructive". It is attributed by the rules
// diplo.CharacterisationAttributed and diplo.CharacterisationCited.
type Characterisation struct {
	// Term is the word used, in its language ({"fr": "constructives"}).
	Term diplo.Text `json:"term"`
	// Tone classifies the term.
	Tone Tone `json:"tone,omitempty"`
	// Statement is the statement in which the term was used, by ID.
	Statement diplo.ID `json:"statement,omitempty"`
	// Attribution says who used the term and where it was reported.
	diplo.Attribution
}

// Validate checks the term, the tone, the statement and the attribution,
// and that the attribution follows the rules
// diplo.CharacterisationAttributed (someone used the term, somewhere) and
// diplo.CharacterisationCited (an actor's term is cited).
func (ch Characterisation) Validate() error {
	var c check.Collector
	c.Add("term", check.Text(ch.Term))
	if ch.Tone != "" {
		c.Add("tone", tones.Check(ch.Tone))
	}
	if !ch.Statement.IsZero() {
		c.Add("statement", ch.Statement.Validate())
	}
	c.Add("", ch.Attribution.Validate())
	cited := len(ch.Sources) > 0 || !ch.Statement.IsZero()
	switch {
	case len(ch.By) == 0 && !cited:
		c.Add("by", diplo.BrokenAttribution(diplo.CharacterisationAttributed, diplo.ErrRequired,
			"a characterisation names who used the term (by) or cites where: a statement (statement) or a source (sources)"))
	case len(ch.By) > 0 && !cited:
		c.Add("sources", diplo.BrokenAttribution(diplo.CharacterisationCited, diplo.ErrRequired,
			"a characterisation attributed to an actor cites the statement in which the term was used (statement) or a source that reports it (sources)"))
	}
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

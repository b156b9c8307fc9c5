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
	// or cancelled. The zero value means held.
	Status Status `json:"status,omitempty"`
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

// Participant is an actor taking part in an event in a role: a person, a
// state, an organisation or a delegation.
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
// called the talks "constructive".
type Characterisation struct {
	// Term is the word used, in its language ({"fr": "constructives"}).
	Term diplo.Text `json:"term"`
	// Tone classifies the term.
	Tone Tone `json:"tone,omitempty"`
	// Attribution says who used the term and where it was reported.
	diplo.Attribution
}

// Validate checks the term, the tone and the attribution.
func (ch Characterisation) Validate() error {
	var c check.Collector
	c.Add("term", check.Text(ch.Term))
	if ch.Tone != "" {
		c.Add("tone", tones.Check(ch.Tone))
	}
	c.Add("", ch.Attribution.Validate())
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

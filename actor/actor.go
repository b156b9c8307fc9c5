package actor

import (
	"fmt"
	"slices"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// Person is a human being who acts in diplomacy: a head of state, a
// minister, an envoy.
type Person struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Person" in JSON.
	Type diplo.TypeName[PersonType] `json:"type"`
	// Name of the person, in one or more languages and scripts.
	Name diplo.Text `json:"name"`
	// Identifiers in external systems, such as wikidata:Q7747.
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Nationality lists the countries of which the person is a citizen.
	Nationality []diplo.Country `json:"nationality,omitempty"`
	// Sources cite the Source nodes that report on the person.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the person where they may disagree.
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// PersonType names the node type of Person.
type PersonType struct{}

// TypeName implements diplo.Named.
func (PersonType) TypeName() string { return "Person" }

// Validate checks the ID, that the person has a name, and the identifiers
// and countries.
func (p Person) Validate() error {
	var c check.Collector
	c.Add("id", p.ID.Validate())
	c.Add("name", check.Text(p.Name))
	check.Identifiers(&c, "identifiers", p.Identifiers)
	for i, n := range p.Nationality {
		c.AddIndex("nationality", i, n.Validate())
	}
	check.IDs(&c, "sources", p.Sources)
	for i, cl := range p.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// State is a sovereign state, identified by its ISO 3166-1 code.
type State struct {
	// ID of the node: always StateID(Country), so that records of the
	// same state agree and every country reference (a nationality, an
	// organisation's or a place's country) names this node.
	ID diplo.ID `json:"id"`
	// Type is always "State" in JSON.
	Type diplo.TypeName[StateType] `json:"type"`
	// Name of the state ("Mali", "République du Mali").
	Name diplo.Text `json:"name"`
	// Country is the state's ISO 3166-1 alpha-2 code.
	Country diplo.Country `json:"country"`
	// Identifiers in external systems, such as wikidata:Q912.
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report on the state.
	Sources []diplo.ID `json:"sources,omitempty"`
}

// StateType names the node type of State.
type StateType struct{}

// TypeName implements diplo.Named.
func (StateType) TypeName() string { return "State" }

// StateNamespace is the namespace of the IRIs of states: the state of the
// ISO 3166-1 code ML is StateNamespace + "ML". The JSON-LD context maps a
// country code (a nationality, an organisation's or a place's country) to
// this IRI, so that the reference names the state's node.
const StateNamespace = "https://w3id.org/diplo/id/state/"

// StateID returns the ID of the state of the ISO 3166-1 alpha-2 code c:
// https://w3id.org/diplo/id/state/ML for ML. It is made from the code
// alone, so that every record of the state agrees on it and a JSON-LD
// context can map a country code to it. It does not check c; for a code
// that Country.Validate accepts, the ID passes diplo.ParseID.
func StateID(c diplo.Country) diplo.ID { return diplo.ID(StateNamespace + string(c)) }

// isStateID reports whether id is StateID(c), without building it: a
// valid graph validates without allocating.
func isStateID(id diplo.ID, c diplo.Country) bool {
	s := string(id)
	return len(s) == len(StateNamespace)+len(c) && strings.HasPrefix(s, StateNamespace) && s[len(StateNamespace):] == string(c)
}

// NewState returns the state of an ISO 3166-1 code with the name given in
// the language tag and the ID StateID of the code, so that two records of
// the same state agree. It returns ErrCountry for a code that is not a
// country and ErrLanguage for a bad tag, each quoting the value.
func NewState(code string, tag, name string) (State, error) {
	c, err := diplo.ParseCountry(code)
	if err != nil {
		return State{}, err
	}
	n, err := diplo.NewText(tag, name)
	if err != nil {
		return State{}, err
	}
	return State{ID: StateID(c), Name: n, Country: c}, nil
}

// Validate checks the ID, the name and the country code, and that the ID
// is StateID of the country: an ID of another form is reported at "id" as
// diplo.ErrInconsistent, with the ID the state must have.
func (s State) Validate() error {
	var c check.Collector
	idErr := s.ID.Validate()
	c.Add("id", idErr)
	c.Add("name", check.Text(s.Name))
	if s.Country == "" {
		c.Add("country", diplo.ErrRequired)
	} else if err := s.Country.Validate(); err != nil {
		c.Add("country", err)
	} else if idErr == nil && !isStateID(s.ID, s.Country) {
		c.Add("id", stateIDError{id: s.ID, country: s.Country})
	}
	check.Identifiers(&c, "identifiers", s.Identifiers)
	check.IDs(&c, "sources", s.Sources)
	return c.Err()
}

// stateIDError reports a state whose ID is not StateID of its country.
type stateIDError struct {
	id      diplo.ID
	country diplo.Country
}

func (e stateIDError) Error() string {
	return fmt.Sprintf("%s: the id of the state %s is %s, not %q", diplo.ErrInconsistent, e.country, StateID(e.country), check.Quote(string(e.id)))
}

func (e stateIDError) Unwrap() error { return diplo.ErrInconsistent }

// Organization is a body that is not a state: an intergovernmental
// organisation, a ministry, a joint commission, a party, a company.
type Organization struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Organization" in JSON.
	Type diplo.TypeName[OrganizationType] `json:"type"`
	// Kind of organisation.
	Kind OrgKind `json:"kind"`
	// Name of the organisation.
	Name diplo.Text `json:"name"`
	// Abbreviation, such as "UN" or "ECOWAS".
	Abbreviation string `json:"abbreviation,omitempty"`
	// Country where the organisation is based or to which it belongs.
	Country diplo.Country `json:"country,omitempty"`
	// PartOf is the state or organisation this one belongs to: the state of
	// a ministry, the parent of an agency.
	PartOf diplo.ID `json:"partOf,omitempty"`
	// Members are the states or organisations that belong to it: the states
	// of an intergovernmental organisation, the two sides of a joint
	// commission.
	Members []diplo.ID `json:"members,omitempty"`
	// CreatedBy is the accord that created the organisation.
	CreatedBy diplo.ID `json:"createdBy,omitempty"`
	// Founded is when it was created.
	Founded diplo.Date `json:"founded,omitzero"`
	// Identifiers in external systems.
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report on the organisation.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the organisation where they may
	// disagree ("meets every six months").
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// OrganizationType names the node type of Organization.
type OrganizationType struct{}

// TypeName implements diplo.Named.
func (OrganizationType) TypeName() string { return "Organization" }

// Validate checks the ID, kind, name and references.
func (o Organization) Validate() error {
	var c check.Collector
	c.Add("id", o.ID.Validate())
	c.Add("kind", orgKinds.Check(o.Kind))
	c.Add("name", check.Text(o.Name))
	c.Add("abbreviation", check.String(o.Abbreviation))
	if o.Country != "" {
		c.Add("country", o.Country.Validate())
	}
	if !o.PartOf.IsZero() {
		c.Add("partOf", o.PartOf.Validate())
		if o.PartOf == o.ID {
			c.Add("partOf", diplo.ErrCycle)
		}
	}
	check.IDs(&c, "members", o.Members)
	if !o.CreatedBy.IsZero() {
		c.Add("createdBy", o.CreatedBy.Validate())
	}
	check.Identifiers(&c, "identifiers", o.Identifiers)
	check.IDs(&c, "sources", o.Sources)
	for i, cl := range o.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// Office is a post that a person holds: the President of the Russian
// Federation, the Foreign Minister of Mali. An office belongs to a state or
// an organisation.
type Office struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Office" in JSON.
	Type diplo.TypeName[OfficeType] `json:"type"`
	// Name of the office ("President of the Russian Federation").
	Name diplo.Text `json:"name"`
	// Role of the office, from a controlled vocabulary.
	Role OfficeRole `json:"role,omitempty"`
	// Of is the state or organisation whose office it is.
	Of diplo.ID `json:"of"`
	// Identifiers in external systems (wikidata:Q218295).
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report on the office.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the office where they may disagree.
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// OfficeType names the node type of Office.
type OfficeType struct{}

// TypeName implements diplo.Named.
func (OfficeType) TypeName() string { return "Office" }

// Validate checks the ID, the name, the role and the holder organisation.
func (o Office) Validate() error {
	var c check.Collector
	c.Add("id", o.ID.Validate())
	c.Add("name", check.Text(o.Name))
	if o.Role != "" {
		c.Add("role", officeRoles.Check(o.Role))
	}
	c.Add("of", o.Of.Validate())
	check.Identifiers(&c, "identifiers", o.Identifiers)
	check.IDs(&c, "sources", o.Sources)
	for i, cl := range o.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// Tenure says that a person holds an office from a date to a date, possibly
// with a qualifier: Assimi Goïta is the transitional President of Mali from
// 2021-05-24.
type Tenure struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Tenure" in JSON.
	Type diplo.TypeName[TenureType] `json:"type"`
	// Person who holds the office.
	Person diplo.ID `json:"person"`
	// Office held.
	Office diplo.ID `json:"office"`
	// Start of the tenure; zero when unknown.
	Start diplo.Date `json:"startDate,omitzero"`
	// End of the tenure; zero while it lasts or when unknown.
	End diplo.Date `json:"endDate,omitzero"`
	// Qualifiers such as acting, interim or transitional.
	Qualifiers []Qualifier `json:"qualifiers,omitempty"`
	// AccreditedTo lists the states or organisations to which the holder
	// of an office of a Mission is also accredited, besides the mission's
	// receiving side: a concurrent accreditation (VCDR art. 5).
	AccreditedTo []diplo.ID `json:"accreditedTo,omitempty"`
	// Sources cite the Source nodes that report the tenure.
	Sources []diplo.ID `json:"sources,omitempty"`
	// Claims hold what sources say of the tenure where they may disagree.
	Claims []diplo.Claim `json:"claims,omitempty"`
}

// TenureType names the node type of Tenure.
type TenureType struct{}

// TypeName implements diplo.Named.
func (TenureType) TypeName() string { return "Tenure" }

// Span returns the interval of the tenure.
func (t Tenure) Span() diplo.Interval { return diplo.Interval{Start: t.Start, End: t.End} }

// HasQualifier reports whether the tenure carries q.
func (t Tenure) HasQualifier(q Qualifier) bool {
	for _, x := range t.Qualifiers {
		if x == q {
			return true
		}
	}
	return false
}

// Validate checks the references, the qualifiers and the sides of a
// concurrent accreditation (each listed once), and that the tenure does
// not end before it starts.
func (t Tenure) Validate() error {
	var c check.Collector
	c.Add("id", t.ID.Validate())
	c.Add("person", t.Person.Validate())
	c.Add("office", t.Office.Validate())
	// A tenure cannot end before it starts.
	if t.End.Before(t.Start) {
		c.Add("endDate", diplo.ErrOrder)
	}
	// A qualifier listed again is reported once at each later occurrence;
	// a long list is searched with a map, a short one pairwise.
	var seen map[Qualifier]struct{}
	if len(t.Qualifiers) > check.SmallList {
		seen = make(map[Qualifier]struct{}, len(t.Qualifiers))
	}
	for i, q := range t.Qualifiers {
		c.AddIndex("qualifiers", i, qualifiers.Check(q))
		if seen != nil {
			if _, dup := seen[q]; !dup {
				seen[q] = struct{}{}
				continue
			}
		} else if !slices.Contains(t.Qualifiers[:i], q) {
			continue
		}
		c.AddIndex("qualifiers", i, diplo.ErrDuplicate)
	}
	check.IDs(&c, "accreditedTo", t.AccreditedTo)
	check.IDs(&c, "sources", t.Sources)
	for i, cl := range t.Claims {
		c.AddIndex("claims", i, cl.Validate())
	}
	return c.Err()
}

// Delegation is the group that represents a state or organisation at an
// event: a head and members.
type Delegation struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Delegation" in JSON.
	Type diplo.TypeName[DelegationType] `json:"type"`
	// Name of the delegation, if it has one.
	Name diplo.Text `json:"name,omitempty"`
	// Represents is the state or organisation the delegation speaks for.
	Represents diplo.ID `json:"represents"`
	// Head of the delegation.
	Head diplo.ID `json:"head,omitempty"`
	// Members of the delegation other than the head.
	Members []diplo.ID `json:"members,omitempty"`
	// Sources cite the Source nodes that report the delegation.
	Sources []diplo.ID `json:"sources,omitempty"`
}

// DelegationType names the node type of Delegation.
type DelegationType struct{}

// TypeName implements diplo.Named.
func (DelegationType) TypeName() string { return "Delegation" }

// Validate checks the references, and that the head is not listed again
// among the members.
func (d Delegation) Validate() error {
	var c check.Collector
	c.Add("id", d.ID.Validate())
	c.Add("name", d.Name.Validate())
	c.Add("represents", d.Represents.Validate())
	if !d.Head.IsZero() {
		c.Add("head", d.Head.Validate())
	}
	check.IDs(&c, "members", d.Members)
	for i, m := range d.Members {
		// The head is a member already; listing them twice is a mistake.
		if m == d.Head && !d.Head.IsZero() {
			c.AddIndex("members", i, check.NewValueError("id", string(m), diplo.ErrDuplicate))
		}
	}
	check.IDs(&c, "sources", d.Sources)
	return c.Err()
}

// Mission is a diplomatic or consular mission: an embassy, a consulate, a
// permanent mission to an organisation, a delegation of an organisation,
// a liaison office or an interests section, sent by one state or
// organisation to another. Its head holds an Office of the mission (Of is
// the mission's ID), through a Tenure.
type Mission struct {
	// ID of the node.
	ID diplo.ID `json:"id"`
	// Type is always "Mission" in JSON.
	Type diplo.TypeName[MissionType] `json:"type"`
	// Kind of mission.
	Kind MissionKind `json:"kind"`
	// Name of the mission ("Embassy of the United States, Tokyo").
	Name diplo.Text `json:"name"`
	// Sending is the state or organisation that sends the mission.
	Sending diplo.ID `json:"sending"`
	// Receiving is the state or organisation to which it is sent.
	Receiving diplo.ID `json:"receiving"`
	// Seat is where the mission is; a mission with a seat in a third
	// state is accredited from there (VCDR art. 5).
	Seat diplo.Place `json:"seat,omitzero"`
	// Established is when the mission was opened.
	Established diplo.Date `json:"established,omitzero"`
	// Closed is when it was closed; zero while it is open or when unknown.
	Closed diplo.Date `json:"closed,omitzero"`
	// Identifiers in external systems.
	Identifiers []diplo.Identifier `json:"identifiers,omitempty"`
	// Sources cite the Source nodes that report on the mission.
	Sources []diplo.ID `json:"sources,omitempty"`
}

// MissionType names the node type of Mission.
type MissionType struct{}

// TypeName implements diplo.Named.
func (MissionType) TypeName() string { return "Mission" }

// Validate checks the ID, the kind, the name, the seat and the sides, that
// the sending and the receiving side differ (diplo.ErrInconsistent at
// "receiving"), and that the mission does not close before it opens.
func (m Mission) Validate() error {
	var c check.Collector
	c.Add("id", m.ID.Validate())
	c.Add("kind", missionKinds.Check(m.Kind))
	c.Add("name", check.Text(m.Name))
	c.Add("sending", m.Sending.Validate())
	c.Add("receiving", m.Receiving.Validate())
	if !m.Receiving.IsZero() && m.Receiving == m.Sending {
		c.Add("receiving", check.NewValueError("id", string(m.Receiving), diplo.ErrInconsistent))
	}
	if !m.Seat.IsZero() {
		c.Add("seat", m.Seat.Validate())
	}
	if m.Closed.Before(m.Established) {
		c.Add("closed", diplo.ErrOrder)
	}
	check.Identifiers(&c, "identifiers", m.Identifiers)
	check.IDs(&c, "sources", m.Sources)
	return c.Err()
}

package plain

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// FromGraph converts g to its plain form. Encoded with encoding/json, the
// result is byte for byte the JSON of g.
func FromGraph(g *graph.Graph) *Graph {
	p := &Graph{
		ID:    string(g.ID),
		Type:  g.Type.String(),
		Title: text(g.Title),
	}
	p.Persons = each(g.Persons, person)
	p.States = each(g.States, state)
	p.Organizations = each(g.Organizations, organization)
	p.Offices = each(g.Offices, office)
	p.Tenures = each(g.Tenures, tenure)
	p.Delegations = each(g.Delegations, delegation)
	p.Missions = each(g.Missions, mission)
	p.Events = each(g.Events, eventOf)
	p.Statements = each(g.Statements, statement)
	p.Accords = each(g.Accords, accordOf)
	p.Resolutions = each(g.Resolutions, resolution)
	p.Votes = each(g.Votes, vote)
	p.Sources = each(g.Sources, source)
	return p
}

// each converts a list, keeping nil as nil so that omitempty agrees.
func each[T, U any](in []T, f func(T) U) []U {
	if in == nil {
		return nil
	}
	out := make([]U, len(in))
	for i, x := range in {
		out[i] = f(x)
	}
	return out
}

// strs converts a list of string-like values.
func strs[T ~string](in []T) []string {
	return each(in, func(x T) string { return string(x) })
}

func stringers[T interface{ String() string }](in []T) []string {
	return each(in, func(x T) string { return x.String() })
}

// idText is the JSON form of an identifier, its text form: a GeoNames id
// ends in a slash there, not in String.
func idText(id diplo.Identifier) string {
	b, _ := id.MarshalText()
	return string(b)
}

func text(t diplo.Text) map[string]string {
	if t == nil {
		return nil
	}
	m := make(map[string]string, len(t))
	for tag, s := range t {
		m[tag.String()] = s
	}
	return m
}

func attribution(a diplo.Attribution) Attribution {
	return Attribution{Sources: strs(a.Sources), By: strs(a.By), Note: text(a.Note)}
}

func claim(c diplo.Claim) Claim {
	out := Claim{Property: c.Property, Value: text(c.Value), Attribution: attribution(c.Attribution)}
	if !c.Quantity.IsZero() {
		q := quantity(c.Quantity)
		out.Quantity = &q
	}
	return out
}

func quantity(q diplo.Quantity) Quantity {
	return Quantity{Type: string(q.Type), Amount: string(q.Amount), Currency: string(q.Currency), Unit: text(q.Unit), Description: text(q.Description)}
}

func division(d diplo.AdminDivision) *AdminDivision {
	if d.IsZero() {
		return nil
	}
	return &AdminDivision{Type: d.Type.String(), Name: text(d.Name), Code: string(d.Code)}
}

func topic(t diplo.Topic) Topic { return Topic{Domain: string(t.Domain), Label: text(t.Label)} }

func place(p diplo.Place) Place {
	if p.IsZero() {
		return Place{} // omitted, as diplo omits a zero place
	}
	out := Place{Type: p.Type.String(), Name: text(p.Name), Country: string(p.Country), Admin1: division(p.Admin1), Admin2: division(p.Admin2),
		GeoNames: idText(p.GeoNames), Wikidata: idText(p.Wikidata)}
	if p.Coordinates != nil {
		out.Coordinates = &Coordinates{Type: p.Coordinates.Type.String(), Latitude: p.Coordinates.Latitude, Longitude: p.Coordinates.Longitude}
	}
	return out
}

func person(n actor.Person) Person {
	return Person{
		ID: string(n.ID), Type: n.Type.String(), Name: text(n.Name),
		Identifiers: each(n.Identifiers, idText), Nationality: strs(n.Nationality),
		Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func state(n actor.State) State {
	return State{
		ID: string(n.ID), Type: n.Type.String(), Name: text(n.Name), Country: string(n.Country),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources),
	}
}

func organization(n actor.Organization) Organization {
	return Organization{
		ID: string(n.ID), Type: n.Type.String(), Kind: string(n.Kind), Name: text(n.Name),
		Abbreviation: n.Abbreviation, Country: string(n.Country), PartOf: string(n.PartOf),
		Members: strs(n.Members), CreatedBy: string(n.CreatedBy), Founded: n.Founded.String(),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func office(n actor.Office) Office {
	return Office{
		ID: string(n.ID), Type: n.Type.String(), Name: text(n.Name), Role: string(n.Role), Of: string(n.Of),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func tenure(n actor.Tenure) Tenure {
	return Tenure{
		ID: string(n.ID), Type: n.Type.String(), Person: string(n.Person), Office: string(n.Office),
		Start: n.Start.String(), End: n.End.String(), Qualifiers: strs(n.Qualifiers),
		AccreditedTo: strs(n.AccreditedTo), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func mission(n actor.Mission) Mission {
	m := Mission{
		ID: string(n.ID), Type: n.Type.String(), Kind: string(n.Kind), Name: text(n.Name),
		Sending: string(n.Sending), Receiving: string(n.Receiving),
		Established: n.Established.String(), Closed: n.Closed.String(),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources),
	}
	if !n.Seat.IsZero() {
		s := place(n.Seat)
		m.Seat = &s
	}
	return m
}

func delegation(n actor.Delegation) Delegation {
	return Delegation{
		ID: string(n.ID), Type: n.Type.String(), Name: text(n.Name), Represents: string(n.Represents),
		Head: string(n.Head), Members: strs(n.Members), Sources: strs(n.Sources),
	}
}

func eventOf(n event.Event) Event {
	return Event{
		ID: string(n.ID), Type: n.Type.String(), Kind: string(n.Kind), Status: string(n.Status),
		StatusHistory: each(n.StatusHistory, func(c event.StatusChange) StatusChange {
			return StatusChange{Status: string(c.Status), Date: c.Date.String(), Place: place(c.Place), Attribution: attribution(c.Attribution)}
		}),
		Name: text(n.Name), Description: text(n.Description),
		Start: n.Start.String(), End: n.End.String(), Place: place(n.Place),
		Participants: each(n.Participants, func(p event.Participant) Participant {
			return Participant{Actor: string(p.Actor), Role: string(p.Role), Delegation: string(p.Delegation), Representing: string(p.Representing)}
		}),
		Parts: strs(n.Parts),
		Relations: each(n.Relations, func(r event.Relation) EventRelation {
			return EventRelation{Kind: string(r.Kind), Event: string(r.Event)}
		}),
		Topics: each(n.Topics, topic),
		Deadlines: each(n.Deadlines, func(d event.Deadline) Deadline {
			return Deadline{Date: d.Date.String(), Description: text(d.Description), Attribution: attribution(d.Attribution)}
		}),
		Quantities: each(n.Quantities, quantity),
		Outcomes:   strs(n.Outcomes),
		Characterisations: each(n.Characterisations, func(c event.Characterisation) Characterisation {
			return Characterisation{Term: text(c.Term), Tone: string(c.Tone), Statement: string(c.Statement), Attribution: attribution(c.Attribution)}
		}),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func statement(n event.Statement) Statement {
	return Statement{
		ID: string(n.ID), Type: n.Type.String(), Kind: string(n.Kind), Speakers: strs(n.Speakers),
		Occasion: string(n.Occasion), Date: n.Date.String(), Title: text(n.Title), Text: text(n.Text), Wording: string(n.Wording),
		About: strs(n.About), Identifiers: each(n.Identifiers, idText),
		Attribution: attribution(n.Attribution), Claims: each(n.Claims, claim),
	}
}

func accordOf(n accord.Accord) Accord {
	return Accord{
		ID: string(n.ID), Type: n.Type.String(), Kind: string(n.Kind), Title: text(n.Title),
		Parties: strs(n.Parties),
		Signatories: each(n.Signatories, func(s accord.Signatory) Signatory {
			return Signatory{Person: string(s.Person), Party: string(s.Party), Capacity: string(s.Capacity), Office: string(s.Office)}
		}),
		Domains: each(n.Domains, topic),
		Creates: strs(n.Creates),
		Actions: each(n.Actions, func(a accord.Action) Action {
			return Action{Kind: string(a.Kind), Date: a.Date.String(), Effective: a.Effective.String(), Party: string(a.Party), Event: string(a.Event), Attribution: attribution(a.Attribution)}
		}),
		Depositary: string(n.Depositary),
		Languages:  stringers(n.Languages),
		Relations: each(n.Relations, func(r accord.Relation) AccordRelation {
			return AccordRelation{Kind: string(r.Kind), Accord: string(r.Accord)}
		}),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func resolution(n decision.Resolution) Resolution {
	return Resolution{
		ID: string(n.ID), Type: n.Type.String(), Kind: string(n.Kind), Status: string(n.Status), Symbol: n.Symbol,
		Title: text(n.Title), Body: string(n.Body), Date: n.Date.String(), Text: text(n.Text),
		Sponsors: strs(n.Sponsors), Method: string(n.Method),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func vote(n decision.Vote) Vote {
	return Vote{
		ID: string(n.ID), Type: n.Type.String(), Motion: string(n.Motion), Body: string(n.Body), Event: string(n.Event),
		Date: n.Date.String(), Result: string(n.Result), Majority: string(n.Majority),
		Counts: each(n.Counts, func(c decision.Count) Count {
			return Count{Option: string(c.Option), Value: c.Value, Group: string(c.Group)}
		}),
		Positions: each(n.Positions, func(p decision.Position) Position {
			return Position{Voter: string(p.Voter), Option: string(p.Option), Role: string(p.Role), Explanation: string(p.Explanation)}
		}),
		Identifiers: each(n.Identifiers, idText), Sources: strs(n.Sources), Claims: each(n.Claims, claim),
	}
}

func source(n diplo.Source) Source {
	s := Source{
		ID: string(n.ID), Type: n.Type.String(), URL: n.URL, Title: text(n.Title),
		Publisher: text(n.Publisher), PublisherID: string(n.PublisherID), Published: n.Published.String(),
	}
	if n.Language != (diplo.Source{}).Language {
		s.Language = n.Language.String()
	}
	return s
}

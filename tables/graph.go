package tables

import (
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/graph"
)

// FromGraph returns the tables of g: for each node type a table of its
// nodes, named after the member of the graph document that lists them
// ("persons", "events"), each followed by the tables of its lists
// ("event_participants"); then the tables shared by every node type
// (topics, identifiers, node_sources, translations). The tables and their
// columns are the same for every graph, empty or not, and are listed in
// TABLES.md. Rows follow the record: nodes in the order of their list,
// the items of a node's list in their order.
//
// A nil g is an empty graph. FromGraph does not validate g: a graph that Validate rejects gives the
// tables of what it holds. Its cost is linear in the size of g.
func FromGraph(g *graph.Graph) []*Table {
	if g == nil {
		g = new(graph.Graph)
	}
	b := &builder{
		topics: newTable("topics", "a topic of an event or a domain of an accord",
			idCol("node_id", "ID of the event or accord"),
			col("field", String, "topics (of an event) or domains (of an accord)"),
			col("domain", String, "domain of the controlled vocabulary"),
			textCols("label", "free-text label")),
		identifiers: newTable("identifiers", "an identifier of a node in an external system",
			idCol("node_id", "ID of the node"),
			col("scheme", String, "scheme: wikidata, iso3166, geonames, unts, gdelt, url..."),
			col("value", String, "the identifier within its scheme")),
		sources: newTable("node_sources", "a source cited by a node (its sources list)",
			idCol("node_id", "ID of the node"),
			idCol("source_id", "ID of the source")),
		translations: newTable("translations", "a value of a text field other than the one in the node's table: a translation, or a further original",
			idCol("node_id", "ID of the node"),
			col("field", String, "the text field, as a JSON path below the node (name, deadlines[0].description)"),
			col("lang", String, "BCP 47 language tag of the value (en-t-fr)"),
			col("translated_from", String, "language the value was translated from; empty for a further original"),
			col("value", String, "the text")),
	}
	var out []*Table

	// Persons.
	persons := newTable("persons", "a person",
		idCol("id", "ID of the person"), textCols("name", "name"))
	nationalities := newTable("person_nationalities", "a nationality of a person",
		idCol("person_id", "ID of the person"), col("country", String, "ISO 3166-1 alpha-2 code"))
	for _, p := range g.Persons {
		b.row().v(id(p.ID)).text(p.ID, "name", p.Name).to(persons)
		for _, c := range p.Nationality {
			nationalities.add(id(p.ID), str(string(c)))
		}
		b.common(p.ID, p.Identifiers, p.Sources)
	}
	out = append(out, persons, nationalities)

	// States.
	states := newTable("states", "a state",
		idCol("id", "ID of the state"), textCols("name", "name"),
		col("country", String, "ISO 3166-1 alpha-2 code"))
	for _, s := range g.States {
		b.row().v(id(s.ID)).text(s.ID, "name", s.Name).v(str(string(s.Country))).to(states)
		b.common(s.ID, s.Identifiers, s.Sources)
	}
	out = append(out, states)

	// Organisations.
	orgs := newTable("organizations", "an organisation",
		idCol("id", "ID of the organisation"), col("kind", String, "kind of organisation"),
		textCols("name", "name"), col("abbreviation", String, "abbreviation"),
		col("country", String, "ISO 3166-1 alpha-2 code of its country"),
		idCol("part_of_id", "ID of the organisation it is part of"),
		idCol("created_by_id", "ID of the accord that created it"),
		dateCols("founded", "date of founding"))
	members := newTable("organization_members", "a member of an organisation",
		idCol("organization_id", "ID of the organisation"), idCol("member_id", "ID of the member"))
	for _, o := range g.Organizations {
		b.row().v(id(o.ID), str(string(o.Kind))).text(o.ID, "name", o.Name).
			v(str(o.Abbreviation), str(string(o.Country)), id(o.PartOf), id(o.CreatedBy)).date(o.Founded).to(orgs)
		for _, m := range o.Members {
			members.add(id(o.ID), id(m))
		}
		b.common(o.ID, o.Identifiers, o.Sources)
	}
	out = append(out, orgs, members)

	// Offices.
	offices := newTable("offices", "an office or post",
		idCol("id", "ID of the office"), textCols("name", "name"),
		col("role", String, "role of the office"),
		idCol("of_id", "ID of the state, organisation or mission the office is of"))
	for _, o := range g.Offices {
		b.row().v(id(o.ID)).text(o.ID, "name", o.Name).v(str(string(o.Role)), id(o.Of)).to(offices)
		b.common(o.ID, o.Identifiers, o.Sources)
	}
	out = append(out, offices)

	// Tenures.
	tenures := newTable("tenures", "a person's tenure of an office",
		idCol("id", "ID of the tenure"), idCol("person_id", "ID of the person"),
		idCol("office_id", "ID of the office"),
		dateCols("start_date", "start"), dateCols("end_date", "end"))
	qualifiers := newTable("tenure_qualifiers", "a qualifier of a tenure (acting, interim...)",
		idCol("tenure_id", "ID of the tenure"), col("qualifier", String, "the qualifier"))
	accredited := newTable("tenure_accreditations", "a further side a tenure's holder is accredited to",
		idCol("tenure_id", "ID of the tenure"), idCol("accredited_to_id", "ID of the state or organisation"))
	for _, t := range g.Tenures {
		b.row().v(id(t.ID), id(t.Person), id(t.Office)).date(t.Start).date(t.End).to(tenures)
		for _, q := range t.Qualifiers {
			qualifiers.add(id(t.ID), str(string(q)))
		}
		for _, a := range t.AccreditedTo {
			accredited.add(id(t.ID), id(a))
		}
		b.common(t.ID, nil, t.Sources)
	}
	out = append(out, tenures, qualifiers, accredited)

	// Delegations.
	delegations := newTable("delegations", "a delegation",
		idCol("id", "ID of the delegation"), textCols("name", "name"),
		idCol("represents_id", "ID of the party it represents"), idCol("head_id", "ID of its head"))
	dmembers := newTable("delegation_members", "a member of a delegation",
		idCol("delegation_id", "ID of the delegation"), idCol("member_id", "ID of the member"))
	for _, d := range g.Delegations {
		b.row().v(id(d.ID)).text(d.ID, "name", d.Name).v(id(d.Represents), id(d.Head)).to(delegations)
		for _, m := range d.Members {
			dmembers.add(id(d.ID), id(m))
		}
		b.common(d.ID, nil, d.Sources)
	}
	out = append(out, delegations, dmembers)

	// Missions.
	missions := newTable("missions", "a diplomatic mission",
		idCol("id", "ID of the mission"), col("kind", String, "kind of mission"),
		textCols("name", "name"), idCol("sending_id", "ID of the sending side"),
		idCol("receiving_id", "ID of the receiving side"), placeCols("seat", "the seat"),
		dateCols("established", "date of establishment"), dateCols("closed", "date of closing"))
	for _, m := range g.Missions {
		b.row().v(id(m.ID), str(string(m.Kind))).text(m.ID, "name", m.Name).v(id(m.Sending), id(m.Receiving)).
			place(m.ID, "seat", m.Seat).date(m.Established).date(m.Closed).to(missions)
		b.common(m.ID, m.Identifiers, m.Sources)
	}
	out = append(out, missions)

	out = append(out, eventTables(b, g)...)
	out = append(out, accordTables(b, g)...)
	out = append(out, decisionTables(b, g)...)

	// Sources.
	sources := newTable("sources", "a source",
		idCol("id", "ID of the source"), col("url", String, "URL"), textCols("title", "title"),
		textCols("publisher", "name of the publisher"), idCol("publisher_id", "ID of the publisher's node"),
		dateCols("published", "date of publication"), col("language", String, "BCP 47 tag of its language"))
	for _, s := range g.Sources {
		lang := ""
		if s.Language != (language.Tag{}) {
			lang = s.Language.String()
		}
		b.row().v(id(s.ID), str(s.URL)).text(s.ID, "title", s.Title).text(s.ID, "publisher", s.Publisher).
			v(id(s.PublisherID)).date(s.Published).v(str(lang)).to(sources)
	}
	out = append(out, sources)

	return append(out, b.topics, b.identifiers, b.sources, b.translations)
}

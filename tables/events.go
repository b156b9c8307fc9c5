package tables

import (
	"github.com/diplo-go/diplo/graph"
)

// eventTables are the tables of events and statements.
func eventTables(b *builder, g *graph.Graph) []*Table {
	events := newTable("events", "an event",
		idCol("id", "ID of the event"), col("kind", String, "kind of event"),
		col("status", String, "status as recorded (empty: held)"),
		col("effective_status", String, "status after the status history: planned, held, postponed or cancelled"),
		textCols("name", "name"), textCols("description", "description"),
		dateCols("start_date", "start"), dateCols("end_date", "end"),
		placeCols("location", "the place"))
	participants := newTable("event_participants", "a participant of an event",
		idCol("event_id", "ID of the event"), idCol("actor_id", "ID of the participant"),
		col("role", String, "role at the event"),
		idCol("delegation_id", "ID of the delegation the participant is part of"),
		idCol("representing_id", "ID of the party the participant represents"))
	parts := newTable("event_parts", "a part (sub-event) of an event",
		idCol("event_id", "ID of the event"), idCol("part_id", "ID of the part"))
	relations := newTable("event_relations", "a relation of an event to another",
		idCol("event_id", "ID of the event"), col("kind", String, "kind of relation (follows, continues...)"),
		idCol("related_event_id", "ID of the other event"))
	history := newTable("event_status_history", "a change of an event's status",
		idCol("event_id", "ID of the event"), col("status", String, "the new status"),
		dateCols("date", "date of the change"))
	deadlines := newTable("event_deadlines", "a deadline set at an event",
		idCol("event_id", "ID of the event"), dateCols("date", "the deadline"),
		textCols("description", "what is due"))
	outcomes := newTable("event_outcomes", "an outcome (accord or resolution) of an event",
		idCol("event_id", "ID of the event"), idCol("outcome_id", "ID of the accord or resolution"))
	chars := newTable("event_characterisations", "how a party characterised an event",
		idCol("event_id", "ID of the event"), textCols("term", "the term used"),
		col("tone", String, "tone of the term"))
	for _, e := range g.Events {
		b.row().v(id(e.ID), str(string(e.Kind)), str(string(e.Status)), str(string(e.EffectiveStatus()))).
			text(e.ID, "name", e.Name).text(e.ID, "description", e.Description).
			date(e.Start).date(e.End).place(e.ID, "location", e.Place).to(events)
		for _, p := range e.Participants {
			participants.add(id(e.ID), id(p.Actor), str(string(p.Role)), id(p.Delegation), id(p.Representing))
		}
		for _, p := range e.Parts {
			parts.add(id(e.ID), id(p))
		}
		for _, r := range e.Relations {
			relations.add(id(e.ID), str(string(r.Kind)), id(r.Event))
		}
		for _, h := range e.StatusHistory {
			b.row().v(id(e.ID), str(string(h.Status))).date(h.Date).to(history)
		}
		for i, d := range e.Deadlines {
			b.row().v(id(e.ID)).date(d.Date).text(e.ID, "deadlines["+itoa(i)+"].description", d.Description).to(deadlines)
		}
		for _, o := range e.Outcomes {
			outcomes.add(id(e.ID), id(o))
		}
		for i, c := range e.Characterisations {
			b.row().v(id(e.ID)).text(e.ID, "characterisations["+itoa(i)+"].term", c.Term).v(str(string(c.Tone))).to(chars)
		}
		b.topics1(e.ID, "topics", e.Topics)
		b.common(e.ID, e.Identifiers, e.Sources)
	}

	statements := newTable("statements", "a statement",
		idCol("id", "ID of the statement"), col("kind", String, "kind of statement"),
		idCol("occasion_id", "ID of the event it was made at"), dateCols("date", "date"),
		textCols("text", "text"), textCols("note", "note on its attribution"))
	speakers := newTable("statement_speakers", "a speaker of a statement",
		idCol("statement_id", "ID of the statement"), idCol("speaker_id", "ID of the speaker"))
	about := newTable("statement_about", "a node a statement is about",
		idCol("statement_id", "ID of the statement"), idCol("about_id", "ID of the node"))
	by := newTable("statement_attributions", "whom a statement is attributed to (by)",
		idCol("statement_id", "ID of the statement"), idCol("by_id", "ID of the actor"))
	for _, s := range g.Statements {
		b.row().v(id(s.ID), str(string(s.Kind)), id(s.Occasion)).date(s.Date).
			text(s.ID, "text", s.Text).text(s.ID, "note", s.Note).to(statements)
		for _, x := range s.Speakers {
			speakers.add(id(s.ID), id(x))
		}
		for _, x := range s.About {
			about.add(id(s.ID), id(x))
		}
		for _, x := range s.By {
			by.add(id(s.ID), id(x))
		}
		b.common(s.ID, nil, s.Attribution.Sources)
	}
	return []*Table{events, participants, parts, relations, history, deadlines, outcomes, chars,
		statements, speakers, about, by}
}

// accordTables are the tables of accords.
func accordTables(b *builder, g *graph.Graph) []*Table {
	accords := newTable("accords", "an accord",
		idCol("id", "ID of the accord"), col("kind", String, "kind of accord"),
		textCols("title", "title"), idCol("depositary_id", "ID of the depositary"))
	parties := newTable("accord_parties", "a party to an accord",
		idCol("accord_id", "ID of the accord"), idCol("party_id", "ID of the state or organisation"))
	signatories := newTable("accord_signatories", "a signatory of an accord",
		idCol("accord_id", "ID of the accord"), idCol("person_id", "ID of the person who signed"),
		idCol("party_id", "ID of the party signed for"), col("capacity", String, "capacity of signing"),
		idCol("office_id", "ID of the office held when signing"))
	actions := newTable("accord_actions", "a step of an accord's lifecycle (signature, ratification...)",
		idCol("accord_id", "ID of the accord"), col("kind", String, "kind of action"),
		dateCols("date", "date of the action"), dateCols("effective_date", "date it takes effect"),
		idCol("party_id", "ID of the party that acts"), idCol("event_id", "ID of the event where it took place"))
	creates := newTable("accord_creates", "a body an accord creates",
		idCol("accord_id", "ID of the accord"), idCol("created_id", "ID of the organisation"))
	langs := newTable("accord_languages", "an authentic language of an accord",
		idCol("accord_id", "ID of the accord"), col("language", String, "BCP 47 language tag"))
	relations := newTable("accord_relations", "a relation of an accord to another (amends, supersedes...)",
		idCol("accord_id", "ID of the accord"), col("kind", String, "kind of relation"),
		idCol("related_accord_id", "ID of the other accord"))
	for _, a := range g.Accords {
		b.row().v(id(a.ID), str(string(a.Kind))).text(a.ID, "title", a.Title).v(id(a.Depositary)).to(accords)
		for _, p := range a.Parties {
			parties.add(id(a.ID), id(p))
		}
		for _, s := range a.Signatories {
			signatories.add(id(a.ID), id(s.Person), id(s.Party), str(string(s.Capacity)), id(s.Office))
		}
		for _, x := range a.Actions {
			b.row().v(id(a.ID), str(string(x.Kind))).date(x.Date).date(x.Effective).v(id(x.Party), id(x.Event)).to(actions)
		}
		for _, c := range a.Creates {
			creates.add(id(a.ID), id(c))
		}
		for _, l := range a.Languages {
			langs.add(id(a.ID), str(l.String()))
		}
		for _, r := range a.Relations {
			relations.add(id(a.ID), str(string(r.Kind)), id(r.Accord))
		}
		b.topics1(a.ID, "domains", a.Domains)
		b.common(a.ID, a.Identifiers, a.Sources)
	}
	return []*Table{accords, parties, signatories, actions, creates, langs, relations}
}

// decisionTables are the tables of resolutions and votes.
func decisionTables(b *builder, g *graph.Graph) []*Table {
	resolutions := newTable("resolutions", "a resolution or decision put to a body",
		idCol("id", "ID of the resolution"), col("kind", String, "kind of resolution"),
		col("status", String, "status (adopted, rejected...)"), col("symbol", String, "document symbol"),
		textCols("title", "title"), idCol("body_id", "ID of the body"), dateCols("date", "date"),
		textCols("text", "text"), col("method", String, "how it was adopted"))
	sponsors := newTable("resolution_sponsors", "a sponsor of a resolution",
		idCol("resolution_id", "ID of the resolution"), idCol("sponsor_id", "ID of the sponsor"))
	for _, r := range g.Resolutions {
		b.row().v(id(r.ID), str(string(r.Kind)), str(string(r.Status)), str(r.Symbol)).text(r.ID, "title", r.Title).
			v(id(r.Body)).date(r.Date).text(r.ID, "text", r.Text).v(str(string(r.Method))).to(resolutions)
		for _, s := range r.Sponsors {
			sponsors.add(id(r.ID), id(s))
		}
		b.common(r.ID, r.Identifiers, r.Sources)
	}
	votes := newTable("votes", "a vote taken by a body",
		idCol("id", "ID of the vote"), idCol("motion_id", "ID of the resolution voted on"),
		idCol("body_id", "ID of the body"), idCol("event_id", "ID of the meeting"), dateCols("date", "date"),
		col("result", String, "result"), col("majority", String, "majority required"))
	counts := newTable("vote_counts", "a count of a vote",
		idCol("vote_id", "ID of the vote"), col("option", String, "option counted (yes, no, abstain...)"),
		col("value", Int64, "the count"), idCol("group_id", "ID of the group counted, if not the whole body"))
	positions := newTable("vote_positions", "how a voter voted",
		idCol("vote_id", "ID of the vote"), idCol("voter_id", "ID of the voter"),
		col("option", String, "option (yes, no, abstain, veto...)"), col("role", String, "role of the voter"),
		idCol("explanation_id", "ID of the statement explaining the vote"))
	for _, v := range g.Votes {
		b.row().v(id(v.ID), id(v.Motion), id(v.Body), id(v.Event)).date(v.Date).
			v(str(string(v.Result)), str(string(v.Majority))).to(votes)
		for _, c := range v.Counts {
			counts.add(id(v.ID), str(string(c.Option)), integer(int64(c.Value)), id(c.Group))
		}
		for _, p := range v.Positions {
			positions.add(id(v.ID), id(p.Voter), str(string(p.Option)), str(string(p.Role)), id(p.Explanation))
		}
		b.common(v.ID, v.Identifiers, v.Sources)
	}
	return []*Table{resolutions, sponsors, votes, counts, positions}
}

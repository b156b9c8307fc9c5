// Package event models what happens in diplomacy and what is said there:
// an [Event] (a summit, a visit, talks, a signing ceremony, a call, an
// expulsion) and a [Statement] (a quote, a communiqué, a readout).
//
// Both are nodes of a document graph: plain structs that work as literals
// and link to actors, accords and sources by ID. The main entry points:
//
//   - [Event], of a [Kind] (the taxonomy, cooperative and conflictual
//     diplomacy: each kind's constant defines it, [Kind.IsConflictual]
//     tells them apart) and a [Status] ([Event.EffectiveStatus]), with
//     [Participant]s in a [Role], parts (sub-events, by ID) and
//     [Relation]s to other events (a summit postponed because of a coup
//     is [CausedBy] it), topics, quantities (diplo.Quantity: the
//     diplomats expelled, the sums pledged), outcomes (accords, by ID)
//     and [Characterisation]s of a [Tone], attributed by the rules of
//     attribution of package diplo.
//   - [Statement], of a [StatementKind], with its speakers, its occasion
//     and a text kept in its original language beside its translations
//     (the "t" extension of BCP 47 marks a translation: "en-t-fr"). A
//     statement known to exist whose words the record lacks (a readout
//     reported but not published) has no text and a [Wording] that says
//     why, and may be known by its title and identifiers (a United
//     Nations document symbol, diplo.UNDoc).
//   - [Event.Validate] and [Statement.Validate], which report every broken
//     rule as a *diplo.FieldError with its JSON path
//     ("participants[1].role"). Rules that need other nodes (that
//     participants exist, that parts form no cycle) are checked by
//     package graph.
//
// A visit's kind follows its protocol rank (state, official, working)
// when the source gives it. Talks held during a visit, the signing of
// accords and the press conference after it are events of their own,
// listed in the visit's Parts. A postponed or cancelled event keeps the
// dates it was announced for; the event that takes its place names it
// with the relation [Replaces].
//
// Status is the current status. The [StatusChange]s of StatusHistory, oldest
// first, date each change: its announcement (planned), its postponement,
// its move to another place (a change with a Place), its cancellation,
// each attributed to who announced it and to its sources, so that a
// cancellation has a date of its own. The changes are in date order and
// the last agrees with Status. A [Deadline] is a dated fact the event
// sets, such as the hour by which expelled diplomats must leave.
//
//	visit := event.Event{
//		ID:    diplo.NewID(),
//		Kind:  event.OfficialVisit,
//		Start: diplo.MustParseDate("2025-06-22"),
//		End:   diplo.MustParseDate("2025-06-26"),
//		Participants: []event.Participant{
//			{Actor: putin, Role: event.Host},
//			{Actor: goita, Role: event.Guest, Representing: mali},
//		},
//		Parts: []diplo.ID{talks, signing},
//	}
//
// See the examples of [Event] and [Event.Validate].
//
// # References
//
//   - CAMEO, Conflict and Mediation Event Observations: Event and Actor
//     Codebook, version 1.1b3, Philip A. Schrodt, 2012:
//     http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf
//   - PLOVER, Political Language Ontology for Verifiable Event Records,
//     the event ontology of the POLECAT data set:
//     https://github.com/openeventdata/PLOVER
//   - schema.org Event: https://schema.org/Event
//   - RFC 6497, BCP 47 Extension T: Transformed Content, for the tags of
//     translations: https://www.rfc-editor.org/rfc/rfc6497
//   - EDTF, the Extended Date/Time Format of ISO 8601-2, for partial and
//     uncertain dates: https://www.loc.gov/standards/datetime/
package event

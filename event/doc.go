// Package event models what happens in diplomacy, and what is said there:
// events (a summit, an official visit, talks, a signing ceremony, a press
// conference, a call, an expulsion) and statements (a quote, a communiqué,
// a readout).
//
// An Event has a Kind from a closed taxonomy, a Status, a time span of
// partial dates, a place, participants in roles, parts (sub-events), relations
// to other events, topics, outcomes (the accords it produced) and
// characterisations ("constructive"). A Statement has speakers, an
// occasion, and a text kept in its original language beside its
// translations. Both are nodes of a document graph and link to actors,
// accords and sources by ID.
//
//	visit := event.Event{
//		ID:    diplo.NewID(),
//		Kind:  event.OfficialVisit,
//		Start: diplo.MustParseDate("2025-06-22"),
//		End:   diplo.MustParseDate("2025-06-26"),
//		Place: diplo.Place{Name: diplo.NewText("fr", "Moscou"), Country: "RU"},
//		Participants: []event.Participant{
//			{Actor: putin, Role: event.Host},
//			{Actor: goita, Role: event.Guest, Representing: mali},
//		},
//		Parts: []diplo.ID{talks, signing},
//	}
//
// # Taxonomy
//
// The kinds cover cooperative diplomacy (meetings, visits, talks,
// signatures, communication) and conflictual diplomacy (protests, recalls,
// expulsions, breaks, sanctions, threats); Kind.IsConflictual tells them
// apart. Each kind maps to CAMEO codes (GDELT, ICEWS) and to a PLOVER event
// type and mode in the eventdata packages. Kinds holds the definitions; a
// kind outside it is rejected when decoding and by Validate
// (diplo.ErrUnknown).
//
//	Kind                    Conflictual  Definition
//	summit                  no           A meeting of heads of state or government,
//	                                     bilateral or multilateral.
//	state-visit             no           A visit by a head of state at the invitation
//	                                     of another head of state, with full ceremony;
//	                                     the highest protocol rank.
//	official-visit          no           A visit by a head of state or government at
//	                                     the invitation of the host, with less ceremony
//	                                     than a state visit.
//	working-visit           no           A visit for talks, with little or no ceremony.
//	visit                   no           A visit whose protocol rank is not given.
//	bilateral-talks         no           Talks between two parties, one-on-one or
//	                                     between delegations.
//	multilateral-conference no           A conference of several parties, such as a
//	                                     diplomatic conference that adopts a treaty.
//	negotiation-round       no           A round of negotiations towards an accord.
//	mediation               no           Talks between parties led or facilitated by a
//	                                     third party.
//	signing-ceremony        no           The signing of one or more accords.
//	press-conference        no           A press conference held by one party.
//	joint-press-conference  no           A press conference held together by several
//	                                     parties.
//	phone-call              no           A telephone conversation between officials.
//	video-call              no           A video conference between officials.
//	communique              no           The issuing of a communiqué, joint statement
//	                                     or declaration.
//	credentials             no           The presentation of an ambassador's letters of
//	                                     credence to a head of state.
//	establish-relations     no           The establishment or restoration of diplomatic
//	                                     relations.
//	summoning               yes          The summoning of a foreign ambassador or
//	                                     diplomat, usually to protest.
//	protest                 yes          A formal diplomatic protest: a note of protest
//	                                     or a démarche.
//	recall-ambassador       yes          The recall of a state's own ambassador from
//	                                     another state, for consultations or in
//	                                     protest.
//	expulsion               yes          The expulsion of another state's diplomats, or
//	                                     declaring them persona non grata.
//	sever-relations         yes          The breaking off of diplomatic relations.
//	sanctions               yes          The imposition of sanctions or an embargo.
//	ultimatum               yes          A threat or ultimatum addressed to another
//	                                     party.
//
// A visit's kind follows its protocol rank (state, official, working) when
// the source gives it, and is plain visit otherwise. Talks held during a
// visit, the signing of accords and the press conference that follows are
// events of their own, listed in the visit's Parts.
//
// # Status
//
// Status is held, planned, postponed or cancelled; an event with no status
// is held (Event.EffectiveStatus). A postponed or cancelled event keeps the
// dates it was announced for; the event that takes its place names it with
// the relation replaces.
//
// # Participants and roles
//
// A Participant is an actor (a person, a state, an organisation or a
// delegation) in a Role from Roles: host and guest, chair and co-chair,
// mediator, facilitator and observer, head of delegation and delegate,
// signatory and witness, speaker; and for conflictual events the initiator
// (the expelling state), the target (the state whose diplomats are
// expelled) and the subject (the expelled diplomats). A participant may
// name the Delegation it belongs to or the party it is Representing. The
// same actor may take part in several roles, but not twice in one
// (diplo.ErrDuplicate).
//
// # Parts and relations
//
// Parts are sub-events, by ID; an event is never a part of itself
// (diplo.ErrCycle), and the graph that holds the events rejects longer
// cycles. A Relation links an event to another with a kind from
// RelationKinds: follows, continues, on-sidelines-of, replaces,
// part-of-series, responds-to, prepares. "Continues" links the 2025 visit
// to the 2023 Russia–Africa summit it carries on.
//
// # Dates
//
// Start and End are partial dates (diplo.Date): "2025", "2025-06" and
// "2025-06-23T14:30+03:00" are all valid. End is left out for an event of a
// single date; an End without a Start is an error, and so is an End
// certainly before the Start (diplo.ErrOrder). Dates whose spans overlap,
// such as a start of 2025-06-22 and an end of "2025", are not judged wrong.
//
// # Statements and their original language
//
// A Statement keeps what was said in the language it was said in. Its Text
// is a diplo.Text: the original under a plain tag ("fr"), translations
// under a tag that names their source with the transformed-content
// extension of RFC 6497 ("en-t-fr", English translated from French). A text
// of translations only has lost its original, and Validate rejects it with
// diplo.ErrLanguage:
//
//	s.Text = diplo.NewText("fr", "Grâce à ce partenariat, nous obtenons des résultats positifs.").
//		WithTranslation(language.English, language.French, "Thanks to this partnership, we are getting positive results.")
//
// A statement names its Speakers (at least one), the event it was made at
// (Occasion), what it is About, and, through its embedded
// diplo.Attribution, the sources that report it.
//
// # Validation
//
// Validate checks an event or statement on its own and reports every broken
// rule as a *diplo.FieldError whose path uses JSON names
// ("participants[1].role", "relations[0].event"), wrapping a sentinel such
// as diplo.ErrUnknown. Rules that need other nodes (that participants
// exist, that parts form no cycle, that accords signed at an event were
// signed by its participants) are checked by the graph that holds the nodes.
//
// # References
//
//   - CAMEO, Conflict and Mediation Event Observations: Event and Actor
//     Codebook, version 1.1b3, Philip A. Schrodt, 2012:
//     http://data.gdeltproject.org/documentation/CAMEO.Manual.1.1b3.pdf
//   - PLOVER, Political Language Ontology for Verifiable Event Records,
//     the event ontology of the POLECAT data set:
//     https://github.com/openeventdata/PLOVER
//   - schema.org Event, with its startDate, endDate, location, eventStatus
//     and subEvent properties: https://schema.org/Event
//   - RFC 6497, BCP 47 Extension T: Transformed Content, for the tags of
//     translations: https://www.rfc-editor.org/rfc/rfc6497
//   - EDTF, the Extended Date/Time Format of ISO 8601-2, for partial and
//     uncertain dates: https://www.loc.gov/standards/datetime/
package event

// Package dyad converts between diplo graphs and the dyads of the coded
// event datasets (eventdata.Record): Project codes a graph's events and
// statements as the dyads of CAMEO and PLOVER, and a Lifter lifts dataset
// rows whose code names a diplomatic event into a graph. The coding tables
// both directions use (KindCodings, CAMEOKinds and the others) live here
// too.
//
// The package is the bridge between two stacks that do not import each
// other: the diplo model (diplo, actor, event, accord, graph) and the
// row-level packages (eventdata, eventdata/cameo, eventdata/plover,
// eventdata/gdelt, eventdata/icews). Keeping the bridge above both lets a
// program that only reads or writes dataset rows link none of the model,
// as x/text/language/display sits above x/text/language so that parsing a
// tag does not link the names of every language.
//
//	recs, skipped := dyad.Project(g) // a *graph.Graph to []eventdata.Record
//
//	l := dyad.NewLifter()
//	for _, r := range rows { // []eventdata.Record, from gdelt, icews or plover
//		if err := l.Add(r); err != nil {
//			// not a diplomatic event, or a row refused: counted in l.LiftStats
//		}
//	}
//	g := l.Graph()
//
// # Projection from diplo graphs
//
// Project turns a diplo graph (actors, events, accords, statements) into
// the records the datasets hold: each diplo event kind maps to CAMEO codes
// and a PLOVER event and mode, and a rich event (a visit, a summit, a
// signing) becomes the dyads a coder would have drawn from the same story.
// Records made that way have Dataset eventdata.Diplo and carry the diplo
// node IRIs in their ID fields.
//
// # Coding diplo events
//
// KindCodings gives every event kind its CAMEO code(s) and PLOVER coding,
// with a note where the choice needs one; a test fails when a kind has no
// coding, when a code is not in the CAMEO table, or when the documented
// PLOVER coding differs from the CAMEO→PLOVER mapping:
//
//	kind                     CAMEO              PLOVER
//	summit                   043 / 042          CONSULT visit
//	state-visit              042 / 043          CONSULT visit
//	official-visit           042 / 043          CONSULT visit
//	working-visit            042 / 043          CONSULT visit
//	visit                    042 / 043          CONSULT visit
//	bilateral-talks          046 (both ways)    CONSULT
//	multilateral-conference  044 (both ways)    CONSULT third-party
//	negotiation-round        046 (both ways)    CONSULT
//	mediation                045                CONSULT
//	signing-ceremony         057 (both ways)    SUPPORT
//	press-conference         010                -
//	joint-press-conference   010                -
//	phone-call               041 (both ways)    CONSULT phone
//	video-call               041 (both ways)    CONSULT phone
//	communique               010                -
//	credentials              050 (both ways)    SUPPORT
//	establish-relations      054 (both ways)    SUPPORT
//	summoning                114                ACCUSE allege
//	protest                  114                ACCUSE allege
//	recall-ambassador        161                SANCTION withdraw
//	expulsion                161                SANCTION withdraw
//	sever-relations          161                SANCTION withdraw
//	sanctions                163                COERCE restrict
//	ultimatum                139                THREATEN
//
// "042 / 043": the code of the main dyad (the guest's for a visit, the
// host's for a summit), then of the reverse one. "(both ways)": coded
// from each party to each other one. Statements are 010 (make a
// statement), and a Lifter lifts the codes of root 01 as statements;
// PLOVER codes no statements. Planned events are 036 (intent
// to meet), cancelled ones 161 (the CAMEO manual codes cancelled meetings
// there). Participant roles decide the sides (RoleSides), and accord and
// event domains add PLOVER contexts (DomainContexts).
//
// # Coding votes and resolutions
//
// CAMEO has no code for a vote and PLOVER no event type: both code what
// one actor does to another, and a vote is the act of a body. So a vote
// projects only where one of its positions is such an act, a veto
// (OptionCodings); a vote is never coded as a meeting or a visit (04),
// nor a yes as cooperation or a no as a rejection, and resolutions,
// adopted or not, are not coded:
//
//	option or node          CAMEO              PLOVER
//	veto                    129                REJECT yield
//	yes, no, abstain,       -                  -
//	absent, not-voting,
//	paired, present,
//	not-participating
//	Resolution              -                  -
//
// A veto gives 129 from the vetoing member to each sponsor of the motion,
// or to the body when the motion names no sponsor (the CAMEO manual's
// 129, "veto"). A Lifter refuses 129 rows as not diplomatic: a row holds
// neither the body, nor the motion, nor the other members' votes, and
// cannot make a valid Vote.
//
// Project applies the codings to a graph; a Lifter goes the other way.
//
// The tables (KindCodings, StatusCodings, StatementCodings, OptionCodings,
// RoleSides, DomainContexts, CAMEOKinds, PLOVERKinds) are functions that return a new
// map on each call, as diplo.Schemes returns a new slice: a caller may edit
// what it gets, and what Project and the Lifter do stays as documented.
//
// # Lifting records into a graph
//
// A Lifter turns rows whose CAMEO code (CAMEOKinds) or PLOVER coding
// (PLOVERKinds) names a diplomatic event into events between states (or
// organisations, for actors with no country and for those whose CAMEO
// type is IGO, REB, BUS, NGO or MED and whose name is not their
// country's), with the place and the report as a source. Rows coded as
// public statements (CAMEO 010 to 019) become statements (event.Quote)
// made by the source actor, about the target. Other rows are refused as
// not diplomatic (ErrNotDiplomatic). NewLifter builds the graph in memory; NewStreamLifter
// hands each node to a sink (a graph.NodeWriter, or the spool of the
// diplo import command) as soon as it is made, each actor and source once
// and before the first event that names it.
//
// Whatever the records hold, the nodes lifted pass their own Validate and
// together a graph's Validate: each value is cleaned or refused by the
// rule the model validates it with, and counted in LiftStats by reason
// (the Reason constants):
//
//   - control characters (C0 other than tab, newline and carriage return,
//     DEL, C1) are removed from names, place names and text, which the
//     model refuses them in (Repaired);
//   - a row with a field that is not valid UTF-8 is refused (Skipped).
//     Repairing would have to guess what the bytes meant, most often
//     Latin-1 text, and would change the names actors and places are
//     known by, and so their IDs; the count tells the user to convert the
//     file and lift it again;
//   - a row with a field longer than a diplo string may be (the default
//     MaxString of diplo.Limits) is refused (Skipped), since the graph
//     could not be read back;
//   - a row with no date, a date outside the years of diplo.Date, or no
//     source actor it can name is refused (Skipped);
//   - a place with coordinates out of range, at 0,0 with no name (how the
//     datasets write a missing place), or with neither name nor country
//     is left out (LeftOut), as are a target actor that cannot be named, a
//     source URL that is not a valid http(s) URL and a record id that is
//     not a GDELT identifier; a place country code that names no country
//     is counted and the rest of the place kept.
//
// An event's ID is derived from the dataset and the record's id; records
// that repeat an id get the ID of "id#2", "id#3"..., from a counter kept
// for each id, so that lifting takes time linear in the rows.
//
// A stream Lifter keeps no node, name or URL: only an index of 16-byte
// UUIDs, one for each distinct actor, each distinct source URL and each
// event lifted (with the map's overhead, some 30 to 40 bytes each). That
// index grows with those counts (GDELT reports are mostly distinct URLs,
// so in practice with the events lifted), not with the rows read or their
// size.
//
// # What a round trip keeps
//
// Exporting a graph (Project, then gdelt.FromRecord or plover.FromDyad)
// and importing the file (gdelt.Reader or plover.Dyads, then a Lifter)
// gives back, for each record written, an event or a statement with the
// same day, the same actors (as below), the place (its English name, or
// its name, and its country) and the URL of its report. What the formats
// cannot carry is lost, and only that; TestRoundTripExamples checks it on
// every example, field by field, for GDELT and PLOVER:
//
//	loss                        GDELT (CAMEO codes)         PLOVER
//	one node per dyad           applies                     applies
//	    an event comes back as one event per record Project wrote for it:
//	    a visit as its 042 and its 043, a signing as one 057 per ordered
//	    pair of parties and accord.
//	actors                      applies                     applies
//	    each comes back as the state or organisation Project names in the
//	    record: persons, offices, delegations and government bodies as the
//	    state they act for; an organisation typed IGO, REB, BUS, NGO or MED
//	    as an organisation of that kind, with its name and country; others
//	    as their state, or, with no country, as an organisation.
//	kind and roles of the code  applies                     applies
//	    an event comes back with the kind and the roles of its code
//	    (CAMEOKinds; PLOVERKinds): the kinds of a family as one (a state,
//	    official or working visit, and a summit with a host, as visit; a
//	    summit without one and a multilateral conference as
//	    bilateral-talks, from 044), summoning as protest, expulsion,
//	    recall-ambassador and a cancelled event as sever-relations; from PLOVER, talks, negotiation rounds
//	    and mediations as bilateral-talks. PLOVER gives signing ceremonies,
//	    credentials and establish-relations one coding (SUPPORT): records
//	    of diplo's projection (coder "diplo") come back as signing
//	    ceremonies. Planned (036, AGREE) and postponed events, and events
//	    not known to the day, are not written (Project lists them).
//	statements                  applies                     no
//	    a statement comes back as a quote (event.Quote) by the state or
//	    organisation of its speaker, on its day, with no occasion and no
//	    place; GDELT carries no text, so its text is the CAMEO name of its
//	    code ("Make statement"), in English.
//	statements in PLOVER        no                          applies
//	    PLOVER has no event type for statements: they are not written.
//	IDs                         applies                     applies
//	    the nodes lifted have IDs of their own, derived from the records
//	    (states from their country, as diplo.IDFor gives them).
//	other fields                applies                     applies
//	    what no column holds is lost: titles, descriptions, topics,
//	    statuses, ends, outcomes, participants' offices, accords.
//	ICEWS                       no                          no
//	    ICEWS files are read, not written: there is no ICEWS export.
//
// # References
//
//   - Schrodt, P. A. (2012), CAMEO: Conflict and Mediation Event
//     Observations Event and Actor Codebook, version 1.1b3.
//   - PLOVER: Political Language Ontology for Verifiable Event Records,
//     manual and CAMEO to PLOVER mapping,
//     https://github.com/openeventdata/PLOVER
package dyad

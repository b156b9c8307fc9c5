// Package dyad converts between diplo graphs and the dyads of the coded
// event datasets (eventdata.Record), and holds the coding tables both
// directions use. It sits above the model and the row packages, so that a
// program that only reads or writes dataset rows links none of the model.
//
// The main entry points:
//
//   - [Project] codes a graph's events and statements as the dyads of
//     CAMEO and PLOVER that a coder would have drawn from the same story;
//     events it cannot code are listed, not dropped.
//   - [NewLifter] and [NewStreamLifter] make a [Lifter], which turns
//     records whose code names a diplomatic event into a graph, or a
//     stream of nodes, that passes graph.Validate whatever the records
//     hold; every record refused, part left out and value repaired is
//     counted in [LiftStats] by reason (the Reason constants).
//     [NewStreamLifterWith] takes [StreamOptions]: with Transient, a
//     stream's events and statements share one allocation, for a sink
//     that keeps nothing of a node past its Write.
//   - [KindCodings], [StatusCodings], [StatementCodings], [RoleSides],
//     [DomainContexts], [CAMEOKinds] and [PLOVERKinds] return the coding
//     tables, a new map on each call.
//
// In short:
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
// See the examples of [Project] and [Lifter].
//
// # Coding diplo events
//
// KindCodings gives every event kind its CAMEO code(s) and PLOVER coding:
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
//	agrement-request         022                -
//	agrement                 050                SUPPORT
//	credentials              050 (both ways)    SUPPORT
//	establish-relations      054 (both ways)    SUPPORT
//	summoning                114                ACCUSE allege
//	protest                  114                ACCUSE allege
//	recall-ambassador        161                SANCTION withdraw
//	expulsion                161                SANCTION withdraw
//	persona-non-grata        161                SANCTION withdraw
//	departure                -                  -
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
// there), each on the day its status history dates the announcement or
// the cancellation (event.Event.StatusSince), or else on its start.
// Postponed events are not coded: CAMEO and PLOVER have no code for a
// postponement, and 16x (reduce relations) would say more than the source
// does. Participant roles decide the sides (RoleSides), and accord and
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
//	diplomatic cooperation in GDELT  applies                no
//	    CAMEO 050, engage in diplomatic cooperation, to which credentials
//	    and an agrément project, names no one kind: a Lifter refuses it
//	    (ErrNotDiplomatic). In PLOVER it is SUPPORT, lifted as a signing
//	    ceremony, as above.
//	vetoes                      applies                     applies
//	    a veto's record (CAMEO 129; PLOVER REJECT) holds neither the body,
//	    nor the motion, nor the other members' votes: a Lifter refuses it
//	    (ErrNotDiplomatic; see Coding votes and resolutions).
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

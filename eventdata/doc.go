// Package eventdata bridges diplo to the coded event datasets of political
// science: GDELT, ICEWS and the PLOVER/POLECAT records. Those datasets
// reduce the news to dyads (on a day, a source actor did something, coded
// with CAMEO or PLOVER, to a target actor), and this package gives that
// dyad one Go type, Record, shared by every reader and writer below it.
//
// # The Record dyad
//
// A Record holds what the datasets have in common: the Dataset it comes
// from, the dataset's own ID, the Date (a day, at midnight UTC), a Source
// and a Target Actor, the CAMEO event code with its base and root codes,
// QuadClass and Goldstein score, the dataset's own Intensity where it has
// one, the PLOVER coding, a Location, a SourceURL and a short Text.
// Fields a dataset does not carry stay at their zero value; Actor,
// PLOVER and Location report that with IsZero.
//
// Codes are kept as the datasets write them. CAMEO codes are strings with
// their leading zeros ("040", "0311"). Country codes are kept as given, in
// the CountryCode fields (CAMEO alpha-3 for GDELT actors, FIPS 10-4 for
// GDELT places, country names in ICEWS); the Country fields hold ISO
// 3166-1 alpha-2 codes once a resolver has mapped them, and readers leave
// them empty.
//
//	r := eventdata.Record{
//		Dataset: eventdata.GDELT2,
//		Date:    time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC),
//		Source:  eventdata.Actor{Name: "THE EU", Code: "IGOEUREEC", CountryCode: "EUR"},
//		CAMEO:   "040", BaseCode: "040", RootCode: "04", QuadClass: 1, Goldstein: 1,
//	}
//
// # Sub-packages
//
//   - cameo: the CAMEO code tables (event codes with their descriptions
//     and Goldstein scores, actor types, countries), embedded with their
//     provenance.
//   - plover: the PLOVER vocabulary (event types, modes, contexts), the
//     mapping from CAMEO codes to PLOVER, and PLOVER's JSON records.
//   - gdelt: GDELT 2.0 and 1.0 event files, read and written as typed rows
//     and converted to and from Record.
//   - icews: ICEWS coded event files, read as typed rows and converted to
//     Record.
//
// The readers stream their input, report a bad row with its line and
// column, and let the caller choose between stopping at the first bad row
// and skipping bad rows while counting them.
//
// # Projection from diplo graphs
//
// This package also projects a diplo graph (actors, events, accords,
// statements) to the records these datasets hold: each diplo event kind
// maps to CAMEO codes and a PLOVER event and mode, and a rich event (a
// visit, a summit, a signing) becomes the dyads a coder would have drawn
// from the same story. Records made that way have Dataset Diplo and carry
// the diplo node IRIs in their ID fields.
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
// statement); PLOVER codes no statements. Planned events are 036 (intent
// to meet), cancelled ones 161 (the CAMEO manual codes cancelled meetings
// there). Participant roles decide the sides (RoleSides), and accord and
// event domains add PLOVER contexts (DomainContexts).
//
// Project applies the codings to a graph; a Lifter goes the other way,
// turning rows whose CAMEO code (CAMEOKinds) or PLOVER coding
// (PLOVERKinds) names a diplomatic event into events between states, and
// counting the rows it refuses.
//
// # References
//
//   - Schrodt, P. A. (2012), CAMEO: Conflict and Mediation Event
//     Observations Event and Actor Codebook, version 1.1b3.
//   - Goldstein, J. S. (1992), A Conflict-Cooperation Scale for WEIS
//     Events Data, Journal of Conflict Resolution 36(2).
//   - The GDELT Event Database Data Format Codebook V2.0, and GDELT Data
//     Format Codebook V1.03, http://data.gdeltproject.org/documentation/
//   - Boschee, E. et al. (2015), ICEWS Coded Event Data, Harvard Dataverse,
//     doi:10.7910/DVN/28075.
//   - PLOVER: Political Language Ontology for Verifiable Event Records,
//     manual and records, https://github.com/openeventdata/PLOVER
//   - ISO 3166-1, Codes for the representation of names of countries.
package eventdata

// Package plover reads and writes PLOVER event records and holds the
// PLOVER vocabulary: event types, modes and contexts, and the mapping from
// CAMEO event codes.
//
// PLOVER (Political Language Ontology for Verifiable Event Records)
// succeeds CAMEO as the event ontology of the POLECAT data set. It keeps
// CAMEO's twenty cue categories as sixteen event types and moves the
// detail of CAMEO's three- and four-digit codes into two fields: a mode
// (how) and contexts (what about).
//
// # Vocabulary
//
// EventType, Mode and Context are typed strings with a constant for every
// value of the PLOVER manual (draft 0.8, 2021), documented with the
// manual's definitions and listed in AllEventTypes, Modes(e) and
// AllContexts:
//
//	plover.Consult.Definition()             // "All consultations and meetings: ..."
//	plover.Modes(plover.Consult)            // visit, third-party, multilateral, phone
//	plover.ValidMode(plover.Coerce, plover.ModeArrest) // true
//
// Records of earlier drafts use older names; Canonical translates them
// (DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to
// ASSAULT) and CanonicalCoding adds the mode the older name implies.
//
// # From CAMEO
//
// FromCAMEO codes a CAMEO event code in PLOVER from the PLOVER project's
// 2021 conversion table, embedded in the package:
//
//	c, ok := plover.FromCAMEO("0861") // RETREAT, mode access, context peacekeeping
//
// CAMEO roots 01 (statements) and 02 (appeals) have no PLOVER event and
// report false. See FromCAMEO for how the table's rows are read.
//
// # Records
//
// A Record is one PLOVER JSON object. The manual's field names (actor,
// recipient, event_text...) and those of the 2016 gold-standard records,
// PLOVER 0.5b1 (source, target, eventText...), fill the same fields; the
// record remembers which it used (Names) and writes them back the same
// way. Fields that PLOVER versions write in two shapes keep the shape they
// were read in: event, mode and context as a string or a list (List), the
// recipient as a list of entities or, in 0.5b1, a string (Entities),
// counts as numbers or codes (Value). Keys the format does not define are
// kept in Extra, so reading and writing a record loses nothing; a Decoder
// can reject them instead (DisallowUnknownFields).
//
// A Decoder streams a JSON array of records (or JSON Lines) one record at
// a time; an Encoder writes them back. A UTF-8 byte order mark at the start
// of the input is skipped, and so is white space between records, blank
// lines included. Each record is checked against diplo's limits before it
// is decoded (limit.Limits, which is diplo.Limits; WithLimits sets them),
// MaxBytes bounding one record, so that a hostile record costs memory in proportion to the
// limits, not to its size:
//
//	dec := plover.NewDecoder(f, plover.WithLimits(limit.Limits{MaxBytes: 1 << 20}))
//	for {
//		r, err := dec.Decode()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // "plover: records[12].date: invalid date ..."
//		}
//		...
//	}
//
// Errors are *FieldError values that name the record and the field by
// JSON path, and wrap sentinel errors (ErrDate, ErrType, ErrSyntax...,
// and limit.ErrExceeded for a limit crossed) for errors.Is.
//
// # Dyads
//
// Records convert to and from eventdata.Record, the row that GDELT, ICEWS
// and diplo's projection share.
//
// A PLOVER record codes one event, whose actor and recipient may each
// list several entities. Dyads expands a record into one dyad per actor ×
// recipient, as the manual describes for dyadic use, each with the
// record's event type, translating the names of earlier PLOVER drafts
// (CanonicalCoding); several event types or modes in one record do
// not multiply the dyads. A record's dyads are bounded (DefaultMaxDyads,
// or MaxDyads): a record that would give more is an error. FromDyad goes
// the other way, one dyad to one record with the PLOVER manual's field
// names, and codes a dyad that has only a CAMEO code through
// FromCAMEO.
//
//	dyads, err := plover.Dyads(rec)
//	if err != nil {
//		return err // plover: record "r1": limit exceeded: 40 actors × 40 recipients ...
//	}
//	for _, d := range dyads {
//		fmt.Println(d.Source.Code, d.PLOVER.Event, d.Target.Code)
//	}
//	rec := plover.FromDyad(gdeltRecord)
//
// # References
//
//   - PLOVER manual, draft 0.8 (2021) and later, Open Event Data
//     Alliance: https://github.com/openeventdata/PLOVER
//   - The PLOVER gold-standard records (PLOVER 0.5b1, 2016) and the
//     CAMEO to PLOVER conversion table (September 2021), same repository,
//     licensed CC BY-SA 4.0; see data/PROVENANCE.md.
//   - Halterman, A. et al. (2023), PLOVER and POLECAT: A New Political
//     Event Ontology and Dataset.
//   - Schrodt, P. A. (2012), CAMEO Event and Actor Codebook 1.1b3.
package plover

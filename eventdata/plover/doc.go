// Package plover reads and writes PLOVER event records and holds the
// PLOVER vocabulary: event types, modes and contexts, and the mapping from
// CAMEO event codes.
//
// PLOVER (Political Language Ontology for Verifiable Event Records)
// succeeds CAMEO as the event ontology of the POLECAT data set: CAMEO's
// twenty cue categories become sixteen event types, and the detail of
// CAMEO's longer codes moves into a mode (how) and contexts (what about).
// The main entry points:
//
//   - [EventType], [Mode] and [Context], with a constant for every value
//     of the PLOVER manual (draft 0.8, 2021), listed by [AllEventTypes],
//     [Modes] and [AllContexts]; [EventType.Definition] gives the manual's
//     definition. [Canonical] and [CanonicalCoding] translate the names of
//     earlier drafts (DEMAND to REQUEST, FIGHT to ASSAULT, ...).
//   - [FromCAMEO] codes a CAMEO event code in PLOVER from the PLOVER
//     project's 2021 conversion table, embedded in the package.
//   - [Record] is one PLOVER JSON object, in the field names of the manual
//     or of the 2016 gold-standard records (PLOVER 0.5b1), written back in
//     the names and shapes it was read in; keys the format does not define
//     are kept in Extra, so reading and writing a record loses nothing.
//   - [NewDecoder] streams a JSON array of records, or JSON Lines, one
//     record at a time, each checked against limit.Limits ([DecoderOptions])
//     before it is decoded; [NewEncoder] writes them back. Errors are
//     [*FieldError] values that name the record and the field.
//   - [Dyads] expands a record into one eventdata.Record per actor ×
//     recipient, bounded by [DefaultMaxDyads] ([DyadOptions]); [FromDyad]
//     goes the other way.
//
// For instance:
//
//	c, ok := plover.FromCAMEO("0861") // RETREAT, mode access, context peacekeeping
//
//	dec := plover.NewDecoder(f, plover.DecoderOptions{Limits: limit.Limits{MaxBytes: 1 << 20}})
//	for {
//		r, err := dec.Decode()
//		if err == io.EOF {
//			break
//		}
//		if err != nil {
//			return err // "plover: records[12].date: invalid date ..."
//		}
//		dyads, err := plover.Dyads(r, plover.DyadOptions{})
//		...
//	}
//
// See the examples of [FromCAMEO], [NewDecoder] and [Record.Validate].
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

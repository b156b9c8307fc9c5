// Package ploverdyad converts PLOVER records to and from the dyads of
// package eventdata, the row shape that GDELT, ICEWS and diplo's
// projection share.
//
// A PLOVER record codes one event, whose actor and recipient may each
// list several entities. Dyads expands a record into one dyad per actor ×
// recipient, as the manual describes for dyadic use, each with the
// record's event type, translating the names of earlier PLOVER drafts
// (plover.CanonicalCoding); several event types or modes in one record do
// not multiply the dyads. A record's dyads are bounded (DefaultMaxDyads,
// or MaxDyads): a record that would give more is an error. FromDyad goes
// the other way, one dyad to one record with the PLOVER manual's field
// names, and codes a dyad that has only a CAMEO code through
// plover.FromCAMEO.
//
//	dyads, err := ploverdyad.Dyads(rec)
//	if err != nil {
//		return err // ploverdyad: record "r1": diplo: limit exceeded: 40 actors × 40 recipients ...
//	}
//	for _, d := range dyads {
//		fmt.Println(d.Source.Code, d.PLOVER.Event, d.Target.Code)
//	}
//	rec := ploverdyad.FromDyad(gdeltRecord)
//
// The conversion lives apart from package plover because package eventdata
// imports plover (for its CAMEO to PLOVER mapping), and plover cannot
// import eventdata back.
//
// # References
//
//   - PLOVER manual, section "Compound and Reciprocal Actors": "a user
//     might expand this in a post-processing phase to multiple events with
//     single entity codes", and note 3 of the table of JSON fields:
//     "Multiple event categories would be used in a single record if the
//     source and recipient actors are the same",
//     https://github.com/openeventdata/PLOVER
package ploverdyad

// Package ploverdyad converts PLOVER records to and from the dyads of
// package eventdata, the row shape that GDELT, ICEWS and diplo's
// projection share.
//
// A PLOVER record lists several actors, recipients and event types; a
// dyad holds one of each. Dyads expands a record into one dyad per actor ×
// recipient × event type, translating the names of earlier PLOVER drafts
// (plover.CanonicalCoding). FromDyad goes the other way, one dyad to one
// record with the PLOVER manual's field names, and codes a dyad that has
// only a CAMEO code through plover.FromCAMEO.
//
//	for _, d := range ploverdyad.Dyads(rec) {
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
//     single entity codes", https://github.com/openeventdata/PLOVER
package ploverdyad

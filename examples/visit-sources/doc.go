// Command visit-sources merges three records of one real event, each made
// from a different published source, and prints the merged record and the
// report of the merge, as JSON.
//
//	go run ./examples/visit-sources
//
// The event is Assimi Goïta's official visit to the Russian Federation in
// June 2025 (see examples/russia-mali, which records it from all the
// sources at once). Each file under records/ holds what one source says:
//
//   - records/article.json: a French news article, undated, which cites a
//     Kremlin communiqué: the visit, its outcomes (three agreements, all
//     called "accord"), the sectors of cooperation, the talks called
//     "constructives" by both parties, the 2023 Russia–Africa Summit the
//     visit continues, and Goïta as "président par intérim de la
//     République du Mali".
//   - records/abamako.json: aBamako.com, 22 and 28 June 2025: the arrival
//     in Moscow on 22 June, the visit announced for 22 to 26 June, Goïta as
//     "Président de la Transition, Chef de l'État", the first agreement
//     called a framework agreement ("accord-cadre"), and the commission
//     that the second creates, which, by Goïta's account, will meet every
//     six months.
//   - records/anadolu.json: Anadolu Agency: the agreement on the peaceful
//     use of nuclear energy, signed on 23 June 2025, in English.
//
// The person who put the three records together gave the visit, Goïta,
// his office and tenure, the agreements and the commission one IRI each,
// under https://w3id.org/diplo/examples/visit-sources/; the states agree
// through actor.StateID. Vladimir Putin has an ID of each record's own,
// and each record knows him by his Wikidata item, Q7747: graph.Merge makes
// the three one person, under the smallest of the IDs, and rewrites every
// reference to the others.
//
// The sources disagree on the name of Goïta's office and on the kind and
// the name of the first agreement: the merged nodes keep every value as a
// claim attributed to its source, and the report lists each conflict with
// its path. The qualifiers of Goïta's tenure (interim, transitional), the
// names in French and English, the sources and the topics are united.
//
// The output is checked by the test against testdata/visit-sources.golden.txt.
package main

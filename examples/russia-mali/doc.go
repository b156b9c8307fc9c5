// Command russia-mali prints the record of Assimi Goïta's official visit to
// the Russian Federation in June 2025 as a diplo graph in JSON.
//
// It is the library's canonical example: it holds everything that a short
// French news article on the visit says, and that the model can express,
// together with what public reporting on the same visit adds (the dates,
// the places, who signed what).
//
//	go run ./examples/russia-mali > russia-mali.json
//
// # What the record holds
//
//   - The official visit, 22–26 June 2025, in Moscow (wikidata:Q649), made
//     of the talks (one-on-one, then between the delegations), the signing
//     of three agreements at the Kremlin and a joint press conference, all
//     on 23 June 2025; it continues the second Russia–Africa Summit,
//     Saint Petersburg, 27–28 July 2023.
//   - Vladimir Putin (wikidata:Q7747), President of the Russian Federation,
//     and Assimi Goïta, President of the Transition of Mali, whose tenure
//     is both transitional and, in the article's words, interim. What the
//     article calls him is recorded where it belongs: "par intérim" as a
//     claim on his tenure (property qualifiers), "président de la
//     République du Mali" as a claim on his office (property name).
//   - The three agreements, their French titles as the article gives them,
//     their parties, signatories, subject domains and signatures; the
//     intergovernmental commission that the second one creates.
//   - Goïta's words at the press conference, in French with an English
//     translation tagged en-t-fr, and the talks called "constructives" by
//     both parties.
//   - The sources, and the claims on which they differ: one calls the first
//     agreement a framework agreement ("accord-cadre"), one reports that the
//     commission will meet every six months, one names another signatory
//     for the second agreement, one gives Goïta's office another name and
//     his tenure another qualifier. Each claim sits on the node it is
//     about; the visit keeps only the claims about the visit (what it
//     continues, and the article calling it a summit).
//
// # Identifiers
//
// States take the IRI that [actor.StateID] makes of their ISO 3166 code
// (https://w3id.org/diplo/id/state/RU), which every country code of the
// graph names in JSON-LD; persons and places with a certain Wikidata item
// take the name-based ID that [diplo.IDFor] derives from it. So independent
// records of Russia, Mali or Putin agree, and so do the sources with a
// URL. Every other node takes the ID that [graph.Builder] derives from the
// record's ID and the node's name in the program, so that its output is
// the same on every run.
//
// # Output
//
// The program validates the graph with [graph.Graph.Validate] and prints
// it with [diplo.MarshalIndent], indented by two spaces in diplo's canonical
// form, so that a URL's '&' stays '&' rather than \u0026. The test compares
// the output with testdata/russia-mali.golden.json, and encodes the decoded
// file again the same way to check that it reads back whole;
// regenerate the file with
//
//	go test ./examples/... -update
//
// # References
//
//   - Kremlin, Russian–Malian talks, 23 June 2025 (communiqué cited by the
//     article).
//   - aBamako.com, 22 and 28 June 2025; Africanews and Anadolu Agency, 23
//     and 24 June 2025; Nuclear Engineering International, on the signing
//     of the nuclear agreement.
//   - RFC 6497, BCP 47 extension T, for the en-t-fr tags of translations.
package main

// Package synth makes diplo records for benchmarks and tests: Graph builds
// a valid graph of any number of events, the same graph for the same
// number, and Load reads a record such as the Russia–Mali example.
//
// # Generated graphs
//
// A generated graph looks like the records diplo is made for, so that
// what is measured on it holds for real data. Its events come in official,
// working and state visits between two states; each visit has its
// bilateral talks, signing ceremony and joint press conference as parts,
// a delegation for each side, a quote by the guest head of state made at
// the press conference, and an accord signed at the ceremony by the two
// heads of state:
//
//	g := synth.Graph(10000)
//	err := g.Validate() // nil: every generated graph is valid
//
// The states are the member states of the United Nations, under their ISO
// 3166-1 codes and their names in French and English from the CLDR data
// of golang.org/x/text; each has a head of state, a foreign minister and
// an ambassador, with their offices and tenures. Each state has an
// embassy in another, which its ambassador heads and which takes part in
// the visits of its state to the state that receives it. A council of up
// to fifteen states, five of them permanent members, votes on a draft
// resolution at every fourth visit: each member's position and the
// counts are recorded, a permanent member's no is a veto, and the draft is
// adopted or rejected accordingly. Names are in French with
// English translations marked as such ("en-t-fr"); every event cites a
// source, some accords are ratified and enter into force months later,
// some create a joint commission. IDs are name-based UUIDs, and the
// pseudo-random choices come from a generator seeded with the number of
// events, so Graph(n) encodes to the same bytes on every machine.
//
// For 10,000 events the graph has 33,874 nodes and encodes to about 20 MB
// of JSON.
//
// # The Russia–Mali record
//
// RussiaMaliFile names the JSON that the example program
// examples/russia-mali writes: the official visit of Assimi Goïta to
// Moscow in June 2025, with its talks, accords and statements. Load
// decodes it at run time, so that benchmarks measure the record as the
// example writes it today:
//
//	g, data, err := synth.Load(filepath.Join("..", synth.RussiaMaliFile))
//
// # References
//
//   - ISO 3166-1, Codes for the representation of names of countries.
//   - United Nations, Member States: https://www.un.org/en/about-us/member-states
//   - Unicode CLDR, the territory names of golang.org/x/text/language/display.
//   - RFC 9562, name-based (version 5) UUIDs.
//   - RFC 6497, the BCP 47 "t" extension that marks translations.
package synth

// Package network derives the network of the actors of a diplo record
// (a [graph.Graph]) and writes it for network tools: GEXF 1.3, which
// Gephi reads, and GraphML, which NetworkX, igraph, Cytoscape and yEd
// read.
//
// [New] returns a [Network]: its nodes are the actors (persons, states,
// organisations, delegations and missions, by ID, with their type and
// name), and its edges typed links between two of them with the events,
// accords or votes behind the link, its first and last dates and its
// weight, the number of them:
//
//   - [Met]: two participants of the same held meeting ([IsMeeting]: a
//     summit, a visit, talks, a conference, a call...).
//   - [SignedWith]: two parties of the same accord, or two persons who
//     signed it.
//   - [VotedWith]: two voters who chose the same option in a vote.
//   - [Expelled]: the side that expels to a side expelled, in a held
//     expulsion or declaration of persona non grata, as the roles of its
//     participants say; the one directed kind.
//
// For instance:
//
//	n, err := network.New(g, network.Options{})
//	if err != nil {
//		return err
//	}
//	for _, e := range n.Edges {
//		fmt.Println(e.Source, e.Kind, e.Target, e.Weight)
//	}
//	err = network.WriteGEXF(w, n)
//
// The order of nodes (by ID) and edges (by source, target and kind) is
// fixed, and so is the output of the writers: the same record gives the
// same bytes.
//
// # Writing
//
// [WriteGEXF] and [WriteGraphML] write an undirected graph, since most
// readers (NetworkX, igraph) take no graph of directed and undirected
// edges mixed: an [Expelled] edge runs from its source to its target as
// its kind says. GraphML wants name tokens as IDs of nodes, which IRIs
// are not: its nodes are n0, n1..., with the diplo ID as the data iri.
// Every string is escaped as XML requires (markup, quotes,
// and tab, line feed and carriage return as character references, so
// that attribute values keep them). XML 1.0 cannot hold the other C0
// controls (U+0000 to U+001F), U+FFFE, U+FFFF or bytes that are not
// UTF-8, even escaped; the writers write each C0 control as its symbol of
// the block Control Pictures (U+0007 as U+2407 "␇"), one symbol for each
// control so that no two controls become the same character (though a
// text that holds the symbol itself reads the same), and the others as
// U+FFFD. A record that validates holds no control character (diplo text
// refuses them) but may hold the noncharacters U+FFFE and U+FFFF, which
// the XML then loses; the JSON of a Network (diplo.Marshal) keeps every
// string as it is.
//
// # Size
//
// A meeting of k participants links k(k-1)/2 pairs: a summit of 200
// heads of state alone gives 19,900 edges. [Options.MaxPairs] bounds the
// pairs linked in all ([DefaultMaxPairs] by default), and New fails with
// diplo.ErrLimit before linking more; within that bound New takes time
// in n log n for n events, accords, votes, participants and pairs.
//
// # References
//
//   - GEXF 1.3 specification, the GEXF Working Group:
//     https://gexf.net/ and https://github.com/gephi/gexf (specs/1.3).
//   - GraphML Specification, the GraphML Team:
//     http://graphml.graphdrawing.org/specification.html
//   - Extensible Markup Language (XML) 1.0 (Fifth Edition), W3C
//     Recommendation, 26 November 2008, section 2.2 "Characters":
//     https://www.w3.org/TR/xml/#charsets
package network

// Package query answers questions of time about a diplo record: who held
// an office on a date, where a party stood under an accord, what events
// two actors took part in between two dates. Every answer that depends on
// a date says whether it holds certainly or only possibly, since a record's
// dates are often partial ("2016"), uncertain ("2016-09-03?") or missing:
// a [Truth] is [No], [Maybe] or [Yes], and Maybe is never rounded to
// either side.
//
// [New] builds an [Index] of a graph.Graph once, in O(n log n); the index
// is immutable and safe for concurrent use. Its questions:
//
//   - [Index.Holders] and [Index.OfficesHeld]: the tenures of an office, or
//     of a person, on a date, each a [Holding] with its Truth.
//   - [Index.StatusOfParty]: a [PartyStatus] (signed, consented, bound,
//     withdrawn...) under an accord on a date, in a [PartyAnswer] with the
//     actions it rests on; [Index.StatusOfAccord]: the accord's own
//     [AccordStatus] (adopted, open for signature, in force, terminated).
//   - [Index.Events]: the events of an actor, a pair, a kind, a place or a
//     date range ([EventQuery]), in time order; [Index.Statements],
//     [Index.SignedAt] and [Index.Related] (what an event continues,
//     replaces or responds to, transitively).
//
// For instance:
//
//	ix := query.New(g)
//	ans, _ := ix.StatusOfParty(paris, us, diplo.MustParseDate("2020-12-01"))
//	fmt.Println(ans.Status, ans.Truth) // withdrawn yes
//
// # Dates
//
// A date stands for a span of time, as in EDTF: "2016" is the whole year.
// A question asked on a date asks whether something holds throughout it:
// Yes when it certainly does, No when it certainly holds at no instant of
// it, Maybe otherwise, so a status that changes during the year asked
// about is Maybe. Something that takes effect on a date known to the
// month or year may take effect on any of its days; on a date marked
// uncertain or approximate, as much as one unit of its precision earlier
// or later (a day, a month, a year; two for "%"), the fuzzy bounds of
// python-edtf, since ISO 8601-2 gives the qualifiers no width; on no date,
// at any time. Dates of tenures and
// events are inclusive, as Wikidata's start and end times (P580, P582) and
// EDTF intervals are. The date of a question is taken as its span: its own
// qualifiers, if any, are not read. The methods say which rules they apply.
//
// # References
//
//   - Vienna Convention on the Law of Treaties, Vienna, 23 May 1969,
//     United Nations Treaty Series vol. 1155, p. 331: arts. 11-16 (consent
//     to be bound), 18 (obligation after signature), 24 (entry into
//     force), 25 (provisional application), 54-58 (termination,
//     withdrawal, suspension) and 70, 72 (their consequences):
//     https://legal.un.org/ilc/texts/instruments/english/conventions/1_1_1969.pdf
//   - Extended Date/Time Format (EDTF), ISO 8601-2:2019, and the Library of
//     Congress EDTF specification: https://www.loc.gov/standards/datetime/
//   - Wikidata, start time (P580), end time (P582) and the qualifiers of
//     position held (P39): https://www.wikidata.org/wiki/Property:P39
//   - python-edtf, lower_fuzzy and upper_fuzzy (the padding of uncertain
//     and approximate dates): https://github.com/ixc/python-edtf
//   - S. C. Kleene, Introduction to Metamathematics (1952), §64: the strong
//     three-valued logic of [Truth.And], [Truth.Or] and [Truth.Not].
package query

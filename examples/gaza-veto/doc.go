// Command gaza-veto prints the record of a draft resolution of the United
// Nations Security Council that a veto defeated, and of the vote of the
// General Assembly that followed on the same question, as a diplo graph
// in JSON.
//
//	go run ./examples/gaza-veto
//
// # What the record holds
//
//   - Draft resolution S/2023/773, submitted by Brazil, which called for
//     humanitarian pauses to allow aid into the Gaza Strip. At the
//     Council's 9442nd meeting, on 18 October 2023, with Brazil in the
//     chair, it received 12 votes in favour (Albania, Brazil, China,
//     Ecuador, France, Gabon, Ghana, Japan, Malta, Mozambique,
//     Switzerland, the United Arab Emirates), 1 against (the United
//     States) and 2 abstentions (the Russian Federation, the United
//     Kingdom). The vote of the United States, a permanent member, was a
//     veto: the draft was not adopted. Every member's position is
//     recorded, with its standing (permanent or elected member).
//   - Linda Thomas-Greenfield, Permanent Representative of the United
//     States to the United Nations (head of the United States Mission to
//     the United Nations, a permanent mission), whose explanation of the
//     vote is a statement that the veto's position names.
//   - The General Assembly's tenth emergency special session, resumed on
//     26 October 2023. On 27 October it rejected an amendment proposed by
//     Canada and co-sponsored by the United States (88 in favour, 55
//     against, 23 abstentions: short of the two-thirds majority), then
//     adopted resolution ES-10/21, introduced by Jordan (draft
//     A/ES-10/L.25), by 120 votes to 14 with 45 abstentions.
//   - Of the Assembly's 193 members, the record gives the positions of the
//     14 states that voted against ES-10/21, as the press reported them,
//     and of a few others that are certain (Jordan, China, France and the
//     Russian Federation in favour; the United Kingdom and Canada
//     abstaining); for the rest, and for the amendment, the counts alone.
//     A later tally of 121 in favour and 44 abstentions, which one source
//     gives, is kept as two claims on the vote's counts, each a typed
//     count (diplo.Quantity).
//   - The United Nations document symbols as identifiers of scheme undoc:
//     S/PV.9442 of the Council's meeting (its verbatim record),
//     S/2023/773 of the draft, A/RES/ES-10/21 and its draft A/ES-10/L.25
//     of the Assembly's resolution. The Headquarters lie in the state of
//     New York (ISO 3166-2 US-NY).
//
// # References
//
//   - S/PV.9442, the record of the Council's 9442nd meeting; S/2023/773.
//   - Security Council Report, November 2023 Monthly Forecast, status
//     update: the positions of each member on S/2023/773.
//   - A/RES/ES-10/21 and A/ES-10/L.25; The Associated Press, The
//     Jerusalem Post and The Canadian Press on the votes of 27 October
//     2023; Kun.uz (from the Associated Press) for the states that voted
//     against.
//   - Charter of the United Nations, Article 27(3) (the concurring votes
//     of the permanent members) and Article 18(2) (the two-thirds majority
//     of the General Assembly on important questions).
package main

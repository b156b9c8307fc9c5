// Command cop15-montreal prints the record of the second part of COP15,
// the fifteenth meeting of the Conference of the Parties to the
// Convention on Biological Diversity, as a diplo graph in JSON: a meeting
// announced for one city, postponed, moved to another and held there,
// each change of its status dated and sourced.
//
//	go run ./examples/cop15-montreal
//
// # What the record holds
//
//   - The first part of COP15, held in Kunming from 11 to 15 October 2021,
//     most delegates taking part online, under the presidency of China
//     (Huang Runqiu, its Minister of Ecology and Environment).
//   - The second part, which the second continues, with its status
//     history (event.StatusChange):
//     planned on 18 August 2021, when China's Ministry of Ecology and
//     Environment announced that it would be held in person in Kunming in
//     the first half of 2022 (later set for 25 April to 8 May 2022);
//     postponed on 29 March 2022, to the third quarter of 2022, the fourth
//     delay of COP15, as the secretariat told Reuters;
//     planned again on 21 June 2022, and moved to Montreal, the seat of the
//     Secretariat, from 5 to 17 December 2022, because of the
//     uncertainties of the COVID-19 pandemic, China keeping the
//     presidency, as the Secretariat and Xinhua reported;
//     held from 7 to 19 December 2022 in Montreal.
//   - Each change names who made it (By) and the sources that report it;
//     the cause and the dates announced are in the change's note, in the
//     sources' words. The dates announced in June, 5 to 17 December, are a
//     claim on the event, which records the dates it was held.
//   - The Kunming-Montreal Global Biodiversity Framework, decision 15/4
//     of the Conference of the Parties (CBD/COP/DEC/15/4), adopted on 19
//     December 2022, the outcome of the second part.
//   - The places with their first-level divisions: Kunming in Yunnan
//     (ISO 3166-2 CN-YN), Montreal in Quebec (CA-QC).
//
// # References
//
//   - Yunnan.cn, August 2021, on the announcement of 18 August 2021;
//     European Commission, The Green Track, 12 January 2022.
//   - Reuters, 29 March 2022: "Biodiversity summit in Kunming, China
//     delayed for fourth time -organisers".
//   - Secretariat of the Convention on Biological Diversity, press release
//     of 21 June 2022, and decision CBD/COP/DEC/15/4; Xinhua, 21 June and 19 December 2022; China Radio
//     International, 8 December 2022.
package main

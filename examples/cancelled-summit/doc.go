// Command cancelled-summit prints the record of the Singapore summit of 12
// June 2018 between Donald Trump and Kim Jong Un as a diplo graph in JSON:
// a planned event that was called off, and the event held in its place.
//
//	go run ./examples/cancelled-summit
//
// # Statuses
//
// The summit was announced for 12 June 2018 in Singapore. On 24 May 2018
// President Trump called it off in a letter to Kim Jong Un; on 1 June,
// after Kim Yong Chol delivered a letter from Kim Jong Un at the White
// House, he announced that it would take place after all, and it did, on
// the planned day.
//
// The record keeps both facts. The summit as planned is an event with
// status cancelled; the summit as held is another event, with status held,
// related to the first by "replaces". The letter is a statement of kind
// letter, dated 24 May 2018, whose speaker is Trump; it is about the
// cancelled event and about Kim Jong Un, to whom it is addressed, and its
// text is the sentence that calls the summit off. The White House meeting
// "prepares" the held summit. Each event's status history dates its
// changes: the cancellation on 24 May 2018 by Trump, from his letter; the
// held summit planned again on 1 June 2018, as Trump announced, and held
// on 12 June, from the joint statement. The joint statement signed at the summit is an accord of
// kind joint-declaration.
//
// # References
//
//   - The White House, Letter to Chairman Kim Jong Un, 24 May 2018.
//   - Joint Statement of President Donald J. Trump of the United States of
//     America and Chairman Kim Jong Un of the Democratic People's Republic
//     of Korea at the Singapore Summit, 12 June 2018.
package main

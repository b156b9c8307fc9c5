// Command kennedy-japan prints the record of the accreditation of
// Caroline Kennedy as Ambassador of the United States to Japan as a diplo
// graph in JSON: a mission, its head's office and tenure, and the steps
// of the accreditation from the agrément to the departure.
//
//	go run ./examples/kennedy-japan
//
// # What the record holds
//
//   - The Embassy of the United States in Tokyo, a mission the United
//     States sends to Japan, and its head's office, Ambassador of the
//     United States to Japan.
//   - Japan's agrément to Caroline Kennedy, in 2013: it came before her
//     nomination by President Obama on 24 July 2013, on a date that was
//     not made public, so the record gives the year alone.
//   - On 19 November 2013 she presented her letters of credence to
//     Emperor Akihito at the Imperial Palace in Tokyo; her tenure runs
//     from that day (VCDR art. 13: a head of mission takes up her
//     functions when she presents her credentials).
//   - On 18 January 2017 she left her post, and Japan.
//
// # Roles
//
// Each step of the accreditation names its sides in roles, not in names:
// the United States is the sending side, Japan the receiving side,
// Caroline Kennedy the envoy, and Emperor Akihito, who receives the
// credentials, the recipient.
//
// # References
//
//   - Office of the Historian, U.S. Department of State, Caroline Bouvier
//     Kennedy (1957–), Chiefs of Mission for Japan: appointment,
//     presentation of credentials and termination of mission.
//   - Vienna Convention on Diplomatic Relations (1961), articles 4
//     (agrément), 13 (credentials) and 43 (end of functions).
package main

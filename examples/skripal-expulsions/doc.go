// Command skripal-expulsions prints the record of the expulsions of
// diplomats between the United Kingdom and Russia in March 2018 as a diplo
// graph in JSON: a conflictual event, and the response to it.
//
//	go run ./examples/skripal-expulsions
//
// # What the record holds
//
//   - On 14 March 2018, after the poisoning of Sergei and Yulia Skripal in
//     Salisbury on 4 March, the Prime Minister, Theresa May, announced in
//     the House of Commons that the United Kingdom would expel 23 Russian
//     diplomats identified as undeclared intelligence officers.
//   - On 17 March 2018 Russia summoned the British Ambassador, Laurie
//     Bristow, and announced the expulsion of 23 British diplomats; the
//     event responds to the first.
//
// # Roles
//
// In conflictual events the participants take the roles initiator (the
// expelling state), target (the state whose diplomats are expelled) and
// subject (the expelled diplomats). The diplomats are not named; each group
// is a delegation of its state whose name says how many they were.
//
// # References
//
//   - Prime Minister's Office, PM Commons statement on Salisbury incident
//     response, 14 March 2018.
//   - TASS, Russia to expel 23 British diplomats, close consulate general
//     in St. Petersburg, 17 March 2018.
//   - Vienna Convention on Diplomatic Relations (1961), article 9 (persona
//     non grata).
package main

// Command colombia-farc prints the record of the peace talks between the
// Government of Colombia and the FARC-EP as a diplo graph in JSON: a
// negotiation guaranteed and accompanied by third states, and an agreement
// superseded by a revised one.
//
//	go run ./examples/colombia-farc
//
// # What the record holds
//
//   - The talks, installed near Oslo in October 2012 (a date known to the
//     month) and held in Havana until the final text was agreed on 24
//     August 2016, between the delegations of the Government (headed by
//     Humberto de la Calle) and of the FARC-EP (headed by Iván Márquez).
//   - The third states: Cuba and Norway, the guarantor countries, in the
//     role guarantor; Venezuela and Chile, the accompanying countries, in
//     the role observer. Norway hosts the installation of the talks, where
//     Cuba takes part as guarantor.
//   - The Final Agreement signed in Cartagena on 26 September 2016 by Juan
//     Manuel Santos and Rodrigo Londoño, and the revised Final Agreement
//     signed in Bogotá on 24 November 2016, after the plebiscite of 2
//     October 2016 rejected the first; the second supersedes the first.
//   - The six points of the agenda as topics, in Spanish.
//
// The parties to the agreements are organisations, not states: the
// Government of Colombia, a governmental body of the Colombian state, and
// the FARC-EP, an armed group.
//
// # References
//
//   - Acuerdo Final para la Terminación del Conflicto y la Construcción de
//     una Paz Estable y Duradera, 24 November 2016.
package main

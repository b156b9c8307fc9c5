package main

import (
	"io"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

func ids(v ...diplo.ID) []diplo.ID { return v }

// build returns the record of the peace talks between the Government of
// Colombia and the FARC-EP: launched near Oslo, held in Havana with Cuba and
// Norway as guarantors and Venezuela and Chile accompanying, ending in a
// final agreement signed in Cartagena and, after its rejection in a
// plebiscite, a revised agreement signed in Bogotá. Spanish is the
// original; "en-t-es" marks an English translation of it.
func build() (*graph.Graph, error) {
	b := graph.NewBuilder("https://w3id.org/diplo/examples/colombia-farc")
	b.SetTitle(b.Text("es", "Conversaciones de paz de La Habana entre el Gobierno de Colombia y las FARC-EP, 2012–2016",
		"en-t-es", "Havana peace talks between the Government of Colombia and the FARC-EP, 2012–2016"))
	const finalTitle = "Acuerdo Final para la Terminación del Conflicto y la Construcción de una Paz Estable y Duradera"
	const finalTitleEn = "Final Agreement to End the Armed Conflict and Build a Stable and Lasting Peace"

	text := b.Add("source-text", diplo.Source{
		Title:     b.Text("es", finalTitle),
		Publisher: b.Text("es", "Oficina del Alto Comisionado para la Paz"),
		Published: b.Date("2016-11-24"),
		Language:  b.Language("es"),
	})

	santos := b.Add("santos", actor.Person{Name: b.Text("es", "Juan Manuel Santos"), Nationality: []diplo.Country{"CO"}})
	londono := b.Add("londono", actor.Person{Name: b.Text("es", "Rodrigo Londoño Echeverri"), Nationality: []diplo.Country{"CO"}})
	deLaCalle := b.Add("de-la-calle", actor.Person{Name: b.Text("es", "Humberto de la Calle"), Nationality: []diplo.Country{"CO"}})
	marquez := b.Add("marquez", actor.Person{Name: b.Text("es", "Iván Márquez"), Nationality: []diplo.Country{"CO"}})

	state := func(code diplo.Country, name, wikidata string) diplo.ID {
		return b.Add("", actor.State{Name: b.Text("es", name), Country: code, Identifiers: []diplo.Identifier{b.Identifier(wikidata)}})
	}
	co := state("CO", "República de Colombia", "wikidata:Q739")
	cu := state("CU", "República de Cuba", "wikidata:Q241")
	no := state("NO", "Reino de Noruega", "wikidata:Q20")
	ve := state("VE", "República Bolivariana de Venezuela", "wikidata:Q717")
	cl := state("CL", "República de Chile", "wikidata:Q298")

	government := b.Add("government", actor.Organization{
		Kind:    actor.GovernmentalBody,
		Name:    b.Text("es", "Gobierno de la República de Colombia", "en-t-es", "Government of the Republic of Colombia"),
		Country: "CO",
		PartOf:  co,
	})
	farc := b.Add("farc", actor.Organization{
		Kind:         actor.ArmedGroup,
		Name:         b.Text("es", "Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo", "en-t-es", "Revolutionary Armed Forces of Colombia – People’s Army"),
		Abbreviation: "FARC-EP",
		Country:      "CO",
	})

	presCO := b.Add("president-co", actor.Office{Name: b.Text("es", "Presidente de la República de Colombia", "en-t-es", "President of the Republic of Colombia"), Role: actor.HeadOfState, Of: co})
	farcChief := b.Add("farc-commander", actor.Office{Name: b.Text("es", "Comandante del Estado Mayor Central de las FARC-EP", "en-t-es", "Commander of the Central High Command of the FARC-EP"), Role: actor.OrganizationHead, Of: farc})

	b.Add("santos-president", actor.Tenure{Person: santos, Office: presCO, Start: b.Date("2010-08-07"), End: b.Date("2018-08-07")})
	b.Add("londono-commander", actor.Tenure{Person: londono, Office: farcChief, Start: b.Date("2011-11")})

	delGov := b.Add("delegation-government", actor.Delegation{Name: b.Text("es", "Delegación del Gobierno Nacional", "en-t-es", "Delegation of the National Government"), Represents: government, Head: deLaCalle})
	delFARC := b.Add("delegation-farc", actor.Delegation{Name: b.Text("es", "Delegación de Paz de las FARC-EP", "en-t-es", "Peace Delegation of the FARC-EP"), Represents: farc, Head: marquez})

	talks := b.Add("talks", event.Event{
		Kind:  event.Mediation,
		Name:  b.Text("es", "Mesa de Conversaciones entre el Gobierno Nacional y las FARC-EP", "en-t-es", "Havana peace talks"),
		Start: b.Date("2012-10"),
		End:   b.Date("2016-08-24"),
		Place: diplo.Place{Name: b.Text("es", "La Habana"), Country: "CU", Wikidata: b.Identifier("wikidata:Q1563")},
		Participants: []event.Participant{
			{Actor: delGov, Role: event.Participating},
			{Actor: delFARC, Role: event.Participating},
			{Actor: deLaCalle, Role: event.HeadOfDelegation, Delegation: delGov},
			{Actor: marquez, Role: event.HeadOfDelegation, Delegation: delFARC},
			// Cuba and Norway were the guarantor countries, Venezuela
			// and Chile the accompanying countries.
			{Actor: cu, Role: event.Guarantor},
			{Actor: no, Role: event.Guarantor},
			{Actor: ve, Role: event.Observer},
			{Actor: cl, Role: event.Observer},
		},
		Parts: ids(b.ID("oslo")),
		Topics: []diplo.Topic{
			{Domain: diplo.Agriculture, Label: b.Text("es", "Política de desarrollo agrario integral")},
			{Label: b.Text("es", "Participación política")},
			{Domain: diplo.PeaceProcess, Label: b.Text("es", "Fin del conflicto")},
			{Label: b.Text("es", "Solución al problema de las drogas ilícitas")},
			{Label: b.Text("es", "Víctimas")},
			{Label: b.Text("es", "Implementación, verificación y refrendación")},
		},
		Outcomes: ids(b.ID("final-agreement")),
		Sources:  ids(text),
	})
	b.Add("oslo", event.Event{
		Kind: event.NegotiationRound,
		Name: b.Text("es", "Instalación de la Mesa de Conversaciones", "en-t-es", "Installation of the negotiating table"),
		// Known to the month.
		Start: b.Date("2012-10"),
		Place: diplo.Place{Name: b.Text("es", "cerca de Oslo", "en", "near Oslo"), Country: "NO"},
		Participants: []event.Participant{
			// Norway hosted the installation; Cuba, the other guarantor
			// country, was there as guarantor.
			{Actor: no, Role: event.Host},
			{Actor: cu, Role: event.Guarantor},
			{Actor: delGov, Role: event.Participating},
			{Actor: delFARC, Role: event.Participating},
		},
	})
	signers := func() []event.Participant {
		return []event.Participant{
			{Actor: santos, Role: event.Signatory, Representing: government},
			{Actor: londono, Role: event.Signatory, Representing: farc},
		}
	}
	cartagena := b.Add("cartagena", event.Event{
		Kind:         event.SigningCeremony,
		Name:         b.Text("es", "Firma del Acuerdo Final en Cartagena", "en-t-es", "Signing of the Final Agreement in Cartagena"),
		Start:        b.Date("2016-09-26"),
		Place:        diplo.Place{Name: b.Text("es", "Cartagena de Indias"), Country: "CO"},
		Participants: signers(),
		Relations:    []event.Relation{{Kind: event.Follows, Event: talks}},
		Outcomes:     ids(b.ID("final-agreement")),
		Sources:      ids(text),
	})
	bogota := b.Add("bogota", event.Event{
		Kind: event.SigningCeremony,
		Name: b.Text("es", "Firma del nuevo Acuerdo Final en el Teatro Colón", "en-t-es", "Signing of the new Final Agreement at the Teatro Colón"),
		Description: b.Text("es", "Tras la victoria del «No» en el plebiscito del 2 de octubre de 2016, las partes renegociaron el texto.",
			"en-t-es", "After the “No” vote won the plebiscite of 2 October 2016, the parties renegotiated the text."),
		Start:        b.Date("2016-11-24"),
		Place:        diplo.Place{Name: b.Text("es", "Teatro Colón, Bogotá"), Country: "CO", Wikidata: b.Identifier("wikidata:Q2841")},
		Participants: signers(),
		Relations:    []event.Relation{{Kind: event.Follows, Event: cartagena}},
		Outcomes:     ids(b.ID("revised-agreement")),
		Sources:      ids(text),
	})

	signatories := func() []accord.Signatory {
		return []accord.Signatory{
			{Person: santos, Party: government, Office: presCO},
			{Person: londono, Party: farc, Office: farcChief},
		}
	}
	signatures := func(d string, at diplo.ID) []accord.Action {
		return []accord.Action{
			{Kind: accord.Signature, Date: b.Date(d), Party: government, Event: at},
			{Kind: accord.Signature, Date: b.Date(d), Party: farc, Event: at},
		}
	}
	final := b.Add("final-agreement", accord.Accord{
		Kind:        accord.PeaceAgreement,
		Title:       b.Text("es", finalTitle, "en-t-es", finalTitleEn),
		Parties:     ids(government, farc),
		Signatories: signatories(),
		Domains:     []diplo.Topic{{Domain: diplo.PeaceProcess}},
		Actions:     signatures("2016-09-26", cartagena),
		Languages:   b.Languages("es"),
	})
	b.Add("revised-agreement", accord.Accord{
		Kind:        accord.PeaceAgreement,
		Title:       b.Text("es", finalTitle, "en-t-es", finalTitleEn),
		Parties:     ids(government, farc),
		Signatories: signatories(),
		Domains:     []diplo.Topic{{Domain: diplo.PeaceProcess}},
		Actions:     signatures("2016-11-24", bogota),
		Languages:   b.Languages("es"),
		Relations:   []accord.Relation{{Kind: accord.Supersedes, Accord: final}},
		Sources:     ids(text),
	})
	return b.Graph()
}

// run builds the record, which Graph validates, and writes it to w as JSON indented
// by two spaces, in diplo's canonical form (diplo.MarshalIndent): '&',
// '<' and '>' are left as they are, so that a URL reads as written.
func run(w io.Writer) error {
	g, err := build()
	if err != nil {
		return err
	}
	b, err := diplo.MarshalIndent(g, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func main() {
	log.SetFlags(0)
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

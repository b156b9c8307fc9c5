package main

import (
	"io"
	"log"
	"os"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// States and places known by external identifiers; the states take the
// IRIs actor.StateID makes of their ISO 3166 codes.
var (
	spanish = language.MustParse("es")

	wdHavana = diplo.MustNewIdentifier(diplo.Wikidata, "Q1563")
	wdBogota = diplo.MustNewIdentifier(diplo.Wikidata, "Q2841")

	idCO = actor.StateID("CO")
	idCU = actor.StateID("CU")
	idNO = actor.StateID("NO")
	idVE = actor.StateID("VE")
	idCL = actor.StateID("CL")
)

// Fixed IDs of the other nodes.
const (
	idGraph      diplo.ID = "urn:uuid:2a0f8278-25c1-4d79-a589-7df6ca365c2d"
	idSantos     diplo.ID = "urn:uuid:e359a4e3-8902-4bb9-a312-968a665535d1"
	idLondono    diplo.ID = "urn:uuid:4217a2de-e62e-442a-a827-9bd7c74a0bff"
	idDeLaCalle  diplo.ID = "urn:uuid:c3360fb4-a97c-4efd-b0ac-550df5b1dc96"
	idMarquez    diplo.ID = "urn:uuid:0ded6409-b272-4f44-915c-71fd49dda8ac"
	idGovernment diplo.ID = "urn:uuid:fc054e88-3bcd-4fab-85f6-dc434a94e648"
	idFARC       diplo.ID = "urn:uuid:218e164a-c0fd-4647-8963-5c386ad4b90e"
	idPresCO     diplo.ID = "urn:uuid:0d4bd984-a86e-4625-9dba-67150f9c6e5b"
	idFARCChief  diplo.ID = "urn:uuid:dbfd2a77-8495-4a6f-8da2-c467c5324e3c"
	idTenureJMS  diplo.ID = "urn:uuid:1406bb78-444b-4e14-9fd0-1ef86bcd53f4"
	idTenureRL   diplo.ID = "urn:uuid:a39cbef9-97c6-4d35-aa3e-e4cbecc8c3fc"
	idDelGov     diplo.ID = "urn:uuid:e80b5ba7-ab81-4148-9c3c-e3b15d12336f"
	idDelFARC    diplo.ID = "urn:uuid:9296e815-971f-4fee-91d5-33c07152441a"
	idTalks      diplo.ID = "urn:uuid:65dd5b40-2ce0-4133-83f6-8bade69ba387"
	idOslo       diplo.ID = "urn:uuid:e5a72764-ed13-4744-a2be-14ed9fb95d3c"
	idCartagena  diplo.ID = "urn:uuid:4d113959-9ecf-4e8e-9051-c1604d6687df"
	idBogota     diplo.ID = "urn:uuid:dad56899-602a-48f0-bc8a-1b2e3cd05987"
	idFinal      diplo.ID = "urn:uuid:288db7f4-8d8c-4fb5-950e-4ecedf50a0c2"
	idRevised    diplo.ID = "urn:uuid:3d5f8548-796e-459c-8226-6139857a3b3a"
	idText       diplo.ID = "urn:uuid:2cefaecb-4f22-45e3-82fd-336782d02ac2"
)

func es(s string) diplo.Text { return diplo.NewText("es", s) }

// esEn is a Spanish original with its English translation ("en-t-es").
func esEn(s, en string) diplo.Text {
	return es(s).WithTranslation(language.English, spanish, en)
}

func ids(v ...diplo.ID) []diplo.ID { return v }

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

// build returns the record of the peace talks between the Government of
// Colombia and the FARC-EP: launched near Oslo, held in Havana with Cuba and
// Norway as guarantors and Venezuela and Chile accompanying, ending in a
// final agreement signed in Cartagena and, after its rejection in a
// plebiscite, a revised agreement signed in Bogotá.
func build() *graph.Graph {
	const finalTitle = "Acuerdo Final para la Terminación del Conflicto y la Construcción de una Paz Estable y Duradera"
	const finalTitleEn = "Final Agreement to End the Armed Conflict and Build a Stable and Lasting Peace"
	src := ids(idText)
	signatures := func(d string, at diplo.ID) []accord.Action {
		return []accord.Action{
			{Kind: accord.Signature, Date: date(d), Party: idGovernment, Event: at},
			{Kind: accord.Signature, Date: date(d), Party: idFARC, Event: at},
		}
	}
	signatories := []accord.Signatory{
		{Person: idSantos, Party: idGovernment, Office: idPresCO},
		{Person: idLondono, Party: idFARC, Office: idFARCChief},
	}
	state := func(id diplo.ID, code diplo.Country, name string, qid string) actor.State {
		return actor.State{ID: id, Name: es(name), Country: code, Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, qid)}}
	}

	return &graph.Graph{
		ID: idGraph,
		Title: esEn("Conversaciones de paz de La Habana entre el Gobierno de Colombia y las FARC-EP, 2012–2016",
			"Havana peace talks between the Government of Colombia and the FARC-EP, 2012–2016"),

		Persons: []actor.Person{
			{ID: idSantos, Name: es("Juan Manuel Santos"), Nationality: []diplo.Country{"CO"}},
			{ID: idLondono, Name: es("Rodrigo Londoño Echeverri"), Nationality: []diplo.Country{"CO"}},
			{ID: idDeLaCalle, Name: es("Humberto de la Calle"), Nationality: []diplo.Country{"CO"}},
			{ID: idMarquez, Name: es("Iván Márquez"), Nationality: []diplo.Country{"CO"}},
		},

		States: []actor.State{
			state(idCO, "CO", "República de Colombia", "Q739"),
			state(idCU, "CU", "República de Cuba", "Q241"),
			state(idNO, "NO", "Reino de Noruega", "Q20"),
			state(idVE, "VE", "República Bolivariana de Venezuela", "Q717"),
			state(idCL, "CL", "República de Chile", "Q298"),
		},

		Organizations: []actor.Organization{
			{
				ID:      idGovernment,
				Kind:    actor.GovernmentalBody,
				Name:    esEn("Gobierno de la República de Colombia", "Government of the Republic of Colombia"),
				Country: "CO",
				PartOf:  idCO,
			},
			{
				ID:           idFARC,
				Kind:         actor.ArmedGroup,
				Name:         esEn("Fuerzas Armadas Revolucionarias de Colombia – Ejército del Pueblo", "Revolutionary Armed Forces of Colombia – People’s Army"),
				Abbreviation: "FARC-EP",
				Country:      "CO",
			},
		},

		Offices: []actor.Office{
			{ID: idPresCO, Name: esEn("Presidente de la República de Colombia", "President of the Republic of Colombia"), Role: actor.HeadOfState, Of: idCO},
			{ID: idFARCChief, Name: esEn("Comandante del Estado Mayor Central de las FARC-EP", "Commander of the Central High Command of the FARC-EP"), Role: actor.OrganizationHead, Of: idFARC},
		},

		Tenures: []actor.Tenure{
			{ID: idTenureJMS, Person: idSantos, Office: idPresCO, Start: date("2010-08-07"), End: date("2018-08-07")},
			{ID: idTenureRL, Person: idLondono, Office: idFARCChief, Start: date("2011-11")},
		},

		Delegations: []actor.Delegation{
			{ID: idDelGov, Name: esEn("Delegación del Gobierno Nacional", "Delegation of the National Government"), Represents: idGovernment, Head: idDeLaCalle},
			{ID: idDelFARC, Name: esEn("Delegación de Paz de las FARC-EP", "Peace Delegation of the FARC-EP"), Represents: idFARC, Head: idMarquez},
		},

		Events: []event.Event{
			{
				ID:    idTalks,
				Kind:  event.Mediation,
				Name:  esEn("Mesa de Conversaciones entre el Gobierno Nacional y las FARC-EP", "Havana peace talks"),
				Start: date("2012-10"),
				End:   date("2016-08-24"),
				Place: diplo.Place{Name: es("La Habana"), Country: "CU", Wikidata: wdHavana},
				Participants: []event.Participant{
					{Actor: idDelGov, Role: event.Participating},
					{Actor: idDelFARC, Role: event.Participating},
					{Actor: idDeLaCalle, Role: event.HeadOfDelegation, Delegation: idDelGov},
					{Actor: idMarquez, Role: event.HeadOfDelegation, Delegation: idDelFARC},
					// Cuba and Norway were the guarantor countries,
					// Venezuela and Chile the accompanying countries.
					{Actor: idCU, Role: event.Guarantor},
					{Actor: idNO, Role: event.Guarantor},
					{Actor: idVE, Role: event.Observer},
					{Actor: idCL, Role: event.Observer},
				},
				Parts: ids(idOslo),
				Topics: []diplo.Topic{
					{Domain: diplo.Agriculture, Label: es("Política de desarrollo agrario integral")},
					{Label: es("Participación política")},
					{Domain: diplo.PeaceProcess, Label: es("Fin del conflicto")},
					{Label: es("Solución al problema de las drogas ilícitas")},
					{Label: es("Víctimas")},
					{Label: es("Implementación, verificación y refrendación")},
				},
				Outcomes: ids(idFinal),
				Sources:  src,
			},
			{
				ID:   idOslo,
				Kind: event.NegotiationRound,
				Name: esEn("Instalación de la Mesa de Conversaciones", "Installation of the negotiating table"),
				// Known to the month.
				Start: date("2012-10"),
				Place: diplo.Place{Name: diplo.Text{spanish: "cerca de Oslo", language.English: "near Oslo"}, Country: "NO"},
				Participants: []event.Participant{
					// Norway hosted the installation; Cuba, the other
					// guarantor country, was there as guarantor.
					{Actor: idNO, Role: event.Host},
					{Actor: idCU, Role: event.Guarantor},
					{Actor: idDelGov, Role: event.Participating},
					{Actor: idDelFARC, Role: event.Participating},
				},
			},
			{
				ID:    idCartagena,
				Kind:  event.SigningCeremony,
				Name:  esEn("Firma del Acuerdo Final en Cartagena", "Signing of the Final Agreement in Cartagena"),
				Start: date("2016-09-26"),
				Place: diplo.Place{Name: es("Cartagena de Indias"), Country: "CO"},
				Participants: []event.Participant{
					{Actor: idSantos, Role: event.Signatory, Representing: idGovernment},
					{Actor: idLondono, Role: event.Signatory, Representing: idFARC},
				},
				Relations: []event.Relation{{Kind: event.Follows, Event: idTalks}},
				Outcomes:  ids(idFinal),
				Sources:   src,
			},
			{
				ID:   idBogota,
				Kind: event.SigningCeremony,
				Name: esEn("Firma del nuevo Acuerdo Final en el Teatro Colón", "Signing of the new Final Agreement at the Teatro Colón"),
				Description: esEn("Tras la victoria del «No» en el plebiscito del 2 de octubre de 2016, las partes renegociaron el texto.",
					"After the “No” vote won the plebiscite of 2 October 2016, the parties renegotiated the text."),
				Start: date("2016-11-24"),
				Place: diplo.Place{Name: es("Teatro Colón, Bogotá"), Country: "CO", Wikidata: wdBogota},
				Participants: []event.Participant{
					{Actor: idSantos, Role: event.Signatory, Representing: idGovernment},
					{Actor: idLondono, Role: event.Signatory, Representing: idFARC},
				},
				Relations: []event.Relation{{Kind: event.Follows, Event: idCartagena}},
				Outcomes:  ids(idRevised),
				Sources:   src,
			},
		},

		Accords: []accord.Accord{
			{
				ID:          idFinal,
				Kind:        accord.PeaceAgreement,
				Title:       esEn(finalTitle, finalTitleEn),
				Parties:     ids(idGovernment, idFARC),
				Signatories: signatories,
				Domains:     []diplo.Topic{{Domain: diplo.PeaceProcess}},
				Actions:     signatures("2016-09-26", idCartagena),
				Languages:   []language.Tag{spanish},
			},
			{
				ID:          idRevised,
				Kind:        accord.PeaceAgreement,
				Title:       esEn(finalTitle, finalTitleEn),
				Parties:     ids(idGovernment, idFARC),
				Signatories: signatories,
				Domains:     []diplo.Topic{{Domain: diplo.PeaceProcess}},
				Actions:     signatures("2016-11-24", idBogota),
				Languages:   []language.Tag{spanish},
				Relations:   []accord.Relation{{Kind: accord.Supersedes, Accord: idFinal}},
				Sources:     src,
			},
		},

		Sources: []diplo.Source{{
			ID:        idText,
			Title:     es(finalTitle),
			Publisher: es("Oficina del Alto Comisionado para la Paz"),
			Published: date("2016-11-24"),
			Language:  spanish,
		}},
	}
}

// run builds the record, validates it and writes it to w as JSON indented
// by two spaces, in diplo's canonical form (diplo.MarshalIndent): '&',
// '<' and '>' are left as they are, so that a URL reads as written.
func run(w io.Writer) error {
	g := build()
	if err := g.Validate(); err != nil {
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

package graph_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// IDs of the small graph. The states derive theirs from their ISO 3166
// codes, the first person from his Wikidata item; the other nodes have
// fixed IRIs.
const (
	base        = "https://example.org/diplo/"
	idGoita     = diplo.ID(base + "persons/assimi-goita")
	idPresRU    = diplo.ID(base + "offices/president-ru")
	idPresML    = diplo.ID(base + "offices/president-ml")
	idTenureRU  = diplo.ID(base + "tenures/putin-2012")
	idTenureML  = diplo.ID(base + "tenures/goita-2021")
	idDelRU     = diplo.ID(base + "delegations/ru-2025-06")
	idDelML     = diplo.ID(base + "delegations/ml-2025-06")
	idCommision = diplo.ID(base + "organizations/ru-ml-commission")
	idVisit     = diplo.ID(base + "events/visit-2025-06")
	idTalks     = diplo.ID(base + "events/talks-2025-06-23")
	idSigning   = diplo.ID(base + "events/signing-2025-06-23")
	idStatement = diplo.ID(base + "statements/goita-quote")
	idAccord    = diplo.ID(base + "accords/ru-ml-commission")
	idSource    = diplo.ID(base + "sources/article-2025-06-24")
	idMissing   = diplo.ID(base + "nowhere")
)

var (
	idRU    = actor.StateID("RU")
	idML    = actor.StateID("ML")
	idPutin = diplo.IDFor(diplo.MustNewIdentifier(diplo.Wikidata, "Q7747"))
)

func date(s string) diplo.Date { return diplo.MustParseDate(s) }

func fr(s string) diplo.Text { return diplo.MustNewText("fr", s) }

// smallGraph returns a new, valid graph of an official visit: two states,
// two persons, their offices and tenures, two delegations, a visit made of
// talks and a signing ceremony, an accord signed at the ceremony that
// creates a commission, a quote made during the visit and the article that
// reports it all. Each call returns a fresh graph that tests may change.
func smallGraph() *graph.Graph {
	ru, err := actor.NewState("RU", "fr", "Russie")
	if err != nil {
		panic(err)
	}
	ru.Name = ru.Name.WithTag(language.English, "Russia")
	ml, err := actor.NewState("ML", "fr", "Mali")
	if err != nil {
		panic(err)
	}
	ml.Sources = []diplo.ID{idSource}
	// Each node gets its own slice, so that tests may change one alone.
	src := func() []diplo.ID { return []diplo.ID{idSource} }
	return &graph.Graph{
		ID:    base + "records/russia-mali-2025",
		Title: fr("Visite officielle d'Assimi Goïta en Russie, juin 2025"),
		Persons: []actor.Person{
			{
				ID:          idPutin,
				Name:        fr("Vladimir Poutine").WithTag(language.Russian, "Владимир Путин"),
				Identifiers: []diplo.Identifier{diplo.MustNewIdentifier(diplo.Wikidata, "Q7747")},
				Nationality: []diplo.Country{"RU"},
			},
			{ID: idGoita, Name: fr("Assimi Goïta"), Nationality: []diplo.Country{"ML"}, Sources: src()},
		},
		States: []actor.State{ru, ml},
		Organizations: []actor.Organization{{
			ID:        idCommision,
			Kind:      actor.Commission,
			Name:      fr("Commission intergouvernementale Russie–Mali pour la coopération commerciale, économique, scientifique et technique"),
			Members:   []diplo.ID{idRU, idML},
			CreatedBy: idAccord,
			Sources:   src(),
			Claims: []diplo.Claim{{
				Property:    "members",
				Value:       fr("Russie, Mali"),
				Attribution: diplo.Attribution{Sources: src()},
			}},
		}},
		Offices: []actor.Office{
			{ID: idPresRU, Name: fr("Président de la Fédération de Russie"), Role: actor.HeadOfState, Of: idRU},
			{ID: idPresML, Name: fr("Président de la Transition du Mali"), Role: actor.HeadOfState, Of: idML, Sources: src()},
		},
		Tenures: []actor.Tenure{
			{ID: idTenureRU, Person: idPutin, Office: idPresRU, Start: date("2012-05-07")},
			{ID: idTenureML, Person: idGoita, Office: idPresML, Start: date("2021-06-07"),
				Qualifiers: []actor.Qualifier{actor.Transitional}, Sources: src()},
		},
		Delegations: []actor.Delegation{
			{ID: idDelRU, Represents: idRU, Head: idPutin},
			{ID: idDelML, Name: fr("Délégation malienne"), Represents: idML, Head: idGoita, Sources: src()},
		},
		Events: []event.Event{
			{
				ID:    idVisit,
				Kind:  event.OfficialVisit,
				Name:  fr("Visite officielle d'Assimi Goïta en Russie"),
				Start: date("2025-06-22"),
				End:   date("2025-06-23"),
				Place: diplo.Place{Name: fr("Moscou"), Country: "RU"},
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host, Representing: idRU},
					{Actor: idGoita, Role: event.Guest, Delegation: idDelML, Representing: idML},
					{Actor: idDelML, Role: event.Guest},
					{Actor: idDelRU, Role: event.Host},
				},
				Parts:    []diplo.ID{idTalks, idSigning},
				Topics:   []diplo.Topic{{Domain: diplo.Geology}, {Domain: diplo.Energy}, {Label: fr("projets à portée humanitaire")}},
				Outcomes: []diplo.ID{idAccord},
				Characterisations: []event.Characterisation{{
					Term:        fr("constructives"),
					Tone:        event.Positive,
					Attribution: diplo.Attribution{By: []diplo.ID{idRU, idML}, Sources: src()},
				}},
				Sources: src(),
				Claims: []diplo.Claim{{
					Property: "relations",
					Value:    fr("dans la continuité du Sommet Russie-Afrique de Saint-Pétersbourg de 2023"),
					Attribution: diplo.Attribution{
						Sources: src(),
						By:      []diplo.ID{idRU},
						Note:    fr("selon un communiqué du Kremlin"),
					},
				}},
			},
			{
				ID:    idTalks,
				Kind:  event.BilateralTalks,
				Start: date("2025-06-23"),
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Host},
					{Actor: idGoita, Role: event.Guest},
				},
			},
			{
				ID:    idSigning,
				Kind:  event.SigningCeremony,
				Start: date("2025-06-23"),
				Participants: []event.Participant{
					{Actor: idPutin, Role: event.Signatory, Representing: idRU},
					{Actor: idDelML, Role: event.Participating, Representing: idML},
				},
				Outcomes: []diplo.ID{idAccord},
			},
		},
		Statements: []event.Statement{{
			ID:       idStatement,
			Kind:     event.Quote,
			Speakers: []diplo.ID{idGoita},
			Occasion: idVisit,
			Date:     date("2025-06-23"),
			Text: fr("Grâce à ce partenariat, nous obtenons des résultats positifs.").
				WithTranslationTag(language.English, language.French, "Thanks to this partnership, we are getting positive results."),
			About:       []diplo.ID{idRU, idML},
			Attribution: diplo.Attribution{Sources: src()},
		}},
		Accords: []accord.Accord{{
			ID:      idAccord,
			Kind:    accord.Agreement,
			Title:   fr("Accord portant création d'une Commission intergouvernementale Russie–Mali"),
			Parties: []diplo.ID{idRU, idML},
			Signatories: []accord.Signatory{
				{Person: idPutin, Party: idRU, Capacity: accord.AsSignatory, Office: idPresRU},
				{Person: idGoita, Party: idML, Office: idPresML},
			},
			Domains:   []diplo.Topic{{Domain: diplo.InstitutionBuilding}, {Domain: diplo.Trade}},
			Creates:   []diplo.ID{idCommision},
			Actions:   []accord.Action{{Kind: accord.Signature, Date: date("2025-06-23"), Event: idSigning, Attribution: diplo.Attribution{Sources: src()}}},
			Languages: []language.Tag{language.Russian, language.French},
			Sources:   src(),
		}},
		Sources: []diplo.Source{{
			ID:        idSource,
			URL:       "https://example.org/news/russie-mali-2025-06-24",
			Title:     fr("Russie–Mali : trois accords signés à Moscou"),
			Publisher: fr("Example Actualités"),
			Published: date("2025-06-24"),
			Language:  language.French,
		}},
	}
}

func TestSmallGraphValid(t *testing.T) {
	g := smallGraph()
	require.NoError(t, g.Validate(), "small graph does not validate")
	assert.Equal(t, 2+2+1+2+2+2+3+1+1+1, g.Len(), "Len()")
}

func TestIndex(t *testing.T) {
	g := smallGraph()
	// A second node with the ID of the first state: the index keeps the
	// first.
	g.Events = append(g.Events, event.Event{ID: idRU, Kind: event.Summit})
	ix := graph.NewIndex(g)
	tests := []struct {
		id   diplo.ID
		want graph.Ref
		path string
	}{
		{idPutin, graph.Ref{Type: graph.PersonNode, Index: 0}, "persons[0]"},
		{idGoita, graph.Ref{Type: graph.PersonNode, Index: 1}, "persons[1]"},
		{idRU, graph.Ref{Type: graph.StateNode, Index: 0}, "states[0]"},
		{idML, graph.Ref{Type: graph.StateNode, Index: 1}, "states[1]"},
		{idCommision, graph.Ref{Type: graph.OrganizationNode, Index: 0}, "organizations[0]"},
		{idPresML, graph.Ref{Type: graph.OfficeNode, Index: 1}, "offices[1]"},
		{idTenureML, graph.Ref{Type: graph.TenureNode, Index: 1}, "tenures[1]"},
		{idDelML, graph.Ref{Type: graph.DelegationNode, Index: 1}, "delegations[1]"},
		{idSigning, graph.Ref{Type: graph.EventNode, Index: 2}, "events[2]"},
		{idStatement, graph.Ref{Type: graph.StatementNode, Index: 0}, "statements[0]"},
		{idAccord, graph.Ref{Type: graph.AccordNode, Index: 0}, "accords[0]"},
		{idSource, graph.Ref{Type: graph.SourceNode, Index: 0}, "sources[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			got, ok := ix.Lookup(tc.id)
			require.True(t, ok, "Lookup(%s) found nothing", tc.id)
			require.Equal(t, tc.want, got, "Lookup(%s)", tc.id)
			assert.Equal(t, tc.path, got.Path(), "Path()")
		})
	}
	_, ok := ix.Lookup(idMissing)
	assert.False(t, ok, "Lookup found a missing ID")
	_, ok = ix.Lookup("")
	assert.False(t, ok, "Lookup found the empty ID")
	if e, ok := ix.Event(idTalks); assert.True(t, ok, "Event(talks)") {
		assert.Equal(t, event.BilateralTalks, e.Kind, "Event(talks)")
	}
	_, ok = ix.Event(idAccord)
	assert.False(t, ok, "Event found an accord")
	if a, ok := ix.Accord(idAccord); assert.True(t, ok, "Accord(accord)") {
		assert.Equal(t, accord.Agreement, a.Kind, "Accord(accord)")
	}
	_, ok = ix.Accord(idSigning)
	assert.False(t, ok, "Accord found an event")
	// The duplicate is reported at the second node.
	err := g.Validate()
	var fe *diplo.FieldError
	if assert.ErrorAs(t, err, &fe) {
		assert.Equal(t, "events[3].id", fe.Path, "Validate() = %v, want a duplicate at events[3].id", err)
	}
	assert.ErrorIs(t, err, diplo.ErrDuplicate)
}

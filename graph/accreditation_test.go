package graph_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/alloctest"
)

var (
	idEnvoy       = diplo.ID(base + "persons/envoy-ml")
	idEmbassyML   = diplo.ID(base + "missions/ml-ru")
	idAmbML       = diplo.ID(base + "offices/ambassador-ml-ru")
	idTenureEnvoy = diplo.ID(base + "tenures/envoy-ml-ru")
	idCredentials = diplo.ID(base + "events/credentials-ml-ru")

	// nameCommission is how messages name the commission of the small
	// graph: its label cut short, and its ID.
	nameCommission = `"Commission intergouvernementale Russie–Mali pour la coopérati..." (` + string(idCommision) + `)`
)

// withEmbassy adds to the small graph Mali's embassy in Russia, its
// ambassador, and the presentation of the ambassador's credentials to the
// President of Russia: a valid step of accreditation.
func withEmbassy(g *graph.Graph) {
	g.Persons = append(g.Persons, actor.Person{ID: idEnvoy, Name: fr("Ambassadeur du Mali")})
	g.Missions = append(g.Missions, actor.Mission{ID: idEmbassyML, Kind: actor.Embassy,
		Name: fr("Ambassade du Mali en Russie"), Sending: idML, Receiving: idRU})
	g.Offices = append(g.Offices, actor.Office{ID: idAmbML, Name: fr("Ambassadeur du Mali en Russie"), Role: actor.Ambassador, Of: idEmbassyML})
	g.Tenures = append(g.Tenures, actor.Tenure{ID: idTenureEnvoy, Person: idEnvoy, Office: idAmbML, Start: date("2024-02-01")})
	g.Events = append(g.Events, event.Event{ID: idCredentials, Kind: event.Credentials,
		Name: fr("Remise des lettres de créance"), Start: date("2024-02-01"),
		Participants: []event.Participant{
			{Actor: idML, Role: event.Sending},
			{Actor: idRU, Role: event.Receiving},
			{Actor: idEnvoy, Role: event.EnvoyRole},
			{Actor: idPutin, Role: event.Recipient},
		}})
}

// credentials returns the step of accreditation withEmbassy added.
func credentials(g *graph.Graph) *event.Event { return &g.Events[len(g.Events)-1] }

// accreditationCases break the rules on missions and accreditation; they
// join ruleCases, which TestRuleErrors runs.
var accreditationCases = []ruleCase{
	{graph.RuleAccreditationSides, "credentials without a receiving side", func(g *graph.Graph) {
		withEmbassy(g)
		e := credentials(g)
		e.Participants = append(e.Participants[:1], e.Participants[2:]...)
	}, "events[3].participants", diplo.ErrInconsistent,
		`inconsistent: credentials "Remise des lettres de créance" (` + string(idCredentials) + `) names no participant in the role receiving`},
	{graph.RuleAccreditationSides, "a second sending side", func(g *graph.Graph) {
		withEmbassy(g)
		e := credentials(g)
		e.Participants = append(e.Participants, event.Participant{Actor: idCommision, Role: event.Sending})
	}, "events[3].participants[4].role", diplo.ErrInconsistent,
		`inconsistent: credentials "Remise des lettres de créance" (` + string(idCredentials) + `) names a second sending side, ` + nameCommission + `, besides "Mali" (` + string(idML) + `)`},
	{graph.RuleAccreditationSides, "a person as the receiving side", func(g *graph.Graph) {
		withEmbassy(g)
		credentials(g).Participants[1].Actor = idPutin
	}, "events[3].participants[1].actor", diplo.ErrInconsistent,
		`inconsistent: receiving side "Vladimir Poutine" (` + string(idPutin) + `) of credentials "Remise des lettres de créance" (` + string(idCredentials) + `) is a Person; a receiving side is a State or Organization`},
	{graph.RuleAccreditationSides, "a state as the envoy", func(g *graph.Graph) {
		withEmbassy(g)
		credentials(g).Participants[2].Actor = idML
	}, "events[3].participants[2].actor", diplo.ErrInconsistent,
		`inconsistent: envoy "Mali" (` + string(idML) + `) of credentials "Remise des lettres de créance" (` + string(idCredentials) + `) is a State; an envoy is a Person`},
	{graph.RuleAccreditationSides, "sent to itself", func(g *graph.Graph) {
		withEmbassy(g)
		credentials(g).Participants[1].Actor = idML
	}, "events[3].participants[1].actor", diplo.ErrInconsistent,
		`inconsistent: receiving side "Mali" (` + string(idML) + `) of credentials "Remise des lettres de créance" (` + string(idCredentials) + `) is its sending side too`},
	{graph.RuleEnvoyAccredited, "credentials presented to another state", func(g *graph.Graph) {
		withEmbassy(g)
		g.States = append(g.States, actor.State{ID: actor.StateID("BY"), Name: fr("Biélorussie"), Country: "BY"})
		credentials(g).Participants[1].Actor = actor.StateID("BY")
	}, "events[3].participants[1].actor", diplo.ErrInconsistent,
		`inconsistent: receiving side "Biélorussie" (` + string(actor.StateID("BY")) + `) is neither "Russie" (` + string(idRU) + `), which receives the mission "Ambassade du Mali en Russie" (` + string(idEmbassyML) + `) of envoy "Ambassadeur du Mali" (` + string(idEnvoy) + `), nor a side the envoy is also accredited to`},
	{graph.RuleEnvoyAccredited, "another sending side than the mission's", func(g *graph.Graph) {
		withEmbassy(g)
		credentials(g).Participants[0].Actor = idCommision
	}, "events[3].participants[0].actor", diplo.ErrInconsistent,
		`inconsistent: sending side ` + nameCommission + ` is not "Mali" (` + string(idML) + `), which sends the mission "Ambassade du Mali en Russie" (` + string(idEmbassyML) + `) of envoy "Ambassadeur du Mali" (` + string(idEnvoy) + `)`},
	{graph.RuleConcurrentAccreditation, "accredited again to the receiving side", func(g *graph.Graph) {
		withEmbassy(g)
		g.Tenures[len(g.Tenures)-1].AccreditedTo = []diplo.ID{idRU}
	}, "tenures[2].accreditedTo[0]", diplo.ErrInconsistent,
		`inconsistent: "Russie" (` + string(idRU) + `) is the receiving side of the mission "Ambassade du Mali en Russie" (` + string(idEmbassyML) + `) already, not a further accreditation`},
	{graph.RuleConcurrentAccreditation, "accredited to further sides without a mission", func(g *graph.Graph) {
		g.Tenures[0].AccreditedTo = []diplo.ID{idML}
	}, "tenures[0].accreditedTo", diplo.ErrInconsistent,
		`inconsistent: tenure of "Président de la Fédération de Russie" (` + string(idPresRU) + `) is accredited to further sides, but the office is not an office of a mission`},
	{graph.RuleMissionRole, "a mission as a signatory", func(g *graph.Graph) {
		withEmbassy(g)
		g.Events[2].Participants = append(g.Events[2].Participants, event.Participant{Actor: idEmbassyML, Role: event.Signatory})
	}, "events[2].participants[2].role", diplo.ErrInconsistent,
		`inconsistent: mission "Ambassade du Mali en Russie" (` + string(idEmbassyML) + `) takes part in ` + string(idSigning) + ` as signatory, a role that a person plays`},
	{graph.RuleMissionRole, "a mission as a sending side outside a step of accreditation", func(g *graph.Graph) {
		withEmbassy(g)
		g.Events[1].Participants = append(g.Events[1].Participants, event.Participant{Actor: idEmbassyML, Role: event.Sending})
	}, "events[1].participants[2].role", diplo.ErrInconsistent,
		`inconsistent: mission "Ambassade du Mali en Russie" (` + string(idEmbassyML) + `) takes part in ` + string(idTalks) + ` as sending, a role that a state or organisation of a step of accreditation plays`},
	{graph.RuleReferenceType, "a mission sent by a person", func(g *graph.Graph) {
		withEmbassy(g)
		g.Missions[0].Sending = idPutin
	}, "missions[0].sending", diplo.ErrReference,
		`unresolved reference: sending side "Vladimir Poutine" (` + string(idPutin) + `) is a Person; a sending side is a State or Organization`},
}

// TestAccreditationValid checks that the valid step of accreditation, a
// concurrent accreditation, and an envoy accredited to a further side
// validate: the rules reject only what they say.
func TestAccreditationValid(t *testing.T) {
	g := smallGraph()
	withEmbassy(g)
	require.NoError(t, g.Validate())

	g.States = append(g.States, actor.State{ID: actor.StateID("BY"), Name: fr("Biélorussie"), Country: "BY"})
	g.Tenures[len(g.Tenures)-1].AccreditedTo = []diplo.ID{actor.StateID("BY")}
	credentials(g).Participants[1].Actor = actor.StateID("BY")
	assert.NoError(t, g.Validate(), "credentials presented to a side of a concurrent accreditation")

	// Before the tenure, the envoy holds no office of the mission: an
	// agrément asked of another state is not checked against it.
	e := credentials(g)
	e.Kind, e.Start = event.AgrementRequest, date("2023-10-01")
	e.Participants[1].Actor = idCommision
	assert.NoError(t, g.Validate(), "a request for agrément before the tenure")
}

// TestMissionParticipants checks which roles a mission takes in an
// event: those of an institution, as a participant (and as a statement's
// speaker, see TestStatementSpeakers); a role of a person or of a side of
// accreditation breaks mission-role, or accreditation-sides in a step of
// accreditation.
func TestMissionParticipants(t *testing.T) {
	tests := []struct {
		role event.Role
		step bool       // the mission takes part in the step of accreditation
		rule graph.Rule // "": valid
	}{
		{event.Host, false, ""},
		{event.Guest, false, ""},
		{event.Participating, false, ""},
		{event.Observer, false, ""},
		{event.Initiator, false, ""},
		{event.Target, false, ""},
		{event.Subject, false, ""},
		{event.Speaker, false, ""},
		{event.Participating, true, ""},
		{event.HeadOfDelegation, false, graph.RuleMissionRole},
		{event.Delegate, false, graph.RuleMissionRole},
		{event.Signatory, false, graph.RuleMissionRole},
		{event.Witness, false, graph.RuleMissionRole},
		{event.EnvoyRole, false, graph.RuleMissionRole},
		{event.Recipient, false, graph.RuleMissionRole},
		{event.Receiving, false, graph.RuleMissionRole},
		{event.EnvoyRole, true, graph.RuleAccreditationSides},
		{event.Recipient, true, graph.RuleAccreditationSides},
	}
	for _, tc := range tests {
		name := string(tc.role)
		if tc.step {
			name += " in a step of accreditation"
		}
		t.Run(name, func(t *testing.T) {
			g := smallGraph()
			withEmbassy(g)
			e := &g.Events[1] // the talks
			if tc.step {
				e = credentials(g)
			}
			e.Participants = append(e.Participants, event.Participant{Actor: idEmbassyML, Role: tc.role})
			err := g.Validate()
			if tc.rule == "" {
				assert.NoError(t, err)
				return
			}
			errs := fieldErrors(t, err)
			require.Len(t, errs, 1, "one error: %v", err)
			var re *graph.RuleError
			require.ErrorAs(t, errs[0], &re)
			assert.Equal(t, tc.rule, re.Rule)
			assert.ErrorIs(t, errs[0], diplo.ErrInconsistent)
		})
	}
}

// TestValidateAccreditationAllocs checks that the index of envoys'
// tenures is kept from one validation to the next: a valid graph with a
// step of accreditation validates without allocating once the pool is
// warm.
func TestValidateAccreditationAllocs(t *testing.T) {
	if alloctest.Race {
		t.Skip("the race detector makes sync.Pool drop what is put in it")
	}
	g := smallGraph()
	withEmbassy(g)
	require.NoError(t, g.Validate())
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = g.Validate() }))
}

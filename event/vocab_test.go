package event_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/internal/modeltest"
)

// allKinds lists the event kind constants in the order of their
// definition.
var allKinds = []event.Kind{
	event.Summit, event.StateVisit, event.OfficialVisit, event.WorkingVisit, event.Visit,
	event.BilateralTalks, event.MultilateralConference, event.NegotiationRound, event.Mediation,
	event.SigningCeremony, event.PressConference, event.JointPressConference, event.PhoneCall,
	event.VideoCall, event.Communique, event.AgrementRequest, event.Agrement, event.Credentials, event.EstablishRelations,
	event.Summoning, event.Protest, event.RecallAmbassador, event.Expulsion, event.PersonaNonGrata, event.Departure,
	event.SeverRelations, event.Sanctions, event.Ultimatum,
}

// conflictual lists the kinds of conflictual diplomacy.
var conflictual = map[event.Kind]bool{
	event.Summoning: true, event.Protest: true, event.RecallAmbassador: true, event.Expulsion: true,
	event.PersonaNonGrata: true, event.SeverRelations: true, event.Sanctions: true, event.Ultimatum: true,
}

func TestVocabularies(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Kinds(), allKinds, event.Kind.Description)
	})
	t.Run("Statuses", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Statuses(), []event.Status{
			event.Held, event.Planned, event.Postponed, event.Cancelled,
		}, event.Status.Description)
	})
	t.Run("Roles", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Roles(), []event.Role{
			event.Host, event.Guest, event.Participating, event.Chair, event.CoChair, event.Mediator, event.Guarantor,
			event.Facilitator, event.Observer, event.HeadOfDelegation, event.Delegate,
			event.Signatory, event.Witness, event.Speaker, event.Initiator, event.Target, event.Subject,
			event.Sending, event.Receiving, event.EnvoyRole, event.Recipient,
		}, event.Role.Description)
	})
	t.Run("RelationKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.RelationKinds(), []event.RelationKind{
			event.Follows, event.Continues, event.OnSidelinesOf, event.Replaces,
			event.PartOfSeries, event.RespondsTo, event.CausedBy, event.Prepares,
		}, event.RelationKind.Description)
	})
	t.Run("Tones", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Tones(), []event.Tone{event.Positive, event.Neutral, event.Negative}, event.Tone.Description)
	})
	t.Run("Wordings", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.Wordings(), []event.Wording{event.Unpublished, event.NotQuoted}, event.Wording.Description)
	})
	t.Run("StatementKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, event.StatementKinds(), []event.StatementKind{
			event.Quote, event.Remarks, event.JointStatement, event.CommuniqueText,
			event.Readout, event.PressRelease, event.Declaration, event.Letter,
		}, event.StatementKind.Description)
	})
}

func TestIsConflictual(t *testing.T) {
	n := 0
	for _, k := range allKinds {
		assert.Equal(t, conflictual[k], k.IsConflictual(), "%s.IsConflictual()", k)
		if conflictual[k] {
			n++
		}
	}
	assert.Len(t, conflictual, n, "conflictual kinds among the constants")
	assert.False(t, event.Kind("sumit").IsConflictual(), "an unknown kind is conflictual")
}

// TestVocabulariesImmutable checks that a caller who edits a vocabulary
// it got changes nothing the package relies on.
func TestVocabulariesImmutable(t *testing.T) {
	t.Run("Kinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Kinds) })
	t.Run("Statuses", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Statuses) })
	t.Run("Roles", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Roles) })
	t.Run("RelationKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.RelationKinds) })
	t.Run("Tones", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Tones) })
	t.Run("StatementKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.StatementKinds) })
	t.Run("Wordings", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, event.Wordings) })
}

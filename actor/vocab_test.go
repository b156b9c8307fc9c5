package actor_test

import (
	"testing"

	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/internal/modeltest"
)

func TestVocabularies(t *testing.T) {
	t.Run("OrgKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, actor.OrgKinds(), []actor.OrgKind{
			actor.Intergovernmental, actor.Supranational, actor.GovernmentalBody, actor.Commission, actor.Legislature,
			actor.Court, actor.Party, actor.ArmedForces, actor.ArmedGroup, actor.Company,
			actor.NGO, actor.Media, actor.ReligiousBody, actor.OtherOrganization,
		}, actor.OrgKind.Description)
	})
	t.Run("OfficeRoles", func(t *testing.T) {
		modeltest.CheckVocabulary(t, actor.OfficeRoles(), []actor.OfficeRole{
			actor.HeadOfState, actor.HeadOfGovernment, actor.ForeignMinister, actor.Minister,
			actor.Ambassador, actor.ChargeDAffaires, actor.PermanentRep, actor.ConsulGeneral, actor.Consul, actor.Envoy, actor.Diplomat, actor.SecretaryGeneral,
			actor.OrganizationHead, actor.Legislator, actor.MilitaryCommander,
			actor.Spokesperson, actor.OtherRole,
		}, actor.OfficeRole.Description)
	})
	t.Run("Qualifiers", func(t *testing.T) {
		modeltest.CheckVocabulary(t, actor.Qualifiers(), []actor.Qualifier{
			actor.Acting, actor.Interim, actor.Transitional, actor.Designate, actor.Elect, actor.Disputed, actor.NonResident,
		}, actor.Qualifier.Description)
	})
	t.Run("MissionKinds", func(t *testing.T) {
		modeltest.CheckVocabulary(t, actor.MissionKinds(), []actor.MissionKind{
			actor.Embassy, actor.Consulate, actor.PermanentMission, actor.OrganizationDelegation,
			actor.LiaisonOffice, actor.InterestsSection,
		}, actor.MissionKind.Description)
	})
}

// TestVocabulariesImmutable checks that a caller who edits a vocabulary
// it got changes nothing the package relies on.
func TestVocabulariesImmutable(t *testing.T) {
	t.Run("OrgKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, actor.OrgKinds) })
	t.Run("OfficeRoles", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, actor.OfficeRoles) })
	t.Run("Qualifiers", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, actor.Qualifiers) })
	t.Run("MissionKinds", func(t *testing.T) { modeltest.CheckVocabularyImmutable(t, actor.MissionKinds) })
}

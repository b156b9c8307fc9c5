package actor

import "github.com/diplo-go/diplo"

// OrgKind is the kind of an Organization.
type OrgKind string

// The organisation kinds. [OrgKinds] defines each.
const (
	Intergovernmental OrgKind = "intergovernmental"
	GovernmentalBody  OrgKind = "governmental-body"
	Commission        OrgKind = "commission"
	Legislature       OrgKind = "legislature"
	Court             OrgKind = "court"
	Party             OrgKind = "party"
	ArmedForces       OrgKind = "armed-forces"
	ArmedGroup        OrgKind = "armed-group"
	Company           OrgKind = "company"
	NGO               OrgKind = "ngo"
	Media             OrgKind = "media"
	ReligiousBody     OrgKind = "religious-body"
	OtherOrganization OrgKind = "other"
)

// OrgKinds returns the vocabulary that defines every OrgKind.
func OrgKinds() diplo.Vocabulary[OrgKind] { return orgKinds }

// orgKinds is the vocabulary OrgKinds returns.
var orgKinds = diplo.NewVocabulary("organization kind",
	diplo.Define(Intergovernmental, "An organisation whose members are states, such as the United Nations or the African Union."),
	diplo.Define(GovernmentalBody, "A ministry, agency, administration or office of one state's government."),
	diplo.Define(Commission, "A joint or intergovernmental commission set up by states, usually by an accord."),
	diplo.Define(Legislature, "A parliament or one of its chambers."),
	diplo.Define(Court, "A national or international court or tribunal."),
	diplo.Define(Party, "A political party."),
	diplo.Define(ArmedForces, "The armed forces of a state."),
	diplo.Define(ArmedGroup, "A non-state armed group or movement."),
	diplo.Define(Company, "A business enterprise, state-owned or private."),
	diplo.Define(NGO, "A non-governmental organisation."),
	diplo.Define(Media, "A news organisation or agency."),
	diplo.Define(ReligiousBody, "A religious organisation."),
	diplo.Define(OtherOrganization, "An organisation of another kind."),
)

// Description returns the definition of the kind.
func (k OrgKind) Description() string { return orgKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown kinds.
func (k *OrgKind) UnmarshalText(b []byte) error { return orgKinds.Unmarshal(k, b) }

// OfficeRole classifies an Office.
type OfficeRole string

// The office roles. [OfficeRoles] defines each.
const (
	HeadOfState       OfficeRole = "head-of-state"
	HeadOfGovernment  OfficeRole = "head-of-government"
	ForeignMinister   OfficeRole = "foreign-minister"
	Minister          OfficeRole = "minister"
	Ambassador        OfficeRole = "ambassador"
	ChargeDAffaires   OfficeRole = "charge-d-affaires"
	PermanentRep      OfficeRole = "permanent-representative"
	ConsulGeneral     OfficeRole = "consul-general"
	Consul            OfficeRole = "consul"
	Envoy             OfficeRole = "envoy"
	Diplomat          OfficeRole = "diplomat"
	SecretaryGeneral  OfficeRole = "secretary-general"
	OrganizationHead  OfficeRole = "head-of-organization"
	Legislator        OfficeRole = "legislator"
	MilitaryCommander OfficeRole = "military-commander"
	Spokesperson      OfficeRole = "spokesperson"
	OtherRole         OfficeRole = "other"
)

// OfficeRoles returns the vocabulary that defines every OfficeRole.
func OfficeRoles() diplo.Vocabulary[OfficeRole] { return officeRoles }

// officeRoles is the vocabulary OfficeRoles returns.
var officeRoles = diplo.NewVocabulary("office role",
	diplo.Define(HeadOfState, "The head of a state: a president, monarch or head of a transitional authority."),
	diplo.Define(HeadOfGovernment, "The head of a government: a prime minister or chancellor."),
	diplo.Define(ForeignMinister, "The minister in charge of foreign affairs."),
	diplo.Define(Minister, "Another member of a government."),
	diplo.Define(Ambassador, "The head of a diplomatic mission: an ambassador, nuncio or high commissioner accredited to a head of state (VCDR art. 14)."),
	diplo.Define(ChargeDAffaires, "A chargé d'affaires: the head of a mission accredited to a minister for foreign affairs (VCDR art. 14), or, ad interim, the acting head of a mission whose head is absent (VCDR art. 19)."),
	diplo.Define(PermanentRep, "The head of a permanent mission to an international organisation."),
	diplo.Define(ConsulGeneral, "The head of a consulate-general (VCCR art. 9)."),
	diplo.Define(Consul, "The head of a consulate, vice-consulate or consular agency: a consul, vice-consul or consular agent (VCCR art. 9)."),
	diplo.Define(Envoy, "A special envoy or representative."),
	diplo.Define(Diplomat, "Another member of a diplomatic mission."),
	diplo.Define(SecretaryGeneral, "The head of an international organisation's secretariat."),
	diplo.Define(OrganizationHead, "The chair or president of an organisation."),
	diplo.Define(Legislator, "A member of a legislature."),
	diplo.Define(MilitaryCommander, "A commander of armed forces."),
	diplo.Define(Spokesperson, "An official spokesperson."),
	diplo.Define(OtherRole, "An office of another kind."),
)

// Description returns the definition of the role.
func (r OfficeRole) Description() string { return officeRoles.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown roles.
func (r *OfficeRole) UnmarshalText(b []byte) error { return officeRoles.Unmarshal(r, b) }

// Qualifier qualifies a Tenure.
type Qualifier string

// The tenure qualifiers. [Qualifiers] defines each.
const (
	Acting       Qualifier = "acting"
	Interim      Qualifier = "interim"
	Transitional Qualifier = "transitional"
	Designate    Qualifier = "designate"
	Elect        Qualifier = "elect"
	Disputed     Qualifier = "disputed"
	NonResident  Qualifier = "non-resident"
)

// Qualifiers returns the vocabulary that defines every tenure Qualifier.
func Qualifiers() diplo.Vocabulary[Qualifier] { return qualifiers }

// qualifiers is the vocabulary Qualifiers returns.
var qualifiers = diplo.NewVocabulary("tenure qualifier",
	diplo.Define(Acting, "Holds the office temporarily in place of its holder."),
	diplo.Define(Interim, "Holds the office until a regular holder is chosen."),
	diplo.Define(Transitional, "Holds the office during a political transition, under a transitional charter."),
	diplo.Define(Designate, "Chosen for the office but not yet in it."),
	diplo.Define(Elect, "Elected to the office but not yet in it."),
	diplo.Define(Disputed, "The claim to the office is contested."),
	diplo.Define(NonResident, "Holds an envoy's office without residing in the receiving state: accredited from a mission in another state (VCDR art. 5)."),
)

// Description returns the definition of the qualifier.
func (q Qualifier) Description() string { return qualifiers.Description(q) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// qualifiers.
func (q *Qualifier) UnmarshalText(b []byte) error { return qualifiers.Unmarshal(q, b) }

// MissionKind is the kind of a Mission.
type MissionKind string

// The mission kinds. [MissionKinds] defines each; the definitions cite
// the Vienna Conventions on Diplomatic Relations (VCDR, 1961) and on
// Consular Relations (VCCR, 1963).
const (
	Embassy                MissionKind = "embassy"
	Consulate              MissionKind = "consulate"
	PermanentMission       MissionKind = "permanent-mission"
	OrganizationDelegation MissionKind = "organization-delegation"
	LiaisonOffice          MissionKind = "liaison-office"
	InterestsSection       MissionKind = "interests-section"
)

// MissionKinds returns the vocabulary that defines every MissionKind.
func MissionKinds() diplo.Vocabulary[MissionKind] { return missionKinds }

// missionKinds is the vocabulary MissionKinds returns.
var missionKinds = diplo.NewVocabulary("mission kind",
	diplo.Define(Embassy, "A permanent diplomatic mission of one state to another, headed by an ambassador or a chargé d'affaires (VCDR arts. 2, 3 and 14)."),
	diplo.Define(Consulate, "A consular post of one state in another: a consulate-general, consulate, vice-consulate or consular agency (VCCR arts. 1 and 2)."),
	diplo.Define(PermanentMission, "A permanent mission of a state to an international organisation, headed by a permanent representative (Vienna Convention on the Representation of States in their Relations with International Organizations, 1975, art. 1)."),
	diplo.Define(OrganizationDelegation, "A delegation or representation of an international organisation to a state or another organisation, such as a delegation of the European Union."),
	diplo.Define(LiaisonOffice, "A liaison or representative office between sides without full diplomatic relations, or whose relations are not those between states."),
	diplo.Define(InterestsSection, "A section that protects the interests of one state in another, within the embassy of a third, protecting state, after relations were broken (VCDR arts. 45 and 46)."),
)

// Description returns the definition of the kind.
func (k MissionKind) Description() string { return missionKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// kinds.
func (k *MissionKind) UnmarshalText(b []byte) error { return missionKinds.Unmarshal(k, b) }

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
	diplo.Define(Ambassador, "The head of a diplomatic mission."),
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
)

// Description returns the definition of the qualifier.
func (q Qualifier) Description() string { return qualifiers.Description(q) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// qualifiers.
func (q *Qualifier) UnmarshalText(b []byte) error { return qualifiers.Unmarshal(q, b) }

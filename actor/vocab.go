package actor

import "github.com/diplo-go/diplo"

//go:generate go run github.com/diplo-go/diplo/internal/cmd/vocabgen

// OrgKind is the kind of an Organization.
type OrgKind string

// The organisation kinds, each defined by its doc comment; [OrgKinds]
// lists them.
//
//diplo:vocabulary orgKinds "organization kind"
const (
	// An organisation whose members are states, such as the United Nations
	// or the African Union.
	Intergovernmental OrgKind = "intergovernmental"

	// An organisation of states to which they have transferred powers of
	// their own, whose institutions act by majority and whose law binds the
	// states and their people directly, such as the European Union
	// (Treaty on European Union, arts. 1 and 5; Court of Justice, Costa v
	// ENEL, case 6/64, 1964).
	Supranational OrgKind = "supranational"

	// A ministry, agency, administration or office of one state's
	// government.
	GovernmentalBody OrgKind = "governmental-body"

	// A joint or intergovernmental commission set up by states, usually by
	// an accord.
	Commission OrgKind = "commission"

	// A parliament or one of its chambers.
	Legislature OrgKind = "legislature"

	// A national or international court or tribunal.
	Court OrgKind = "court"

	// A political party.
	Party OrgKind = "party"

	// The armed forces of a state.
	ArmedForces OrgKind = "armed-forces"

	// A non-state armed group or movement.
	ArmedGroup OrgKind = "armed-group"

	// A business enterprise, state-owned or private.
	Company OrgKind = "company"

	// A non-governmental organisation.
	NGO OrgKind = "ngo"

	// A news organisation or agency.
	Media OrgKind = "media"

	// A religious organisation.
	ReligiousBody OrgKind = "religious-body"

	// An organisation of another kind.
	OtherOrganization OrgKind = "other"
)

// OrgKinds returns the vocabulary of every OrgKind: the constants, in
// order, each defined by its doc comment.
func OrgKinds() diplo.Vocabulary[OrgKind] { return orgKinds }

// Description returns the definition of the kind.
func (k OrgKind) Description() string { return orgKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown kinds.
func (k *OrgKind) UnmarshalText(b []byte) error { return orgKinds.Unmarshal(k, b) }

// OfficeRole classifies an Office.
type OfficeRole string

// The office roles, each defined by its doc comment; [OfficeRoles] lists
// them.
//
//diplo:vocabulary officeRoles "office role"
const (
	// The head of a state: a president, monarch or head of a transitional
	// authority.
	HeadOfState OfficeRole = "head-of-state"

	// The head of a government: a prime minister or chancellor.
	HeadOfGovernment OfficeRole = "head-of-government"

	// The minister in charge of foreign affairs.
	ForeignMinister OfficeRole = "foreign-minister"

	// Another member of a government.
	Minister OfficeRole = "minister"

	// The head of a diplomatic mission: an ambassador, nuncio or high
	// commissioner accredited to a head of state (VCDR art. 14).
	Ambassador OfficeRole = "ambassador"

	// A chargé d'affaires: the head of a mission accredited to a minister
	// for foreign affairs (VCDR art. 14), or, ad interim, the acting head of
	// a mission whose head is absent (VCDR art. 19).
	ChargeDAffaires OfficeRole = "charge-d-affaires"

	// The head of a permanent mission to an international organisation.
	PermanentRep OfficeRole = "permanent-representative"

	// The head of a consulate-general (VCCR art. 9).
	ConsulGeneral OfficeRole = "consul-general"

	// The head of a consulate, vice-consulate or consular agency: a consul,
	// vice-consul or consular agent (VCCR art. 9).
	Consul OfficeRole = "consul"

	// A special envoy or representative.
	Envoy OfficeRole = "envoy"

	// Another member of a diplomatic mission.
	Diplomat OfficeRole = "diplomat"

	// The head of an international organisation's secretariat.
	SecretaryGeneral OfficeRole = "secretary-general"

	// The chair or president of an organisation.
	OrganizationHead OfficeRole = "head-of-organization"

	// A member of a legislature.
	Legislator OfficeRole = "legislator"

	// A commander of armed forces.
	MilitaryCommander OfficeRole = "military-commander"

	// An official spokesperson.
	Spokesperson OfficeRole = "spokesperson"

	// An office of another kind.
	OtherRole OfficeRole = "other"
)

// OfficeRoles returns the vocabulary of every OfficeRole: the constants, in
// order, each defined by its doc comment.
func OfficeRoles() diplo.Vocabulary[OfficeRole] { return officeRoles }

// Description returns the definition of the role.
func (r OfficeRole) Description() string { return officeRoles.Description(r) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown roles.
func (r *OfficeRole) UnmarshalText(b []byte) error { return officeRoles.Unmarshal(r, b) }

// Qualifier qualifies a Tenure.
type Qualifier string

// The tenure qualifiers, each defined by its doc comment; [Qualifiers]
// lists them.
//
//diplo:vocabulary qualifiers "tenure qualifier"
const (
	// Holds the office temporarily in place of its holder.
	Acting Qualifier = "acting"

	// Holds the office until a regular holder is chosen.
	Interim Qualifier = "interim"

	// Holds the office during a political transition, under a transitional
	// charter.
	Transitional Qualifier = "transitional"

	// Chosen for the office but not yet in it.
	Designate Qualifier = "designate"

	// Elected to the office but not yet in it.
	Elect Qualifier = "elect"

	// The claim to the office is contested.
	Disputed Qualifier = "disputed"

	// Holds an envoy's office without residing in the receiving state:
	// accredited from a mission in another state (VCDR art. 5).
	NonResident Qualifier = "non-resident"
)

// Qualifiers returns the vocabulary of every tenure Qualifier: the constants, in
// order, each defined by its doc comment.
func Qualifiers() diplo.Vocabulary[Qualifier] { return qualifiers }

// Description returns the definition of the qualifier.
func (q Qualifier) Description() string { return qualifiers.Description(q) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// qualifiers.
func (q *Qualifier) UnmarshalText(b []byte) error { return qualifiers.Unmarshal(q, b) }

// MissionKind is the kind of a Mission.
type MissionKind string

// The mission kinds, each defined by its doc comment; [MissionKinds] lists
// them. The definitions cite the Vienna Conventions on Diplomatic
// Relations (VCDR, 1961) and on Consular Relations (VCCR, 1963).
//
//diplo:vocabulary missionKinds "mission kind"
const (
	// A permanent diplomatic mission of one state to another, headed by an
	// ambassador or a chargé d'affaires (VCDR arts. 2, 3 and 14).
	Embassy MissionKind = "embassy"

	// A consular post of one state in another: a consulate-general,
	// consulate, vice-consulate or consular agency (VCCR arts. 1 and 2).
	Consulate MissionKind = "consulate"

	// A permanent mission of a state to an international organisation,
	// headed by a permanent representative (Vienna Convention on the
	// Representation of States in their Relations with International
	// Organizations, 1975, art. 1).
	PermanentMission MissionKind = "permanent-mission"

	// A delegation or representation of an international organisation to a
	// state or another organisation, such as a delegation of the European
	// Union.
	OrganizationDelegation MissionKind = "organization-delegation"

	// A liaison or representative office between sides without full
	// diplomatic relations, or whose relations are not those between states.
	LiaisonOffice MissionKind = "liaison-office"

	// A section that protects the interests of one state in another, within
	// the embassy of a third, protecting state, after relations were broken
	// (VCDR arts. 45 and 46).
	InterestsSection MissionKind = "interests-section"
)

// MissionKinds returns the vocabulary of every MissionKind: the constants, in
// order, each defined by its doc comment.
func MissionKinds() diplo.Vocabulary[MissionKind] { return missionKinds }

// Description returns the definition of the kind.
func (k MissionKind) Description() string { return missionKinds.Description(k) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// kinds.
func (k *MissionKind) UnmarshalText(b []byte) error { return missionKinds.Unmarshal(k, b) }

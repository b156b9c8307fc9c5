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

	// The head of a diplomatic mission.
	Ambassador OfficeRole = "ambassador"

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
)

// Qualifiers returns the vocabulary of every tenure Qualifier: the constants, in
// order, each defined by its doc comment.
func Qualifiers() diplo.Vocabulary[Qualifier] { return qualifiers }

// Description returns the definition of the qualifier.
func (q Qualifier) Description() string { return qualifiers.Description(q) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// qualifiers.
func (q *Qualifier) UnmarshalText(b []byte) error { return qualifiers.Unmarshal(q, b) }

package diplo

import "github.com/diplo-go/diplo/internal/check"

//go:generate go run github.com/diplo-go/diplo/internal/cmd/vocabgen

// Domain is a subject domain of cooperation, of an accord or of talks: a
// controlled vocabulary shared by events (cooperation sectors, topics) and
// accords (subject domains). Free text that fits no domain goes in a Topic's
// Label.
//
// The values follow the subject headings of the United Nations Treaty
// Collection and the sector names used in bilateral cooperation agreements
// and their reporting; each is defined by the doc comment of its constant.
type Domain string

// The domains, each defined by its doc comment; [Domains] lists them.
//
//diplo:vocabulary domains "domain"
const (
	// General principles and framework of bilateral or multilateral
	// relations.
	PoliticalRelations Domain = "political-relations"

	// Trade in goods and services, customs and tariffs.
	Trade Domain = "trade"

	// Economic cooperation in general.
	Economic Domain = "economic"

	// Promotion and protection of investment.
	Investment Domain = "investment"

	// Finance, banking, payments, debt and taxation.
	Finance Domain = "finance"

	// Scientific and technical cooperation and research.
	ScienceTechnology Domain = "science-technology"

	// Peaceful uses of nuclear energy.
	NuclearEnergy Domain = "nuclear-energy"

	// Energy production, supply and infrastructure.
	Energy Domain = "energy"

	// Geological exploration and survey.
	Geology Domain = "geology"

	// Mining, extraction and management of natural resources.
	NaturalResources Domain = "natural-resources"

	// Agriculture, food security and fisheries.
	Agriculture Domain = "agriculture"

	// Industry and manufacturing.
	Industry Domain = "industry"

	// Construction and infrastructure.
	Infrastructure Domain = "infrastructure"

	// Transport by land, sea and air.
	Transport Domain = "transport"

	// Logistics and supply chains.
	Logistics Domain = "logistics"

	// Telecommunications, information technology and the digital economy.
	Telecommunications Domain = "telecommunications"

	// Outer space activities.
	Space Domain = "space"

	// Security, counter-terrorism and policing.
	Security Domain = "security"

	// Military and defence cooperation.
	Defence Domain = "defence"

	// Arms control, disarmament and non-proliferation.
	ArmsControl Domain = "arms-control"

	// Ceasefires, peace settlements and conflict resolution.
	PeaceProcess Domain = "peace-process"

	// Humanitarian aid and projects.
	Humanitarian Domain = "humanitarian"

	// Development assistance.
	Development Domain = "development"

	// Public health and medicine.
	Health Domain = "health"

	// Education and training.
	Education Domain = "education"

	// Culture and cultural exchange.
	Culture Domain = "culture"

	// Sport.
	Sport Domain = "sport"

	// Tourism.
	Tourism Domain = "tourism"

	// Environment and climate.
	Environment Domain = "environment"

	// Migration, visas and consular matters.
	Migration Domain = "migration"

	// Legal assistance, extradition and justice.
	Justice Domain = "justice"

	// Human rights.
	HumanRights Domain = "human-rights"

	// Establishment, conduct or breaking of diplomatic relations and
	// missions.
	DiplomaticRelations Domain = "diplomatic-relations"

	// Creation of joint bodies such as intergovernmental commissions.
	InstitutionBuilding Domain = "institution-building"

	// Media and information.
	Media Domain = "media"

	// Law of the sea, maritime boundaries and navigation.
	MaritimeAffairs Domain = "maritime-affairs"

	// Borders and territory.
	TerritorialQuestions Domain = "territorial-questions"
)

// Domains returns the vocabulary of every Domain: the constants, in
// order, each defined by its doc comment.
func Domains() Vocabulary[Domain] { return domains }

// Description returns the definition of the domain.
func (d Domain) Description() string { return domains.Description(d) }

// Validate reports ErrUnknown for a domain outside Domains.
func (d Domain) Validate() error { return domains.Check(d) }

// UnmarshalText implements encoding.TextUnmarshaler; it rejects unknown
// domains.
func (d *Domain) UnmarshalText(b []byte) error { return domains.Unmarshal(d, b) }

// Topic is a subject: a Domain from the controlled vocabulary, a free-text
// Label, or both (the domain for analysis, the label in the source's words).
type Topic struct {
	Domain Domain `json:"domain,omitempty"`
	Label  Text   `json:"label,omitempty"`
}

// Validate checks that the topic has a domain or a label and that both are
// valid.
func (t Topic) Validate() error {
	var c check.Collector
	if t.Domain == "" && len(t.Label) == 0 {
		c.Add("domain", ErrRequired)
	}
	if t.Domain != "" {
		c.Add("domain", t.Domain.Validate())
	}
	c.Add("label", t.Label.Validate())
	return c.Err()
}

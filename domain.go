package diplo

import "github.com/diplo-go/diplo/internal/check"

// Domain is a subject domain of cooperation, of an accord or of talks: a
// controlled vocabulary shared by events (cooperation sectors, topics) and
// accords (subject domains). Free text that fits no domain goes in a Topic's
// Label.
//
// The values follow the subject headings of the United Nations Treaty
// Collection and the sector names used in bilateral cooperation agreements
// and their reporting; each is defined in [Domains].
type Domain string

// The domains. [Domains] defines each.
const (
	PoliticalRelations   Domain = "political-relations"
	Trade                Domain = "trade"
	Economic             Domain = "economic"
	Investment           Domain = "investment"
	Finance              Domain = "finance"
	ScienceTechnology    Domain = "science-technology"
	NuclearEnergy        Domain = "nuclear-energy"
	Energy               Domain = "energy"
	Geology              Domain = "geology"
	NaturalResources     Domain = "natural-resources"
	Agriculture          Domain = "agriculture"
	Industry             Domain = "industry"
	Infrastructure       Domain = "infrastructure"
	Transport            Domain = "transport"
	Logistics            Domain = "logistics"
	Telecommunications   Domain = "telecommunications"
	Space                Domain = "space"
	Security             Domain = "security"
	Defence              Domain = "defence"
	ArmsControl          Domain = "arms-control"
	PeaceProcess         Domain = "peace-process"
	Humanitarian         Domain = "humanitarian"
	Development          Domain = "development"
	Health               Domain = "health"
	Education            Domain = "education"
	Culture              Domain = "culture"
	Sport                Domain = "sport"
	Tourism              Domain = "tourism"
	Environment          Domain = "environment"
	Migration            Domain = "migration"
	Justice              Domain = "justice"
	HumanRights          Domain = "human-rights"
	DiplomaticRelations  Domain = "diplomatic-relations"
	InstitutionBuilding  Domain = "institution-building"
	Media                Domain = "media"
	MaritimeAffairs      Domain = "maritime-affairs"
	TerritorialQuestions Domain = "territorial-questions"
)

// Domains returns the vocabulary that defines every Domain.
func Domains() Vocabulary[Domain] { return domains }

// domains is the vocabulary Domains returns.
var domains = NewVocabulary("domain",
	Define(PoliticalRelations, "General principles and framework of bilateral or multilateral relations."),
	Define(Trade, "Trade in goods and services, customs and tariffs."),
	Define(Economic, "Economic cooperation in general."),
	Define(Investment, "Promotion and protection of investment."),
	Define(Finance, "Finance, banking, payments, debt and taxation."),
	Define(ScienceTechnology, "Scientific and technical cooperation and research."),
	Define(NuclearEnergy, "Peaceful uses of nuclear energy."),
	Define(Energy, "Energy production, supply and infrastructure."),
	Define(Geology, "Geological exploration and survey."),
	Define(NaturalResources, "Mining, extraction and management of natural resources."),
	Define(Agriculture, "Agriculture, food security and fisheries."),
	Define(Industry, "Industry and manufacturing."),
	Define(Infrastructure, "Construction and infrastructure."),
	Define(Transport, "Transport by land, sea and air."),
	Define(Logistics, "Logistics and supply chains."),
	Define(Telecommunications, "Telecommunications, information technology and the digital economy."),
	Define(Space, "Outer space activities."),
	Define(Security, "Security, counter-terrorism and policing."),
	Define(Defence, "Military and defence cooperation."),
	Define(ArmsControl, "Arms control, disarmament and non-proliferation."),
	Define(PeaceProcess, "Ceasefires, peace settlements and conflict resolution."),
	Define(Humanitarian, "Humanitarian aid and projects."),
	Define(Development, "Development assistance."),
	Define(Health, "Public health and medicine."),
	Define(Education, "Education and training."),
	Define(Culture, "Culture and cultural exchange."),
	Define(Sport, "Sport."),
	Define(Tourism, "Tourism."),
	Define(Environment, "Environment and climate."),
	Define(Migration, "Migration, visas and consular matters."),
	Define(Justice, "Legal assistance, extradition and justice."),
	Define(HumanRights, "Human rights."),
	Define(DiplomaticRelations, "Establishment, conduct or breaking of diplomatic relations and missions."),
	Define(InstitutionBuilding, "Creation of joint bodies such as intergovernmental commissions."),
	Define(Media, "Media and information."),
	Define(MaritimeAffairs, "Law of the sea, maritime boundaries and navigation."),
	Define(TerritorialQuestions, "Borders and territory."),
)

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

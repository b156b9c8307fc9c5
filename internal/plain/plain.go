package plain

// Graph is graph.Graph with every value a string, a map of strings or a
// plain struct.
type Graph struct {
	ID            string            `json:"id,omitempty"`
	Type          string            `json:"type"`
	Title         map[string]string `json:"title,omitempty"`
	Persons       []Person          `json:"persons,omitempty"`
	States        []State           `json:"states,omitempty"`
	Organizations []Organization    `json:"organizations,omitempty"`
	Offices       []Office          `json:"offices,omitempty"`
	Tenures       []Tenure          `json:"tenures,omitempty"`
	Delegations   []Delegation      `json:"delegations,omitempty"`
	Missions      []Mission         `json:"missions,omitempty"`
	Events        []Event           `json:"events,omitempty"`
	Statements    []Statement       `json:"statements,omitempty"`
	Accords       []Accord          `json:"accords,omitempty"`
	Resolutions   []Resolution      `json:"resolutions,omitempty"`
	Votes         []Vote            `json:"votes,omitempty"`
	Sources       []Source          `json:"sources,omitempty"`
}

// Person is actor.Person.
type Person struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	Name        map[string]string `json:"name"`
	Identifiers []string          `json:"identifiers,omitempty"`
	Nationality []string          `json:"nationality,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
	Claims      []Claim           `json:"claims,omitempty"`
}

// State is actor.State.
type State struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	Name        map[string]string `json:"name"`
	Country     string            `json:"country"`
	Identifiers []string          `json:"identifiers,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
}

// Organization is actor.Organization.
type Organization struct {
	ID           string            `json:"id"`
	Type         string            `json:"type"`
	Kind         string            `json:"kind"`
	Name         map[string]string `json:"name"`
	Abbreviation string            `json:"abbreviation,omitempty"`
	Country      string            `json:"country,omitempty"`
	PartOf       string            `json:"partOf,omitempty"`
	Members      []string          `json:"members,omitempty"`
	CreatedBy    string            `json:"createdBy,omitempty"`
	Founded      string            `json:"founded,omitempty"`
	Identifiers  []string          `json:"identifiers,omitempty"`
	Sources      []string          `json:"sources,omitempty"`
	Claims       []Claim           `json:"claims,omitempty"`
}

// Office is actor.Office.
type Office struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	Name        map[string]string `json:"name"`
	Role        string            `json:"role,omitempty"`
	Of          string            `json:"of"`
	Identifiers []string          `json:"identifiers,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
	Claims      []Claim           `json:"claims,omitempty"`
}

// Tenure is actor.Tenure.
type Tenure struct {
	ID           string   `json:"id"`
	Type         string   `json:"type"`
	Person       string   `json:"person"`
	Office       string   `json:"office"`
	Start        string   `json:"startDate,omitempty"`
	End          string   `json:"endDate,omitempty"`
	Qualifiers   []string `json:"qualifiers,omitempty"`
	AccreditedTo []string `json:"accreditedTo,omitempty"`
	Sources      []string `json:"sources,omitempty"`
	Claims       []Claim  `json:"claims,omitempty"`
}

// Mission is actor.Mission.
type Mission struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	Kind        string            `json:"kind"`
	Name        map[string]string `json:"name"`
	Sending     string            `json:"sending"`
	Receiving   string            `json:"receiving"`
	Seat        *Place            `json:"seat,omitempty"`
	Established string            `json:"established,omitempty"`
	Closed      string            `json:"closed,omitempty"`
	Identifiers []string          `json:"identifiers,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
}

// Delegation is actor.Delegation.
type Delegation struct {
	ID         string            `json:"id"`
	Type       string            `json:"type"`
	Name       map[string]string `json:"name,omitempty"`
	Represents string            `json:"represents"`
	Head       string            `json:"head,omitempty"`
	Members    []string          `json:"members,omitempty"`
	Sources    []string          `json:"sources,omitempty"`
}

// Event is event.Event.
type Event struct {
	ID                string             `json:"id"`
	Type              string             `json:"type"`
	Kind              string             `json:"kind"`
	Status            string             `json:"status,omitempty"`
	StatusHistory     []StatusChange     `json:"statusHistory,omitempty"`
	Name              map[string]string  `json:"name,omitempty"`
	Description       map[string]string  `json:"description,omitempty"`
	Start             string             `json:"startDate,omitempty"`
	End               string             `json:"endDate,omitempty"`
	Place             Place              `json:"location,omitzero"`
	Participants      []Participant      `json:"participants,omitempty"`
	Parts             []string           `json:"parts,omitempty"`
	Relations         []EventRelation    `json:"relations,omitempty"`
	Topics            []Topic            `json:"topics,omitempty"`
	Deadlines         []Deadline         `json:"deadlines,omitempty"`
	Quantities        []Quantity         `json:"quantities,omitempty"`
	Outcomes          []string           `json:"outcomes,omitempty"`
	Characterisations []Characterisation `json:"characterisations,omitempty"`
	Identifiers       []string           `json:"identifiers,omitempty"`
	Sources           []string           `json:"sources,omitempty"`
	Claims            []Claim            `json:"claims,omitempty"`
}

// StatusChange is event.StatusChange.
type StatusChange struct {
	Status string `json:"status"`
	Date   string `json:"date,omitempty"`
	Place  Place  `json:"location,omitzero"`
	Attribution
}

// Deadline is event.Deadline.
type Deadline struct {
	Date        string            `json:"date,omitempty"`
	Description map[string]string `json:"description,omitempty"`
	Attribution
}

// Participant is event.Participant.
type Participant struct {
	Actor        string `json:"actor"`
	Role         string `json:"role"`
	Delegation   string `json:"delegation,omitempty"`
	Representing string `json:"representing,omitempty"`
}

// EventRelation is event.Relation.
type EventRelation struct {
	Kind  string `json:"kind"`
	Event string `json:"event"`
}

// Characterisation is event.Characterisation.
type Characterisation struct {
	Term      map[string]string `json:"term"`
	Tone      string            `json:"tone,omitempty"`
	Statement string            `json:"statement,omitempty"`
	Attribution
}

// Statement is event.Statement.
type Statement struct {
	ID       string            `json:"id"`
	Type     string            `json:"type"`
	Kind     string            `json:"kind"`
	Speakers []string          `json:"speakers"`
	Occasion string            `json:"occasion,omitempty"`
	Date     string            `json:"date,omitempty"`
	Title    map[string]string `json:"title,omitempty"`
	Text     map[string]string `json:"text,omitempty"`
	Wording  string            `json:"wording,omitempty"`
	About    []string          `json:"about,omitempty"`
	// Identifiers of the statement.
	Identifiers []string `json:"identifiers,omitempty"`
	Attribution
	Claims []Claim `json:"claims,omitempty"`
}

// Accord is accord.Accord.
type Accord struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	Kind        string            `json:"kind"`
	Title       map[string]string `json:"title"`
	Parties     []string          `json:"parties,omitempty"`
	Signatories []Signatory       `json:"signatories,omitempty"`
	Domains     []Topic           `json:"domains,omitempty"`
	Creates     []string          `json:"creates,omitempty"`
	Actions     []Action          `json:"actions,omitempty"`
	Depositary  string            `json:"depositary,omitempty"`
	Languages   []string          `json:"languages,omitempty"`
	Relations   []AccordRelation  `json:"relations,omitempty"`
	Identifiers []string          `json:"identifiers,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
	Claims      []Claim           `json:"claims,omitempty"`
}

// Signatory is accord.Signatory.
type Signatory struct {
	Person   string `json:"person"`
	Party    string `json:"party,omitempty"`
	Capacity string `json:"capacity,omitempty"`
	Office   string `json:"office,omitempty"`
}

// Action is accord.Action.
type Action struct {
	Kind      string `json:"kind"`
	Date      string `json:"date,omitempty"`
	Effective string `json:"effectiveDate,omitempty"`
	Party     string `json:"party,omitempty"`
	Event     string `json:"event,omitempty"`
	Attribution
}

// AccordRelation is accord.Relation.
type AccordRelation struct {
	Kind   string `json:"kind"`
	Accord string `json:"accord"`
}

// Resolution is decision.Resolution.
type Resolution struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	Kind        string            `json:"kind"`
	Status      string            `json:"status"`
	Symbol      string            `json:"symbol,omitempty"`
	Title       map[string]string `json:"title,omitempty"`
	Body        string            `json:"body"`
	Date        string            `json:"date,omitempty"`
	Text        map[string]string `json:"text,omitempty"`
	Sponsors    []string          `json:"sponsors,omitempty"`
	Method      string            `json:"method,omitempty"`
	Identifiers []string          `json:"identifiers,omitempty"`
	Sources     []string          `json:"sources,omitempty"`
	Claims      []Claim           `json:"claims,omitempty"`
}

// Vote is decision.Vote.
type Vote struct {
	ID          string     `json:"id"`
	Type        string     `json:"type"`
	Motion      string     `json:"motion"`
	Body        string     `json:"body"`
	Event       string     `json:"event,omitempty"`
	Date        string     `json:"date,omitempty"`
	Result      string     `json:"result"`
	Majority    string     `json:"majority,omitempty"`
	Counts      []Count    `json:"counts,omitempty"`
	Positions   []Position `json:"positions,omitempty"`
	Identifiers []string   `json:"identifiers,omitempty"`
	Sources     []string   `json:"sources,omitempty"`
	Claims      []Claim    `json:"claims,omitempty"`
}

// Count is decision.Count.
type Count struct {
	Option string `json:"option"`
	Value  int    `json:"value"`
	Group  string `json:"group,omitempty"`
}

// Position is decision.Position.
type Position struct {
	Voter       string `json:"voter"`
	Option      string `json:"option"`
	Role        string `json:"role,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

// Source is diplo.Source.
type Source struct {
	ID          string            `json:"id"`
	Type        string            `json:"type"`
	URL         string            `json:"url,omitempty"`
	Title       map[string]string `json:"title,omitempty"`
	Publisher   map[string]string `json:"publisher,omitempty"`
	PublisherID string            `json:"publisherId,omitempty"`
	Published   string            `json:"published,omitempty"`
	Language    string            `json:"language,omitempty"`
}

// Attribution is diplo.Attribution.
type Attribution struct {
	Sources []string          `json:"sources,omitempty"`
	By      []string          `json:"by,omitempty"`
	Note    map[string]string `json:"note,omitempty"`
}

// Claim is diplo.Claim.
type Claim struct {
	Property string            `json:"property"`
	Value    map[string]string `json:"value,omitempty"`
	Quantity *Quantity         `json:"quantity,omitempty"`
	Attribution
}

// Quantity is diplo.Quantity.
type Quantity struct {
	Type        string            `json:"type"`
	Amount      string            `json:"amount"`
	Currency    string            `json:"currency,omitempty"`
	Unit        map[string]string `json:"unit,omitempty"`
	Description map[string]string `json:"description,omitempty"`
}

// AdminDivision is diplo.AdminDivision.
type AdminDivision struct {
	Type string            `json:"type"`
	Name map[string]string `json:"name,omitempty"`
	Code string            `json:"code,omitempty"`
}

// Topic is diplo.Topic.
type Topic struct {
	Domain string            `json:"domain,omitempty"`
	Label  map[string]string `json:"label,omitempty"`
}

// Place is diplo.Place.
type Place struct {
	Type        string            `json:"type"`
	Name        map[string]string `json:"name,omitempty"`
	Country     string            `json:"country,omitempty"`
	Admin1      *AdminDivision    `json:"admin1,omitempty"`
	Admin2      *AdminDivision    `json:"admin2,omitempty"`
	GeoNames    string            `json:"geonames,omitempty"`
	Wikidata    string            `json:"wikidata,omitempty"`
	Coordinates *Coordinates      `json:"coordinates,omitempty"`
}

// Coordinates is diplo.Coordinates.
type Coordinates struct {
	Type      string  `json:"type"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

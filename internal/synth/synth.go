package synth

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// RussiaMaliFile is the path, from the module root, of the Russia–Mali
// example record: the official visit of Assimi Goïta to Moscow in June
// 2025, as the example program examples/russia-mali writes it.
const RussiaMaliFile = "examples/russia-mali/testdata/russia-mali.golden.json"

// Load reads the graph file at path and decodes it strictly. It returns the
// graph and the bytes it was decoded from.
func Load(path string) (*graph.Graph, []byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	g, err := graph.UnmarshalStrict(data)
	if err != nil {
		return nil, nil, fmt.Errorf("synth: %s: %w", path, err)
	}
	return g, data, nil
}

// UNMembers lists the ISO 3166-1 alpha-2 codes of the 193 member states of
// the United Nations, in the order of their codes.
var UNMembers = strings.Fields(`
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT
BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC
EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU
ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI
LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ
NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PW PY QA RO RS RU RW SA
SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO
TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW`)

// GroupSize is the number of events of one visit: the visit itself, and
// its talks, signing ceremony and press conference as parts.
const GroupSize = 4

// namespace makes the name-based IDs of generated nodes.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://example.org/diplo/synth/"))

var (
	givenNames  = []string{"Amadou", "Olga", "Kwame", "Ingrid", "Rashid", "Mei", "Carlos", "Aïssata", "Dmitri", "Fatima", "Jean", "Leila", "Tomás", "Nadia", "Kenji", "Ama", "Pierre", "Zainab", "Lars", "Ana"}
	familyNames = []string{"Traoré", "Ivanova", "Mensah", "Lindqvist", "Haddad", "Zhang", "Mendoza", "Diallo", "Petrov", "Benali", "Dupont", "Karimi", "Ferreira", "Okafor", "Tanaka", "Boateng", "Lefèvre", "Sow", "Nilsson", "Costa"}
	domains     = []diplo.Domain{diplo.Trade, diplo.Energy, diplo.Agriculture, diplo.Health, diplo.Education, diplo.Security, diplo.Transport, diplo.Investment, diplo.Culture, diplo.ScienceTechnology}
	accordKinds = []accord.Kind{accord.Agreement, accord.MemorandumOfUnderstanding, accord.FrameworkAgreement, accord.Protocol, accord.JointDeclaration, accord.ActionPlan}
	visitKinds  = []event.Kind{event.OfficialVisit, event.WorkingVisit, event.StateVisit}
	loneKinds   = []event.Kind{event.PhoneCall, event.VideoCall, event.Communique}
)

// state is one generated state and the actors that act for it.
type state struct {
	node       actor.State
	name       diplo.Text // French name, for labels
	head, fm   int        // persons: head of state, foreign minister
	ambassador int
	headOffice diplo.ID
	fmOffice   diplo.ID
	ambOffice  diplo.ID
	// embassy is the state's embassy in the next state, whose head is the
	// ambassador, and accredited the index of that state.
	embassy    diplo.ID
	accredited int
}

// builder holds the graph being generated and its random source.
type builder struct {
	g      *graph.Graph
	rnd    uint64
	states []state
	day    time.Time
	// last is the host and the guest of the last visit.
	last [2]int
	// council is the organisation whose members vote on resolutions, and
	// members the states that sit on it, the permanent ones first.
	council diplo.ID
	members []int
}

// next returns a pseudo-random number (splitmix64), so that the graph
// depends on nothing but the number of events.
func (b *builder) next() uint64 {
	b.rnd += 0x9e3779b97f4a7c15
	z := b.rnd
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (b *builder) intn(n int) int { return int(b.next() % uint64(n)) }

func id(kind string, i int) diplo.ID {
	return diplo.ID(uuid.NewSHA1(namespace, []byte(kind+"/"+strconv.Itoa(i))).URN())
}

func text(pairs ...string) diplo.Text {
	t := make(diplo.Text, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		t[language.MustParse(pairs[i])] = pairs[i+1]
	}
	return t
}

func day(t time.Time) diplo.Date { return diplo.DayOf(t.Year(), t.Month(), t.Day()) }

// Graph returns a valid graph of the given number of events, with the
// actors, statements, accords and sources they need. The same number gives
// the same graph, byte for byte once encoded.
//
// Events come in visits of GroupSize: an official, working or state visit
// between two states, with its talks, its signing ceremony and its press
// conference as parts; every other visit is the return visit of the one
// before. Each visit has two delegations, a statement made at
// the press conference and an accord signed at the ceremony, some of them
// ratified and in force later, some creating a joint commission; the
// remaining events are calls and communiqués between two heads of state.
// States are member states of the United Nations (about one per eight
// events, at least two), each with a head of state, a foreign minister and
// an ambassador, their offices and their tenures. Every event cites a
// source of its own.
func Graph(events int) *graph.Graph {
	b := &builder{
		g:   &graph.Graph{ID: id("graph", events), Title: text("fr", "Relations bilatérales : "+strconv.Itoa(events)+" événements", "en-t-fr", "Bilateral relations: "+strconv.Itoa(events)+" events")},
		rnd: uint64(events),
		day: time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC),
	}
	b.addStates(min(len(UNMembers), max(2, events/8+2)))
	b.addMissions()
	b.addCouncil()
	groups := events / GroupSize
	for i := range groups {
		b.addVisit(i)
	}
	for i := range events - groups*GroupSize {
		b.addLone(i)
	}
	return b.g
}

func (b *builder) addStates(n int) {
	en, fr := display.English.Regions(), display.French.Regions()
	for i := range n {
		code := UNMembers[(i*37)%len(UNMembers)] // spread over the alphabet
		r := language.MustParseRegion(code)
		c := diplo.Country(code)
		s := state{node: actor.State{
			ID:          actor.StateID(c),
			Name:        text("fr", fr.Name(r), "en", en.Name(r)),
			Country:     c,
			Identifiers: []diplo.Identifier{c.Identifier()},
		}}
		s.name = text("fr", fr.Name(r))
		b.g.States = append(b.g.States, s.node)
		s.headOffice = b.addOffice(s, actor.HeadOfState, "chef de l’État", "Head of State")
		s.fmOffice = b.addOffice(s, actor.ForeignMinister, "ministre des Affaires étrangères", "Minister of Foreign Affairs")
		s.ambOffice = b.addOffice(s, actor.Ambassador, "ambassadeur", "Ambassador")
		s.head = b.addPerson(c, s.headOffice, i, nil)
		s.fm = b.addPerson(c, s.fmOffice, i, nil)
		var q []actor.Qualifier
		if i%5 == 0 {
			q = []actor.Qualifier{actor.Interim}
		}
		s.ambassador = b.addPerson(c, s.ambOffice, i, q)
		b.states = append(b.states, s)
	}
}

// addMissions gives each state an embassy in the next state of the list
// (the last in the first), headed by its ambassador, whose office becomes
// the mission's.
func (b *builder) addMissions() {
	for i := range b.states {
		s := &b.states[i]
		j := (i + 1) % len(b.states)
		recv := &b.states[j]
		m := actor.Mission{
			ID:        id("mission", i),
			Kind:      actor.Embassy,
			Name:      text("fr", "Ambassade ("+s.name.String()+") en "+recv.name.String()),
			Sending:   s.node.ID,
			Receiving: recv.node.ID,
			Seat:      diplo.Place{Name: text("fr", "Capitale ("+recv.name.String()+")"), Country: recv.node.Country},
		}
		b.g.Missions = append(b.g.Missions, m)
		for k := range b.g.Offices {
			if b.g.Offices[k].ID == s.ambOffice {
				b.g.Offices[k].Of = m.ID
			}
		}
		s.embassy, s.accredited = m.ID, j
	}
}

// addCouncil adds the council whose members vote on resolutions: up to
// fifteen states, of which up to five permanent members.
func (b *builder) addCouncil() {
	n := min(15, len(b.states))
	o := actor.Organization{
		ID:   id("organization", len(b.g.Organizations)),
		Kind: actor.Intergovernmental,
		Name: text("fr", "Conseil", "en-t-fr", "Council"),
	}
	for i := range n {
		k := (i * 7) % len(b.states) // spread over the states
		for slices.Contains(b.members, k) {
			k = (k + 1) % len(b.states)
		}
		b.members = append(b.members, k)
		o.Members = append(o.Members, b.states[k].node.ID)
	}
	b.g.Organizations = append(b.g.Organizations, o)
	b.council = o.ID
}

func (b *builder) addOffice(s state, role actor.OfficeRole, fr, en string) diplo.ID {
	i := len(b.g.Offices)
	o := actor.Office{
		ID:   id("office", i),
		Name: text("fr", fr+" ("+s.name.String()+")", "en", en+" ("+s.node.Name[language.English]+")"),
		Role: role,
		Of:   s.node.ID,
	}
	b.g.Offices = append(b.g.Offices, o)
	return o.ID
}

func (b *builder) addPerson(c diplo.Country, office diplo.ID, n int, q []actor.Qualifier) int {
	i := len(b.g.Persons)
	name := givenNames[b.intn(len(givenNames))] + " " + familyNames[b.intn(len(familyNames))]
	b.g.Persons = append(b.g.Persons, actor.Person{
		ID:          id("person", i),
		Name:        text("fr", name),
		Nationality: []diplo.Country{c},
	})
	start := time.Date(1990+b.intn(10), time.Month(1+b.intn(12)), 1+b.intn(28), 0, 0, 0, 0, time.UTC)
	b.g.Tenures = append(b.g.Tenures, actor.Tenure{
		ID:         id("tenure", i),
		Person:     id("person", i),
		Office:     office,
		Start:      day(start),
		Qualifiers: q,
	})
	return i
}

// pair picks two different states.
func (b *builder) pair() (host, guest int) {
	h := b.intn(len(b.states))
	g := b.intn(len(b.states) - 1)
	if g >= h {
		g++
	}
	return h, g
}

func (b *builder) addSource(t time.Time, title string) diplo.ID {
	i := len(b.g.Sources)
	s := diplo.Source{
		ID:        id("source", i),
		URL:       "https://news.example.org/" + t.Format("2006/01/02") + "/article-" + strconv.Itoa(i),
		Title:     text("fr", title),
		Published: day(t),
		Language:  language.French,
	}
	b.g.Sources = append(b.g.Sources, s)
	return s.ID
}

func (b *builder) person(i int) diplo.ID { return b.g.Persons[i].ID }

func (b *builder) addEvent(e event.Event, title string) diplo.ID {
	e.ID = id("event", len(b.g.Events))
	t := time.Date(e.Start.Year(), e.Start.Month(), e.Start.Day(), 0, 0, 0, 0, time.UTC)
	e.Sources = append(e.Sources, b.addSource(t, title))
	b.g.Events = append(b.g.Events, e)
	return e.ID
}

// addVisit adds visit n: the visit, its three parts, two delegations, a
// statement and an accord.
//
// Visits are returned: the guest of an even visit hosts the next one, which
// follows it.
func (b *builder) addVisit(n int) {
	h, g := b.pair()
	if n%2 == 1 {
		h, g = b.last[1], b.last[0]
	}
	b.last = [2]int{h, g}
	host, guest := &b.states[h], &b.states[g]
	start := b.day
	b.day = b.day.AddDate(0, 0, 1+b.intn(3))
	first, end := start.AddDate(0, 0, 1), start.AddDate(0, 0, 2)
	hostHead, guestHead := b.person(host.head), b.person(guest.head)

	dels := [2]diplo.ID{}
	for k, s := range []*state{host, guest} {
		d := actor.Delegation{
			ID:         id("delegation", len(b.g.Delegations)),
			Represents: s.node.ID,
			Head:       b.person(s.head),
			Members:    []diplo.ID{b.person(s.fm), b.person(s.ambassador)},
		}
		if k == 1 {
			d.Name = text("fr", "Délégation : "+s.name.String())
		}
		b.g.Delegations = append(b.g.Delegations, d)
		dels[k] = d.ID
	}
	label := guest.name.String() + " – " + host.name.String()
	place := diplo.Place{Name: text("fr", "Capitale ("+host.name.String()+")"), Country: host.node.Country}
	topic := func() []diplo.Topic {
		d := domains[b.intn(len(domains))]
		return []diplo.Topic{{Domain: d}, {Domain: diplo.PoliticalRelations, Label: text("fr", "relations bilatérales")}}
	}

	talks := b.addEvent(event.Event{
		Kind: event.BilateralTalks, Status: event.Held, Start: day(first),
		Name:  text("fr", "Entretiens "+label),
		Place: place,
		Participants: []event.Participant{
			{Actor: hostHead, Role: event.Host, Delegation: dels[0]},
			{Actor: guestHead, Role: event.Guest, Delegation: dels[1]},
			{Actor: b.person(host.fm), Role: event.Delegate, Representing: host.node.ID},
			{Actor: b.person(guest.fm), Role: event.Delegate, Representing: guest.node.ID},
		},
		Topics:      topic(),
		Identifiers: []diplo.Identifier{{Scheme: diplo.GDELT, Value: strconv.Itoa(400000000 + n)}},
	}, "Entretiens "+label)
	src := b.g.Sources[len(b.g.Sources)-1].ID
	b.g.Events[len(b.g.Events)-1].Characterisations = []event.Characterisation{{
		Term: text("fr", "constructifs", "en-t-fr", "constructive"), Tone: event.Positive,
		Attribution: diplo.Attribution{By: []diplo.ID{host.node.ID, guest.node.ID}, Sources: []diplo.ID{src}},
	}}

	signing := b.addEvent(event.Event{
		Kind: event.SigningCeremony, Start: day(first), Place: place,
		Participants: []event.Participant{
			{Actor: dels[0], Role: event.Host},
			{Actor: dels[1], Role: event.Guest},
			{Actor: hostHead, Role: event.Signatory, Delegation: dels[0]},
			{Actor: guestHead, Role: event.Signatory, Delegation: dels[1]},
		},
	}, "Signature d’accords "+label)
	press := b.addEvent(event.Event{
		Kind: event.JointPressConference, Start: day(first), Place: place,
		Participants: []event.Participant{
			{Actor: hostHead, Role: event.Speaker, Representing: host.node.ID},
			{Actor: guestHead, Role: event.Speaker, Representing: guest.node.ID},
		},
	}, "Conférence de presse "+label)

	acc := b.addAccord(n, host, guest, signing, first)

	visit := event.Event{
		Kind: visitKinds[b.intn(len(visitKinds))], Status: event.Held,
		Name:        text("fr", "Visite "+label, "en-t-fr", "Visit "+guest.node.Name[language.English]+" – "+host.node.Name[language.English]),
		Description: text("fr", "Délégation : "+guest.name.String()+" ; pays hôte : "+host.name.String()+"."),
		Start:       day(start), End: day(end), Place: place,
		Participants: []event.Participant{
			{Actor: hostHead, Role: event.Host, Delegation: dels[0]},
			{Actor: guestHead, Role: event.Guest, Delegation: dels[1]},
			{Actor: dels[0], Role: event.Host},
			{Actor: dels[1], Role: event.Guest},
		},
		Parts:    []diplo.ID{talks, signing, press},
		Topics:   topic(),
		Outcomes: []diplo.ID{acc},
	}
	// The guest's embassy takes part where the host receives it.
	if guest.accredited == h {
		visit.Participants = append(visit.Participants, event.Participant{Actor: guest.embassy, Role: event.Participating, Representing: guest.node.ID})
	}
	// A return visit follows the visit it returns.
	if n%2 == 1 {
		visit.Relations = []event.Relation{{Kind: event.Follows, Event: b.g.Events[len(b.g.Events)-GroupSize].ID}}
	}
	if n%3 == 0 {
		visit.Claims = []diplo.Claim{{
			Property: "kind", Value: text("fr", "visite d’État"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{src}, Note: text("fr", "selon la presse locale")},
		}}
	}
	b.addEvent(visit, "Visite "+label)

	if n%4 == 0 {
		b.addResolution(n, host, guest, first, src)
	}

	b.g.Statements = append(b.g.Statements, event.Statement{
		ID:       id("statement", len(b.g.Statements)),
		Kind:     event.Quote,
		Speakers: []diplo.ID{guestHead},
		Occasion: press,
		Date:     day(first),
		Text: text("fr", "Nos deux pays ont obtenu des résultats concrets dans le domaine de la coopération.",
			"en-t-fr", "Our two countries have achieved concrete results in cooperation."),
		About:       []diplo.ID{host.node.ID, guest.node.ID},
		Attribution: diplo.Attribution{Sources: []diplo.ID{src}},
	})
}

// addAccord adds the accord signed at the ceremony of visit n, with a
// commission created by every fifth one.
func (b *builder) addAccord(n int, host, guest *state, signing diplo.ID, on time.Time) diplo.ID {
	a := accord.Accord{
		ID:      id("accord", len(b.g.Accords)),
		Kind:    accordKinds[b.intn(len(accordKinds))],
		Title:   text("fr", "Accord de coopération entre "+host.name.String()+" et "+guest.name.String()),
		Parties: []diplo.ID{host.node.ID, guest.node.ID},
		Signatories: []accord.Signatory{
			{Person: b.person(host.head), Party: host.node.ID, Office: host.headOffice},
			{Person: b.person(guest.head), Party: guest.node.ID, Office: guest.headOffice},
		},
		Domains:   []diplo.Topic{{Domain: domains[b.intn(len(domains))]}},
		Languages: []language.Tag{language.French, language.English},
	}
	src := b.g.Sources[len(b.g.Sources)-1].ID
	for _, p := range a.Parties {
		a.Actions = append(a.Actions, accord.Action{Kind: accord.Signature, Date: day(on), Party: p, Event: signing,
			Attribution: diplo.Attribution{Sources: []diplo.ID{src}}})
	}
	// Every other accord is ratified by both parties and enters into force.
	if n%2 == 0 {
		for k, p := range a.Parties {
			a.Actions = append(a.Actions, accord.Action{Kind: accord.Ratification, Date: day(on.AddDate(0, 2+k, 0)), Party: p})
		}
		a.Actions = append(a.Actions, accord.Action{Kind: accord.EntryIntoForce, Date: day(on.AddDate(0, 4, 0))})
	}
	if n%5 == 0 {
		o := actor.Organization{
			ID:        id("organization", len(b.g.Organizations)),
			Kind:      actor.Commission,
			Name:      text("fr", "Commission intergouvernementale "+host.name.String()+" – "+guest.name.String()),
			Members:   []diplo.ID{host.node.ID, guest.node.ID},
			CreatedBy: a.ID,
			Founded:   day(on),
		}
		b.g.Organizations = append(b.g.Organizations, o)
		a.Creates = []diplo.ID{o.ID}
	}
	b.g.Accords = append(b.g.Accords, a)
	return a.ID
}

// addResolution adds a draft resolution of the council on the relations
// of the two states of visit n, and the council's vote on it: each member
// votes yes, no or abstains, a permanent member's no being a veto; the
// draft is adopted by at least three fifths of the members (nine of
// fifteen) without a veto, and rejected otherwise.
func (b *builder) addResolution(n int, host, guest *state, on time.Time, src diplo.ID) {
	k := len(b.g.Resolutions)
	sponsor := b.states[b.members[n%len(b.members)]].node.ID
	r := decision.Resolution{
		ID:       id("resolution", k),
		Kind:     decision.ResolutionKind,
		Symbol:   "S/" + strconv.Itoa(on.Year()) + "/" + strconv.Itoa(k+1),
		Title:    text("fr", "Projet de résolution sur les relations entre "+host.name.String()+" et "+guest.name.String()),
		Body:     b.council,
		Date:     day(on),
		Sponsors: []diplo.ID{sponsor},
		Method:   decision.ByVote,
		Sources:  []diplo.ID{src},
	}
	v := decision.Vote{
		ID:       id("vote", k),
		Motion:   r.ID,
		Body:     b.council,
		Date:     day(on),
		Majority: decision.ConcurringPermanent,
		Sources:  []diplo.ID{src},
	}
	permanent := min(5, len(b.members))
	var yes, no, abstain int
	vetoed := false
	for i, m := range b.members {
		p := decision.Position{Voter: b.states[m].node.ID, Role: decision.ElectedMember}
		if i < permanent {
			p.Role = decision.PermanentMember
		}
		switch x := b.intn(10); {
		case x < 7:
			p.Option, yes = decision.Yes, yes+1
		case x < 8:
			p.Option, no = decision.No, no+1
			if p.Role == decision.PermanentMember {
				p.Option, vetoed = decision.Veto, true
			}
		default:
			p.Option, abstain = decision.Abstain, abstain+1
		}
		v.Positions = append(v.Positions, p)
	}
	v.Counts = []decision.Count{{Option: decision.Yes, Value: yes}, {Option: decision.No, Value: no}, {Option: decision.Abstain, Value: abstain}}
	if !vetoed && 5*yes >= 3*len(b.members) {
		r.Status, v.Result = decision.Adopted, decision.ResultAdopted
		r.Symbol = "S/RES/" + strconv.Itoa(k+1) + " (" + strconv.Itoa(on.Year()) + ")"
	} else {
		r.Status, v.Result = decision.Rejected, decision.ResultRejected
	}
	b.g.Resolutions = append(b.g.Resolutions, r)
	b.g.Votes = append(b.g.Votes, v)
}

// addLone adds a call or communiqué between two heads of state.
func (b *builder) addLone(n int) {
	h, g := b.pair()
	host, guest := &b.states[h], &b.states[g]
	b.addEvent(event.Event{
		Kind: loneKinds[n%len(loneKinds)], Status: event.Held, Start: day(b.day),
		Participants: []event.Participant{
			{Actor: b.person(host.head), Role: event.Participating, Representing: host.node.ID},
			{Actor: b.person(guest.head), Role: event.Participating, Representing: guest.node.ID},
		},
	}, "Échange entre "+host.name.String()+" et "+guest.name.String())
	b.day = b.day.AddDate(0, 0, 1)
}

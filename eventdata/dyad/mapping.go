package dyad

import (
	"maps"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
)

// Coding is how a kind of the diplo model is coded in the event datasets:
// the CAMEO event codes it projects to and the PLOVER event type and mode.
// PLOVER codes come from the CAMEO→PLOVER mapping of the PLOVER project
// where it covers the code; Note says where the coding departs from the
// plain reading of the CAMEO manual, or why a field is empty.
type Coding struct {
	// CAMEO is the main event code, with leading zeros.
	CAMEO string
	// Reverse is the code of the reverse dyad when the event is coded
	// twice with the actors swapped and a different code (a visit is 042
	// from the guest, 043 from the host). Empty for reciprocal events,
	// which use CAMEO both ways, and for one-way events.
	Reverse string
	// Reciprocal says that the event is coded in both directions with the
	// same code (talks, calls, signings).
	Reciprocal bool
	// From and To, when set, are the roles of the source and the target
	// of a one-way code between the typed sides of a step of
	// accreditation: an agrément goes from the receiving side to the
	// sending side.
	From, To event.Role
	// PLOVER event type and mode of the main code.
	PLOVEREvent, PLOVERMode string
	// Note documents the choice.
	Note string
}

// KindCodings returns the coding of every event kind, keyed by kind. A
// test fails when a kind of event.Kinds() has no entry.
//
// Sources: the CAMEO 1.1b3 manual's definitions and usage notes (for
// instance, 161 "Reduce or break diplomatic relations" covers the
// withdrawal or expulsion of diplomats and the cancellation of meetings;
// 057 "Sign formal agreement" is typically reciprocal) and the PLOVER
// manual and its CAMEO mapping (signing is SUPPORT in the diplomatic
// context; statements, CAMEO roots 01 and 02, have no PLOVER event).
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func KindCodings() map[event.Kind]Coding { return maps.Clone(kindCodings) }

// kindCodings is the table KindCodings returns.
var kindCodings = map[event.Kind]Coding{
	event.Summit:                 {CAMEO: "043", Reverse: "042", PLOVEREvent: "CONSULT", PLOVERMode: "visit", Note: "with a host: 043 from the host, 042 from each guest; without one, 044 (meet at a third location) between the parties"},
	event.StateVisit:             {CAMEO: "042", Reverse: "043", PLOVEREvent: "CONSULT", PLOVERMode: "visit", Note: "042 from the guest to the host, 043 from the host to the guest"},
	event.OfficialVisit:          {CAMEO: "042", Reverse: "043", PLOVEREvent: "CONSULT", PLOVERMode: "visit", Note: "042 from the guest to the host, 043 from the host to the guest"},
	event.WorkingVisit:           {CAMEO: "042", Reverse: "043", PLOVEREvent: "CONSULT", PLOVERMode: "visit", Note: "042 from the guest to the host, 043 from the host to the guest"},
	event.Visit:                  {CAMEO: "042", Reverse: "043", PLOVEREvent: "CONSULT", PLOVERMode: "visit", Note: "042 from the guest to the host, 043 from the host to the guest"},
	event.BilateralTalks:         {CAMEO: "046", Reciprocal: true, PLOVEREvent: "CONSULT", Note: "the CAMEO manual treats holding talks as negotiation (046), coded both ways"},
	event.MultilateralConference: {CAMEO: "044", Reciprocal: true, PLOVEREvent: "CONSULT", PLOVERMode: "third-party", Note: "meeting at a third location; 043/042 when a participant hosts"},
	event.NegotiationRound:       {CAMEO: "046", Reciprocal: true, PLOVEREvent: "CONSULT"},
	event.Mediation:              {CAMEO: "045", PLOVEREvent: "CONSULT", Note: "045 from the mediator to each party; the parties negotiate with each other (046)"},
	event.SigningCeremony:        {CAMEO: "057", Reciprocal: true, PLOVEREvent: "SUPPORT", Note: "one 057 per accord signed and ordered pair of parties; PLOVER SUPPORT (the manual: ratify, sign, or finalize an agreement), contexts diplomatic plus the accord's domains"},
	event.PressConference:        {CAMEO: "010", PLOVEREvent: "", Note: "a statement; PLOVER codes no statements (CAMEO root 01 is unmapped); projected through its statements"},
	event.JointPressConference:   {CAMEO: "010", PLOVEREvent: "", Note: "a statement; projected through its statements"},
	event.PhoneCall:              {CAMEO: "041", Reciprocal: true, PLOVEREvent: "CONSULT", PLOVERMode: "phone"},
	event.VideoCall:              {CAMEO: "041", Reciprocal: true, PLOVEREvent: "CONSULT", PLOVERMode: "phone", Note: "CAMEO has no code for video calls; coded as a telephone discussion"},
	event.Communique:             {CAMEO: "010", PLOVEREvent: "", Note: "a statement; PLOVER codes no statements"},
	event.AgrementRequest:        {CAMEO: "022", From: event.Sending, To: event.Receiving, Note: "an appeal for diplomatic cooperation (022), from the sending side to the receiving side; the PLOVER mapping has no appeals"},
	event.Agrement:               {CAMEO: "050", From: event.Receiving, To: event.Sending, PLOVEREvent: "SUPPORT", Note: "the receiving side's consent is diplomatic cooperation (050), from it to the sending side"},
	event.Credentials:            {CAMEO: "050", Reciprocal: true, PLOVEREvent: "SUPPORT", Note: "routine diplomatic cooperation (050), between the sending and the receiving side"},
	event.EstablishRelations:     {CAMEO: "054", Reciprocal: true, PLOVEREvent: "SUPPORT", Note: "054 covers the initiation of diplomatic ties"},
	event.Summoning:              {CAMEO: "114", PLOVEREvent: "ACCUSE", PLOVERMode: "allege", Note: "an official complaint, from the summoning state to the summoned"},
	event.Protest:                {CAMEO: "114", PLOVEREvent: "ACCUSE", PLOVERMode: "allege"},
	event.RecallAmbassador:       {CAMEO: "161", From: event.Sending, To: event.Receiving, PLOVEREvent: "SANCTION", PLOVERMode: "withdraw", Note: "the CAMEO manual: when diplomats are withdrawn or expelled, use 161; from the sending side to the receiving side"},
	event.Expulsion:              {CAMEO: "161", PLOVEREvent: "SANCTION", PLOVERMode: "withdraw", Note: "the CAMEO manual: when diplomats are withdrawn or expelled, use 161 (not 166)"},
	event.PersonaNonGrata:        {CAMEO: "161", From: event.Receiving, To: event.Sending, PLOVEREvent: "SANCTION", PLOVERMode: "withdraw", Note: "a declaration of persona non grata expels a diplomat: the CAMEO manual's 161 (not 166), from the receiving side to the sending side"},
	event.Departure:              {Note: "not coded: CAMEO and PLOVER have no code for the end of an envoy's functions, which is routine"},
	event.SeverRelations:         {CAMEO: "161", PLOVEREvent: "SANCTION", PLOVERMode: "withdraw"},
	event.Sanctions:              {CAMEO: "163", PLOVEREvent: "COERCE", PLOVERMode: "restrict"},
	event.Ultimatum:              {CAMEO: "139", PLOVEREvent: "THREATEN", Note: "CAMEO 139 give ultimatum"},
}

// StatusCodings returns, for the event statuses other than held, the
// coding of the announcement: a planned meeting is an expressed intent to meet (036), a
// cancelled one a reduction of relations (161, which the CAMEO manual
// gives for cancelled meetings). A postponed event is not coded: a
// postponement is neither.
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func StatusCodings() map[event.Status]Coding { return maps.Clone(statusCodings) }

// statusCodings is the table StatusCodings returns.
var statusCodings = map[event.Status]Coding{
	event.Planned:   {CAMEO: "036", Reciprocal: true, PLOVEREvent: "AGREE", Note: "express intent to meet or negotiate"},
	event.Cancelled: {CAMEO: "161", PLOVEREvent: "SANCTION", PLOVERMode: "withdraw", Note: "the CAMEO manual codes cancelled meetings as 161"},
}

// StatementCodings returns the coding of every statement kind. PLOVER has
// no event type for statements.
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func StatementCodings() map[event.StatementKind]Coding { return maps.Clone(statementCodings) }

// statementCodings is the table StatementCodings returns.
var statementCodings = map[event.StatementKind]Coding{
	event.Quote:          {CAMEO: "010", Note: "make statement"},
	event.Remarks:        {CAMEO: "010", Note: "make statement"},
	event.JointStatement: {CAMEO: "010", Note: "make statement, once per speaker"},
	event.CommuniqueText: {CAMEO: "010", Note: "make statement"},
	event.Readout:        {CAMEO: "010", Note: "make statement"},
	event.PressRelease:   {CAMEO: "010", Note: "make statement"},
	event.Declaration:    {CAMEO: "010", Note: "make statement"},
	event.Letter:         {CAMEO: "010", Note: "make statement"},
}

// RoleSides returns on which side of a dyad each participant role stands:
// Source for roles that act (a host hosts, a guest visits, a mediator
// mediates, an initiator expels), Target for roles acted upon, and Party
// for roles that take part on an equal footing (coded both ways). Roles
// mapped to None are not projected (observers, witnesses and delegates
// act through their head or their state).
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func RoleSides() map[event.Role]Side { return maps.Clone(roleSides) }

// roleSides is the table RoleSides returns.
var roleSides = map[event.Role]Side{
	event.Host:             Party,
	event.Guest:            Party,
	event.Participating:    Party,
	event.Chair:            Party,
	event.CoChair:          Party,
	event.Mediator:         Source,
	event.Guarantor:        None,
	event.Facilitator:      Source,
	event.Observer:         None,
	event.HeadOfDelegation: Party,
	event.Delegate:         None,
	event.Signatory:        Party,
	event.Witness:          None,
	event.Speaker:          Party,
	event.Initiator:        Source,
	event.Target:           Target,
	event.Subject:          None,
	event.Sending:          Party,
	event.Receiving:        Party,
	event.EnvoyRole:        None,
	event.Recipient:        None,
}

// Side is the side of a dyad a participant role stands on.
type Side int

// The sides.
const (
	None Side = iota
	Source
	Target
	Party
)

// DomainContexts returns the PLOVER context of accord and event domains (the
// PLOVER manual's table of general contexts). Domains with no matching
// context (culture, education, sport, media) map to none; the projection
// adds "diplomatic" to every diplomatic event.
//
// It returns a new map on each call: editing it changes nothing in the
// library, which reads its own copy.
func DomainContexts() map[diplo.Domain]string { return maps.Clone(domainContexts) }

// domainContexts is the table DomainContexts returns.
var domainContexts = map[diplo.Domain]string{
	diplo.PoliticalRelations:   "diplomatic",
	diplo.Trade:                "economic",
	diplo.Economic:             "economic",
	diplo.Investment:           "economic",
	diplo.Finance:              "economic",
	diplo.ScienceTechnology:    "technology",
	diplo.NuclearEnergy:        "technology",
	diplo.Energy:               "natural_resource",
	diplo.Geology:              "natural_resource",
	diplo.NaturalResources:     "natural_resource",
	diplo.Agriculture:          "economic",
	diplo.Industry:             "economic",
	diplo.Infrastructure:       "economic",
	diplo.Transport:            "economic",
	diplo.Logistics:            "economic",
	diplo.Telecommunications:   "technology",
	diplo.Space:                "technology",
	diplo.Security:             "terrorism",
	diplo.Defence:              "military",
	diplo.ArmsControl:          "military",
	diplo.PeaceProcess:         "peacekeeping",
	diplo.Humanitarian:         "human_security",
	diplo.Development:          "economic",
	diplo.Health:               "health",
	diplo.Tourism:              "economic",
	diplo.Environment:          "environment",
	diplo.Migration:            "migration",
	diplo.Justice:              "legal",
	diplo.HumanRights:          "human_rights",
	diplo.DiplomaticRelations:  "diplomatic",
	diplo.InstitutionBuilding:  "political_institutions",
	diplo.MaritimeAffairs:      "territory",
	diplo.TerritorialQuestions: "territory",
}

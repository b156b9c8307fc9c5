package plover

import "slices"

// EventType is a PLOVER event category: what happened. The sixteen
// categories of the PLOVER manual are the constants below, listed in
// AllEventTypes; records of earlier PLOVER drafts carry other names, which
// Canonical translates.
type EventType string

// The PLOVER event categories, in the manual's order. Each comment
// summarises the manual's definition; Definition gives it in full.
const (
	// Agree: agree to, offer, promise, or otherwise indicate willingness
	// or commitment to cooperate, including promises to sign or ratify
	// agreements.
	Agree EventType = "AGREE"
	// Consult: all consultations and meetings: this includes visiting and
	// hosting visits, as well as meeting at a neutral location, and
	// consultation by phone or other media.
	Consult EventType = "CONSULT"
	// Support: initiate, resume, improve, or expand diplomatic,
	// non-material cooperation; express support for, commend, approve
	// policy, action, or actor, or ratify, sign, or finalize an agreement
	// or treaty.
	Support EventType = "SUPPORT"
	// Concede: verbal concessions which have no immediate material
	// consequences, including the promise of future concessions.
	Concede EventType = "CONCEDE"
	// Cooperate: initiate, resume, improve, or expand mutual material
	// cooperation or exchange.
	Cooperate EventType = "COOPERATE"
	// Aid: all provisions of providing material aid whose material
	// benefits primarily accrue to the recipient.
	Aid EventType = "AID"
	// Retreat: events which have an immediate (not simply promised)
	// material consequence, such as the release of prisoners, disarming,
	// observing a ceasefire, a military retreat, or a resignation.
	Retreat EventType = "RETREAT"
	// Request: all requests, demands, and orders.
	Request EventType = "REQUEST"
	// Accuse: express disapprovals, objections, and complaints; accuse,
	// allege, or charge; sue or bring to court; all investigations.
	Accuse EventType = "ACCUSE"
	// Reject: all rejections and refusals.
	Reject EventType = "REJECT"
	// Threaten: all threats, coercive or forceful warnings with serious
	// potential repercussions.
	Threaten EventType = "THREATEN"
	// Protest: all civilian demonstrations and other collective actions
	// carried out as protests against the recipient.
	Protest EventType = "PROTEST"
	// Sanction: all reductions in existing, routine, or cooperative
	// relations.
	Sanction EventType = "SANCTION"
	// Mobilize: all military or police moves that fall short of the
	// actual use of force.
	Mobilize EventType = "MOBILIZE"
	// Coerce: repression, restrictions on rights, or coercive uses of
	// power falling short of violence.
	Coerce EventType = "COERCE"
	// Assault: deliberate actions which can potentially result in
	// substantial physical harm.
	Assault EventType = "ASSAULT"
)

// Names of earlier PLOVER drafts, found in the 2016 gold-standard records
// (PLOVER 0.5b1). Canonical gives their current names.
const (
	// Demand is the earlier name of REQUEST (CAMEO root 10, DEMAND).
	//
	// Deprecated: use Request.
	Demand EventType = "DEMAND"
	// Disapprove is the earlier name of ACCUSE for disapproval (CAMEO
	// root 11, DISAPPROVE); the current coding is ACCUSE with mode
	// disapprove.
	//
	// Deprecated: use Accuse.
	Disapprove EventType = "DISAPPROVE"
	// Investigate is the earlier name of ACCUSE for investigations (CAMEO
	// root 09, INVESTIGATE); the current coding is ACCUSE with mode
	// investigate.
	//
	// Deprecated: use Accuse.
	Investigate EventType = "INVESTIGATE"
	// Fight is the earlier name of ASSAULT for conventional military force
	// (CAMEO roots 19 and 20): the manual now maps CAMEO 18, 19 and 20
	// all to ASSAULT.
	//
	// Deprecated: use Assault.
	Fight EventType = "FIGHT"
)

// Document is the event of a header record, not an event: the
// gold-standard file opens with a record whose event is "DOCUMENT" and
// which documents the file.
const Document EventType = "DOCUMENT"

// AllEventTypes returns the sixteen PLOVER event categories in the
// manual's order.
//
// It returns a new slice on each call: editing it changes nothing in the
// package, which reads its own copy.
func AllEventTypes() []EventType { return slices.Clone(allEventTypes) }

// allEventTypes is the list AllEventTypes returns.
var allEventTypes = []EventType{
	Agree, Consult, Support, Concede, Cooperate, Aid, Retreat,
	Request, Accuse, Reject, Threaten,
	Protest, Sanction, Mobilize, Coerce, Assault,
}

// OlderEventTypes returns the names of earlier drafts that Canonical
// translates.
//
// It returns a new slice on each call: editing it changes nothing in the
// package, which reads its own copy.
func OlderEventTypes() []EventType { return slices.Clone(olderEventTypes) }

// olderEventTypes is the list OlderEventTypes returns.
var olderEventTypes = []EventType{Demand, Disapprove, Investigate, Fight}

// Canonical returns the current name of an event type: REQUEST for
// DEMAND, ACCUSE for DISAPPROVE and INVESTIGATE, ASSAULT for FIGHT. These
// follow the manual's table of CAMEO roots (10 DEMAND to REQUEST, 11
// DISAPPROVE and 09 INVESTIGATE to ACCUSE, 19 FIGHT to ASSAULT) and the
// 2021 CAMEO mapping. Any other value is returned unchanged.
func Canonical(e EventType) EventType {
	switch e {
	case Demand:
		return Request
	case Disapprove, Investigate:
		return Accuse
	case Fight:
		return Assault
	}
	return e
}

// CanonicalCoding returns the current event type and mode of an event
// type and mode written with an earlier draft's names: the type through
// Canonical, and, when m is empty and the older type became a mode of its
// new one, that mode (DISAPPROVE gives ACCUSE with mode disapprove,
// INVESTIGATE ACCUSE with mode investigate, as the 2021 CAMEO mapping
// codes CAMEO roots 11 and 09). A non-empty m is kept.
func CanonicalCoding(e EventType, m Mode) (EventType, Mode) {
	if m == "" {
		switch e {
		case Disapprove:
			m = ModeDisapprove
		case Investigate:
			m = ModeInvestigate
		}
	}
	return Canonical(e), m
}

// Valid reports whether e is one of the sixteen current event types.
func (e EventType) Valid() bool { return slices.Contains(allEventTypes, e) }

// Definition returns the manual's definition of the event type, or "" for
// a value that is not one of AllEventTypes.
func (e EventType) Definition() string { return eventInfo[e].definition }

// RequiresRecipient reports whether the manual requires a recipient for
// the event type: COOPERATE, AID and SANCTION. (The manual's summary
// table also marks RETREAT and PROTEST; their own sections say No, and
// this follows the sections.)
func (e EventType) RequiresRecipient() bool { return eventInfo[e].recipient }

// QuadClass returns the quad class the manual gives the event type: 1
// verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
// material conflict; 0 for an unknown value. (The manual's summary table
// lists SANCTION as verbal conflict; its own section says material
// conflict, which this follows.)
func (e EventType) QuadClass() int { return eventInfo[e].quad }

type eventDef struct {
	definition string
	recipient  bool
	quad       int
}

var eventInfo = map[EventType]eventDef{
	Agree:     {"Agree to, offer, promise, or otherwise indicate willingness or commitment to cooperate, including promises to sign or ratify agreements.", false, 1},
	Consult:   {"All consultations and meetings: this includes visiting and hosting visits, as well as meeting at a neutral location, and consultation by phone or other media.", false, 1},
	Support:   {"Initiate, resume, improve, or expand diplomatic, non-material cooperation; express support for, commend, approve policy, action, or actor, or ratify, sign, or finalize an agreement or treaty.", false, 1},
	Concede:   {"This covers verbal concessions which have no immediate material consequences, including the promise of future concessions such easing of administrative or legal restrictions on persons and organizations, removing curfews, suspending protests, and declarations (but not implementations) of ceasefires and withdrawals from territory.", false, 1},
	Cooperate: {"Initiate, resume, improve, or expand mutual material cooperation or exchange.", true, 2},
	Aid:       {"All provisions of providing material aid whose material benefits primarily accrue to the recipient.", true, 2},
	Retreat:   {"RETREAT covers any events—not just military “retreat” from territory—which have an immediate (not simply promised) material consequences, such as the release of prisoners and hostages, repatriation of refugees, the return of confiscated property, allowing the entry of observers, peacekeepers, or humanitarian workers, disarming, observing a ceasefire or otherwise ending active conflicts, and, of course, a military retreat from, or ceding, territory. RETREAT also covers resignations of government officials.", false, 2},
	Request:   {"All requests, demands, and orders. Requests, demands, and orders are less forceful than threats and potentially carry less serious repercussions.", false, 3},
	Accuse:    {"Express disapprovals, objections, and complaints; condemn, decry a policy or an action; criticize, defame, denigrate responsible parties. Accuse, allege, or charge, both judicially and informally. Sue or bring to court. All investigations, including those of historical cases.", false, 3},
	Reject:    {"All rejections and refusals.", false, 3},
	Threaten:  {"All threats, coercive or forceful warnings with serious potential repercussions. Threats are generally verbal acts except for purely symbolic material actions such as having an unarmed group place a flag on some territory.", false, 3},
	Protest:   {"All civilian demonstrations and other collective actions carried out as protests against the recipient: Dissent collectively, publicly show negative feelings or opinions; rally, gather to protest a policy, action, or actor(s).", false, 4},
	Sanction:  {"All reductions in existing, routine, or cooperative relations.", true, 4},
	Mobilize:  {"All military or police moves that fall short of the actual use of force.", false, 4},
	Coerce:    {"Repression, restrictions on rights, or coercive uses of power falling short of violence.", false, 4},
	Assault:   {"ASSAULT events are deliberate actions which can potentially result in substantial physical harm.", false, 4},
}

// Mode is a PLOVER mode: how an event happened (for THREATEN, what was
// threatened). Each event type has its own list of modes, which Modes
// returns; some words are modes of several types, with a meaning that
// depends on the type (ModeDefinition).
type Mode string

// The PLOVER modes of the manual, grouped by the event types that use
// them.
const (
	ModeVisit        Mode = "visit"        // CONSULT: actor is visiting, recipient is hosting
	ModeThirdParty   Mode = "third-party"  // CONSULT: meeting is hosted by a third party
	ModeMultilateral Mode = "multilateral" // CONSULT: meeting in a multilateral context, typically an alliance or IGO
	ModePhone        Mode = "phone"        // CONSULT: consultation via phone or some other remote medium

	ModeWithdraw  Mode = "withdraw"  // RETREAT: retreat from territory or withdraw forces; SANCTION: withdraw oneself or one's non-military resources
	ModeRelease   Mode = "release"   // RETREAT: release captives
	ModeDisarm    Mode = "disarm"    // RETREAT: disarm militarily or give up weapons
	ModeCeasefire Mode = "ceasefire" // RETREAT: implement ceasefire
	ModeAccess    Mode = "access"    // RETREAT: allow third party (observers, peacekeepers, humanitarian workers) access
	ModeResign    Mode = "resign"    // RETREAT: official resignation

	ModeAssist Mode = "assist" // REQUEST, REJECT: any form of exchange, relations, or assistance
	ModeChange Mode = "change" // REQUEST, REJECT: changes in policy, government, or institutions that are not concessions
	ModeYield  Mode = "yield"  // REQUEST, REJECT: release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires
	ModeMeet   Mode = "meet"   // REQUEST, REJECT: meetings and negotiations

	ModeDisapprove  Mode = "disapprove"  // ACCUSE: express disapproval; condemn; complain
	ModeInvestigate Mode = "investigate" // ACCUSE: any investigation, including commissions, grand juries, judicial or political
	ModeAllege      Mode = "allege"      // ACCUSE: formally or informally accuse; sue, indict, or charge; bring to trial

	ModeRestrict  Mode = "restrict"  // THREATEN: restrict movement of people or goods, ban political activities; COERCE: impose such restrictions
	ModeArrest    Mode = "arrest"    // THREATEN, COERCE: arrest, detain (imprison)
	ModeRelations Mode = "relations" // THREATEN: threaten to suspend relations or ongoing talks, meetings, or negotiations
	ModeExpel     Mode = "expel"     // THREATEN: expel diplomats, peacekeepers, NGOs; SANCTION: expel an entity from a group, organization, party, or country
	ModeTerritory Mode = "territory" // THREATEN: threaten to occupy, seize control of the whole or part of a territory
	ModeViolence  Mode = "violence"  // THREATEN: threaten violence

	ModeDemo      Mode = "demo"      // PROTEST: organized, largely peaceful demonstration
	ModeRiot      Mode = "riot"      // PROTEST: violent riot
	ModeStrike    Mode = "strike"    // PROTEST: members of an organization or union abandon workplaces
	ModeHunger    Mode = "hunger"    // PROTEST: hunger strike
	ModeBoycott   Mode = "boycott"   // PROTEST: boycott of an activity, person, country, or organization
	ModeObstruct  Mode = "obstruct"  // PROTEST: obstruct passage or access to a particular locale
	ModeVandalize Mode = "vandalize" // PROTEST: damage or destroy property as a symbolic act

	ModeConvict     Mode = "convict"     // SANCTION: find an entity or behavior guilty, unconstitutional, or liable in a court
	ModeDiscontinue Mode = "discontinue" // SANCTION: curtail, decrease, break, or terminate exchanges, including sanctions

	ModeTroops  Mode = "troops"  // MOBILIZE: mobilize armed personnel or units
	ModeWeapons Mode = "weapons" // MOBILIZE: increase readiness of weapons systems
	ModePolice  Mode = "police"  // MOBILIZE: mobilize or increase readiness of police or security units
	ModeMilitia Mode = "militia" // MOBILIZE: mobilize any non-state entity with significant military capability

	ModeSeize          Mode = "seize"          // COERCE: execute search, confiscate property, raid
	ModeCensor         Mode = "censor"         // COERCE: censor, ban or restrict access to publications or other information
	ModeCurfew         Mode = "curfew"         // COERCE: impose curfew
	ModeMartialLaw     Mode = "martial-law"    // COERCE: impose state of emergency or martial law
	ModeDeport         Mode = "deport"         // COERCE: expel or deport individuals
	ModeWithhold       Mode = "withhold"       // COERCE: withhold public goods or services
	ModeMisinformation Mode = "misinformation" // COERCE: deception, manipulation, misinformation
	ModeCyber          Mode = "cyber"          // COERCE: cyber attacks and crime

	ModeAbduct         Mode = "abduct"         // ASSAULT: abduct, kidnap, hijack
	ModeBeat           Mode = "beat"           // ASSAULT: physically assault by striking
	ModeTorture        Mode = "torture"        // ASSAULT: torture
	ModeSexual         Mode = "sexual"         // ASSAULT: sexual violence
	ModeTargeted       Mode = "targeted"       // ASSAULT: targeted killings, assassinations, executions
	ModeDestroy        Mode = "destroy"        // ASSAULT: intentional destruction of property
	ModePrimitive      Mode = "primitive"      // ASSAULT: primitive weapons: fire, edged weapons, rocks
	ModeFirearms       Mode = "firearms"       // ASSAULT: rifles, pistols, light machine guns
	ModeExplosives     Mode = "explosives"     // ASSAULT: explosives not in a heavy weapon: mines, IEDs, car bombs
	ModeSuicideAttack  Mode = "suicide-attack" // ASSAULT: individual and vehicular suicide attacks
	ModeAerial         Mode = "aerial"         // ASSAULT: manned aerial vehicles
	ModeDrone          Mode = "drone"          // ASSAULT: unmanned aerial vehicles
	ModeHeavyWeapons   Mode = "heavy-weapons"  // ASSAULT: artillery, rocket launchers, armored vehicles, tanks
	ModeCrowdControl   Mode = "crowd-control"  // ASSAULT: less lethal crowd control weapons and tactics
	ModeUnconventional Mode = "unconventional" // ASSAULT: chemical, biological, radiation, and nuclear weapons
)

// Modes returns the modes the manual lists for an event type, in the
// manual's order, or nil for event types without modes (AGREE, SUPPORT,
// CONCEDE, COOPERATE, AID) and unknown values. The slice is a fresh copy.
func Modes(e EventType) []Mode {
	defs := modeInfo[e]
	if len(defs) == 0 {
		return nil
	}
	out := make([]Mode, len(defs))
	for i, d := range defs {
		out[i] = d.mode
	}
	return out
}

// ModeDefinition returns the manual's definition of mode m of event type
// e, and false when the manual does not list m for e.
func ModeDefinition(e EventType, m Mode) (string, bool) {
	for _, d := range modeInfo[e] {
		if d.mode == m {
			return d.definition, true
		}
	}
	return "", false
}

// ValidMode reports whether the manual lists mode m for event type e.
func ValidMode(e EventType, m Mode) bool {
	_, ok := ModeDefinition(e, m)
	return ok
}

type modeDef struct {
	mode       Mode
	definition string
}

// requestModes are shared by REQUEST and REJECT.
var requestModes = []modeDef{
	{ModeAssist, "Any form of exchange, relations, or assistance"},
	{ModeChange, "Any changes in policy, government, or institutions that are not concessions"},
	{ModeYield, "Release of prisoners, ending sanctions, easing curfews and boycotts, ceasefires"},
	{ModeMeet, "Meetings and negotiations"},
}

var modeInfo = map[EventType][]modeDef{
	Consult: {
		{ModeVisit, "actor is visiting, recipient is hosting."},
		{ModeThirdParty, "Meeting is hosted by a third party"},
		{ModeMultilateral, "Meeting occurs in a multilateral context, typically an alliance or IGO"},
		{ModePhone, "Consultation occurs via phone or some other remote medium"},
	},
	Retreat: {
		{ModeWithdraw, "Retreat from territory or withdraw forces from an area"},
		{ModeRelease, "Release captives"},
		{ModeDisarm, "Disarm militarily or give up weapons"},
		{ModeCeasefire, "Implement ceasefire"},
		{ModeAccess, "Allow third party (e.g., observers, peacekeepers, humanitarian workers) access"},
		{ModeResign, "Official resignation"},
	},
	Request: requestModes,
	Accuse: {
		{ModeDisapprove, "Express disapproval; condemn; complain"},
		{ModeInvestigate, "Any investigation, including commissions, grand juries, judicial or political"},
		{ModeAllege, "Formally or informally accuse; sue, indict, or charge; bring to trial"},
	},
	Reject: requestModes,
	Threaten: {
		{ModeRestrict, "Restrict movement of people or goods—including boycotts, strikes, blockades, and curfews—as well as the banning of political activities of particular parties or individuals"},
		{ModeArrest, "Arrest, detain, imprison"},
		{ModeRelations, "Threaten to suspend relations or ongoing talks, meetings, or negotiations"},
		{ModeExpel, "Expel diplomats, peacekeepers, NGOs"},
		{ModeTerritory, "Threaten to occupy, seize control of the whole or part of a territory"},
		{ModeViolence, "Threaten violence"},
	},
	Protest: {
		{ModeDemo, "Organized demonstration. Distinct, continuous, and largely peaceful action directed toward members of a distinct ‘other’ group or government authorities"},
		{ModeRiot, "Violent riot. Distinct, continuous and violent action directed toward members of a distinct ‘other’ group or government authorities. The participants intend to cause physical injury and/or property damage"},
		{ModeStrike, "Members of an organization or union engage in the abandonment of workplaces, either within specific sectors/industries or across sectors/industries"},
		{ModeHunger, "Hunger strike"},
		{ModeBoycott, "The boycott of an activity, person, country, or organization via the withdrawal of commercial or social relations"},
		{ModeObstruct, "Obstruct passage or access to a particular locale"},
		{ModeVandalize, "Damage or destroy property as a symbolic act (for example damaging of artworks) rather destruction incidental to a riot"},
	},
	Sanction: {
		{ModeConvict, "Find an entity or behavior guilty, unconstitutional, or liable in a court of law or legally constituted tribunal. This includes not only formal convictions but also instances where an entity is discussed as being found guilty and sentenced or sanctioned via court-order, though court sentences that include imprisonment will also receive a COERCE ‘arrest’ mode, (see ambiguities above)"},
		{ModeExpel, "Permanently or temporarily expel an entity from a group, organization, political party, or country. Aside from the expulsion of ambassadors or similar diplomats, this mode excludes individual deportations, which are coded as a mode under COERCE"},
		{ModeWithdraw, "Withdraw oneself or one's non-military resources (e.g., aid, observers, diplomats, peacekeepers) from a group, mediation activity, organization, or country. This excludes official resignations from an occupation or elected position, which are coded as a mode under RETREAT"},
		{ModeDiscontinue, "Curtail, decrease, break, or terminate diplomatic, commercial, or material exchanges in manners not specified above. International (political or economic) sanctions are coded as ‘discontinue’, although they can occasionally receive additional SANCTION modes depending on the nature of the sanctions"},
	},
	Mobilize: {
		{ModeTroops, "Mobilize armed personnel or units"},
		{ModeWeapons, "Increase readiness of weapons systems (can occur with a cyber context)"},
		{ModePolice, "Mobilize or increase readiness of police or security units"},
		{ModeMilitia, "Mobilize or increase readiness of any non-state entity with significant military capability"},
	},
	Coerce: {
		{ModeSeize, "Execute search, confiscate property, raid"},
		{ModeRestrict, "Impose restrictions on political freedoms or movement, including cordoning off areas and the banning of individuals or organizations from political life"},
		{ModeCensor, "Censor, ban or restrict access to publications or other information"},
		{ModeCurfew, "Impose curfew"},
		{ModeMartialLaw, "Impose state of emergency or martial law"},
		{ModeArrest, "Arrest, detain"},
		{ModeDeport, "Expel or deport individuals"},
		{ModeWithhold, "Withhold public goods/services, e.g. shut off power/internet/water/ utilities or withhold food/medical supplies"},
		{ModeMisinformation, "deception/manipulation/misinformation (will also automatically add “misinformation” context)"},
		{ModeCyber, "cyber attacks and crime, including hacking, security breaches, website attacks, etc. (will also automatically add “cyber” context)"},
	},
	Assault: {
		{ModeAbduct, "Abduct, kidnap, hijack"},
		{ModeBeat, "Physically assault by striking individuals or groups with one-off or repeated blows, typically administered manually or by blunt instrument"},
		{ModeTorture, "Torture"},
		{ModeSexual, "Sexual violence"},
		{ModeTargeted, "Targeted killings, including (successful and attempted) assassinations and executions, as well as deliberate mass killings of defenseless actors"},
		{ModeDestroy, "Intentional destruction of property"},
		{ModePrimitive, "Primitive weapons: fire, edged weapons, rocks, farm implements"},
		{ModeFirearms, "Rifles, pistols, light machine guns"},
		{ModeExplosives, "Any explosive not incorporated in a heavy weapon: mines, IEDS, car bombs"},
		{ModeSuicideAttack, "Individual and vehicular suicide attacks"},
		{ModeAerial, "Manned aerial vehicles, e.g. aircraft, helicopters"},
		{ModeDrone, "Unmanned aerial vehicles (UAVs), drones"},
		{ModeHeavyWeapons, "Artillery, rocket launchers, armored vehicles, tanks, and similar weapons"},
		{ModeCrowdControl, "Weapons and tactics intended to be less lethal crowd control, including tear gas, water cannons, firing weapons in the air, lathi charges, etc."},
		{ModeUnconventional, "Chemical, biological, radiation, and nuclear weapons"},
	},
}

// Context is a PLOVER context: what an event is about (why). Any context
// can go with any event type; a record may carry several.
type Context string

// The general contexts of the manual, in its order. Each comment is the
// manual's one-line definition.
const (
	ContextMilitary              Context = "military"               // military, including military assistance; only official state military bodies
	ContextIntelligence          Context = "intelligence"           // gathering of information by state intelligence organizations
	ContextExecutive             Context = "executive"              // executive agencies and bureaucracies, executives and their families
	ContextLegislative           Context = "legislative"            // legislative debate, parliamentary coalition formation
	ContextElection              Context = "election"               // elections and campaigns
	ContextPoliticalInstitutions Context = "political_institutions" // changes to, and non-routine interactions within, formal political bodies
	ContextProDemocracy          Context = "pro_democracy"          // processes and initiatives associated with democratization
	ContextProAutocracy          Context = "pro_autocracy"          // processes and initiatives associated with autocratization
	ContextEconomic              Context = "economic"               // economic news, trade, finance, development, monetary policy
	ContextLegal                 Context = "legal"                  // courts and judiciary; national and international law
	ContextReparations           Context = "reparations"            // compensation for past harm inflicted
	ContextHumanRights           Context = "human_rights"           // unspecified human rights in a general sense
	ContextRightsFreedoms        Context = "rights_freedoms"        // political rights and freedoms, civil liberties, press freedom
	ContextRepression            Context = "repression"             // forceful repression by security forces
	ContextHumanSecurity         Context = "human_security"         // access to water, food, housing, energy, land
	ContextGender                Context = "gender"                 // gender, women's issues, gender equality, reproductive rights
	ContextLGBT                  Context = "lgbt"                   // LGBTQ issues such as laws, discrimination, and protests
	ContextReligionEthnicity     Context = "religion_ethnicity"     // religious, ethnic, caste, or linguistic issues
	ContextInequality            Context = "inequality"             // the unequal distribution of resources and opportunities
	ContextDiplomatic            Context = "diplomatic"             // diplomacy, international and domestic
	ContextTerritory             Context = "territory"              // territorial disputes, protests and rebellions over territory
	ContextPeacekeeping          Context = "peacekeeping"           // peacekeeping, typically multilateral operations
	ContextHealth                Context = "health"                 // public health, disease outbreaks and epidemics
	ContextAsylum                Context = "asylum"                 // seeking or granting asylum
	ContextMigration             Context = "migration"              // migration, refugees, and displaced people
	ContextDisasters             Context = "disasters"              // natural disasters and accidents
	ContextNaturalResource       Context = "natural_resource"       // natural resource extraction, trade, dependence, and pollution
	ContextEnvironment           Context = "environment"            // pollution, environmental policy, cooperation, and protest
	ContextTechnology            Context = "technology"             // technological development, new technology, high-tech industry
	ContextTerrorism             Context = "terrorism"              // terrorist groups; anti-terrorism actions and policies
	ContextCBRN                  Context = "cbrn"                   // chemical, biological, radiation, and nuclear weapons or attacks
	ContextCyber                 Context = "cyber"                  // cyber attacks and crime
	ContextMisinformation        Context = "misinformation"         // misinformation, influence operations, fake news
	ContextCrime                 Context = "crime"                  // crimes or criminals, other than the more specific contexts
	ContextCorruption            Context = "corruption"             // misuse or abuse of public office
	ContextIllegalDrugs          Context = "illegal_drugs"          // possession, distribution, sale, or manufacturing of illegal drugs
	ContextTrafficking           Context = "trafficking"            // trafficking or smuggling of humans, drugs, animals, or goods
)

// The manual's four auxiliary modes, which a coder puts in the context
// field. They are not general contexts and are not in AllContexts.
const (
	ContextHistorical   Context = "historical"   // the event is reported as history
	ContextFuture       Context = "future"       // the event is to happen
	ContextHypothetical Context = "hypothetical" // the event is a supposition
	ContextNegation     Context = "negation"     // the event is reported as not happening
)

// AllContexts returns the manual's general contexts in its order.
//
// It returns a new slice on each call: editing it changes nothing in the
// package, which reads its own copy.
func AllContexts() []Context { return slices.Clone(allContexts) }

// allContexts is the list AllContexts returns.
var allContexts = []Context{
	ContextMilitary, ContextIntelligence, ContextExecutive, ContextLegislative,
	ContextElection, ContextPoliticalInstitutions, ContextProDemocracy,
	ContextProAutocracy, ContextEconomic, ContextLegal, ContextReparations,
	ContextHumanRights, ContextRightsFreedoms, ContextRepression,
	ContextHumanSecurity, ContextGender, ContextLGBT, ContextReligionEthnicity,
	ContextInequality, ContextDiplomatic, ContextTerritory, ContextPeacekeeping,
	ContextHealth, ContextAsylum, ContextMigration, ContextDisasters,
	ContextNaturalResource, ContextEnvironment, ContextTechnology,
	ContextTerrorism, ContextCBRN, ContextCyber, ContextMisinformation,
	ContextCrime, ContextCorruption, ContextIllegalDrugs, ContextTrafficking,
}

// AuxiliaryModes returns the manual's auxiliary modes, which go in the
// context field.
//
// It returns a new slice on each call: editing it changes nothing in the
// package, which reads its own copy.
func AuxiliaryModes() []Context { return slices.Clone(auxiliaryModes) }

// auxiliaryModes is the list AuxiliaryModes returns.
var auxiliaryModes = []Context{ContextHistorical, ContextFuture, ContextHypothetical, ContextNegation}

// Valid reports whether c is one of the manual's general contexts or
// auxiliary modes.
func (c Context) Valid() bool {
	return slices.Contains(allContexts, c) || slices.Contains(auxiliaryModes, c)
}

// Definition returns the manual's one-line definition of a general
// context, or "" for any other value.
func (c Context) Definition() string { return contextInfo[c] }

var contextInfo = map[Context]string{
	ContextMilitary:              "military, including military assistance; only covers official state military bodies, excluding paramilitary or militia organizations, law enforcement, or non-state armed actors",
	ContextIntelligence:          "gathering of information by state intelligence organizations, including more general discussions of those agencies",
	ContextExecutive:             "executive agencies and bureaucracies, executives and their families, as well as personal and political issues involving non-elected heads of state",
	ContextLegislative:           "legislative debate, parliamentary coalition formation",
	ContextElection:              "elections and campaigns",
	ContextPoliticalInstitutions: "changes to—as well as non-routine interactions between and within—formal political bodies, including political parties",
	ContextProDemocracy:          "processes and initiatives associated with democratization",
	ContextProAutocracy:          "processes and initiatives associated with autocratization",
	ContextEconomic:              "economic news, trade, finance, economic development, inflation/GDP/recessions, or monetary policy. Exclude news solely about individual companies",
	ContextLegal:                 "courts and judiciary; national and international law",
	ContextReparations:           "reparations, i.e., monetary or non-monetary compensation for past harm inflicted",
	ContextHumanRights:           "unspecified human rights in a general sense, often but not always literally including the term “human rights”",
	ContextRightsFreedoms:        "political rights and freedoms, civil liberties, press/media freedom, restrictions on civil rights, gatherings, etc.",
	ContextRepression:            "forceful repression of groups, individuals, or societies by security forces",
	ContextHumanSecurity:         "access to water, food, housing, energy, land/property tenure (e.g. seizure of crops), etc.",
	ContextGender:                "mentions of gender, women's issues, gender equality, etc., including abortion and issues of reproductive rights",
	ContextLGBT:                  "LGBTQ issues such as related laws, discrimination, and protests",
	ContextReligionEthnicity:     "religious, ethnic, caste, or linguistic issues, including discrimination, violence, cooperation, or more broadly important mentions",
	ContextInequality:            "the unequal distribution of resources and opportunities",
	ContextDiplomatic:            "diplomacy, which can be both international and domestic",
	ContextTerritory:             "international and domestic territorial disputes, protests and rebellions over territory, and forced displacements",
	ContextPeacekeeping:          "peacekeeping, typically multilateral operations",
	ContextHealth:                "public health, disease outbreaks and epidemics, disease in general",
	ContextAsylum:                "discussions of seeking or granting asylum",
	ContextMigration:             "migration, refugees, and displaced people",
	ContextDisasters:             "disasters including both “natural” and accidents/spills etc.",
	ContextNaturalResource:       "natural resource extraction, trade, dependence, and pollution",
	ContextEnvironment:           "pollution and related environmental problems; environmental policy, environmental cooperation, and environmental protest",
	ContextTechnology:            "technological development, new technology, high-tech industry",
	ContextTerrorism:             "events related to terrorist groups; anti-terrorism actions and policies",
	ContextCBRN:                  "chemical, biological, radiation, and nuclear weapons or attacks",
	ContextCyber:                 "cyber attacks and crime; events with this context are not necessarily cyber events (e.g. hacking) themselves",
	ContextMisinformation:        "misinformation, influence operations, fake news; events with this context are not necessarily misinformation themselves",
	ContextCrime:                 "Any discussion of crimes or criminals, excluding events that have one of the more specific crime contexts like trafficking",
	ContextCorruption:            "misuse/abuse of public office, including corruption, bribery, cronyism, nepotism, abuse of public office",
	ContextIllegalDrugs:          "criminal possession, distribution, sale, or manufacturing of illegal drugs",
	ContextTrafficking:           "trafficking or smuggling of humans, drugs, animals, or other goods; both domestic and international",
}

package schema

import (
	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// IDs of the rich graph's resolution and vote.
const (
	idDecision diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8db1"
	idVoteIGC  diplo.ID = "urn:uuid:0197a3c2-5c4e-7b1d-9a44-3c1f5e0b8dc1"
)

// richResolutions and richVotes are the resolutions and votes of the rich
// graph: an illustrative decision of the intergovernmental commission,
// voted during the visit, setting every field.
func richResolutions() []decision.Resolution {
	return []decision.Resolution{{
		ID:          idDecision,
		Kind:        decision.DecisionKind,
		Status:      decision.Adopted,
		Symbol:      "IGC/RU-ML/2025/D.1",
		Title:       tx("fr", "Décision relative au programme de travail de la commission", "en-t-fr", "Decision on the commission's programme of work"),
		Body:        idCommission,
		Date:        date("2025-06-23"),
		Text:        tx("fr", "La commission adopte son programme de travail pour 2025–2026."),
		Sponsors:    []diplo.ID{idRU, idML},
		Method:      decision.ByVote,
		Identifiers: []diplo.Identifier{ident("https://example.org/commission/decisions/2025-1")},
		Sources:     []diplo.ID{idSrcPress},
		Claims: []diplo.Claim{{Property: "method", Value: tx("fr", "adoptée par consensus"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcKremlin}}}},
	}}
}

func richVotes() []decision.Vote {
	return []decision.Vote{{
		ID:       idVoteIGC,
		Motion:   idDecision,
		Body:     idCommission,
		Event:    idVisit,
		Date:     date("2025-06-23"),
		Result:   decision.ResultAdopted,
		Majority: decision.Unanimity,
		Counts: []decision.Count{
			{Option: decision.Yes, Value: 2},
			{Option: decision.No, Value: 0},
			{Option: decision.Yes, Value: 1, Group: idUN},
		},
		Positions: []decision.Position{
			{Voter: idRU, Option: decision.Yes},
			{Voter: idML, Option: decision.Yes, Role: decision.Member, Explanation: idJoint},
		},
		Identifiers: []diplo.Identifier{ident("https://example.org/commission/votes/2025-1")},
		Sources:     []diplo.ID{idSrcPress},
		Claims: []diplo.Claim{{Property: "result", Value: tx("fr", "adoptée à l'unanimité"),
			Attribution: diplo.Attribution{Sources: []diplo.ID{idSrcPress}}}},
	}}
}

// IDs of the Security Council fixture.
const (
	vetoBase       = "https://example.org/unsc-2022/"
	idUNSC         = diplo.ID(vetoBase + "organizations/security-council")
	idUNGA         = diplo.ID(vetoBase + "organizations/general-assembly")
	idMeeting8979  = diplo.ID(vetoBase + "events/s-pv-8979")
	idMeeting8980  = diplo.ID(vetoBase + "events/s-pv-8980")
	idESS11        = diplo.ID(vetoBase + "events/es-11-2022-03-02")
	idDraft155     = diplo.ID(vetoBase + "resolutions/s-2022-155")
	idRes2623      = diplo.ID(vetoBase + "resolutions/s-res-2623-2022")
	idResES111     = diplo.ID(vetoBase + "resolutions/a-res-es-11-1")
	idVote155      = diplo.ID(vetoBase + "votes/s-2022-155")
	idVote2623     = diplo.ID(vetoBase + "votes/s-res-2623-2022")
	idVoteES111    = diplo.ID(vetoBase + "votes/a-res-es-11-1")
	idSrcPV8979    = diplo.ID(vetoBase + "sources/s-pv-8979")
	idSrcPV8980    = diplo.ID(vetoBase + "sources/s-pv-8980")
	idSrcResES111  = diplo.ID(vetoBase + "sources/a-res-es-11-1")
	idSrcResS2623  = diplo.ID(vetoBase + "sources/s-res-2623-2022")
	idSrcDraft155  = diplo.ID(vetoBase + "sources/s-2022-155")
	idSrcPressVeto = diplo.ID(vetoBase + "sources/sc-14808")
)

// The members of the Security Council in 2022: the five permanent
// members, then the ten elected ones.
var (
	unscPermanent2022 = []string{"CN", "FR", "RU", "GB", "US"}
	unscElected2022   = []string{"AL", "BR", "GA", "GH", "IN", "IE", "KE", "MX", "NO", "AE"}
)

// vetoGraph records, from the public record of the United Nations, the
// Russian Federation's veto of draft resolution S/2022/155 on 25 February
// 2022 (11 in favour, 1 against, 3 abstentions: China, India, the United
// Arab Emirates), resolution 2623 (2022) of 27 February 2022, adopted by
// the same count on a procedural vote where Russia's negative vote was no
// veto, which called an emergency special session of the General
// Assembly, and General Assembly resolution ES-11/1 of 2 March 2022,
// adopted by 141 votes to 5 with 35 abstentions, of which the fixture
// records the five negative votes only.
func vetoGraph() *graph.Graph {
	names := map[string]string{
		"CN": "China", "FR": "France", "RU": "Russian Federation", "GB": "United Kingdom", "US": "United States",
		"AL": "Albania", "BR": "Brazil", "GA": "Gabon", "GH": "Ghana", "IN": "India", "IE": "Ireland", "KE": "Kenya",
		"MX": "Mexico", "NO": "Norway", "AE": "United Arab Emirates",
		"BY": "Belarus", "KP": "Democratic People's Republic of Korea", "ER": "Eritrea", "SY": "Syrian Arab Republic",
	}
	var states []actor.State
	for _, list := range [][]string{unscPermanent2022, unscElected2022, {"BY", "KP", "ER", "SY"}} {
		for _, c := range list {
			st, err := actor.NewState(c, "en", names[c])
			if err != nil {
				panic(err)
			}
			states = append(states, st)
		}
	}
	abstained := map[string]bool{"CN": true, "IN": true, "AE": true}
	councilVote := func(russia decision.Option) []decision.Position {
		var ps []decision.Position
		for _, c := range unscPermanent2022 {
			p := decision.Position{Voter: actor.StateID(diplo.Country(c)), Option: decision.Yes, Role: decision.PermanentMember}
			switch {
			case c == "RU":
				p.Option = russia
			case abstained[c]:
				p.Option = decision.Abstain
			}
			ps = append(ps, p)
		}
		for _, c := range unscElected2022 {
			p := decision.Position{Voter: actor.StateID(diplo.Country(c)), Option: decision.Yes, Role: decision.ElectedMember}
			if abstained[c] {
				p.Option = decision.Abstain
			}
			ps = append(ps, p)
		}
		return ps
	}
	counts := func(yes, no, abstain int) []decision.Count {
		return []decision.Count{{Option: decision.Yes, Value: yes}, {Option: decision.No, Value: no}, {Option: decision.Abstain, Value: abstain}}
	}
	var against []decision.Position
	for _, c := range []string{"BY", "KP", "ER", "RU", "SY"} {
		against = append(against, decision.Position{Voter: actor.StateID(diplo.Country(c)), Option: decision.No})
	}
	return &graph.Graph{
		ID:     vetoBase + "record",
		Title:  tx("en", "The Security Council's vote on draft resolution S/2022/155 and what followed, February–March 2022"),
		States: states,
		Organizations: []actor.Organization{
			{ID: idUNSC, Kind: actor.Intergovernmental, Name: tx("en", "United Nations Security Council", "fr", "Conseil de sécurité des Nations Unies"),
				Abbreviation: "UNSC", Identifiers: []diplo.Identifier{ident("wikidata:Q37470")}},
			{ID: idUNGA, Kind: actor.Intergovernmental, Name: tx("en", "United Nations General Assembly", "fr", "Assemblée générale des Nations Unies"),
				Abbreviation: "UNGA", Identifiers: []diplo.Identifier{ident("wikidata:Q47423")}},
		},
		Events: []event.Event{
			{ID: idMeeting8979, Kind: event.MultilateralConference, Name: tx("en", "Security Council, 8979th meeting"),
				Start: date("2022-02-25"), Place: diplo.Place{Name: tx("en", "United Nations Headquarters, New York"), Country: "US"},
				Sources: []diplo.ID{idSrcPV8979}},
			{ID: idMeeting8980, Kind: event.MultilateralConference, Name: tx("en", "Security Council, 8980th meeting"),
				Start: date("2022-02-27"), Place: diplo.Place{Name: tx("en", "United Nations Headquarters, New York"), Country: "US"},
				Outcomes: []diplo.ID{idRes2623}, Sources: []diplo.ID{idSrcPV8980}},
			{ID: idESS11, Kind: event.MultilateralConference, Name: tx("en", "General Assembly, eleventh emergency special session"),
				Start: date("2022-03-02"), Place: diplo.Place{Name: tx("en", "United Nations Headquarters, New York"), Country: "US"},
				Outcomes: []diplo.ID{idResES111}},
		},
		Resolutions: []decision.Resolution{
			{ID: idDraft155, Kind: decision.ResolutionKind, Status: decision.Rejected, Symbol: "S/2022/155", Body: idUNSC,
				Date: date("2022-02-25"), Sponsors: []diplo.ID{actor.StateID("US"), actor.StateID("AL")}, Method: decision.ByVote,
				Identifiers: []diplo.Identifier{ident("https://undocs.org/S/2022/155")}, Sources: []diplo.ID{idSrcDraft155, idSrcPressVeto}},
			{ID: idRes2623, Kind: decision.ResolutionKind, Status: decision.Adopted, Symbol: "S/RES/2623 (2022)", Body: idUNSC,
				Date: date("2022-02-27"), Method: decision.ByVote, Sources: []diplo.ID{idSrcResS2623}},
			{ID: idResES111, Kind: decision.ResolutionKind, Status: decision.Adopted, Symbol: "A/RES/ES-11/1", Title: tx("en", "Aggression against Ukraine"),
				Body: idUNGA, Date: date("2022-03-02"), Method: decision.ByVote, Sources: []diplo.ID{idSrcResES111}},
		},
		Votes: []decision.Vote{
			{ID: idVote155, Motion: idDraft155, Body: idUNSC, Event: idMeeting8979, Date: date("2022-02-25"),
				Result: decision.ResultRejected, Majority: decision.ConcurringPermanent,
				Counts: counts(11, 1, 3), Positions: councilVote(decision.Veto), Sources: []diplo.ID{idSrcPV8979, idSrcPressVeto}},
			// A procedural matter: nine affirmative votes of any members
			// (UN Charter, Art. 27(2)), so Russia's negative vote is a no.
			{ID: idVote2623, Motion: idRes2623, Body: idUNSC, Event: idMeeting8980, Date: date("2022-02-27"),
				Result: decision.ResultAdopted, Majority: decision.Qualified,
				Counts: counts(11, 1, 3), Positions: councilVote(decision.No), Sources: []diplo.ID{idSrcPV8980}},
			{ID: idVoteES111, Motion: idResES111, Body: idUNGA, Event: idESS11, Date: date("2022-03-02"),
				Result: decision.ResultAdopted, Counts: counts(141, 5, 35), Positions: against, Sources: []diplo.ID{idSrcResES111}},
		},
		Sources: []diplo.Source{
			{ID: idSrcPV8979, URL: "https://undocs.org/S/PV.8979", Title: tx("en", "S/PV.8979: Security Council, 8979th meeting, 25 February 2022"), PublisherID: idUNSC},
			{ID: idSrcPV8980, URL: "https://undocs.org/S/PV.8980", Title: tx("en", "S/PV.8980: Security Council, 8980th meeting, 27 February 2022"), PublisherID: idUNSC},
			{ID: idSrcDraft155, URL: "https://undocs.org/S/2022/155", Title: tx("en", "S/2022/155: draft resolution"), PublisherID: idUNSC},
			{ID: idSrcResS2623, URL: "https://undocs.org/S/RES/2623(2022)", Title: tx("en", "Resolution 2623 (2022)"), PublisherID: idUNSC},
			{ID: idSrcResES111, URL: "https://undocs.org/A/RES/ES-11/1", Title: tx("en", "A/RES/ES-11/1: Aggression against Ukraine"), PublisherID: idUNGA},
			{ID: idSrcPressVeto, URL: "https://press.un.org/en/2022/sc14808.doc.htm", Title: tx("en", "SC/14808, 25 February 2022"), Publisher: tx("en", "United Nations, Meetings Coverage and Press Releases")},
		},
	}
}

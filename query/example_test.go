package query_test

import (
	"fmt"
	"log"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

// paris builds a small record of the Paris Agreement and the United
// States.
func paris() (g *graph.Graph, agreement, us, secState diplo.ID) {
	b := graph.NewBuilder("https://example.org/records/paris")
	us = b.Add("us", actor.State{Name: b.Text("en", "United States"), Country: "US"})
	kerry := b.Add("kerry", actor.Person{Name: b.Text("en", "John Kerry")})
	secState = b.Add("secretary-of-state", actor.Office{Name: b.Text("en", "Secretary of State"), Role: actor.ForeignMinister, Of: us})
	b.Add("kerry-secretary", actor.Tenure{Person: kerry, Office: secState, Start: b.Date("2013-02-01"), End: b.Date("2017-01-20")})
	signing := b.Add("signing", event.Event{Kind: event.SigningCeremony, Start: b.Date("2016-04-22"),
		Participants: []event.Participant{{Actor: kerry, Role: event.Signatory, Representing: us}}})
	agreement = b.Add("paris", accord.Accord{
		Kind: accord.Treaty, Title: b.Text("en", "Paris Agreement"), Parties: []diplo.ID{us},
		Actions: []accord.Action{
			{Kind: accord.Signature, Date: b.Date("2016-04-22"), Party: us, Event: signing},
			{Kind: accord.Acceptance, Date: b.Date("2016-09-03"), Party: us},
			{Kind: accord.EntryIntoForce, Date: b.Date("2016-11-04")},
			{Kind: accord.Withdrawal, Date: b.Date("2019-11-04"), Effective: b.Date("2020-11-04"), Party: us},
		},
	})
	g, err := b.Graph()
	if err != nil {
		log.Fatal(err)
	}
	return g, agreement, us, secState
}

func ExampleIndex_StatusOfParty() {
	g, agreement, us, _ := paris()
	ix := query.New(g)
	for _, on := range []string{"2016-10-01", "2019-12-01", "2020-12-01", "2020"} {
		ans, _ := ix.StatusOfParty(agreement, us, diplo.MustParseDate(on))
		fmt.Println(on, ans.Status, ans.Truth, ans.Possible)
	}
	// Output:
	// 2016-10-01 consented yes [consented]
	// 2019-12-01 bound yes [bound]
	// 2020-12-01 withdrawn yes [withdrawn]
	// 2020 bound maybe [bound withdrawn]
}

func ExampleIndex_StatusOfAccord() {
	g, agreement, _, _ := paris()
	ans, _ := query.New(g).StatusOfAccord(agreement, diplo.MustParseDate("2017-01-01"))
	fmt.Println(ans.Status, ans.Truth)
	// Output:
	// in-force yes
}

func ExampleIndex_Holders() {
	g, _, _, secState := paris()
	ix := query.New(g)
	for _, on := range []string{"2016-04-22", "2017", "2018-01-01"} {
		for _, h := range ix.Holders(secState, diplo.MustParseDate(on)) {
			fmt.Println(on, h.Start, h.End, h.Truth)
		}
	}
	// Output:
	// 2016-04-22 2013-02-01 2017-01-20 yes
	// 2017 2013-02-01 2017-01-20 maybe
}

func ExampleIndex_Events() {
	g, _, us, _ := paris()
	ix := query.New(g)
	for _, m := range ix.Events(query.EventQuery{Actors: []diplo.ID{us}, From: diplo.MustParseDate("2016")}) {
		fmt.Println(m.Event.Kind, m.Event.Start, m.Truth)
		for _, a := range ix.SignedAt(m.Event.ID) {
			fmt.Println("signed:", a.Title)
		}
	}
	// Output:
	// signing-ceremony 2016-04-22 yes
	// signed: Paris Agreement
}

func ExampleTruth() {
	partial := query.Maybe
	fmt.Println(partial.And(query.Yes), partial.Or(query.Yes), partial.Not())
	// Output:
	// maybe yes maybe
}

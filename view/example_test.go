package view_test

import (
	"bytes"
	"fmt"
	"log"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/view"
)

// example builds a small record: a summit known only to its year, with
// talks as a part, and an accord that one state signs and leaves.
func example() *graph.Graph {
	b := graph.NewBuilder("https://example.org/record")
	fr := b.Add("fr", actor.State{Name: b.Text("fr", "République française"), Country: "FR"})
	ma := b.Add("ma", actor.State{Name: b.Text("ar", "المملكة المغربية"), Country: "MA"})
	b.Add("summit", event.Event{Kind: event.Summit, Name: b.Text("en", "Summit"), Start: b.Date("2016"),
		Participants: []event.Participant{{Actor: fr, Role: event.Host}, {Actor: ma, Role: event.Guest}},
		Parts:        []diplo.ID{b.ID("talks")}})
	b.Add("talks", event.Event{Kind: event.BilateralTalks, Start: b.Date("2016-05-02"),
		Participants: []event.Participant{{Actor: fr, Role: event.Participating}, {Actor: ma, Role: event.Participating}}})
	b.Add("accord", accord.Accord{Kind: accord.Agreement, Title: b.Text("en", "Agreement"), Parties: []diplo.ID{fr, ma},
		Actions: []accord.Action{
			{Kind: accord.Signature, Date: b.Date("2016-05-02"), Party: fr},
			{Kind: accord.Signature, Date: b.Date("2016-05-02"), Party: ma},
			{Kind: accord.Ratification, Date: b.Date("2016-11"), Party: fr},
			{Kind: accord.Ratification, Date: b.Date("2016-12-20?"), Party: ma},
			{Kind: accord.EntryIntoForce, Date: b.Date("2017")},
			{Kind: accord.Withdrawal, Date: b.Date("2020-03-01"), Effective: b.Date("2021-03-01"), Party: ma},
		}})
	g, err := b.Graph()
	if err != nil {
		log.Fatal(err)
	}
	return g
}

func ExampleWritePage() {
	var page bytes.Buffer
	if err := view.WritePage(&page, example()); err != nil {
		log.Fatal(err)
	}
	s := page.String()
	fmt.Println(strings.HasPrefix(s, "<!DOCTYPE html>"))
	fmt.Println("events:", strings.Count(s, "data-event="))
	fmt.Println("actions:", strings.Count(s, `class="action"`))
	fmt.Println("actors:", strings.Count(s, "<li data-actor="))
	fmt.Println(strings.Contains(s, `<bdi lang="ar" dir="rtl">المملكة المغربية</bdi>`))
	// Output:
	// true
	// events: 2
	// actions: 6
	// actors: 2
	// true
}

func ExampleWriteLifecycle() {
	var pic bytes.Buffer
	if err := view.WriteLifecycle(&pic, example()); err != nil {
		log.Fatal(err)
	}
	first, _, _ := strings.Cut(pic.String(), "\n")
	fmt.Println(first)
	// One band for each party: the time it was bound.
	fmt.Println("bands:", strings.Count(pic.String(), `class="bound"`))
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// bands: 2
}

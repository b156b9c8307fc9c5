package network_test

import (
	"io"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/network"
)

// record returns a record of n events, n/4 accords and n/4 votes over n
// persons: each event a meeting of four of them (six pairs) or, one in
// eight, an expulsion, each accord with three parties and two
// signatories, each vote with six voters. The actors recur, so that
// edges gather several events.
func record(n int) *graph.Graph {
	p := func(i int) diplo.ID { return diplo.ID("https://example.org/persons/" + strconv.Itoa(i%n)) }
	g := &graph.Graph{Persons: make([]actor.Person, n)}
	for i := range g.Persons {
		g.Persons[i] = actor.Person{ID: p(i), Name: diplo.MustNewText("en", "Person "+strconv.Itoa(i))}
	}
	start := diplo.MustParseDate("2020-01-01")
	for i := range n {
		e := event.Event{ID: diplo.ID("https://example.org/events/" + strconv.Itoa(i)), Kind: event.BilateralTalks, Start: start}
		if i%8 == 7 {
			e.Kind = event.Expulsion
			e.Participants = []event.Participant{{Actor: p(i), Role: event.Initiator}, {Actor: p(i + 1), Role: event.Target}, {Actor: p(i + 2), Role: event.Subject}}
		} else {
			for k := range 4 {
				e.Participants = append(e.Participants, event.Participant{Actor: p(i + k*7), Role: event.Participating})
			}
		}
		g.Events = append(g.Events, e)
	}
	for i := range n / 4 {
		g.Accords = append(g.Accords, accord.Accord{ID: diplo.ID("https://example.org/accords/" + strconv.Itoa(i)), Kind: accord.Treaty,
			Parties:     []diplo.ID{p(i), p(i + 3), p(i + 5)},
			Signatories: []accord.Signatory{{Person: p(i + 1)}, {Person: p(i + 2)}},
			Actions:     []accord.Action{{Kind: accord.Signature, Date: start}}})
		v := decision.Vote{ID: diplo.ID("https://example.org/votes/" + strconv.Itoa(i)), Date: start}
		for k := range 6 {
			v.Positions = append(v.Positions, decision.Position{Voter: p(i + k), Option: []decision.Option{decision.Yes, decision.No, decision.Abstain}[k%3]})
		}
		g.Votes = append(g.Votes, v)
	}
	return g
}

// scalingCases are the paths over n things of the package, measured at
// n, 4n and 16n by BenchmarkScaling and held to n log n by TestScales.
var scalingCases = []scaling.Case{
	// New over a record of n events, n/4 accords and n/4 votes.
	{Name: "New", N: 1000, Setup: func(tb testing.TB, n int) func() {
		g := record(n)
		return func() {
			if _, err := network.New(g, network.Options{}); err != nil {
				tb.Fatal(err)
			}
		}
	}},
	// The writers over the network of such a record.
	{Name: "WriteGEXF", N: 1000, Setup: func(tb testing.TB, n int) func() {
		nw, err := network.New(record(n), network.Options{})
		require.NoError(tb, err)
		return func() {
			if err := network.WriteGEXF(io.Discard, nw); err != nil {
				tb.Fatal(err)
			}
		}
	}},
	{Name: "WriteGraphML", N: 1000, Setup: func(tb testing.TB, n int) func() {
		nw, err := network.New(record(n), network.Options{})
		require.NoError(tb, err)
		return func() {
			if err := network.WriteGraphML(io.Discard, nw); err != nil {
				tb.Fatal(err)
			}
		}
	}},
}

func TestScales(t *testing.T) {
	for _, c := range scalingCases {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

func BenchmarkScaling(b *testing.B) {
	for _, c := range scalingCases {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// BenchmarkNewWideMeeting measures the pairs of one meeting of 1,000
// participants (499,500 pairs, each an edge): the cost of a pair, which
// Options.MaxPairs bounds.
func BenchmarkNewWideMeeting(b *testing.B) {
	ps := make([]event.Participant, 1000)
	for i := range ps {
		ps[i] = event.Participant{Actor: diplo.ID("https://example.org/persons/" + strconv.Itoa(i)), Role: event.Participating}
	}
	g := &graph.Graph{Events: []event.Event{{ID: "https://example.org/events/summit", Kind: event.Summit, Participants: ps}}}
	b.ReportAllocs()
	for b.Loop() {
		n, err := network.New(g, network.Options{})
		if err != nil || len(n.Edges) != 499500 {
			b.Fatal(err, len(n.Edges))
		}
	}
}

package query_test

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
	"github.com/diplo-go/diplo/query"
)

// big is a generated record of n events and what the questions ask about.
type big struct {
	g                *graph.Graph
	states, offices  []diplo.ID
	persons, accords []diplo.ID
	events           []diplo.ID
	first            time.Time
}

// The shape of a generated record, per event.
const (
	eventsPerState  = 8  // one state per 8 events, as internal/synth has
	eventsPerOffice = 25 // one office per 25 events, each held by tenures of 4 years
	eventsPerAccord = 4
)

func genID(kind string, i int) diplo.ID { return diplo.ID("urn:x:" + kind + ":" + strconv.Itoa(i)) }

// bigGraph builds a record of n events directly, without validation or
// the names and sources of internal/synth, whose graph of a million
// events would take minutes and gigabytes to build: states, offices held
// by successive tenures, events between two states on successive days
// (one in 50 dated to the year, one in 97 to the month, one in 101
// uncertain, one in 5 continuing the one before), a statement at every
// fourth event, and an accord signed at every fourth, ratified, in force,
// and left by one party for one in ten.
func bigGraph(n int) *big {
	b := &big{g: &graph.Graph{}, first: time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)}
	g := b.g
	nStates := max(2, n/eventsPerState)
	for i := range nStates {
		id := genID("state", i)
		b.states = append(b.states, id)
		g.States = append(g.States, actor.State{ID: id, Country: "FR"})
	}
	nOffices := max(1, n/eventsPerOffice)
	for i := range nOffices {
		id := genID("office", i)
		b.offices = append(b.offices, id)
		g.Offices = append(g.Offices, actor.Office{ID: id, Of: b.states[i%nStates], Role: actor.HeadOfState})
		// Tenures of four years from 1950 to 2030, the last open.
		for k := range 20 {
			p := genID("person", len(g.Persons))
			b.persons = append(b.persons, p)
			g.Persons = append(g.Persons, actor.Person{ID: p})
			t := actor.Tenure{ID: genID("tenure", len(g.Tenures)), Person: p, Office: id,
				Start: diplo.DayOf(1950+4*k, time.Month(1+i%12), 1+i%28)}
			if k < 19 {
				t.End = diplo.DayOf(1954+4*k, time.Month(1+i%12), 1+i%28)
			}
			if k%7 == 3 {
				t.Start = diplo.YearOf(1950 + 4*k)
			}
			g.Tenures = append(g.Tenures, t)
		}
	}
	kinds := []event.Kind{event.OfficialVisit, event.BilateralTalks, event.PhoneCall, event.SigningCeremony, event.Summit}
	for i := range n {
		id := genID("event", i)
		b.events = append(b.events, id)
		on := b.first.AddDate(0, 0, i/3)
		d := diplo.DateOf(on, diplo.PrecisionDay)
		switch {
		case i%50 == 7:
			d = diplo.YearOf(on.Year())
		case i%97 == 5:
			d = diplo.MonthOf(on.Year(), on.Month())
		case i%101 == 3:
			d = d.WithQualifier(diplo.Uncertain)
		}
		h, gu := b.states[(i*7)%nStates], b.states[(i*13+1)%nStates]
		if h == gu {
			gu = b.states[(i*13+2)%nStates]
		}
		e := event.Event{ID: id, Kind: kinds[i%len(kinds)], Start: d,
			Place:        diplo.Place{Country: diplo.Country([]string{"FR", "ML", "RU", "US"}[i%4])},
			Participants: []event.Participant{{Actor: h, Role: event.Host}, {Actor: gu, Role: event.Guest}}}
		if i%5 == 1 {
			e.Relations = []event.Relation{{Kind: event.Continues, Event: b.events[i-1]}}
		}
		g.Events = append(g.Events, e)
		if i%eventsPerAccord == 0 {
			g.Statements = append(g.Statements, event.Statement{ID: genID("statement", i), Kind: event.Quote,
				Speakers: []diplo.ID{h}, Occasion: id, Date: d})
			a := genID("accord", len(g.Accords))
			b.accords = append(b.accords, a)
			acts := []accord.Action{
				{Kind: accord.Signature, Date: d, Party: h, Event: id},
				{Kind: accord.Signature, Date: d, Party: gu, Event: id},
				{Kind: accord.Ratification, Date: diplo.DateOf(on.AddDate(0, 2, 0), diplo.PrecisionDay), Party: h},
				{Kind: accord.Ratification, Date: diplo.DateOf(on.AddDate(0, 3, 0), diplo.PrecisionDay), Party: gu},
				{Kind: accord.EntryIntoForce, Date: diplo.DateOf(on.AddDate(0, 4, 0), diplo.PrecisionDay)},
			}
			if len(g.Accords)%10 == 0 {
				acts = append(acts, accord.Action{Kind: accord.Withdrawal, Date: diplo.DateOf(on.AddDate(2, 0, 0), diplo.PrecisionDay),
					Effective: diplo.DateOf(on.AddDate(3, 0, 0), diplo.PrecisionDay), Party: gu})
			}
			g.Accords = append(g.Accords, accord.Accord{ID: a, Kind: accord.Agreement, Parties: []diplo.ID{h, gu}, Actions: acts})
		}
	}
	return b
}

// question is one question asked many times of one index, each time of
// another node, so that a measurement does not rest on one lucky node.
type question struct {
	name string
	ask  func(b *big, ix *query.Index, k int) int // returns the number of answers
}

// questions are the questions the benchmarks and the scaling checks ask.
var questions = []question{
	{"Holders", func(b *big, ix *query.Index, k int) int {
		return len(ix.Holders(b.offices[k%len(b.offices)], diplo.DayOf(1960+k%60, 6, 1)))
	}},
	{"OfficesHeld", func(b *big, ix *query.Index, k int) int {
		return len(ix.OfficesHeld(b.persons[k%len(b.persons)], diplo.YearOf(1960+k%60)))
	}},
	{"StatusOfParty", func(b *big, ix *query.Index, k int) int {
		a := b.accords[k%len(b.accords)]
		acc := &ix.Graph().Accords[k%len(b.accords)]
		ans, _ := ix.StatusOfParty(a, acc.Parties[1], diplo.DayOf(1950+k%80, 3, 1))
		return len(ans.Possible)
	}},
	{"StatusOfAccord", func(b *big, ix *query.Index, k int) int {
		ans, _ := ix.StatusOfAccord(b.accords[k%len(b.accords)], diplo.YearOf(1950+k%80))
		return len(ans.Possible)
	}},
	// The events of one actor in one year: about 2n/states events over
	// the years the record covers.
	{"EventsOfActorInYear", func(b *big, ix *query.Index, k int) int {
		return len(ix.Events(query.EventQuery{Actors: b.states[k%len(b.states) : k%len(b.states)+1], From: diplo.YearOf(1950 + k%8), To: diplo.YearOf(1950 + k%8)}))
	}},
	{"EventsOfPair", func(b *big, ix *query.Index, k int) int {
		i := (k * 7) % len(b.states)
		return len(ix.Events(query.EventQuery{Actors: []diplo.ID{b.states[i], b.states[(k*13+1)%len(b.states)]}}))
	}},
	// The events of one month: a range of the sorted events.
	{"EventsInMonth", func(b *big, ix *query.Index, k int) int {
		on := b.first.AddDate(0, k%max(1, len(b.events)/90), 0)
		m := diplo.MonthOf(on.Year(), on.Month())
		return len(ix.Events(query.EventQuery{From: m, To: m}))
	}},
	{"Statements", func(b *big, ix *query.Index, k int) int {
		return len(ix.Statements(b.events[(k*4)%len(b.events)]))
	}},
	{"SignedAt", func(b *big, ix *query.Index, k int) int {
		return len(ix.SignedAt(b.events[(k*4)%len(b.events)]))
	}},
	{"Related", func(b *big, ix *query.Index, k int) int {
		return len(ix.Related(b.events[(k*5+1)%len(b.events)]))
	}},
}

// scaleN is the smallest size of the scaling cases.
const scaleN = 1000

// fixtures holds the records and indices of the scaling cases by size, so
// that the cases share them.
var fixtures = struct {
	sync.Mutex
	m map[int]*fixtureEntry
}{m: map[int]*fixtureEntry{}}

type fixtureEntry struct {
	b  *big
	ix *query.Index
}

// fixture returns the record of n events and its index, built once.
func fixture(n int) (*big, *query.Index) {
	fixtures.Lock()
	defer fixtures.Unlock()
	f, ok := fixtures.m[n]
	if !ok {
		b := bigGraph(n)
		f = &fixtureEntry{b, query.New(b.g)}
		fixtures.m[n] = f
	}
	return f.b, f.ix
}

// askMany is how many times a question is asked per measured operation.
const askMany = 100

// scaleCases are the paths held to n log n: building the index, and each
// question asked askMany times. A question's cost grows with the answers
// it gives: the events of an actor in a year (a list per actor: an actor
// of a larger record has as many events, since the number of states grows
// with n) and of a month (a range) stay the same size.
func scaleCases() []scaling.Case {
	cases := []scaling.Case{{Name: "New", N: scaleN, Setup: func(tb testing.TB, n int) func() {
		b, _ := fixture(n)
		return func() { query.New(b.g) }
	}}}
	for _, q := range questions {
		cases = append(cases, scaling.Case{Name: q.name, N: scaleN, Setup: func(tb testing.TB, n int) func() {
			b, ix := fixture(n)
			k := 0
			return func() {
				for range askMany {
					q.ask(b, ix, k)
					k++
				}
			}
		}})
	}
	return cases
}

// allQuestions is the case that asks every question askMany times.
func allQuestions() scaling.Case {
	return scaling.Case{Name: "Questions", N: scaleN, Setup: func(tb testing.TB, n int) func() {
		b, ix := fixture(n)
		k := 0
		return func() {
			for range askMany {
				for _, q := range questions {
					q.ask(b, ix, k)
				}
				k++
			}
		}
	}}
}

// TestScaling holds building the index to n log n, and the questions,
// asked askMany times each, to n log n too: each looks its answer up,
// and costs about the same at every size. It checks the questions
// together, to keep the test short; BenchmarkScaling measures each.
func TestScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("measures costs at three sizes")
	}
	for _, c := range []scaling.Case{scaleCases()[0], allQuestions()} {
		t.Run(c.Name, func(t *testing.T) { scaling.Check(t, c) })
	}
}

// BenchmarkScaling measures the same cases at n, 4n and 16n.
func BenchmarkScaling(b *testing.B) {
	for _, c := range scaleCases() {
		b.Run(c.Name, func(b *testing.B) { scaling.Bench(b, c) })
	}
}

// benchSizes are the sizes of BenchmarkNew and BenchmarkQuestions: the
// record of a million events takes about a gigabyte and half a minute to
// generate, so it runs only as a benchmark, never in go test.
var benchSizes = []int{10_000, 100_000, 1_000_000}

// BenchmarkNew builds the index of records of 10 k, 100 k and 1 M events,
// and reports the processor time per build (cpu-ns/op, getrusage: on a
// shared machine, wall time counts the other processes' turns) and the
// memory the index keeps per event (retained-B/event, after a
// collection) beside the allocations of -benchmem.
func BenchmarkNew(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g := bigGraph(n).g
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := query.New(g)
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(ix)
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				query.New(g)
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "retained-B/event")
		})
	}
}

// BenchmarkQuestions asks each question of the index of records of 10 k,
// 100 k and 1 M events; an operation is one question.
func BenchmarkQuestions(b *testing.B) {
	for _, n := range benchSizes {
		bg := bigGraph(n)
		ix := query.New(bg.g)
		for _, q := range questions {
			b.Run(fmt.Sprintf("%s/events=%d", q.name, n), func(b *testing.B) {
				b.ReportAllocs()
				k, answers := 0, 0
				start := cpuTime()
				for b.Loop() {
					answers += q.ask(bg, ix, k)
					k++
				}
				b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
				b.ReportMetric(float64(answers)/float64(k), "answers/op")
			})
		}
	}
}

// BenchmarkNewSynth builds the index of the records of internal/synth,
// which have the names, sources, delegations and parts of real records,
// at 10 k and 100 k events (a million would take minutes to generate).
func BenchmarkNewSynth(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			g := synth.Graph(n)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix := query.New(g)
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(ix)
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				query.New(g)
			}
			b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "retained-B/event")
		})
	}
}

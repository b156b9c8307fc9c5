package dyad_test

import (
	"strconv"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
)

// signingsGraph returns a graph of two organisations, n signing
// ceremonies and n accords between them, accord i signed by both at
// ceremony i; every other ceremony also names its accord among its
// outcomes. The parties are organisations so that little but finding the
// accords of a ceremony depends on n.
func signingsGraph(n int) *graph.Graph {
	g := &graph.Graph{}
	for _, c := range []diplo.Country{"FR", "ML"} {
		g.Organizations = append(g.Organizations, actor.Organization{ID: diplo.ID("urn:x:org:" + string(c)),
			Kind: actor.Intergovernmental, Country: c, Name: diplo.Text{language.English: "Agency " + string(c)}})
	}
	parties := []diplo.ID{g.Organizations[0].ID, g.Organizations[1].ID}
	for i := range n {
		evID := diplo.ID("urn:x:signing:" + strconv.Itoa(i))
		acID := diplo.ID("urn:x:accord:" + strconv.Itoa(i))
		ev := event.Event{ID: evID, Kind: event.SigningCeremony, Start: diplo.DayOf(2025, time.Month(1+i%12), 1+i%28),
			Participants: []event.Participant{{Actor: parties[0], Role: event.Signatory}, {Actor: parties[1], Role: event.Signatory}}}
		if i%2 == 0 {
			ev.Outcomes = []diplo.ID{acID}
		}
		g.Events = append(g.Events, ev)
		a := accord.Accord{ID: acID, Kind: accord.Treaty, Parties: parties,
			Title: diplo.Text{language.French: "Accord " + strconv.Itoa(i)}}
		for _, p := range parties {
			a.Actions = append(a.Actions, accord.Action{Kind: accord.Signature, Date: ev.Start, Party: p, Event: evID})
		}
		g.Accords = append(g.Accords, a)
	}
	return g
}

// projectSigningsCase is Project over n signing ceremonies and n accords:
// each ceremony finds the accords signed at it without going through all
// of them.
var projectSigningsCase = scaling.Case{Name: "Project signings", N: 200, Setup: func(tb testing.TB, n int) func() {
	g := signingsGraph(n)
	return func() {
		recs, skipped := dyad.Project(g)
		if len(recs) != 2*n || len(skipped) != 0 {
			tb.Fatalf("%d records, %d skipped; want %d records", len(recs), len(skipped), 2*n)
		}
	}
}}

// TestProjectSigningsScale holds Project to n log n in the number of
// signing ceremonies and accords together.
func TestProjectSigningsScale(t *testing.T) { scaling.Check(t, projectSigningsCase) }

func BenchmarkProjectSignings(b *testing.B) { scaling.Bench(b, projectSigningsCase) }

// personsGraph returns a graph of two states, n persons, each holding an
// office of one of them, and n calls, call i from person i to person i+1.
func personsGraph(n int) *graph.Graph {
	g := &graph.Graph{}
	for _, c := range []diplo.Country{"FR", "ML"} {
		s, err := actor.NewState(string(c), "en", "State "+string(c))
		if err != nil {
			panic(err)
		}
		g.States = append(g.States, s)
		g.Offices = append(g.Offices, actor.Office{ID: diplo.ID("urn:x:office:" + string(c)), Role: actor.ForeignMinister,
			Of: actor.StateID(c), Name: diplo.Text{language.English: "Minister " + string(c)}})
	}
	person := func(i int) diplo.ID { return diplo.ID("urn:x:person:" + strconv.Itoa(i%n)) }
	for i := range n {
		g.Persons = append(g.Persons, actor.Person{ID: person(i), Name: diplo.Text{language.English: "Person " + strconv.Itoa(i)}})
		g.Tenures = append(g.Tenures, actor.Tenure{ID: diplo.ID("urn:x:tenure:" + strconv.Itoa(i)), Person: person(i), Office: g.Offices[i%2].ID})
		g.Events = append(g.Events, event.Event{ID: diplo.ID("urn:x:call:" + strconv.Itoa(i)), Kind: event.PhoneCall,
			Start:        diplo.DayOf(2025, time.Month(1+i%12), 1+i%28),
			Participants: []event.Participant{{Actor: person(i), Role: event.Initiator}, {Actor: person(i + 1), Role: event.Target}}})
	}
	return g
}

// projectPersonsCase is Project over n calls between n persons: each
// person's state is found through the tenures of that person, without
// going through every tenure.
var projectPersonsCase = scaling.Case{Name: "Project persons", N: 200, Setup: func(tb testing.TB, n int) func() {
	g := personsGraph(n)
	return func() {
		recs, skipped := dyad.Project(g)
		// A call is coded both ways (041 is reciprocal).
		if len(recs) != 2*n || len(skipped) != 0 {
			tb.Fatalf("%d records, %d skipped (%v); want %d records", len(recs), len(skipped), skipped[:min(1, len(skipped))], 2*n)
		}
	}
}}

// TestProjectPersonsScale holds Project to n log n in the number of
// persons, tenures and events together.
func TestProjectPersonsScale(t *testing.T) { scaling.Check(t, projectPersonsCase) }

func BenchmarkProjectPersons(b *testing.B) { scaling.Bench(b, projectPersonsCase) }

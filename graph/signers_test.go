package graph_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
)

// TestValidateSignersAtEvents checks the rule that whoever signs at a
// signing event takes part in it, on random graphs small and large enough
// for Validate to search the events and to build its tables, against a
// direct reading of the rule: for each signature action at an event (once
// per event and party), each signatory of its party, or every signatory
// for an accord-wide action, is a participant of the event or the head or a
// member of a participating delegation.
func TestValidateSignersAtEvents(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	reported := 0
	for round := range 300 {
		large := round%2 == 1
		size := 6
		if large {
			size = 40
		}
		g := &graph.Graph{Persons: persons(size)}
		pick := func(n int) int { return rng.IntN(n) }
		parties := []diplo.ID{genID("organizations", 0), genID("organizations", 1)}
		for i, id := range parties {
			g.Organizations = append(g.Organizations, actor.Organization{ID: id, Kind: actor.Commission, Name: fr("O" + strconv.Itoa(i))})
		}
		for i := range 1 + size/4 {
			d := actor.Delegation{ID: genID("delegations", i), Represents: parties[pick(2)]}
			if pick(2) == 0 {
				d.Head = genID("persons", pick(size))
			}
			for range pick(size) {
				d.Members = append(d.Members, genID("persons", pick(size)))
			}
			g.Delegations = append(g.Delegations, d)
		}
		roles := event.Roles().Values()
		for i := range 3 {
			e := event.Event{ID: genID("events", i), Kind: event.SigningCeremony}
			for range pick(size) {
				actor := genID("persons", pick(size))
				if pick(3) == 0 {
					actor = genID("delegations", pick(len(g.Delegations)))
				}
				e.Participants = append(e.Participants, event.Participant{Actor: actor, Role: roles[pick(len(roles))]})
			}
			g.Events = append(g.Events, e)
		}
		a := accord.Accord{ID: genID("accords", 0), Kind: accord.Agreement, Title: fr("A"), Parties: parties}
		for range 1 + pick(size) {
			a.Signatories = append(a.Signatories, accord.Signatory{Person: genID("persons", pick(size)), Party: parties[pick(2)]})
		}
		for range 1 + pick(size) {
			act := accord.Action{Kind: accord.Signature, Event: genID("events", pick(3))}
			if pick(3) > 0 {
				act.Party = parties[pick(2)]
			}
			a.Actions = append(a.Actions, act)
		}
		g.Accords = []accord.Accord{a}

		var want []string
		type eventParty struct{ event, party diplo.ID }
		done := map[eventParty]bool{}
		for _, act := range a.Actions {
			if done[eventParty{act.Event, act.Party}] {
				continue
			}
			done[eventParty{act.Event, act.Party}] = true
			ev := &g.Events[slices.IndexFunc(g.Events, func(e event.Event) bool { return e.ID == act.Event })]
			for j, s := range a.Signatories {
				if (act.Party.IsZero() || s.Party == act.Party) && !takesPart(g, ev, s.Person) {
					want = append(want, "accords[0].signatories["+strconv.Itoa(j)+"].person: inconsistent: signatory "+
						strconv.Quote(personName(g, s.Person))+" ("+string(s.Person)+") is not a participant of "+string(act.Event))
				}
			}
		}
		var got []string
		for _, fe := range fieldErrors(t, g.Validate()) {
			if strings.Contains(fe.Error(), "is not a participant of") {
				got = append(got, fe.Error())
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		require.Equal(t, want, got, "round %d", round)
		reported += len(got)
	}
	// The rounds break the rule often enough to test it.
	assert.Greater(t, reported, 300)
}

// personName returns the name of the person of id, in its one language.
func personName(g *graph.Graph, id diplo.ID) string {
	i := slices.IndexFunc(g.Persons, func(p actor.Person) bool { return p.ID == id })
	_, name, _ := g.Persons[i].Name.Original()
	return name
}

// takesPart reads the rule directly: person is a participant of ev, or the
// head or a member of a delegation (the first of its ID) that is.
func takesPart(g *graph.Graph, ev *event.Event, person diplo.ID) bool {
	for _, pt := range ev.Participants {
		if pt.Actor == person {
			return true
		}
		i := slices.IndexFunc(g.Delegations, func(d actor.Delegation) bool { return d.ID == pt.Actor })
		if i >= 0 && (g.Delegations[i].Head == person || slices.Contains(g.Delegations[i].Members, person)) {
			return true
		}
	}
	return false
}

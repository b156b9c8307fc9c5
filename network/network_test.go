package network_test

import (
	"errors"
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
	"github.com/diplo-go/diplo/decision"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
)

// id returns a test ID.
func id(s string) diplo.ID { return diplo.ID("https://example.org/" + s) }

// part returns participants in a role.
func part(role event.Role, names ...string) []event.Participant {
	ps := make([]event.Participant, len(names))
	for i, n := range names {
		ps[i] = event.Participant{Actor: id(n), Role: role}
	}
	return ps
}

// meeting returns a held event of kind k with the participants named.
func meeting(name string, k event.Kind, date string, names ...string) event.Event {
	return event.Event{ID: id(name), Kind: k, Start: diplo.MustParseDate(date), Participants: part(event.Participating, names...)}
}

// edge is an edge written short: "a met b via e1 e2".
func edge(e network.Edge) string {
	s := strings.TrimPrefix(string(e.Source), "https://example.org/") + " " + string(e.Kind) + " " + strings.TrimPrefix(string(e.Target), "https://example.org/")
	s += " " + strconv.Itoa(e.Weight)
	for _, v := range e.Via {
		s += " " + strings.TrimPrefix(string(v), "https://example.org/")
	}
	if !e.First.IsZero() || !e.Last.IsZero() {
		s += " " + e.First.String() + "/" + e.Last.String()
	}
	return s
}

func edges(t *testing.T, g *graph.Graph, o network.Options) []string {
	t.Helper()
	n, err := network.New(g, o)
	require.NoError(t, err)
	out := []string{}
	for _, e := range n.Edges {
		out = append(out, edge(e))
	}
	return out
}

// TestNewLinks holds each rule of the kinds of link to a case.
func TestNewLinks(t *testing.T) {
	cases := []struct {
		name string
		g    *graph.Graph
		o    network.Options
		want []string
	}{
		{name: "a meeting links every pair of its participants",
			g:    &graph.Graph{Events: []event.Event{meeting("e1", event.Summit, "2025-06-22", "c", "a", "b")}},
			want: []string{"a met b 1 e1 2025-06-22/2025-06-22", "a met c 1 e1 2025-06-22/2025-06-22", "b met c 1 e1 2025-06-22/2025-06-22"}},
		{name: "every meeting counts, and the dates span them",
			g: &graph.Graph{Events: []event.Event{
				meeting("e2", event.PhoneCall, "2025-09", "b", "a"),
				{ID: id("e1"), Kind: event.OfficialVisit, Start: diplo.MustParseDate("2025-06-22"), End: diplo.MustParseDate("2025-06-26"), Participants: part(event.Host, "a", "b")},
			}},
			want: []string{"a met b 2 e1 e2 2025-06-22/2025-09"}},
		{name: "an actor in two roles of one meeting is one participant",
			g: &graph.Graph{Events: []event.Event{{ID: id("e1"), Kind: event.SigningCeremony, Start: diplo.MustParseDate("2025"),
				Participants: append(part(event.Host, "a", "b"), part(event.Signatory, "a", "b")...)}}},
			want: []string{"a met b 1 e1 2025/2025"}},
		{name: "an event listed twice counts once",
			g:    &graph.Graph{Events: []event.Event{meeting("e1", event.BilateralTalks, "2025", "a", "b"), meeting("e1", event.BilateralTalks, "2025", "a", "b")}},
			want: []string{"a met b 1 e1 2025/2025"}},
		{name: "planned, postponed and cancelled meetings link no one",
			g: &graph.Graph{Events: []event.Event{
				func() event.Event {
					e := meeting("e1", event.Summit, "2025", "a", "b")
					e.Status = event.Planned
					return e
				}(),
				func() event.Event {
					e := meeting("e2", event.Summit, "2025", "a", "b")
					e.Status = event.Postponed
					return e
				}(),
				func() event.Event {
					e := meeting("e3", event.Summit, "2025", "a", "b")
					e.Status = event.Cancelled
					return e
				}(),
				func() event.Event {
					e := meeting("e4", event.Summit, "2025", "a", "b")
					e.Status = event.Held
					return e
				}(),
			}},
			want: []string{"a met b 1 e4 2025/2025"}},
		{name: "events that are not meetings link no one",
			g: &graph.Graph{Events: []event.Event{
				meeting("e1", event.PressConference, "2025", "a", "b"),
				meeting("e2", event.Communique, "2025", "a", "b"),
				meeting("e3", event.Credentials, "2025", "a", "b"),
				meeting("e4", event.Summoning, "2025", "a", "b"),
			}},
			want: []string{}},
		{name: "an expulsion links the initiator to its targets and subjects, one way",
			g: &graph.Graph{Events: []event.Event{{ID: id("x1"), Kind: event.Expulsion, Start: diplo.MustParseDate("2018-03-14"),
				Participants: append(append(part(event.Initiator, "gb"), part(event.Target, "ru")...), append(part(event.Subject, "diplomats"), part(event.Speaker, "may")...)...)}}},
			want: []string{"gb expelled diplomats 1 x1 2018-03-14/2018-03-14", "gb expelled ru 1 x1 2018-03-14/2018-03-14"}},
		{name: "expulsions each way are two edges",
			g: &graph.Graph{Events: []event.Event{
				{ID: id("x1"), Kind: event.Expulsion, Participants: append(part(event.Initiator, "gb"), part(event.Target, "ru")...)},
				{ID: id("x2"), Kind: event.Expulsion, Participants: append(part(event.Initiator, "ru"), part(event.Target, "gb")...)},
			}},
			want: []string{"gb expelled ru 1 x1", "ru expelled gb 1 x2"}},
		{name: "persona non grata: the receiving side expels the sending side and the envoy",
			g: &graph.Graph{Events: []event.Event{{ID: id("p1"), Kind: event.PersonaNonGrata,
				Participants: append(append(part(event.Receiving, "ru"), part(event.Sending, "gb")...), part(event.EnvoyRole, "envoy")...)}}},
			want: []string{"ru expelled envoy 1 p1", "ru expelled gb 1 p1"}},
		{name: "an expulsion's initiator is no initiator of an accreditation step",
			g: &graph.Graph{Events: []event.Event{{ID: id("c1"), Kind: event.Credentials,
				Participants: append(part(event.Receiving, "ru"), part(event.Sending, "gb")...)}}},
			want: []string{}},
		{name: "an accord links its parties, and its signatories, each among themselves",
			g: &graph.Graph{Accords: []accord.Accord{{ID: id("t1"), Kind: accord.Treaty, Parties: []diplo.ID{id("ru"), id("ml")},
				Signatories: []accord.Signatory{{Person: id("putin"), Party: id("ru")}, {Person: id("goita"), Party: id("ml")}},
				Actions:     []accord.Action{{Kind: accord.EntryIntoForce, Date: diplo.MustParseDate("2026")}, {Kind: accord.Signature, Date: diplo.MustParseDate("2025-06-23")}, {Kind: accord.Ratification}}}}},
			want: []string{"goita signed-with putin 1 t1 2025-06-23/2025-06-23", "ml signed-with ru 1 t1 2025-06-23/2025-06-23"}},
		{name: "a vote links the voters of the same option, a veto with the noes",
			g: &graph.Graph{Votes: []decision.Vote{{ID: id("v1"), Date: diplo.MustParseDate("2024-04-18"), Positions: []decision.Position{
				{Voter: id("a"), Option: decision.Yes}, {Voter: id("b"), Option: decision.Yes},
				{Voter: id("c"), Option: decision.No}, {Voter: id("d"), Option: decision.Veto},
				{Voter: id("e"), Option: decision.Abstain}, {Voter: id("f"), Option: decision.Abstain},
				{Voter: id("g"), Option: decision.Absent}, {Voter: id("h"), Option: decision.Absent},
			}}}},
			want: []string{"a voted-with b 1 v1 2024-04-18/2024-04-18", "c voted-with d 1 v1 2024-04-18/2024-04-18", "e voted-with f 1 v1 2024-04-18/2024-04-18"}},
		{name: "two kinds between the same actors are two edges, in the order of Kinds",
			g: &graph.Graph{
				Events:  []event.Event{{ID: id("x1"), Kind: event.Expulsion, Participants: append(part(event.Initiator, "a"), part(event.Target, "b")...)}, meeting("e1", event.Summit, "2025", "a", "b")},
				Accords: []accord.Accord{{ID: id("t1"), Kind: accord.Treaty, Parties: []diplo.ID{id("b"), id("a")}}},
				Votes:   []decision.Vote{{ID: id("v1"), Positions: []decision.Position{{Voter: id("b"), Option: decision.Yes}, {Voter: id("a"), Option: decision.Yes}}}},
			},
			want: []string{"a met b 1 e1 2025/2025", "a signed-with b 1 t1", "a voted-with b 1 v1", "a expelled b 1 x1"}},
		{name: "Options.Kinds keeps the kinds named",
			g: &graph.Graph{
				Events:  []event.Event{meeting("e1", event.Summit, "2025", "a", "b")},
				Accords: []accord.Accord{{ID: id("t1"), Kind: accord.Treaty, Parties: []diplo.ID{id("b"), id("a")}}},
			},
			o:    network.Options{Kinds: []network.Kind{network.SignedWith}},
			want: []string{"a signed-with b 1 t1"}},
		{name: "events, accords and votes without an ID link no one",
			g: &graph.Graph{
				Events:  []event.Event{{Kind: event.Summit, Participants: part(event.Participating, "a", "b")}},
				Accords: []accord.Accord{{Kind: accord.Treaty, Parties: []diplo.ID{id("b"), id("a")}}},
				Votes:   []decision.Vote{{Positions: []decision.Position{{Voter: id("b"), Option: decision.Yes}, {Voter: id("a"), Option: decision.Yes}}}},
			},
			want: []string{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, edges(t, tc.g, tc.o))
		})
	}
}

// TestNewNodes checks that every actor of the graph is a node, with its
// type and label, and that the actors a link names that the graph does
// not hold as actors are nodes too.
func TestNewNodes(t *testing.T) {
	ml, err := actor.NewState("ML", "fr", "Mali")
	require.NoError(t, err)
	g := &graph.Graph{
		Persons:       []actor.Person{{ID: id("goita"), Name: diplo.MustNewText("fr", "Assimi Goïta")}},
		States:        []actor.State{ml, ml},
		Organizations: []actor.Organization{{ID: id("un"), Abbreviation: "UN"}, {ID: id("au"), Name: diplo.MustNewText("en", "African Union"), Abbreviation: "AU"}},
		Delegations:   []actor.Delegation{{ID: id("delegation"), Represents: ml.ID}},
		Missions:      []actor.Mission{{ID: id("embassy"), Name: diplo.MustNewText("fr", "Ambassade du Mali")}},
		Offices:       []actor.Office{{ID: id("office"), Name: diplo.MustNewText("fr", "Président")}},
		Events:        []event.Event{meeting("e1", event.Summit, "2025", "office", "stranger")},
	}
	n, err := network.New(g, network.Options{})
	require.NoError(t, err)
	assert.Equal(t, []network.Node{
		{ID: id("au"), Type: graph.OrganizationNode, Label: "African Union"},
		{ID: id("delegation"), Type: graph.DelegationNode, Label: string(id("delegation"))},
		{ID: id("embassy"), Type: graph.MissionNode, Label: "Ambassade du Mali"},
		{ID: id("goita"), Type: graph.PersonNode, Label: "Assimi Goïta"},
		{ID: id("office"), Type: graph.OfficeNode, Label: string(id("office"))},
		{ID: id("stranger"), Label: string(id("stranger"))},
		{ID: id("un"), Type: graph.OrganizationNode, Label: "UN"},
		{ID: ml.ID, Type: graph.StateNode, Label: "Mali"},
	}, n.Nodes)
}

// TestNewOrder checks that the order of the lists of a graph does not
// change the network.
func TestNewOrder(t *testing.T) {
	g := &graph.Graph{}
	for i := range 40 {
		g.Events = append(g.Events, meeting("e"+strconv.Itoa(i), event.Summit, "2025-01-"+strconv.Itoa(10+i%20), "a"+strconv.Itoa(i%7), "a"+strconv.Itoa(i%5), "a"+strconv.Itoa(i%3)))
		g.Persons = append(g.Persons, actor.Person{ID: id("a" + strconv.Itoa(i)), Name: diplo.MustNewText("en", "P"+strconv.Itoa(i))})
	}
	want, err := network.New(g, network.Options{})
	require.NoError(t, err)
	require.NotEmpty(t, want.Edges)
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		r.Shuffle(len(g.Events), func(i, j int) { g.Events[i], g.Events[j] = g.Events[j], g.Events[i] })
		r.Shuffle(len(g.Persons), func(i, j int) { g.Persons[i], g.Persons[j] = g.Persons[j], g.Persons[i] })
		for i := range g.Events {
			slices.Reverse(g.Events[i].Participants)
		}
		got, err := network.New(g, network.Options{})
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}

// TestNewMaxPairs checks the bound on the pairs a record links: a
// meeting of k participants links k(k-1)/2 pairs, counted across the
// record, and New fails at the place that crosses the bound.
func TestNewMaxPairs(t *testing.T) {
	names := make([]string, 100)
	for i := range names {
		names[i] = "a" + strconv.Itoa(i)
	}
	g := &graph.Graph{Events: []event.Event{
		meeting("small", event.Summit, "2025", names[:10]...), // 45 pairs
		meeting("large", event.Summit, "2025", names...),      // 4950 pairs
	}}
	cases := []struct {
		name  string
		max   int
		path  string
		edges int
	}{
		{name: "the default holds both", max: 0, edges: 4950},
		{name: "no limit", max: diplo.NoLimit, edges: 4950},
		{name: "exactly enough", max: 4995, edges: 4950},
		{name: "one short", max: 4994, path: "events[1].participants"},
		{name: "the first meeting crosses it", max: 44, path: "events[0].participants"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n, err := network.New(g, network.Options{MaxPairs: tc.max})
			if tc.path == "" {
				require.NoError(t, err)
				assert.Len(t, n.Edges, tc.edges)
				return
			}
			require.Error(t, err)
			assert.Nil(t, n)
			var fe *diplo.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.path, fe.Path)
			assert.ErrorIs(t, err, diplo.ErrLimit)
			assert.Contains(t, err.Error(), "MaxPairs")
		})
	}
	t.Run("accords, votes and expulsions count too", func(t *testing.T) {
		parties := make([]diplo.ID, 10)
		positions := make([]decision.Position, 10)
		for i := range parties {
			parties[i] = id(names[i])
			positions[i] = decision.Position{Voter: id(names[i]), Option: decision.Yes}
		}
		for _, tc := range []struct {
			g    *graph.Graph
			path string
		}{
			{&graph.Graph{Accords: []accord.Accord{{ID: id("t"), Parties: parties}}}, "accords[0].parties"},
			{&graph.Graph{Accords: []accord.Accord{{ID: id("t"), Signatories: []accord.Signatory{{Person: id("a")}, {Person: id("b")}, {Person: id("c")}}}}}, "accords[0].signatories"},
			{&graph.Graph{Votes: []decision.Vote{{ID: id("v"), Positions: positions}}}, "votes[0].positions"},
			{&graph.Graph{Events: []event.Event{{ID: id("x"), Kind: event.Expulsion, Participants: append(part(event.Initiator, "a", "b"), part(event.Target, "c", "d")...)}}}, "events[0].participants"},
		} {
			_, err := network.New(tc.g, network.Options{MaxPairs: 2})
			var fe *diplo.FieldError
			require.True(t, errors.As(err, &fe), tc.path)
			assert.Equal(t, tc.path, fe.Path)
			assert.ErrorIs(t, err, diplo.ErrLimit)
		}
	})
}

// TestKinds checks the list of kinds and which one is directed.
func TestKinds(t *testing.T) {
	assert.Equal(t, []network.Kind{network.Met, network.SignedWith, network.VotedWith, network.Expelled}, network.Kinds())
	for _, k := range network.Kinds() {
		assert.Equal(t, k == network.Expelled, k.Directed(), k)
	}
	ks := network.Kinds()
	ks[0] = "changed"
	assert.Equal(t, network.Met, network.Kinds()[0], "Kinds returns a copy")
}

// TestIsMeeting checks every event kind.
func TestIsMeeting(t *testing.T) {
	meetings := []event.Kind{event.Summit, event.StateVisit, event.OfficialVisit, event.WorkingVisit, event.Visit,
		event.BilateralTalks, event.MultilateralConference, event.NegotiationRound, event.Mediation,
		event.SigningCeremony, event.JointPressConference, event.PhoneCall, event.VideoCall}
	for _, k := range event.Kinds().Values() {
		assert.Equal(t, slices.Contains(meetings, k), network.IsMeeting(k), k)
	}
}

// TestNewUnknownKind checks that a kind New does not know is an error,
// not a filter that keeps nothing.
func TestNewUnknownKind(t *testing.T) {
	_, err := network.New(&graph.Graph{}, network.Options{Kinds: []network.Kind{network.Met, "friends-with"}})
	require.Error(t, err)
	var fe *diplo.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "kinds", fe.Path)
	assert.ErrorIs(t, err, diplo.ErrUnknown)
	assert.Contains(t, err.Error(), "friends-with")
}

// TestNewViaOwn checks that appending to the Via of one edge leaves the
// others as they are, though they share an array.
func TestNewViaOwn(t *testing.T) {
	g := &graph.Graph{Events: []event.Event{meeting("e1", event.Summit, "2025", "a", "b", "c")}}
	n, err := network.New(g, network.Options{})
	require.NoError(t, err)
	require.Len(t, n.Edges, 3)
	n.Edges[0].Via = append(n.Edges[0].Via, id("other"))
	assert.Equal(t, []diplo.ID{id("e1")}, n.Edges[1].Via)
	assert.Equal(t, []diplo.ID{id("e1")}, n.Edges[2].Via)
}

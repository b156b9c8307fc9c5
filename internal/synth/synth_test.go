package synth_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/synth"
)

var update = flag.Bool("update", false, "rewrite golden files")

// counts are the numbers of nodes of a graph, by list.
type counts struct {
	persons, states, organizations, offices, tenures, delegations, events, statements, accords, sources int
}

func countsOf(g *graph.Graph) counts {
	return counts{len(g.Persons), len(g.States), len(g.Organizations), len(g.Offices), len(g.Tenures),
		len(g.Delegations), len(g.Events), len(g.Statements), len(g.Accords), len(g.Sources)}
}

func TestGraph(t *testing.T) {
	tests := []struct {
		events int
		want   counts
	}{
		{0, counts{states: 2, persons: 6, offices: 6, tenures: 6}},
		{1, counts{states: 2, persons: 6, offices: 6, tenures: 6, events: 1, sources: 1}},
		{3, counts{states: 2, persons: 6, offices: 6, tenures: 6, events: 3, sources: 3}},
		{4, counts{states: 2, persons: 6, offices: 6, tenures: 6, events: 4, sources: 4,
			delegations: 2, statements: 1, accords: 1, organizations: 1}},
		{7, counts{states: 2, persons: 6, offices: 6, tenures: 6, events: 7, sources: 7,
			delegations: 2, statements: 1, accords: 1, organizations: 1}},
		{40, counts{states: 7, persons: 21, offices: 21, tenures: 21, events: 40, sources: 40,
			delegations: 20, statements: 10, accords: 10, organizations: 2}},
		{10000, counts{states: 193, persons: 579, offices: 579, tenures: 579, events: 10000, sources: 10000,
			delegations: 5000, statements: 2500, accords: 2500, organizations: 500}},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.events), func(t *testing.T) {
			g := synth.Graph(tc.events)
			if err := g.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
			if got := countsOf(g); got != tc.want {
				t.Errorf("counts %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestGraphDeterministic checks that a number of events always gives the
// same graph, and that it survives strict decoding.
func TestGraphDeterministic(t *testing.T) {
	a, err := json.Marshal(synth.Graph(400))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(synth.Graph(400))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two graphs of 400 events differ")
	}
	g, err := graph.UnmarshalStrict(a)
	if err != nil {
		t.Fatalf("UnmarshalStrict: %v", err)
	}
	again, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, again) {
		t.Fatal("round trip through JSON changes the graph")
	}
}

// TestGraphShape checks the facts that make a generated graph realistic:
// visits with three parts, accords signed at a ceremony by participants,
// statements made at a press conference, and states of the UN.
func TestGraphShape(t *testing.T) {
	g := synth.Graph(400)
	ix := graph.NewIndex(g)
	visits := 0
	for _, e := range g.Events {
		if len(e.Parts) == 0 {
			continue
		}
		visits++
		if len(e.Parts) != 3 || len(e.Outcomes) != 1 {
			t.Fatalf("visit %s: %d parts, %d outcomes", e.ID, len(e.Parts), len(e.Outcomes))
		}
		kinds := []event.Kind{}
		for _, p := range e.Parts {
			pe, ok := ix.Event(p)
			if !ok {
				t.Fatalf("part %s missing", p)
			}
			kinds = append(kinds, pe.Kind)
		}
		if !slices.Equal(kinds, []event.Kind{event.BilateralTalks, event.SigningCeremony, event.JointPressConference}) {
			t.Errorf("visit %s: parts %v", e.ID, kinds)
		}
	}
	if visits != 100 {
		t.Errorf("%d visits, want 100", visits)
	}
	for _, a := range g.Accords {
		if a.Actions[0].Kind != accord.Signature || a.Actions[0].Event.IsZero() {
			t.Errorf("accord %s: first action %+v", a.ID, a.Actions[0])
		}
	}
	for _, s := range g.Statements {
		occ, ok := ix.Event(s.Occasion)
		if !ok || occ.Kind != event.JointPressConference {
			t.Errorf("statement %s: occasion %s", s.ID, s.Occasion)
		}
	}
	for _, s := range g.States {
		if !slices.Contains(synth.UNMembers, string(s.Country)) {
			t.Errorf("state %s is not a UN member", s.Country)
		}
		if s.ID != actor.StateID(s.Country) {
			t.Errorf("state %s: ID %s is not StateID of its code", s.Country, s.ID)
		}
	}
}

func TestUNMembers(t *testing.T) {
	if len(synth.UNMembers) != 193 {
		t.Fatalf("%d members, want 193", len(synth.UNMembers))
	}
	if !slices.IsSorted(synth.UNMembers) {
		t.Error("members not sorted by code")
	}
	if len(slices.Compact(slices.Clone(synth.UNMembers))) != 193 {
		t.Error("a code is listed twice")
	}
	for _, code := range synth.UNMembers {
		c, err := diplo.ParseCountry(code)
		if err != nil || string(c) != code {
			t.Errorf("%s: ParseCountry = %q, %v", code, c, err)
		}
	}
}

// TestGolden compares a small graph with its golden file.
func TestGolden(t *testing.T) {
	got, err := json.MarshalIndent(synth.Graph(8), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "synth-8.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Graph(8) differs from %s; run go test -update if the change is meant", golden)
	}
}

func TestLoad(t *testing.T) {
	g, data, err := synth.Load(filepath.Join("..", "..", synth.RussiaMaliFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if len(g.Events) != 7 || len(g.Accords) != 3 || len(g.Persons) != 4 || len(g.States) != 2 {
		t.Errorf("counts %+v", countsOf(g))
	}
	if !json.Valid(data) {
		t.Error("Load returned bytes that are not JSON")
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"type": "Graph", "events": [{"kind": "sumit"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       error
		msg        string
	}{
		{"missing file", filepath.Join(dir, "none.json"), os.ErrNotExist, ""},
		{"bad value", bad, diplo.ErrUnknown, "events[0].kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := synth.Load(tc.path)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Load: %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("Load: %q does not name %q", err, tc.msg)
			}
		})
	}
}

package dyad_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
)

var update = flag.Bool("update", false, "rewrite golden files")

func loadGraph(t *testing.T, path string) *graph.Graph {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	g, err := graph.Unmarshal(data)
	require.NoError(t, err)
	return g
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "%s differs (run go test -update to accept)", path)
}

func TestProjectExamples(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*/testdata/*.golden.json")
	require.GreaterOrEqual(t, len(paths), 5, "example documents found")
	for _, p := range paths {
		name := filepath.Base(filepath.Dir(filepath.Dir(p)))
		t.Run(name, func(t *testing.T) {
			recs, skipped := dyad.Project(loadGraph(t, p))
			out, err := json.MarshalIndent(struct {
				Records []eventdata.Record
				Skipped []dyad.Skipped
			}{recs, skipped}, "", "  ")
			require.NoError(t, err)
			golden(t, filepath.Join("testdata", name+".projection.golden.json"), append(out, '\n'))
		})
	}
}

// TestProjectRussiaMali checks the records the Russia–Mali visit must give:
// the visit (042) and its hosting (043), the talks (046), and one signing
// per accord each way (057), with scores from the CAMEO table.
func TestProjectRussiaMali(t *testing.T) {
	g := loadGraph(t, "../../examples/russia-mali/testdata/russia-mali.golden.json")
	recs, _ := dyad.Project(g)
	type key struct{ date, src, dst, code string }
	count := map[key]int{}
	for _, r := range recs {
		count[key{r.Date.Format("2006-01-02"), r.Source.Code, r.Target.Code, r.CAMEO}]++
		assert.NotEmpty(t, r.Source.Country, "record %s %s→%s lacks a source country", r.CAMEO, r.Source.Code, r.Target.Code)
		if r.Target.Code != "" {
			assert.NotEmpty(t, r.Target.Country, "record %s %s→%s lacks a target country", r.CAMEO, r.Source.Code, r.Target.Code)
		}
	}
	tests := []struct {
		key       key
		min       int
		goldstein float64
		plover    string
		mode      string
	}{
		{key{"2025-06-22", "MLIGOV", "RUSGOV", "042"}, 1, 1.9, "CONSULT", "visit"},
		{key{"2025-06-22", "RUSGOV", "MLIGOV", "043"}, 1, 2.8, "CONSULT", "visit"},
		{key{"2025-06-23", "MLIGOV", "RUSGOV", "046"}, 1, 7, "CONSULT", ""},
		{key{"2025-06-23", "RUSGOV", "MLIGOV", "046"}, 1, 7, "CONSULT", ""},
		{key{"2025-06-23", "MLIGOV", "RUSGOV", "057"}, 3, 8, "SUPPORT", ""},
		{key{"2025-06-23", "RUSGOV", "MLIGOV", "057"}, 3, 8, "SUPPORT", ""},
	}
	for _, tc := range tests {
		assert.GreaterOrEqual(t, count[tc.key], tc.min, "%v: records", tc.key)
		for _, r := range recs {
			if r.CAMEO != tc.key.code {
				continue
			}
			assert.Equal(t, tc.goldstein, r.Goldstein, "%s: Goldstein", r.CAMEO)
			assert.Equal(t, tc.plover, r.PLOVER.Event, "%s: PLOVER event", r.CAMEO)
			assert.Equal(t, tc.mode, r.PLOVER.Mode, "%s: PLOVER mode", r.CAMEO)
			assert.EqualValues(t, 1, r.QuadClass, "%s: quad class", r.CAMEO)
		}
	}
	// One signing per accord: each accord title appears on 057 records.
	titles := map[string]bool{}
	for _, r := range recs {
		if r.CAMEO == "057" {
			titles[r.Text] = true
			if assert.NotEmpty(t, r.PLOVER.Contexts, "057 contexts") {
				assert.Equal(t, "diplomatic", r.PLOVER.Contexts[0], "057 contexts %v, want diplomatic first", r.PLOVER.Contexts)
			}
		}
	}
	assert.Len(t, titles, 3, "accords the signings name")
}

// TestProjectSkips checks that what Project cannot code is listed with its
// path and reason, and that no record is made with an empty code.
func TestProjectSkips(t *testing.T) {
	ru, _ := actor.NewState("RU", "en", "Russia")
	ml, _ := actor.NewState("ML", "en", "Mali")
	envoy := actor.Person{ID: "urn:x:envoy", Name: diplo.MustNewText("en", "An envoy")}
	day := diplo.MustParseDate("2025-06-23")
	g := &graph.Graph{
		Persons: []actor.Person{envoy},
		States:  []actor.State{ru, ml},
		Events: []event.Event{
			{ID: "urn:x:1", Kind: "sumit", Start: day},
			{ID: "urn:x:2", Kind: event.BilateralTalks, Status: "adjourned", Start: day},
			{ID: "urn:x:3", Kind: event.BilateralTalks, Start: day, Participants: []event.Participant{
				{Actor: ru.ID, Role: event.Participating},
				{Actor: ml.ID, Role: event.Participating},
				{Actor: envoy.ID, Role: event.Mediator},
			}},
		},
		Statements: []event.Statement{{ID: "urn:x:4", Kind: "tweet", Date: day, Speakers: []diplo.ID{ru.ID}}},
	}
	recs, skipped := dyad.Project(g)
	want := []string{"events[0]", "events[1]", "events[2].participants[2]", "statements[0]"}
	var got []string
	for _, s := range skipped {
		got = append(got, s.Path)
	}
	assert.Equal(t, want, got, "skipped %+v", skipped)
	assert.Len(t, recs, 2, "records: the two 046 dyads")
	for _, r := range recs {
		assert.NotEmpty(t, r.CAMEO, "record with no CAMEO code: %+v", r)
	}
}

// TestProjectAccreditation projects each step of accreditation between
// the United States and Japan and checks the code and the direction of
// each record: the roles sending and receiving decide the sides, the
// envoy acts through the mission's sending side, and a departure is
// listed as not coded.
func TestProjectAccreditation(t *testing.T) {
	us, jp := actor.StateID("US"), actor.StateID("JP")
	envoy := diplo.ID("https://example.org/p/envoy")
	mission := diplo.ID("https://example.org/m/us-jp")
	office := diplo.ID("https://example.org/o/amb")
	en := func(s string) diplo.Text { return diplo.MustNewText("en", s) }
	g := &graph.Graph{
		Persons: []actor.Person{{ID: envoy, Name: en("Envoy")}},
		States: []actor.State{{ID: us, Name: en("United States"), Country: "US"},
			{ID: jp, Name: en("Japan"), Country: "JP"}},
		Missions: []actor.Mission{{ID: mission, Kind: actor.Embassy, Name: en("Embassy"), Sending: us, Receiving: jp}},
		Offices:  []actor.Office{{ID: office, Name: en("Ambassador"), Role: actor.Ambassador, Of: mission}},
		Tenures:  []actor.Tenure{{ID: "https://example.org/t", Person: envoy, Office: office, Start: diplo.MustParseDate("2013-11-19")}},
	}
	kinds := []event.Kind{event.AgrementRequest, event.Agrement, event.Credentials, event.RecallAmbassador, event.PersonaNonGrata, event.Departure}
	for i, k := range kinds {
		g.Events = append(g.Events, event.Event{ID: diplo.ID("https://example.org/e/" + string(k)), Kind: k,
			Name: en(string(k)), Start: diplo.MustParseDate("2013-11-2" + string(rune('0'+i))),
			Participants: []event.Participant{
				{Actor: us, Role: event.Sending}, {Actor: jp, Role: event.Receiving}, {Actor: envoy, Role: event.EnvoyRole},
			}})
	}
	require.NoError(t, g.Validate())
	recs, skipped := dyad.Project(g)
	var got []string
	for _, r := range recs {
		got = append(got, r.ID[len("https://example.org/e/"):]+" "+r.CAMEO+" "+r.Source.Code+">"+r.Target.Code)
	}
	assert.Equal(t, []string{
		"agrement-request 022 USAGOV>JPNGOV",
		"agrement 050 JPNGOV>USAGOV",
		"credentials 050 USAGOV>JPNGOV",
		"credentials 050 JPNGOV>USAGOV",
		"recall-ambassador 161 USAGOV>JPNGOV",
		"persona-non-grata 161 JPNGOV>USAGOV",
	}, got)
	assert.Equal(t, []dyad.Skipped{{Path: "events[5]", Reason: "a departure is not coded: CAMEO has no code for it"}}, skipped)

	// The envoy, holding an office of the mission, acts for the sending
	// side: a credentials event that names only the envoy and the
	// receiving side still codes the United States.
	g.Events = g.Events[2:3]
	g.Events[0].Participants = []event.Participant{{Actor: envoy, Role: event.Sending}, {Actor: jp, Role: event.Receiving}}
	recs, _ = dyad.Project(g)
	require.Len(t, recs, 2)
	assert.Equal(t, "USAGOV", recs[0].Source.Code)
}

// TestProjectSupranational projects a meeting of the European Union, a
// supranational organisation, with a state: CAMEO has no type of its own
// for it, and codes it as an IGO.
func TestProjectSupranational(t *testing.T) {
	ua, _ := actor.NewState("UA", "en", "Ukraine")
	eu := actor.Organization{ID: "urn:x:eu", Kind: actor.Supranational, Name: diplo.MustNewText("en", "European Union"), Abbreviation: "EU"}
	g := &graph.Graph{
		States:        []actor.State{ua},
		Organizations: []actor.Organization{eu},
		Events: []event.Event{{ID: "urn:x:talks", Kind: event.BilateralTalks, Start: diplo.MustParseDate("2022-02-28"), Participants: []event.Participant{
			{Actor: ua.ID, Role: event.Participating},
			{Actor: eu.ID, Role: event.Participating},
		}}},
	}
	recs, skipped := dyad.Project(g)
	require.Empty(t, skipped)
	require.NotEmpty(t, recs)
	var types []string
	for _, r := range recs {
		for _, a := range []eventdata.Actor{r.Source, r.Target} {
			if a.ID == string(eu.ID) {
				types = append(types, a.Types...)
			}
		}
	}
	require.NotEmpty(t, types, "no record names the EU: %+v", recs)
	for _, typ := range types {
		assert.Equal(t, "IGO", typ)
	}
}

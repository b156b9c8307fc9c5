package tables_test

import (
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables"
)

var update = flag.Bool("update", false, "rewrite golden files")

// hostileGolden is the hostile record as JSON, which the DuckDB check
// (.ci/consumers/check-tables) also reads.
const hostileGolden = "testdata/hostile.golden.json"

// records returns the graphs of every example and the hostile record, by
// file name.
func records(t testing.TB) map[string]*graph.Graph {
	t.Helper()
	paths, err := filepath.Glob("../examples/*/testdata/*.golden.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	paths = append(paths, hostileGolden)
	out := make(map[string]*graph.Graph, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		g, err := graph.Unmarshal(data)
		require.NoError(t, err, p)
		require.NoError(t, g.Validate(), p)
		out[p] = g
	}
	return out
}

// hostileValues are texts that break naive CSV writers and readers, or
// that a spreadsheet would run as formulas.
var hostileValues = []string{
	`=HYPERLINK("http://example.org/x","click, here")`,
	"+33 1 23 45 67 89",
	"-2+3",
	"@SUM(A1:A2)",
	"\ttab first",
	"a \"quoted\" word, a comma",
	"two\nlines",
	" leading and trailing space ",
	"Ahmed \u0623\u062d\u0645\u062f \u2028 separator",
	"emoji \U0001F30D, 'single'",
}

// hostile returns a valid graph whose texts are hostileValues.
func hostile(t testing.TB) *graph.Graph {
	t.Helper()
	g := &graph.Graph{}
	ml := actor.StateID("ML")
	g.States = []actor.State{{ID: ml, Name: diplo.MustNewText("fr", "Mali, République du").MustWith("en-t-fr", "Mali, \"Republic\" of"), Country: "ML"},
		{ID: actor.StateID("RU"), Name: diplo.MustNewText("ru", "Россия"), Country: "RU"}}
	for i, s := range hostileValues {
		g.Persons = append(g.Persons, actor.Person{ID: diplo.ID("https://example.org/p/" + string(rune('a'+i))), Name: diplo.MustNewText("fr", s)})
	}
	e := event.Event{ID: "https://example.org/e/1", Kind: event.OfficialVisit, Name: diplo.MustNewText("fr", hostileValues[0]).MustWith("en-t-fr", hostileValues[6]),
		Description: diplo.MustNewText("ar", hostileValues[8]), Start: diplo.MustParseDate("2025-06~"), End: diplo.MustParseDate("2025-06-26?"),
		Place:        diplo.Place{Name: diplo.MustNewText("fr", hostileValues[5]), Country: "ML", Coordinates: &diplo.Coordinates{Latitude: -12.65, Longitude: -8.0}},
		Participants: []event.Participant{{Actor: ml, Role: event.Guest}, {Actor: actor.StateID("RU"), Role: event.Host}}}
	e2 := event.Event{ID: "https://example.org/e/2", Kind: event.PhoneCall, Start: diplo.MustParseDate("2024-12-31T23:30+03:00"),
		Participants: []event.Participant{{Actor: ml, Role: event.Participating}, {Actor: actor.StateID("RU"), Role: event.Participating}}}
	e3 := event.Event{ID: "https://example.org/e/3", Kind: event.Summit, Start: diplo.MustParseDate("-0044-03-15%"),
		Name: diplo.MustNewText("la", hostileValues[3])}
	g.Events = []event.Event{e, e2, e3}
	return g
}

// readCSV reads a CSV file with encoding/csv.
func readCSV(t testing.TB, data string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(data))
	recs, err := r.ReadAll()
	require.NoError(t, err)
	return recs
}

// table returns the table called name.
func table(t testing.TB, ts []*tables.Table, name string) *tables.Table {
	t.Helper()
	for _, tb := range ts {
		if tb.Name() == name {
			return tb
		}
	}
	t.Fatalf("no table %s", name)
	return nil
}

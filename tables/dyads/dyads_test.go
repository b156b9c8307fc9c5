package dyads_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/internal/scaling"
	"github.com/diplo-go/diplo/internal/synth"
	"github.com/diplo-go/diplo/tables"
	"github.com/diplo-go/diplo/tables/dyads"
)

// rows returns the cells of t by column name.
func rows(t *tables.Table) []map[string]string {
	cols := t.Columns()
	var out []map[string]string
	for i := range t.Len() {
		m := map[string]string{}
		for j, v := range t.Row(i) {
			m[cols[j].Name] = v.Text()
		}
		out = append(out, m)
	}
	return out
}

// TestCount checks the counts on a record of three events between Mali
// and Russia: two talks in June 2025 (one event each, both ways) and a
// signing ceremony in July of two accords (one event, two records each
// way); by month and by year.
func TestCount(t *testing.T) {
	ml, ru := actor.StateID("ML"), actor.StateID("RU")
	both := []event.Participant{{Actor: ml, Role: event.Participating}, {Actor: ru, Role: event.Participating}}
	g := &graph.Graph{
		States: []actor.State{{ID: ml, Name: diplo.MustNewText("fr", "Mali"), Country: "ML"}, {ID: ru, Name: diplo.MustNewText("ru", "Россия"), Country: "RU"}},
		Events: []event.Event{
			{ID: "https://example.org/e/1", Kind: event.BilateralTalks, Start: diplo.MustParseDate("2025-06-10"), Participants: both},
			{ID: "https://example.org/e/2", Kind: event.BilateralTalks, Start: diplo.MustParseDate("2025-06-20"), Participants: both},
			{ID: "https://example.org/e/3", Kind: event.SigningCeremony, Start: diplo.MustParseDate("2025-07-01"), Participants: both,
				Outcomes: []diplo.ID{"https://example.org/a/1", "https://example.org/a/2"}},
			{ID: "https://example.org/e/4", Kind: event.BilateralTalks, Start: diplo.MustParseDate("2025"), Participants: both},
		},
		Accords: []accord.Accord{
			{ID: "https://example.org/a/1", Kind: accord.Agreement, Title: diplo.MustNewText("fr", "A"), Parties: []diplo.ID{ml, ru}},
			{ID: "https://example.org/a/2", Kind: accord.Agreement, Title: diplo.MustNewText("fr", "B"), Parties: []diplo.ID{ml, ru}},
		},
	}
	require.NoError(t, g.Validate())
	month, skipped := dyads.Count(g, dyads.Options{})
	require.Len(t, skipped, 1, "the talks known to the year only")
	assert.Equal(t, "events[3]", skipped[0].Path)
	got := rows(month)
	require.Len(t, got, 4)
	want := []struct{ period, source, kind, cameo, events, records string }{
		{"2025-06", "MLIGOV", "bilateral-talks", "046", "2", "2"},
		{"2025-06", "RUSGOV", "bilateral-talks", "046", "2", "2"},
		{"2025-07", "MLIGOV", "signing-ceremony", "057", "1", "2"},
		{"2025-07", "RUSGOV", "signing-ceremony", "057", "1", "2"},
	}
	for i, w := range want {
		assert.Equal(t, w.period, got[i]["period"], i)
		assert.Equal(t, w.source, got[i]["source_code"], i)
		assert.Equal(t, w.kind, got[i]["kind"], i)
		assert.Equal(t, w.cameo, got[i]["cameo"], i)
		assert.Equal(t, w.events, got[i]["events"], i)
		assert.Equal(t, w.records, got[i]["records"], i)
		assert.Equal(t, "Event", got[i]["node_type"], i)
	}
	year, _ := dyads.Count(g, dyads.Options{Period: dyads.Year})
	got = rows(year)
	require.Len(t, got, 4)
	assert.Equal(t, "2025", got[0]["period"])
	assert.Equal(t, "2", got[0]["events"])
	assert.Equal(t, "046", got[0]["cameo"])
	assert.Equal(t, "057", got[1]["cameo"])
	assert.Equal(t, "RUSGOV", got[2]["source_code"])
}

// TestCountMatchesProject checks, on generated records, that the table
// counts every record Project writes, and no more.
func TestCountMatchesProject(t *testing.T) {
	g := synth.Graph(40)
	recs, _ := dyad.Project(g)
	tb, _ := dyads.Count(g, dyads.Options{})
	var n int64
	cols := tb.Columns()
	for i := range tb.Len() {
		for j, v := range tb.Row(i) {
			if cols[j].Name == "records" {
				n += v.Int()
			}
		}
	}
	assert.Equal(t, int64(len(recs)), n)
}

func TestParsePeriod(t *testing.T) {
	p, err := dyads.ParsePeriod("year")
	require.NoError(t, err)
	assert.Equal(t, dyads.Year, p)
	assert.Equal(t, "year", p.String())
	_, err = dyads.ParsePeriod("week")
	assert.True(t, errors.Is(err, diplo.ErrUnknown), "%v", err)
	assert.ErrorContains(t, err, `period: unknown value "week"`)
}

// countCase is Count over a record of n events (synth.Graph).
var countCase = scaling.Case{Name: "Count", N: 50, Setup: func(tb testing.TB, n int) func() {
	g := synth.Graph(n)
	return func() { dyads.Count(g, dyads.Options{}) }
}}

func BenchmarkCount(b *testing.B) { scaling.Bench(b, countCase) }

// TestCountScales holds Count to n log n.
func TestCountScales(t *testing.T) {
	if testing.Short() {
		t.Skip("measures three sizes")
	}
	scaling.Check(t, countCase)
}

package tables_test

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables"
	"github.com/diplo-go/diplo/tables/dyads"
)

// TestEveryNodeType checks that every node type has a table named after
// its list, with an id column first and one row per node.
func TestEveryNodeType(t *testing.T) {
	for name, g := range records(t) {
		ts := tables.FromGraph(g)
		for _, nt := range graph.NodeTypes() {
			tb := table(t, ts, nt.List())
			require.NotEmpty(t, tb.Columns(), nt)
			assert.Equal(t, "id", tb.Columns()[0].Name, nt)
			k := 0
			for ref := range g.Nodes() {
				if ref.Type == nt {
					k++
				}
			}
			assert.Equal(t, k, tb.Len(), "%s: %s", name, nt)
		}
	}
}

// TestColumnsStable checks the naming rules that TABLES.md states: names
// unique in a table and snake_case, node IDs in columns named id or
// ending in _id, a date followed by its precision and qualifiers, a text
// by its language.
func TestColumnsStable(t *testing.T) {
	seen := map[string]bool{}
	ts := append(tables.FromGraph(nil), must(dyads.Count(nil, dyads.Options{})))
	for _, tb := range ts {
		assert.False(t, seen[tb.Name()], "table %s twice", tb.Name())
		seen[tb.Name()] = true
		cols := tb.Columns()
		names := map[string]bool{}
		for i, c := range cols {
			assert.Regexp(t, `^[a-z][a-z0-9_]*$`, c.Name, tb.Name())
			assert.False(t, names[c.Name], "%s.%s twice", tb.Name(), c.Name)
			names[c.Name] = true
			assert.NotEmpty(t, c.Doc, "%s.%s", tb.Name(), c.Name)
			if c.Type == tables.Date && c.Name != "period" {
				require.Less(t, i+3, len(cols), "%s.%s", tb.Name(), c.Name)
				assert.Equal(t, []string{c.Name + "_precision", c.Name + "_uncertain", c.Name + "_approximate"},
					[]string{cols[i+1].Name, cols[i+2].Name, cols[i+3].Name}, "%s.%s", tb.Name(), c.Name)
			}
		}
	}
	assert.Len(t, seen, 42)
}

func must(t *tables.Table, _ any) *tables.Table { return t }

// TestHostileGolden writes the hostile record that the DuckDB check
// reads, and checks that encoding/csv reads every hostile value back
// from the CSV, byte for byte.
func TestHostileGolden(t *testing.T) {
	g := hostile(t)
	require.NoError(t, g.Validate())
	data, err := diplo.MarshalIndent(g, "", "  ")
	require.NoError(t, err)
	data = append(data, '\n')
	if *update {
		require.NoError(t, os.WriteFile(hostileGolden, data, 0o666))
	}
	want, err := os.ReadFile(hostileGolden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(data), "run go test ./tables -update")

	var buf bytes.Buffer
	require.NoError(t, table(t, tables.FromGraph(g), "persons").WriteCSV(&buf, tables.CSVOptions{}))
	recs := readCSV(t, buf.String())
	require.Len(t, recs, len(hostileValues)+1)
	assert.Equal(t, []string{"id", "name", "name_lang"}, recs[0])
	for i, s := range hostileValues {
		assert.Equal(t, s, recs[i+1][1])
	}
}

// TestDates checks the four columns of a date, and a date's CSV text.
func TestDates(t *testing.T) {
	ev := table(t, tables.FromGraph(hostile(t)), "events")
	cols := ev.Columns()
	at := func(row int, name string) tables.Value {
		for i, c := range cols {
			if c.Name == name {
				return ev.Row(row)[i]
			}
		}
		t.Fatalf("no column %s", name)
		return tables.Value{}
	}
	tests := []struct {
		row                  int
		col, text, precision string
		uncertain, approx    bool
		year, month, day     int
	}{
		{0, "start_date", "2025-06~", "month", false, true, 2025, 6, 1},
		{0, "end_date", "2025-06-26?", "day", true, false, 2025, 6, 26},
		{1, "start_date", "2024-12-31T23:30+03:00", "minute", false, false, 2024, 12, 31},
		{2, "start_date", "-0044-03-15%", "day", true, true, -44, 3, 15},
	}
	for _, tc := range tests {
		v := at(tc.row, tc.col)
		assert.Equal(t, tables.Date, v.Type())
		assert.Equal(t, tc.text, v.Text())
		assert.Equal(t, tc.precision, at(tc.row, tc.col+"_precision").Text())
		assert.Equal(t, tc.uncertain, at(tc.row, tc.col+"_uncertain").Bool())
		assert.Equal(t, tc.approx, at(tc.row, tc.col+"_approximate").Bool())
		y, m, d, ok := v.Day()
		require.True(t, ok)
		assert.Equal(t, [3]int{tc.year, tc.month, tc.day}, [3]int{y, m, d}, tc.text)
	}
	// An unknown date is null in all four columns.
	for _, c := range []string{"end_date", "end_date_precision", "end_date_uncertain", "end_date_approximate"} {
		assert.True(t, at(1, c).IsNull(), c)
	}
}

// TestTranslations checks that the original is in the node's table and
// the translation in translations.
func TestTranslations(t *testing.T) {
	ts := tables.FromGraph(hostile(t))
	st := table(t, ts, "states").Row(0)
	assert.Equal(t, "Mali, République du", st[1].Str())
	assert.Equal(t, "fr", st[2].Str())
	tr := table(t, ts, "translations")
	var rows [][]string
	for i := range tr.Len() {
		var r []string
		for _, v := range tr.Row(i) {
			r = append(r, v.Text())
		}
		rows = append(rows, r)
	}
	assert.Equal(t, [][]string{
		{string(actor.StateID("ML")), "name", "en-t-fr", "fr", "Mali, \"Republic\" of"},
		{"https://example.org/e/1", "name", "en-t-fr", "fr", "two\nlines"},
	}, rows)
}

// TestNeutraliseFormulas checks that the option prefixes an apostrophe
// to text a spreadsheet would run, and only to text, and that by default
// the values are written as they are.
func TestNeutraliseFormulas(t *testing.T) {
	ts := tables.FromGraph(hostile(t))
	persons := table(t, ts, "persons")
	var plain, safe bytes.Buffer
	require.NoError(t, persons.WriteCSV(&plain, tables.CSVOptions{}))
	require.NoError(t, persons.WriteCSV(&safe, tables.CSVOptions{NeutraliseFormulas: true}))
	p, s := readCSV(t, plain.String()), readCSV(t, safe.String())
	for i, v := range hostileValues {
		assert.Equal(t, v, p[i+1][1])
		switch v[0] {
		case '=', '+', '-', '@', '\t':
			assert.Equal(t, "'"+v, s[i+1][1])
		default:
			assert.Equal(t, v, s[i+1][1])
		}
	}
	// A date starting with '-' is not text: it stays as it is.
	var ev bytes.Buffer
	require.NoError(t, table(t, ts, "events").WriteCSV(&ev, tables.CSVOptions{NeutraliseFormulas: true}))
	recs := readCSV(t, ev.String())
	require.Equal(t, "start_date", recs[0][8])
	assert.Equal(t, "-0044-03-15%", recs[3][8])
}

// TestInvalidUTF8 checks that a text that is not UTF-8, which only an
// unvalidated graph holds, is an error naming its cell, and that nothing
// is written.
func TestInvalidUTF8(t *testing.T) {
	g := &graph.Graph{Persons: []actor.Person{{ID: "https://example.org/p", Name: diplo.Text{}}, {ID: "https://example.org/\xff"}}}
	persons := table(t, tables.FromGraph(g), "persons")
	var buf bytes.Buffer
	err := persons.WriteCSV(&buf, tables.CSVOptions{})
	require.Error(t, err)
	var fe *diplo.FieldError
	require.True(t, errors.As(err, &fe), "%v", err)
	assert.Equal(t, "persons[1].id", fe.Path)
	assert.ErrorIs(t, err, diplo.ErrSyntax)
	assert.Zero(t, buf.Len())
}

// TestRowCounts checks the relation tables against the lists they come
// from, on every example.
func TestRowCounts(t *testing.T) {
	for name, g := range records(t) {
		ts := tables.FromGraph(g)
		var participants, signatories, actions, positions, speakers int
		for _, e := range g.Events {
			participants += len(e.Participants)
		}
		for _, a := range g.Accords {
			signatories += len(a.Signatories)
			actions += len(a.Actions)
		}
		for _, v := range g.Votes {
			positions += len(v.Positions)
		}
		for _, s := range g.Statements {
			speakers += len(s.Speakers)
		}
		assert.Equal(t, participants, table(t, ts, "event_participants").Len(), name)
		assert.Equal(t, signatories, table(t, ts, "accord_signatories").Len(), name)
		assert.Equal(t, actions, table(t, ts, "accord_actions").Len(), name)
		assert.Equal(t, positions, table(t, ts, "vote_positions").Len(), name)
		assert.Equal(t, speakers, table(t, ts, "statement_speakers").Len(), name)
	}
}

// TestAppend checks that a table made outside the package takes rows of
// its width and types, nulls included, and refuses others whole.
func TestAppend(t *testing.T) {
	tb := tables.NewTable("t", "a test row", []tables.Column{{Name: "a", Type: tables.String, Doc: "a"}, {Name: "n", Type: tables.Int64, Doc: "n"}})
	require.NoError(t, tb.Append(tables.StringValue("x"), tables.Int64Value(3)))
	require.NoError(t, tb.Append(tables.Value{}, tables.Int64Value(4)))
	assert.ErrorContains(t, tb.Append(tables.StringValue("x")), "a row of 1 cells for the 2 columns of t")
	assert.ErrorContains(t, tb.Append(tables.Int64Value(1), tables.Int64Value(3)), "t.a: a INT64 value in a STRING column")
	require.Equal(t, 2, tb.Len())
	assert.True(t, tb.Row(1)[0].IsNull())
	assert.Equal(t, int64(4), tb.Row(1)[1].Int())
	var buf bytes.Buffer
	require.NoError(t, tb.WriteCSV(&buf, tables.CSVOptions{}))
	assert.Equal(t, "a,n\nx,3\n,4\n", buf.String())
}

// TestDeterministic checks that the same record gives the same bytes,
// and that a copy of it decoded again does too.
func TestDeterministic(t *testing.T) {
	for name, g := range records(t) {
		data, err := diplo.Marshal(g)
		require.NoError(t, err)
		g2, err := graph.Unmarshal(data)
		require.NoError(t, err)
		a, b := tables.FromGraph(g), tables.FromGraph(g2)
		require.Len(t, b, len(a))
		for i := range a {
			var x, y bytes.Buffer
			require.NoError(t, a[i].WriteCSV(&x, tables.CSVOptions{}))
			require.NoError(t, b[i].WriteCSV(&y, tables.CSVOptions{}))
			assert.Equal(t, x.String(), y.String(), "%s: %s", name, a[i].Name())
		}
	}
}

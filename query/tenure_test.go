package query_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/actor"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

// office builds a record of one office held by one person over the
// tenure t (its Person and Office are set here), and returns its index
// and the IDs of the office and the person.
func office(t *testing.T, tenure actor.Tenure) (*query.Index, diplo.ID, diplo.ID) {
	t.Helper()
	b := graph.NewBuilder("https://example.org/records/query-tenure")
	us := b.Add("us", actor.State{Name: b.Text("en", "United States"), Country: "US"})
	off := b.Add("office", actor.Office{Name: b.Text("en", "Secretary of State"), Role: actor.ForeignMinister, Of: us})
	p := b.Add("kerry", actor.Person{Name: b.Text("en", "John Kerry")})
	tenure.Person, tenure.Office = p, off
	b.Add("tenure", tenure)
	g, err := b.Graph()
	require.NoError(t, err)
	return query.New(g), off, p
}

// TestHolders checks each rule of a tenure's dates, and each kind of
// partial or uncertain date, on the tenure of John Kerry as Secretary of
// State (1 February 2013 to 20 January 2017).
func TestHolders(t *testing.T) {
	none := query.No // left out of the answer
	tests := []struct {
		name       string
		start, end string
		on         string
		want       query.Truth
	}{
		{"exact: first day (P580 inclusive)", "2013-02-01", "2017-01-20", "2013-02-01", query.Yes},
		{"exact: last day (P582 inclusive)", "2013-02-01", "2017-01-20", "2017-01-20", query.Yes},
		{"exact: day after", "2013-02-01", "2017-01-20", "2017-01-21", none},
		{"exact: day before", "2013-02-01", "2017-01-20", "2013-01-31", none},
		{"exact: asked about the last year", "2013-02-01", "2017-01-20", "2017", query.Maybe},
		{"exact: asked about a whole year within", "2013-02-01", "2017-01-20", "2015", query.Yes},
		{"year-only start: within the year", "2013", "2017-01-20", "2013-06-01", query.Maybe},
		{"year-only start: after the year", "2013", "2017-01-20", "2014-01-01", query.Yes},
		{"year-only start: before the year", "2013", "2017-01-20", "2012-12-31", none},
		{"month-only end: within the month", "2013-02-01", "2017-01", "2017-01-31", query.Maybe},
		{"month-only end: before the month", "2013-02-01", "2017-01", "2016-12-31", query.Yes},
		{"month-only end: after the month", "2013-02-01", "2017-01", "2017-02-01", none},
		{"uncertain start: its day", "2013-02-01?", "2017-01-20", "2013-02-01", query.Maybe},
		{"uncertain start: a day before it", "2013-02-01?", "2017-01-20", "2013-01-31", query.Maybe},
		{"uncertain start: the day after, whichever day it was", "2013-02-01?", "2017-01-20", "2013-02-02", query.Yes},
		{"uncertain start: after the end", "2013-02-01?", "2017-01-20", "2018-01-01", none},
		{"approximate end: within a month of it", "2013-02-01", "2017-01~", "2016-12-15", query.Maybe},
		{"approximate end: the month after", "2013-02-01", "2017-01~", "2017-02-28", query.Maybe},
		{"approximate end: before the month before", "2013-02-01", "2017-01~", "2016-11-30", query.Yes},
		{"approximate end: after the month after", "2013-02-01", "2017-01~", "2017-03-01", none},
		{"open end: after the start", "2013-02-01", "", "2015-01-01", query.Maybe},
		{"open end: before the start", "2013-02-01", "", "2013-01-31", none},
		{"unknown start: before the end", "", "2017-01-20", "2015-01-01", query.Maybe},
		{"unknown start: after the end", "", "2017-01-20", "2017-01-21", none},
		{"asked about no date", "2013-02-01", "2017-01-20", "", query.Maybe},
	}
	parse := func(s string) diplo.Date {
		if s == "" {
			return diplo.Date{}
		}
		return day(s)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ten := actor.Tenure{Start: parse(tc.start), End: parse(tc.end), Qualifiers: []actor.Qualifier{actor.Acting}}
			ix, off, p := office(t, ten)
			for _, got := range [][]query.Holding{ix.Holders(off, parse(tc.on)), ix.OfficesHeld(p, parse(tc.on))} {
				if tc.want == none {
					assert.Empty(t, got)
					continue
				}
				require.Len(t, got, 1)
				assert.Equal(t, tc.want, got[0].Truth)
				assert.Equal(t, p, got[0].Person)
				assert.Equal(t, off, got[0].Office)
				assert.Equal(t, []actor.Qualifier{actor.Acting}, got[0].Qualifiers)
				assert.Equal(t, ten.Start, got[0].Start)
				assert.Equal(t, ten.End, got[0].End)
			}
		})
	}
}

// TestHoldersOrder checks that the holders of an office come in the order
// of their start, whatever the order of the record.
func TestHoldersOrder(t *testing.T) {
	b := graph.NewBuilder("https://example.org/records/query-order")
	ml := b.Add("ml", actor.State{Name: b.Text("fr", "Mali"), Country: "ML"})
	off := b.Add("office", actor.Office{Name: b.Text("fr", "Président"), Role: actor.HeadOfState, Of: ml})
	later := b.Add("goita", actor.Person{Name: b.Text("fr", "Assimi Goïta")})
	earlier := b.Add("ndaw", actor.Person{Name: b.Text("fr", "Bah N’Daw")})
	b.Add("t1", actor.Tenure{Person: later, Office: off, Start: day("2021-05-24"), Qualifiers: []actor.Qualifier{actor.Transitional}})
	b.Add("t0", actor.Tenure{Person: earlier, Office: off, Start: day("2020-09-25"), End: day("2021-05-24"), Qualifiers: []actor.Qualifier{actor.Transitional}})
	g, err := b.Graph()
	require.NoError(t, err)
	got := query.New(g).Holders(off, day("2021-05-24"))
	require.Len(t, got, 2)
	assert.Equal(t, earlier, got[0].Person)
	assert.Equal(t, query.Yes, got[0].Truth, "last day of the earlier tenure")
	assert.Equal(t, later, got[1].Person)
	assert.Equal(t, query.Maybe, got[1].Truth, "no end date: ongoing or ended at a date not given")
}

package dyads

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/dyad"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/tables"
)

// Period is the length of the periods counted.
type Period uint8

// Periods. The zero value is Month.
const (
	// Month counts the events of each calendar month.
	Month Period = iota
	// Year counts the events of each calendar year.
	Year
)

// String returns "month" or "year".
func (p Period) String() string {
	switch p {
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "Period(" + strconv.Itoa(int(p)) + ")"
}

// ParsePeriod returns the Period named "month" or "year", and an error
// wrapping diplo.ErrUnknown that quotes s otherwise.
func ParsePeriod(s string) (Period, error) {
	switch s {
	case "month":
		return Month, nil
	case "year":
		return Year, nil
	}
	return 0, &diplo.FieldError{Path: "period", Err: unknownPeriod(s)}
}

type unknownPeriod string

func (e unknownPeriod) Error() string {
	return diplo.ErrUnknown.Error() + " " + strconv.Quote(string(e)) + " (periods: month, year)"
}

func (e unknownPeriod) Unwrap() error { return diplo.ErrUnknown }

// Options are the options of Count. The zero value counts by month.
type Options struct {
	// Period is the length of the periods counted.
	Period Period
}

// cols are the columns of the dyads table.
var cols = []tables.Column{
	{Name: "period", Type: tables.Date, Doc: "the month (2025-06) or year (2025) counted: EDTF text in CSV, first day in Parquet"},
	{Name: "source_id", Type: tables.String, Doc: "ID of the state or organisation that acts"},
	{Name: "source_code", Type: tables.String, Doc: "CAMEO actor code of the source (RUSGOV)"},
	{Name: "source_country", Type: tables.String, Doc: "ISO 3166-1 alpha-2 code of the source's country"},
	{Name: "target_id", Type: tables.String, Doc: "ID of the state or organisation acted upon; empty for a statement"},
	{Name: "target_code", Type: tables.String, Doc: "CAMEO actor code of the target"},
	{Name: "target_country", Type: tables.String, Doc: "ISO 3166-1 alpha-2 code of the target's country"},
	{Name: "node_type", Type: tables.String, Doc: "type of the nodes counted: Event, Statement or Vote"},
	{Name: "kind", Type: tables.String, Doc: "kind of the event or statement; for a vote, the option coded (veto)"},
	{Name: "cameo", Type: tables.String, Doc: "CAMEO event code"},
	{Name: "plover_event", Type: tables.String, Doc: "PLOVER event type; empty where PLOVER codes none"},
	{Name: "plover_mode", Type: tables.String, Doc: "PLOVER mode"},
	{Name: "events", Type: tables.Int64, Doc: "number of distinct events, statements or votes"},
	{Name: "records", Type: tables.Int64, Doc: "number of dyadic records"},
}

// Count returns the dyad-period table of g, named "dyads", as
// event-data researchers use it: the number of events from one actor to another in each period,
// per kind of event and code. It counts the dyadic records that
// dyad.Project draws from g's events, statements and votes, coded in
// CAMEO and PLOVER, with their actors resolved to states and
// organisations as Project resolves them; the second result lists, with
// their paths, the nodes Project could not code, which the table does not
// count.
//
// A row is a group of records with the same period, source, target, node
// type, kind and codes; events counts the distinct nodes among them and
// records the records (a signing of two accords between the same parties
// is one event and two records). Rows are sorted by period, then source
// ID, target ID, node type, kind, CAMEO code, PLOVER event and mode. The
// cost is that of Project and a sort of the groups: O(n log n) in the
// number of records.
func Count(g *graph.Graph, o Options) (*tables.Table, []dyad.Skipped) {
	if g == nil {
		g = new(graph.Graph)
	}
	t := tables.NewTable("dyads", "the events from one actor to another in a period, by kind and code", cols)
	recs, skipped := dyad.Project(g)

	type kindOf struct{ typ, kind string }
	kinds := make(map[string]kindOf, len(g.Events)+len(g.Statements)+len(g.Votes))
	for _, e := range g.Events {
		kinds[string(e.ID)] = kindOf{string(graph.EventNode), string(e.Kind)}
	}
	for _, s := range g.Statements {
		kinds[string(s.ID)] = kindOf{string(graph.StatementNode), string(s.Kind)}
	}
	for _, v := range g.Votes {
		kinds[string(v.ID)] = kindOf{string(graph.VoteNode), "veto"}
	}

	type key struct {
		period                                    diplo.Date
		sourceID, sourceCode, sourceCountry       string
		targetID, targetCode, targetCountry       string
		typ, kind, cameo, ploverEvent, ploverMode string
	}
	type group struct {
		key
		events, records int64
		last            string // the ID of the last node counted
	}
	index := make(map[key]int)
	var groups []group
	for _, r := range recs {
		k := kinds[r.ID]
		var p diplo.Date
		if o.Period == Year {
			p = diplo.YearOf(r.Date.Year())
		} else {
			p = diplo.MonthOf(r.Date.Year(), r.Date.Month())
		}
		gk := key{p, r.Source.ID, r.Source.Code, r.Source.Country, r.Target.ID, r.Target.Code, r.Target.Country,
			k.typ, k.kind, r.CAMEO, r.PLOVER.Event, r.PLOVER.Mode}
		i, ok := index[gk]
		if !ok {
			i = len(groups)
			index[gk] = i
			groups = append(groups, group{key: gk})
		}
		gr := &groups[i]
		gr.records++
		// Project writes the records of a node one after another, so a
		// node is new to its group when it is not the group's last.
		if gr.last != r.ID || gr.events == 0 {
			gr.events++
			gr.last = r.ID
		}
	}
	slices.SortFunc(groups, func(a, b group) int {
		return cmp.Or(a.period.Compare(b.period),
			cmp.Compare(a.sourceID, b.sourceID), cmp.Compare(a.targetID, b.targetID),
			cmp.Compare(a.typ, b.typ), cmp.Compare(a.kind, b.kind), cmp.Compare(a.cameo, b.cameo),
			cmp.Compare(a.ploverEvent, b.ploverEvent), cmp.Compare(a.ploverMode, b.ploverMode),
			cmp.Compare(a.sourceCode, b.sourceCode), cmp.Compare(a.targetCode, b.targetCode))
	})
	str := tables.StringValue
	for _, gr := range groups {
		// The cells are of the columns' types: Append cannot fail.
		_ = t.Append(tables.DateValue(gr.period), str(gr.sourceID), str(gr.sourceCode), str(gr.sourceCountry),
			str(gr.targetID), str(gr.targetCode), str(gr.targetCountry), str(gr.typ), str(gr.kind),
			str(gr.cameo), str(gr.ploverEvent), str(gr.ploverMode), tables.Int64Value(gr.events), tables.Int64Value(gr.records))
	}
	return t, skipped
}

package main

import (
	"flag"
	"fmt"
	"text/tabwriter"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/event"
	"github.com/diplo-go/diplo/query"
)

// timelineNote is the paragraph of timeline's help.
const timelineNote = `ACTOR is the ID, the exact name or the ISO 3166-1 code of an actor of the
record; with two, it prints the events in which both take part. It
prints them in time order (by start date, a year before its days, then
by end date, then in the order of the record). TRUTH is yes when the
event certainly falls, wholly or in part, within -from and -to, and
maybe when its dates leave it open.`

// timelineOutput is what timeline -json prints.
type timelineOutput struct {
	Actors []diplo.ID       `json:"actors"`
	From   diplo.Date       `json:"from,omitzero"`
	To     diplo.Date       `json:"to,omitzero"`
	Kind   event.Kind       `json:"kind,omitempty"`
	Events []timelineRecord `json:"events"`
}

type timelineRecord struct {
	ID    diplo.ID    `json:"id"`
	Kind  event.Kind  `json:"kind"`
	Start diplo.Date  `json:"startDate,omitzero"`
	End   diplo.Date  `json:"endDate,omitzero"`
	Name  diplo.Text  `json:"name,omitempty"`
	Truth query.Truth `json:"truth"`
}

// timeline prints the events of one actor, or of two together.
func (e *env) timeline(args []string) error {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	from := fs.String("from", "", "only events on or after `DATE`")
	to := fs.String("to", "", "only events on or before `DATE`")
	kind := fs.String("kind", "", "only events of `KIND` (summit, official-visit...)")
	var r recordFlags
	r.define(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usageErrorf("missing ACTOR")
	case fs.NArg() > 2:
		return usageErrorf("unexpected argument %q", fs.Arg(2))
	}
	q := query.EventQuery{Kind: event.Kind(*kind)}
	if *kind != "" {
		var k event.Kind
		if err := k.UnmarshalText([]byte(*kind)); err != nil {
			return usageErrorf("-kind: %v", err)
		}
	}
	var err error
	if *from != "" {
		if q.From, err = parseQueryDate("-from", *from); err != nil {
			return err
		}
	}
	if *to != "" {
		if q.To, err = parseQueryDate("-to", *to); err != nil {
			return err
		}
	}
	g, err := e.loadFlagged(&r)
	if err != nil {
		return err
	}
	actors := actorNodes(g)
	for _, a := range fs.Args() {
		id, err := resolve(a, "actor", actors)
		if err != nil {
			return err
		}
		q.Actors = append(q.Actors, id)
	}
	out := timelineOutput{Actors: q.Actors, From: q.From, To: q.To, Kind: q.Kind, Events: []timelineRecord{}}
	for _, m := range query.New(g).Events(q) {
		ev := m.Event
		out.Events = append(out.Events, timelineRecord{ID: ev.ID, Kind: ev.Kind, Start: ev.Start, End: ev.End, Name: ev.Name, Truth: m.Truth})
	}
	if r.json {
		return writeJSON(e, out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "START\tEND\tKIND\tTRUTH\tNAME")
	for _, ev := range out.Events {
		name := "-"
		if s, ok := ev.Name.GetTag(language.English); ok {
			name = s
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", dash(ev.Start), dash(ev.End), ev.Kind, truthCell(ev.Truth), name)
	}
	return tw.Flush()
}

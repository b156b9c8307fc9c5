package main

import (
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/query"
)

// holderNote is the paragraph of holder's help.
const holderNote = `OFFICE is the ID or the exact name (in any language) of an office of the
record. It prints every tenure that held, or may have held, the office on
the date: TRUTH is yes when the tenure certainly covers the whole date,
maybe when its dates leave it open (a tenure with no end date may last or
may have ended). End dates are inclusive.`

// holderOutput is what holder -json prints.
type holderOutput struct {
	Office  diplo.ID        `json:"office"`
	On      diplo.Date      `json:"on"`
	Holders []query.Holding `json:"holders"`
}

// holder prints who held an office on a date.
func (e *env) holder(args []string) error {
	fs := flag.NewFlagSet("holder", flag.ContinueOnError)
	on := fs.String("on", "", "the `DATE` asked about (2016-11-04, 2016-11, 2016)")
	var r recordFlags
	r.define(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := wantArgs(fs, "OFFICE"); err != nil {
		return err
	}
	date, err := parseOn(*on)
	if err != nil {
		return err
	}
	g, err := e.loadFlagged(&r)
	if err != nil {
		return err
	}
	id, err := resolve(fs.Arg(0), "office", officeNodes(g))
	if err != nil {
		return err
	}
	out := holderOutput{Office: id, On: date, Holders: query.New(g).Holders(id, date)}
	if out.Holders == nil {
		out.Holders = []query.Holding{}
	}
	if r.json {
		return writeJSON(e, out)
	}
	n := nameTable(g)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s on %s\n\n", n.of(id), date)
	fmt.Fprintln(tw, "PERSON\tSTART\tEND\tQUALIFIERS\tTRUTH")
	for _, h := range out.Holders {
		var qs []string
		for _, q := range h.Qualifiers {
			qs = append(qs, string(q))
		}
		quals := strings.Join(qs, ",")
		if quals == "" {
			quals = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", n.of(h.Person), dash(h.Start), dash(h.End), quals, truthCell(h.Truth))
	}
	if len(out.Holders) == 0 {
		fmt.Fprintln(tw, "(no tenure of the record holds the office on that date)")
	}
	return tw.Flush()
}

package main

import (
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/accord"
	"github.com/diplo-go/diplo/query"
)

// statusNote is the paragraph of status's help.
const statusNote = `ACCORD is the ID or the exact title (in any language) of an accord of the
record, PARTY the ID, the exact name or the ISO 3166-1 code of a party.
Without PARTY it prints the accord's status and that of each of its
parties; with PARTY, that party's and the actions it rests on. TRUTH is
yes when the record settles the answer, maybe when its dates leave it
open, with every status it admits under POSSIBLE (package query gives the
rules, from the Vienna Convention on the Law of Treaties).`

// statusOutput is what status -json prints.
type statusOutput struct {
	Accord  query.AccordAnswer  `json:"accord"`
	Parties []query.PartyAnswer `json:"parties"`
}

// status prints the status of an accord, and of its parties, on a date.
func (e *env) status(args []string) error {
	fs := flag.NewFlagSet("status", flag.ContinueOnError)
	on := fs.String("on", "", "the `DATE` asked about (2016-11-04, 2016-11, 2016)")
	var r recordFlags
	r.define(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() == 0:
		return usageErrorf("missing ACCORD")
	case fs.NArg() > 2:
		return usageErrorf("unexpected argument %q", fs.Arg(2))
	}
	date, err := parseOn(*on)
	if err != nil {
		return err
	}
	g, err := e.loadFlagged(&r)
	if err != nil {
		return err
	}
	id, err := resolve(fs.Arg(0), "accord", accordNodes(g))
	if err != nil {
		return err
	}
	ix := query.New(g)
	out := statusOutput{}
	out.Accord, _ = ix.StatusOfAccord(id, date)
	a := g.Accords[slicesIndex(g.Accords, id)]
	parties := a.Parties
	if fs.NArg() == 2 {
		p, err := resolve(fs.Arg(1), "party", actorNodes(g))
		if err != nil {
			return err
		}
		parties = []diplo.ID{p}
	}
	for _, p := range parties {
		ans, _ := ix.StatusOfParty(id, p, date)
		out.Parties = append(out.Parties, ans)
	}
	if r.json {
		return writeJSON(e, out)
	}
	n := nameTable(g)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "%s on %s\n\n", n.of(id), date)
	fmt.Fprintln(tw, "\tSTATUS\tTRUTH\tPOSSIBLE")
	fmt.Fprintf(tw, "accord\t%s\t%s\t%s\n", out.Accord.Status, truthCell(out.Accord.Truth), joinStatuses(out.Accord.Possible))
	for _, p := range out.Parties {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", n.of(p.Party), p.Status, truthCell(p.Truth), joinStatuses(p.Possible))
	}
	if fs.NArg() == 2 {
		fmt.Fprintln(tw, "\nactions:")
		writeActions(tw, n, out.Parties[0].Actions)
	}
	return tw.Flush()
}

// writeActions writes a table of accord actions.
func writeActions(tw *tabwriter.Writer, n names, acts []accord.Action) {
	fmt.Fprintln(tw, "DATE\tEFFECTIVE\tKIND\tPARTY")
	for _, a := range acts {
		party := "(the accord)"
		if !a.Party.IsZero() {
			party = n.of(a.Party)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", dash(a.Date), dash(a.Effective), a.Kind, party)
	}
}

// dash returns the text of a date, or "-" for the zero Date.
func dash(d diplo.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// joinStatuses joins the names of statuses with commas.
func joinStatuses[S fmt.Stringer](ss []S) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, s.String())
	}
	return strings.Join(parts, ",")
}

// slicesIndex returns the index of the accord of that ID in as.
func slicesIndex(as []accord.Accord, id diplo.ID) int {
	for i := range as {
		if as[i].ID == id {
			return i
		}
	}
	return -1
}

// writeJSON prints v as indented canonical JSON.
func writeJSON(e *env, v any) error {
	b, err := diplo.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(append(b, '\n'))
	return err
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

// mergeNote is the paragraph of merge's help after its summary.
const mergeNote = `The merged record goes to standard output, or to the file of -o. What was
unified and every conflict go to standard error, or, with -report, to a
file as JSON. Each FILE is read within the limits and validated first;
in errors of the merge itself, graphs[i] is the i-th FILE, from 0.`

// mergeCmd merges the records of the files into one: graph.Merge.
func (e *env) mergeCmd(args []string) error {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	outName := fs.String("o", "", "write the merged record to `FILE` instead of standard output")
	reportName := fs.String("report", "", "write the report as JSON to `FILE` instead of as text to standard error")
	var d docFlags
	d.convertFlags(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 2 {
		return usageErrorf("merge takes two or more files")
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	names := fs.Args()
	stdin := 0
	for _, n := range names {
		if n == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usageErrorf("standard input (-) can be read once")
	}
	gs, err := e.loadGraphs(names, o, d.noValidate)
	if err != nil {
		return err
	}
	merged, rep, err := graph.Merge(gs, graph.MergeOptions{Limits: o.Limits})
	if err != nil {
		return &invalidError{name: "merge", err: err}
	}
	if !d.noValidate {
		if err := merged.Validate(); err != nil {
			return &invalidError{name: "merged record", err: err}
		}
	}
	b, err := diplo.MarshalIndent(merged, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if *outName != "" {
		err = os.WriteFile(*outName, b, 0o644)
	} else {
		_, err = e.stdout.Write(b)
	}
	if err != nil {
		return err
	}
	if *reportName != "" {
		rb, err := diplo.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(*reportName, append(rb, '\n'), 0o644)
	}
	return writeReport(e.stderr, rep)
}

// loadGraphs loads the graphs of the files, as loadGraph does. The
// problems of every invalid file are printed; a file that cannot be read
// is the error returned, whatever the others hold.
func (e *env) loadGraphs(names []string, o diplo.DecodeOptions, noValidate bool) ([]*graph.Graph, error) {
	gs := make([]*graph.Graph, len(names))
	var readErr error
	invalid := false
	for i, name := range names {
		g, err := e.loadGraph(name, o, noValidate)
		var inv *invalidError
		switch {
		case errors.As(err, &inv):
			printProblems(e.stderr, "diplo: "+inv.name+": ", fieldErrors(inv.err))
			invalid = true
		case err != nil:
			if readErr == nil {
				readErr = err
			}
		}
		gs[i] = g
	}
	switch {
	case readErr != nil:
		return nil, readErr
	case invalid:
		return nil, &invalidError{name: "merge"}
	}
	return gs, nil
}

// writeReport writes the report as text: a line for the records, one per
// unification, and one per conflict with each value and who gives it.
func writeReport(w io.Writer, rep *graph.MergeReport) error {
	var b strings.Builder
	fmt.Fprintf(&b, "merged %d records into %d nodes: %s\n", len(rep.Records), rep.Nodes, joinIDs(rep.Records))
	for _, u := range rep.Unified {
		ons := make([]string, len(u.On))
		for i, id := range u.On {
			ons[i] = id.String()
		}
		fmt.Fprintf(&b, "unified %s %s <- %s on %s\n", u.Type, u.ID, joinIDs(u.Merged), strings.Join(ons, ", "))
	}
	for _, c := range rep.Conflicts {
		kept := "none"
		if len(c.Kept) > 0 {
			kept = string(c.Kept)
		}
		claimed := "claimed"
		if !c.Claimed {
			claimed = "not claimed"
		}
		fmt.Fprintf(&b, "conflict %s: kept %s, %s\n", c.Path, kept, claimed)
		for _, v := range c.Values {
			by := joinIDs(v.Records)
			if len(v.Sources) > 0 {
				by += "; sources " + joinIDs(v.Sources)
			}
			fmt.Fprintf(&b, "  %s from %s\n", v.Value, by)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func joinIDs(ids []diplo.ID) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return strings.Join(s, ", ")
}

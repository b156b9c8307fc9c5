package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

// recordFlags are the flags of the commands that ask questions of records
// (status, holder, timeline): the records read (-f, repeated), -json, and
// the document flags.
type recordFlags struct {
	docFlags
	files fileList
	json  bool
}

// fileList is a flag.Value that collects the values of a repeated flag.
type fileList []string

func (f *fileList) String() string { return strings.Join(*f, ",") }

func (f *fileList) Set(s string) error {
	*f = append(*f, s)
	return nil
}

// define defines the flags on fs.
func (r *recordFlags) define(fs *flag.FlagSet) {
	fs.Var(&r.files, "f", "read the record in `FILE` (- for standard input); repeat for several records")
	fs.BoolVar(&r.json, "json", false, "print JSON instead of a table")
	r.convertFlags(fs)
}

// loadFlagged checks that at least one record was named, and reads the
// records with loadRecords.
func (e *env) loadFlagged(r *recordFlags) (*graph.Graph, error) {
	if len(r.files) == 0 {
		return nil, usageErrorf("missing -f FILE: the record to read")
	}
	o, err := r.options()
	if err != nil {
		return nil, err
	}
	return e.loadRecords(r.files, o, r.noValidate)
}

// loadRecords reads the records in the files names (- for standard
// input, once), each as loadGraph reads one, and returns them as one
// graph: one record as it is, several merged with graph.Merge, as diplo
// merge merges them. Where the records were unified or disagree, a line
// on standard error says how many nodes and conflicts (diplo merge
// prints each).
func (e *env) loadRecords(names []string, o diplo.DecodeOptions, noValidate bool) (*graph.Graph, error) {
	if len(names) == 1 {
		return e.loadGraph(names[0], o, noValidate)
	}
	stdin := 0
	for _, n := range names {
		if n == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return nil, usageErrorf("standard input (-) can be read once")
	}
	gs, err := e.loadGraphs(names, o, noValidate)
	if err != nil {
		return nil, err
	}
	merged, rep, err := graph.Merge(gs, graph.MergeOptions{Limits: o.Limits})
	if err != nil {
		return nil, &invalidError{name: "merge", err: err}
	}
	if !noValidate {
		if err := merged.Validate(); err != nil {
			return nil, &invalidError{name: "merged record", err: err}
		}
	}
	if len(rep.Unified) > 0 || len(rep.Conflicts) > 0 {
		fmt.Fprintf(e.stderr, "diplo: merged %d records: unified %s, kept %s as claims (diplo merge lists them)\n",
			len(names), count(len(rep.Unified), "node"), count(len(rep.Conflicts), "conflict"))
	}
	return merged, nil
}

// names maps the IDs of the named nodes of a record to their names.
type names map[diplo.ID]diplo.Text

// nameTable returns the names of the actors and accords of g.
func nameTable(g *graph.Graph) names {
	t := names{}
	for _, n := range actorNodes(g) {
		t[n.id] = n.name
	}
	for _, n := range accordNodes(g) {
		t[n.id] = n.name
	}
	return t
}

// of returns the name of a node to show people, in English where it has
// one; its ID when it has no name.
func (t names) of(id diplo.ID) string {
	if s, ok := t[id].GetTag(language.English); ok {
		return s
	}
	return string(id)
}

// named is a node with a name that people can type.
type named struct {
	id   diplo.ID
	name diplo.Text
	// code is the ISO 3166-1 code of a state.
	code diplo.Country
}

// resolve finds the node that arg names among the candidates: by ID, by
// the ISO 3166-1 code of a state, or by its exact name in any language.
// No match, or more than one, is an error that says what was looked for
// (what) and lists the candidates of an ambiguous name.
func resolve(arg, what string, nodes []named) (diplo.ID, error) {
	for _, n := range nodes {
		if string(n.id) == arg {
			return n.id, nil
		}
	}
	var found []named
	for _, n := range nodes {
		if string(n.code) == arg || slices.Contains(textValues(n.name), arg) {
			found = append(found, n)
		}
	}
	switch len(found) {
	case 1:
		return found[0].id, nil
	case 0:
		return "", fmt.Errorf("no %s with the ID or name %q in the record", what, arg)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d %ss are named %q; give the ID of one:", len(found), what, arg)
	for _, n := range found {
		fmt.Fprintf(&b, "\n  %s", n.id)
	}
	return "", errors.New(b.String())
}

// textValues returns the values of t.
func textValues(t diplo.Text) []string {
	out := make([]string, 0, len(t))
	for _, s := range t {
		out = append(out, s)
	}
	return out
}

// accordNodes, officeNodes and actorNodes list the nodes that ACCORD,
// OFFICE and ACTOR arguments may name.
func accordNodes(g *graph.Graph) []named {
	out := make([]named, len(g.Accords))
	for i, a := range g.Accords {
		out[i] = named{id: a.ID, name: a.Title}
	}
	return out
}

func officeNodes(g *graph.Graph) []named {
	out := make([]named, len(g.Offices))
	for i, o := range g.Offices {
		out[i] = named{id: o.ID, name: o.Name}
	}
	return out
}

// actorNodes are the states, organisations, persons, offices,
// delegations and missions.
func actorNodes(g *graph.Graph) []named {
	var out []named
	for _, s := range g.States {
		out = append(out, named{id: s.ID, name: s.Name, code: s.Country})
	}
	for _, o := range g.Organizations {
		out = append(out, named{id: o.ID, name: o.Name})
	}
	for _, p := range g.Persons {
		out = append(out, named{id: p.ID, name: p.Name})
	}
	for _, o := range g.Offices {
		out = append(out, named{id: o.ID, name: o.Name})
	}
	for _, d := range g.Delegations {
		out = append(out, named{id: d.ID, name: d.Name})
	}
	for _, m := range g.Missions {
		out = append(out, named{id: m.ID, name: m.Name})
	}
	return out
}

// parseOn parses the date of -on: required, and exact, since the
// question asks about the span of a date.
func parseOn(s string) (diplo.Date, error) {
	if s == "" {
		return diplo.Date{}, usageErrorf("missing -on DATE")
	}
	return parseQueryDate("-on", s)
}

// parseQueryDate parses the date of a flag, which may be partial (2016,
// 2016-11) but not uncertain or approximate.
func parseQueryDate(flagName, s string) (diplo.Date, error) {
	d, err := diplo.ParseDate(s)
	if err != nil {
		return d, usageErrorf("%s: %v", flagName, err)
	}
	if d.Qualifier() != 0 {
		return d, usageErrorf("%s: %q: a question is asked about a date, not an uncertain or approximate one", flagName, s)
	}
	return d, nil
}

// truthCell is how a table shows a Truth.
func truthCell(t query.Truth) string { return t.String() }

// count returns "1 node", "2 nodes".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/network"
)

// networkFormats are the formats network writes.
var networkFormats = []string{"gexf", "graphml", "json"}

// networkCmd prints the network of the actors of one or more records, put
// end to end: each is read within the limits and validated (unless
// -no-validate) before the network is built, and the network is bounded
// by -max-pairs before it is written.
func (e *env) networkCmd(args []string) error {
	fs := flag.NewFlagSet("network", flag.ContinueOnError)
	format := fs.String("format", "gexf", "write the network as `F`: gexf (GEXF 1.3), graphml or json")
	kinds := fs.String("kinds", "", "link only the `KINDS` named, separated by commas (met, signed-with, voted-with, expelled); none: all")
	maxPairs := fs.Int("max-pairs", network.DefaultMaxPairs, "link at most `N` pairs of actors (a meeting of k participants links k(k-1)/2)")
	var d docFlags
	d.convertFlags(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageErrorf("missing FILE")
	}
	if !slices.Contains(networkFormats, *format) {
		return usageErrorf("unknown format %q (formats: %s)", *format, strings.Join(networkFormats, ", "))
	}
	var ks []network.Kind
	if *kinds != "" {
		for k := range strings.SplitSeq(*kinds, ",") {
			k := network.Kind(strings.TrimSpace(k))
			if !slices.Contains(network.Kinds(), k) {
				return usageErrorf("unknown kind of link %q (kinds: met, signed-with, voted-with, expelled)", k)
			}
			ks = append(ks, k)
		}
	}
	if *maxPairs <= 0 {
		return usageErrorf("-max-pairs must be positive")
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	all := new(graph.Graph)
	var parts []recordPart
	for _, name := range fs.Args() {
		g, err := e.loadGraph(name, o, d.noValidate)
		if err != nil {
			return err
		}
		parts = append(parts, recordPart{name: name, events: len(all.Events), accords: len(all.Accords), votes: len(all.Votes)})
		for _, n := range g.Nodes() {
			if err := all.Add(n); err != nil {
				return err
			}
		}
	}
	n, err := network.New(all, network.Options{Kinds: ks, MaxPairs: *maxPairs})
	if err != nil {
		return locate(parts, err)
	}
	switch *format {
	case "gexf":
		return network.WriteGEXF(e.stdout, n)
	case "graphml":
		return network.WriteGraphML(e.stdout, n)
	}
	b, err := diplo.MarshalIndent(n, "", "  ")
	if err != nil {
		return err
	}
	_, err = e.stdout.Write(append(b, '\n'))
	return err
}

// recordPart is where the lists of one record begin in the records put
// end to end.
type recordPart struct {
	name                   string
	events, accords, votes int
}

// locate turns err, a *diplo.FieldError of network.New whose path names a
// place in the records put end to end (events[12].participants), into an
// *invalidError of the record it is in, with the path in that record.
func locate(parts []recordPart, err error) error {
	var fe *diplo.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	list, rest, ok := strings.Cut(fe.Path, "[")
	idx, tail, ok2 := strings.Cut(rest, "]")
	i, aerr := strconv.Atoi(idx)
	if !ok || !ok2 || aerr != nil {
		return &invalidError{name: parts[0].name, err: err}
	}
	start := func(p recordPart) int {
		switch list {
		case "events":
			return p.events
		case "accords":
			return p.accords
		}
		return p.votes
	}
	k := len(parts) - 1
	for k > 0 && start(parts[k]) > i {
		k--
	}
	return &invalidError{name: parts[k].name, err: &diplo.FieldError{Path: fmt.Sprintf("%s[%d]%s", list, i-start(parts[k]), tail), Err: fe.Err}}
}

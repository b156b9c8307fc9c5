package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/view"
)

// svgViews are the pictures view -svg writes.
var svgViews = []string{"lifecycle", "timeline"}

// viewCmd writes one HTML page showing the records, or with -svg one
// picture of one record as an SVG document.
func (e *env) viewCmd(args []string) error {
	fs := flag.NewFlagSet("view", flag.ContinueOnError)
	pic := fs.String("svg", "", "write the `picture` (timeline or lifecycle) of one record as an SVG document instead of the page")
	var d docFlags
	d.convertFlags(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if *pic != "" && !slices.Contains(svgViews, *pic) {
		return usageErrorf("unknown picture %q (pictures: %s)", *pic, strings.Join(svgViews, ", "))
	}
	if fs.NArg() == 0 {
		return usageErrorf("missing RECORD")
	}
	if *pic != "" && fs.NArg() > 1 {
		return usageErrorf("-svg takes one RECORD, not %d", fs.NArg())
	}
	o, err := d.options()
	if err != nil {
		return err
	}
	gs := make([]*graph.Graph, 0, fs.NArg())
	for _, name := range fs.Args() {
		g, err := e.loadGraph(name, o, d.noValidate)
		if err != nil {
			return err
		}
		gs = append(gs, g)
	}
	switch *pic {
	case "timeline":
		err = view.WriteTimeline(e.stdout, gs[0])
	case "lifecycle":
		err = view.WriteLifecycle(e.stdout, gs[0])
	default:
		err = view.WritePage(e.stdout, gs...)
	}
	if err != nil {
		return fmt.Errorf("writing the view: %w", err)
	}
	return nil
}

package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"strings"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
	"github.com/diplo-go/diplo/query"
)

// base is the start of the IRIs the three records give their nodes.
const base = "https://w3id.org/diplo/examples/visit-sources/"

// records are the three records of the visit, one file per source, as a
// user would have them.
//
//go:embed records/*.json
var records embed.FS

// recordFiles are the files, in the order they are read; the merged record
// does not depend on it.
var recordFiles = []string{"records/article.json", "records/abamako.json", "records/anadolu.json"}

// load reads and validates the records, within diplo's default limits.
func load() ([]*graph.Graph, error) {
	gs := make([]*graph.Graph, 0, len(recordFiles))
	for _, name := range recordFiles {
		data, err := fs.ReadFile(records, name)
		if err != nil {
			return nil, err
		}
		g, err := graph.UnmarshalStrict(data)
		if err == nil {
			err = g.Validate()
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		gs = append(gs, g)
	}
	return gs, nil
}

// merged returns the record the three make, and the report of the merge.
func merged() (*graph.Graph, *graph.MergeReport, error) {
	gs, err := load()
	if err != nil {
		return nil, nil, err
	}
	g, rep, err := graph.Merge(gs, graph.MergeOptions{})
	if err != nil {
		return nil, nil, err
	}
	return g, rep, g.Validate()
}

// run prints the merged record, then the report of the merge, each as an
// indented JSON document.
func run(w io.Writer) error {
	g, rep, err := merged()
	if err != nil {
		return err
	}
	if err := printJSON(w, g); err != nil {
		return err
	}
	if err := printJSON(w, rep); err != nil {
		return err
	}
	return ask(w, g)
}

// ask asks the merged record questions that no one of the three sources
// answers alone, and prints each answer with its truth: yes when the
// record's dates settle it, maybe when they leave it open.
func ask(w io.Writer, g *graph.Graph) error {
	ix := query.New(g)
	const (
		goita   = diplo.ID(base + "goita")
		visit   = diplo.ID(base + "visit")
		nuclear = diplo.ID(base + "nuclear")
		mali    = diplo.ID("https://w3id.org/diplo/id/state/ML")
		office  = diplo.ID(base + "president-ml")
	)
	day := diplo.MustParseDate("2025-06-23")
	var b strings.Builder

	// The events of Goïta in time order: the 2023 summit is in the
	// article only, the dates of the visit in aBamako and Anadolu.
	fmt.Fprintln(&b, "Events of Assimi Goïta, in time order:")
	for _, m := range ix.Events(query.EventQuery{Actors: []diplo.ID{goita}}) {
		fmt.Fprintf(&b, "  %s  %-10s  %-14s  %s\n", m.Truth, dateOf(m.Event.Start), m.Event.Kind, m.Event.ID)
	}

	// What the visit continues, transitively.
	fmt.Fprintln(&b, "The visit continues:")
	for _, l := range ix.Related(visit) {
		fmt.Fprintf(&b, "  %s %s %s (depth %d)\n", l.From, l.Kind, l.To, l.Depth)
	}

	// The accords signed at the visit: the nuclear agreement, whose
	// signing date only Anadolu gives.
	fmt.Fprintln(&b, "Accords signed at the visit:")
	for _, a := range ix.SignedAt(visit) {
		fmt.Fprintf(&b, "  %s\n", a.ID)
	}

	// Where Mali stands under the nuclear agreement on the day.
	if a, ok := ix.StatusOfParty(nuclear, mali, day); ok {
		fmt.Fprintf(&b, "Mali under the nuclear agreement on %s: %s (%s), possible: %v\n", day, a.Status, a.Truth, a.Possible)
	}

	// Who was President of the Transition on the day: the tenure has no
	// dates in any source, so the answer can only be maybe.
	fmt.Fprintf(&b, "President of the Transition of Mali on %s:\n", day)
	for _, h := range ix.Holders(office, day) {
		fmt.Fprintf(&b, "  %s  %s\n", h.Truth, h.Person)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// dateOf is a date as EDTF, or "-" for none.
func dateOf(d diplo.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

func printJSON(w io.Writer, v any) error {
	b, err := diplo.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

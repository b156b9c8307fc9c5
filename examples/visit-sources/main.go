package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/graph"
)

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
	return printJSON(w, rep)
	// Questions of time asked of the merged record would follow here.
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

package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/diplo-go/diplo/schema/internal/doctype"
	"github.com/diplo-go/diplo/schema/internal/jsgen"
)

func main() {
	dir := flag.String("dir", ".", "directory to write the *.schema.json files to")
	flag.Parse()
	root, err := jsgen.SourceRoot()
	if err != nil {
		log.Fatal(err)
	}
	all, err := jsgen.GenerateAll(root)
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range doctype.Docs {
		if err := os.WriteFile(filepath.Join(*dir, d.File), all[d.Name], 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

package main

import (
	"fmt"
	"os"

	"github.com/diplo-go/diplo/internal/vocabgen"
)

func main() {
	src, err := vocabgen.Generate(".")
	if err != nil {
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(vocabgen.FileName, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "vocabgen:", err)
		os.Exit(1)
	}
}

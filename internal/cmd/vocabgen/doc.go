// Command vocabgen writes vocab_gen.go, the vocabulary tables of the
// package in the current directory, from the doc comments of their
// constants (see internal/vocabgen). Each model package runs it with
//
//	//go:generate go run github.com/diplo-go/diplo/internal/cmd/vocabgen
package main

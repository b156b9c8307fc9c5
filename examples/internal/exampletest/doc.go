// Package exampletest holds the checks that every example program's test
// makes of its output.
//
// Each program under examples/ builds a graph, validates it and prints it
// as indented JSON. Its test compares that output with a golden file, and
// then reads the golden file back to check it:
//
//	var update = flag.Bool("update", false, "rewrite golden files")
//
//	func TestRunGolden(t *testing.T) { exampletest.Golden(t, golden, *update, run) }
//
//	func TestGoldenRoundTrip(t *testing.T) { exampletest.RoundTrip(t, golden) }
//
// # Golden files
//
// Golden compares the output byte for byte and rewrites the file only when
// the test runs with -update, as the standard library's go/doc tests do.
// RoundTrip decodes the golden file with graph.Unmarshal, encodes it again
// as the programs print (Encode: diplo.MarshalIndent, canonical form with
// an indent of two spaces) and requires the same
// bytes: what a program writes, a reader reads back whole. A golden file
// written with other settings, with "\u0026" for the '&' of a URL say,
// fails this check. It also decodes the file strictly
// (unknown fields and duplicate keys are errors) and validates the result.
//
// # Facts
//
// Decode returns the graph of a golden file, so that a test states its
// facts (counts, dates, kinds, who signed what) by reading the decoded
// graph rather than the text. Counts and Countries help with the common
// ones.
//
// # References
//
//   - Go's testing package: golden files and the -update convention of
//     src/go/doc/doc_test.go.
package exampletest

// Package plain holds the diplo record as plain Go structs: every ID, date,
// kind and identifier a string, every text a map[string]string, and
// nothing but encoding/json struct tags. It is the baseline of the
// benchmarks: what any typed model of the same JSON costs encoding/json at
// the least, with no method to call and nothing checked.
//
// # Same JSON
//
// FromGraph converts a graph.Graph to its plain form; both encode to the
// same bytes, so a benchmark of one against the other compares the work,
// not the output:
//
//	p := plain.FromGraph(g)
//	a, _ := json.Marshal(g)
//	b, _ := json.Marshal(p) // bytes.Equal(a, b)
//
// The plain types decode that JSON too, without judging it: a date of
// month 13 or an unknown event kind is just a string to them.
//
// # References
//
//   - encoding/json, the rules of struct tags, omitempty and omitzero.
package plain

// Package scaling measures how the cost of a path grows with the size of
// its input, for the tests that hold every path over a list of n things
// to O(n log n).
//
// A Case names a path and builds its input at a size. Bench runs it as a
// benchmark family at n, 4n and 16n (sub-benchmarks "n=…"); Check runs it
// at the same three sizes within one test and fails when the cost grows
// faster than n log n allows, by a margin. Check compares the sizes with
// each other in the same run, never with a wall-clock bound, and measures
// processor time (not wall time) taking the least of several interleaved
// rounds, so that a slow or busy machine slows every size alike and does
// not fail the test.
package scaling

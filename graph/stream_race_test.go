//go:build race

package graph_test

// streamCount is how many events TestStreamConstantMemory sends through a
// pipe under the race detector, which makes each ten times slower: 100,000
// take about 4 s on two cores. Without it, stream_norace_test.go sends a
// million.
const streamCount = 100_000

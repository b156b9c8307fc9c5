//go:build !race

package graph_test

// streamCount is how many events TestStreamConstantMemory sends through a
// pipe. A million take about 4 s on two cores; under the race detector,
// which makes them ten times slower, stream_race_test.go sends 100,000.
const streamCount = 1_000_000

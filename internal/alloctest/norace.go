//go:build !race

package alloctest

// Race says whether the tests are built with the race detector, which
// makes sync.Pool drop some of what is put in it, on purpose, so that
// counts of allocations vary from one run to the next. .ci/run runs the
// tests named Allocs or Allocations again without it.
const Race = false

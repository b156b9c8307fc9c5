//go:build !linux

package bench_test

// preciseCPUTime is cpuTime on systems other than Linux.
func preciseCPUTime() int64 { return cpuTime() }

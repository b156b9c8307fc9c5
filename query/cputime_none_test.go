//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package query_test

// cpuTime is not measured on this system; the cpu-ns/op metric then reads 0.
func cpuTime() int64 { return 0 }

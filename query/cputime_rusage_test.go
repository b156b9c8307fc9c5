//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package query_test

import "syscall"

// cpuTime returns the processor time, user and system, that the process
// has used so far, in nanoseconds.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

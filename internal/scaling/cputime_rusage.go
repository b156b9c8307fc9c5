//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package scaling

import (
	"syscall"
	"time"
)

var origin = time.Now()

// cpuTime returns the processor time, user and system, that the process
// has used so far, in nanoseconds; where the system does not say, the
// wall time since the package was loaded.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return int64(time.Since(origin))
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

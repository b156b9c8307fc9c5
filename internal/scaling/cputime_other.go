//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package scaling

import "time"

var origin = time.Now()

// cpuTime returns the wall time since the package was loaded, in
// nanoseconds: processor time is not measured on this system.
func cpuTime() int64 { return int64(time.Since(origin)) }

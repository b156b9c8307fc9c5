//go:build linux

package bench_test

import (
	"syscall"
	"unsafe"
)

// preciseCPUTime returns the processor time of the process in
// nanoseconds from the scheduler's clock (CLOCK_PROCESS_CPUTIME_ID),
// which, unlike getrusage on some kernels, does not advance by ticks.
func preciseCPUTime() int64 {
	const clockProcessCPUTimeID = 2
	var ts syscall.Timespec
	if _, _, errno := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0); errno != 0 {
		return cpuTime()
	}
	return ts.Nano()
}

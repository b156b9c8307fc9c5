package alloctest

import "runtime"

// Allocated returns the bytes f allocated, as the runtime counts them
// (after a collection, from the difference of TotalAlloc).
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// LeastAllocated returns the least of Allocated(f) over runs runs (at
// least one). The count is process-wide, so one run may include the
// runtime's own allocations or another goroutine's; the least is f's own.
func LeastAllocated(runs int, f func()) uint64 {
	least := Allocated(f)
	for range runs - 1 {
		least = min(least, Allocated(f))
	}
	return least
}

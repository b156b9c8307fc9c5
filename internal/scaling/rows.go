package scaling

import "testing"

// RowsLoop runs f b.N times, each run handling rows rows, and reports the
// processor time of the process per run (cpu-ns/op) and the rows handled
// per second of it (rows/cpu-s), beside the benchmark's wall time. The
// processor time includes the garbage collector's, which runs beside the
// benchmark's goroutine.
func RowsLoop(b *testing.B, rows int, f func()) {
	b.Helper()
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		f()
	}
	spent := float64(cpuTime() - start)
	b.ReportMetric(spent/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(rows)*float64(b.N)/(spent/1e9), "rows/cpu-s")
}

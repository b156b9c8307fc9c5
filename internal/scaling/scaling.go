package scaling

import (
	"fmt"
	"math"
	"runtime"
	"testing"
	"time"
)

// Case is one path measured at several sizes.
type Case struct {
	// Name names the path in benchmark names and failures.
	Name string
	// N is the smallest size; the others are 4N and 16N.
	N int
	// Setup builds the input of size n outside the measurement and
	// returns the work to measure, done once per call. The work should
	// fail the test (through the testing.TB it closes over) rather than
	// panic when something is wrong.
	Setup func(tb testing.TB, n int) func()
}

// Sizes returns the three sizes of c: N, 4N and 16N.
func (c Case) Sizes() [3]int { return [3]int{c.N, 4 * c.N, 16 * c.N} }

// Bench runs c as sub-benchmarks of b, one per size, named "n=…".
func Bench(b *testing.B, c Case) {
	for _, n := range c.Sizes() {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			run := c.Setup(b, n)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				run()
			}
		})
	}
}

// Margin is how much faster than n log n a cost may grow before Check
// fails: cache misses and garbage collection make larger inputs somewhat
// dearer per element even on a linear path. A quadratic path grows 4× past
// n log n from n to 4n and 16× from n to 16n at the sizes used here, so
// a margin of 3 leaves it no room.
const Margin = 3.0

// rounds is the number of interleaved rounds; the least time of each size
// is kept.
const rounds = 5

// minSample is the least processor time one measurement of one size
// accumulates, repeating the work as often as needed.
const minSample = 20 * time.Millisecond

// Check measures c at its three sizes and fails t when the cost from n to
// 4n or from n to 16n grows more than Margin times what n log n allows.
// It logs the measured costs.
func Check(t testing.TB, c Case) {
	t.Helper()
	sizes := c.Sizes()
	var runs [3]func()
	for i, n := range sizes {
		runs[i] = c.Setup(t, n)
	}
	var best [3]float64
	for i := range best {
		best[i] = math.Inf(1)
	}
	for range rounds {
		for i, run := range runs {
			if d := perOp(run); d < best[i] {
				best[i] = d
			}
		}
	}
	t.Logf("%s: %s per op at n=%d, %s at 4n, %s at 16n (ratios %.1f, %.1f)", c.Name,
		time.Duration(best[0]), sizes[0], time.Duration(best[1]), time.Duration(best[2]),
		best[1]/best[0], best[2]/best[0])
	for i := 1; i < 3; i++ {
		ratio := best[i] / best[0]
		allowed := Allowed(sizes[0], sizes[i])
		if ratio > allowed {
			t.Errorf("%s: cost grows %.1f× from n=%d to n=%d; n log n allows %.1f× (with margin %.0f)",
				c.Name, ratio, sizes[0], sizes[i], allowed, Margin)
		}
	}
}

// Allowed returns the largest ratio of cost at m to cost at n that Check
// accepts: (m log m)/(n log n) times Margin.
func Allowed(n, m int) float64 {
	lg := func(x int) float64 { return math.Log2(float64(max(x, 2))) }
	return float64(m) * lg(m) / (float64(n) * lg(n)) * Margin
}

// perOp returns the processor time of one call of run, repeating it
// until at least minSample has accumulated.
func perOp(run func()) float64 {
	runtime.GC()
	ops := 0
	start := cpuTime()
	var spent time.Duration
	for spent < minSample || ops == 0 {
		run()
		ops++
		spent = time.Duration(cpuTime() - start)
	}
	return float64(spent) / float64(ops)
}

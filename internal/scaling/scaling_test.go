package scaling_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/internal/scaling"
)

// sink keeps the compiler from removing the work.
var sink int

func linear(tb testing.TB, n int) func() {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = (i * 7919) % n
	}
	return func() {
		s := 0
		for _, x := range xs {
			s += x
		}
		sink = s
	}
}

func sorting(tb testing.TB, n int) func() {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = (i * 7919) % n
	}
	ys := make([]int, n)
	return func() {
		copy(ys, xs)
		slices.Sort(ys)
	}
}

func quadratic(tb testing.TB, n int) func() {
	xs := make([]int, n)
	for i := range xs {
		xs[i] = i
	}
	return func() {
		s := 0
		for _, x := range xs {
			for _, y := range xs {
				if x == y {
					s++
				}
			}
		}
		sink = s
	}
}

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name  string
		c     scaling.Case
		fails bool
	}{
		{"linear", scaling.Case{Name: "linear", N: 20000, Setup: linear}, false},
		{"sort", scaling.Case{Name: "sort", N: 20000, Setup: sorting}, false},
		{"quadratic", scaling.Case{Name: "quadratic", N: 500, Setup: quadratic}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			scaling.Check(r, tc.c)
			assert.Equal(t, tc.fails, r.failed)
		})
	}
}

func TestAllowed(t *testing.T) {
	// From n to 16n, n log n grows by 16·log(16n)/log(n).
	assert.InDelta(t, 16*14.0/10.0*scaling.Margin, scaling.Allowed(1024, 16384), 1e-9)
	// A quadratic path's growth is beyond what is allowed.
	assert.Greater(t, 16.0*16.0, scaling.Allowed(1024, 16384))
	assert.Greater(t, 4.0*4.0, scaling.Allowed(1024, 4096))
}

func BenchmarkSort(b *testing.B) {
	scaling.Bench(b, scaling.Case{Name: "sort", N: 1000, Setup: sorting})
}

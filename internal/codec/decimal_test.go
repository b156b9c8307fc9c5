package codec

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkDecimal checks appendDecimal against the rule it follows,
// strconv.AppendFloat(f, 'f', -1, 64), where it writes f, and that it
// leaves alone what floatEncoder writes with an exponent, 0, NaN and
// the infinities. It returns whether appendDecimal wrote f.
func checkDecimal(t *testing.T, f float64) bool {
	t.Helper()
	got, ok := appendDecimal([]byte("head"), f)
	if !ok {
		assert.Equal(t, "head", string(got), "%v: left alone, yet written", f)
		return false
	}
	a := math.Abs(f)
	require.True(t, a >= 1e-6 && a < 1e21, "%v: written, yet in exponent form or not finite", f)
	assert.Equal(t, "head"+strconv.FormatFloat(f, 'f', -1, 64), string(got), "%b", f)
	return true
}

// TestAppendDecimal compares appendDecimal with strconv on numbers of a
// few decimals (as coordinates and scores are), on their neighbours a
// unit in the last place away, on numbers of every size and random bits,
// and on the edges of what it handles.
func TestAppendDecimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	written := 0
	for range 200_000 {
		digits := r.IntN(17)
		k := r.IntN(digits + 1)
		m := r.Int64N(int64(math.Pow10(digits))) + 1
		f, err := strconv.ParseFloat(strconv.FormatInt(m, 10)+"e-"+strconv.Itoa(k), 64)
		require.NoError(t, err)
		if r.IntN(2) == 0 {
			f = -f
		}
		for _, g := range []float64{f, math.Nextafter(f, 0), math.Nextafter(f, math.Inf(1))} {
			if checkDecimal(t, g) {
				written++
			}
		}
	}
	for range 200_000 {
		checkDecimal(t, math.Float64frombits(r.Uint64()))
		checkDecimal(t, r.NormFloat64()*math.Pow10(r.IntN(30)-12))
	}
	edges := []float64{
		0, math.Copysign(0, -1), math.NaN(), math.Inf(1), math.Inf(-1),
		1e-6, math.Nextafter(1e-6, 0), math.Nextafter(1e-6, 1), 1e-7, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3,
		1, 9, 10, 99.99999999999999, 100, 1e15, 1e20, 1e21,
		decimalLimit, math.Nextafter(decimalLimit, 0), decimalLimit - 1, decimalLimit / 10, 1 << 53, 1<<53 - 1,
		3.16667, 101.7, 49.25, -123.133, -3.46820809248555, 2.5, -0.5, 0.05, 5e-324, math.MaxFloat64,
	}
	for _, f := range edges {
		checkDecimal(t, f)
		checkDecimal(t, -f)
	}
	assert.Greater(t, written, 150_000, "numbers of a few decimals written by appendDecimal")
}

// FuzzAppendDecimal compares appendDecimal with strconv on any float64.
func FuzzAppendDecimal(f *testing.F) {
	for _, x := range []float64{0, 1e-6, 3.16667, -123.133, 1 << 50, 0.1 + 0.2} {
		f.Add(math.Float64bits(x))
	}
	f.Fuzz(func(t *testing.T, bits uint64) {
		checkDecimal(t, math.Float64frombits(bits))
	})
}

// BenchmarkAppendDecimal compares appendDecimal with strconv on
// coordinates as the GDELT graph has them (up to five decimals) and on
// numbers of 16 or 17 digits, which appendDecimal leaves to strconv
// after its loop.
func BenchmarkAppendDecimal(b *testing.B) {
	cases := []struct {
		name string
		fs   []float64
	}{
		{"coordinates", []float64{3.16667, 101.7, 49.25, -123.133, 48.8566, 2.35222, -33.8688, 151.209, 0, 55.7558}},
		{"long", []float64{0.1 + 0.2, 1.0 / 3, -3.4682080924855496, 2.0 / 3, 123.45678901234567}},
	}
	for _, c := range cases {
		b.Run("appendDecimal/"+c.name, func(b *testing.B) {
			var e encState
			for b.Loop() {
				for _, f := range c.fs {
					e.buf = e.buf[:0]
					_ = e.float64(f)
				}
			}
		})
		b.Run("strconv/"+c.name, func(b *testing.B) {
			var e encState
			for b.Loop() {
				for _, f := range c.fs {
					e.buf = e.buf[:0]
					_ = e.float(f, 64)
				}
			}
		})
	}
}

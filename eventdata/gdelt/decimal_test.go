package gdelt

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// checkDecimal checks that exactDecimal gives what strconv.ParseFloat
// gives, to the bit, for every string it reads.
func checkDecimal(t *testing.T, s string) (read bool) {
	t.Helper()
	got, ok := exactDecimal(s)
	if !ok {
		return false
	}
	want, err := strconv.ParseFloat(s, 64)
	if assert.NoError(t, err, "%q", s) {
		assert.Equal(t, math.Float64bits(want), math.Float64bits(got), "%q: %v, want %v", s, got, want)
	}
	return true
}

// TestExactDecimal checks exactDecimal on the shapes GDELT writes and on
// the edges of what it reads, and on random decimals.
func TestExactDecimal(t *testing.T) {
	for _, tc := range []struct {
		s    string
		read bool
	}{
		{"0", true}, {"-0", true}, {"+0", true}, {"0.0", true}, {"-0.0", true},
		{"2019.8055", true}, {"-2.53807106598985", true}, {"48.8667", true}, {"-122.419", true},
		{"3.4", true}, {"-10", true}, {"1.", true}, {".5", true}, {"-.5", true},
		{"0.1", true}, {"0.3", true}, {"123456789012345", true}, {".000000000000001", true}, {"0.000000000000001", false},
		{"1234567890123456", false}, {"0.0000000000000001", false}, {"1e5", false}, {"1E5", false},
		{"", false}, {"-", false}, {".", false}, {"-.", false}, {"1.2.3", false}, {"--1", false},
		{"1-", false}, {"+-1", false}, {"1+1", false},
	} {
		assert.Equal(t, tc.read, checkDecimal(t, tc.s), "%q", tc.s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200_000 {
		digits := 1 + r.IntN(15)
		s := strconv.FormatUint(r.Uint64N(uint64(math.Pow10(digits))), 10)
		if p := r.IntN(len(s) + 1); p < len(s) {
			s = s[:p] + "." + s[p:]
		}
		if r.IntN(2) == 0 {
			s = "-" + s
		}
		assert.True(t, checkDecimal(t, s), "%q", s)
	}
}

// FuzzExactDecimal checks exactDecimal against strconv.ParseFloat.
func FuzzExactDecimal(f *testing.F) {
	for _, s := range []string{"2019.8055", "-2.53807106598985", "1.", ".5", "-0", "123456789012345", "1e5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDecimal(t, s) })
}

// checkInt checks that exactInt gives what strconv.ParseInt gives for
// every string it reads.
func checkInt(t *testing.T, s string, bits int) (read bool) {
	t.Helper()
	got, ok := exactInt(s, bits)
	if !ok {
		return false
	}
	want, err := strconv.ParseInt(s, 10, bits)
	assert.NoError(t, err, "%q", s)
	assert.Equal(t, want, got, "%q", s)
	return true
}

// TestExactInt checks exactInt on its edges and on random integers.
func TestExactInt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		bits int
		read bool
	}{
		{"0", 64, true}, {"-0", 64, true}, {"+7", 64, true}, {"881990833", 64, true}, {"-12", 64, true},
		{"999999999999999999", 64, true}, {"-999999999999999999", 64, true}, {"1000000000000000000", 64, false},
		{"2147483647", 32, true}, {"2147483648", 32, false}, {"-2147483648", 32, true}, {"-2147483649", 32, false},
		{"", 64, false}, {"-", 64, false}, {"+", 64, false}, {"1.0", 64, false}, {"1_000", 64, false},
		{"0x10", 64, false}, {"--1", 64, false}, {" 1", 64, false},
	} {
		assert.Equal(t, tc.read, checkInt(t, tc.s, tc.bits), "%q", tc.s)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100_000 {
		s := strconv.FormatInt(r.Int64N(1e18)-5e17, 10)
		assert.True(t, checkInt(t, s, 64), "%q", s)
		checkInt(t, s, 32)
	}
}

// FuzzExactInt checks exactInt against strconv.ParseInt.
func FuzzExactInt(f *testing.F) {
	for _, s := range []string{"881990833", "-12", "+7", "2147483648", "1_000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkInt(t, s, 64)
		checkInt(t, s, 32)
	})
}

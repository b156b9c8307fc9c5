package gdelt

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlainCoord checks that plainCoord accepts exactly what exactDecimal
// reads to a value within the limit, on edge cases and on random strings
// of digits, points and signs. (Run it with GOARCH=386 too.)
func TestPlainCoord(t *testing.T) {
	cases := []string{
		"", "-", "+", ".", "0", "-0", "+0", "90", "90.", "90.0", "90.000000000000", "90.0000000000001",
		"090.0", "-90", "-90.00001", "89.999999999999", "91", "100", "180", "180.0", "-180.0000", "180.1",
		"181", "1000", "12.5.1", "1e1", "١", "0x1", "9_0", "123456789012345", "0.12345678901234", "0.123456789012345",
		"99999999999999999999", "-.5", "5.", "00000000000090",
		// 2^32+90 and 2^32+180, which a whole part read in 32 bits
		// would take for 90 and 180.
		"4294967386", "-4294967386.0", "4294967476", "4294967476.000",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "0123456789.-+9100"
	for range 200000 {
		b := make([]byte, rng.IntN(18))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		for _, limit := range []int{90, 180} {
			f, ok := exactDecimal(s)
			want := ok && -float64(limit) <= f && f <= float64(limit)
			if got := plainCoord([]byte(s), limit); got != want {
				assert.Equal(t, want, got, "plainCoord(%q, %d)", s, limit)
			}
		}
	}
}

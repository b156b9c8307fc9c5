package codec

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/internal/scaling"
)

func TestScanNumbers(t *testing.T) {
	tests := []struct {
		name   string
		number string
		ok     bool
		reason string // a part of Detail when rejected
	}{
		{"zero", `0`, true, ""},
		{"negative zero", `-0`, true, ""},
		{"zero with a huge exponent", `0e99999999999999999999`, true, ""},
		{"negative zero fraction", `-0.000e-999`, true, ""},
		{"one tenth", `0.1`, true, ""},
		{"coordinate", `48.8566`, true, ""},
		{"capital exponent", `1E3`, true, ""},
		{"trailing zero", `1.50`, true, ""},
		{"many trailing zeros", `1.5000000000000000000000000000000`, true, ""},
		{"many leading zeros", `0.0000000000000000000000000000015`, true, ""},
		{"integer", `123456789012345`, true, ""},
		{"2^53", `9007199254740992`, true, ""},
		{"2^53+1", `9007199254740993`, false, "rounds it to 9.007199254740992e+15"},
		{"17 digits", `0.30000000000000004`, true, ""},
		{"17 digits not shortest", `0.30000000000000001`, false, "rounds it to 0.3"},
		{"largest", `1.7976931348623157e308`, true, ""},
		{"largest spelt out", "17976931348623157" + strings.Repeat("0", 292), true, ""},
		{"1e308", `1e308`, true, ""},
		{"-1e308", `-1e308`, true, ""},
		{"smallest normal", `2.2250738585072014e-308`, true, ""},
		{"smallest subnormal", `5e-324`, true, ""},
		{"smallest subnormal, other digits", `4.9e-324`, false, "rounds it to 5e-324"},
		{"1e23", `1e23`, true, ""},
		{"just over the largest", `1.8e308`, false, "overflows float64"},
		{"huge", `1e1000001`, false, "overflows float64"},
		{"huge negative", `-1e999999`, false, "overflows float64"},
		{"huge exponent", `1e99999999999999999999999999`, false, "overflows float64"},
		{"underflow", `1e-400`, false, "rounds it to 0"},
		{"underflow, huge exponent", `-1e-99999999999999999999999999`, false, "rounds it to 0"},
		{"half the smallest subnormal", `2e-324`, false, "rounds it to 0"},
		{"too precise", `12.345678901234567890123`, false, "rounds it to 12.345678901234567"},
		{"too precise integer", `12345678901234567890`, false, "rounds it to 1.2345678901234567e+19"},
		{"long digit string", "0." + strings.Repeat("1", 4000), false, "rounds it to 0.1111111111111111"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := `{"a":[1,` + tc.number + `]}`
			e := Scan([]byte(doc), wide)
			if tc.ok {
				assert.Nil(t, e)
				return
			}
			require.NotNil(t, e)
			assert.Equal(t, ScanFloat, e.Kind)
			assert.Equal(t, "a[1]", e.Path)
			assert.Equal(t, len(`{"a":[1,`), e.Offset)
			assert.Equal(t, len(tc.number), e.Size)
			assert.Contains(t, e.Detail, tc.reason)
			assert.Equal(t, "number "+e.Detail, e.Error())
		})
	}
}

// TestScanNumberLimitFirst checks that a number too long for MaxString is
// reported as such, not as one float64 does not hold.
func TestScanNumberLimitFirst(t *testing.T) {
	e := Scan([]byte(`[`+strings.Repeat("1", 100)+`]`), ScanLimits{MaxDepth: 4, MaxString: 50, MaxArray: 4, MaxObjects: 4})
	require.NotNil(t, e)
	assert.Equal(t, ScanNumber, e.Kind)
}

func TestNumberAllocations(t *testing.T) {
	for _, n := range []string{`48.8566`, `-0`, `0.30000000000000004`, `1.7976931348623157e308`, `5e-324`, `9007199254740992`} {
		ok, _ := exactFloat([]byte(n))
		require.True(t, ok, n)
		assert.Zero(t, testing.AllocsPerRun(100, func() { exactFloat([]byte(n)) }), n)
	}
}

// exactRef is the rule written independently of exactFloat: the literal,
// read exactly as a rational with math/big, must equal the rational value
// of the shortest decimal of the float64 strconv parses it to, which must
// be finite. Exponents far outside float64's range are decided without
// building the rational: a non-zero number there overflows or underflows.
func exactRef(lit string) bool {
	mant, exp := lit, int64(0)
	if i := strings.IndexAny(lit, "eE"); i >= 0 {
		mant = lit[:i]
		e, err := strconv.ParseInt(strings.TrimPrefix(lit[i+1:], "+"), 10, 64)
		if err != nil { // beyond int64: huge either way
			e = math.MaxInt32
			if lit[i+1] == '-' {
				e = math.MinInt32
			}
		}
		exp = e
	}
	if strings.Trim(mant, "-0.") == "" {
		return true // zero
	}
	if exp > 400 || exp < -400-int64(len(mant)) {
		return false
	}
	exact, ok := new(big.Rat).SetString(mant + "e" + strconv.FormatInt(exp, 10))
	if !ok {
		panic("reference cannot read " + lit)
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(f, 0) {
		return false
	}
	shortest, ok := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	if !ok {
		panic("reference cannot read its own float")
	}
	return exact.Cmp(shortest) == 0
}

// FuzzExactFloat checks the number rule of Scan against exactRef, on the
// well-formed numbers among its inputs.
func FuzzExactFloat(f *testing.F) {
	for _, s := range []string{`0`, `-0`, `0.1`, `48.8566`, `1E3`, `1.50`, `1e1000001`, `-1e999999`, `1e-400`,
		`12.345678901234567890123`, `1e308`, `1.8e308`, `5e-324`, `4.9e-324`, `2e-324`, `9007199254740993`,
		`0.30000000000000004`, `1.7976931348623157e308`, `2.2250738585072014e-308`, `1e0000000000000000000001`,
		`100000000000000000000000000000000000`, `0.000000000000000000000000000001`, `123456789012345678`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, lit string) {
		if !isNumber(lit) {
			return
		}
		want := exactRef(lit)
		e := Scan([]byte(lit), wide)
		if want && e != nil {
			t.Fatalf("Scan(%q) rejects a number float64 holds: %v", lit, e)
		}
		if !want && (e == nil || e.Kind != ScanFloat) {
			t.Fatalf("Scan(%q) = %v, want a Float problem", lit, e)
		}
	})
}

// isNumber reports whether s is a well-formed JSON number, as the
// grammar of RFC 8259 says, independently of the scanner.
func isNumber(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := func() int {
		j := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		return i - j
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

// longNumber is the path over the digits of one number: a literal of n
// digits, which float64 does not hold, in an array.
var longNumber = scaling.Case{
	Name: "long number",
	N:    50_000,
	Setup: func(tb testing.TB, n int) func() {
		doc := []byte("[0." + strings.Repeat("3", n) + "]")
		return func() {
			if e := Scan(doc, wide); e == nil || e.Kind != ScanFloat {
				tb.Fatalf("Scan = %v", e)
			}
		}
	},
}

func BenchmarkScanLongNumber(b *testing.B) { scaling.Bench(b, longNumber) }

func TestScanLongNumberScales(t *testing.T) { scaling.Check(t, longNumber) }

func BenchmarkExactFloat(b *testing.B) {
	for _, n := range []string{`48.8566`, `0.30000000000000004`, `9007199254740992`} {
		b.Run(n, func(b *testing.B) {
			lit := []byte(n)
			b.ReportAllocs()
			for b.Loop() {
				exactFloat(lit)
			}
		})
	}
}

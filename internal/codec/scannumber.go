package codec

import (
	"math"
	"strconv"
)

// exactFloat reports whether float64 holds the JSON number lit exactly in
// the decimal sense: parsing lit gives a finite float64 whose shortest
// decimal is the same number as lit (1.50 and 1.5 are the same number;
// 1e-400, which becomes 0, is not). When it does not, reason says why, to
// follow the number in a message.
//
// lit must be a well-formed JSON number. Numbers of at most 15 significant
// digits in the normal range of float64 are accepted without parsing:
// every such decimal survives the round trip through float64 (DBL_DIG is
// 15). Others are rebuilt from their at most 17 significant digits in a
// buffer on the stack, so that the check allocates nothing for a number
// that passes, and costs time linear in the length of lit.
func exactFloat(lit []byte) (ok bool, reason string) {
	i := 0
	neg := lit[0] == '-'
	if neg {
		i++
	}
	// The digits before the exponent, without the point, are lit[i:end]
	// with the point at dot (dot == end when there is none).
	start := i
	for i < len(lit) && isDigit(lit[i]) {
		i++
	}
	dot := i
	end := i
	if i < len(lit) && lit[i] == '.' {
		i++
		for i < len(lit) && isDigit(lit[i]) {
			i++
		}
		end = i
	}
	var exp int64
	if i < len(lit) && (lit[i] == 'e' || lit[i] == 'E') {
		i++
		expNeg := false
		switch lit[i] {
		case '-':
			expNeg = true
			i++
		case '+':
			i++
		}
		for ; i < len(lit); i++ {
			if exp < 1e12 { // beyond any float64, and no overflow of int64
				exp = exp*10 + int64(lit[i]-'0')
			}
		}
		if expNeg {
			exp = -exp
		}
	}
	// The significant digits run from the first to the last non-zero
	// digit; first and last are positions among the digits, the point
	// left out.
	digit := func(k int) byte { // the k-th digit, the point left out
		if start+k < dot {
			return lit[start+k]
		}
		return lit[start+k+1]
	}
	count := dot - start
	if end > dot {
		count = end - start - 1
	}
	first, last := -1, -1
	for k := 0; k < count; k++ {
		if digit(k) != '0' {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return true, "" // zero, whatever its sign and exponent
	}
	n := last - first + 1
	// The value is d.ddd × 10^sci, the first digit before the point.
	sci := int64(dot-start-first-1) + exp
	if n <= 15 && -307 <= sci && sci <= 307 {
		return true, ""
	}
	if n > 17 || sci > 308 || sci < -324 {
		return false, describe(lit)
	}
	// Rebuild the number as its significant digits and an exponent, at
	// most 1+17+1+4 bytes, and compare it with float64's shortest decimal.
	var buf [32]byte
	b := buf[:0]
	if neg {
		b = append(b, '-')
	}
	for k := first; k <= last; k++ {
		b = append(b, digit(k))
	}
	b = append(b, 'e')
	b = strconv.AppendInt(b, sci-int64(n-1), 10)
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil || math.IsInf(f, 0) || f == 0 {
		return false, describe(lit)
	}
	var sbuf [32]byte
	s := strconv.AppendFloat(sbuf[:0], f, 'e', -1, 64)
	// s is -?d(.d*)?e[+-]dd: compare its digits and exponent.
	if s[0] == '-' {
		s = s[1:]
	}
	k := first
	j := 0
	for ; j < len(s) && s[j] != 'e'; j++ {
		if s[j] == '.' {
			continue
		}
		if k > last || digit(k) != s[j] {
			return false, describe(lit)
		}
		k++
	}
	if k <= last {
		return false, describe(lit)
	}
	var e int64
	for _, c := range s[j+2:] { // after "e+" or "e-"
		e = e*10 + int64(c-'0')
	}
	if s[j+1] == '-' {
		e = -e
	}
	if e != sci {
		return false, describe(lit)
	}
	return true, ""
}

// describe says why float64 does not hold the number lit.
func describe(lit []byte) string {
	f, _ := strconv.ParseFloat(string(lit), 64)
	switch {
	case math.IsInf(f, 0):
		return "overflows float64"
	case f == 0:
		return "underflows float64, which rounds it to 0"
	}
	return "has more digits than float64 holds, which rounds it to " + strconv.FormatFloat(f, 'g', -1, 64)
}

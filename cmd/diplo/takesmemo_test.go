package main

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/eventdata/cameo"
	"github.com/diplo-go/diplo/eventdata/dyad"
)

// TestTakesMemo checks takesMemo against the function it remembers,
// dyad.Lifter.TakesCAMEO, asked three times for every code of the CAMEO
// table, every code of one to four digits, and codes it does not keep
// (empty, longer, not digits), in two orders: the same answers, and the
// function asked once for each code it keeps (so that no two codes share
// a place), each time for the others.
func TestTakesMemo(t *testing.T) {
	var codes []string
	for _, c := range cameo.EventCodes() {
		codes = append(codes, c.Code)
	}
	for n, top := range []int{10, 100, 1000, 10000} {
		for v := range top {
			codes = append(codes, fmt.Sprintf("%0*d", n+1, v))
		}
	}
	others := []string{"", "01234", "12345", "0101x", "x", "04 2", "\xff", "٣", "/", ":", "1.0", "-1", "+12"}
	codes = append(codes, others...)
	for _, reverse := range []bool{false, true} {
		l := dyad.NewLifter()
		asked := map[string]int{}
		m := &takesMemo{takes: func(code string) bool {
			asked[code]++
			return l.TakesCAMEO(code)
		}}
		takers, refused := 0, 0
		for round := range 3 {
			for k := range codes {
				code := codes[k]
				if reverse {
					code = codes[len(codes)-1-k]
				}
				want := dyad.NewLifter().TakesCAMEO(code)
				assert.Equal(t, want, m.Takes(code), "code %q, round %d", code, round)
				if round == 0 && want {
					takers++
				} else if round == 0 {
					refused++
				}
			}
		}
		assert.Positive(t, takers)
		assert.Positive(t, refused)
		for _, c := range others {
			assert.Equal(t, 3, asked[c], "code %q", c)
		}
		for _, c := range codes {
			if !slices.Contains(others, c) {
				assert.Equal(t, 1, asked[c], "code %q", c)
			}
		}
	}
}

package dyad

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/eventdata/cameo"
)

// TestTakesCAMEOKept checks the answers TakesCAMEO keeps against the
// refusal rule itself (lifting, as cameoLifting asks it, uncached): one
// Lifter asked three times for every code of the CAMEO table, every code
// of one to four digits, and codes it does not keep by slot (empty,
// longer, not digits), in two orders, so that two codes sharing a slot
// with different answers would be caught. It also checks that codeSlot
// gives every code of one to four digits a slot of its own.
func TestTakesCAMEOKept(t *testing.T) {
	var codes []string
	for _, c := range cameo.EventCodes() {
		codes = append(codes, c.Code)
	}
	slots := map[int]string{}
	for n, top := range []int{10, 100, 1000, 10000} {
		for v := range top {
			code := fmt.Sprintf("%0*d", n+1, v)
			codes = append(codes, code)
			i, ok := codeSlot(code)
			if assert.True(t, ok, code) && assert.Less(t, i, codeSlots, code) {
				prev, taken := slots[i]
				assert.False(t, taken, "codes %q and %q share slot %d", prev, code, i)
				slots[i] = code
			}
		}
	}
	assert.Len(t, slots, codeSlots)
	others := []string{"", "01234", "12345", "0101x", "x", "04 2", "\xff", "٣", "/", ":", "1.0", "-1", "+12"}
	for _, c := range others {
		_, ok := codeSlot(c)
		assert.False(t, ok, "%q", c)
	}
	codes = append(codes, others...)
	rule := func(code string) bool {
		r := eventdata.Record{CAMEO: code}
		_, ok := lifting(&r, isStatement(&r))
		return code == "" || ok
	}
	for _, reverse := range []bool{false, true} {
		l := NewLifter()
		takers, refused := 0, 0
		for round := range 3 {
			for k := range codes {
				code := codes[k]
				if reverse {
					code = codes[len(codes)-1-k]
				}
				want := rule(code)
				assert.Equal(t, want, l.TakesCAMEO(code), "code %q, round %d", code, round)
				if round == 0 && want {
					takers++
				} else if round == 0 {
					refused++
				}
			}
		}
		assert.Positive(t, takers)
		assert.Positive(t, refused)
	}
}

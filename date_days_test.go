package diplo

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestDaysInAsTime checks the table of month lengths against time.Date,
// the rule it replaced, for every month of every year a Date can hold.
func TestDaysInAsTime(t *testing.T) {
	bad := 0
	for y := MinYear; y <= MaxYear; y++ {
		for m := 1; m <= 12; m++ {
			want := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if got := daysIn(y, m); got != want {
				bad++
				assert.Equal(t, want, got, "year %d month %d", y, m)
				if bad > 10 {
					t.FailNow()
				}
			}
		}
	}
}

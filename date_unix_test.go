package diplo

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDateUnix checks startUnix and endUnix, and so Before, against Start
// and End, which go through time.Date, on dates of each precision, with
// and without zones, over the whole range of years, at the ends of
// months and years.
func TestDateUnix(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var dates []Date
	for _, y := range []int{MinYear, -401, -400, -101, -100, -5, -4, -1, 0, 1, 4, 100, 1582, 1600, 1900, 1969, 1970, 2000, 2024, 2100, MaxYear} {
		for _, m := range []time.Month{1, 2, 3, 11, 12} {
			for _, day := range []int{1, 28, 29, 30, 31} {
				dates = append(dates, DayOf(y, m, day))
			}
			dates = append(dates, MonthOf(y, m))
		}
		dates = append(dates, YearOf(y))
	}
	for range 3000 {
		tm := time.Date(MinYear+rng.IntN(MaxYear-MinYear+1), time.Month(1+rng.IntN(12)), 1+rng.IntN(31), rng.IntN(24), rng.IntN(60), rng.IntN(60), 0,
			time.FixedZone("", (rng.IntN(28*60+1)-14*60)*60))
		dates = append(dates, DateOf(tm, Precision(1+rng.IntN(int(PrecisionSecond)))))
	}
	for _, s := range []string{"2020-02-29T23:59Z", "2020-12-31T23:59:59+14:00", "-9999-01-01T00:00-14:00", "9999-12-31T23:59:59-14:00", "1970-01-01T00:00+00:00"} {
		dates = append(dates, MustParseDate(s))
	}
	for _, d := range dates {
		if d.IsZero() {
			continue
		}
		require.Equal(t, d.Start().Unix(), d.startUnix(), "%v", d)
		if e, ok := d.endUnix(); ok {
			require.Equal(t, d.End().Unix(), e, "%v", d)
		}
	}
	dates = append(dates, Date{}, YearOf(2020).WithQualifier(Uncertain), DayOf(2020, 1, 1).WithQualifier(Approximate))
	for range 20000 {
		d, o := dates[rng.IntN(len(dates))], dates[rng.IntN(len(dates))]
		want := !d.IsZero() && !o.IsZero() && !d.End().After(o.Start())
		assert.Equal(t, want, d.Before(o), "%v before %v", d, o)
		assert.Equal(t, refCompare(d, o), d.Compare(o), "%v compared with %v", d, o)
	}
}

// refCompare is Compare as it was written first, by Start and End.
func refCompare(d, o Date) int {
	if d.IsZero() || o.IsZero() {
		switch {
		case d.IsZero() && o.IsZero():
			return 0
		case d.IsZero():
			return -1
		}
		return 1
	}
	if c := d.Start().Compare(o.Start()); c != 0 {
		return c
	}
	if c := o.End().Compare(d.End()); c != 0 {
		return c
	}
	switch {
	case d.qual < o.qual:
		return -1
	case d.qual > o.qual:
		return 1
	}
	return 0
}

// oldBefore is Date.Before before two plain days were compared by their
// year, month and day: the rule that Before keeps.
func oldBefore(d, o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	if e, ok := d.endUnix(); ok {
		return e <= o.startUnix()
	}
	return !d.End().After(o.Start())
}

// TestDateBeforePlainDays holds Before to its old form on every pair of
// days around the ends of months and years (days 0 to 31 of months 0 to
// 13, which only a Date built in the package holds), with and without a
// zone or a time, and against dates of the other precisions.
func TestDateBeforePlainDays(t *testing.T) {
	var dates []Date
	for _, y := range []int16{-101, -1, 0, 1999, 2000, 2001} {
		for m := range uint8(14) {
			for day := range uint8(32) {
				if day%3 == 2 && day < 26 {
					continue // fewer pairs; the ends of months are all kept
				}
				d := Date{year: y, month: m, day: day, prec: PrecisionDay}
				dates = append(dates, d)
				if m == 2 && day == 28 || m == 12 && day == 31 || m == 1 && day == 1 {
					z := d
					z.zoned = true
					dates = append(dates, z)
					z.zone = 60
					dates = append(dates, z)
					h := d
					h.hour = 23
					dates = append(dates, h, Date{year: y, month: m, prec: PrecisionMonth}, Date{year: y, prec: PrecisionYear})
				}
			}
		}
	}
	dates = append(dates, Date{})
	for _, d := range dates {
		for _, o := range dates {
			if oldBefore(d, o) != d.Before(o) {
				assert.Equal(t, oldBefore(d, o), d.Before(o), "%#v before %#v", d, o)
				return
			}
		}
	}
}

package query

import (
	"fmt"
	"math"
	"time"

	"github.com/diplo-go/diplo"
)

// Truth is a three-valued answer: No, Maybe or Yes. Maybe means that the
// record does not settle the question: a date known to the year only, a
// date marked uncertain or approximate, a date it does not give, or a
// question about a span (a year) during which the answer changes.
type Truth uint8

// The three answers. The zero Truth is No.
const (
	// No: the record says it certainly does not hold.
	No Truth = iota
	// Maybe: the record admits both answers.
	Maybe
	// Yes: the record says it certainly holds.
	Yes
)

var truthNames = [...]string{"no", "maybe", "yes"}

// String returns "no", "maybe" or "yes".
func (t Truth) String() string {
	if int(t) < len(truthNames) {
		return truthNames[t]
	}
	return fmt.Sprintf("Truth(%d)", uint8(t))
}

// MarshalText implements encoding.TextMarshaler: "no", "maybe" or "yes".
func (t Truth) MarshalText() ([]byte, error) {
	if int(t) >= len(truthNames) {
		return nil, fmt.Errorf("query: invalid Truth %d", uint8(t))
	}
	return []byte(truthNames[t]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *Truth) UnmarshalText(b []byte) error {
	for i, n := range truthNames {
		if string(b) == n {
			*t = Truth(i)
			return nil
		}
	}
	return fmt.Errorf("%w: truth %q is not no, maybe or yes", diplo.ErrSyntax, b)
}

// Not returns the negation: Yes for No, No for Yes, Maybe for Maybe.
func (t Truth) Not() Truth { return Yes - t }

// And returns the conjunction (Kleene's strong logic): the least of the two.
func (t Truth) And(u Truth) Truth { return min(t, u) }

// Or returns the disjunction (Kleene's strong logic): the greatest of the two.
func (t Truth) Or(u Truth) Truth { return max(t, u) }

// Instants are Unix seconds; the two bounds stand for "unbounded".
const (
	minInstant int64 = math.MinInt64
	maxInstant int64 = math.MaxInt64
	day              = int64(24 * time.Hour / time.Second)
)

// point is the instant from which something takes effect (an action, the
// start of a tenure), known to lie in [lo, hi]. A date takes effect at the
// start of its day; a date known to the month or year, at the start of one
// of its days, so lo is the start of the first and hi the start of the
// last. An unknown date bounds nothing. A date marked uncertain or
// approximate is widened by its fuzz (see fuzz).
type point struct{ lo, hi int64 }

// unbounded is the point of an unknown date.
var unbounded = point{minInstant, maxInstant}

// EffectBounds returns the first and the last instant at which something
// dated d takes effect under the rules of this package: the start of the
// first and of the last day of d (the same day for a date known to the
// day), widened for an uncertain or approximate date as the package doc
// says. ok is false for the zero date, which bounds nothing. Answers that
// rest on d can change only at these two instants, which is what a
// caller drawing the answers over time needs.
func EffectBounds(d diplo.Date) (first, last time.Time, ok bool) {
	if d.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	p := startPoint(d)
	return time.Unix(p.lo, 0).UTC(), time.Unix(p.hi, 0).UTC(), true
}

func startPoint(d diplo.Date) point {
	if d.IsZero() {
		return unbounded
	}
	s := d.Start().Unix()
	p := point{s, s}
	switch d.Precision() {
	case diplo.PrecisionYear, diplo.PrecisionMonth:
		p.hi = d.End().Unix() - day
	}
	return fuzz(d, p)
}

// endPoint is the instant at which something that lasts to the end of the
// inclusive date d stops (the end of a tenure): at the end of one of its
// days, lo the end of the first and hi the end of the last.
func endPoint(d diplo.Date) point {
	if d.IsZero() {
		return unbounded
	}
	e := d.End().Unix()
	p := point{e, e}
	switch d.Precision() {
	case diplo.PrecisionYear, diplo.PrecisionMonth:
		p.lo = d.Start().Unix() + day
	}
	return fuzz(d, p)
}

// fuzz widens p, the point of d, when d is uncertain or approximate: by
// one unit of its precision on each side (a year, a month, a day for a
// day or a time of day), two for a date both uncertain and approximate
// ("%"). These are the fuzzy bounds of python-edtf (lower_fuzzy,
// upper_fuzzy; its PADDING_*_PRECISION and MULTIPLIER_IF_* settings), as
// ISO 8601-2 gives the qualifiers no width: "2016-09?" may be any day
// from August to October 2016.
func fuzz(d diplo.Date, p point) point {
	q := d.Qualifier()
	if q == 0 {
		return p
	}
	n := 1
	if q == diplo.Uncertain|diplo.Approximate {
		n = 2
	}
	var years, months, days int
	switch d.Precision() {
	case diplo.PrecisionYear:
		years = n
	case diplo.PrecisionMonth:
		months = n
	default:
		days = n
	}
	lo := time.Unix(p.lo, 0).UTC().AddDate(-years, -months, -days)
	hi := time.Unix(p.hi, 0).UTC().AddDate(years, months, days)
	return point{lo.Unix(), hi.Unix()}
}

// window is the span of time a question asks about: [start, end) in Unix
// seconds, the span of its date. The zero Date asks about no time known,
// so every answer that depends on the date is Maybe.
type window struct{ start, end int64 }

func windowOf(d diplo.Date) window {
	if d.IsZero() {
		return window{maxInstant, minInstant}
	}
	return window{d.Start().Unix(), d.End().Unix()}
}

// known reports whether the window is that of a date.
func (w window) known() bool { return w.start <= w.end }

// rangeWindow is the window from the start of from to the end of to; a
// zero bound leaves that side open.
func rangeWindow(from, to diplo.Date) window {
	w := window{minInstant, maxInstant}
	if !from.IsZero() {
		w.start = from.Start().Unix()
	}
	if !to.IsZero() {
		w.end = to.End().Unix()
	}
	return w
}

// effect reports whether what takes effect at p is in effect throughout w
// (Yes), at no instant of w (No), or may be either (Maybe).
func (p point) effect(w window) Truth {
	switch {
	case !w.known():
		return Maybe
	case p.hi <= w.start:
		return Yes
	case p.lo >= w.end:
		return No
	}
	return Maybe
}

// lasting reports whether something that starts at s and stops at e (the
// stop excluded) holds throughout w (Yes), at no instant of w (No), or
// may do either (Maybe): EDTF interval comparison, bound by bound.
func lasting(s, e point, w window) Truth {
	switch {
	case !w.known():
		return Maybe
	case s.lo >= w.end || e.hi <= w.start:
		return No
	case s.hi <= w.start && e.lo >= w.end:
		return Yes
	}
	return Maybe
}

// overlapping reports whether something that starts at s and stops at e
// takes place at some instant of w: Yes when even its shortest possible
// span meets w, No when even its longest misses it.
func overlapping(s, e point, w window) Truth {
	switch {
	case !w.known():
		return Maybe
	case s.lo >= w.end || e.hi <= w.start:
		return No
	case s.hi < w.end && e.lo > w.start:
		return Yes
	}
	return Maybe
}

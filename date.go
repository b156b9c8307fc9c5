package diplo

import (
	"cmp"
	"reflect"
	"strconv"
	"time"

	"github.com/diplo-go/diplo/internal/check"
	"github.com/diplo-go/diplo/internal/codec"
)

// Precision says how much of a Date is known.
type Precision uint8

// Precisions, from none to the second.
const (
	// PrecisionNone is the precision of the zero Date: nothing is known.
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionMinute
	PrecisionSecond
)

var precisionNames = [...]string{"none", "year", "month", "day", "minute", "second"}

// String returns "none", "year", "month", "day", "minute" or "second".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// Qualifier marks a Date as uncertain, approximate or both, as the Extended
// Date/Time Format (EDTF, ISO 8601-2) does with a final "?", "~" or "%".
type Qualifier uint8

// Qualifiers; they combine with |.
const (
	// Uncertain dates are doubted by the source ("2025-06-22?").
	Uncertain Qualifier = 1 << iota
	// Approximate dates are known to be near the value ("2025-06~").
	Approximate
)

// Date is a calendar date known to a precision: a year ("2023"), a month
// ("2023-07"), a day ("2023-07-27"), or a day with a time to the minute or
// second and an optional zone ("2025-06-23T14:30+03:00"); optionally
// uncertain or approximate. Its text form is the corresponding profile of
// the Extended Date/Time Format (EDTF, ISO 8601-2 level 1), and that is how
// it appears in JSON.
//
// The zero Date means "unknown". Dates are comparable with ==, which
// compares every part including precision and qualifiers.
//
// # Order
//
// A Date stands for a span of time: "2023" is the whole of 2023, and
// "2023-07-27" one day of it. Before and After report what is certain:
// "2023" is neither before nor after "2023-07-27", since it contains it, and
// Overlaps reports that. Compare is a total order for sorting: by the start
// of the span, then the longer span first, so "2023" sorts before
// "2023-01-01", which sorts before "2023-01-02". A date or time without a
// zone is read as UTC for ordering.
type Date struct {
	year                 int16
	month, day           uint8
	hour, minute, second uint8
	prec                 Precision
	qual                 Qualifier
	zoned                bool
	zone                 int16 // minutes east of UTC
}

// Year range of a Date. EDTF level 0 writes years with four digits;
// negative years are astronomical (-0044 is 45 BC).
const (
	MinYear = -9999
	MaxYear = 9999
)

// ParseDate parses an EDTF date: YYYY, YYYY-MM, YYYY-MM-DD, or
// YYYY-MM-DDThh:mm[:ss] with an optional zone (Z or ±hh:mm), each optionally
// followed by a qualifier "?" (uncertain), "~" (approximate) or "%" (both).
// A year may be negative (-0044). It returns ErrSyntax for text of another
// form and ErrRange for a value that does not exist, such as 2023-13-01 or
// 2023-02-30.
func ParseDate(s string) (Date, error) {
	d, err := parseDate(s)
	if err != nil {
		return Date{}, check.NewValueError("date", s, err)
	}
	return d, nil
}

// MustParseDate is like ParseDate but panics on error. It is meant for
// literals and package-level values.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func parseDate(s string) (Date, error) {
	var d Date
	if s == "" {
		return d, ErrRequired
	}
	switch s[len(s)-1] {
	case '?':
		d.qual, s = Uncertain, s[:len(s)-1]
	case '~':
		d.qual, s = Approximate, s[:len(s)-1]
	case '%':
		d.qual, s = Uncertain|Approximate, s[:len(s)-1]
	}
	neg := false
	if s != "" && s[0] == '-' {
		neg, s = true, s[1:]
	}
	// Year: exactly four digits; more digits are a year out of range.
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n < 4 {
		return Date{}, ErrSyntax
	}
	if n > 4 {
		return Date{}, ErrRange
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
	if neg {
		if y == 0 {
			return Date{}, ErrSyntax // -0000 is not a year
		}
		y = -y
	}
	d.year, d.prec, s = int16(y), PrecisionYear, s[4:]
	if s == "" {
		return d, nil
	}
	m, s, ok := field(s, '-')
	if !ok {
		return Date{}, ErrSyntax
	}
	if m < 1 || m > 12 {
		return Date{}, ErrRange
	}
	d.month, d.prec = uint8(m), PrecisionMonth
	if s == "" {
		return d, nil
	}
	day, s, ok := field(s, '-')
	if !ok {
		return Date{}, ErrSyntax
	}
	if day < 1 || day > daysIn(y, m) {
		return Date{}, ErrRange
	}
	d.day, d.prec = uint8(day), PrecisionDay
	if s == "" {
		return d, nil
	}
	h, s, ok := field(s, 'T')
	if !ok {
		return Date{}, ErrSyntax
	}
	mi, s, ok := field(s, ':')
	if !ok {
		return Date{}, ErrSyntax
	}
	if h > 23 || mi > 59 {
		return Date{}, ErrRange
	}
	d.hour, d.minute, d.prec = uint8(h), uint8(mi), PrecisionMinute
	if len(s) > 0 && s[0] == ':' {
		sec, rest, ok := field(s, ':')
		if !ok {
			return Date{}, ErrSyntax
		}
		if sec > 59 {
			return Date{}, ErrRange
		}
		d.second, d.prec, s = uint8(sec), PrecisionSecond, rest
	}
	switch {
	case s == "":
	case s == "Z":
		d.zoned = true
	case len(s) == 6 && (s[0] == '+' || s[0] == '-') && s[3] == ':':
		// Both fields are two digits; reading them without strconv
		// keeps s from escaping, so that UnmarshalText need not copy it.
		if !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[4]) || !isDigit(s[5]) {
			return Date{}, ErrSyntax
		}
		zh := int(s[1]-'0')*10 + int(s[2]-'0')
		zm := int(s[4]-'0')*10 + int(s[5]-'0')
		if zh > 14 || zm > 59 || (zh == 14 && zm > 0) {
			return Date{}, ErrRange
		}
		off := zh*60 + zm
		if s[0] == '-' {
			if off == 0 {
				return Date{}, ErrSyntax // -00:00 means "unknown offset"; write no zone
			}
			off = -off
		}
		d.zoned, d.zone = true, int16(off)
	default:
		return Date{}, ErrSyntax
	}
	return d, nil
}

// field reads a separator and two digits.
func field(s string, sep byte) (int, string, bool) {
	if len(s) < 3 || s[0] != sep || !isDigit(s[1]) || !isDigit(s[2]) {
		return 0, s, false
	}
	return int(s[1]-'0')*10 + int(s[2]-'0'), s[3:], true
}

// daysIn returns the number of days of month m (1 to 12) of year y, in
// the proleptic Gregorian calendar that time.Date counts in.
func daysIn(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return int(monthDays[m])
}

// monthDays is the number of days of each month, February of a common
// year; index 0 is unused.
var monthDays = [13]uint8{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// isLeap reports whether y (astronomical: 0 is 1 BC) is a leap year.
func isLeap(y int) bool {
	return y%4 == 0 && (y%100 != 0 || y%400 == 0)
}

// YearOf returns the date of year y, with precision PrecisionYear. It
// returns the zero Date for a year outside MinYear..MaxYear.
func YearOf(y int) Date {
	if y < MinYear || y > MaxYear {
		return Date{}
	}
	return Date{year: int16(y), prec: PrecisionYear}
}

// MonthOf returns the month m of year y, with precision PrecisionMonth, or
// the zero Date if it does not exist.
func MonthOf(y int, m time.Month) Date {
	d := YearOf(y)
	if d.IsZero() || m < 1 || m > 12 {
		return Date{}
	}
	d.month, d.prec = uint8(m), PrecisionMonth
	return d
}

// DayOf returns the day y-m-d, with precision PrecisionDay, or the zero
// Date if it does not exist.
func DayOf(y int, m time.Month, day int) Date {
	d := MonthOf(y, m)
	if d.IsZero() || day < 1 || day > daysIn(y, int(m)) {
		return Date{}
	}
	d.day, d.prec = uint8(day), PrecisionDay
	return d
}

// DateOf returns the date of t to precision p, keeping the zone of t for
// PrecisionMinute and PrecisionSecond. A zone that EDTF cannot write, an
// offset that is not a whole number of minutes (local mean time before
// standard zones) or beyond ±14:00, is replaced by UTC, so that the Date
// names the same instant as t. It returns the zero Date for PrecisionNone or
// a year out of range.
func DateOf(t time.Time, p Precision) Date {
	var d Date
	if p == PrecisionMinute || p == PrecisionSecond {
		if _, off := t.Zone(); off%60 != 0 || off > 14*3600 || off < -14*3600 {
			t = t.UTC()
		}
	}
	switch p {
	case PrecisionYear:
		return YearOf(t.Year())
	case PrecisionMonth:
		return MonthOf(t.Year(), t.Month())
	case PrecisionDay:
		return DayOf(t.Year(), t.Month(), t.Day())
	case PrecisionMinute, PrecisionSecond:
		d = DayOf(t.Year(), t.Month(), t.Day())
		if d.IsZero() {
			return d
		}
		d.hour, d.minute, d.prec = uint8(t.Hour()), uint8(t.Minute()), p
		if p == PrecisionSecond {
			d.second = uint8(t.Second())
		}
		_, off := t.Zone()
		d.zoned, d.zone = true, int16(off/60)
	}
	return d
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.prec == PrecisionNone }

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month, or 0 when the precision is coarser.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month, or 0 when the precision is coarser.
func (d Date) Day() int { return int(d.day) }

// Clock returns the hour, minute and second (zero when not known).
func (d Date) Clock() (hour, minute, second int) {
	return int(d.hour), int(d.minute), int(d.second)
}

// Zone returns the offset from UTC in seconds and whether the date has one.
func (d Date) Zone() (offset int, ok bool) { return int(d.zone) * 60, d.zoned }

// Precision returns how much of the date is known.
func (d Date) Precision() Precision { return d.prec }

// Qualifier returns the qualifiers of the date.
func (d Date) Qualifier() Qualifier { return d.qual }

// IsUncertain reports whether the date is marked uncertain.
func (d Date) IsUncertain() bool { return d.qual&Uncertain != 0 }

// IsApproximate reports whether the date is marked approximate.
func (d Date) IsApproximate() bool { return d.qual&Approximate != 0 }

// IsExact reports whether the date is known and carries no qualifier.
func (d Date) IsExact() bool { return d.prec != PrecisionNone && d.qual == 0 }

// WithQualifier returns d with its qualifiers set to q.
func (d Date) WithQualifier(q Qualifier) Date {
	if d.IsZero() {
		return d
	}
	d.qual = q & (Uncertain | Approximate)
	return d
}

// Start returns the first instant of the span the date stands for. A date
// without a zone is read as UTC. The zero Date gives the zero time.Time.
func (d Date) Start() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := time.Month(d.month), int(d.day)
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	// The wall clock read as UTC, moved by the zone's offset: the same
	// instant as in a fixed zone, without allocating one.
	t := time.Date(int(d.year), m, day, int(d.hour), int(d.minute), int(d.second), 0, time.UTC)
	if d.zoned && d.zone != 0 {
		t = t.Add(-time.Duration(d.zone) * time.Minute)
	}
	return t
}

// End returns the first instant after the span the date stands for: the
// start of the next year, month, day, minute or second.
func (d Date) End() time.Time {
	s := d.Start()
	switch d.prec {
	case PrecisionYear:
		return s.AddDate(1, 0, 0)
	case PrecisionMonth:
		return s.AddDate(0, 1, 0)
	case PrecisionDay:
		return s.AddDate(0, 0, 1)
	case PrecisionMinute:
		return s.Add(time.Minute)
	case PrecisionSecond:
		return s.Add(time.Second)
	}
	return s
}

// Before reports whether d certainly ends before o starts. It is false when
// either date is zero.
func (d Date) Before(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	// Two days without zone or time, of days that every month has (1 to
	// 28): d ends at the start of the next day, which is in d's month or
	// the first of the next, so no later than o starts exactly when d
	// comes before o in the order of year, month and day.
	if k, ok := d.plainDay(); ok {
		if l, ok := o.plainDay(); ok {
			return k < l
		}
	}
	if e, ok := d.endUnix(); ok {
		return e <= o.startUnix()
	}
	return !d.End().After(o.Start())
}

// plainDay returns, for a date of precision day without zone or time,
// whose month is 1 to 12 and day 1 to 28, a number that orders such dates
// as their year, month and day do, and true; else false.
func (d Date) plainDay() (int32, bool) {
	if d.prec != PrecisionDay || d.zoned || d.hour|d.minute|d.second != 0 ||
		d.month-1 >= 12 || d.day-1 >= 28 {
		return 0, false
	}
	return int32(d.year)<<9 | int32(d.month)<<5 | int32(d.day), true
}

// startUnix returns Start().Unix() of a date that is not zero, in integer
// arithmetic.
func (d Date) startUnix() int64 {
	m, day := int64(d.month), int64(d.day)
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	s := unixDays(int64(d.year), m, day)*86400 + int64(d.hour)*3600 + int64(d.minute)*60 + int64(d.second)
	if d.zoned {
		s -= int64(d.zone) * 60
	}
	return s
}

// endUnix returns End().Unix() of a date that is not zero, in integer
// arithmetic, and true; false for a date of a year, month or day with a
// zone other than UTC, which End moves by calendar on the day of UTC the
// date starts on.
func (d Date) endUnix() (int64, bool) {
	switch d.prec {
	case PrecisionMinute:
		return d.startUnix() + 60, true
	case PrecisionSecond:
		return d.startUnix() + 1, true
	}
	if d.zoned && d.zone != 0 {
		return 0, false
	}
	y, m, day := int64(d.year), int64(d.month), int64(d.day)
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	switch d.prec {
	case PrecisionYear:
		y++
	case PrecisionMonth:
		m++
	case PrecisionDay:
		day++
	}
	return unixDays(y, m, day)*86400 + int64(d.hour)*3600 + int64(d.minute)*60 + int64(d.second), true
}

// unixDays returns the number of days from 1970-01-01 to the day y-m-d of
// the proleptic Gregorian calendar, normalized as time.Date normalizes: a
// month of 13 is January of the next year, and a day past the end of its
// month runs into the next.
func unixDays(y, m, day int64) int64 {
	if m > 12 {
		y, m = y+(m-1)/12, (m-1)%12+1
	}
	// Days from civil (Howard Hinnant's algorithm): years start in March,
	// so that the leap day ends them.
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// After reports whether d certainly starts after o ends.
func (d Date) After(o Date) bool { return o.Before(d) }

// Overlaps reports whether the spans of d and o share an instant, as "2023"
// and "2023-07-27" do. It is false when either date is zero.
func (d Date) Overlaps(o Date) bool {
	if d.IsZero() || o.IsZero() {
		return false
	}
	return d.Start().Before(o.End()) && o.Start().Before(d.End())
}

// Compare returns -1, 0 or +1, ordering dates by the start of their span,
// then the longer span first, then by qualifiers (certain first). The zero
// Date sorts first. Compare is 0 only for equal dates or for equal spans
// written with different zones.
func (d Date) Compare(o Date) int {
	if d.IsZero() || o.IsZero() {
		switch {
		case d.IsZero() && o.IsZero():
			return 0
		case d.IsZero():
			return -1
		}
		return 1
	}
	if c := cmp.Compare(d.startUnix(), o.startUnix()); c != 0 {
		return c
	}
	de, dok := d.endUnix()
	oe, ook := o.endUnix()
	if dok && ook {
		if c := cmp.Compare(oe, de); c != 0 {
			return c
		}
	} else if c := o.End().Compare(d.End()); c != 0 {
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

// String returns the EDTF text of the date, or "" for the zero Date.
func (d Date) String() string {
	var buf [32]byte
	b, _ := d.AppendText(buf[:0])
	return string(b)
}

// AppendText implements encoding.TextAppender.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	y := int(d.year)
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	two := func(b []byte, sep byte, v uint8) []byte { return append(b, sep, '0'+v/10, '0'+v%10) }
	if d.prec >= PrecisionMonth {
		b = two(b, '-', d.month)
	}
	if d.prec >= PrecisionDay {
		b = two(b, '-', d.day)
	}
	if d.prec >= PrecisionMinute {
		b = two(b, 'T', d.hour)
		b = two(b, ':', d.minute)
		if d.prec >= PrecisionSecond {
			b = two(b, ':', d.second)
		}
		if d.zoned {
			if d.zone == 0 {
				b = append(b, 'Z')
			} else {
				z, sign := d.zone, byte('+')
				if z < 0 {
					z, sign = -z, '-'
				}
				b = append(b, sign, byte('0'+z/600), byte('0'+z/60%10))
				b = two(b, ':', uint8(z%60))
			}
		}
	}
	switch d.qual {
	case Uncertain:
		b = append(b, '?')
	case Approximate:
		b = append(b, '~')
	case Uncertain | Approximate:
		b = append(b, '%')
	}
	return b, nil
}

// plainText is what the encoder asks of a type whose text needs no
// escape in JSON (codec.RegisterPlainText). A Date's text is made of
// digits, '-', 'T', ':', 'Z', '+', '?', '~' and '%' only: every way of
// making a Date keeps its year within MinYear..MaxYear, its month, day,
// hour, minute and second to their ranges and its zone within ±14:00, so
// that every digit it writes is one of '0' to '9'.
type plainText interface{ plainText() }

func (Date) plainText() {}

func init() { codec.RegisterPlainText(reflect.TypeFor[plainText]()) }

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) {
	// Written on the stack, then copied to a slice of its length: a day
	// takes 16 bytes of heap rather than 32.
	var buf [32]byte
	b, _ := d.AppendText(buf[:0])
	return append(make([]byte, 0, len(b)), b...), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseDate. The
// empty text, which MarshalText writes for the zero Date, gives the zero
// Date, so that the zero value survives a round trip through JSON; fields
// that need a date report it in Validate.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	// parseDate keeps nothing of its argument, so the conversion of b is
	// not copied to the heap; the error, as ParseDate's, quotes a copy.
	v, err := parseDate(string(b))
	if err != nil {
		return check.NewValueError("date", string(b), err)
	}
	*d = v
	return nil
}

// Interval is a span between two dates, as EDTF writes it: "2025-06-22/2025-06-26".
// A zero Start or End is unknown ("2021-05-24/" has an unknown end); an open
// one has no bound ("2021-05-24/.." is ongoing, "../1990" had no known
// beginning). Bounds are inclusive: the interval runs from the start of
// Start to the end of End.
type Interval struct {
	Start, End         Date
	OpenStart, OpenEnd bool
}

// ParseInterval parses an EDTF interval "start/end", where either side may
// be empty (unknown) or ".." (open).
func ParseInterval(s string) (Interval, error) {
	a, b, ok := cutSlash(s)
	if !ok {
		return Interval{}, check.NewValueError("interval", s, ErrSyntax)
	}
	var iv Interval
	var err error
	switch a {
	case "..":
		iv.OpenStart = true
	case "":
	default:
		if iv.Start, err = ParseDate(a); err != nil {
			return Interval{}, err
		}
	}
	switch b {
	case "..":
		iv.OpenEnd = true
	case "":
	default:
		if iv.End, err = ParseDate(b); err != nil {
			return Interval{}, err
		}
	}
	if err := iv.Validate(); err != nil {
		return Interval{}, check.NewValueError("interval", s, err)
	}
	return iv, nil
}

func cutSlash(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return s[:i], s[i+1:], true
		}
	}
	return "", "", false
}

// IsZero reports whether nothing is known of the interval.
func (iv Interval) IsZero() bool { return iv == Interval{} }

// Validate reports ErrOrder when End certainly comes before Start, and
// ErrInconsistent when a side is both open and dated.
func (iv Interval) Validate() error {
	if (iv.OpenStart && !iv.Start.IsZero()) || (iv.OpenEnd && !iv.End.IsZero()) {
		return ErrInconsistent
	}
	if iv.End.Before(iv.Start) {
		return ErrOrder
	}
	return nil
}

// Contains reports whether d certainly lies within the interval: d starts no
// earlier than the start of Start and ends no later than the end of End. An
// open side admits everything on that side; an unknown side admits nothing
// with certainty.
func (iv Interval) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	lo := iv.OpenStart || (!iv.Start.IsZero() && !d.Start().Before(iv.Start.Start()))
	hi := iv.OpenEnd || (!iv.End.IsZero() && !d.End().After(iv.End.End()))
	return lo && hi
}

// Excludes reports whether d certainly lies outside the interval: it ends
// before Start begins or begins after End ends. Unknown and open sides
// exclude nothing.
func (iv Interval) Excludes(d Date) bool {
	if d.IsZero() {
		return false
	}
	return d.Before(iv.Start) || d.After(iv.End)
}

// String returns the EDTF text of the interval.
func (iv Interval) String() string {
	b, _ := iv.MarshalText()
	return string(b)
}

// MarshalText implements encoding.TextMarshaler.
func (iv Interval) MarshalText() ([]byte, error) { return iv.AppendText(nil) }

// AppendText implements encoding.TextAppender.
func (iv Interval) AppendText(b []byte) ([]byte, error) {
	if iv.OpenStart {
		b = append(b, ".."...)
	} else {
		b, _ = iv.Start.AppendText(b)
	}
	b = append(b, '/')
	if iv.OpenEnd {
		b = append(b, ".."...)
	} else {
		b, _ = iv.End.AppendText(b)
	}
	return b, nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseInterval.
func (iv *Interval) UnmarshalText(b []byte) error {
	v, err := ParseInterval(string(b))
	if err != nil {
		return err
	}
	*iv = v
	return nil
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

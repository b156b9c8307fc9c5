package diplo_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/diplo-go/diplo"
)

func TestParseDate(t *testing.T) {
	type want struct {
		str                  string // canonical text
		year                 int
		month                time.Month
		day                  int
		hour, minute, second int
		prec                 diplo.Precision
		qual                 diplo.Qualifier
		offset               int // seconds east of UTC
		zoned                bool
		uncertain, approx    bool
		exact                bool
		startUTC, endUTC     string // RFC 3339
	}
	tests := []struct {
		in   string
		want want
	}{
		{"2023", want{str: "2023", year: 2023, prec: diplo.PrecisionYear, exact: true,
			startUTC: "2023-01-01T00:00:00Z", endUTC: "2024-01-01T00:00:00Z"}},
		{"2023-07", want{str: "2023-07", year: 2023, month: 7, prec: diplo.PrecisionMonth, exact: true,
			startUTC: "2023-07-01T00:00:00Z", endUTC: "2023-08-01T00:00:00Z"}},
		{"2023-07-27", want{str: "2023-07-27", year: 2023, month: 7, day: 27, prec: diplo.PrecisionDay, exact: true,
			startUTC: "2023-07-27T00:00:00Z", endUTC: "2023-07-28T00:00:00Z"}},
		{"2024-02-29", want{str: "2024-02-29", year: 2024, month: 2, day: 29, prec: diplo.PrecisionDay, exact: true,
			startUTC: "2024-02-29T00:00:00Z", endUTC: "2024-03-01T00:00:00Z"}},
		{"2000-02-29", want{str: "2000-02-29", year: 2000, month: 2, day: 29, prec: diplo.PrecisionDay, exact: true,
			startUTC: "2000-02-29T00:00:00Z", endUTC: "2000-03-01T00:00:00Z"}},
		{"2023-12-31", want{str: "2023-12-31", year: 2023, month: 12, day: 31, prec: diplo.PrecisionDay, exact: true,
			startUTC: "2023-12-31T00:00:00Z", endUTC: "2024-01-01T00:00:00Z"}},
		{"2025-06-23T14:30", want{str: "2025-06-23T14:30", year: 2025, month: 6, day: 23, hour: 14, minute: 30,
			prec: diplo.PrecisionMinute, exact: true,
			startUTC: "2025-06-23T14:30:00Z", endUTC: "2025-06-23T14:31:00Z"}},
		{"2025-06-23T14:30:05", want{str: "2025-06-23T14:30:05", year: 2025, month: 6, day: 23, hour: 14, minute: 30, second: 5,
			prec: diplo.PrecisionSecond, exact: true,
			startUTC: "2025-06-23T14:30:05Z", endUTC: "2025-06-23T14:30:06Z"}},
		{"2025-06-23T14:30Z", want{str: "2025-06-23T14:30Z", year: 2025, month: 6, day: 23, hour: 14, minute: 30,
			prec: diplo.PrecisionMinute, zoned: true, exact: true,
			startUTC: "2025-06-23T14:30:00Z", endUTC: "2025-06-23T14:31:00Z"}},
		{"2025-06-23T14:30:59Z", want{str: "2025-06-23T14:30:59Z", year: 2025, month: 6, day: 23, hour: 14, minute: 30, second: 59,
			prec: diplo.PrecisionSecond, zoned: true, exact: true,
			startUTC: "2025-06-23T14:30:59Z", endUTC: "2025-06-23T14:31:00Z"}},
		{"2025-06-23T14:30+03:00", want{str: "2025-06-23T14:30+03:00", year: 2025, month: 6, day: 23, hour: 14, minute: 30,
			prec: diplo.PrecisionMinute, offset: 3 * 3600, zoned: true, exact: true,
			startUTC: "2025-06-23T11:30:00Z", endUTC: "2025-06-23T11:31:00Z"}},
		{"2025-06-23T14:30:05-05:30", want{str: "2025-06-23T14:30:05-05:30", year: 2025, month: 6, day: 23, hour: 14, minute: 30, second: 5,
			prec: diplo.PrecisionSecond, offset: -(5*3600 + 30*60), zoned: true, exact: true,
			startUTC: "2025-06-23T20:00:05Z", endUTC: "2025-06-23T20:00:06Z"}},
		{"2025-06-23T00:10+14:00", want{str: "2025-06-23T00:10+14:00", year: 2025, month: 6, day: 23, minute: 10,
			prec: diplo.PrecisionMinute, offset: 14 * 3600, zoned: true, exact: true,
			startUTC: "2025-06-22T10:10:00Z", endUTC: "2025-06-22T10:11:00Z"}},
		// +00:00 is UTC and is written Z.
		{"2025-06-23T14:30+00:00", want{str: "2025-06-23T14:30Z", year: 2025, month: 6, day: 23, hour: 14, minute: 30,
			prec: diplo.PrecisionMinute, zoned: true, exact: true,
			startUTC: "2025-06-23T14:30:00Z", endUTC: "2025-06-23T14:31:00Z"}},
		{"-0044", want{str: "-0044", year: -44, prec: diplo.PrecisionYear, exact: true,
			startUTC: "-0044-01-01T00:00:00Z", endUTC: "-0043-01-01T00:00:00Z"}},
		{"-0044-03-15", want{str: "-0044-03-15", year: -44, month: 3, day: 15, prec: diplo.PrecisionDay, exact: true,
			startUTC: "-0044-03-15T00:00:00Z", endUTC: "-0044-03-16T00:00:00Z"}},
		{"0000", want{str: "0000", year: 0, prec: diplo.PrecisionYear, exact: true,
			startUTC: "0000-01-01T00:00:00Z", endUTC: "0001-01-01T00:00:00Z"}},
		{"9999-12-31", want{str: "9999-12-31", year: 9999, month: 12, day: 31, prec: diplo.PrecisionDay, exact: true,
			startUTC: "9999-12-31T00:00:00Z", endUTC: "10000-01-01T00:00:00Z"}},
		{"-9999", want{str: "-9999", year: -9999, prec: diplo.PrecisionYear, exact: true,
			startUTC: "-9999-01-01T00:00:00Z", endUTC: "-9998-01-01T00:00:00Z"}},
		{"2023?", want{str: "2023?", year: 2023, prec: diplo.PrecisionYear, qual: diplo.Uncertain, uncertain: true,
			startUTC: "2023-01-01T00:00:00Z", endUTC: "2024-01-01T00:00:00Z"}},
		{"2025-06~", want{str: "2025-06~", year: 2025, month: 6, prec: diplo.PrecisionMonth, qual: diplo.Approximate, approx: true,
			startUTC: "2025-06-01T00:00:00Z", endUTC: "2025-07-01T00:00:00Z"}},
		{"2023-07-27%", want{str: "2023-07-27%", year: 2023, month: 7, day: 27, prec: diplo.PrecisionDay,
			qual: diplo.Uncertain | diplo.Approximate, uncertain: true, approx: true,
			startUTC: "2023-07-27T00:00:00Z", endUTC: "2023-07-28T00:00:00Z"}},
		{"2025-06-23T14:30+03:00?", want{str: "2025-06-23T14:30+03:00?", year: 2025, month: 6, day: 23, hour: 14, minute: 30,
			prec: diplo.PrecisionMinute, offset: 3 * 3600, zoned: true, qual: diplo.Uncertain, uncertain: true,
			startUTC: "2025-06-23T11:30:00Z", endUTC: "2025-06-23T11:31:00Z"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := diplo.ParseDate(tc.in)
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tc.in, err)
			}
			w := tc.want
			if got := d.String(); got != w.str {
				t.Errorf("String() = %q, want %q", got, w.str)
			}
			if d.Year() != w.year || d.Month() != w.month || d.Day() != w.day {
				t.Errorf("Year/Month/Day = %d/%d/%d, want %d/%d/%d", d.Year(), d.Month(), d.Day(), w.year, w.month, w.day)
			}
			if h, m, s := d.Clock(); h != w.hour || m != w.minute || s != w.second {
				t.Errorf("Clock() = %d:%d:%d, want %d:%d:%d", h, m, s, w.hour, w.minute, w.second)
			}
			if d.Precision() != w.prec {
				t.Errorf("Precision() = %v, want %v", d.Precision(), w.prec)
			}
			if d.Qualifier() != w.qual || d.IsUncertain() != w.uncertain || d.IsApproximate() != w.approx || d.IsExact() != w.exact {
				t.Errorf("qualifiers = %v (uncertain %v, approximate %v, exact %v), want %v (%v, %v, %v)",
					d.Qualifier(), d.IsUncertain(), d.IsApproximate(), d.IsExact(), w.qual, w.uncertain, w.approx, w.exact)
			}
			if off, ok := d.Zone(); off != w.offset || ok != w.zoned {
				t.Errorf("Zone() = %d, %v; want %d, %v", off, ok, w.offset, w.zoned)
			}
			if d.IsZero() {
				t.Error("IsZero() = true")
			}
			if got := d.Start().Format(time.RFC3339); got != w.startUTC {
				t.Errorf("Start() = %s, want %s", got, w.startUTC)
			}
			if got := d.End().Format(time.RFC3339); got != w.endUTC {
				t.Errorf("End() = %s, want %s", got, w.endUTC)
			}
			if d.Start().Location() != time.UTC || d.End().Location() != time.UTC {
				t.Error("Start and End must be in UTC")
			}
			if again := diplo.MustParseDate(d.String()); again != d {
				t.Errorf("ParseDate(String()) = %#v, want %#v", again, d)
			}
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", diplo.ErrRequired},
		{"2023-13-01", diplo.ErrRange},
		{"2023-00-01", diplo.ErrRange},
		{"2023-13", diplo.ErrRange},
		{"2023-02-30", diplo.ErrRange},
		{"2023-02-29", diplo.ErrRange}, // not a leap year
		{"1900-02-29", diplo.ErrRange}, // century, not a leap year
		{"2023-04-31", diplo.ErrRange},
		{"2023-07-00", diplo.ErrRange},
		{"99999999", diplo.ErrRange}, // years have four digits: more is beyond MaxYear
		{"10000", diplo.ErrRange},
		{"-10000", diplo.ErrRange},
		// The ISO 8601 basic format is not EDTF: eight digits read as a
		// year, which is out of range.
		{"20230101", diplo.ErrRange},
		{"2023-1-01", diplo.ErrSyntax},
		{"2023-07-1", diplo.ErrSyntax},
		{"2023-07-27T25:00", diplo.ErrRange},
		{"2023-07-27T24:00", diplo.ErrRange},
		{"2023-07-27T14:60", diplo.ErrRange},
		{"2023-07-27T14:30:60", diplo.ErrRange},
		{"2023-07-27T14:30+15:00", diplo.ErrRange},
		{"2023-07-27T14:30+14:30", diplo.ErrRange},
		{"2023-07-27T14:30+03:60", diplo.ErrRange},
		{"2023-07-27T14", diplo.ErrSyntax},
		{"2023-07-27T14:3", diplo.ErrSyntax},
		{"2023-07-27 14:30", diplo.ErrSyntax},
		{"2023-07-27t14:30", diplo.ErrSyntax},
		{"2023-07-27T14:30:5", diplo.ErrSyntax},
		{"2023-07-27T14:30+0300", diplo.ErrSyntax},
		{"2023-07-27T14:30+3:00", diplo.ErrSyntax},
		{"2023-07-27T14:30-00:00", diplo.ErrSyntax}, // unknown offset: write no zone
		{"2023-07-27T14:30z", diplo.ErrSyntax},
		{"2023-07-27T14:30ZZ", diplo.ErrSyntax},
		{"2023-07-27Z", diplo.ErrSyntax}, // a zone needs a time
		{"2023-07-27+03:00", diplo.ErrSyntax},
		{"2023-07-27T", diplo.ErrSyntax},
		{"2023-", diplo.ErrSyntax},
		{"2023-07-", diplo.ErrSyntax},
		{"23", diplo.ErrSyntax},
		{"-0000", diplo.ErrSyntax},
		{"+2023", diplo.ErrSyntax},
		{" 2023", diplo.ErrSyntax},
		{"2023 ", diplo.ErrSyntax},
		{"2023??", diplo.ErrSyntax},
		{"2023?~", diplo.ErrSyntax},
		{"?", diplo.ErrSyntax},
		{"~2023", diplo.ErrSyntax},
		{"Y170000002", diplo.ErrSyntax},
		{"２０２３", diplo.ErrSyntax}, // full-width digits
		{"2023/2024", diplo.ErrSyntax},
		{"2023-07-27T14:30:05.5Z", diplo.ErrSyntax},
	}
	sentinels := []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrRange}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			d, err := diplo.ParseDate(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", tc.in, d, err, tc.want)
			}
			for _, s := range sentinels {
				if s != tc.want && errors.Is(err, s) {
					t.Errorf("error %v also matches %v", err, s)
				}
			}
			if !d.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with its error, want the zero Date", tc.in, d)
			}
			if !strings.HasPrefix(err.Error(), tc.want.Error()+": ") {
				t.Errorf("message %q does not start with its sentinel's", err)
			}
			if tc.in != "" && !strings.Contains(err.Error(), `date "`+tc.in+`"`) {
				t.Errorf("message %q does not quote the input", err)
			}
		})
	}
}

func TestParseDateErrorMessage(t *testing.T) {
	_, err := diplo.ParseDate("2023-13-01")
	if got, want := err.Error(), `out of range: date "2023-13-01"`; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	var ve *diplo.ValueError
	if !errors.As(err, &ve) || ve.What != "date" || ve.Value != "2023-13-01" {
		t.Errorf("errors.As(*ValueError) = %+v", ve)
	}
	long := strings.Repeat("2", 1000)
	_, err = diplo.ParseDate(long)
	if len(err.Error()) > 120 {
		t.Errorf("message for hostile input is %d bytes long: %q", len(err.Error()), err)
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, diplo.ErrRange) {
			t.Errorf("recover() = %v, want an error wrapping ErrRange", r)
		}
	}()
	diplo.MustParseDate("2023-02-30")
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"2023", "2023-07", "2023-07-27", "2025-06-23T14:30", "2025-06-23T14:30:05Z",
		"2025-06-23T14:30-04:00", "-0044-03-15", "2023%", "2025-06-22?", "2025-06~"} {
		t.Run(s, func(t *testing.T) {
			d := diplo.MustParseDate(s)
			b, err := d.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("MarshalText() = %q, %v; want %q", b, err, s)
			}
			if b, _ := d.AppendText([]byte("x=")); string(b) != "x="+s {
				t.Errorf("AppendText = %q", b)
			}
			var got diplo.Date
			if err := got.UnmarshalText(b); err != nil || got != d {
				t.Fatalf("UnmarshalText(%q) = %v, %v; want %v", b, got, err, d)
			}
			// As a JSON string, a map key and inside a struct.
			type rec struct {
				D diplo.Date          `json:"d"`
				M map[diplo.Date]bool `json:"m"`
			}
			in := rec{D: d, M: map[diplo.Date]bool{d: true}}
			j, err := json.Marshal(in)
			if err != nil {
				t.Fatal(err)
			}
			if want := `{"d":"` + s + `","m":{"` + s + `":true}}`; string(j) != want {
				t.Errorf("JSON = %s, want %s", j, want)
			}
			var out rec
			if err := json.Unmarshal(j, &out); err != nil || out.D != d || !out.M[d] {
				t.Errorf("JSON round trip = %+v, %v", out, err)
			}
		})
	}
	t.Run("zero", func(t *testing.T) {
		var z diplo.Date
		if b, _ := z.MarshalText(); len(b) != 0 || z.String() != "" {
			t.Errorf("zero Date text = %q", b)
		}
		d := diplo.MustParseDate("2023")
		if err := d.UnmarshalText(nil); err != nil || !d.IsZero() {
			t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Date", d, err)
		}
	})
	t.Run("bad", func(t *testing.T) {
		d := diplo.MustParseDate("2023")
		if err := d.UnmarshalText([]byte("2023-02-30")); !errors.Is(err, diplo.ErrRange) {
			t.Errorf("UnmarshalText = %v, want ErrRange", err)
		}
		if d != diplo.MustParseDate("2023") {
			t.Errorf("failed UnmarshalText changed the date to %v", d)
		}
	})
}

func TestDateRelations(t *testing.T) {
	tests := []struct {
		a, b                    string
		before, after, overlaps bool
		compare                 int
		note                    string
	}{
		{"2023", "2023-07-27", false, false, true, -1, "a year contains its days: no order, overlap"},
		{"2023-07-27", "2023", false, false, true, +1, "the converse"},
		{"2023-07", "2023-07-27", false, false, true, -1, "a month contains its days"},
		{"2022", "2023-07-27", true, false, false, -1, ""},
		{"2023-07-27", "2023-07-28", true, false, false, -1, ""},
		{"2023-07-28", "2023-07-27", false, true, false, +1, ""},
		{"2023-07", "2023-08-01", true, false, false, -1, "adjacent spans: the month ends when August starts"},
		{"2023-07-27", "2023-07-27", false, false, true, 0, ""},
		{"2023-07-27T23:59", "2023-07-28", true, false, false, -1, ""},
		{"2023-07-27T14:30:05Z", "2023-07-27T14:30Z", false, false, true, +1, "a second inside its minute"},
		{"2025-06-23T14:30+03:00", "2025-06-23T11:30Z", false, false, true, 0, "the same minute in two zones"},
		{"2025-06-23T14:30+03:00", "2025-06-23T12:00Z", true, false, false, -1, ""},
		{"2025-06-23T14:30", "2025-06-23T14:30Z", false, false, true, 0, "no zone is read as UTC"},
		{"2025-06-23T23:30-05:00", "2025-06-24", false, false, true, +1, "04:30 UTC on the 24th"},
		{"2025-06-23T23:30-05:00", "2025-06-23", false, true, false, +1, ""},
		{"2023?", "2024", true, false, false, -1, "qualifiers do not change the span"},
		{"2023", "2023~", false, false, true, -1, "same span: certain first"},
		{"-0044-03-15", "0001", true, false, false, -1, ""},
		{"", "2023", false, false, false, -1, "the zero Date is unordered and sorts first"},
		{"2023", "", false, false, false, +1, ""},
		{"", "", false, false, false, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			a, b := parseOrZero(t, tc.a), parseOrZero(t, tc.b)
			if got := a.Before(b); got != tc.before {
				t.Errorf("Before = %v, want %v", got, tc.before)
			}
			if got := a.After(b); got != tc.after {
				t.Errorf("After = %v, want %v", got, tc.after)
			}
			if got := a.Overlaps(b); got != tc.overlaps {
				t.Errorf("Overlaps = %v, want %v", got, tc.overlaps)
			}
			if got := b.Overlaps(a); got != tc.overlaps {
				t.Errorf("Overlaps is not symmetric")
			}
			if got := a.Compare(b); got != tc.compare {
				t.Errorf("Compare = %d, want %d", got, tc.compare)
			}
			if got := b.Compare(a); got != -tc.compare {
				t.Errorf("reverse Compare = %d, want %d", got, -tc.compare)
			}
			// What Before and After claim, Compare agrees with.
			if tc.before && tc.compare >= 0 || tc.after && tc.compare <= 0 {
				t.Errorf("Compare contradicts Before/After")
			}
		})
	}
}

func parseOrZero(t *testing.T, s string) diplo.Date {
	t.Helper()
	if s == "" {
		return diplo.Date{}
	}
	d, err := diplo.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDateCompareSorts(t *testing.T) {
	want := []string{"", "-0044", "2022", "2023", "2023?", "2023~", "2023%", "2023-01", "2023-01-01",
		"2023-01-01T00:00Z", "2023-01-01T00:00:00Z", "2023-01-01T00:00:01Z", "2023-01-01T03:00+01:00",
		"2023-01-02", "2023-02", "2024"}
	dates := make([]diplo.Date, len(want))
	for i, s := range want {
		dates[i] = parseOrZero(t, s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		shuffled := slices.Clone(dates)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		slices.SortFunc(shuffled, diplo.Date.Compare)
		got := make([]string, len(shuffled))
		for i, d := range shuffled {
			got[i] = d.String()
		}
		if !slices.Equal(got, want) {
			t.Fatalf("sorted = %q\nwant     %q", got, want)
		}
	}
	// The documented order: "2023" < "2023-01-01" < "2023-01-02".
	y, d1, d2 := diplo.MustParseDate("2023"), diplo.MustParseDate("2023-01-01"), diplo.MustParseDate("2023-01-02")
	if y.Compare(d1) != -1 || d1.Compare(d2) != -1 || y.Compare(d2) != -1 {
		t.Error(`Compare does not sort "2023" < "2023-01-01" < "2023-01-02"`)
	}
}

func TestDateConstructors(t *testing.T) {
	tests := []struct {
		name string
		got  diplo.Date
		want string
	}{
		{"YearOf", diplo.YearOf(2023), "2023"},
		{"YearOf negative", diplo.YearOf(-44), "-0044"},
		{"YearOf too large", diplo.YearOf(10000), ""},
		{"YearOf too small", diplo.YearOf(-10000), ""},
		{"MonthOf", diplo.MonthOf(2023, time.July), "2023-07"},
		{"MonthOf 13", diplo.MonthOf(2023, 13), ""},
		{"MonthOf 0", diplo.MonthOf(2023, 0), ""},
		{"DayOf", diplo.DayOf(2023, time.July, 27), "2023-07-27"},
		{"DayOf leap", diplo.DayOf(2024, time.February, 29), "2024-02-29"},
		{"DayOf not leap", diplo.DayOf(2023, time.February, 29), ""},
		{"DayOf 0", diplo.DayOf(2023, time.July, 0), ""},
		{"DayOf year out of range", diplo.DayOf(12345, time.July, 1), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.got.String(); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if tc.want != "" && tc.got != diplo.MustParseDate(tc.want) {
				t.Errorf("%#v differs from ParseDate(%q)", tc.got, tc.want)
			}
		})
	}
}

func TestDateOf(t *testing.T) {
	moscow := time.FixedZone("MSK", 3*3600)
	at := time.Date(2025, 6, 23, 1, 30, 45, 999, moscow)
	tests := []struct {
		name string
		t    time.Time
		p    diplo.Precision
		want string
	}{
		{"none", at, diplo.PrecisionNone, ""},
		{"year", at, diplo.PrecisionYear, "2025"},
		{"month", at, diplo.PrecisionMonth, "2025-06"},
		{"day in its own zone", at, diplo.PrecisionDay, "2025-06-23"},
		{"minute keeps the zone", at, diplo.PrecisionMinute, "2025-06-23T01:30+03:00"},
		{"second keeps the zone", at, diplo.PrecisionSecond, "2025-06-23T01:30:45+03:00"},
		{"UTC is Z", at.UTC(), diplo.PrecisionMinute, "2025-06-22T22:30Z"},
		{"negative zone", time.Date(2025, 1, 2, 3, 4, 5, 0, time.FixedZone("", -(9*3600+30*60))), diplo.PrecisionSecond, "2025-01-02T03:04:05-09:30"},
		// Local mean time of Paris before 1911: +00:09:21 cannot be
		// written in EDTF, so the instant is given in UTC.
		{"offset in seconds", time.Date(1900, 5, 1, 12, 0, 0, 0, time.FixedZone("LMT", 561)), diplo.PrecisionSecond, "1900-05-01T11:50:39Z"},
		{"offset beyond 14h", time.Date(2025, 1, 2, 20, 0, 0, 0, time.FixedZone("", 15*3600)), diplo.PrecisionMinute, "2025-01-02T05:00Z"},
		{"year out of range", time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC), diplo.PrecisionDay, ""},
		{"unknown precision", at, diplo.Precision(42), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := diplo.DateOf(tc.t, tc.p)
			if got := d.String(); got != tc.want {
				t.Fatalf("DateOf = %q, want %q", got, tc.want)
			}
			if tc.want == "" {
				return
			}
			if again := diplo.MustParseDate(d.String()); again != d {
				t.Errorf("DateOf does not round-trip: %#v vs %#v", again, d)
			}
			if tc.p >= diplo.PrecisionMinute {
				trunc := tc.t.Truncate(time.Minute)
				if tc.p == diplo.PrecisionSecond {
					trunc = tc.t.Truncate(time.Second)
				}
				if !d.Start().Equal(trunc) {
					t.Errorf("Start() = %v, want the instant %v", d.Start(), trunc)
				}
			}
		})
	}
}

func TestDateQualifiers(t *testing.T) {
	d := diplo.MustParseDate("2025-06-22")
	tests := []struct {
		q    diplo.Qualifier
		want string
	}{
		{0, "2025-06-22"},
		{diplo.Uncertain, "2025-06-22?"},
		{diplo.Approximate, "2025-06-22~"},
		{diplo.Uncertain | diplo.Approximate, "2025-06-22%"},
		{0xff, "2025-06-22%"}, // unknown bits are dropped
	}
	for _, tc := range tests {
		if got := d.WithQualifier(tc.q).String(); got != tc.want {
			t.Errorf("WithQualifier(%d) = %q, want %q", tc.q, got, tc.want)
		}
	}
	if z := (diplo.Date{}).WithQualifier(diplo.Uncertain); !z.IsZero() || z.IsUncertain() {
		t.Error("WithQualifier changed the zero Date")
	}
	if (diplo.Date{}).IsExact() {
		t.Error("the zero Date is exact")
	}
}

func TestPrecisionString(t *testing.T) {
	want := map[diplo.Precision]string{
		diplo.PrecisionNone: "none", diplo.PrecisionYear: "year", diplo.PrecisionMonth: "month",
		diplo.PrecisionDay: "day", diplo.PrecisionMinute: "minute", diplo.PrecisionSecond: "second",
		diplo.Precision(9): "Precision(9)",
	}
	for p, s := range want {
		if p.String() != s {
			t.Errorf("Precision(%d).String() = %q, want %q", p, p.String(), s)
		}
	}
}

func TestZeroDate(t *testing.T) {
	var z diplo.Date
	if !z.IsZero() || z.Precision() != diplo.PrecisionNone || z.Year() != 0 {
		t.Error("zero Date is not unknown")
	}
	if !z.Start().IsZero() || !z.End().IsZero() {
		t.Errorf("zero Date span = %v..%v, want zero times", z.Start(), z.End())
	}
	if _, ok := z.Zone(); ok {
		t.Error("zero Date has a zone")
	}
}

func TestParseInterval(t *testing.T) {
	tests := []struct {
		in                 string
		start, end         string
		openStart, openEnd bool
	}{
		{"2025-06-22/2025-06-26", "2025-06-22", "2025-06-26", false, false},
		{"2023/2023-07-27", "2023", "2023-07-27", false, false},
		{"2023-07-27/2023", "2023-07-27", "2023", false, false}, // overlapping: no certain disorder
		{"2025-06-23T10:00+03:00/2025-06-23T09:00Z", "2025-06-23T10:00+03:00", "2025-06-23T09:00Z", false, false},
		{"2021-05-24/", "2021-05-24", "", false, false},
		{"/2006", "", "2006", false, false},
		{"2021-05-24/..", "2021-05-24", "", false, true},
		{"../1990", "", "1990", true, false},
		{"../..", "", "", true, true},
		{"/", "", "", false, false},
		{"2019~/2020?", "2019~", "2020?", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			iv, err := diplo.ParseInterval(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if iv.Start.String() != tc.start || iv.End.String() != tc.end || iv.OpenStart != tc.openStart || iv.OpenEnd != tc.openEnd {
				t.Errorf("ParseInterval = %+v", iv)
			}
			if got := iv.String(); got != tc.in {
				t.Errorf("String() = %q, want %q", got, tc.in)
			}
			if err := iv.Validate(); err != nil {
				t.Errorf("Validate() = %v", err)
			}
			if iv.IsZero() != (tc.in == "/") {
				t.Errorf("IsZero() = %v", iv.IsZero())
			}
			var back diplo.Interval
			b, _ := iv.MarshalText()
			if err := back.UnmarshalText(b); err != nil || back != iv {
				t.Errorf("text round trip = %+v, %v", back, err)
			}
		})
	}
}

func TestParseIntervalErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", diplo.ErrSyntax},
		{"2023", diplo.ErrSyntax},
		{"2024/2023", diplo.ErrOrder},
		{"2023-07-28/2023-07-27", diplo.ErrOrder},
		{"2025-06-23T14:30Z/2025-06-23T14:29Z", diplo.ErrOrder},
		{"2025-06-23T14:30+03:00/2025-06-23T11:29Z", diplo.ErrOrder},
		{"2023-13/2024", diplo.ErrRange},
		{"2023/2024-02-30", diplo.ErrRange},
		{"2023/2024/2025", diplo.ErrSyntax},
		{".../2023", diplo.ErrSyntax},
		{"2023/..x", diplo.ErrSyntax},
		{"2023 / 2024", diplo.ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			iv, err := diplo.ParseInterval(tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("ParseInterval(%q) = %+v, %v; want %v", tc.in, iv, err, tc.want)
			}
			if !iv.IsZero() {
				t.Errorf("ParseInterval returned %+v with its error", iv)
			}
			if !strings.HasPrefix(err.Error(), tc.want.Error()+": ") {
				t.Errorf("message %q does not start with its sentinel's", err)
			}
		})
	}
	_, err := diplo.ParseInterval("2024/2023")
	if got, want := err.Error(), `dates out of order: interval "2024/2023"`; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}

func TestIntervalValidate(t *testing.T) {
	d := diplo.MustParseDate("2023")
	tests := []struct {
		name string
		iv   diplo.Interval
		want error
	}{
		{"zero", diplo.Interval{}, nil},
		{"ordered", diplo.Interval{Start: d, End: diplo.MustParseDate("2024")}, nil},
		{"reversed", diplo.Interval{Start: diplo.MustParseDate("2024"), End: d}, diplo.ErrOrder},
		{"open and dated start", diplo.Interval{Start: d, OpenStart: true}, diplo.ErrInconsistent},
		{"open and dated end", diplo.Interval{End: d, OpenEnd: true}, diplo.ErrInconsistent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.iv.Validate(); !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("Validate() = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestIntervalContainsExcludes(t *testing.T) {
	tests := []struct {
		iv, d              string
		contains, excludes bool
	}{
		{"2025-06-22/2025-06-26", "2025-06-22", true, false},
		{"2025-06-22/2025-06-26", "2025-06-26", true, false},
		{"2025-06-22/2025-06-26", "2025-06-24T10:00Z", true, false},
		{"2025-06-22/2025-06-26", "2025-06-26T23:59:59Z", true, false},
		{"2025-06-22/2025-06-26", "2025-06", false, false}, // overlaps, reaches beyond
		{"2025-06-22/2025-06-26", "2025", false, false},
		{"2025-06-22/2025-06-26", "2025-06-27", false, true},
		{"2025-06-22/2025-06-26", "2025-06-21", false, true},
		{"2025-06-22/2025-06-26", "2025-06-27T01:00+03:00", true, false}, // 22:00 UTC on the 26th
		{"2025-06-22/2025-06-26", "", false, false},
		{"2021-05-24/", "2022", false, false}, // unknown end: nothing certain after the start
		{"2021-05-24/", "2020", false, true},
		{"2021-05-24/..", "2022", true, false}, // open end: ongoing
		{"2021-05-24/..", "2021-05-24", true, false},
		{"2021-05-24/..", "2021-05", false, false},
		{"2021-05-24/..", "2020", false, true},
		{"../1990", "1800", true, false},
		{"../1990", "1991", false, true},
		{"/1990", "1800", false, false},
		{"../..", "2023", true, false},
		{"/", "2023", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.iv+" "+tc.d, func(t *testing.T) {
			iv, err := diplo.ParseInterval(tc.iv)
			if err != nil {
				t.Fatal(err)
			}
			d := parseOrZero(t, tc.d)
			if got := iv.Contains(d); got != tc.contains {
				t.Errorf("Contains = %v, want %v", got, tc.contains)
			}
			if got := iv.Excludes(d); got != tc.excludes {
				t.Errorf("Excludes = %v, want %v", got, tc.excludes)
			}
		})
	}
}

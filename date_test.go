package diplo_test

import (
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
			require.NoError(t, err, "ParseDate(%q)", tc.in)
			w := tc.want
			assert.Equal(t, w.str, d.String(), "String()")
			assert.Equal(t, w.year, d.Year(), "Year()")
			assert.Equal(t, w.month, d.Month(), "Month()")
			assert.Equal(t, w.day, d.Day(), "Day()")
			h, m, s := d.Clock()
			assert.Equal(t, []int{w.hour, w.minute, w.second}, []int{h, m, s}, "Clock()")
			assert.Equal(t, w.prec, d.Precision(), "Precision()")
			assert.Equal(t, w.qual, d.Qualifier(), "Qualifier()")
			assert.Equal(t, w.uncertain, d.IsUncertain(), "IsUncertain()")
			assert.Equal(t, w.approx, d.IsApproximate(), "IsApproximate()")
			assert.Equal(t, w.exact, d.IsExact(), "IsExact()")
			off, ok := d.Zone()
			assert.Equal(t, w.offset, off, "Zone() offset")
			assert.Equal(t, w.zoned, ok, "Zone() ok")
			assert.False(t, d.IsZero(), "IsZero()")
			assert.Equal(t, w.startUTC, d.Start().Format(time.RFC3339), "Start()")
			assert.Equal(t, w.endUTC, d.End().Format(time.RFC3339), "End()")
			assert.Same(t, time.UTC, d.Start().Location(), "Start must be in UTC")
			assert.Same(t, time.UTC, d.End().Location(), "End must be in UTC")
			assert.Equal(t, d, diplo.MustParseDate(d.String()), "ParseDate(String())")
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
			require.ErrorIs(t, err, tc.want, "ParseDate(%q) = %v", tc.in, d)
			for _, s := range sentinels {
				if s != tc.want {
					assert.NotErrorIs(t, err, s, "the error also matches another sentinel")
				}
			}
			assert.True(t, d.IsZero(), "ParseDate(%q) returned %v with its error, want the zero Date", tc.in, d)
			assert.True(t, strings.HasPrefix(err.Error(), tc.want.Error()+": "), "message %q does not start with its sentinel", err)
			if tc.in != "" {
				assert.Contains(t, err.Error(), `date "`+tc.in+`"`, "the message quotes the input")
			}
		})
	}
}

func TestParseDateErrorMessage(t *testing.T) {
	_, err := diplo.ParseDate("2023-13-01")
	require.Error(t, err)
	assert.EqualError(t, err, `out of range: date "2023-13-01"`)
	var ve *diplo.ValueError
	if assert.ErrorAs(t, err, &ve) {
		assert.Equal(t, "date", ve.What)
		assert.Equal(t, "2023-13-01", ve.Value)
	}
	long := strings.Repeat("2", 1000)
	_, err = diplo.ParseDate(long)
	require.Error(t, err)
	assert.LessOrEqual(t, len(err.Error()), 120, "message for hostile input: %q", err)
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		require.True(t, ok, "recover() = %v, want an error", r)
		assert.ErrorIs(t, err, diplo.ErrRange)
	}()
	diplo.MustParseDate("2023-02-30")
}

func TestDateText(t *testing.T) {
	for _, s := range []string{"2023", "2023-07", "2023-07-27", "2025-06-23T14:30", "2025-06-23T14:30:05Z",
		"2025-06-23T14:30-04:00", "-0044-03-15", "2023%", "2025-06-22?", "2025-06~"} {
		t.Run(s, func(t *testing.T) {
			d := diplo.MustParseDate(s)
			b, err := d.MarshalText()
			require.NoError(t, err, "MarshalText()")
			require.Equal(t, s, string(b), "MarshalText()")
			ab, _ := d.AppendText([]byte("x="))
			assert.Equal(t, "x="+s, string(ab), "AppendText")
			var got diplo.Date
			require.NoError(t, got.UnmarshalText(b), "UnmarshalText(%q)", b)
			require.Equal(t, d, got, "UnmarshalText(%q)", b)
			// As a JSON string, a map key and inside a struct.
			type rec struct {
				D diplo.Date          `json:"d"`
				M map[diplo.Date]bool `json:"m"`
			}
			in := rec{D: d, M: map[diplo.Date]bool{d: true}}
			j, err := json.Marshal(in)
			require.NoError(t, err)
			assert.Equal(t, `{"d":"`+s+`","m":{"`+s+`":true}}`, string(j), "JSON")
			var out rec
			if assert.NoError(t, json.Unmarshal(j, &out), "JSON round trip") {
				assert.Equal(t, d, out.D, "JSON round trip")
				assert.True(t, out.M[d], "JSON round trip of the map key: %+v", out)
			}
		})
	}
	t.Run("zero", func(t *testing.T) {
		var z diplo.Date
		b, _ := z.MarshalText()
		assert.Empty(t, b, "zero Date MarshalText")
		assert.Empty(t, z.String(), "zero Date String")
		d := diplo.MustParseDate("2023")
		assert.NoError(t, d.UnmarshalText(nil), "UnmarshalText(\"\")")
		assert.True(t, d.IsZero(), "UnmarshalText(\"\") = %v; want the zero Date", d)
	})
	t.Run("bad", func(t *testing.T) {
		d := diplo.MustParseDate("2023")
		assert.ErrorIs(t, d.UnmarshalText([]byte("2023-02-30")), diplo.ErrRange, "UnmarshalText")
		assert.Equal(t, diplo.MustParseDate("2023"), d, "failed UnmarshalText changed the date")
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
			assert.Equal(t, tc.before, a.Before(b), "Before")
			assert.Equal(t, tc.after, a.After(b), "After")
			assert.Equal(t, tc.overlaps, a.Overlaps(b), "Overlaps")
			assert.Equal(t, tc.overlaps, b.Overlaps(a), "Overlaps is not symmetric")
			assert.Equal(t, tc.compare, a.Compare(b), "Compare")
			assert.Equal(t, -tc.compare, b.Compare(a), "reverse Compare")
			// What Before and After claim, Compare agrees with.
			assert.False(t, tc.before && tc.compare >= 0 || tc.after && tc.compare <= 0, "Compare contradicts Before/After")
		})
	}
}

func parseOrZero(t *testing.T, s string) diplo.Date {
	t.Helper()
	if s == "" {
		return diplo.Date{}
	}
	d, err := diplo.ParseDate(s)
	require.NoError(t, err)
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
		require.Equal(t, want, got, "sorted")
	}
	// The documented order: "2023" < "2023-01-01" < "2023-01-02".
	y, d1, d2 := diplo.MustParseDate("2023"), diplo.MustParseDate("2023-01-01"), diplo.MustParseDate("2023-01-02")
	assert.Equal(t, -1, y.Compare(d1), `"2023" < "2023-01-01"`)
	assert.Equal(t, -1, d1.Compare(d2), `"2023-01-01" < "2023-01-02"`)
	assert.Equal(t, -1, y.Compare(d2), `"2023" < "2023-01-02"`)
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
			assert.Equal(t, tc.want, tc.got.String())
			if tc.want != "" {
				assert.Equal(t, diplo.MustParseDate(tc.want), tc.got, "differs from ParseDate(%q)", tc.want)
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
			require.Equal(t, tc.want, d.String(), "DateOf")
			if tc.want == "" {
				return
			}
			assert.Equal(t, d, diplo.MustParseDate(d.String()), "DateOf does not round-trip")
			if tc.p >= diplo.PrecisionMinute {
				trunc := tc.t.Truncate(time.Minute)
				if tc.p == diplo.PrecisionSecond {
					trunc = tc.t.Truncate(time.Second)
				}
				assert.True(t, d.Start().Equal(trunc), "Start() = %v, want the instant %v", d.Start(), trunc)
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
		assert.Equal(t, tc.want, d.WithQualifier(tc.q).String(), "WithQualifier(%d)", tc.q)
	}
	z := (diplo.Date{}).WithQualifier(diplo.Uncertain)
	assert.True(t, z.IsZero(), "WithQualifier changed the zero Date")
	assert.False(t, z.IsUncertain(), "WithQualifier changed the zero Date")
	assert.False(t, (diplo.Date{}).IsExact(), "the zero Date is exact")
}

func TestPrecisionString(t *testing.T) {
	want := map[diplo.Precision]string{
		diplo.PrecisionNone: "none", diplo.PrecisionYear: "year", diplo.PrecisionMonth: "month",
		diplo.PrecisionDay: "day", diplo.PrecisionMinute: "minute", diplo.PrecisionSecond: "second",
		diplo.Precision(9): "Precision(9)",
	}
	for p, s := range want {
		assert.Equal(t, s, p.String(), "Precision(%d).String()", p)
	}
}

func TestZeroDate(t *testing.T) {
	var z diplo.Date
	assert.True(t, z.IsZero(), "IsZero()")
	assert.Equal(t, diplo.PrecisionNone, z.Precision())
	assert.Zero(t, z.Year())
	assert.True(t, z.Start().IsZero(), "zero Date Start() = %v, want the zero time", z.Start())
	assert.True(t, z.End().IsZero(), "zero Date End() = %v, want the zero time", z.End())
	_, ok := z.Zone()
	assert.False(t, ok, "zero Date has a zone")
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
			require.NoError(t, err)
			assert.Equal(t, tc.start, iv.Start.String(), "Start")
			assert.Equal(t, tc.end, iv.End.String(), "End")
			assert.Equal(t, tc.openStart, iv.OpenStart, "OpenStart")
			assert.Equal(t, tc.openEnd, iv.OpenEnd, "OpenEnd")
			assert.Equal(t, tc.in, iv.String(), "String()")
			assert.NoError(t, iv.Validate())
			assert.Equal(t, tc.in == "/", iv.IsZero(), "IsZero()")
			var back diplo.Interval
			b, _ := iv.MarshalText()
			if assert.NoError(t, back.UnmarshalText(b), "text round trip") {
				assert.Equal(t, iv, back, "text round trip")
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
			require.ErrorIs(t, err, tc.want, "ParseInterval(%q) = %+v", tc.in, iv)
			assert.True(t, iv.IsZero(), "ParseInterval returned %+v with its error", iv)
			assert.True(t, strings.HasPrefix(err.Error(), tc.want.Error()+": "), "message %q does not start with its sentinel", err)
		})
	}
	_, err := diplo.ParseInterval("2024/2023")
	require.Error(t, err)
	assert.EqualError(t, err, `dates out of order: interval "2024/2023"`)
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
			err := tc.iv.Validate()
			if tc.want == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tc.want)
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
			require.NoError(t, err)
			d := parseOrZero(t, tc.d)
			assert.Equal(t, tc.contains, iv.Contains(d), "Contains")
			assert.Equal(t, tc.excludes, iv.Excludes(d), "Excludes")
		})
	}
}

package diplo_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

// plainJSON reports whether a JSON string holds b as it is: printable
// ASCII other than '"' and '\\'.
func plainJSON(b []byte) bool {
	for _, c := range b {
		if c < ' ' || c > '~' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// TestDateTextPlain checks what the encoder relies on in writing a
// Date's text as it is (codec.RegisterPlainText): the text of every kind
// of Date, at the ends of its ranges, with each qualifier and zone, needs
// no escape, and Marshal writes the bytes of encoding/json.
func TestDateTextPlain(t *testing.T) {
	var dates []diplo.Date
	for _, y := range []int{diplo.MinYear, -1000, -44, -1, 0, 1, 999, 1000, 2025, diplo.MaxYear} {
		dates = append(dates, diplo.YearOf(y), diplo.MonthOf(y, time.January), diplo.MonthOf(y, time.December),
			diplo.DayOf(y, time.January, 1), diplo.DayOf(y, time.December, 31))
	}
	for zone := -14 * 60; zone <= 14*60; zone += 15 {
		loc := time.FixedZone("", zone*60)
		for _, p := range []diplo.Precision{diplo.PrecisionMinute, diplo.PrecisionSecond} {
			dates = append(dates, diplo.DateOf(time.Date(2025, 6, 23, 23, 59, 59, 0, loc), p),
				diplo.DateOf(time.Date(diplo.MaxYear, 12, 31, 0, 0, 0, 0, loc), p))
		}
	}
	dates = append(dates, diplo.DateOf(time.Date(2025, 6, 23, 14, 30, 5, 0, time.UTC), diplo.PrecisionSecond), diplo.Date{})
	for _, d := range dates[:len(dates):len(dates)] {
		for _, q := range []diplo.Qualifier{diplo.Uncertain, diplo.Approximate, diplo.Uncertain | diplo.Approximate} {
			dates = append(dates, d.WithQualifier(q))
		}
	}
	for _, d := range dates {
		text, err := d.AppendText(nil)
		require.NoError(t, err)
		assert.True(t, plainJSON(text), "%q needs an escape", text)
		want, err := json.Marshal(&d)
		require.NoError(t, err)
		got, err := diplo.Marshal(&d)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
		v := struct {
			D diplo.Date   `json:"d"`
			L []diplo.Date `json:"l"`
		}{d, []diplo.Date{d, d}}
		want, err = json.Marshal(&v)
		require.NoError(t, err)
		got, err = diplo.Marshal(&v)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
	}
}

package query_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/query"
)

// TestEffectBounds checks the first and last day a date may take effect
// on, for each precision and qualifier, against days worked out by hand.
func TestEffectBounds(t *testing.T) {
	tests := []struct{ date, first, last string }{
		{"2016-11-04", "2016-11-04", "2016-11-04"},
		{"2016-09", "2016-09-01", "2016-09-30"},
		{"2016", "2016-01-01", "2016-12-31"},
		{"2021-02-19~", "2021-02-18", "2021-02-20"},
		{"2016-09?", "2016-08-01", "2016-10-30"},
		{"2016?", "2015-01-01", "2017-12-31"},
		{"2016%", "2014-01-01", "2018-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.date, func(t *testing.T) {
			first, last, ok := query.EffectBounds(diplo.MustParseDate(tc.date))
			require.True(t, ok)
			assert.Equal(t, tc.first, first.Format("2006-01-02"))
			assert.Equal(t, tc.last, last.Format("2006-01-02"))
			assert.Equal(t, first, first.Truncate(24*time.Hour), "the start of a day")
		})
	}
	_, _, ok := query.EffectBounds(diplo.Date{})
	assert.False(t, ok, "the zero date bounds nothing")
}

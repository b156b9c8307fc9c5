package check_test

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

// TestCollectorCap checks that a Collector lists at most MaxErrors errors,
// sorted by path, and closes the list with an *OmittedErrors that counts
// the rest, also across nested lists.
func TestCollectorCap(t *testing.T) {
	tests := []struct {
		name    string
		add     func(c *check.Collector)
		listed  int
		omitted int
	}{
		{"at the cap", func(c *check.Collector) {
			for i := range diplo.MaxErrors {
				c.AddIndex("events", i, diplo.ErrRequired)
			}
		}, diplo.MaxErrors, 0},
		{"past the cap", func(c *check.Collector) {
			for i := diplo.MaxErrors + 5; i > 0; i-- {
				c.AddIndex("events", i, diplo.ErrRequired)
			}
		}, diplo.MaxErrors, 5},
		{"past the cap with Add", func(c *check.Collector) {
			for i := range diplo.MaxErrors + 7 {
				c.Add("events["+strconv.Itoa(i)+"]", &diplo.FieldError{Path: "kind", Err: diplo.ErrUnknown})
			}
		}, diplo.MaxErrors, 7},
		{"nested lists", func(c *check.Collector) {
			for i := range 3 {
				var inner check.Collector
				for j := range 600 {
					inner.AddIndex("participants", j, diplo.ErrUnknown)
				}
				c.AddIndex("events", i, inner.Err())
			}
		}, diplo.MaxErrors, 3*600 - diplo.MaxErrors},
		{"a nested list that was cut", func(c *check.Collector) {
			var inner check.Collector
			for j := range diplo.MaxErrors + 50 {
				inner.AddIndex("parts", j, diplo.ErrCycle)
			}
			c.Add("events[0]", inner.Err())
			c.Add("title", diplo.ErrRequired)
		}, diplo.MaxErrors, 51},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c check.Collector
			tc.add(&c)
			assert.Equal(t, tc.listed+tc.omitted, c.Len())
			var es diplo.Errors
			require.ErrorAs(t, c.Err(), &es)
			assert.Equal(t, tc.omitted, es.Omitted())
			listed := es
			if tc.omitted > 0 {
				require.Equal(t, tc.listed+1, len(es))
				last := es[len(es)-1]
				assert.Empty(t, last.Path)
				assert.ErrorIs(t, last, diplo.ErrTooMany)
				assert.Equal(t, fmt.Sprintf("too many errors: %d more not listed", tc.omitted), last.Error())
				listed = es[:len(es)-1]
			} else {
				require.Equal(t, tc.listed, len(es))
				assert.NotErrorIs(t, c.Err(), diplo.ErrTooMany)
			}
			for i := 1; i < len(listed); i++ {
				assert.LessOrEqual(t, check.ComparePaths(listed[i-1].Path, listed[i].Path), 0, "%s before %s", listed[i-1].Path, listed[i].Path)
			}
			for _, fe := range listed {
				assert.NotErrorIs(t, fe, diplo.ErrTooMany)
			}
		})
	}
}

// TestCollectorCapKeepsFirst checks that the errors listed are the first
// added, so that errors.Is finds an error of a kind added early.
func TestCollectorCapKeepsFirst(t *testing.T) {
	var c check.Collector
	c.Add("title", diplo.ErrLanguage)
	for i := range 2 * diplo.MaxErrors {
		c.AddIndex("events", i, diplo.ErrRequired)
	}
	c.Add("a", diplo.ErrCycle)
	err := c.Err()
	assert.ErrorIs(t, err, diplo.ErrLanguage)
	assert.ErrorIs(t, err, diplo.ErrRequired)
	assert.NotErrorIs(t, err, diplo.ErrCycle, "added past the cap")
	var om *diplo.OmittedErrors
	require.ErrorAs(t, err, &om)
	assert.Equal(t, diplo.MaxErrors+2, om.Count)
}

// TestSortErrorsKeepsOmittedLast checks that sorting a list that was cut
// leaves its closing entry, whose path is empty, last.
func TestSortErrorsKeepsOmittedLast(t *testing.T) {
	es := diplo.Errors{
		{Path: "b", Err: diplo.ErrRange},
		{Path: "a", Err: diplo.ErrRange},
		{Err: &diplo.OmittedErrors{Count: 3}},
	}
	check.SortErrors(es)
	assert.Equal(t, "a", es[0].Path)
	assert.Equal(t, "b", es[1].Path)
	assert.True(t, errors.Is(es[2], diplo.ErrTooMany))
	assert.Equal(t, 3, es.Omitted())
	assert.Equal(t, 0, es[:2].Omitted())
	assert.Equal(t, 0, diplo.Errors(nil).Omitted())
}

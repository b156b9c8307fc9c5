package dyad

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata"
	"github.com/diplo-go/diplo/internal/check"
)

// refusalIDs are ids of every length a refusal keeps differently: empty,
// short, at and past the room of its own allocation, past check.MaxQuote,
// and ids that %q escapes.
func refusalIDs() []string {
	ids := []string{"", "1", "881990833", strings.Repeat("7", refusalShortID),
		strings.Repeat("8", refusalShortID+1), strings.Repeat("9", check.MaxQuote+40),
		"a\"b", "\xff\xfe", "tab\there", strings.Repeat("é", check.MaxQuote)}
	return ids
}

// TestRefusalText checks that a refusal has the text, the wrapped error and
// the errors.Is of the fmt.Errorf error AddRecord returned before the
// refusal's text was made lazily.
func TestRefusalText(t *testing.T) {
	for _, id := range refusalIDs() {
		for _, err := range []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrLimit} {
			got := newRefusal(id, "", err, "source actor")
			want := fmt.Errorf("dyad: record %q: %w: source actor", check.Quote(id), err)
			assert.Equal(t, want.Error(), got.Error(), "%q", id)
			assert.Equal(t, errors.Unwrap(want), errors.Unwrap(got))
			assert.ErrorIs(t, got, err)

			got = newRefusal(id, "source.name", err, ReasonInvalidUTF8)
			want = fmt.Errorf("dyad: record %q: %s: %w: %s", check.Quote(id), "source.name", err, ReasonInvalidUTF8)
			assert.Equal(t, want.Error(), got.Error(), "%q", id)
			assert.Equal(t, errors.Unwrap(want), errors.Unwrap(got))
		}
	}
}

// TestRefusalAdd checks the errors of records refused for their date, a
// field and their source actor against the fmt.Errorf errors they were.
// (TestStreamLifterKeepsNoRecord checks them with the record's strings
// overwritten once Add has returned.)
func TestRefusalAdd(t *testing.T) {
	day := time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)
	rus := eventdata.Actor{CountryCode: "RUS"}
	for _, id := range refusalIDs() {
		idErr := fmt.Errorf("dyad: record %q: %s: %w: %s", check.Quote(id), "id", diplo.ErrSyntax, ReasonInvalidUTF8)
		cases := []struct {
			r    eventdata.Record
			want error
		}{
			{eventdata.Record{CAMEO: "042", Date: day},
				fmt.Errorf("dyad: record %q: %w: source actor", check.Quote(id), diplo.ErrRequired)},
			{eventdata.Record{CAMEO: "042", Source: rus},
				fmt.Errorf("dyad: record %q: %w: date", check.Quote(id), diplo.ErrRequired)},
			{eventdata.Record{CAMEO: "042", Date: day, Source: rus, Text: "\xff"},
				fmt.Errorf("dyad: record %q: %s: %w: %s", check.Quote(id), "text", diplo.ErrSyntax, ReasonInvalidUTF8)},
			{eventdata.Record{CAMEO: "042", Date: day, Source: rus, Target: eventdata.Actor{Name: strings.Repeat("x", diplo.DefaultMaxString+1)}},
				fmt.Errorf("dyad: record %q: %s: %w: %s", check.Quote(id), "target.name", diplo.ErrLimit, ReasonTooLong)},
		}
		for i, c := range cases {
			want := c.want
			if i != 1 && !utf8.ValidString(id) {
				want = idErr // the id is the first field checked, after the date
			}
			for _, l := range []*Lifter{NewLifter(), NewStreamLifterWith(nopSink{}, StreamOptions{Transient: true})} {
				r := c.r
				r.Dataset, r.ID = eventdata.GDELT2, id
				err := l.AddRecord(&r)
				require.Error(t, err)
				assert.Equal(t, want.Error(), err.Error(), "%q", id)
				assert.Equal(t, errors.Unwrap(want), errors.Unwrap(err))
			}
		}
	}
}

// TestRefusalAllocs checks that a record refused for its source actor
// costs one allocation, the error with its copy of a short id (three,
// with the text made by fmt.Errorf).
func TestRefusalAllocs(t *testing.T) {
	l := NewStreamLifterWith(nopSink{}, StreamOptions{Transient: true})
	r := eventdata.Record{Dataset: eventdata.GDELT2, ID: "881990833", CAMEO: "042",
		Date: time.Date(2019, 10, 24, 0, 0, 0, 0, time.UTC)}
	require.Error(t, l.AddRecord(&r))
	assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = l.AddRecord(&r) }), 1.0)
}

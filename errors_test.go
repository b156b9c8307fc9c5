package diplo_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
)

func TestSentinelMessages(t *testing.T) {
	for _, err := range []error{diplo.ErrRequired, diplo.ErrSyntax, diplo.ErrRange, diplo.ErrUnknown,
		diplo.ErrLanguage, diplo.ErrCountry, diplo.ErrDuplicate, diplo.ErrReference, diplo.ErrCycle,
		diplo.ErrOrder, diplo.ErrInconsistent, diplo.ErrUnknownField, diplo.ErrJSON, diplo.ErrTooMany} {
		assert.True(t, strings.HasPrefix(err.Error(), "diplo: "), "%q does not start with the package name", err)
	}
}

func TestFieldError(t *testing.T) {
	e := &diplo.FieldError{Path: "events[0].title.fr", Err: diplo.ErrRequired}
	assert.EqualError(t, e, "events[0].title.fr: diplo: required")
	assert.Same(t, diplo.ErrRequired, e.Unwrap(), "FieldError does not unwrap to its error")
	assert.ErrorIs(t, e, diplo.ErrRequired)
	assert.NotErrorIs(t, e, diplo.ErrSyntax)
	assert.EqualError(t, &diplo.FieldError{Err: diplo.ErrJSON}, "diplo: malformed JSON", "Error() without a path")
	// Wrapped, it is still found.
	wrapped := fmt.Errorf("loading: %w", e)
	var fe *diplo.FieldError
	if assert.ErrorAs(t, wrapped, &fe) {
		assert.Equal(t, "events[0].title.fr", fe.Path)
	}
}

func TestErrors(t *testing.T) {
	es := diplo.Errors{
		{Path: "a", Err: diplo.ErrRequired},
		{Path: "b[1]", Err: diplo.NewValueError("date", "2023-13", diplo.ErrRange)},
	}
	assert.EqualError(t, es, "a: diplo: required\nb[1]: diplo: out of range: date \"2023-13\"")
	assert.Len(t, es.Unwrap(), 2, "Unwrap()")
	var err error = es
	assert.ErrorIs(t, err, diplo.ErrRequired, "errors.Is looks into every element")
	assert.ErrorIs(t, err, diplo.ErrRange, "errors.Is looks into every element")
	assert.NotErrorIs(t, err, diplo.ErrSyntax)
	var ve *diplo.ValueError
	if assert.ErrorAs(t, err, &ve) {
		assert.Equal(t, "date", ve.What)
	}
	var fe *diplo.FieldError
	if assert.ErrorAs(t, err, &fe) {
		assert.Equal(t, "a", fe.Path, "errors.As(*FieldError) gives the first")
	}
	assert.Empty(t, (diplo.Errors{}).Error(), "empty Errors has a message")
}

func TestCollector(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		var c diplo.Collector
		c.Add("x", nil)
		c.AddIndex("y", 3, nil)
		assert.Zero(t, c.Len())
		assert.NoError(t, c.Err())
	})
	t.Run("one error is a FieldError", func(t *testing.T) {
		var c diplo.Collector
		c.Add("kind", diplo.ErrUnknown)
		fe, ok := c.Err().(*diplo.FieldError)
		require.True(t, ok, "Err() = %#v, want a *FieldError", c.Err())
		assert.Equal(t, "kind", fe.Path)
		assert.Same(t, diplo.ErrUnknown, fe.Err)
	})
	t.Run("paths joined and sorted", func(t *testing.T) {
		inner := func(i int) error {
			var c diplo.Collector
			c.Add("date", diplo.ErrRange)
			if i == 2 {
				c.Add("title.fr", diplo.ErrRequired)
			}
			return c.Err()
		}
		var c diplo.Collector
		for _, i := range []int{10, 2, 1} {
			c.AddIndex("events", i, inner(i))
		}
		c.Add("", &diplo.FieldError{Path: "accords[0]", Err: diplo.ErrOrder})
		c.Add("graph", diplo.Errors{{Path: "[3]", Err: diplo.ErrCycle}, {Path: "", Err: diplo.ErrInconsistent}})
		c.Add("wrapped", fmt.Errorf("context: %w", &diplo.FieldError{Path: "x", Err: diplo.ErrSyntax}))
		assert.Equal(t, 8, c.Len())
		checkFieldErrors(t, c.Err(),
			[]string{"accords[0]", "events[1].date", "events[2].date", "events[2].title.fr", "events[10].date", "graph", "graph[3]", "wrapped.x"},
			[]error{diplo.ErrOrder, diplo.ErrRange, diplo.ErrRange, diplo.ErrRequired, diplo.ErrRange, diplo.ErrInconsistent, diplo.ErrCycle, diplo.ErrSyntax})
		// Err returns a sorted copy; adding more later does not disturb it.
		first := c.Err()
		c.Add("a", diplo.ErrRequired)
		assert.Equal(t, "accords[0]", first.(diplo.Errors)[0].Path, "Err() shares storage with the Collector")
		assert.Equal(t, 9, c.Len())
	})
	t.Run("valid values allocate nothing", func(t *testing.T) {
		allocs := testing.AllocsPerRun(100, func() {
			var c diplo.Collector
			c.Add("a", nil)
			c.AddIndex("b", 1, nil)
			if c.Err() != nil {
				t.Fatal("error")
			}
		})
		assert.Zero(t, allocs, "allocations")
	})
}

func TestComparePaths(t *testing.T) {
	tests := []struct {
		a, b string
		want int // sign
	}{
		{"events[2]", "events[10]", -1},
		{"events[10]", "events[2]", +1},
		{"events[2]", "events[2]", 0},
		{"events[2].date", "events[10]", -1},
		{"events[2].title", "events[2].date", +1},
		{"a", "a.b", -1},
		{"a.b", "a", +1},
		{"", "a", -1},
		{"", "", 0},
		{"x[01]", "x[1]", 0},
		{"a10", "a9", +1},
		{"a[123456789012345678901234]", "a[99]", +1}, // longer than any int
		{"accords", "events", -1},
		{"b[0]", "a[1]", +1},
	}
	sign := func(n int) int {
		switch {
		case n < 0:
			return -1
		case n > 0:
			return 1
		}
		return 0
	}
	for _, tc := range tests {
		t.Run(tc.a+" vs "+tc.b, func(t *testing.T) {
			assert.Equal(t, tc.want, sign(diplo.ComparePaths(tc.a, tc.b)), "ComparePaths")
		})
	}
}

func TestSortErrors(t *testing.T) {
	es := diplo.Errors{
		{Path: "events[10]", Err: diplo.ErrRequired},
		{Path: "events[2]", Err: diplo.ErrSyntax},
		{Path: "events[2]", Err: diplo.ErrRange}, // stays after its equal
		{Path: "accords[0]", Err: diplo.ErrOrder},
	}
	diplo.SortErrors(es)
	got := make([]string, len(es))
	for i, e := range es {
		got[i] = e.Path + " " + e.Err.Error()
	}
	want := []string{"accords[0] diplo: dates out of order", "events[2] diplo: syntax error", "events[2] diplo: out of range", "events[10] diplo: required"}
	assert.Equal(t, want, got, "sorted")
}

func TestJoinPath(t *testing.T) {
	tests := []struct{ parent, child, want string }{
		{"", "", ""},
		{"a", "", "a"},
		{"", "b", "b"},
		{"a", "b", "a.b"},
		{"a", "[2]", "a[2]"},
		{"a[2]", "b.c", "a[2].b.c"},
		{"title", `[""]`, `title[""]`},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, diplo.JoinPath(tc.parent, tc.child), "JoinPath(%q, %q)", tc.parent, tc.child)
	}
	assert.Equal(t, "events[12]", diplo.IndexPath("events", 12), "IndexPath")
}

func TestQuote(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"short", "sumit", "sumit"},
		{"empty", "", ""},
		{"exactly 64", strings.Repeat("a", 64), strings.Repeat("a", 64)},
		{"65", strings.Repeat("a", 65), strings.Repeat("a", 64) + "..."},
		{"two-byte runes on the boundary", strings.Repeat("é", 40), strings.Repeat("é", 32) + "..."},
		{"two-byte rune across the boundary", "a" + strings.Repeat("é", 40), "a" + strings.Repeat("é", 31) + "..."},
		{"four-byte runes", "ab" + strings.Repeat("🇲🇱", 20), "ab" + strings.Repeat("🇲🇱", 7) + "\U0001F1F2..."},
		{"invalid UTF-8 kept short", strings.Repeat("\xff", 100), strings.Repeat("\xff", 64) + "..."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diplo.Quote(tc.in)
			assert.Equal(t, tc.want, got, "Quote (%d bytes)", len(got))
			body := strings.TrimSuffix(got, "...")
			assert.LessOrEqual(t, len(body), diplo.MaxQuote, "bytes kept")
			if utf8.ValidString(tc.in) {
				assert.True(t, utf8.ValidString(got), "cut inside a rune: %q", got)
			}
		})
	}
}

func TestValueError(t *testing.T) {
	e := diplo.NewValueError("event kind", "sumit", diplo.ErrUnknown)
	assert.EqualError(t, e, `diplo: unknown value: event kind "sumit"`)
	assert.ErrorIs(t, e, diplo.ErrUnknown, "ValueError does not unwrap")
	assert.Same(t, diplo.ErrUnknown, e.Unwrap(), "ValueError does not unwrap")
	long := diplo.NewValueError("date", strings.Repeat("9", 10000)+"\x00", diplo.ErrRange)
	assert.Len(t, long.Value, diplo.MaxQuote+3, "hostile value kept")
	assert.LessOrEqual(t, len(long.Error()), 120, "hostile value kept: %q", long.Error())
	// Control characters are escaped in the message.
	assert.EqualError(t, diplo.NewValueError("text", "a\x00b", diplo.ErrSyntax), `diplo: syntax error: text "a\x00b"`)
	// A ValueError is the Err of a FieldError.
	fe := &diplo.FieldError{Path: "kind", Err: e}
	var ve *diplo.ValueError
	if assert.ErrorAs(t, fe, &ve, "errors.As through FieldError") {
		assert.Equal(t, "sumit", ve.Value, "errors.As through FieldError")
	}
}

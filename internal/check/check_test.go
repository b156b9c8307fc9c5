package check_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/internal/check"
)

func TestCollector(t *testing.T) {
	t.Run("empty", func(t *testing.T) {
		var c check.Collector
		c.Add("x", nil)
		c.AddIndex("y", 3, nil)
		if c.Len() != 0 || c.Err() != nil {
			t.Errorf("Len %d, Err %v", c.Len(), c.Err())
		}
	})
	t.Run("one error is a FieldError", func(t *testing.T) {
		var c check.Collector
		c.Add("kind", diplo.ErrUnknown)
		fe, ok := c.Err().(*diplo.FieldError)
		if !ok || fe.Path != "kind" || fe.Err != diplo.ErrUnknown {
			t.Errorf("Err() = %#v", c.Err())
		}
	})
	t.Run("paths joined and sorted", func(t *testing.T) {
		inner := func(i int) error {
			var c check.Collector
			c.Add("date", diplo.ErrRange)
			if i == 2 {
				c.Add("title.fr", diplo.ErrRequired)
			}
			return c.Err()
		}
		var c check.Collector
		for _, i := range []int{10, 2, 1} {
			c.AddIndex("events", i, inner(i))
		}
		c.Add("", &diplo.FieldError{Path: "accords[0]", Err: diplo.ErrOrder})
		c.Add("graph", diplo.Errors{{Path: "[3]", Err: diplo.ErrCycle}, {Path: "", Err: diplo.ErrInconsistent}})
		c.Add("wrapped", fmt.Errorf("context: %w", &diplo.FieldError{Path: "x", Err: diplo.ErrSyntax}))
		if c.Len() != 8 {
			t.Errorf("Len() = %d, want 8", c.Len())
		}
		checkFieldErrors(t, c.Err(),
			[]string{"accords[0]", "events[1].date", "events[2].date", "events[2].title.fr", "events[10].date", "graph", "graph[3]", "wrapped.x"},
			[]error{diplo.ErrOrder, diplo.ErrRange, diplo.ErrRange, diplo.ErrRequired, diplo.ErrRange, diplo.ErrInconsistent, diplo.ErrCycle, diplo.ErrSyntax})
		// Err returns a sorted copy; adding more later does not disturb it.
		first := c.Err()
		c.Add("a", diplo.ErrRequired)
		if first.(diplo.Errors)[0].Path != "accords[0]" || c.Len() != 9 {
			t.Error("Err() shares storage with the Collector")
		}
	})
	t.Run("valid values allocate nothing", func(t *testing.T) {
		allocs := testing.AllocsPerRun(100, func() {
			var c check.Collector
			c.Add("a", nil)
			c.AddIndex("b", 1, nil)
			if c.Err() != nil {
				t.Fatal("error")
			}
		})
		if allocs != 0 {
			t.Errorf("%v allocations", allocs)
		}
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
			if got := sign(check.ComparePaths(tc.a, tc.b)); got != tc.want {
				t.Errorf("ComparePaths = %d, want %d", got, tc.want)
			}
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
	check.SortErrors(es)
	got := make([]string, len(es))
	for i, e := range es {
		got[i] = e.Path + " " + e.Err.Error()
	}
	want := []string{"accords[0] dates out of order", "events[2] syntax error", "events[2] out of range", "events[10] required"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sorted = %q, want %q", got, want)
		}
	}
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
		if got := check.JoinPath(tc.parent, tc.child); got != tc.want {
			t.Errorf("JoinPath(%q, %q) = %q, want %q", tc.parent, tc.child, got, tc.want)
		}
	}
	if got := check.IndexPath("events", 12); got != "events[12]" {
		t.Errorf("IndexPath = %q", got)
	}
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
			got := check.Quote(tc.in)
			if got != tc.want {
				t.Errorf("Quote = %q (%d bytes), want %q", got, len(got), tc.want)
			}
			body := strings.TrimSuffix(got, "...")
			if len(body) > diplo.MaxQuote {
				t.Errorf("kept %d bytes", len(body))
			}
			if utf8.ValidString(tc.in) && !utf8.ValidString(got) {
				t.Errorf("cut inside a rune: %q", got)
			}
		})
	}
}

func TestValueError(t *testing.T) {
	e := check.NewValueError("event kind", "sumit", diplo.ErrUnknown)
	if got := e.Error(); got != `unknown value: event kind "sumit"` {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(e, diplo.ErrUnknown) || e.Unwrap() != diplo.ErrUnknown {
		t.Error("ValueError does not unwrap")
	}
	long := check.NewValueError("date", strings.Repeat("9", 10000)+"\x00", diplo.ErrRange)
	if len(long.Value) != diplo.MaxQuote+3 || len(long.Error()) > 120 {
		t.Errorf("hostile value kept at length %d: %q", len(long.Value), long.Error())
	}
	// Control characters are escaped in the message.
	if got := check.NewValueError("text", "a\x00b", diplo.ErrSyntax).Error(); got != `syntax error: text "a\x00b"` {
		t.Errorf("Error() = %q", got)
	}
	// A ValueError is the Err of a FieldError.
	fe := &diplo.FieldError{Path: "kind", Err: e}
	var ve *diplo.ValueError
	if !errors.As(fe, &ve) || ve.Value != "sumit" {
		t.Error("errors.As through FieldError")
	}
}

// checkFieldErrors checks that err holds exactly one FieldError per path,
// in order, each wrapping the matching sentinel.
func checkFieldErrors(t *testing.T, err error, paths []string, sentinels []error) {
	t.Helper()
	if len(paths) == 0 {
		if err != nil {
			t.Errorf("error = %v, want nil", err)
		}
		return
	}
	var list diplo.Errors
	var fe *diplo.FieldError
	switch {
	case errors.As(err, &list):
	case errors.As(err, &fe):
		list = diplo.Errors{fe}
	default:
		t.Fatalf("error = %v (%T), want field errors at %v", err, err, paths)
	}
	got := make([]string, len(list))
	for i, e := range list {
		got[i] = e.Path
	}
	if !slices.Equal(got, paths) {
		t.Fatalf("paths = %q, want %q (error: %v)", got, paths, err)
	}
	for i, e := range list {
		if !errors.Is(e, sentinels[i]) {
			t.Errorf("%s: %v, want %v", e.Path, e.Err, sentinels[i])
		}
	}
}

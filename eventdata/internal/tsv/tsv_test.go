package tsv_test

import (
	"errors"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/diplo-go/diplo/eventdata/internal/tsv"
)

type line struct {
	s   string
	n   int
	err error
}

func readLines(r io.Reader, limit int) []line {
	l := tsv.NewLines(r, limit)
	var out []line
	for {
		s, n, err := l.Next()
		out = append(out, line{s, n, err})
		if err != nil && !errors.Is(err, tsv.ErrTooLong) {
			return out
		}
	}
}

func TestLines(t *testing.T) {
	big := strings.Repeat("x", 200_000) // longer than the bufio buffer
	tests := []struct {
		name  string
		input string
		limit int
		want  []line
	}{
		{"empty", "", 0, []line{{"", 0, io.EOF}}},
		{"one line", "a\tb\n", 0, []line{{"a\tb", 1, nil}, {"", 1, io.EOF}}},
		{"no final newline", "a\nb", 0, []line{{"a", 1, nil}, {"b", 2, nil}, {"", 2, io.EOF}}},
		{"CRLF", "a\r\nb\r\n", 0, []line{{"a", 1, nil}, {"b", 2, nil}, {"", 2, io.EOF}}},
		{"one CR dropped", "a\r\r\n", 0, []line{{"a\r", 1, nil}, {"", 1, io.EOF}}},
		{"inner CR kept", "a\rb\n", 0, []line{{"a\rb", 1, nil}, {"", 1, io.EOF}}},
		{"empty lines", "\n\n", 0, []line{{"", 1, nil}, {"", 2, nil}, {"", 2, io.EOF}}},
		{"long line", big + "\nz\n", 0, []line{{big, 1, nil}, {"z", 2, nil}, {"", 2, io.EOF}}},
		{"long last line", "z\n" + big, 0, []line{{"z", 1, nil}, {big, 2, nil}, {"", 2, io.EOF}}},
		{"at the limit", "abc\r\n", 3, []line{{"abc", 1, nil}, {"", 1, io.EOF}}},
		{"over the limit", "abcd\nz\n", 3, []line{{"", 1, tsv.ErrTooLong}, {"z", 2, nil}, {"", 2, io.EOF}}},
		{"long over the limit", big + "\nz\n", 100_000, []line{{"", 1, tsv.ErrTooLong}, {"z", 2, nil}, {"", 2, io.EOF}}},
		{"long over the limit at the end", "z\n" + big, 100_000, []line{{"z", 1, nil}, {"", 2, tsv.ErrTooLong}, {"", 2, io.EOF}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range []struct {
				name string
				r    io.Reader
			}{
				{"whole", strings.NewReader(tc.input)},
				{"byte by byte", iotest.OneByteReader(strings.NewReader(tc.input))},
			} {
				got := readLines(r.r, tc.limit)
				if !slices.Equal(got, tc.want) {
					t.Errorf("%s: got %.200v, want %.200v", r.name, got, tc.want)
				}
			}
		})
	}
}

func TestLinesReadError(t *testing.T) {
	boom := errors.New("boom")
	l := tsv.NewLines(io.MultiReader(strings.NewReader("a\nb"), iotest.ErrReader(boom)), 0)
	if s, n, err := l.Next(); s != "a" || n != 1 || err != nil {
		t.Fatalf("first line: %q %d %v", s, n, err)
	}
	for range 2 {
		if _, n, err := l.Next(); !errors.Is(err, boom) || n != 2 {
			t.Errorf("Next = line %d, %v; want line 2, boom", n, err)
		}
	}
	if l.Line() != 1 {
		t.Errorf("Line = %d, want 1", l.Line())
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		s     string
		limit int
		want  []string
		n     int
	}{
		{"", 5, []string{""}, 1},
		{"a", 5, []string{"a"}, 1},
		{"a\tb\t", 5, []string{"a", "b", ""}, 3},
		{"\t\t", 5, []string{"", "", ""}, 3},
		{"a\tb\tc\td", 2, []string{"a", "b"}, 4},
		{"a\tb", 2, []string{"a", "b"}, 2},
	}
	buf := make([]string, 0, 1)
	for _, tc := range tests {
		t.Run(tc.s, func(t *testing.T) {
			got, n := tsv.Split(tc.s, buf, tc.limit)
			if !slices.Equal(got, tc.want) || n != tc.n {
				t.Errorf("Split = %q, %d; want %q, %d", got, n, tc.want, tc.n)
			}
		})
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 5, "abc"},
		{"abcdef", 3, "abc"},
		{"ééé", 3, "é"},  // é is two bytes: not cut in half
		{"ééé", 4, "éé"}, // exactly two
		{"日本", 2, ""},    // a three-byte character does not fit
		{"\xff\xff\xff", 2, "\xff\xff"},
	}
	for _, tc := range tests {
		t.Run(tc.s, func(t *testing.T) {
			if got := tsv.Prefix(tc.s, tc.n); got != tc.want {
				t.Errorf("Prefix(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
			}
		})
	}
}

func TestTally(t *testing.T) {
	tests := []struct {
		name  string
		keep  int
		add   int
		kept  int
		first string
	}{
		{"keep none", 0, 3, 0, ""},
		{"keep some", 2, 3, 2, "e0"},
		{"keep all", 5, 3, 3, "e0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tally := tsv.Tally[error]{Skip: true, Keep: tc.keep}
			for i := range tc.add {
				tally.Add(errors.New("e" + string(rune('0'+i))))
			}
			errs := tally.Errors()
			if tally.Skipped() != tc.add || len(errs) != tc.kept {
				t.Fatalf("Skipped %d, kept %d", tally.Skipped(), len(errs))
			}
			if tc.kept > 0 && errs[0].Error() != tc.first {
				t.Errorf("first error %v", errs[0])
			}
			if tc.kept > 0 {
				errs[0] = errors.New("changed")
				if tally.Errors()[0].Error() != tc.first {
					t.Error("Errors returns shared storage")
				}
			}
		})
	}
}

// FuzzLines checks Lines and Split against strings.Split on the whole
// input.
func FuzzLines(f *testing.F) {
	f.Add([]byte("a\tb\nc\r\n\n"), 4)
	f.Add([]byte("x\ty"), 0)
	f.Fuzz(func(t *testing.T, input []byte, limit int) {
		limit = limit%64 + 64 // keep the limit positive and small
		if limit < 1 {
			limit = 1
		}
		text := string(input)
		var want []string
		if text != "" {
			want = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		}
		l := tsv.NewLines(strings.NewReader(text), limit)
		for i := 0; ; i++ {
			s, n, err := l.Next()
			if err == io.EOF {
				if i != len(want) {
					t.Fatalf("%d lines, want %d", i, len(want))
				}
				return
			}
			if i >= len(want) || n != i+1 {
				t.Fatalf("line %d (number %d) beyond the %d expected", i, n, len(want))
			}
			w := strings.TrimSuffix(want[i], "\r")
			if len(w) > limit {
				if !errors.Is(err, tsv.ErrTooLong) {
					t.Fatalf("line %d of %d bytes: err %v", n, len(w), err)
				}
				continue
			}
			if err != nil || s != w {
				t.Fatalf("line %d = %q, %v; want %q", n, s, err, w)
			}
			fields, count := tsv.Split(s, nil, 1000)
			if wf := strings.Split(s, "\t"); !slices.Equal(fields, wf) || count != len(wf) {
				t.Fatalf("Split(%q) = %q", s, fields)
			}
		}
	})
}

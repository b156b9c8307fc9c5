package tsv_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/internal/tsv"
	"github.com/diplo-go/diplo/eventdata/internal/unpack"
)

type line struct {
	s   string
	n   int
	err error
}

func readLines(r io.Reader, maxLine, maxField int) []line {
	l := tsv.NewLines(r, maxLine, maxField)
	var out []line
	for {
		s, n, err := l.Next()
		var tl *tsv.TooLongError
		if errors.As(err, &tl) {
			err = fmt.Errorf("too long %d %d", tl.Field, tl.Limit)
		}
		out = append(out, line{s, n, err})
		if err != nil && err != tsv.ErrNoNewline {
			return out
		}
	}
}

func TestLines(t *testing.T) {
	big := strings.Repeat("x", 200_000) // longer than the bufio buffer
	tooLong := func(field, limit int) error { return fmt.Errorf("too long %d %d", field, limit) }
	eof := io.EOF
	tests := []struct {
		name     string
		input    string
		maxLine  int
		maxField int
		want     []line
	}{
		{"empty", "", 0, 0, []line{{"", 0, eof}}},
		{"one line", "a\tb\n", 0, 0, []line{{"a\tb", 1, nil}, {"", 1, eof}}},
		{"no final newline", "a\nb", 0, 0, []line{{"a", 1, nil}, {"b", 2, tsv.ErrNoNewline}, {"", 2, eof}}},
		{"CRLF", "a\r\nb\r\n", 0, 0, []line{{"a", 1, nil}, {"b", 2, nil}, {"", 2, eof}}},
		{"one CR dropped", "a\r\r\n", 0, 0, []line{{"a\r", 1, nil}, {"", 1, eof}}},
		{"inner CR kept", "a\rb\n", 0, 0, []line{{"a\rb", 1, nil}, {"", 1, eof}}},
		{"blank lines only", "\n\r\n\n", 0, 0, []line{{"", 3, eof}}},
		{"blank lines between", "\na\n\r\n\nb\n\n", 0, 0, []line{{"a", 2, nil}, {"b", 5, nil}, {"", 6, eof}}},
		{"blank last line without newline", "a\n\r", 0, 0, []line{{"a", 1, nil}, {"", 2, eof}}},
		{"two CRs are not blank", "\r\r\na\n", 0, 0, []line{{"\r", 1, nil}, {"a", 2, nil}, {"", 2, eof}}},
		{"byte order mark", "\uFEFFa\n", 0, 0, []line{{"a", 1, nil}, {"", 1, eof}}},
		{"byte order mark on a blank line", "\uFEFF\r\na\n", 0, 0, []line{{"a", 2, nil}, {"", 2, eof}}},
		{"byte order mark later kept", "a\n\uFEFFb\n", 0, 0, []line{{"a", 1, nil}, {"\uFEFFb", 2, nil}, {"", 2, eof}}},
		{"long line", big + "\nz\n", 0, 0, []line{{big, 1, nil}, {"z", 2, nil}, {"", 2, eof}}},
		{"long last line", "z\n" + big, 0, 0, []line{{"z", 1, nil}, {big, 2, tsv.ErrNoNewline}, {"", 2, eof}}},
		{"at the limits", "\uFEFFab\tc\r\n", 4, 2, []line{{"ab\tc", 1, nil}, {"", 1, eof}}},
		{"over the line limit", "a\nabcd\nz\n", 3, 0, []line{{"a", 1, nil}, {"", 2, tooLong(-1, 3)}}},
		{"over the field limit", "a\tbc\td\n", 0, 1, []line{{"", 1, tooLong(1, 1)}}},
		{"long over the line limit", "\n" + big + "\nz\n", 100_000, 0, []line{{"", 2, tooLong(-1, 100_000)}}},
		{"long over the field limit", "a\t" + big + "\nz\n", 0, 100_000, []line{{"", 1, tooLong(1, 100_000)}}},
		{"long fields within the limit", big + "\t" + big + "\n", 0, 200_000, []line{{big + "\t" + big, 1, nil}, {"", 1, eof}}},
		{"long over the limit at the end", "z\n" + big, 100_000, 0, []line{{"z", 1, nil}, {"", 2, tooLong(-1, 100_000)}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, r := range []struct {
				name string
				r    io.Reader
			}{
				{"whole", strings.NewReader(tc.input)},
				{"byte by byte", iotest.OneByteReader(strings.NewReader(tc.input))},
				{"gzip", bytes.NewReader(gzipped(t, tc.input))},
			} {
				got := readLines(r.r, tc.maxLine, tc.maxField)
				assert.Equal(t, show(tc.want), show(got), r.name)
			}
		})
	}
}

// show prints lines with the start of each text.
func show(ls []line) string {
	var b strings.Builder
	for _, l := range ls {
		fmt.Fprintf(&b, "%q (%d bytes) line %d: %v\n", tsv.Prefix(l.s, 20), len(l.s), l.n, l.err)
	}
	return b.String()
}

func gzipped(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write([]byte(s))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// TestLinesStopAtLimit: a line over a limit is read no further than the
// limit, however long it is.
func TestLinesStopAtLimit(t *testing.T) {
	for _, tc := range []struct {
		name              string
		maxLine, maxField int
		input             io.Reader
	}{
		{"line", 1 << 20, 0, io.MultiReader(strings.NewReader("a\n"), repeat('\t'))},
		{"field", 0, 1 << 20, io.MultiReader(strings.NewReader("a\n"), repeat('x'))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &counter{r: tc.input}
			got := readLines(c, tc.maxLine, tc.maxField)
			require.Len(t, got, 2)
			assert.Equal(t, 2, got[1].n)
			assert.Less(t, c.n, int64(1<<20+200<<10), "bytes read")
		})
	}
}

// repeat is an endless reader of one byte.
type repeatReader byte

func repeat(b byte) io.Reader { return repeatReader(b) }

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestLinesReadError(t *testing.T) {
	boom := errors.New("boom")
	l := tsv.NewLines(io.MultiReader(strings.NewReader("a\nb"), iotest.ErrReader(boom)), 0, 0)
	s, n, err := l.Next()
	require.NoError(t, err)
	assert.Equal(t, "a", s)
	assert.Equal(t, 1, n)
	for range 2 {
		_, n, err := l.Next()
		assert.Equal(t, boom, err)
		assert.Equal(t, 2, n)
	}
	assert.Equal(t, 1, l.Line())
}

func TestLinesCorruptGzip(t *testing.T) {
	data := gzipped(t, "a\nb\n")
	l := tsv.NewLines(bytes.NewReader(data[:len(data)-4]), 0, 0)
	var ue *unpack.Error
	for {
		_, _, err := l.Next()
		if err != nil {
			require.ErrorAs(t, err, &ue)
			break
		}
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
	f.Add([]byte("\uFEFF\n\r\na\tb\n\n"), 3)
	f.Add([]byte("\xef\xbb"), 3)
	f.Fuzz(func(t *testing.T, input []byte, limit int) {
		limit = limit%64 + 64 // keep the limit positive and small
		if limit < 1 {
			limit = 1
		}
		fieldLimit := limit/2 + 1
		text := strings.TrimPrefix(string(input), "\uFEFF")
		if len(input) >= 2 && input[0] == 0x1f && input[1] == 0x8b || bytes.HasPrefix(input, []byte("PK\x03\x04")) || bytes.HasPrefix(input, []byte("PK\x05\x06")) {
			return // compressed: another test's matter
		}
		var want []string
		if text != "" {
			want = strings.Split(text, "\n")
		}
		l := tsv.NewLines(strings.NewReader(string(input)), limit, fieldLimit)
		for i := 0; ; i++ {
			if i >= len(want) {
				_, _, err := l.Next()
				require.Equal(t, io.EOF, err)
				return
			}
			last := i == len(want)-1
			w := strings.TrimSuffix(want[i], "\r")
			if w == "" {
				continue // blank: passed over
			}
			s, n, err := l.Next()
			require.Equal(t, i+1, n, "line number")
			var tl *tsv.TooLongError
			if len(w) > limit || slices.ContainsFunc(strings.Split(w, "\t"), func(f string) bool { return len(f) > fieldLimit }) {
				require.ErrorAs(t, err, &tl)
				return
			}
			if last {
				require.Equal(t, tsv.ErrNoNewline, err)
			} else {
				require.NoError(t, err)
			}
			require.Equal(t, w, s)
			fields, count := tsv.Split(s, nil, 1000)
			wf := strings.Split(s, "\t")
			require.Equal(t, wf, fields)
			require.Equal(t, len(wf), count)
		}
	})
}

// readLinesBytes is readLines through NextBytes, copying each line as it
// comes.
func readLinesBytes(r io.Reader, maxLine, maxField int) []line {
	l := tsv.NewLines(r, maxLine, maxField)
	var out []line
	for {
		b, n, err := l.NextBytes()
		var tl *tsv.TooLongError
		if errors.As(err, &tl) {
			err = fmt.Errorf("too long %d %d", tl.Field, tl.Limit)
		}
		out = append(out, line{string(b), n, err})
		if err != nil && err != tsv.ErrNoNewline {
			return out
		}
	}
}

// TestNextBytes checks that NextBytes gives the lines Next gives, with
// their numbers and errors, on short and long lines, blank ones, a last
// line without its end and lines over the limits; and that it reads the
// lines that fit in its buffer without allocating.
func TestNextBytes(t *testing.T) {
	big := strings.Repeat("x", 200_000)
	for _, tc := range []struct {
		input             string
		maxLine, maxField int
	}{
		{"", 0, 0}, {"a\tb\n", 0, 0}, {"a\nb", 0, 0}, {"a\r\nb\r\n", 0, 0},
		{"\uFEFF\r\na\n\n\r\nb\n", 0, 0}, {big + "\nz\n" + big, 0, 0},
		{"a\nabcd\nz\n", 3, 0}, {"a\tbc\td\n", 0, 1}, {"z\n" + big, 100_000, 0},
	} {
		want := readLines(strings.NewReader(tc.input), tc.maxLine, tc.maxField)
		got := readLinesBytes(strings.NewReader(tc.input), tc.maxLine, tc.maxField)
		assert.Equal(t, show(want), show(got), "%.40q", tc.input)
	}
	data := []byte(strings.Repeat("a\tbb\tccc\n", 1000))
	var in bytes.Reader
	allocs := testing.AllocsPerRun(5, func() {
		in.Reset(data)
		l := tsv.NewLines(&in, 0, 0)
		for {
			if _, _, err := l.NextBytes(); err != nil {
				break
			}
		}
	})
	// The Lines and its buffer: a handful for 1,000 lines.
	assert.Less(t, allocs, 10.0)
}

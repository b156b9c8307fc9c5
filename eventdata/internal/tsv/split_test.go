package tsv_test

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/internal/tsv"
	"github.com/diplo-go/diplo/internal/scaling"
)

// splitIndex is Split as strings.Split would cut: the reference FuzzSplit
// checks Split against.
func splitIndex(s string, limit int) ([]string, int) {
	all := strings.Split(s, "\t")
	return all[:min(len(all), limit)], len(all)
}

// FuzzSplit checks Split against strings.Split for every limit up to
// past the number of fields.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "a", "a\tb\t", "\t\t", "a\tb\tc\td", "éé\t\t\tx",
		"0123456\t\b\b\t\x01\tx\b\b\b\b\b\t\b\x89\t\t\t\t\t\t\t\t\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		buf := make([]string, 0, 4)
		for limit := 0; limit <= strings.Count(s, "\t")+2; limit++ {
			got, n := tsv.Split(s, buf, limit)
			want, wantN := splitIndex(s, limit)
			if !slices.Equal(got, want) || n != wantN {
				t.Fatalf("Split(%q, %d) = %q, %d; want %q, %d", s, limit, got, n, want, wantN)
			}
		}
	})
}

// BenchmarkSplit cuts the lines of the GDELT sample (2,111 rows of 61
// fields) into their fields.
func BenchmarkSplit(b *testing.B) {
	data, err := os.ReadFile("../../gdelt/testdata/sample-A.tsv")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var row [61]string
	scaling.RowsLoop(b, len(lines), func() {
		for _, l := range lines {
			if _, n := tsv.Split(l, row[:0], len(row)); n != len(row) {
				b.Fatalf("%d fields", n)
			}
		}
	})
}

// cutStrings returns the fields Cut finds in s, at most limit of them,
// with the count and the ASCII flag it returns.
func cutStrings(s string, limit int) ([]string, int, bool) {
	ends := make([]int, limit)
	n, ascii := tsv.Cut([]byte(s), ends)
	var fields []string
	start := 0
	for i := 0; i < min(n, limit); i++ {
		fields = append(fields, s[start:ends[i]])
		start = ends[i] + 1
	}
	return fields, n, ascii
}

// isASCII is the reference of Cut's ASCII flag.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestCut checks Cut on the edges of its words: tabs and bytes next to a
// tab's value (0x08, 0x0a, 0x89) at every place of a word, lines shorter
// and longer than a word, and more fields than room.
func TestCut(t *testing.T) {
	for _, tc := range []struct {
		s     string
		limit int
	}{
		{"", 3}, {"a", 3}, {"\t", 3}, {"a\tb\t", 5}, {"\t\t\t\t\t\t\t\t\t", 12},
		{"0123456\t\b\b\t\x01\tx\b\b\b\b\b\t\b\x89\t\t\t\t\t\t\t\t\t", 30},
		{"\x08\x0a\x89\x09\x08\x0a\x89\x09\x08\x0a\x89\x09", 10},
		{"a\tb\tc\td\te\tf\tg\th\ti", 3},
		{"é\tx", 4}, {"abcdefg\xff\tx", 4}, {"abcdefgh\t\x80", 4},
	} {
		got, n, ascii := cutStrings(tc.s, tc.limit)
		want, wantN := splitIndex(tc.s, tc.limit)
		if len(want) == 0 {
			want = nil
		}
		assert.Equal(t, want, got, "%q", tc.s)
		assert.Equal(t, wantN, n, "%q", tc.s)
		assert.Equal(t, isASCII(tc.s), ascii, "%q", tc.s)
	}
}

// FuzzCut checks Cut against strings.Split for every limit up to past
// the number of fields, and its ASCII flag byte by byte.
func FuzzCut(f *testing.F) {
	for _, s := range []string{"", "a", "a\tb\t", "\t\t", "a\tb\tc\td", "éé\t\t\tx",
		"0123456\t\b\b\t\x01\tx\b\b\b\b\b\t\b\x89\t\t\t\t\t\t\t\t\t",
		// Blocks of sixteen bytes with none, four, five and sixteen
		// tabs, then a word and bytes past the last block.
		"0123456789abcdef\ta\tb\tc\td\t01234567\t\t\t\t\t0123456\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t0123456789\tx",
		strings.Repeat("\t", 40) + strings.Repeat("a\t\t", 20),
		// Blocks of thirty-two bytes with one, five and thirty-two
		// tabs, and rows of 61 fields as GDELT's, past the room for a
		// block of thirty-two.
		strings.Repeat("0123456789abcde\t", 2) + strings.Repeat("a\tb\t", 8) + strings.Repeat("\t", 32) + "x",
		strings.Repeat("12\t", 60) + "z", strings.Repeat("1234567\t", 60) + "z",
		// Blocks of sixty-four bytes with none, one, nine and
		// sixty-four tabs, and a GDELT row's shape: short fields, then
		// a long one.
		strings.Repeat("0123456789abcdef", 4) + strings.Repeat("0123456789abcde\t", 4) + "a\tb\tc\td\te" +
			strings.Repeat("x", 59) + strings.Repeat("\t", 64) + "x",
		"20181024\t201810\t2018\t2018.8055" + strings.Repeat("\t", 12) + "AUS\tVICTORIA" + strings.Repeat("\t1.5", 40) +
			"\t20191024143000\thttps://www.example.com/entertainment/jeremy-dutcher-brings-ancestors-songs-to-life-1.23985964"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Every limit up to past the fields, and then room for a
		// block of sixty-four places past them and more.
		fields := strings.Count(s, "\t") + 1
		limits := []int{fields + 63, fields + 64, fields + 65, fields + 130}
		for limit := 0; limit <= fields+1; limit++ {
			limits = append(limits, limit)
		}
		for _, limit := range limits {
			got, n, ascii := cutStrings(s, limit)
			want, wantN := splitIndex(s, limit)
			if len(want) == 0 {
				want = nil
			}
			if !slices.Equal(got, want) || n != wantN || ascii != isASCII(s) {
				t.Fatalf("Cut(%q, %d) = %q, %d, %v; want %q, %d, %v", s, limit, got, n, ascii, want, wantN, isASCII(s))
			}
		}
	})
}

// BenchmarkCut finds the fields of the lines of the GDELT sample (2,111
// rows of 61 fields), as BenchmarkSplit cuts them.
func BenchmarkCut(b *testing.B) {
	data, err := os.ReadFile("../../gdelt/testdata/sample-A.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var lines [][]byte
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		lines = append(lines, []byte(l))
	}
	var ends [61]int
	scaling.RowsLoop(b, len(lines), func() {
		for _, l := range lines {
			if n, _ := tsv.Cut(l, ends[:]); n != len(ends) {
				b.Fatalf("%d fields", n)
			}
		}
	})
}

// cutWords is Cut as it was before it read sixteen bytes at a time: the
// tabs of each word of eight bytes found one by one. TestCutWords checks
// Cut against it.
func cutWords(b []byte, ends []int) (n int, ascii bool) {
	var high uint64
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		high |= w
		x := w ^ 0x0909090909090909
		for m := ^((x&0x7f7f7f7f7f7f7f7f + 0x7f7f7f7f7f7f7f7f) | x | 0x7f7f7f7f7f7f7f7f); m != 0; m &= m - 1 {
			if n < len(ends) {
				ends[n] = i + bits.TrailingZeros64(m)>>3
			}
			n++
		}
	}
	for ; i < len(b); i++ {
		high |= uint64(b[i])
		if b[i] == '\t' {
			if n < len(ends) {
				ends[n] = i
			}
			n++
		}
	}
	if n < len(ends) {
		ends[n] = len(b)
	}
	return n + 1, high&0x8080808080808080 == 0
}

// TestCutWords checks Cut against cutWords on 20,000 random lines of up
// to 300 bytes made of tabs and bytes next to a tab's value, with room
// for no fields up to more than the line holds: runs of tabs longer than
// four in a block of sixteen bytes, blocks near the end of the room and
// the bytes past the last block.
func TestCutWords(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("\t\t\t\ta\x08\x0a\x89\x80\x7f\x01")
	for range 20000 {
		b := make([]byte, rnd.IntN(301))
		tabs := rnd.IntN(len(alphabet))
		for j := range b {
			if rnd.IntN(8) < tabs%8 {
				b[j] = '\t'
			} else {
				b[j] = alphabet[rnd.IntN(len(alphabet))]
			}
		}
		fields := bytes.Count(b, []byte{'\t'}) + 1
		for _, room := range []int{0, 1, fields / 2, fields - 1, fields, fields + 1, fields + 20, fields + 32, fields + 64, fields + 100} {
			got, want := make([]int, room), make([]int, room)
			n, ascii := tsv.Cut(b, got)
			wantN, wantASCII := cutWords(b, want)
			require.Equal(t, wantN, n, "%q", b)
			require.Equal(t, wantASCII, ascii, "%q", b)
			// Only the places of the fields found have a meaning.
			k := min(n, room)
			require.Equal(t, want[:k], got[:k], "%q, room %d", b, room)
		}
	}
}

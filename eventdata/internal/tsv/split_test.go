package tsv_test

import (
	"os"
	"slices"
	"strings"
	"testing"

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

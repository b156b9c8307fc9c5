package gdelt

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestPlaceOfColumns checks the places the parser gives the columns of a
// row against where the row's tabs put them: for GDELT 2.0 rows, read
// from the ends of the fields as they are, and for GDELT 1.0 rows (58
// and 57 columns), mapped to their GDELT 2.0 places with the columns they
// lack empty (at the start of the line, where the parser put them). The
// rows are 3,000 random rows of empty fields, digits,
// letters and points, read with Read and with ReadRecord.
func TestPlaceOfColumns(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	const chars = "0123456789.-abcXYZ"
	for k := range 3000 {
		v := []Version{Version2, Version1, Version1Backfile}[k%3]
		fields := make([]string, v.NumColumns())
		for i := range fields {
			if rnd.IntN(3) == 0 {
				continue // empty
			}
			b := make([]byte, 1+rnd.IntN(24))
			for j := range b {
				b[j] = chars[rnd.IntN(len(chars))]
			}
			fields[i] = string(b)
		}
		// The GDELT 2.0 column of each field, and the fields of a
		// column a row lacks, empty.
		want := make([]string, NumColumns)
		for i, f := range fields {
			c := Column(i)
			if v != Version2 {
				c = v1Columns[i]
			}
			want[c] = f
		}
		line := strings.Join(fields, "\t") + "\n"
		for _, record := range []bool{false, true} {
			rd := NewReader(strings.NewReader(line), ReaderOptions{})
			if record {
				_, _ = rd.ReadRecord()
			} else {
				_, _ = rd.Read()
			}
			p := &rd.p
			require.Equal(t, v, p.version, "%q", line)
			for c := range Column(NumColumns) {
				lo, hi := p.place(c)
				require.Equal(t, want[c], line[lo:hi], "column %d of %q", c, line)
			}
		}
	}
}

package gdelt

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPlainInts checks plainInts against plainInt column by column on
// the runs of integer columns it is given (MonthYear and Year;
// NumMentions to NumArticles), in 6,000 random rows of every version
// whose fields are empty or strings of 1 to 20 bytes of digits, signs,
// a tab's near neighbours and letters: runs of up to past 18 bytes,
// and fields past 18 bytes.
func TestPlainInts(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	const chars = "0123456789000000-+/:\x08\x0bx"
	for k := range 6000 {
		v := []Version{Version2, Version1, Version1Backfile}[k%3]
		fields := make([]string, v.NumColumns())
		for i := range fields {
			if rnd.IntN(4) == 0 {
				continue // empty
			}
			b := make([]byte, 1+rnd.IntN(20))
			for j := range b {
				b[j] = chars[rnd.IntN(len(chars))]
				if rnd.IntN(3) > 0 {
					b[j] = '0' + byte(rnd.IntN(10))
				}
			}
			fields[i] = string(b)
		}
		line := strings.Join(fields, "\t") + "\n"
		rd := NewReader(strings.NewReader(line), ReaderOptions{})
		_, _ = rd.Read()
		p := &rd.p
		require.Equal(t, v, p.version, "%q", line)
		p.b = []byte(strings.TrimSuffix(line, "\n"))
		for _, run := range [][2]Column{{ColMonthYear, ColYear}, {ColNumMentions, ColNumArticles}, {ColQuadClass, ColQuadClass}} {
			want := true
			for c := run[0]; c <= run[1]; c++ {
				want = want && p.plainInt(c)
			}
			assert.Equal(t, want, p.plainInts(run[0], run[1]), "columns %v to %v of %q", run[0], run[1], line)
		}
	}
}

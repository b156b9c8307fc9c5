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

// TestPlainGeo checks plainGeo, which finds the columns of a GDELT 2.0
// row's place from the ends of its fields at once, against its rule
// column by column: a type plainInt takes, and latitude and longitude
// both empty or both taken by plainCoord. The rows are 6,000 random rows
// of every version whose fields are empty, or types, latitudes and
// longitudes of one to twenty digits, points, signs and letters, often
// as GDELT writes them.
func TestPlainGeo(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	const chars = "0123456789000000.-+x"
	field := func() string {
		switch rnd.IntN(6) {
		case 0:
			return ""
		case 1:
			return []string{"1", "4", "0", "9", "-1", "12", "+3"}[rnd.IntN(7)]
		case 2:
			return []string{"49.25", "-123.133", "90", "-90.0", "180.000", "180.1", "90.0001", "53.9", "27.5667", "."}[rnd.IntN(10)]
		}
		b := make([]byte, 1+rnd.IntN(20))
		for j := range b {
			b[j] = chars[rnd.IntN(len(chars))]
		}
		return string(b)
	}
	for k := range 6000 {
		v := []Version{Version2, Version1, Version1Backfile}[k%3]
		fields := make([]string, v.NumColumns())
		for i := range fields {
			fields[i] = field()
		}
		line := strings.Join(fields, "\t") + "\n"
		rd := NewReader(strings.NewReader(line), ReaderOptions{})
		_, _ = rd.Read()
		p := &rd.p
		require.Equal(t, v, p.version, "%q", line)
		p.b = []byte(strings.TrimSuffix(line, "\n"))
		for _, c := range []Column{ColActor1GeoType, ColActor2GeoType, ColActionGeoType} {
			lat, long := p.field(c+5), p.field(c+6)
			want := p.plainInt(c) && (len(lat) == 0 && len(long) == 0 || plainCoord(lat, 90) && plainCoord(long, 180))
			assert.Equal(t, want, p.plainGeo(c), "place from column %v of %q", c, line)
		}
	}
}

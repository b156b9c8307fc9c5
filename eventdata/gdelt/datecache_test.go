package gdelt_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReaderDates checks that a Reader, which reuses the time of a row's
// date text met on the row before, reads every row's dates as a Reader of
// that row alone does, with the sample's rows in a shuffled order and
// with their DATEADDED changed on some.
func TestReaderDates(t *testing.T) {
	lines := strings.SplitAfter(strings.TrimSuffix(string(readSample(t)), "\n"), "\n")
	lines[len(lines)-1] += "\n"
	r := rand.New(rand.NewPCG(5, 6))
	r.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	for i, l := range lines {
		if i%3 == 0 {
			f := strings.Split(l, "\t")
			f[59] = f[59][:8] + "23595" + string('0'+rune(i%10))
			f[1] = f[1][:6] + "1" + string('0'+rune(i%9))
			lines[i] = strings.Join(f, "\t")
		}
	}
	all := readAll(t, []byte(strings.Join(lines, "")))
	require.Len(t, all, len(lines))
	for i, l := range lines {
		alone := readAll(t, []byte(l))
		require.Len(t, alone, 1)
		assert.True(t, alone[0].Day.Equal(all[i].Day) && alone[0].Day == all[i].Day, "line %d: %v, want %v", i, all[i].Day, alone[0].Day)
		assert.Equal(t, alone[0].DateAdded, all[i].DateAdded, "line %d", i)
	}
}

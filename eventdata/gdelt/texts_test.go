package gdelt_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// TestReadKeepsTexts checks that the events a Reader returned keep their
// texts while it reads on: the sample's rows, with rows whose texts are
// longer than a block of the Reader's copies and longer than its 64 KiB
// buffer among them, read in one go and kept, equal each row read alone.
func TestReadKeepsTexts(t *testing.T) {
	lines := strings.SplitAfter(strings.TrimSuffix(string(readSample(t)), "\n"), "\n")
	lines[len(lines)-1] += "\n"
	for i, n := range map[int]int{7: 3000, 500: 9000, 1200: 100_000} {
		f := strings.Split(lines[i], "\t")
		f[gdelt.ColActor1Name] = strings.Repeat("N", n)
		lines[i] = strings.Join(f, "\t")
	}
	all := readAll(t, []byte(strings.Join(lines, "")))
	require.Len(t, all, len(lines))
	for i, l := range lines {
		alone := readAll(t, []byte(l))
		require.Len(t, alone, 1)
		assert.Equal(t, alone[0], all[i], "line %d", i+1)
	}
}

// TestReadAllocs checks that reading a row allocates nothing of its own:
// the texts of rows share blocks, and the dates met before are reused.
// (Before, each row allocated the copy of its line.)
func TestReadAllocs(t *testing.T) {
	lines := strings.SplitAfter(string(readSample(t)), "\n")
	data := []byte(strings.Repeat(lines[1], 1000))
	var in bytes.Reader
	r := gdelt.NewReader(&in, gdelt.ReaderOptions{})
	allocs := testing.AllocsPerRun(5, func() {
		in.Reset(data)
		r = gdelt.NewReader(&in, gdelt.ReaderOptions{})
		for {
			if _, err := r.Read(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatal(err)
			}
		}
	})
	// The Reader and its buffers, and one block of 8 KiB for about 20
	// rows: some 60 allocations for 1,000 rows.
	assert.Less(t, allocs, 200.0, "allocations for 1,000 rows")
}

package gdelt_test

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// TestReaderOptions checks that the zero ReaderOptions give the
// documented defaults (version told by the first row, stop at the first
// bad row, diplo's default limits) and that each field takes effect.
func TestReaderOptions(t *testing.T) {
	good := sampleLine(t, 1)
	bad := good + "\n" + "not a row\n" + good + "\n"
	long := good + "\n" + withColumn(good, gdelt.ColActor2Name, strings.Repeat("a", 2000)) + "\n"
	atDefault := withColumn(good, gdelt.ColActor2Name, strings.Repeat("a", diplo.DefaultMaxString)) + "\n"
	overDefault := withColumn(good, gdelt.ColActor2Name, strings.Repeat("a", diplo.DefaultMaxString+1)) + "\n"
	tests := []struct {
		name    string
		input   string
		o       gdelt.ReaderOptions
		rows    int   // read before the end or the error
		err     error // ends the reading; nil for io.EOF
		version gdelt.Version
		skipped int
		kept    int
	}{
		{"zero: version of the first row, stop at a bad row", bad, gdelt.ReaderOptions{}, 1, gdelt.ErrColumnCount, gdelt.Version2, 0, 0},
		{"zero: a field of DefaultMaxString is read", atDefault, gdelt.ReaderOptions{}, 1, nil, gdelt.Version2, 0, 0},
		{"zero: a field over DefaultMaxString is not", overDefault, gdelt.ReaderOptions{}, 0, gdelt.ErrFieldTooLong, 0, 0, 0},
		{"zero: a field of 2000 bytes is read", long, gdelt.ReaderOptions{}, 2, nil, gdelt.Version2, 0, 0},
		{"Version fixed", bad, gdelt.ReaderOptions{Version: gdelt.Version1}, 0, gdelt.ErrColumnCount, gdelt.Version1, 0, 0},
		{"SkipBadRows", bad, gdelt.ReaderOptions{SkipBadRows: true}, 2, nil, gdelt.Version2, 1, 0},
		{"SkipBadRows and KeepErrors", bad, gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 1}, 2, nil, gdelt.Version2, 1, 1},
		{"KeepErrors without SkipBadRows", bad, gdelt.ReaderOptions{KeepErrors: 1}, 1, gdelt.ErrColumnCount, gdelt.Version2, 0, 0},
		{"Limits", long, gdelt.ReaderOptions{Limits: diplo.Limits{MaxString: 1000}}, 1, gdelt.ErrFieldTooLong, gdelt.Version2, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := gdelt.NewReader(strings.NewReader(tc.input), tc.o)
			rows := 0
			var err error
			for {
				if _, err = r.Read(); err != nil {
					break
				}
				rows++
			}
			assert.Equal(t, tc.rows, rows)
			if tc.err == nil {
				assert.Equal(t, io.EOF, err)
			} else {
				require.ErrorIs(t, err, tc.err)
				_, again := r.Read()
				assert.Equal(t, err, again, "the error ends the reading")
			}
			assert.Equal(t, tc.version, r.Version())
			assert.Equal(t, tc.skipped, r.Skipped())
			assert.Len(t, r.Errors(), tc.kept)
		})
	}
}

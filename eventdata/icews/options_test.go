package icews_test

import (
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/icews"
)

// TestReaderOptions checks that the zero ReaderOptions give the
// documented defaults (stop at the first bad row, diplo's default
// limits) and that each field takes effect.
func TestReaderOptions(t *testing.T) {
	header, good := sampleLines(t)
	bad := header + "\n" + good + "\n" + "not a row\n" + good + "\n"
	long := header + "\n" + good + "\n" + withColumn(good, 5, strings.Repeat("x", 2000)) + "\n"
	atDefault := header + "\n" + withColumn(good, 5, strings.Repeat("x", diplo.DefaultMaxString)) + "\n"
	overDefault := header + "\n" + withColumn(good, 5, strings.Repeat("x", diplo.DefaultMaxString+1)) + "\n"
	tests := []struct {
		name    string
		input   string
		o       icews.ReaderOptions
		rows    int   // read before the end or the error
		err     error // ends the reading; nil for io.EOF
		skipped int
		kept    int
	}{
		{"zero: stop at a bad row", bad, icews.ReaderOptions{}, 1, icews.ErrColumnCount, 0, 0},
		{"zero: a field of DefaultMaxString is read", atDefault, icews.ReaderOptions{}, 1, nil, 0, 0},
		{"zero: a field over DefaultMaxString is not", overDefault, icews.ReaderOptions{}, 0, icews.ErrFieldTooLong, 0, 0},
		{"zero: a field of 2000 bytes is read", long, icews.ReaderOptions{}, 2, nil, 0, 0},
		{"SkipBadRows", bad, icews.ReaderOptions{SkipBadRows: true}, 2, nil, 1, 0},
		{"SkipBadRows and KeepErrors", bad, icews.ReaderOptions{SkipBadRows: true, KeepErrors: 1}, 2, nil, 1, 1},
		{"KeepErrors without SkipBadRows", bad, icews.ReaderOptions{KeepErrors: 1}, 1, icews.ErrColumnCount, 0, 0},
		{"Limits", long, icews.ReaderOptions{Limits: diplo.Limits{MaxString: 1000}}, 1, icews.ErrFieldTooLong, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := icews.NewReader(strings.NewReader(tc.input), tc.o)
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
			}
			assert.Equal(t, tc.skipped, r.Skipped())
			assert.Len(t, r.Errors(), tc.kept)
		})
	}
}

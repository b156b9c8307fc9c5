package gdelt_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

// FuzzReader reads any input, plain or compressed. It must never panic;
// every error must be a *ParseError with a line; every row read must
// write back as a row that reads back equal.
func FuzzReader(f *testing.F) {
	data, err := readSampleBytes()
	require.NoError(f, err)
	lines := strings.SplitAfter(string(data), "\n")
	f.Add([]byte(lines[0]))
	f.Add([]byte(lines[552] + lines[1304]))
	f.Add([]byte(withColumn(strings.TrimSuffix(lines[0], "\n"), gdelt.ColAvgTone, "") + "\r\n"))
	f.Add([]byte("1\t20191324\n"))
	f.Add([]byte("\n\n"))
	// Byte order mark, blank lines, cut rows.
	f.Add([]byte("\uFEFF" + lines[0]))
	f.Add([]byte("\uFEFF\r\n\n" + lines[0] + "\n\r\n" + lines[1] + "\n"))
	f.Add([]byte(lines[0] + lines[1][:len(lines[1])-10]))
	f.Add([]byte(lines[0] + lines[1][:strings.LastIndexByte(lines[1], '\t')]))
	f.Add([]byte(lines[0][:strings.LastIndexByte(lines[0], '\t')+1]))
	// Compressed.
	f.Add(gzipBytes(f, []byte(lines[0]+lines[1])))
	f.Add(zipBytes(f, []byte(lines[0]+lines[1]), false))
	f.Add(zipBytes(f, []byte(lines[0]), true))
	f.Fuzz(func(t *testing.T, input []byte) {
		r := gdelt.NewReader(bytes.NewReader(input), gdelt.ReaderOptions{Limits: diplo.Limits{MaxBytes: 1 << 16, MaxString: 1 << 12}})
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *gdelt.ParseError
				require.ErrorAs(t, err, &pe)
				require.True(t, pe.Line >= 1 && len(pe.Value) <= 64 && strings.HasPrefix(err.Error(), "gdelt: line "), "bad error %v", err)
				return
			}
			var out bytes.Buffer
			w := gdelt.NewWriter(&out)
			require.NoError(t, w.Write(e), "row read but not written:\n%+v", e)
			require.NoError(t, w.Flush())
			back, err := gdelt.NewReader(&out, gdelt.ReaderOptions{}).Read()
			require.NoError(t, err, "written row not read:\n%q", out.String())
			e.Version = gdelt.Version2
			require.Equal(t, e, back, "read back differs")
			_ = e.Record()
		}
	})
}

package icews_test

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/icews"
)

// format writes an event back as an ICEWS row, NA for what is missing. It
// is the inverse of reading, for the fuzz test.
func format(e icews.Event) string {
	text := func(s string) string {
		if s == "" {
			return "NA"
		}
		return s
	}
	list := func(l []string) string {
		if l == nil {
			return "NA"
		}
		return strings.Join(l, ",")
	}
	num := func(f float64, ok bool) string {
		if !ok {
			return "NA"
		}
		return strconv.FormatFloat(f, 'g', -1, 64)
	}
	return strings.Join([]string{
		strconv.FormatInt(e.EventID, 10), e.Date.Format(time.DateOnly),
		text(e.Source.Name), list(e.Source.Sectors), text(e.Source.Country),
		text(e.EventText), e.CAMEOCode, num(e.Intensity, e.HasIntensity),
		text(e.Target.Name), list(e.Target.Sectors), text(e.Target.Country),
		strconv.FormatInt(e.StoryID, 10), strconv.Itoa(e.SentenceNumber),
		text(e.Publisher), text(e.City), text(e.District), text(e.Province), text(e.Country),
		num(e.Latitude, e.HasCoords), num(e.Longitude, e.HasCoords),
	}, "\t")
}

// FuzzReader reads any input after a valid header. It must never panic;
// every error must be a *ParseError with a line; every row read must print
// back as a row that reads back equal, with no "NA" left as text.
func FuzzReader(f *testing.F) {
	data, err := readSampleBytes()
	require.NoError(f, err)
	lines := strings.SplitAfter(string(data), "\n")
	header := lines[0]
	f.Add([]byte(lines[1]))
	f.Add([]byte(lines[3] + lines[356]))
	f.Add([]byte("1\t2018-06-01\tNA\tNA\tNA\tNA\t040\tNA\tNA\tNA\tNA\t1\t1\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n"))
	f.Add([]byte("1\t2018-02-30\n"))
	// Blank lines, cut rows, a byte order mark after the header.
	f.Add([]byte("\n\r\n" + lines[1] + "\r\n\n" + lines[2]))
	f.Add([]byte(lines[1][:len(lines[1])-4]))
	f.Add([]byte(lines[1][:strings.LastIndexByte(lines[1], '\t')]))
	f.Add([]byte("\uFEFF" + lines[1]))
	f.Fuzz(func(t *testing.T, input []byte) {
		r := icews.NewReader(strings.NewReader(header+string(input)), icews.ReaderOptions{Limits: diplo.Limits{MaxBytes: 1 << 16, MaxString: 1 << 12}})
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *icews.ParseError
				require.ErrorAs(t, err, &pe)
				require.True(t, pe.Line >= 2 && len(pe.Value) <= 64 && strings.HasPrefix(err.Error(), "icews: line "), "bad error %v", err)
				return
			}
			row := format(e)
			back, err := icews.NewReader(strings.NewReader(header+row+"\n"), icews.ReaderOptions{}).Read()
			require.NoError(t, err, "printed row not read:\n%q", row)
			require.Equal(t, e, back, "read back differs")
			rec := e.Record()
			require.NotEmpty(t, rec.ID, "record %+v", rec)
			require.Equal(t, e.CAMEOCode, rec.CAMEO, "record %+v", rec)
		}
	})
}

func TestFormatSample(t *testing.T) {
	// format is the test's own inverse of reading: on the sample it gives
	// back each line as it is, except five latitudes that R wrote with 17
	// digits (27.971800000000002), which format writes in the shortest
	// form that reads back the same (27.9718).
	data := readSample(t)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var differ []int
	for i, e := range readAll(t, data) {
		if got := format(e); got != lines[i+1] {
			differ = append(differ, i+2)
			g, w := strings.Split(got, "\t"), strings.Split(lines[i+1], "\t")
			for j := range w {
				if g[j] == w[j] {
					continue
				}
				x, errx := strconv.ParseFloat(g[j], 64)
				y, erry := strconv.ParseFloat(w[j], 64)
				sameNumber := j == 18 && errx == nil && erry == nil && x == y
				assert.True(t, sameNumber, "line %d, column %d: got %q, want %q", i+2, j+1, g[j], w[j])
			}
		}
	}
	assert.Equal(t, []int{2351, 3591, 3599, 3650, 3651}, differ, "lines that print differently")
}

// FuzzCompressedReader reads any input as a whole file, plain or
// compressed, from seeds that are gzip and zip files of the sample's
// lines. It must never panic, and every error must be a *ParseError with a
// line.
func FuzzCompressedReader(f *testing.F) {
	data, err := readSampleBytes()
	require.NoError(f, err)
	lines := strings.SplitAfter(string(data), "\n")
	head := []byte(lines[0] + lines[1] + lines[2])
	f.Add(head)
	f.Add(gzipBytes(f, head))
	f.Add(gzipBytes(f, append([]byte("\uFEFF"), head...)))
	f.Add(zipBytes(f, head))
	f.Add(zipBytes(f, head[:len(head)-5]))
	f.Fuzz(func(t *testing.T, input []byte) {
		r := icews.NewReader(bytes.NewReader(input), icews.ReaderOptions{SkipBadRows: true, KeepErrors: 2, Limits: diplo.Limits{MaxBytes: 1 << 16, MaxString: 1 << 12}})
		for {
			_, err := r.Read()
			if err == io.EOF {
				return
			}
			if err != nil {
				var pe *icews.ParseError
				require.ErrorAs(t, err, &pe)
				require.True(t, pe.Line >= 1 && len(pe.Value) <= 64 && strings.HasPrefix(err.Error(), "icews: line "), "bad error %v", err)
				return
			}
		}
	})
}

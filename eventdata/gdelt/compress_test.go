package gdelt_test

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"hash/crc32"
	"io"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo"
	"github.com/diplo-go/diplo/eventdata/gdelt"
)

func gzipBytes(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// zipBytes zips data as archive/zip writes it (deflated, sizes in a data
// descriptor), or stored with its sizes in the local header.
func zipBytes(t testing.TB, data []byte, stored bool, more ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	var fw io.Writer
	var err error
	if stored {
		fw, err = w.CreateRaw(&zip.FileHeader{Name: "20191024143000.export.CSV", Method: zip.Store,
			CRC32: crc32.ChecksumIEEE(data), CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data))})
	} else {
		fw, err = w.Create("20191024143000.export.CSV")
	}
	require.NoError(t, err)
	_, err = fw.Write(data)
	require.NoError(t, err)
	for _, name := range more {
		_, err = w.Create(name)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.Bytes()
}

// TestCompressedSample reads the sample from a .zip and a .gz, told by
// their bytes, to the same rows as the plain file.
func TestCompressedSample(t *testing.T) {
	data := readSample(t)
	want := readAll(t, data)
	v58 := toVersion1(t, data, 58)
	want58 := readAll(t, v58)
	tests := []struct {
		name  string
		input []byte
		want  []gdelt.Event
	}{
		{"gzip", gzipBytes(t, data), want},
		{"zip", zipBytes(t, data, false), want},
		{"zip stored", zipBytes(t, data, true), want},
		{"zip with a directory after the file", zipBytes(t, data, false, "notes/"), want},
		{"gzip with a byte order mark and CRLF", gzipBytes(t, append([]byte("\uFEFF"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)), want},
		{"gzip of a GDELT 1.0 daily file", gzipBytes(t, v58), want58},
		{"zip of a GDELT 1.0 daily file", zipBytes(t, v58, false), want58},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, readAll(t, tc.input))
			// Read through a reader that gives one byte at a time.
			r := gdelt.NewReader(iotest.OneByteReader(bytes.NewReader(tc.input)), gdelt.ReaderOptions{})
			for i := range tc.want {
				e, err := r.Read()
				require.NoError(t, err)
				require.Equal(t, tc.want[i], e)
			}
			_, err := r.Read()
			assert.Equal(t, io.EOF, err)
		})
	}
}

func TestCompressedErrors(t *testing.T) {
	data := readSample(t)
	gz := gzipBytes(t, data)
	zp := zipBytes(t, data, false)
	var twoFiles bytes.Buffer
	w := zip.NewWriter(&twoFiles)
	for _, name := range []string{"a.CSV", "b.CSV"} {
		fw, err := w.Create(name)
		require.NoError(t, err)
		_, err = fw.Write(data[:bytes.IndexByte(data, '\n')+1])
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	tests := []struct {
		name    string
		input   []byte
		rows    int // read before the error
		message string
	}{
		{"gzip cut", gz[:len(gz)/2], -1, "cannot decompress: gzip: unexpected end of input: the file is cut"},
		{"zip cut", zp[:len(zp)/2], -1, "cannot decompress: zip: unexpected end of input: the file is cut"},
		{"zip of two files", twoFiles.Bytes(), 1, `cannot decompress: zip: the archive holds more than one file: "b.CSV" after "a.CSV"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, skip := range []bool{false, true} {
				r := gdelt.NewReader(bytes.NewReader(tc.input), gdelt.ReaderOptions{SkipBadRows: skip, KeepErrors: 5})
				n := 0
				var err error
				for {
					if _, err = r.Read(); err != nil {
						break
					}
					n++
				}
				var pe *gdelt.ParseError
				require.ErrorAs(t, err, &pe)
				assert.ErrorIs(t, err, gdelt.ErrCompressed)
				assert.Contains(t, err.Error(), tc.message)
				assert.Equal(t, n+1, pe.Line)
				if tc.rows >= 0 {
					assert.Equal(t, tc.rows, n)
				}
				assert.Zero(t, r.Skipped())
			}
		})
	}
}

// repeatedGzip returns a gzip stream of members, each of size copies of b:
// a stream that decompresses to members*size bytes.
func repeatedGzip(t testing.TB, b byte, size, members int) []byte {
	one := gzipBytes(t, bytes.Repeat([]byte{b}, size))
	return bytes.Repeat(one, members)
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestGzipBomb reads a gzip stream of 1 GiB of zeros (1 MB compressed),
// and one of 1 GiB of tabs: the field or line over its limit stops the
// reading there, having read little of the stream and allocated little
// more than the limit.
func TestGzipBomb(t *testing.T) {
	tests := []struct {
		name    string
		b       byte
		limits  diplo.Limits
		err     error
		message string
		alloc   uint64
	}{
		{"zeros, default limits", 0, diplo.Limits{}, gdelt.ErrFieldTooLong,
			"gdelt: line 1: field too long: field 1: more than 1048576 bytes exceeds MaxString 1048576 (limit exceeded)", 8 << 20},
		{"tabs, MaxBytes 4 MiB", '\t', diplo.Limits{MaxBytes: 4 << 20}, gdelt.ErrLineTooLong,
			"gdelt: line 1: line too long: more than 4194304 bytes exceeds MaxBytes 4194304 (limit exceeded)", 16 << 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bomb := repeatedGzip(t, tc.b, 1<<20, 1<<10)
			src := &countingReader{r: bytes.NewReader(bomb)}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r := gdelt.NewReader(src, gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 10, Limits: tc.limits})
			_, err := r.Read()
			runtime.ReadMemStats(&after)
			require.ErrorIs(t, err, tc.err)
			assert.ErrorIs(t, err, diplo.ErrLimit)
			assert.Equal(t, tc.message, err.Error())
			assert.Less(t, src.n, int64(len(bomb)/8), "compressed bytes read")
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("read %d of %d compressed bytes, allocated %d bytes", src.n, len(bomb), alloc)
			assert.Less(t, alloc, tc.alloc, "bytes allocated")
		})
	}
}

// TestFieldTooLong names the column of a field over MaxString once the
// version is known.
func TestFieldTooLong(t *testing.T) {
	good := sampleLine(t, 1)
	long := withColumn(good, gdelt.ColActor2Name, strings.Repeat("a", 2000))
	r := gdelt.NewReader(strings.NewReader(good+"\n"+long+"\n"+good+"\n"), gdelt.ReaderOptions{SkipBadRows: true, KeepErrors: 5, Limits: diplo.Limits{MaxString: 1000}})

	_, err := r.Read()
	require.NoError(t, err)
	_, err = r.Read()
	var pe *gdelt.ParseError
	require.ErrorAs(t, err, &pe)
	assert.ErrorIs(t, err, gdelt.ErrFieldTooLong)
	assert.Equal(t, "gdelt: line 2, column Actor2Name: field too long: more than 1000 bytes exceeds MaxString 1000 (limit exceeded) (value \"\")", err.Error())
	_, again := r.Read()
	assert.Equal(t, err, again)
}

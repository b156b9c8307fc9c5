package unpack_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplo-go/diplo/eventdata/internal/unpack"
)

const content = "a\tb\nc\td\n"

func gzipped(t testing.TB, members ...string) []byte {
	var b bytes.Buffer
	for _, m := range members {
		w := gzip.NewWriter(&b)
		_, err := w.Write([]byte(m))
		require.NoError(t, err)
		require.NoError(t, w.Close())
	}
	return b.Bytes()
}

// zipped writes files with archive/zip's writer: deflated, sizes in a
// data descriptor after the data.
func zipped(t testing.TB, files ...string) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i, f := range files {
		name := string(rune('a'+i)) + ".csv"
		if strings.HasSuffix(f, "/") {
			_, err := w.Create(f)
			require.NoError(t, err)
			continue
		}
		fw, err := w.Create(name)
		require.NoError(t, err)
		_, err = fw.Write([]byte(f))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return b.Bytes()
}

// zippedRaw writes one file with its sizes in the local header, as
// Info-ZIP does: method 0 stores it, 8 deflates it.
func zippedRaw(t testing.TB, method uint16, data string, flags uint16) []byte {
	body := []byte(data)
	if method == zip.Deflate {
		var c bytes.Buffer
		fw, err := flate.NewWriter(&c, flate.DefaultCompression)
		require.NoError(t, err)
		_, err = fw.Write(body)
		require.NoError(t, err)
		require.NoError(t, fw.Close())
		body = c.Bytes()
	}
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	fw, err := w.CreateRaw(&zip.FileHeader{Name: "x.csv", Method: method, Flags: flags,
		CRC32: crc32.ChecksumIEEE([]byte(data)), CompressedSize64: uint64(len(body)), UncompressedSize64: uint64(len(data))})
	require.NoError(t, err)
	_, err = fw.Write(body)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

func open(input []byte, oneByte bool) (string, unpack.Format, error) {
	var r io.Reader = bytes.NewReader(input)
	if oneByte {
		r = iotest.OneByteReader(r)
	}
	c, f := unpack.Open(bufio.NewReader(r))
	got, err := io.ReadAll(c)
	return string(got), f, err
}

func TestOpen(t *testing.T) {
	stored := zippedRaw(t, zip.Store, content, 0)
	tests := []struct {
		name   string
		input  []byte
		format unpack.Format
	}{
		{"plain", []byte(content), unpack.Plain},
		{"empty", nil, unpack.Plain},
		{"one byte", []byte{0x1f}, unpack.Plain},
		{"gzip", gzipped(t, content), unpack.Gzip},
		{"gzip of two members", gzipped(t, content[:4], content[4:]), unpack.Gzip},
		{"zip with a data descriptor", zipped(t, content), unpack.Zip},
		{"zip with a directory first", zipped(t, "dir/", content), unpack.Zip},
		{"zip with a directory after", zipped(t, content, "dir/"), unpack.Zip},
		{"zip stored with sizes in the header", stored, unpack.Zip},
		{"zip deflated with sizes in the header", zippedRaw(t, zip.Deflate, content, 0), unpack.Zip},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, oneByte := range []bool{false, true} {
				got, f, err := open(tc.input, oneByte)
				require.NoError(t, err)
				assert.Equal(t, tc.format, f)
				want := content
				if tc.format == unpack.Plain {
					want = string(tc.input)
				}
				assert.Equal(t, want, got)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	gz := gzipped(t, content)
	zp := zipped(t, content)
	crcAt := bytes.Index(zp, []byte("PK\x07\x08")) + 4
	badCRC := bytes.Clone(zp)
	badCRC[crcAt] ^= 0xff
	encrypted := zippedRaw(t, zip.Store, content, 0)
	binary.LittleEndian.PutUint16(encrypted[6:], 1)
	bzip2 := zippedRaw(t, zip.Store, content, 0)
	binary.LittleEndian.PutUint16(bzip2[8:], 12)
	var storedDescriptor bytes.Buffer
	w := zip.NewWriter(&storedDescriptor)
	fw, err := w.CreateHeader(&zip.FileHeader{Name: "x.csv", Method: zip.Store})
	require.NoError(t, err)
	_, err = fw.Write([]byte(content))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	var empty bytes.Buffer
	require.NoError(t, zip.NewWriter(&empty).Close())

	tests := []struct {
		name  string
		input []byte
		want  string
	}{
		{"gzip cut", gz[:len(gz)-3], "gzip: unexpected end of input"},
		{"gzip corrupt", append(bytes.Clone(gz[:10]), 0x07, 0, 0, 0), "gzip: flate: corrupt input"},
		{"gzip bad checksum", append(bytes.Clone(gz[:len(gz)-8]), 0, 0, 0, 0, 9, 0, 0, 0), "gzip: gzip: invalid checksum"},
		{"zip cut in the data", zp[:40], "zip: unexpected end of input"},
		{"zip cut before the descriptor", zp[:crcAt-4], "zip: unexpected end of input"},
		{"zip bad checksum", badCRC, "zip: file \"a.csv\": checksum mismatch"},
		{"zip of two files", zipped(t, content, "e\n"), "zip: the archive holds more than one file: \"b.csv\" after \"a.csv\""},
		{"empty zip", empty.Bytes(), "zip: the archive holds no file"},
		{"zip of a directory only", zipped(t, "dir/"), "zip: the archive holds no file"},
		{"encrypted", encrypted, "zip: file \"x.csv\" is encrypted"},
		{"bzip2", bzip2, "zip: file \"x.csv\": compression method 12"},
		{"stored with a descriptor", storedDescriptor.Bytes(), "zip: file \"x.csv\" is stored with its size after its data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := open(tc.input, false)
			var ue *unpack.Error
			require.ErrorAs(t, err, &ue)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestReadErrorPassedOn: an error of the underlying reader is not taken
// for corrupt input.
func TestReadErrorPassedOn(t *testing.T) {
	boom := errors.New("connection reset")
	for _, input := range [][]byte{gzipped(t, content), zipped(t, content)} {
		r := io.MultiReader(bytes.NewReader(input[:len(input)/3]), iotest.ErrReader(boom))
		c, _ := unpack.Open(bufio.NewReader(r))
		_, err := io.ReadAll(c)
		assert.Equal(t, boom, err)
	}
	c, f := unpack.Open(bufio.NewReader(iotest.ErrReader(boom)))
	assert.Equal(t, unpack.Plain, f)
	_, err := io.ReadAll(c)
	assert.Equal(t, boom, err)
}

// FuzzOpen reads any input: never a panic, and an error is an *Error or
// none; what gzip or zip input decompresses to is bounded by the test's
// own cap only.
func FuzzOpen(f *testing.F) {
	f.Add([]byte(content))
	f.Add(gzipped(f, content))
	f.Add(gzipped(f, content, content))
	f.Add(zipped(f, content))
	f.Add(zipped(f, "dir/", content))
	f.Add(zipped(f, content, content))
	f.Add(zippedRaw(f, zip.Store, content, 0))
	f.Add(zippedRaw(f, zip.Deflate, content, 0))
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte("\x1f\x8b"))
	f.Fuzz(func(t *testing.T, input []byte) {
		c, f := unpack.Open(bufio.NewReader(bytes.NewReader(input)))
		got, err := io.ReadAll(io.LimitReader(c, 1<<20))
		if err != nil {
			var ue *unpack.Error
			require.ErrorAs(t, err, &ue)
			assert.Equal(t, f, ue.Format)
			return
		}
		if f == unpack.Plain {
			assert.Equal(t, string(input), string(got))
		}
	})
}

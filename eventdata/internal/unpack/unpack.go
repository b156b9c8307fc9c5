package unpack

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"strings"
)

// Format is the form of an input.
type Format int

// The forms Open tells apart.
const (
	Plain Format = iota // neither gzip nor zip: read as it is
	Gzip                // gzip, RFC 1952
	Zip                 // a zip archive (PKWARE APPNOTE)
)

// String returns "plain", "gzip" or "zip".
func (f Format) String() string {
	switch f {
	case Gzip:
		return "gzip"
	case Zip:
		return "zip"
	}
	return "plain"
}

// Error is the error of compressed input that cannot be read: corrupt,
// truncated, or in a form this package does not read.
type Error struct {
	Format Format
	Err    error
}

// Error returns "gzip: …" or "zip: …".
func (e *Error) Error() string { return e.Format.String() + ": " + e.Err.Error() }

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// Magic numbers.
const (
	zipLocal      = 0x04034b50 // local file header
	zipCentral    = 0x02014b50 // central directory header
	zipEnd        = 0x06054b50 // end of central directory
	zipEnd64      = 0x06064b50 // zip64 end of central directory
	zipEnd64Loc   = 0x07064b50 // zip64 end of central directory locator
	zipDescriptor = 0x08074b50 // optional signature of a data descriptor
)

// Sniff returns the form of the input that br reads, from its first bytes,
// without consuming them. An input shorter than a magic number is plain.
//
// An error of the underlying reader while peeking is not returned: the
// bytes read before it decide, and the reader must return its error again
// on the next call, as a reader that has failed usually does, for the
// reading of the content to meet it in its place.
func Sniff(br *bufio.Reader) Format {
	b, _ := br.Peek(4)
	switch {
	case len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b:
		return Gzip
	case len(b) == 4 && (binary.LittleEndian.Uint32(b) == zipLocal || binary.LittleEndian.Uint32(b) == zipEnd):
		return Zip
	}
	return Plain
}

// Open sniffs the input that br reads and returns a reader of its
// content: br itself for plain input, the decompressed content of a gzip
// stream or of the one file of a zip archive. The reader returned reads
// from br; nothing else should.
func Open(br *bufio.Reader) (io.Reader, Format) {
	f := Sniff(br)
	src := &source{br: br}
	switch f {
	case Gzip:
		return &gzipReader{src: src}, f
	case Zip:
		return &zipReader{src: src}, f
	}
	return br, f
}

// source reads the compressed bytes and remembers the first error of the
// underlying reader, so that it is passed on as it is rather than as
// corrupt input.
type source struct {
	br  *bufio.Reader
	n   int64 // bytes read
	err error // the underlying reader's error, other than io.EOF
}

func (s *source) Read(p []byte) (int, error) {
	n, err := s.br.Read(p)
	s.n += int64(n)
	s.note(err)
	return n, err
}

func (s *source) ReadByte() (byte, error) {
	b, err := s.br.ReadByte()
	if err == nil {
		s.n++
	}
	s.note(err)
	return b, err
}

func (s *source) note(err error) {
	if err != nil && err != io.EOF && s.err == nil {
		s.err = err
	}
}

// fail turns an error met while decompressing into the error to return:
// the underlying reader's own, or an *Error.
func (s *source) fail(f Format, err error) error {
	if err == nil {
		return nil
	}
	if s.err != nil {
		return s.err
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		err = errors.New("unexpected end of input: the file is cut")
	}
	return &Error{Format: f, Err: err}
}

// gzipReader decompresses a gzip stream, opening it at the first Read.
type gzipReader struct {
	src *source
	zr  *gzip.Reader
	err error
}

func (g *gzipReader) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.zr == nil {
		zr, err := gzip.NewReader(g.src)
		if err != nil {
			g.err = g.src.fail(Gzip, err)
			return 0, g.err
		}
		g.zr = zr
	}
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		g.err = g.src.fail(Gzip, err)
		return n, g.err
	}
	if err == io.EOF {
		g.err = io.EOF
	}
	return n, err
}

// zipReader reads the one file of a zip archive from its local header.
type zipReader struct {
	src     *source
	started bool
	r       io.Reader   // the file's content
	crc     hash.Hash32 // of the content read so far
	n       int64       // content bytes read
	h       localHeader
	start   int64 // offset of the file's data in the archive
	err     error
}

// localHeader is what the reader needs of a local file header.
type localHeader struct {
	name        string
	flags       uint16
	method      uint16
	crc         uint32
	csize       uint64
	usize       uint64
	zip64       bool // sizes from a zip64 extra field
	descriptor  bool // flag bit 3: a data descriptor follows the data
	isDirectory bool
}

func (z *zipReader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if !z.started {
		z.started = true
		if err := z.open(); err != nil {
			z.err = err
			return 0, err
		}
	}
	n, err := z.r.Read(p)
	z.crc.Write(p[:n])
	z.n += int64(n)
	switch {
	case err == io.EOF:
		if err := z.finish(); err != nil {
			z.err = err
			return n, err
		}
		z.err = io.EOF
	case err != nil:
		z.err = z.src.fail(Zip, err)
		return n, z.err
	}
	return n, err
}

func (z *zipReader) bad(format string, args ...any) error {
	if z.src.err != nil {
		return z.src.err
	}
	return &Error{Format: Zip, Err: fmt.Errorf(format, args...)}
}

// open reads the local headers up to that of the first file and sets z.r
// to read its content.
func (z *zipReader) open() error {
	for {
		sig, err := z.uint32()
		if err != nil {
			return err
		}
		if sig != zipLocal {
			if isTrailer(sig) {
				return z.bad("the archive holds no file")
			}
			return z.bad("not a local file header (signature %#08x)", sig)
		}
		h, err := z.header()
		if err != nil {
			return err
		}
		if h.isDirectory {
			if err := z.skipDirectory(h); err != nil {
				return err
			}
			continue
		}
		z.h = h
		break
	}
	h := z.h
	switch {
	case h.flags&0x1 != 0:
		return z.bad("file %q is encrypted", h.name)
	case h.method != 0 && h.method != 8:
		return z.bad("file %q: compression method %d, want stored (0) or deflate (8)", h.name, h.method)
	case h.method == 0 && h.descriptor:
		return z.bad("file %q is stored with its size after its data: it cannot be read as a stream", h.name)
	}
	z.crc = crc32.NewIEEE()
	z.start = z.src.n
	if h.method == 0 {
		z.r = io.LimitReader(z.src, int64(h.csize))
	} else {
		z.r = flate.NewReader(z.src)
	}
	return nil
}

// isTrailer reports whether sig starts what follows the files of an
// archive.
func isTrailer(sig uint32) bool {
	return sig == zipCentral || sig == zipEnd || sig == zipEnd64 || sig == zipEnd64Loc
}

// header reads a local file header after its signature.
func (z *zipReader) header() (localHeader, error) {
	var b [26]byte
	if err := z.full(b[:]); err != nil {
		return localHeader{}, err
	}
	le := binary.LittleEndian
	h := localHeader{
		flags:  le.Uint16(b[2:]),
		method: le.Uint16(b[4:]),
		crc:    le.Uint32(b[10:]),
		csize:  uint64(le.Uint32(b[14:])),
		usize:  uint64(le.Uint32(b[18:])),
	}
	h.descriptor = h.flags&0x8 != 0
	name := make([]byte, le.Uint16(b[22:]))
	extra := make([]byte, le.Uint16(b[24:]))
	if err := z.full(name); err != nil {
		return h, err
	}
	if err := z.full(extra); err != nil {
		return h, err
	}
	h.name = string(name)
	h.isDirectory = strings.HasSuffix(h.name, "/")
	// A zip64 extra field holds the sizes that the header gives as
	// 0xFFFFFFFF, uncompressed first.
	for len(extra) >= 4 {
		id, size := le.Uint16(extra), int(le.Uint16(extra[2:]))
		if size > len(extra)-4 {
			break
		}
		field := extra[4 : 4+size]
		if id == 0x0001 {
			h.zip64 = true
			if h.usize == 0xFFFFFFFF && len(field) >= 8 {
				h.usize, field = le.Uint64(field), field[8:]
			}
			if h.csize == 0xFFFFFFFF && len(field) >= 8 {
				h.csize = le.Uint64(field)
			}
		}
		extra = extra[4+size:]
	}
	return h, nil
}

// skipDirectory passes over the data of a directory entry, which must be
// empty.
func (z *zipReader) skipDirectory(h localHeader) error {
	if h.descriptor {
		if h.method != 8 {
			return z.bad("directory %q is stored with its size after its data", h.name)
		}
		n, err := io.Copy(io.Discard, flate.NewReader(z.src))
		if err != nil {
			return z.src.fail(Zip, err)
		}
		if n != 0 {
			return z.bad("directory %q holds data", h.name)
		}
		_, _, _, err = z.descriptor(h, 0)
		return err
	}
	if h.usize != 0 || h.csize > 2 { // an empty deflate stream takes 2 bytes
		return z.bad("directory %q holds data", h.name)
	}
	if _, err := io.CopyN(io.Discard, z.src, int64(h.csize)); err != nil {
		return z.src.fail(Zip, err)
	}
	return nil
}

// finish checks the file's checksum and sizes, then that no other file
// follows.
func (z *zipReader) finish() error {
	h := z.h
	crc, csize, usize := h.crc, h.csize, h.usize
	compressed := z.src.n - z.start
	if h.descriptor {
		var err error
		if crc, csize, usize, err = z.descriptor(h, compressed); err != nil {
			return err
		}
	}
	switch {
	case uint64(z.n) != usize:
		return z.bad("file %q: %d bytes, its header says %d: the archive is corrupt", h.name, z.n, usize)
	case uint64(compressed) != csize:
		return z.bad("file %q: %d compressed bytes, its header says %d: the archive is corrupt", h.name, compressed, csize)
	case z.crc.Sum32() != crc:
		return z.bad("file %q: checksum mismatch: the archive is corrupt", h.name)
	}
	for {
		sig, err := z.uint32()
		if err != nil {
			return err
		}
		if isTrailer(sig) {
			return nil
		}
		if sig != zipLocal {
			return z.bad("unexpected data after file %q (signature %#08x)", h.name, sig)
		}
		next, err := z.header()
		if err != nil {
			return err
		}
		if !next.isDirectory {
			return z.bad("the archive holds more than one file: %q after %q", next.name, h.name)
		}
		if err := z.skipDirectory(next); err != nil {
			return err
		}
	}
}

// descriptor reads the data descriptor that follows the data of h, its
// signature optional, its sizes in 8 bytes when the header has a zip64
// field or the data needed them.
func (z *zipReader) descriptor(h localHeader, compressed int64) (crc uint32, csize, usize uint64, err error) {
	first, err := z.uint32()
	if err != nil {
		return 0, 0, 0, err
	}
	crc = first
	if first == zipDescriptor {
		if crc, err = z.uint32(); err != nil {
			return 0, 0, 0, err
		}
	}
	if h.zip64 || z.n >= 0xFFFFFFFF || compressed >= 0xFFFFFFFF {
		var b [16]byte
		if err := z.full(b[:]); err != nil {
			return 0, 0, 0, err
		}
		return crc, binary.LittleEndian.Uint64(b[:]), binary.LittleEndian.Uint64(b[8:]), nil
	}
	var b [8]byte
	if err := z.full(b[:]); err != nil {
		return 0, 0, 0, err
	}
	return crc, uint64(binary.LittleEndian.Uint32(b[:])), uint64(binary.LittleEndian.Uint32(b[4:])), nil
}

func (z *zipReader) uint32() (uint32, error) {
	var b [4]byte
	if err := z.full(b[:]); err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b[:]), nil
}

func (z *zipReader) full(b []byte) error {
	if _, err := io.ReadFull(z.src, b); err != nil {
		return z.src.fail(Zip, err)
	}
	return nil
}

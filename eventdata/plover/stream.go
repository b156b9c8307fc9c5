package plover

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	jsoncodec "github.com/diplo-go/diplo/internal/codec"
	"github.com/diplo-go/diplo/limit"
)

// A Decoder reads PLOVER records one at a time from a JSON array of
// record objects, or from JSON Lines (one record object after another, as
// the manual suggests). It holds one record in memory at a time, not the
// whole input, and checks each record against its limits (DecoderOptions.Limits)
// before decoding it.
type Decoder struct {
	br     *bufio.Reader
	lim    limit.Limits // effective
	state  int
	index  int
	strict bool
	off    int64            // bytes of the input consumed, byte order mark included
	buf    []byte           // the record being read
	fr     jsoncodec.Framer // the value being read or skipped
	skip   bool             // the rest of a record over MaxBytes is still to skip
	err    error            // sticky: the input cannot be read further
}

const (
	stateStart = iota
	stateArray
	stateLines
	stateDone
)

// DecoderOptions set how a Decoder reads. The zero value is the default:
// keys the format does not define are kept in Extra, and each record is
// checked against diplo's default limits.
type DecoderOptions struct {
	// DisallowUnknownFields makes the decoder reject records with keys
	// the format does not define (errors wrapping ErrUnknownField),
	// instead of keeping them in Extra. Keys of the other spelling
	// (FieldNames) count as unknown: a record with "actor" and "source"
	// is rejected.
	DisallowUnknownFields bool
	// Limits are the limits that each record is checked against before
	// it is decoded, in one pass over its bytes (see limit.Limits). In a
	// stream of records they bound one record, not the stream: MaxBytes
	// is the size of one record's JSON value, of which the decoder reads
	// at most MaxBytes+1 bytes before failing, and MaxDepth, MaxString,
	// MaxArray and MaxObjects apply inside the record, the array around
	// the records not counting. The zero Limits give diplo's default
	// limits.
	Limits limit.Limits
}

// NewDecoder returns a decoder that reads from r. The input is a JSON
// array of records ("[" first) or JSON Lines ("{" first). A UTF-8 byte
// order mark at the very start is skipped (anywhere else it is an error);
// white space between records, blank lines included, is skipped; an input
// of white space only holds no records. The options o say how it reads;
// the zero DecoderOptions are the defaults.
func NewDecoder(r io.Reader, o DecoderOptions) *Decoder {
	return &Decoder{br: bufio.NewReaderSize(r, readSize), lim: o.Limits.Effective(), strict: o.DisallowUnknownFields}
}

// readSize is the size of the decoder's read buffer.
const readSize = 16 << 10

// Decode returns the next record, or io.EOF after the last one.
//
// Errors name the record by its index from 0 and the place in it by its
// JSON path: "records[12].date: out of range: date \"2000-13-01\": no
// such day". A
// record over a limit gives an error wrapping limit.ErrExceeded, at the path
// where the limit is crossed ("records[3].actor[0].entity_text: limit
// exceeded: string of 2048 bytes exceeds MaxString 1024"), or at the
// record itself for MaxBytes.
//
// After an error in one record (a limit crossed, a wrong type, a bad
// date) the next call reads the next record. Errors wrapping ErrJSON
// other than a wrong type, where the input is not JSON, not valid UTF-8 or
// not an array of records, and errors of the underlying reader end the
// stream: every later call returns the same error.
func (d *Decoder) Decode() (Record, error) {
	if d.err != nil {
		return Record{}, d.err
	}
	r, err := d.decode()
	if err != nil && d.err == nil && d.fatal(err) {
		d.err = err
	}
	return r, err
}

// Err returns the error that ended the stream, or nil when the stream has
// not ended or ended at io.EOF, as bufio.Scanner's Err does. After Decode
// returns an error, Err tells whether the next call can read another
// record (Err is nil) or will return the same error again.
func (d *Decoder) Err() error {
	if d.err == io.EOF {
		return nil
	}
	return d.err
}

// fatal reports whether err ends the stream: a syntax error, input that
// is not an array of records, or an error of the reader.
func (d *Decoder) fatal(err error) bool {
	var fe *FieldError
	var wt *wrongType
	return (errors.Is(err, ErrJSON) && !errors.As(err, &wt)) || !errors.As(err, &fe)
}

func (d *Decoder) decode() (Record, error) {
	if d.skip {
		if err := d.skipValue(); err != nil {
			return Record{}, err
		}
	}
	if d.state == stateStart {
		if err := d.start(); err != nil {
			return Record{}, err
		}
	}
	path := "records[" + strconv.Itoa(d.index) + "]"
	switch d.state {
	case stateDone:
		return Record{}, io.EOF
	case stateArray:
		b, err := d.nonSpace()
		if err != nil {
			return Record{}, d.readError("records", err)
		}
		if b == ']' {
			d.discard(1)
			return Record{}, d.finish()
		}
		if d.index > 0 {
			if b != ',' {
				return Record{}, d.syntaxAt(path, "invalid character "+quoteByte(b)+" after array element")
			}
			d.discard(1)
			if b, err = d.nonSpace(); err != nil {
				return Record{}, d.readError(path, err)
			}
		}
		if !jsoncodec.StartsValue(b) {
			return Record{}, d.syntaxAt(path, "invalid character "+quoteByte(b)+" looking for beginning of value")
		}
	case stateLines:
		b, err := d.nonSpace()
		if errors.Is(err, io.EOF) {
			d.state = stateDone
			return Record{}, io.EOF
		}
		if err != nil {
			return Record{}, d.readError(path, err)
		}
		if !jsoncodec.StartsValue(b) {
			return Record{}, d.syntaxAt(path, "invalid character "+quoteByte(b)+" looking for beginning of value")
		}
	}
	start := d.off
	raw, err := d.readValue()
	d.index++
	if err != nil {
		return Record{}, at(path, err)
	}
	r, err := decodeRecordAt(raw, d.strict, d.lim, start)
	if cap(d.buf) > maxKeptBuffer {
		d.buf = nil // do not keep a large record's memory for the next
	}
	if err != nil {
		return Record{}, at(path, err)
	}
	return r, nil
}

// maxKeptBuffer is the largest record buffer kept from one record to the
// next.
const maxKeptBuffer = 1 << 20

// start skips a byte order mark and white space, and reads the opening
// "[" of an array.
func (d *Decoder) start() error {
	if bom, err := d.br.Peek(3); err == nil && bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		d.discard(3)
	}
	b, err := d.nonSpace()
	switch {
	case errors.Is(err, io.EOF):
		d.state = stateDone
		return nil
	case err != nil:
		return fmt.Errorf("plover: %w", err)
	case b == '[':
		d.state = stateArray
		d.discard(1)
	case b == '{':
		d.state = stateLines
	default:
		return fmt.Errorf("plover: %w: want a JSON array of records: input starts with %s, want [ or {", ErrJSON, quote(string(b)))
	}
	return nil
}

// finish checks that nothing but white space follows the closing "]".
func (d *Decoder) finish() error {
	d.state = stateDone
	b, err := d.nonSpace()
	switch {
	case errors.Is(err, io.EOF):
		return io.EOF
	case err != nil:
		return fmt.Errorf("plover: %w", err)
	}
	return &FieldError{Path: "records", Err: fmt.Errorf("%w: data after the array: %s after the closing ] at byte %d", ErrJSON, quoteByte(b), d.off+1)}
}

// fill returns the bytes buffered, reading more when none are. At the end
// of the input it returns io.EOF.
func (d *Decoder) fill() ([]byte, error) {
	if d.br.Buffered() == 0 {
		if _, err := d.br.Peek(1); err != nil {
			return nil, err
		}
	}
	b, _ := d.br.Peek(d.br.Buffered())
	return b, nil
}

func (d *Decoder) discard(n int) {
	_, _ = d.br.Discard(n)
	d.off += int64(n)
}

// nonSpace skips white space and returns the byte that follows, without
// consuming it.
func (d *Decoder) nonSpace() (byte, error) {
	for {
		b, err := d.fill()
		if err != nil {
			return 0, err
		}
		if i := jsoncodec.SkipSpace(b, 0); i < len(b) {
			d.discard(i)
			return b[i], nil
		}
		d.discard(len(b))
	}
}

// readValue reads the JSON value that starts at the next byte into d.buf,
// up to MaxBytes bytes. A longer value gives an error wrapping
// limit.ErrExceeded, and the rest of it is skipped by the next call of
// Decode.
func (d *Decoder) readValue() ([]byte, error) {
	d.fr = jsoncodec.Framer{}
	d.buf = d.buf[:0]
	for {
		b, err := d.fill()
		if err != nil {
			if errors.Is(err, io.EOF) && d.fr.Scalar() {
				return d.buf, nil // a number or literal at the end of the input
			}
			return nil, d.readError("", err)
		}
		n, done := d.fr.Feed(b)
		if len(d.buf)+n > d.lim.MaxBytes {
			d.discard(n)
			d.skip = !done
			return nil, &FieldError{Err: fmt.Errorf("%w: record of more than %d bytes exceeds MaxBytes %d", limit.ErrExceeded, d.lim.MaxBytes, d.lim.MaxBytes)}
		}
		d.buf = append(d.buf, b[:n]...)
		d.discard(n)
		if done {
			return d.buf, nil
		}
	}
}

// skipValue reads the rest of a value over MaxBytes without keeping it.
func (d *Decoder) skipValue() error {
	for d.skip {
		b, err := d.fill()
		if err != nil {
			if errors.Is(err, io.EOF) && d.fr.Scalar() {
				break
			}
			return d.readError("records["+strconv.Itoa(d.index-1)+"]", err)
		}
		n, done := d.fr.Feed(b)
		d.discard(n)
		d.skip = !done
	}
	d.skip = false
	return nil
}

// readError returns the error of a read that failed at path: an
// unexpected end of input, or the reader's error.
func (d *Decoder) readError(path string, err error) error {
	if errors.Is(err, io.EOF) {
		return &FieldError{Path: path, Err: fmt.Errorf("%w: unexpected end of input", ErrJSON)}
	}
	return fmt.Errorf("plover: %w", err)
}

// syntaxAt reports a syntax error at the next byte of the input.
func (d *Decoder) syntaxAt(path, msg string) error {
	return &FieldError{Path: path, Err: fmt.Errorf("%w: %s at byte %d", ErrJSON, msg, d.off+1)}
}

func quoteByte(b byte) string {
	if b < utf8.RuneSelf {
		return quote(string(rune(b)))
	}
	return fmt.Sprintf("byte 0x%02x", b)
}

// ReadAll reads every record from r with a Decoder made with the options
// o. On error it returns the records read so far and the error.
func ReadAll(r io.Reader, o DecoderOptions) ([]Record, error) {
	d := NewDecoder(r, o)
	var out []Record
	for {
		rec, err := d.Decode()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}

// An Encoder writes PLOVER records as a JSON array, one record per line,
// or as JSON Lines.
type Encoder struct {
	w      io.Writer
	lines  bool
	n      int
	closed bool
}

// NewEncoder returns an encoder that writes a JSON array of records to w.
// Close writes the closing bracket.
func NewEncoder(w io.Writer) *Encoder { return &Encoder{w: w} }

// NewLinesEncoder returns an encoder that writes JSON Lines to w: one
// record object per line, no brackets.
func NewLinesEncoder(w io.Writer) *Encoder { return &Encoder{w: w, lines: true} }

// Encode writes one record. Errors name the record: "plover:
// records[3].date: ...". A record that fails is not written.
func (e *Encoder) Encode(r Record) error {
	if e.closed {
		return errors.New("plover: Encode after Close")
	}
	b, err := r.MarshalJSON()
	if err != nil {
		return at("records["+strconv.Itoa(e.n)+"]", err)
	}
	var buf bytes.Buffer
	switch {
	case e.lines:
	case e.n == 0:
		buf.WriteString("[\n")
	default:
		buf.WriteString(",\n")
	}
	buf.Write(b)
	if e.lines {
		buf.WriteByte('\n')
	}
	if _, err := e.w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("plover: %w", err)
	}
	e.n++
	return nil
}

// Close ends the array ("]", or "[]" when no record was written). It does
// not close the underlying writer. For JSON Lines it writes nothing.
func (e *Encoder) Close() error {
	if e.closed {
		return nil
	}
	e.closed = true
	if e.lines {
		return nil
	}
	end := "\n]\n"
	if e.n == 0 {
		end = "[]\n"
	}
	if _, err := io.WriteString(e.w, end); err != nil {
		return fmt.Errorf("plover: %w", err)
	}
	return nil
}

// WriteAll writes records to w as a JSON array.
func WriteAll(w io.Writer, records []Record) error {
	e := NewEncoder(w)
	for _, r := range records {
		if err := e.Encode(r); err != nil {
			return err
		}
	}
	return e.Close()
}

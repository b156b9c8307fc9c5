package plover

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// A Decoder reads PLOVER records one at a time from a JSON array of
// record objects, or from JSON Lines (one record object after another, as
// the manual suggests). It holds one record in memory at a time, not the
// whole input.
type Decoder struct {
	br     *bufio.Reader
	dec    *json.Decoder
	state  int // 0 not started, 1 in an array, 2 JSON Lines, 3 done
	index  int
	strict bool
	skip   int64 // bytes skipped before the JSON decoder's first byte
	err    error // sticky: the input cannot be read further
}

const (
	stateStart = iota
	stateArray
	stateLines
	stateDone
)

// NewDecoder returns a decoder that reads from r. The input is a JSON
// array of records ("[" first) or JSON Lines ("{" first); a leading UTF-8
// byte order mark is skipped, and an input of white space only holds no
// records.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{br: bufio.NewReader(r)}
}

// DisallowUnknownFields makes the decoder reject records with keys the
// format does not define (errors wrapping ErrUnknownField), instead of
// keeping them in Extra. Keys of the other spelling (FieldNames) count as
// unknown: a record with "actor" and "source" is rejected.
func (d *Decoder) DisallowUnknownFields() { d.strict = true }

// Decode returns the next record, or io.EOF after the last one.
//
// Errors name the record by its index from 0 and the field by its JSON
// path: "plover: records[12].date: invalid date \"2000-13-01\"". After an
// error in a record's values (a wrong type, a bad date) the next call
// reads the next record; after a syntax error or an error in the array
// itself every call returns that error.
func (d *Decoder) Decode() (Record, error) {
	if d.err != nil {
		return Record{}, d.err
	}
	if d.state == stateStart {
		if err := d.start(); err != nil {
			d.err = err
			return Record{}, err
		}
	}
	path := "records[" + strconv.Itoa(d.index) + "]"
	var raw json.RawMessage
	switch d.state {
	case stateDone:
		return Record{}, io.EOF
	case stateArray:
		if !d.dec.More() {
			if err := d.finish(); err != nil {
				d.err = err
				return Record{}, err
			}
			return Record{}, io.EOF
		}
		if err := d.dec.Decode(&raw); err != nil {
			d.err = d.syntaxError(path, err)
			return Record{}, d.err
		}
	case stateLines:
		if err := d.dec.Decode(&raw); err != nil {
			if errors.Is(err, io.EOF) {
				d.state = stateDone
				return Record{}, io.EOF
			}
			d.err = d.syntaxError(path, err)
			return Record{}, d.err
		}
	}
	d.index++
	r, err := decodeRecord(raw, d.strict)
	if err != nil {
		return Record{}, at(path, err)
	}
	return r, nil
}

// start skips a byte order mark and white space, and reads the opening
// "[" of an array.
func (d *Decoder) start() error {
	if bom, err := d.br.Peek(3); err == nil && bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
		_, _ = d.br.Discard(3)
		d.skip = 3
	}
	for ; ; d.skip++ {
		b, err := d.br.ReadByte()
		if errors.Is(err, io.EOF) {
			d.state = stateDone
			return nil
		}
		if err != nil {
			return fmt.Errorf("plover: %w", err)
		}
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		case '[':
			d.state = stateArray
		case '{':
			d.state = stateLines
		default:
			return fmt.Errorf("%w: input starts with %s, want [ or {", ErrNotArray, quote(string(b)))
		}
		_ = d.br.UnreadByte()
		d.dec = json.NewDecoder(d.br)
		if d.state == stateArray {
			if _, err := d.dec.Token(); err != nil {
				return fmt.Errorf("%w: %v", ErrSyntax, err)
			}
		}
		return nil
	}
}

// finish reads the closing "]" and checks that nothing follows.
func (d *Decoder) finish() error {
	d.state = stateDone
	if _, err := d.dec.Token(); err != nil {
		return d.syntaxError("records", err)
	}
	if tok, err := d.dec.Token(); !errors.Is(err, io.EOF) {
		if err == nil {
			err = fmt.Errorf("%s after the closing ]", quote(fmt.Sprint(tok)))
		}
		return &FieldError{Path: "records", Err: fmt.Errorf("%w: data after the array: %v", ErrSyntax, err)}
	}
	return nil
}

func (d *Decoder) syntaxError(path string, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &FieldError{Path: path, Err: fmt.Errorf("%w: unexpected end of input", ErrSyntax)}
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return &FieldError{Path: path, Err: fmt.Errorf("%w: %v at byte %d", ErrSyntax, err, d.skip+se.Offset)}
	}
	return &FieldError{Path: path, Err: fmt.Errorf("%w: %v", ErrSyntax, err)}
}

// ReadAll reads every record from r with a Decoder. On error it returns
// the records read so far and the error.
func ReadAll(r io.Reader) ([]Record, error) {
	d := NewDecoder(r)
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

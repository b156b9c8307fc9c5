package codec

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"

	json "github.com/go-json-experiment/json"

	"github.com/go-json-experiment/json/jsontext"
)

var errNotObject = errors.New("codec: not a JSON object")

// objectReader is a Decoder over a buffer, kept for the next call of
// Member or Members: a new Decoder allocates its state.
type objectReader struct {
	buf bytes.Buffer
	dec *jsontext.Decoder
}

var objectReaders = sync.Pool{New: func() any {
	r := new(objectReader)
	r.dec = jsontext.NewDecoder(&r.buf, memberOptions)
	return r
}}

// memberOptions read what encoding/json accepts: names used twice and
// invalid UTF-8 (the callers check the limits and the UTF-8 first).
var memberOptions = json.JoinOptions(jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))

// NewDecoder returns a Decoder that reads the JSON document data as
// encoding/json accepts it: names used twice and invalid UTF-8 pass (the
// callers check the limits and the UTF-8 first). It reads data in place.
func NewDecoder(data []byte) *Decoder {
	return jsontext.NewDecoder(bytes.NewBuffer(data), memberOptions)
}

// readerOf returns a pooled Decoder reading a copy of data.
func readerOf(data []byte) *objectReader {
	r := objectReaders.Get().(*objectReader)
	r.buf.Reset()
	r.buf.Write(data)
	r.dec.Reset(&r.buf, memberOptions)
	return r
}

// release returns r to the pool unless it holds a large buffer.
func (r *objectReader) release() {
	if r.buf.Cap() <= 1<<20 {
		objectReaders.Put(r)
	}
}

// Member returns the raw value of the first member of the object data
// whose name is name, as written or, as decoding matches names to fields,
// without regard to case (a name as written wins over an earlier one in
// another case). It returns nil when the object has no such member, and an
// error when data is not an object or is not well-formed up to that
// member. It reads no further than the member.
func Member(data []byte, name string) (Value, error) {
	r := readerOf(data)
	defer r.release()
	dec := r.dec
	if dec.PeekKind() != '{' {
		return nil, errNotObject
	}
	if _, err := dec.ReadToken(); err != nil {
		return nil, err
	}
	var folded Value
	for dec.PeekKind() != '}' {
		tok, err := dec.ReadToken()
		if err != nil {
			return nil, err
		}
		key := tok.String()
		switch {
		case key == name:
			v, err := dec.ReadValue()
			if err != nil {
				return nil, err
			}
			return v.Clone(), nil
		case folded == nil && strings.EqualFold(key, name):
			v, err := dec.ReadValue()
			if err != nil {
				return nil, err
			}
			folded = v.Clone()
		default:
			if err := dec.SkipValue(); err != nil {
				return nil, err
			}
		}
	}
	return folded, nil
}

// Unquote returns the text of the JSON string raw, or raw as it is when
// it is not a string.
func Unquote(raw Value) string {
	s, err := StringValue(raw)
	if err != nil {
		return string(raw)
	}
	return s
}

// Members calls fn with the name and the raw value of each member of the
// JSON object data, in order; the values are slices of data. It returns
// the first error of fn, or an error when data is not one well-formed
// object. Names used twice are passed twice.
func Members(data []byte, fn func(name string, value []byte) error) error {
	r := readerOf(data)
	defer r.release()
	dec := r.dec
	if dec.PeekKind() != '{' {
		return errNotObject
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	for dec.PeekKind() != '}' {
		tok, err := dec.ReadToken()
		if err != nil {
			return err
		}
		name := tok.String()
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		end := int(dec.InputOffset())
		if err := fn(name, data[end-len(v):end]); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	// Nothing but white space may follow the object.
	if _, err := dec.ReadToken(); err != io.EOF {
		if err == nil {
			err = errors.New("codec: data after the object")
		}
		return err
	}
	return nil
}

// StringValue returns the text of the JSON string raw, or an error when
// raw is not one.
func StringValue(raw []byte) (string, error) {
	if n := len(raw); n >= 2 && raw[0] == '"' && raw[n-1] == '"' &&
		bytes.IndexByte(raw[1:n-1], '\\') < 0 && bytes.IndexByte(raw[1:n-1], '"') < 0 {
		return string(raw[1 : n-1]), nil // nothing to unescape
	}
	b, err := jsontext.AppendUnquote(nil, raw)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// PlainMember returns the text of the member of line named name (ASCII
// letters and digits) when the members before it, and it, are written as
// the codec writes a compact object: no white space, names of ASCII
// letters and digits, and values that are strings without an escape or
// a control character, as in {"id":"urn:x:1","type":"Event",...}. It then
// returns what Member(line, name) returns, unquoted: the value of the
// first member named name, since no name before it is name in another
// case, and Member reads no further. On a line of another form it
// reports false, and the caller asks Member. It reads no more of the line
// than the members up to name, copies nothing and allocates nothing.
func PlainMember(line []byte, name string) (text []byte, ok bool) {
	if len(line) == 0 || line[0] != '{' {
		return nil, false
	}
	i := 1
	for {
		key, next, ok := plainStringAt(line, i)
		if !ok || next >= len(line) || line[next] != ':' {
			return nil, false
		}
		for _, c := range key {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return nil, false
			}
		}
		value, next, ok := plainStringAt(line, next+1)
		if !ok {
			return nil, false
		}
		switch {
		case string(key) == name:
			return value, true
		case len(key) == len(name) && strings.EqualFold(string(key), name):
			return nil, false // the name in another case: Member's rules decide
		}
		if next >= len(line) || line[next] != ',' {
			return nil, false
		}
		i = next + 1
	}
}

// plainStringAt returns the text of the JSON string that starts at line[i]
// and the index after it, when it has no escape and no control
// character; else it reports false.
func plainStringAt(line []byte, i int) (text []byte, next int, ok bool) {
	if i >= len(line) || line[i] != '"' {
		return nil, 0, false
	}
	for j := i + 1; j < len(line); j++ {
		switch c := line[j]; {
		case c == '"':
			return line[i+1 : j], j + 1, true
		case c < 0x20 || c == '\\':
			return nil, 0, false
		}
	}
	return nil, 0, false
}

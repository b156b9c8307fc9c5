package codec

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// Decoder, Token, Kind and Value are the streaming types of the codec;
// see the package doc.
type (
	Decoder = jsontext.Decoder
	Token   = jsontext.Token
	Kind    = jsontext.Kind
	Value   = jsontext.Value
)

var (
	lenientOptions = json.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.AllowDuplicateNames(true), tagUnmarshalers)
	strictOptions  = json.JoinOptions(jsonv1.DefaultOptionsV1(),
		jsontext.AllowDuplicateNames(false), json.RejectUnknownMembers(true), tagUnmarshalers)
)

// Unmarshal decodes the JSON document data into v, a non-nil pointer.
// Strict decoding rejects members that the Go type does not define and
// names used twice in one object. The error, if any, says that data does
// not decode; it does not locate every problem.
//
// A struct is decoded first by the codec's own decoders (decode.go), and
// when they give up, by go-json-experiment/json over what they left,
// which gives what it gives alone.
func Unmarshal(data []byte, v any, strict bool) error {
	return UnmarshalLengths(data, v, strict, nil)
}

// UnmarshalLengths is Unmarshal of a document that ScanLengths has
// accepted, recording its lengths (or of any document, with nil): the
// codec's decoders allocate each slice once, at the length of its array,
// and take the strings' bytes as Scan found them, well-formed and valid
// UTF-8, without checking them again.
func UnmarshalLengths(data []byte, v any, strict bool, lengths *Lengths) error {
	if tried, err := unmarshalFast(data, v, strict, noLimits, lengths, nil); tried && err == nil {
		return nil
	}
	return UnmarshalLibrary(data, v, strict)
}

// UnmarshalLibrary is Unmarshal by go-json-experiment/json alone, for a
// document that the codec's decoders have already tried.
func UnmarshalLibrary(data []byte, v any, strict bool) error {
	opts := lenientOptions
	if strict {
		opts = strictOptions
	}
	return json.Unmarshal(data, v, opts)
}

// UnmarshalValue decodes the JSON value data into v leniently, for the
// UnmarshalJSON method of a type that reads itself with UnmarshalJSONFrom.
// A value of the wrong kind gives an error that wraps ErrType.
func UnmarshalValue(data []byte, v any) error {
	return json.Unmarshal(data, v, lenientOptions)
}

// Strict reports whether dec decodes strictly: duplicate names are
// rejected. A type that reads an object itself (Text) uses it to reject
// names that are the same key in another spelling ("fr" and "FR").
func Strict(dec *Decoder) bool {
	allow, _ := json.GetOption(dec.Options(), jsontext.AllowDuplicateNames)
	return !allow
}

// v1Encode returns what a json.Encoder of encoding/json v1 writes for v
// after SetEscapeHTML(false), without its final newline: the bytes of a
// value that the codec does not encode, or encoding/json's error for it.
func v1Encode(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := stdjson.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	return b[:len(b)-1], nil
}

// ErrType reports a JSON value of the wrong kind for its Go type.
var ErrType = errors.New("wrong JSON type")

// ReadStringBytes reads the next token, a string or an object name, and
// returns its text as Token.String would: unquoted, with invalid UTF-8
// replaced as the decoder's options say. The bytes are those of the
// document when it needs no unquoting, and are valid only until the next
// call of a method of dec; so they make no string unless the caller
// makes one.
func ReadStringBytes(dec *Decoder) ([]byte, error) {
	raw, err := dec.ReadValue()
	if err != nil {
		return nil, err
	}
	if len(raw) < 2 || raw[0] != '"' {
		return nil, fmt.Errorf("%w: want a string, got %s", ErrType, raw.Kind())
	}
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 && utf8.Valid(body) {
		return body, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s, dec.Options()); err != nil {
		return nil, err
	}
	return []byte(s), nil
}

package codec

import (
	"bytes"
	stdjson "encoding/json"
	"errors"
	"reflect"
	"sync"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// Encoder, Decoder, Token, Kind and Value are the streaming types of the
// codec; see the package doc.
type (
	Encoder = jsontext.Encoder
	Decoder = jsontext.Decoder
	Token   = jsontext.Token
	Kind    = jsontext.Kind
	Value   = jsontext.Value
)

// Token constructors and the tokens of objects and arrays.
var (
	BeginObject = jsontext.BeginObject
	EndObject   = jsontext.EndObject
	Null        = jsontext.Null
)

// String returns a string token.
func String(s string) Token { return jsontext.String(s) }

var (
	lenientOptions = json.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.AllowDuplicateNames(true))
	strictOptions  = json.JoinOptions(jsonv1.DefaultOptionsV1(),
		jsontext.AllowDuplicateNames(false), json.RejectUnknownMembers(true))
	// Invalid UTF-8 fails the encoding, which then falls back to
	// encoding/json v1: it writes each invalid byte as the escape
	// \ufffd, where the codec would write the character U+FFFD.
	encodeOptions = json.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.EscapeForHTML(false),
		jsontext.AllowInvalidUTF8(false),
		json.WithMarshalers(json.MarshalToFunc(marshalNumber)))
)

// Unmarshal decodes the JSON document data into v, a non-nil pointer.
// Strict decoding rejects members that the Go type does not define and
// names used twice in one object. The error, if any, says that data does
// not decode; it does not locate every problem.
func Unmarshal(data []byte, v any, strict bool) error {
	if strict {
		return json.Unmarshal(data, v, strictOptions)
	}
	return json.Unmarshal(data, v, lenientOptions)
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

// Marshal returns the canonical encoding of v (see the package doc). Its
// errors are those of encoding/json v1: when v does not encode, v is
// encoded again with encoding/json for its error.
func Marshal(v any) ([]byte, error) {
	e := getEncoder()
	defer e.release()
	if err := e.encode(v); err != nil {
		return v1Encode(v)
	}
	return bytes.Clone(e.buf.Bytes()), nil
}

// AppendJSON appends the canonical encoding of v to b; see Marshal. On
// error it returns b unchanged.
func AppendJSON(b []byte, v any) ([]byte, error) {
	e := getEncoder()
	defer e.release()
	if err := e.encode(v); err != nil {
		out, err := v1Encode(v)
		if err != nil {
			return b, err
		}
		return append(b, out...), nil
	}
	return append(b, e.buf.Bytes()...), nil
}

// maxPooledBuffer is the largest buffer kept for the next encoding: that
// of a document of 64 MiB, as large as decoding admits by default.
const maxPooledBuffer = 64 << 20

// encoderState is an Encoder writing to its own buffer, reused from one
// encoding to the next.
type encoderState struct {
	buf bytes.Buffer
	enc *jsontext.Encoder
}

var encoderPool = sync.Pool{New: func() any {
	e := new(encoderState)
	e.enc = jsontext.NewEncoder(&e.buf, encodeOptions)
	return e
}}

func getEncoder() *encoderState { return encoderPool.Get().(*encoderState) }

func (e *encoderState) release() {
	if e.buf.Cap() > maxPooledBuffer {
		return
	}
	encoderPool.Put(e)
}

// encode writes v to e.buf, without the newline that the Encoder writes
// after a top-level value.
func (e *encoderState) encode(v any) error {
	if namedByV1(reflect.TypeOf(v)) {
		return errV1
	}
	e.buf.Reset()
	e.enc.Reset(&e.buf, encodeOptions)
	if err := json.MarshalEncode(e.enc, v); err != nil {
		return err
	}
	if n := e.buf.Len(); n > 0 && e.buf.Bytes()[n-1] == '\n' {
		e.buf.Truncate(n - 1)
	}
	return nil
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

// marshalNumber writes an encoding/json Number as the number it holds,
// as encoding/json does.
func marshalNumber(enc *Encoder, n stdjson.Number) error {
	if n == "" {
		return enc.WriteValue(Value("0"))
	}
	return enc.WriteValue(Value(n))
}

// errV1 leaves a value to encoding/json v1.
var errV1 = errors.New("codec: value left to encoding/json")

// ErrType reports a JSON value of the wrong kind for its Go type.
var ErrType = errors.New("wrong JSON type")

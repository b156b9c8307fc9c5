package codec

import (
	"bytes"
	stdjson "encoding/json"
	"errors"

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
	encodeOptions = json.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.EscapeForHTML(false))
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
	b, err := json.Marshal(v, encodeOptions)
	if err != nil {
		return v1Encode(v)
	}
	return b, nil
}

// AppendJSON appends the canonical encoding of v to b; see Marshal. On
// error it returns b unchanged.
func AppendJSON(b []byte, v any) ([]byte, error) {
	buf := bytes.NewBuffer(b)
	start := len(b)
	enc := jsontext.NewEncoder(buf, encodeOptions)
	if err := json.MarshalEncode(enc, v, encodeOptions); err != nil {
		out, err := v1Encode(v)
		if err != nil {
			return b[:start], err
		}
		return append(b[:start], out...), nil
	}
	out := buf.Bytes()
	// The encoder ends a top-level value with a newline.
	if n := len(out); n > start && out[n-1] == '\n' {
		out = out[:n-1]
	}
	return out, nil
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

package codec

import (
	"reflect"
)

// IndentEncoder appends values indented, as AppendIndentJSON does, for a
// caller that encodes many values one after another, most of them of the
// same pointer type (the nodes of one list of a graph document). It
// keeps the encoder of the last pointer type it met, so that a value of
// that type is encoded without looking its encoder up, and a state of
// its own, so that none is taken from the pool and put back for each
// value. The bytes are AppendIndentJSON's, whatever the value: a value
// that is not a non-nil pointer, or whose encoding fails, is encoded as
// AppendIndentJSON encodes it. The zero IndentEncoder is ready to use,
// with no prefix and no indent; an IndentEncoder is not safe for
// concurrent use.
type IndentEncoder struct {
	prefix, indent string
	t              reflect.Type // the pointer type of enc, or nil
	enc            ptrEncFunc
	e              encState
}

// NewIndentEncoder returns an IndentEncoder that indents with prefix
// and indent, as AppendIndentJSON(dst, v, prefix, indent) does.
func NewIndentEncoder(prefix, indent string) *IndentEncoder {
	return &IndentEncoder{prefix: prefix, indent: indent}
}

// Append appends the indented encoding of v to dst and returns the
// extended slice: what AppendIndentJSON(dst, v, prefix, indent) returns,
// error included. Like AppendIndentJSON, it may write in dst's capacity
// past the length of what it returns.
func (x *IndentEncoder) Append(dst []byte, v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return AppendIndentJSON(dst, v, x.prefix, x.indent)
	}
	if t := rv.Type(); t != x.t {
		x.t, x.enc = t, ptrEncoderOf(t)
	}
	e := &x.e
	if !e.ind.on {
		// Once: the line breaks of every level the encoder reaches
		// are kept from one value to the next.
		e.startIndent(x.prefix, x.indent)
	}
	e.ind.level = 0
	out, err := e.encodeRoot(dst, x.enc, rv.UnsafePointer())
	if err == nil {
		return out, nil
	}
	compact, err := v1Encode(v)
	if err != nil {
		return dst, err
	}
	return AppendIndent(dst, compact, x.prefix, x.indent), nil
}

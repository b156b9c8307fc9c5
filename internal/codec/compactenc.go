package codec

import "reflect"

// Encoder appends values in the canonical encoding, as AppendJSON does,
// for a caller that encodes many values one after another, most of them
// of a few pointer types (the nodes of a stream). It keeps the encoders
// of the last pointer types it met, so that a value of one of them is
// encoded without looking its encoder up, and a state of its own, so
// that none is taken from the pool and put back for each value and its
// caches (the sorted tags of Texts) outlive a collection. The bytes are
// AppendJSON's, whatever the value: a value that is not a non-nil
// pointer, or whose encoding fails, is encoded as AppendJSON encodes
// it. The zero Encoder is ready to use; an Encoder is not safe for
// concurrent use.
type Encoder struct {
	types [encoderTypes]reflect.Type
	encs  [encoderTypes]ptrEncFunc
	next  int // the entry replaced at the next type not kept
	e     encState
}

// encoderTypes is how many pointer types an Encoder keeps the encoders
// of: more than the node types of a graph.
const encoderTypes = 16

// Append appends the canonical encoding of v to dst and returns the
// extended slice: what AppendJSON(dst, v) returns, error included.
// Unlike AppendJSON, it may write in dst's capacity past the length of
// what it returns.
func (x *Encoder) Append(dst []byte, v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return AppendJSON(dst, v)
	}
	out, err := x.e.encodeRoot(dst, x.encoderOf(rv.Type()), rv.UnsafePointer())
	if err == nil {
		return out, nil
	}
	if out, err = v1Encode(v); err != nil {
		return dst, err
	}
	return append(dst, out...), nil
}

// encoderOf returns the fast encoder of pointer type t, kept or looked
// up and kept in place of the oldest kept.
func (x *Encoder) encoderOf(t reflect.Type) ptrEncFunc {
	for i, k := range x.types {
		if k == t {
			return x.encs[i]
		}
	}
	i := x.next
	x.next = (i + 1) % encoderTypes
	x.types[i], x.encs[i] = t, ptrEncoderOf(t)
	return x.encs[i]
}

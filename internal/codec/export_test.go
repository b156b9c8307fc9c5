package codec

import (
	"reflect"
)

// HasFastDecoder reports whether values of type t have a fast decoder.
func HasFastDecoder(t reflect.Type) bool {
	_, ok := fastDecoderOf(t)
	return ok
}

// UnmarshalFast decodes by the fast path alone; tried is false when v's
// type has no fast decoder.
func UnmarshalFast(data []byte, v any, strict bool) (tried bool, err error) {
	return unmarshalFast(data, v, strict, noLimits, nil, nil)
}

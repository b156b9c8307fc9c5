package codec

import (
	"reflect"

	json "github.com/go-json-experiment/json"
)

// HasFastDecoder reports whether values of type t have a fast decoder.
func HasFastDecoder(t reflect.Type) bool {
	_, ok := fastDecoderOf(t)
	return ok
}

// UnmarshalFast decodes by the fast path alone; tried is false when v's
// type has no fast decoder.
func UnmarshalFast(data []byte, v any, strict bool) (tried bool, err error) {
	opts := lenientOptions
	if strict {
		opts = strictOptions
	}
	return unmarshalFast(data, v, opts)
}

// UnmarshalLibrary decodes with go-json-experiment/json alone.
func UnmarshalLibrary(data []byte, v any, strict bool) error {
	opts := lenientOptions
	if strict {
		opts = strictOptions
	}
	return json.Unmarshal(data, v, opts)
}

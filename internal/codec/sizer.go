package codec

import (
	"bytes"
	"reflect"
)

// Sizer allocates the slices that a document's top-level lists decode
// into, once, at the size of the lists, so that decoding does not grow
// them element by element (which allocates about five times as much for
// long lists). The one-pass check of the limits counts the lists.
type Sizer struct {
	v      reflect.Value
	fields *Fields
	counts []int // by field
}

// NewSizer returns a Sizer for v, or nil unless v is a settable struct.
func NewSizer(v reflect.Value) *Sizer {
	if v.Kind() != reflect.Struct || !v.CanSet() {
		return nil
	}
	fs := FieldsOf(v.Type())
	return &Sizer{v: v, fields: fs, counts: make([]int, len(fs.List))}
}

// Count records that the member named key (its raw text, between quotes)
// of the top-level object is an array of n elements. Names that match no
// slice field, and names with escapes, are ignored.
func (z *Sizer) Count(key []byte, n int) {
	if bytes.IndexByte(key, '\\') >= 0 {
		return
	}
	i, ok := z.fields.Lookup(string(key))
	if !ok {
		return
	}
	if t := z.fields.List[i].Type; t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8 {
		z.counts[i] = max(z.counts[i], n)
	}
}

// Apply gives each slice field counted a capacity of its count, unless it
// has that much already.
func (z *Sizer) Apply() {
	for i, f := range z.fields.List {
		n := z.counts[i]
		if n == 0 {
			continue
		}
		fv, err := z.v.FieldByIndexErr(f.Index)
		if err != nil || !fv.CanSet() || fv.Cap() >= n {
			continue
		}
		fv.Set(reflect.MakeSlice(f.Type, 0, n))
	}
}

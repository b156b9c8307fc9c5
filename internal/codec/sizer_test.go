package codec

import (
	"reflect"
	"testing"
)

func TestSizer(t *testing.T) {
	var v outer
	z := NewSizer(reflect.ValueOf(&v).Elem())
	z.Count([]byte("items"), 40)
	z.Count([]byte("Items"), 50) // the same field, matched as encoding/json does
	z.Count([]byte("kind"), 9)   // not a slice
	z.Count([]byte("bogus"), 9)  // no such field
	z.Count([]byte(`it\u0065ms`), 99)
	z.Apply()
	if cap(v.Items) != 50 || len(v.Items) != 0 {
		t.Errorf("items: len %d, cap %d", len(v.Items), cap(v.Items))
	}
	big := make([]inner, 3, 80)
	v.Items = big
	z.Apply()
	if &v.Items[0] != &big[0] {
		t.Error("a slice with room enough is replaced")
	}
	if NewSizer(reflect.ValueOf(v)) != nil || NewSizer(reflect.ValueOf(new(int)).Elem()) != nil {
		t.Error("NewSizer of a value that is not a settable struct")
	}
}

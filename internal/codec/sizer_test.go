package codec

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
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
	assert.Equal(t, 50, cap(v.Items), "items: cap")
	assert.Empty(t, v.Items, "items: len")
	big := make([]inner, 3, 80)
	v.Items = big
	z.Apply()
	assert.Same(t, &big[0], &v.Items[0], "a slice with room enough is replaced")
	assert.Nil(t, NewSizer(reflect.ValueOf(v)), "NewSizer of a value that is not settable")
	assert.Nil(t, NewSizer(reflect.ValueOf(new(int)).Elem()), "NewSizer of a value that is not a struct")
}

package codec

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValueAtAsNewAt checks valueAt against reflect.NewAt, the rule it
// replaces in the slice decoder: the same type, the same address, settable,
// and a value set through it is the one at the pointer.
func TestValueAtAsNewAt(t *testing.T) {
	type elem struct {
		A string
		B []int
	}
	cases := []struct {
		name string
		ptr  any // a pointer to a value to set
		set  any // a value of the pointer's element type
	}{
		{"strings", &[]string{"a"}, []string{"x", "y"}},
		{"nil strings", new([]string), []string{}},
		{"ints", &[]int{1, 2, 3}, []int(nil)},
		{"structs", &[]elem{{A: "a"}}, []elem{{A: "b", B: []int{1}}}},
		{"pointers", &[]*elem{nil}, []*elem{{A: "c"}}},
		{"named", &[]reflect.Kind{reflect.Int}, []reflect.Kind{reflect.String}},
		{"string", new(string), "s"},
		{"struct", &elem{A: "a"}, elem{A: "z"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pv := reflect.ValueOf(c.ptr)
			typ := pv.Type().Elem()
			p := pv.UnsafePointer()
			want := reflect.NewAt(typ, p).Elem()
			got := valueAt(typ)(p)
			require.Equal(t, want.Type(), got.Type())
			assert.Equal(t, want.Kind(), got.Kind())
			assert.Equal(t, want.CanSet(), got.CanSet())
			assert.Equal(t, want.CanAddr(), got.CanAddr())
			assert.Equal(t, want.Addr().UnsafePointer(), got.Addr().UnsafePointer())
			assert.Equal(t, want.Interface(), got.Interface())
			got.Set(reflect.ValueOf(c.set))
			assert.Equal(t, c.set, pv.Elem().Interface())
			assert.Equal(t, unsafe.Pointer(pv.Pointer()), got.Addr().UnsafePointer())
		})
	}
}

package jsonpath

import (
	"reflect"
	"strings"
	"testing"
)

func TestDuplicates(t *testing.T) {
	tests := []struct {
		name, in string
		paths    []string
	}{
		{"none", `{"id":"a","items":[{"code":"ok","codes":["no","no"]}],"one":{"byKey":{"ok":"ok"}}}`, nil},
		{"struct field", `{"id":"a","items":[{},{"code":"ok","Code":"ok"}]}`, []string{"items[1].Code"}},
		{"map key", `{"one":{"byKey":{"ok":"ok","OK":"ok"}}}`, []string{"one.byKey.OK"}},
		{"values are not decoded", `{"kind":"no","items":[{"code":"no"}],"id":"a","id":"b"}`, []string{"id"}},
		{"unknown members are reported too", `{"bogus":1,"bogus":2}`, []string{"bogus", "bogus"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var paths []string
			for _, e := range Duplicates([]byte(tc.in), reflect.TypeFor[outer](), 0) {
				paths = append(paths, e.Path)
			}
			if strings.Join(paths, " ") != strings.Join(tc.paths, " ") {
				t.Errorf("paths %v, want %v", paths, tc.paths)
			}
		})
	}
}

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

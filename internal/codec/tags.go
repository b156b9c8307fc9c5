package codec

import (
	"reflect"
	"strings"
	"sync"
	"unicode"
)

// v1Names caches, by type, whether encoding/json v1 names some member of a
// value of the type otherwise than the codec: a json tag whose name v1
// rejects (`json:"a\"b"`), for which v1 falls back to the field's name.
var v1Names sync.Map // reflect.Type -> bool

// namedByV1 reports whether values of type t are left to encoding/json v1
// (see v1Names). It looks at the types that t holds, not at the dynamic
// types of its interface values.
func namedByV1(t reflect.Type) bool {
	if t == nil {
		return false
	}
	if r, ok := v1Names.Load(t); ok {
		return r.(bool)
	}
	r := oddTags(t, map[reflect.Type]bool{})
	v1Names.Store(t, r)
	return r
}

func oddTags(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return oddTags(t.Elem(), seen)
	case reflect.Map:
		return oddTags(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			sf := t.Field(i)
			name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
			if name != "" && name != "-" && !validV1Name(name) {
				return true
			}
			if oddTags(sf.Type, seen) {
				return true
			}
		}
	}
	return false
}

// validV1Name reports whether encoding/json v1 takes name from a json tag
// as a member name.
func validV1Name(name string) bool {
	for _, c := range name {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

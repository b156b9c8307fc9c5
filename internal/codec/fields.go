package codec

import (
	"reflect"
	"strings"
	"sync"
)

// field is a member of a struct's JSON object.
type field struct {
	name  string
	typ   reflect.Type
	index []int // of the struct field, for reflect.Value.FieldByIndex
}

// fieldSet finds the field of a member name as decoding does: the exact
// name first, then the name without regard to case.
type fieldSet struct {
	list   []field
	byName map[string]int
	folded map[string]int
}

func (fs *fieldSet) lookup(name string) (field, bool) {
	if i, ok := fs.byName[name]; ok {
		return fs.list[i], true
	}
	i, ok := fs.folded[strings.ToLower(name)]
	if !ok {
		return field{}, false
	}
	return fs.list[i], true
}

var fieldCache sync.Map // reflect.Type -> *fieldSet

// fieldsOf lists the JSON members of a struct type as encoding/json v1
// sees them: exported fields under their tag names, with the fields of
// untagged embedded structs promoted, the shallower of two fields of one
// name winning.
func fieldsOf(t reflect.Type) *fieldSet {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.(*fieldSet)
	}
	fs := &fieldSet{byName: map[string]int{}, folded: map[string]int{}}
	for _, sf := range reflect.VisibleFields(t) {
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				continue // its fields are promoted and listed on their own
			}
		}
		if name == "" || !validTagName(name) {
			name = sf.Name
		}
		if _, dup := fs.byName[name]; dup {
			continue
		}
		fs.byName[name] = len(fs.list)
		if _, dup := fs.folded[strings.ToLower(name)]; !dup {
			fs.folded[strings.ToLower(name)] = len(fs.list)
		}
		fs.list = append(fs.list, field{name: name, typ: sf.Type, index: sf.Index})
	}
	fieldCache.Store(t, fs)
	return fs
}

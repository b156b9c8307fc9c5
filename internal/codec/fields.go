package codec

import (
	"cmp"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Field is a member of a struct's JSON object, as encoding/json sees it.
type Field struct {
	// Name is the member name: the json tag's name, or the Go name.
	Name string
	// GoName is the name of the Go field.
	GoName string
	// Type is the Go type of the field.
	Type reflect.Type
	// Index is the index path of the field, for reflect's FieldByIndex.
	Index []int
	// OmitEmpty and OmitZero are the json tag's options.
	OmitEmpty, OmitZero bool
	// tagged: the name comes from the tag; quoted: the ",string" option.
	tagged, quoted bool
}

// Fields is the table of a struct type's JSON members.
type Fields struct {
	// List holds the members in the order encoding/json writes them.
	List []Field
	// byName and folded find a member by its name, as written and
	// without regard to case.
	byName map[string]int
	folded map[string]int
	// plain: the codec's encoder writes the struct itself; see
	// newStructEncoder.
	plain bool
}

// Lookup finds the member of a name as decoding does: the exact name
// first, then the name without regard to case. It returns the index of
// the member in List.
func (fs *Fields) Lookup(name string) (int, bool) {
	if i, ok := fs.byName[name]; ok {
		return i, true
	}
	i, ok := fs.folded[strings.ToLower(name)]
	return i, ok
}

var fieldCache sync.Map // reflect.Type -> *Fields

// FieldsOf returns the JSON members of the struct type t as encoding/json
// v1 sees them, the one table of them that the encoder, the decoder's
// checks and the JSON Schema generator share: the exported fields under
// their tag names (the Go name when the tag gives none or one that is not
// valid), without the fields tagged "-", with the exported fields of
// embedded structs without a tag name promoted (embedded through a pointer
// or not), and of two members of one name the shallower, or of two at one
// depth the tagged one, kept (none when that does not decide). The table
// is built once per type.
func FieldsOf(t reflect.Type) *Fields {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.(*Fields)
	}
	list, plain := typeFields(t)
	fs := &Fields{List: list, plain: plain, byName: make(map[string]int, len(list)), folded: make(map[string]int, len(list))}
	for i, f := range list {
		fs.byName[f.Name] = i
		if _, dup := fs.folded[strings.ToLower(f.Name)]; !dup {
			fs.folded[strings.ToLower(f.Name)] = i
		}
	}
	fieldCache.Store(t, fs)
	return fs
}

// typeFields follows encoding/json's typeFields: a breadth-first walk of
// the embedded structs, then the dominant field of each name. plain is
// false when the struct embeds a struct through a pointer or an
// unexported one, uses the ",string" option, or has two members of one
// name: cases that the encoder leaves to encoding/json.
func typeFields(t reflect.Type) (fields []Field, plain bool) {
	type walk struct {
		typ   reflect.Type
		index []int
	}
	plain = true
	var current []walk
	next := []walk{{typ: t}}
	var count, nextCount map[reflect.Type]int
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current, next = next, current[:0]
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, w := range current {
			if visited[w.typ] {
				continue
			}
			visited[w.typ] = true
			for i := range w.typ.NumField() {
				sf := w.typ.Field(i)
				if sf.Anonymous {
					ft := sf.Type
					if ft.Kind() == reflect.Pointer {
						ft = ft.Elem()
					}
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue
					}
					if !sf.IsExported() || sf.Type.Kind() == reflect.Pointer {
						plain = false
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts, _ := strings.Cut(tag, ",")
				if !validTagName(name) {
					name = ""
				}
				index := append(slices.Clone(w.index), i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := Field{
						Name: name, GoName: sf.Name, Type: sf.Type, Index: index, tagged: name != "",
						OmitEmpty: hasOption(opts, "omitempty"), OmitZero: hasOption(opts, "omitzero"),
						quoted: hasOption(opts, "string"),
					}
					if f.Name == "" {
						f.Name = sf.Name
					}
					if f.quoted {
						plain = false
					}
					fields = append(fields, f)
					if count[w.typ] > 1 {
						// The type is embedded twice at this depth: its
						// fields annihilate each other.
						fields = append(fields, fields[len(fields)-1])
					}
					continue
				}
				nextCount[ft]++
				if nextCount[ft] == 1 {
					next = append(next, walk{typ: ft, index: index})
				}
			}
		}
	}
	slices.SortStableFunc(fields, func(a, b Field) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), cmp.Compare(len(a.Index), len(b.Index)),
			-cmp.Compare(boolInt(a.tagged), boolInt(b.tagged)), slices.Compare(a.Index, b.Index))
	})
	out := fields[:0]
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].Name == fields[i].Name {
			j++
		}
		if j-i > 1 {
			plain = false
		}
		// The dominant field: the first, unless another has its depth
		// and tagging.
		if j-i == 1 || len(fields[i].Index) < len(fields[i+1].Index) || fields[i].tagged != fields[i+1].tagged {
			out = append(out, fields[i])
		}
		i = j
	}
	slices.SortFunc(out, func(a, b Field) int { return slices.Compare(a.Index, b.Index) })
	return out, plain
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func hasOption(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == name {
			return true
		}
	}
	return false
}

// validTagName reports whether encoding/json takes name from a json tag
// as a member name; otherwise it uses the field's name.
func validTagName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// fieldOffset returns the offset in a struct of type t of the field at
// index, a path through embedded structs held by value (not by pointer),
// as the encoder and decoder that write members at their offsets read it.
func fieldOffset(t reflect.Type, index []int) uintptr {
	var offset uintptr
	for _, j := range index {
		sf := t.Field(j)
		offset += sf.Offset
		t = sf.Type
	}
	return offset
}

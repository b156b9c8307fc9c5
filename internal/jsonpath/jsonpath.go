// Package jsonpath locates decoding errors: given a JSON document that
// encoding/json failed to decode into a Go type, it walks the document and
// the type side by side and reports the JSON path of each value that does
// not decode, such as events[3].kind.
//
// encoding/json reports the first error only, without array indices, and
// errors returned by UnmarshalText methods carry no location at all. The
// walk runs only after a decode has failed, so documents that decode pay
// nothing for it.
package jsonpath

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Error is a located decoding error.
type Error struct {
	Path string
	Err  error
	// Type is the Go type of the value that failed to decode, when the
	// error is about a value (not about the document's shape).
	Type reflect.Type
}

func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }

func (e *Error) Unwrap() error { return e.Err }

// ErrUnknownField reports a member of an object that the Go type does not
// have, in strict mode.
var ErrUnknownField = errors.New("unknown field")

// ErrDuplicateKey reports a member name used twice in one object, in strict
// mode.
var ErrDuplicateKey = errors.New("duplicate key")

// ErrType reports a JSON value of the wrong type ("want string, got
// number").
var ErrType = errors.New("wrong JSON type")

// KeyError reports an object member name that does not decode as the key
// type of a map, such as a malformed language tag in a map keyed by
// language.Tag.
type KeyError struct {
	// Key is the member name, cut to 64 bytes.
	Key string
	// Type is the Go key type.
	Type reflect.Type
	// Err is the error of the key's UnmarshalText method.
	Err error
}

func (e *KeyError) Error() string {
	return "invalid key " + strconv.Quote(e.Key) + ": " + e.Err.Error()
}

func (e *KeyError) Unwrap() error { return e.Err }

// Locate walks data as a value of type t and returns the located errors, in
// document order, up to max of them (max <= 0 means no limit). In strict
// mode unknown fields and duplicate keys are errors too.
func Locate(data []byte, t reflect.Type, strict bool, max int) []*Error {
	w := walker{strict: strict, max: max}
	w.walk(data, t, "")
	return w.errs
}

type walker struct {
	strict bool
	max    int
	errs   []*Error
}

func (w *walker) full() bool { return w.max > 0 && len(w.errs) >= w.max }

func (w *walker) add(path string, err error) {
	if !w.full() {
		w.errs = append(w.errs, &Error{Path: path, Err: err})
	}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

func custom(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(unmarshalerType) || p.Implements(textUnmarshalerType)
}

func (w *walker) walk(data []byte, t reflect.Type, path string) {
	if w.full() {
		return
	}
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return
	}
	if t.Kind() == reflect.Pointer && !custom(t) {
		w.walk(data, t.Elem(), path)
		return
	}
	if custom(t) {
		w.leaf(data, t, path)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if len(data) == 0 || data[0] != '{' {
			w.leaf(data, t, path)
			return
		}
		fields := fieldsOf(t)
		seen := map[string]bool{}
		w.members(data, path, func(key string, val []byte) {
			kp := join(path, key)
			f, ok := fields.lookup(key)
			if !ok {
				if w.strict {
					w.add(kp, ErrUnknownField)
				}
				return
			}
			// encoding/json matches member names to fields without
			// regard to case, so "date" and "Date" set the same field:
			// duplicates are counted by field.
			if w.strict {
				if seen[f.name] {
					w.add(kp, ErrDuplicateKey)
					return
				}
				seen[f.name] = true
			}
			w.walk(val, f.typ, kp)
		})
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			w.leaf(data, t, path)
			return
		}
		if len(data) == 0 || data[0] != '[' {
			w.leaf(data, t, path)
			return
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		if _, err := dec.Token(); err != nil {
			w.add(path, err)
			return
		}
		for i := 0; dec.More() && !w.full(); i++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				w.add(path+"["+strconv.Itoa(i)+"]", err)
				return
			}
			w.walk(raw, t.Elem(), path+"["+strconv.Itoa(i)+"]")
		}
		w.close(dec, path)
	case reflect.Map:
		if len(data) == 0 || data[0] != '{' {
			w.leaf(data, t, path)
			return
		}
		kt := t.Key()
		seen := map[string]bool{}
		w.members(data, path, func(key string, val []byte) {
			kp := join(path, key)
			canon := key
			if reflect.PointerTo(kt).Implements(textUnmarshalerType) {
				k := reflect.New(kt)
				if err := k.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					w.add(kp, &KeyError{Key: cut(key), Type: kt, Err: err})
					return
				}
				// Keys that decode to the same value ("EN" and "en"
				// as language tags) are the same key.
				if m, ok := k.Elem().Interface().(encoding.TextMarshaler); ok {
					if b, err := m.MarshalText(); err == nil {
						canon = string(b)
					}
				}
			}
			if w.strict {
				if seen[canon] {
					w.add(kp, ErrDuplicateKey)
					return
				}
				seen[canon] = true
			}
			w.walk(val, t.Elem(), kp)
		})
	default:
		w.leaf(data, t, path)
	}
}

// members calls fn for each member of the object data, in order.
func (w *walker) members(data []byte, path string, fn func(key string, val []byte)) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		w.add(path, err)
		return
	}
	for dec.More() && !w.full() {
		tok, err := dec.Token()
		if err != nil {
			w.add(path, err)
			return
		}
		key, _ := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			w.add(join(path, key), err)
			return
		}
		fn(key, raw)
	}
	w.close(dec, path)
}

// close reads the closing bracket or brace of the array or object that dec
// is in, reporting input that stops short.
func (w *walker) close(dec *json.Decoder, path string) {
	if w.full() {
		return
	}
	if _, err := dec.Token(); err != nil {
		w.add(path, err)
	}
}

// leaf decodes data into a fresh value of type t and records the error.
func (w *walker) leaf(data []byte, t reflect.Type, path string) {
	err := json.Unmarshal(data, reflect.New(t).Interface())
	if err == nil {
		return
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		w.add(path, fmt.Errorf("%w: want %s, got %s", ErrType, kindName(t), te.Value))
		return
	}
	if !w.full() {
		w.errs = append(w.errs, &Error{Path: path, Err: err, Type: t})
	}
}

func kindName(t reflect.Type) string {
	if custom(t) {
		return "string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Pointer:
		return kindName(t.Elem())
	}
	return "number"
}

// join appends a member name to a path, in brackets and quotes when the
// name is not a plain identifier.
func join(path, key string) string {
	plain := key != ""
	for _, r := range key {
		if !(r == '_' || r == '-' || r == '@' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			plain = false
			break
		}
	}
	if !plain {
		return path + "[" + strconv.Quote(cut(key)) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// maxKey is the longest prefix of a member name that paths and errors
// quote.
const maxKey = 64

// cut shortens s to at most maxKey bytes, on a rune boundary, marking the
// cut with "...".
func cut(s string) string {
	if len(s) <= maxKey {
		return s
	}
	n := maxKey
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

type field struct {
	name string
	typ  reflect.Type
}

type fieldSet struct {
	byName map[string]field
	folded map[string]field
}

func (fs fieldSet) lookup(key string) (field, bool) {
	if f, ok := fs.byName[key]; ok {
		return f, true
	}
	f, ok := fs.folded[strings.ToLower(key)]
	return f, ok
}

var fieldCache sync.Map // reflect.Type -> fieldSet

// fieldsOf lists the JSON members of a struct type as encoding/json sees
// them: exported fields under their tag names, with the fields of untagged
// embedded structs promoted.
func fieldsOf(t reflect.Type) fieldSet {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.(fieldSet)
	}
	fs := fieldSet{byName: map[string]field{}, folded: map[string]field{}}
	for _, sf := range reflect.VisibleFields(t) {
		if !sf.IsExported() && !sf.Anonymous {
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
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if _, dup := fs.byName[name]; dup {
			continue // the shallower field wins, as in encoding/json
		}
		f := field{name: name, typ: sf.Type}
		fs.byName[name] = f
		if _, dup := fs.folded[strings.ToLower(name)]; !dup {
			fs.folded[strings.ToLower(name)] = f
		}
	}
	fieldCache.Store(t, fs)
	return fs
}

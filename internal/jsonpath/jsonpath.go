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

	"github.com/diplo-go/diplo/internal/jsonscan"
)

// Error is a located decoding error.
type Error struct {
	Path string
	Err  error
	// Type is the Go type of the value that failed to decode, when the
	// error is about a value (not about the document's shape).
	Type reflect.Type
}

// Error returns "path: message".
func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
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

// Error names the key and the reason.
func (e *KeyError) Error() string {
	return "invalid key " + strconv.Quote(e.Key) + ": " + e.Err.Error()
}

// Unwrap returns the error of the key's UnmarshalText method.
func (e *KeyError) Unwrap() error { return e.Err }

// Locate walks data as a value of type t and returns the located errors, in
// document order, up to max of them (max <= 0 means no limit). In strict
// mode unknown fields and duplicate keys are errors too.
func Locate(data []byte, t reflect.Type, strict bool, max int) []*Error {
	w := walker{strict: strict, max: max}
	w.walk(data, t, nil)
	return w.errs
}

type walker struct {
	strict bool
	max    int
	errs   []*Error
	skip   jsonscan.Skipper
}

// seg is one step of a path: a member name, or an array index when key is
// nil. Paths are built from segments only when an error is recorded.
type seg struct {
	parent *seg
	key    []byte // the raw member name, quoted
	index  int
}

// String renders the path from the root to s.
func (s *seg) String() string {
	var steps []*seg
	for ; s != nil; s = s.parent {
		steps = append(steps, s)
	}
	var p string
	for i := len(steps) - 1; i >= 0; i-- {
		if st := steps[i]; st.key == nil {
			p += "[" + strconv.Itoa(st.index) + "]"
		} else {
			p = join(p, unquote(st.key))
		}
	}
	return p
}

func (w *walker) full() bool { return w.max > 0 && len(w.errs) >= w.max }

func (w *walker) add(path *seg, err error) {
	if !w.full() {
		w.errs = append(w.errs, &Error{Path: path.String(), Err: err})
	}
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

var customCache sync.Map // reflect.Type -> bool

// custom reports whether values of type t decode themselves.
func custom(t reflect.Type) bool {
	if c, ok := customCache.Load(t); ok {
		return c.(bool)
	}
	p := reflect.PointerTo(t)
	c := p.Implements(unmarshalerType) || p.Implements(textUnmarshalerType)
	customCache.Store(t, c)
	return c
}

func (w *walker) walk(data []byte, t reflect.Type, path *seg) {
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
	// A map that decodes itself (diplo.Text) is still walked as a map, so
	// that a bad key or value is located at its own path.
	if custom(t) && t.Kind() != reflect.Map {
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
		// seen marks the fields set so far: encoding/json matches
		// member names to fields without regard to case, so "date"
		// and "Date" set the same field and duplicates are counted by
		// field.
		var seen bitset
		it := open(data, &w.skip)
		for it.next() && !w.full() {
			kp := &seg{parent: path, key: it.key}
			f, ok := fields.lookupRaw(it.key)
			if !ok {
				if w.strict {
					w.add(kp, ErrUnknownField)
				}
				continue
			}
			if w.strict {
				if seen.has(f.index) {
					w.add(kp, ErrDuplicateKey)
					continue
				}
				seen.set(f.index)
			}
			w.walk(it.val, f.typ, kp)
		}
		w.fail(&it, path)
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 || len(data) == 0 || data[0] != '[' {
			w.leaf(data, t, path)
			return
		}
		it := open(data, &w.skip)
		for i := 0; it.next() && !w.full(); i++ {
			w.walk(it.val, t.Elem(), &seg{parent: path, index: i})
		}
		w.fail(&it, path)
	case reflect.Map:
		if len(data) == 0 || data[0] != '{' {
			w.leaf(data, t, path)
			return
		}
		kt := t.Key()
		textKey := reflect.PointerTo(kt).Implements(textUnmarshalerType)
		var seen map[string]bool
		it := open(data, &w.skip)
		for it.next() && !w.full() {
			kp := &seg{parent: path, key: it.key}
			key := unquote(it.key)
			canon := key
			if textKey {
				k := reflect.New(kt)
				if err := k.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					w.add(kp, &KeyError{Key: cut(key), Type: kt, Err: err})
					continue
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
					continue
				}
				if seen == nil {
					seen = map[string]bool{}
				}
				seen[canon] = true
			}
			w.walk(it.val, t.Elem(), kp)
		}
		w.fail(&it, path)
	default:
		w.leaf(data, t, path)
	}
}

// bitset marks small non-negative integers, the indices of the fields of
// a struct; it allocates only past 64.
type bitset struct {
	low  uint64
	high map[int]bool
}

func (b *bitset) has(i int) bool {
	if i < 64 {
		return b.low&(1<<i) != 0
	}
	return b.high[i]
}

func (b *bitset) set(i int) {
	if i < 64 {
		b.low |= 1 << i
		return
	}
	if b.high == nil {
		b.high = map[int]bool{}
	}
	b.high[i] = true
}

// iterator steps through the elements of an array or the members of an
// object, reading the raw text of each with jsonscan.Value, which copies
// nothing.
type iterator struct {
	data    []byte
	i       int
	closer  byte
	started bool
	// key is the raw member name, quoted, and val the raw value, of the
	// current element or member.
	key, val []byte
	// err is what stopped the iteration early: the input is not
	// well-formed.
	err  error
	skip *jsonscan.Skipper
}

// open starts iterating over data, which begins with '[' or '{'.
func open(data []byte, skip *jsonscan.Skipper) iterator {
	it := iterator{data: data, i: 1, closer: ']', skip: skip}
	if data[0] == '{' {
		it.closer = '}'
	}
	return it
}

// next moves to the next element or member and reports whether there is
// one.
func (it *iterator) next() bool {
	if it.err != nil || it.i < 0 {
		return false
	}
	data := it.data
	i := space(data, it.i)
	switch {
	case i < len(data) && data[i] == it.closer && !it.started:
		it.i = -1
		return false
	case !it.started:
	case i < len(data) && data[i] == it.closer:
		it.i = -1
		return false
	case i < len(data) && data[i] == ',':
		i = space(data, i+1)
	default:
		return it.stop(i, "after array element or object member")
	}
	it.started = true
	if it.closer == '}' {
		if i >= len(data) || data[i] != '"' {
			return it.stop(i, "looking for beginning of object key string")
		}
		end, e := it.skip.Value(data, i)
		if e != nil {
			it.err = e
			return false
		}
		it.key = data[i:end]
		i = space(data, end)
		if i >= len(data) || data[i] != ':' {
			return it.stop(i, "after object key")
		}
		i = space(data, i+1)
	}
	end, e := it.skip.Value(data, i)
	if e != nil {
		it.err = e
		return false
	}
	it.val = data[i:end]
	it.i = end
	return true
}

func (it *iterator) stop(i int, where string) bool {
	if i >= len(it.data) {
		it.err = errors.New("unexpected end of JSON input")
	} else {
		it.err = fmt.Errorf("invalid character %q %s", it.data[i], where)
	}
	return false
}

func space(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// fail records the error that stopped an iteration, if any.
func (w *walker) fail(it *iterator, path *seg) {
	if it.err != nil {
		w.add(path, it.err)
	}
}

// unquote decodes a raw JSON string as encoding/json does.
func unquote(raw []byte) string {
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 && utf8.Valid(body) {
		return string(body)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return string(body)
	}
	return s
}

// leaf decodes data into a fresh value of type t and records the error.
func (w *walker) leaf(data []byte, t reflect.Type, path *seg) {
	err := json.Unmarshal(data, reflect.New(t).Interface())
	if err == nil {
		return
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		// te.Value quotes a number in full ("number 1e400"): cut it.
		w.add(path, fmt.Errorf("%w: want %s, got %s", ErrType, kindName(t), cut(te.Value)))
		return
	}
	if !w.full() {
		w.errs = append(w.errs, &Error{Path: path.String(), Err: err, Type: t})
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

// join appends a member name to a path; see jsonscan.Join.
func join(path, key string) string { return jsonscan.Join(path, key) }

// maxKey is the longest prefix of a member name that paths and errors
// quote.
const maxKey = jsonscan.MaxKey

// cut shortens s to at most maxKey bytes; see jsonscan.Cut.
func cut(s string) string { return jsonscan.Cut(s) }

type field struct {
	name  string
	typ   reflect.Type
	index int   // in the order of the struct's JSON members
	path  []int // the reflect index of the struct field
}

type fieldSet struct {
	byName map[string]field
	folded map[string]field
}

// lookup finds the field of the member name key.
func (fs fieldSet) lookup(key string) (field, bool) {
	if f, ok := fs.byName[key]; ok {
		return f, true
	}
	f, ok := fs.folded[strings.ToLower(key)]
	return f, ok
}

// lookupRaw finds the field of the raw (quoted) member name raw, without
// allocating when the name is exactly a field's.
func (fs fieldSet) lookupRaw(raw []byte) (field, bool) {
	if f, ok := fs.byName[string(raw[1:len(raw)-1])]; ok {
		return f, true
	}
	return fs.lookup(unquote(raw))
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
		f := field{name: name, typ: sf.Type, index: len(fs.byName), path: sf.Index}
		fs.byName[name] = f
		if _, dup := fs.folded[strings.ToLower(name)]; !dup {
			fs.folded[strings.ToLower(name)] = f
		}
	}
	fieldCache.Store(t, fs)
	return fs
}

// Sizer allocates the slices that a document's top-level lists decode
// into, once, at the size of the lists, so that decoding does not grow
// them element by element (which allocates about five times as much for
// long lists).
type Sizer struct {
	v      reflect.Value
	fields fieldSet
	counts []int // by field index
}

// NewSizer returns a Sizer for v, or nil unless v is a settable struct.
func NewSizer(v reflect.Value) *Sizer {
	if v.Kind() != reflect.Struct || !v.CanSet() {
		return nil
	}
	fs := fieldsOf(v.Type())
	return &Sizer{v: v, fields: fs, counts: make([]int, len(fs.byName))}
}

// Count records that the member named key (its raw text, between quotes)
// of the top-level object is an array of n elements. Names that match no
// slice field, and names with escapes, are ignored.
func (z *Sizer) Count(key []byte, n int) {
	if bytes.IndexByte(key, '\\') >= 0 {
		return
	}
	f, ok := z.fields.byName[string(key)]
	if !ok {
		f, ok = z.fields.lookup(string(key))
	}
	if ok && f.typ.Kind() == reflect.Slice && f.typ.Elem().Kind() != reflect.Uint8 {
		z.counts[f.index] = max(z.counts[f.index], n)
	}
}

// Apply gives each slice field counted a capacity of its count, unless it
// has that much already.
func (z *Sizer) Apply() {
	for _, f := range z.fields.byName {
		n := z.counts[f.index]
		if n == 0 {
			continue
		}
		fv, err := z.v.FieldByIndexErr(f.path)
		if err != nil || !fv.CanSet() || fv.Cap() >= n {
			continue
		}
		fv.Set(reflect.MakeSlice(f.typ, 0, n))
	}
}

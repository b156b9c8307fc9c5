package codec

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	json "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	jsonv1 "github.com/go-json-experiment/json/v1"
)

// Error is a located decoding error.
type Error struct {
	// Path is diplo's path of the value (events[3].kind).
	Path string
	Err  error
	// Type is the Go type whose method (UnmarshalText, UnmarshalJSON,
	// UnmarshalJSONFrom) returned Err, or nil.
	Type reflect.Type
}

// Error returns "path: message".
func (e *Error) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Errors of the shape of a document, which Locate reports.
var (
	// ErrUnknownField reports, in strict decoding, a member that the Go
	// type does not define.
	ErrUnknownField = errors.New("unknown field")
	// ErrDuplicateKey reports, in strict decoding, a name used twice in
	// one object.
	ErrDuplicateKey = errors.New("duplicate key")
)

// KeyError reports an object member name that does not decode as the key
// type of a map.
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

// Locate decodes data, a well-formed document that Unmarshal did not
// decode into a value of type t, into a fresh value of that type, and
// returns the errors with their paths, in document order, at most max of
// them (max <= 0: no limit). It goes on past each error: a value of the
// wrong JSON kind, a value that its type's method refuses, and in strict
// decoding a member that t does not define or a name used twice (compared
// as decoding compares them) are each reported and skipped.
func Locate(data []byte, t reflect.Type, strict bool, max int) []*Error {
	l := &locator{strict: strict, max: max}
	// Errors are reported as v2 reports them, with their JSON Pointers.
	v2Errors := jsonv1.ReportErrorsWithLegacySemantics(false)
	l.opts = json.JoinOptions(jsonv1.DefaultOptionsV1(), jsontext.AllowDuplicateNames(true),
		json.RejectUnknownMembers(false), json.WithUnmarshalers(json.UnmarshalFromFunc(l.value)), v2Errors)
	l.methodOpts = json.JoinOptions(lenientOptions, v2Errors)
	if strict {
		l.methodOpts = json.JoinOptions(strictOptions, v2Errors)
	}
	l.decode(data, reflect.New(t).Interface(), "")
	return l.errs
}

type locator struct {
	strict     bool
	max        int
	errs       []*Error
	opts       json.Options
	methodOpts json.Options
	// prefix is the path of the value that the current decoder reads.
	prefix string
	// enter lets the next value through to the library: it is the
	// object that value has just checked and handed to a new decoder.
	enter bool
}

var errFull = errors.New("codec: enough errors")

func (l *locator) full() bool { return l.max > 0 && len(l.errs) >= l.max }

func (l *locator) add(path string, err error, t reflect.Type) {
	if !l.full() {
		l.errs = append(l.errs, &Error{Path: path, Err: err, Type: t})
	}
}

// decode decodes data into v, the paths of its errors prefixed with
// prefix.
func (l *locator) decode(data []byte, v any, prefix string) {
	saved := l.prefix
	l.prefix = prefix
	dec := jsontext.NewDecoder(bytes.NewBuffer(data), l.opts)
	err := json.UnmarshalDecode(dec, v, l.opts)
	l.prefix = saved
	if err != nil && !errors.Is(err, errFull) {
		// An error that stopped the library: located by its pointer.
		var se *json.SemanticError
		path := prefix
		if errors.As(err, &se) {
			path = pointerPath(prefix, se.JSONPointer)
			if se.Err != nil {
				err = se.Err
			}
		}
		l.add(path, err, nil)
	}
}

// value is called for every value decoded: it reports the values of the
// wrong kind and those that their methods refuse, and checks the names
// of objects in strict decoding, and lets the library decode the rest.
func (l *locator) value(dec *jsontext.Decoder, v any) error {
	if l.enter {
		l.enter = false
		return errors.ErrUnsupported
	}
	if l.full() {
		if err := dec.SkipValue(); err != nil {
			return err
		}
		return errFull
	}
	t := reflect.TypeOf(v).Elem()
	k := dec.PeekKind()
	if k == 'n' {
		return errors.ErrUnsupported
	}
	m := methodsOf(t)
	switch {
	case m.custom:
		raw, err := dec.ReadValue()
		if err != nil {
			return err
		}
		path := l.path(dec)
		if m.text && k != '"' {
			l.add(path, typeError(t, raw), nil)
			return nil
		}
		if err := json.Unmarshal(raw, v, l.methodOpts); err != nil {
			l.methodError(path, err, t, raw)
		}
		return nil
	case t.Kind() == reflect.Pointer || t.Kind() == reflect.Interface:
		return errors.ErrUnsupported
	}
	if want := kindOf(t); k != want && !(want == 't' && k == 'f') {
		raw, err := dec.ReadValue()
		if err != nil {
			return err
		}
		l.add(l.path(dec), typeError(t, raw), nil)
		return nil
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		textKey := t.Kind() == reflect.Map && reflect.PointerTo(t.Key()).Implements(textUnmarshalerType)
		if !l.strict && !textKey {
			return errors.ErrUnsupported
		}
		raw, err := dec.ReadValue()
		if err != nil {
			return err
		}
		path := l.path(dec)
		if badKeys := l.names(raw, t, path); badKeys {
			// The library would stop at the first bad key.
			return nil
		}
		l.enter = true
		l.decode(raw, v, path)
		return nil
	case reflect.Slice, reflect.Array:
		if kindOf(t) == '[' {
			return errors.ErrUnsupported
		}
	}
	// A string, number or boolean: decoded on its own so that a number
	// out of the range of its type does not stop the decoding.
	raw, err := dec.ReadValue()
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, v, lenientOptions); err != nil {
		l.add(l.path(dec), typeError(t, raw), nil)
	}
	return nil
}

// methodError records the error of a type's own decoding method.
func (l *locator) methodError(path string, err error, t reflect.Type, raw []byte) {
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) && errors.Is(err, jsontext.ErrDuplicateName) {
		l.add(pointerPath(path, syn.JSONPointer), ErrDuplicateKey, nil)
		return
	}
	var se *json.SemanticError
	if errors.As(err, &se) && se.Err != nil {
		err = se.Err
	} else if errors.As(err, &se) {
		l.add(path, typeError(t, raw), nil)
		return
	}
	if err == ErrType {
		l.add(path, typeError(t, raw), nil)
		return
	}
	l.add(path, err, t)
}

// names checks the member names of the object raw, which decodes into a
// value of type t, a struct or a map: a map's keys must decode, and in
// strict decoding each name must be known (a struct's) and used once,
// compared as decoding compares them. It reports whether a key did not
// decode.
func (l *locator) names(raw []byte, t reflect.Type, path string) (badKeys bool) {
	dec := jsontext.NewDecoder(bytes.NewBuffer(raw), jsontext.AllowDuplicateNames(true))
	if _, err := dec.ReadToken(); err != nil {
		return false
	}
	var fields *Fields
	var textKey bool
	if t.Kind() == reflect.Struct {
		fields = FieldsOf(t)
	} else {
		textKey = reflect.PointerTo(t.Key()).Implements(textUnmarshalerType)
	}
	seen := map[string]bool{}
	for dec.PeekKind() == '"' {
		tok, err := dec.ReadToken()
		if err != nil {
			return badKeys
		}
		name := tok.String()
		if err := dec.SkipValue(); err != nil {
			return badKeys
		}
		key := name
		switch {
		case fields != nil:
			i, ok := fields.Lookup(name)
			if !ok {
				l.add(Join(path, name), ErrUnknownField, nil)
				continue
			}
			key = fields.List[i].Name
		case textKey:
			k := reflect.New(t.Key())
			if err := k.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(name)); err != nil {
				l.add(Join(path, name), &KeyError{Key: Cut(name), Type: t.Key(), Err: err}, nil)
				badKeys = true
				continue
			}
			// Keys that decode to the same value ("EN" and "en" as
			// language tags) are the same key.
			if m, ok := k.Elem().Interface().(encoding.TextMarshaler); ok {
				if b, err := m.MarshalText(); err == nil {
					key = string(b)
				}
			}
		}
		if !l.strict {
			continue
		}
		if seen[key] {
			l.add(Join(path, name), ErrDuplicateKey, nil)
			continue
		}
		seen[key] = true
	}
	return badKeys
}

// path returns the path of the value that dec has just read.
func (l *locator) path(dec *jsontext.Decoder) string {
	p := l.prefix
	i := 1
	for tok := range dec.StackPointer().Tokens() {
		if k, _ := dec.StackIndex(i); k == '[' {
			p += "[" + tok + "]"
		} else {
			p = Join(p, tok)
		}
		i++
	}
	return p
}

// pointerPath appends the JSON Pointer p to path, taking the tokens made
// of digits for array indices.
func pointerPath(path string, p jsontext.Pointer) string {
	for tok := range p.Tokens() {
		if tok != "" && strings.Trim(tok, "0123456789") == "" {
			path += "[" + tok + "]"
		} else {
			path = Join(path, tok)
		}
	}
	return path
}

// typeError describes raw, a value of the wrong kind for type t: "want
// string, got number".
func typeError(t reflect.Type, raw []byte) error {
	k := jsontext.Value(raw).Kind()
	got := KindName(k)
	if k == '0' && kindOf(t) == '0' {
		got = "number " + Cut(string(raw))
	}
	return fmt.Errorf("%w: want %s, got %s", ErrType, kindName(t), got)
}

// KindName names a JSON kind as errors do: "string", "number", "bool",
// "array", "object", "null"; KindWord's names but for "bool".
func KindName(k Kind) string {
	switch k {
	case 't', 'f':
		return "bool"
	case 0:
		return "number"
	}
	return KindWord(k)
}

// kindName names the JSON kind of the values of type t, by KindWord.
func kindName(t reflect.Type) string {
	if k := kindOf(t); k != 0 {
		return KindWord(k)
	}
	return "number"
}

// kindOf returns the kind of the JSON values that decode into type t
// ('t' for booleans), or 0 for any.
func kindOf(t reflect.Type) jsontext.Kind {
	if m := methodsOf(t); m.text {
		return '"'
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return '{'
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !methodsOf(t.Elem()).custom {
			return '"'
		}
		return '['
	case reflect.Array:
		return '['
	case reflect.String:
		return '"'
	case reflect.Bool:
		return 't'
	case reflect.Pointer:
		return kindOf(t.Elem())
	case reflect.Interface:
		return 0
	}
	return '0'
}

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshalerType = reflect.TypeFor[interface{ UnmarshalJSON([]byte) error }]()
	unmarshalerFromType = reflect.TypeFor[json.UnmarshalerFrom]()
)

// methods says how values of a type decode themselves.
type methods struct {
	// custom: with a method; text: with UnmarshalText only.
	custom, text bool
}

var methodCache sync.Map // reflect.Type -> methods

func methodsOf(t reflect.Type) methods {
	if m, ok := methodCache.Load(t); ok {
		return m.(methods)
	}
	p := reflect.PointerTo(t)
	jsonMethod := p.Implements(jsonUnmarshalerType) || p.Implements(unmarshalerFromType)
	text := p.Implements(textUnmarshalerType)
	m := methods{custom: jsonMethod || text, text: text && !jsonMethod}
	methodCache.Store(t, m)
	return m
}

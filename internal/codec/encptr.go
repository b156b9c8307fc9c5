package codec

import (
	"encoding"
	"encoding/binary"
	"reflect"
	"sync"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/jsonstr"
)

// This file is the encoder's fast path for addressable values: each
// value is reached by its address rather than through reflect.Value, so
// that a struct's members cost an addition each (not reflect's Field), a
// string is read in place, and a value whose pointer appends its text
// (IDs, dates, vocabulary) is called through an interface made once per
// type rather than found by a type assertion per value. What it does not
// write itself it hands to the reflective encoder (encoderOf), as the
// addressable reflect.Value of the same address, so that the bytes and
// the choice of methods are those of the reflective encoder by
// construction.

// ptrEncFunc appends the encoding of the value at p, which is
// addressable.
type ptrEncFunc func(e *encState, p unsafe.Pointer) error

var ptrEncoders sync.Map // reflect.Type -> ptrEncFunc

// ptrEncoderOf returns the fast encoder of values of type t, building it
// once; a type that contains itself gets a function that waits for its
// encoder, as in encoderOf.
func ptrEncoderOf(t reflect.Type) ptrEncFunc {
	return cachedEncoder(&ptrEncoders, t, newPtrEncoder)
}

// reflective returns the encoder of t that goes through reflect: the
// reflective encoder of an addressable value at p.
func reflective(t reflect.Type) ptrEncFunc {
	enc := encoderOf(t)
	return func(e *encState, p unsafe.Pointer) error {
		return enc(e, reflect.NewAt(t, p).Elem())
	}
}

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

// itabOf returns the interface table of pointer type pt as an I, which it
// implements.
func itabOf[I any](pt reflect.Type) unsafe.Pointer {
	i, ok := reflect.TypeAssert[I](reflect.New(pt.Elem()))
	if !ok {
		panic("codec: " + pt.String() + " does not implement the interface")
	}
	return (*ifaceWords)(unsafe.Pointer(&i)).tab
}

// ifaceAt returns the I whose table is tab and whose value is the pointer
// p.
func ifaceAt[I any](tab, p unsafe.Pointer) I {
	var i I
	w := (*ifaceWords)(unsafe.Pointer(&i))
	w.tab, w.data = tab, p
	return i
}

// newPtrEncoder chooses as newEncoder(t, true) does, writing itself the
// strings, structs, slices, arrays, pointers and appended texts, and
// handing the rest to the reflective encoder.
func newPtrEncoder(t reflect.Type) ptrEncFunc {
	pt := reflect.PointerTo(t)
	switch {
	case t == tagType, pt.Implements(marshalerType):
		return reflective(t)
	case t.Kind() != reflect.Pointer && pt.Implements(textAppenderType):
		if text, ok := constantText(t); ok {
			return func(e *encState, _ unsafe.Pointer) error {
				e.buf = append(e.buf, text...)
				return nil
			}
		}
		tab := itabOf[encoding.TextAppender](pt)
		if plainText(pt) {
			return func(e *encState, p unsafe.Pointer) error {
				return e.appendPlainTextOf(ifaceAt[encoding.TextAppender](tab, p))
			}
		}
		return func(e *encState, p unsafe.Pointer) error {
			return e.appendTextOf(ifaceAt[encoding.TextAppender](tab, p))
		}
	case pt.Implements(textMarshalerType):
		return reflective(t)
	case languageMaps[t] != nil:
		if t.Kind() == reflect.Map && t.Key() == tagType && t.Elem().Kind() == reflect.String {
			// A map of tags to strings (Text), read as one.
			return func(e *encState, p unsafe.Pointer) error {
				return e.textMap(*(*map[language.Tag]string)(p))
			}
		}
		return reflective(t)
	}
	switch t.Kind() {
	case reflect.String:
		if t == numberType {
			return reflective(t)
		}
		return encodeStringAt
	case reflect.Struct:
		return newStructPtrEncoder(t)
	case reflect.Float64:
		return encodeFloat64At
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return reflective(t)
		}
		elems := newArrayPtrEncoder(t.Elem())
		return func(e *encState, p unsafe.Pointer) error {
			s := (*sliceHeader)(p)
			if s.data == nil {
				e.buf = append(e.buf, "null"...)
				return nil
			}
			if !e.enter() {
				return errDelegate
			}
			err := elems(e, s.data, s.len)
			e.depth--
			return err
		}
	case reflect.Array:
		elems := newArrayPtrEncoder(t.Elem())
		n := t.Len()
		return func(e *encState, p unsafe.Pointer) error { return elems(e, p, n) }
	case reflect.Pointer:
		if t.Implements(marshalerType) || t.Implements(textMarshalerType) {
			return reflective(t)
		}
		elem := ptrEncoderOf(t.Elem())
		return func(e *encState, p unsafe.Pointer) error {
			q := *(*unsafe.Pointer)(p)
			if q == nil {
				e.buf = append(e.buf, "null"...)
				return nil
			}
			if !e.enter() {
				return errDelegate
			}
			err := elem(e, q)
			e.depth--
			return err
		}
	}
	return reflective(t)
}

// sliceHeader is the layout of a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

func encodeStringAt(e *encState, p unsafe.Pointer) error {
	e.setBuf(jsonstr.Append(e.buf, *(*string)(p)))
	return nil
}

func encodeFloat64At(e *encState, p unsafe.Pointer) error {
	return e.float64(*(*float64)(p))
}

// newArrayPtrEncoder returns the encoder of n elements of type t from p.
func newArrayPtrEncoder(t reflect.Type) func(e *encState, p unsafe.Pointer, n int) error {
	elem := ptrEncoderOf(t)
	size := t.Size()
	return func(e *encState, p unsafe.Pointer, n int) error {
		e.buf = append(e.buf, '[')
		for i := range n {
			e.reserve()
			if e.ind.on {
				e.element(i == 0)
			} else if i > 0 {
				e.buf = append(e.buf, ',')
			}
			if err := elem(e, unsafe.Add(p, uintptr(i)*size)); err != nil {
				return err
			}
		}
		if e.ind.on {
			e.closing(n > 0)
		}
		e.buf = append(e.buf, ']')
		return nil
	}
}

// ptrField is a member of a struct's encoding on the fast path.
type ptrField struct {
	key    []byte // ,"name": escaped
	words  short  // key, for a member after the first
	first  short  // key without its comma, for the first member
	name   []byte // "name": escaped, for the indenting encoder
	offset uintptr
	// op is how the member is written: the common kinds by the struct's
	// encoder itself, the others by enc.
	op  fieldOp
	enc ptrEncFunc
	// text is the value of a member of op opConst, as a JSON string.
	text []byte
	// omitEmpty and omitZero are the member's options; omit reports
	// whether the member is left out, for op == opEnc: omitempty's and
	// omitzero's tests, nil when neither applies. omitTest is how the
	// struct's encoder applies them: the common tests in place, the
	// others by calling omit.
	omitEmpty, omitZero bool
	omitTest            omitTest
	omit                func(p unsafe.Pointer) bool
}

// omitTest is how newStructPtrEncoder tests whether a member written by
// its ptrEncFunc is left out.
type omitTest uint8

const (
	omitNever  omitTest = iota // no omitempty or omitzero
	omitNoLen                  // a slice of length 0 (omitempty)
	omitNoText                 // a string of length 0 (omitempty)
	omitNilPtr                 // a nil pointer (omitempty or omitzero)
	omitCall                   // when omit says so
)

// omitTestOf returns how newStructPtrEncoder applies f's omit function
// (omitFunc): in place where it is omitempty's test of a slice or a
// string, or the test of a pointer without an IsZero method, which
// omitFunc makes as the same comparisons.
func omitTestOf(f Field) omitTest {
	t := f.Type
	switch {
	case !f.OmitEmpty && !f.OmitZero:
		return omitNever
	case f.OmitEmpty && !f.OmitZero && t.Kind() == reflect.Slice:
		return omitNoLen
	case f.OmitEmpty && !f.OmitZero && t.Kind() == reflect.String:
		return omitNoText
	case t.Kind() == reflect.Pointer && !t.Implements(isZeroerType):
		return omitNilPtr
	}
	return omitCall
}

// fieldOp is how newStructPtrEncoder writes a member.
type fieldOp uint8

const (
	opEnc     fieldOp = iota // by the member's ptrEncFunc
	opString                 // a string written as encodeStringAt writes it
	opStrings                // a slice of such strings
	opText                   // a language map of strings, by textMap
	opConst                  // a constant text (RegisterConstantText), from text
)

// plainString reports whether values of type t are written as
// encodeStringAt writes them: a string kind that is not json.Number,
// without methods that encoding/json would call, and not a language map.
func plainString(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t.Kind() == reflect.String && t != numberType && languageMaps[t] == nil &&
		!pt.Implements(marshalerType) && !pt.Implements(textAppenderType) && !pt.Implements(textMarshalerType)
}

// textMapType reports whether newPtrEncoder writes values of type t by
// textMap.
func textMapType(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t != tagType && !pt.Implements(marshalerType) && !pt.Implements(textAppenderType) &&
		!pt.Implements(textMarshalerType) && languageMaps[t] != nil &&
		t.Kind() == reflect.Map && t.Key() == tagType && t.Elem().Kind() == reflect.String
}

// isConstantText reports whether newPtrEncoder writes values of type t
// as a constant text.
func isConstantText(t reflect.Type) bool {
	_, ok := constantText(t)
	return ok
}

// opOf returns how newStructPtrEncoder writes the member f: by its
// ptrEncFunc if omitzero would call an IsZero method.
func opOf(f Field) fieldOp {
	t := f.Type
	switch {
	case f.OmitZero && (t.Implements(isZeroerType) || reflect.PointerTo(t).Implements(isZeroerType)):
		return opEnc
	case !f.OmitEmpty && !f.OmitZero && isConstantText(t):
		return opConst
	case plainString(t):
		return opString
	case textMapType(t):
		return opText
	case t.Kind() == reflect.Slice && plainString(t.Elem()) && !reflect.PointerTo(t).Implements(marshalerType) &&
		!reflect.PointerTo(t).Implements(textMarshalerType) && !reflect.PointerTo(t).Implements(textAppenderType) &&
		languageMaps[t] == nil:
		return opStrings
	}
	return opEnc
}

// newStructPtrEncoder is newStructEncoder on the fast path. Members that
// are strings, slices of strings and language maps are written by the
// encoder itself (the same bytes as their ptrEncFuncs), the others
// through their ptrEncFunc.
func newStructPtrEncoder(t reflect.Type) ptrEncFunc {
	fs := FieldsOf(t)
	if !fs.plain {
		return reflective(t)
	}
	fields := make([]ptrField, len(fs.List))
	for i, f := range fs.List {
		offset := fieldOffset(t, f.Index)
		fields[i] = ptrField{
			key:       jsonstr.Append([]byte{','}, f.Name),
			offset:    offset,
			op:        opOf(f),
			enc:       ptrEncoderOf(f.Type),
			omitEmpty: f.OmitEmpty,
			omitZero:  f.OmitZero,
			omitTest:  omitTestOf(f),
			omit:      omitFunc(f),
		}
		fields[i].key = append(fields[i].key, ':')
		fields[i].name = fields[i].key[1:]
		fields[i].words = shortOf(fields[i].key)
		fields[i].first = shortOf(fields[i].key[1:])
		if fields[i].op == opConst {
			fields[i].text, _ = constantText(f.Type)
		}
		if fields[i].omit == nil {
			// omitempty of a struct, which is never empty.
			fields[i].omitTest = omitNever
		}
	}
	return func(e *encState, p unsafe.Pointer) error {
		if e.ind.on && e.overLimit() {
			return errIndentLimit
		}
		e.buf = append(e.buf, '{')
		skip := 1 // the comma before the first member
		for i := range fields {
			f := &fields[i]
			fp := unsafe.Add(p, f.offset)
			// Left out?
			switch f.op {
			case opString:
				if len(*(*string)(fp)) == 0 && (f.omitEmpty || f.omitZero) {
					continue
				}
			case opStrings:
				s := *(*[]string)(fp)
				if f.omitEmpty && len(s) == 0 || f.omitZero && s == nil {
					continue
				}
			case opText:
				m := *(*map[language.Tag]string)(fp)
				if f.omitEmpty && len(m) == 0 || f.omitZero && m == nil {
					continue
				}
			default:
				switch f.omitTest {
				case omitNoLen:
					if (*sliceHeader)(fp).len == 0 {
						continue
					}
				case omitNoText:
					if len(*(*string)(fp)) == 0 {
						continue
					}
				case omitNilPtr:
					if *(*unsafe.Pointer)(fp) == nil {
						continue
					}
				case omitCall:
					if f.omit(fp) {
						continue
					}
				}
			}
			// The name: a member after the first by appendShort,
			// inlined here, when not indenting; by memberShort when
			// indenting.
			switch {
			case skip == 0 && !e.ind.on:
				e.appendShort(&f.words, f.key)
			case e.ind.on:
				e.memberShort(f.name, &f.first, skip == 1)
			default:
				e.key(f, skip)
			}
			skip = 0
			// The value.
			switch f.op {
			case opString:
				e.setBuf(jsonstr.Append(e.buf, *(*string)(fp)))
			case opStrings:
				if err := e.strings(*(*[]string)(fp)); err != nil {
					return err
				}
			case opText:
				if err := e.textMap(*(*map[language.Tag]string)(fp)); err != nil {
					return err
				}
			case opConst:
				e.buf = append(e.buf, f.text...)
			default:
				if err := f.enc(e, fp); err != nil {
					return err
				}
			}
		}
		if e.ind.on {
			e.closing(skip == 0)
		}
		e.buf = append(e.buf, '}')
		return nil
	}
}

// key writes the name of the member f, after a comma unless skip is 1
// (the first member), or as member does when indenting. The struct
// encoder writes the names itself when indenting (memberShort) and those
// of the members after the first when not, and calls key for the others.
func (e *encState) key(f *ptrField, skip int) {
	switch {
	case e.ind.on:
		e.memberShort(f.name, &f.first, skip == 1)
	case skip == 0:
		e.appendShort(&f.words, f.key)
	default:
		e.appendShort(&f.first, f.key[1:])
	}
}

// short is a text of at most 16 bytes as two little-endian words, which
// appendShort writes with two stores rather than a copy; n is its length,
// 0 for a longer text.
type short struct {
	w [2]uint64
	n int
}

// shortOf returns b as a short, or a short of length 0 if b is longer
// than 16 bytes.
func shortOf(b []byte) short {
	if len(b) > 16 {
		return short{}
	}
	var pad [16]byte
	copy(pad[:], b)
	return short{w: [2]uint64{binary.LittleEndian.Uint64(pad[:]), binary.LittleEndian.Uint64(pad[8:])}, n: len(b)}
}

// appendShort appends s, which is b; when there are 16 bytes of room in
// a buffer of the encoder's own (not tight), by two stores of eight
// bytes, of which those past b's length are written over by what follows
// or are past the end of the output.
func (e *encState) appendShort(s *short, b []byte) {
	n := len(e.buf)
	if s.n == 0 || cap(e.buf)-n < 16 || e.tight {
		e.buf = append(e.buf, b...)
		return
	}
	out := e.buf[n : n+16]
	binary.LittleEndian.PutUint64(out, s.w[0])
	binary.LittleEndian.PutUint64(out[8:], s.w[1])
	e.buf = e.buf[:n+s.n]
}

// strings writes a slice of strings as the slice encoder of
// newPtrEncoder writes it.
func (e *encState) strings(s []string) error {
	if s == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if e.depth >= maxNesting {
		return errDelegate
	}
	e.buf = append(e.buf, '[')
	for i, x := range s {
		e.reserve()
		if e.ind.on {
			e.element(i == 0)
		} else if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.setBuf(jsonstr.Append(e.buf, x))
	}
	if e.ind.on {
		e.closing(len(s) > 0)
	}
	e.buf = append(e.buf, ']')
	return nil
}

// omitFunc returns the test of omitempty and omitzero for f on the fast
// path, or nil when f has neither option: the same tests as
// isEmptyValue and isZeroFunc, reading the value in place where its kind
// allows.
func omitFunc(f Field) func(p unsafe.Pointer) bool {
	t := f.Type
	var empty, zero func(p unsafe.Pointer) bool
	if f.OmitEmpty {
		switch t.Kind() {
		case reflect.String:
			empty = func(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }
		case reflect.Slice:
			empty = func(p unsafe.Pointer) bool { return (*sliceHeader)(p).len == 0 }
		case reflect.Pointer:
			empty = func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) == nil }
		case reflect.Struct:
			// Never empty.
		default:
			empty = func(p unsafe.Pointer) bool { return isEmptyValue(reflect.NewAt(t, p).Elem()) }
		}
	}
	if f.OmitZero {
		type isZeroer = interface{ IsZero() bool }
		switch {
		case t.Kind() == reflect.Interface:
			isZero := isZeroFunc(t)
			if isZero == nil {
				isZero = reflect.Value.IsZero
			}
			zero = func(p unsafe.Pointer) bool { return isZero(reflect.NewAt(t, p).Elem()) }
		case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
			tab := itabOf[isZeroer](t)
			zero = func(p unsafe.Pointer) bool {
				q := *(*unsafe.Pointer)(p)
				return q == nil || ifaceAt[isZeroer](tab, q).IsZero()
			}
		case t.Implements(isZeroerType) || reflect.PointerTo(t).Implements(isZeroerType):
			tab := itabOf[isZeroer](reflect.PointerTo(t))
			zero = func(p unsafe.Pointer) bool { return ifaceAt[isZeroer](tab, p).IsZero() }
		case t.Kind() == reflect.String:
			zero = func(p unsafe.Pointer) bool { return len(*(*string)(p)) == 0 }
		case t.Kind() == reflect.Pointer:
			zero = func(p unsafe.Pointer) bool { return *(*unsafe.Pointer)(p) == nil }
		default:
			zero = func(p unsafe.Pointer) bool { return reflect.NewAt(t, p).Elem().IsZero() }
		}
	}
	switch {
	case empty == nil:
		return zero
	case zero == nil:
		return empty
	}
	return func(p unsafe.Pointer) bool { return empty(p) || zero(p) }
}

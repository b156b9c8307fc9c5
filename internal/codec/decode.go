package codec

import (
	"bytes"
	"encoding"
	"encoding/binary"
	"errors"
	"math/bits"
	"reflect"
	"strconv"
	"sync"
	"unsafe"

	"golang.org/x/text/language"
)

// This file is the decoder's fast path: a struct is decoded from the
// document's bytes, read by the codec's reader (reader.go), by a table
// built once per type from its
// Fields, each member written at its offset, a value that decodes itself
// (UnmarshalJSONFrom, UnmarshalText) called through an interface table
// made once per type, instead of through go-json-experiment's reflective
// arshalers. It decodes only what it is sure to decode as the library
// does (the rules of encoding/json v1): member names as the Go type
// spells them, strings, booleans, numbers, structs, slices, pointers and
// the values' own methods. Anything else (a name in another case, an
// unknown member, null, a map, an interface, a method's error, a value of
// the wrong kind) makes it give up, and Unmarshal decodes the whole
// document again with the library. Decoding merges into the value as
// encoding/json v1 does (present members set, the rest kept; slices
// reused up to their capacity), so that a second decode of the same
// document over what the first left gives what one decode gives.

// decFunc decodes the next value of d into the value at p.
type decFunc func(d *decState, p unsafe.Pointer) error

// decState is the reader of a document (reader.go) and the strings it
// has made, by which a string that comes again (an ID that nodes refer
// to, a kind) is made once. In strict decoding the struct and language
// map decoders reject names used twice themselves.
type decState struct {
	data    []byte
	i       int // the offset of the next byte to read, past white space
	lim     ScanLimits
	depth   int // the arrays and objects open
	objects int // the objects opened
	buf     []byte
	strict  bool
	// lengths are the lengths of the document's arrays, if known, of
	// which lengths[li] is that of the next array that has one.
	lengths []arrayLength
	li      int
	// checked says that Scan has accepted the document.
	checked bool
	strs    stringCache
	chunks  stringChunks
	lists   listChunks
	tags    tagCache
	// canon says, while the form of the document is followed
	// (UnmarshalForm), that what has been read so far is what the
	// encoder writes for what has been decoded from it; it is false
	// from the start when the form is not followed, and each check of
	// the form is made only while it holds. blank notes an empty or
	// "und" string (Form.Blank).
	canon, blank bool
	// end is the offset just past the last string, number or literal
	// read (before the white space that follows).
	end int
	// formBuf holds a string as the encoder escapes it; enc, a value as
	// the encoder writes it (canonLeaf).
	formBuf []byte
	enc     *encState
}

// errFallback says that the fast path does not decode this document.
var errFallback = errors.New("codec: left to the library")

// decEntry is the fast decoder of a type; ok is false when the type is
// not one the fast path decodes.
type decEntry struct {
	fn decFunc
	ok bool
}

var (
	decoders sync.Map   // reflect.Type -> decEntry
	decMu    sync.Mutex // held while decoders are built
)

// fastDecoderOf returns the fast decoder of values of type t, building
// it once, and whether t has one.
func fastDecoderOf(t reflect.Type) (decFunc, bool) {
	if e, ok := decoders.Load(t); ok {
		e := e.(decEntry)
		return e.fn, e.ok
	}
	decMu.Lock()
	defer decMu.Unlock()
	e := buildDecoder(t, map[reflect.Type]bool{})
	return e.fn, e.ok
}

// buildDecoder returns the entry of t, building it; a type met again
// while it is being built (a type that contains itself) gets a function
// that finds its entry when called.
func buildDecoder(t reflect.Type, building map[reflect.Type]bool) decEntry {
	if e, ok := decoders.Load(t); ok {
		return e.(decEntry)
	}
	if building[t] {
		return decEntry{ok: true, fn: func(d *decState, p unsafe.Pointer) error {
			e, ok := decoders.Load(t)
			if !ok {
				return errFallback
			}
			return e.(decEntry).fn(d, p)
		}}
	}
	building[t] = true
	fn, ok := newDecoder(t, building)
	if !ok {
		fn = fallback
	}
	e := decEntry{fn: fn, ok: ok}
	decoders.Store(t, e)
	return e
}

func fallback(*decState, unsafe.Pointer) error { return errFallback }

// newDecoder chooses the decoding of t as the library does: a method of
// *t (UnmarshalJSONFrom, then UnmarshalJSON, then UnmarshalText), then
// the kind.
func newDecoder(t reflect.Type, building map[reflect.Type]bool) (decFunc, bool) {
	pt := reflect.PointerTo(t)
	switch {
	case languageMaps[t] != nil && t.Kind() == reflect.Map && t.Key() == tagType && t.Elem().Kind() == reflect.String:
		// Text: as its UnmarshalJSONFrom decodes it.
		if !textMapType(t) {
			return notCanonical(decodeLanguageMap), true
		}
		return decodeLanguageMap, true
	case t == tagType:
		// UnmarshalText, the tags met before from a cache; canonical in
		// the form that MarshalText writes.
		return func(d *decState, p unsafe.Pointer) error {
			b, err := d.readString()
			if err != nil {
				return err
			}
			tag, canon, err := d.tags.parse(b)
			if err != nil {
				return err
			}
			if !canon {
				d.canon = false
			}
			*(*language.Tag)(p) = tag
			return nil
		}, true
	case pt.Implements(unmarshalerFromType), pt.Implements(jsonUnmarshalerType):
		// A method that reads a jsontext Decoder, or the value's bytes:
		// the library's to call.
		return nil, false
	case pt.Implements(textUnmarshalerType):
		return newTextDecoder(t), true
	}
	fn, ok := newKindDecoder(t, building)
	if !ok {
		return nil, false
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if !encodesByKind(t) {
			// Written by a method of its own: compared whole when a
			// scalar, and not judged when a struct or a slice.
			if k := t.Kind(); k == reflect.Struct || k == reflect.Slice {
				return notCanonical(fn), true
			}
			return canonLeaf(t, fn), true
		}
	case reflect.Float32, reflect.Float64:
		// The encoder's form of a float: compared whole.
		return canonLeaf(t, fn), true
	}
	return fn, true
}

// newTextDecoder decodes a value of type t by its pointer's
// UnmarshalText. While the form is followed, the text read is compared
// with what the encoder writes for the value decoded: by the value's
// AppendText or as a string where the encoder writes it so, else by
// canonLeaf. The string's form has been checked as it was read, so the
// token is canonical when the text the encoder writes is the text read.
func newTextDecoder(t reflect.Type) decFunc {
	pt := reflect.PointerTo(t)
	tab := itabOf[encoding.TextUnmarshaler](pt)
	read := func(d *decState, p unsafe.Pointer) ([]byte, error) {
		b, err := d.readString()
		if err != nil {
			return nil, err
		}
		return b, ifaceAt[encoding.TextUnmarshaler](tab, p).UnmarshalText(b)
	}
	switch {
	case pt.Implements(marshalerType):
	case t.Kind() != reflect.Pointer && pt.Implements(textAppenderType):
		atab := itabOf[encoding.TextAppender](pt)
		return func(d *decState, p unsafe.Pointer) error {
			b, err := read(d, p)
			if err != nil || !d.canon {
				return err
			}
			out, err := ifaceAt[encoding.TextAppender](atab, p).AppendText(d.formBuf[:0])
			if err != nil || !bytes.Equal(out, b) {
				d.canon = false
			}
			if out != nil {
				d.formBuf = out
			}
			return nil
		}
	case t.Kind() == reflect.String && encodesByKind(t):
		return func(d *decState, p unsafe.Pointer) error {
			b, err := read(d, p)
			if err == nil && d.canon && *(*string)(p) != string(b) {
				d.canon = false
			}
			return err
		}
	}
	return canonLeaf(t, func(d *decState, p unsafe.Pointer) error {
		_, err := read(d, p)
		return err
	})
}

// newKindDecoder chooses the decoding of t by its kind.
func newKindDecoder(t reflect.Type, building map[reflect.Type]bool) (decFunc, bool) {
	switch t.Kind() {
	case reflect.String:
		if t == numberType || t.PkgPath() != "" && t.Name() == "Number" {
			return nil, false
		}
		return decodeString, true
	case reflect.Bool:
		return decodeBool, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return decodeInt(t), true
	case reflect.Float32, reflect.Float64:
		return decodeFloat(t), true
	case reflect.Struct:
		return newStructDecoder(t, building)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return nil, false
		}
		return newSliceDecoder(t, building)
	case reflect.Pointer:
		elem := buildDecoder(t.Elem(), building)
		if !elem.ok {
			return nil, false
		}
		et := t.Elem()
		return func(d *decState, p unsafe.Pointer) error {
			if d.peek() == 'n' {
				return errFallback
			}
			q := *(*unsafe.Pointer)(p)
			if q == nil {
				q = reflect.New(et).UnsafePointer()
				*(*unsafe.Pointer)(p) = q
			}
			return elem.fn(d, q)
		}, true
	}
	return nil, false
}

func decodeString(d *decState, p unsafe.Pointer) error {
	b, err := d.readString()
	if err != nil {
		return err
	}
	*(*string)(p) = d.strs.make(b, &d.chunks, len(d.data)-d.i)
	return nil
}

func decodeBool(d *decState, p unsafe.Pointer) error {
	switch d.peek() {
	case 't':
		*(*bool)(p) = true
		return d.literal("true")
	case 'f':
		*(*bool)(p) = false
		return d.literal("false")
	}
	return errFallback
}

// number reads the next value, a number, as a string that lives as long
// as the document.
func number(d *decState) (string, error) {
	if c := d.peek(); c != '-' && !isDigit(c) {
		return "", errFallback
	}
	raw, err := d.number()
	if err != nil {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(raw), len(raw)), nil
}

// decodeInt decodes an integer of type t, signed or not, and stores its
// bits at the type's size.
func decodeInt(t reflect.Type) decFunc {
	bits, signed := t.Bits(), t.Kind() <= reflect.Int64
	return func(d *decState, p unsafe.Pointer) error {
		s, err := number(d)
		if err != nil {
			return err
		}
		var n uint64
		if signed {
			var i int64
			i, err = strconv.ParseInt(s, 10, bits)
			n = uint64(i)
		} else {
			n, err = strconv.ParseUint(s, 10, bits)
		}
		if err != nil {
			return errFallback
		}
		if s == "-0" {
			d.canon = false // written 0
		}
		switch bits {
		case 8:
			*(*uint8)(p) = uint8(n)
		case 16:
			*(*uint16)(p) = uint16(n)
		case 32:
			*(*uint32)(p) = uint32(n)
		default:
			*(*uint64)(p) = n
		}
		return nil
	}
}

func decodeFloat(t reflect.Type) decFunc {
	bits := t.Bits()
	return func(d *decState, p unsafe.Pointer) error {
		s, err := number(d)
		if err != nil {
			return err
		}
		f, err := strconv.ParseFloat(s, bits)
		if err != nil {
			return errFallback
		}
		if bits == 32 {
			*(*float32)(p) = float32(f)
		} else {
			*(*float64)(p) = f
		}
		return nil
	}
}

// decodeLanguageMap decodes a map of language tags to strings (Text) as
// its UnmarshalJSONFrom does: a new map of the object's members, of
// which, in strict decoding, no two keys may be the same tag; null, a
// member that is not a string and a key that is not a tag are left to
// the library.
func decodeLanguageMap(d *decState, p unsafe.Pointer) error {
	if d.peek() != '{' {
		return errFallback
	}
	if err := d.open('{'); err != nil {
		return err
	}
	out := make(map[language.Tag]string, 2)
	// prev is the last key, while the form is followed: the encoder
	// writes the keys in their canonical form, sorted.
	var prev []byte
	if !d.empty('}') {
		for {
			key, err := d.name()
			if err != nil {
				return err
			}
			tag, canon, err := d.tags.parse(key)
			if err != nil {
				return errFallback
			}
			if d.canon {
				if !canon || prev != nil && bytes.Compare(prev, key) >= 0 {
					d.canon = false
				}
				prev = key
			}
			b, err := d.readString()
			if err != nil {
				return err
			}
			n := len(out)
			out[tag] = d.strs.make(b, &d.chunks, len(d.data)-d.i)
			if d.strict && len(out) == n {
				return errFallback // a tag used twice
			}
			more, err := d.next('}')
			if err != nil {
				return err
			}
			if !more {
				break
			}
		}
	}
	*(*map[language.Tag]string)(p) = out
	return nil
}

// decField is a member of a struct on the fast path.
type decField struct {
	name   string
	offset uintptr
	dec    decFunc
	// omit is the encoder's test of omitempty and omitzero, nil if the
	// member has neither option.
	omit func(p unsafe.Pointer) bool
	// plain says that name is plain bytes (see plainByte), and not
	// empty, which a document spells as they are: nameIs can find it
	// there.
	plain bool
	// word and mask find a plain name of up to seven bytes by nameWord;
	// mask is 0 for others.
	word, mask uint64
}

// at reads the member name at the offset, and the colon after it, when
// it is f's name as plain bytes, and reports whether it did.
func (f *decField) at(d *decState) bool {
	return d.nameWord(f.name, f.word, f.mask, f.plain)
}

// newStructDecoder decodes a struct from the members its Fields name as
// written; a struct whose fields the codec's encoder leaves to
// encoding/json (see typeFields) is not decoded here either.
func newStructDecoder(t reflect.Type, building map[reflect.Type]bool) (decFunc, bool) {
	fs := FieldsOf(t)
	if !fs.plain {
		return nil, false
	}
	if len(fs.List) > 64 {
		// More members than the bits of seen.
		return nil, false
	}
	fields := make([]decField, len(fs.List))
	// required marks the members that the encoder writes when they are
	// zero, as they are when absent from the document.
	var required uint64
	for i, f := range fs.List {
		offset := fieldOffset(t, f.Index)
		e := buildDecoder(f.Type, building)
		if !e.ok {
			return nil, false
		}
		fields[i] = decField{name: f.Name, offset: offset, dec: e.fn, omit: formOmit(f), plain: f.Name != "" && plainName(f.Name)}
		if fields[i].plain && len(f.Name) <= 7 {
			fields[i].word, fields[i].mask = nameWordOf(f.Name)
		}
		if omit := fields[i].omit; omit == nil || !omit(reflect.New(f.Type).UnsafePointer()) {
			required |= 1 << i
		}
	}
	byName := fs.byName
	// lookup finds the member named name, trying first the members after
	// next, the one after the last found: the codec writes them in the
	// order of the struct.
	lookup := func(name []byte, next int) (int, bool) {
		for j := next; j < len(fields); j++ {
			if fields[j].name == string(name) {
				return j, true
			}
		}
		i, ok := byName[string(name)]
		return i, ok
	}
	return func(d *decState, p unsafe.Pointer) error {
		if d.peek() != '{' {
			return errFallback
		}
		if err := d.open('{'); err != nil {
			return err
		}
		if d.empty('}') {
			if required != 0 {
				d.canon = false
			}
			return nil
		}
		next := 0
		var seen uint64
		for {
			// The members after the last one found come next in the
			// order the codec writes, less those it leaves out: their
			// names are compared in place, in that order.
			i := next
			for i < len(fields) && !fields[i].at(d) {
				i++
			}
			if i == len(fields) {
				name, err := d.name()
				if err != nil {
					return err
				}
				var ok bool
				if i, ok = lookup(name, next); !ok {
					// A name in another case or an unknown member.
					return errFallback
				}
			}
			if d.peek() == 'n' {
				return errFallback // null
			}
			// In canonical form the members come in the table's order,
			// and those passed over are ones the encoder leaves out.
			if d.canon && (i < next || required&(1<<i-1)&^(1<<next-1) != 0) {
				d.canon = false
			}
			next = i + 1
			if d.strict {
				if seen&(1<<i) != 0 {
					return errFallback // a name used twice
				}
				seen |= 1 << i
			}
			f := &fields[i]
			fp := unsafe.Add(p, f.offset)
			if err := f.dec(d, fp); err != nil {
				return err
			}
			if d.canon && f.omit != nil && f.omit(fp) {
				d.canon = false // a member the encoder leaves out
			}
			more, err := d.next('}')
			if err != nil {
				return err
			}
			if !more {
				if d.canon && required>>next != 0 {
					d.canon = false // a member the encoder writes is missing
				}
				return nil
			}
		}
	}, true
}

// plainName reports whether name is plain bytes (see plainByte).
func plainName(name string) bool {
	for i := 0; i < len(name); i++ {
		if !plainByte[name[i]] {
			return false
		}
	}
	return true
}

// newSliceDecoder decodes a slice as the library does with the rules of
// encoding/json v1: the elements are decoded into the slice's array up
// to its capacity, merged into what is there, then into a grown array;
// an empty array gives an empty slice that is not nil. A slice that has
// no array yet gets one of its length, from the document's chunk of such
// arrays when it is short (listChunks).
func newSliceDecoder(t reflect.Type, building map[reflect.Type]bool) (decFunc, bool) {
	elem := buildDecoder(t.Elem(), building)
	if !elem.ok {
		return nil, false
	}
	size := t.Elem().Size()
	emptyValue := reflect.MakeSlice(t, 0, 0)
	id := listKinds
	listKinds++
	at := valueAt(t)
	// Scratch arrays for the elements of a slice that has no array yet:
	// decoded there, they are copied once into an array of their number
	// rather than into arrays grown one after the other.
	scratch := sync.Pool{New: func() any {
		v := reflect.New(t).Elem()
		v.Set(reflect.MakeSlice(t, 0, 16))
		return &v
	}}
	return func(d *decState, p unsafe.Pointer) error {
		if d.peek() != '[' {
			return errFallback
		}
		n := d.length()
		if err := d.open('['); err != nil {
			return err
		}
		s := (*sliceHeader)(p)
		if d.empty(']') {
			at(p).Set(emptyValue)
			return nil
		}
		if s.cap == 0 && n > 0 {
			// The length is known: one array, decoded in place, taken
			// from the document's chunk of such arrays when it fits.
			if a := d.lists.take(id, t, size, n, len(d.data)-d.i); a != nil {
				s.data, s.cap = a, n
			} else {
				at(p).Grow(n)
			}
			s.len = n
			for i := range n {
				if err := elem.fn(d, unsafe.Add(s.data, uintptr(i)*size)); err != nil {
					return err
				}
				more, err := d.next(']')
				if err != nil {
					return err
				}
				if more != (i < n-1) {
					return errFallback // not the length found
				}
			}
			return nil
		}
		if s.cap == 0 && size > 0 {
			sp := scratch.Get().(*reflect.Value)
			n, err := decodeElems(d, *sp, elem.fn, size)
			sp.SetLen(n)
			if err == nil {
				if a := d.lists.take(id, t, size, n, len(d.data)-d.i); a != nil {
					s.data, s.cap = a, n
				} else {
					at(p).Grow(n)
				}
				s.len = n
				reflect.Copy(at(p), *sp)
			}
			sp.Clear()
			if sp.Cap() <= 1024 {
				scratch.Put(sp)
			}
			return err
		}
		i := 0
		for {
			if err := d.element(i + 1); err != nil {
				s.len = i
				return err
			}
			if i == s.cap {
				v := at(p)
				v.SetLen(s.cap)
				v.Grow(1)
				v.SetLen(v.Cap())
			}
			err := elem.fn(d, unsafe.Add(s.data, uintptr(i)*size))
			i++
			if err == nil {
				var more bool
				more, err = d.next(']')
				if err == nil && !more {
					s.len = i
					return nil
				}
			}
			if err != nil {
				s.len = i
				return err
			}
		}
	}, true
}

// valueAt returns a function that gives, for a pointer p to a value of
// type t, what reflect.NewAt(t, p).Elem() gives, without NewAt's lookup
// of t's pointer type (a sync.Map) at each call: the pointer type is
// found once here.
func valueAt(t reflect.Type) func(p unsafe.Pointer) reflect.Value {
	ptab := itabOf[any](reflect.PointerTo(t))
	return func(p unsafe.Pointer) reflect.Value {
		return reflect.ValueOf(ifaceAt[any](ptab, p)).Elem()
	}
}

// decodeElems decodes the elements of an array, after its first byte,
// up to its end, into the array of the slice v, whose elements are zero
// and which it grows as needed, and returns their number, the one that
// failed included. The caller zeroes the elements again. The array is
// not empty.
func decodeElems(d *decState, v reflect.Value, elem decFunc, size uintptr) (int, error) {
	i := 0
	for {
		if err := d.element(i + 1); err != nil {
			return i, err
		}
		if i == v.Cap() {
			v.SetLen(i)
			v.Grow(i)
			v.SetLen(v.Cap())
		}
		err := elem(d, unsafe.Add(v.UnsafePointer(), uintptr(i)*size))
		i++
		if err != nil {
			return i, err
		}
		more, err := d.next(']')
		if err != nil || !more {
			return i, err
		}
	}
}

// fastReaders keeps readers for the next fast decode.
var fastReaders sync.Pool

// unmarshalFast decodes data into v by the fast path, checking lim as it
// reads. tried is false when v's type has no fast decoder; err is not
// nil when the fast path did not decode the document (anything it does
// not decode, a limit crossed, a syntax error), which the caller then
// decodes again by the library.
func unmarshalFast(data []byte, v any, strict bool, lim ScanLimits, lengths *Lengths, form *Form) (tried bool, err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Type().Elem().Kind() != reflect.Struct {
		return false, nil
	}
	fn, ok := fastDecoderOf(rv.Type().Elem())
	if !ok {
		return false, nil
	}
	d, _ := fastReaders.Get().(*decState)
	if d == nil {
		d = new(decState)
	}
	d.data, d.i, d.lim, d.strict = data, 0, lim, strict
	d.depth, d.objects = 0, 0
	d.lengths, d.li, d.checked = nil, 0, lengths != nil
	if lengths != nil {
		d.lengths = lengths.a
	}
	d.canon, d.blank = form != nil, false
	defer func() {
		if d.enc != nil {
			d.enc.release()
			d.enc = nil
		}
		if cap(d.formBuf) > 4<<10 {
			d.formBuf = nil
		}
		d.data, d.lengths = nil, nil
		clear(d.strs[:])
		d.chunks.release()
		d.lists.release()
		if cap(d.buf) > 4<<10 {
			d.buf = nil
		}
		fastReaders.Put(d)
	}()
	d.skip()
	if err := fn(d, rv.UnsafePointer()); err != nil {
		return true, err
	}
	// Nothing but white space may follow the value.
	if d.i != len(d.data) {
		return true, errFallback
	}
	if form != nil {
		*form = Form{Canonical: d.canon, Blank: d.canon && d.blank}
	}
	return true, nil
}

// stringCache holds the strings last made, by a hash of their bytes, as
// go-json-experiment's decoder does, so that a string that repeats is
// made once. Each string is kept with its hash, which tells most other
// strings of its entry apart without comparing their bytes (the IDs of
// a document are of one length and share their first bytes,
// "urn:uuid:").
type stringCache [256]cachedString

// cachedString is an entry of a stringCache: a string and its hash.
type cachedString struct {
	s string
	h uint32
}

// make returns the string of b, from the cache when it holds it, else
// made by sc; rest is the number of bytes of the input after b.
func (c *stringCache) make(b []byte, sc *stringChunks, rest int) string {
	if len(b) < 2 || len(b) > 256 {
		return sc.make(b, rest)
	}
	var h uint32
	switch {
	case len(b) >= 8:
		lo := binary.LittleEndian.Uint64(b[:8])
		hi := binary.LittleEndian.Uint64(b[len(b)-8:])
		h = hash64(uint32(lo), uint32(lo>>32)) ^ hash64(uint32(hi), uint32(hi>>32))
	case len(b) >= 4:
		h = hash64(binary.LittleEndian.Uint32(b[:4]), binary.LittleEndian.Uint32(b[len(b)-4:]))
	default:
		h = hash64(uint32(binary.LittleEndian.Uint16(b[:2])), uint32(binary.LittleEndian.Uint16(b[len(b)-2:])))
	}
	e := &c[h%uint32(len(c))]
	if e.h == h && e.s == string(b) {
		return e.s
	}
	s := sc.make(b, rest)
	e.s, e.h = s, h
	return s
}

// Sizes of the chunks of a document's strings.
const (
	// stringChunk is the most bytes of one chunk.
	stringChunk = 8 << 10
	// chunkedString is the longest string copied into a chunk; a
	// longer one is allocated alone. A chunk is left for the next when
	// a string does not fit in the rest of it, so at most this many
	// bytes less one of each chunk are not used but for its last.
	chunkedString = stringChunk / 16
)

// stringChunks makes the strings of one decoded document: each string's
// bytes are copied into a chunk that the strings after it share, so that
// the strings of a document cost one allocation per chunk instead of one
// each. A chunk lives as long as any string made in it (a string kept
// from a decoded value keeps its chunk, up to stringChunk bytes), and
// holds only the bytes of the document's strings, never the input.
//
// A chunk is at most stringChunk bytes and at most a quarter of the
// input left to read (the strings of the documents the library writes
// are about a quarter of their bytes), but never less than the string
// that needs it; a string longer than chunkedString is allocated alone.
// So a full chunk is left with fewer than chunkedString bytes unused,
// and the last chunks with at most about the bytes of the input that
// followed them. A chunk's bytes are written once, never again: each
// decode starts with no chunk (release), so no two decodes share one.
type stringChunks struct {
	buf []byte // the chunk being filled: its length is what is used
	// allocated counts the bytes of the chunks made (for tests).
	allocated int
}

// make returns a string of b's bytes; rest is the number of bytes of
// the input after b.
func (sc *stringChunks) make(b []byte, rest int) string {
	n := len(b)
	if n == 0 {
		return ""
	}
	if n > chunkedString {
		return string(b)
	}
	if cap(sc.buf)-len(sc.buf) < n {
		size := min(stringChunk, max(rest/4, n))
		sc.allocated += size
		sc.buf = makeNoZero(size)
	}
	i := len(sc.buf)
	sc.buf = append(sc.buf, b...)
	return unsafe.String(&sc.buf[i], n)
}

// release drops the chunk being filled: the strings made in it belong to
// the decoded value, and the next decode starts a chunk of its own.
func (sc *stringChunks) release() {
	sc.buf, sc.allocated = nil, 0
}

// listKinds counts the slice decoders built, each of which has its own
// index in listChunks; it is changed only while decMu is held.
var listKinds int

// Sizes of the chunks of a document's lists.
const (
	// listChunkSize is the most bytes of one chunk of arrays.
	listChunkSize = 2 << 10
	// chunkedList is the most bytes of an array taken from a chunk; a
	// larger one is allocated alone.
	chunkedList = listChunkSize / 8
	// minListChunked is the fewest bytes of input left after an array's
	// opening bracket for the array to be taken from a chunk: the arrays
	// of a small document, or of the end of one, are allocated alone, so
	// that their chunks do not cost more than they save.
	minListChunked = 64 * listChunkSize
)

// listChunks holds, for one decoded document, a chunk of arrays for each
// slice type that the document's lists of known length (see Lengths)
// take their arrays from, so that its many short lists cost one
// allocation per chunk instead of one each. An array taken from a chunk
// is a slice of it whose capacity is its length, so that an append to a
// decoded list makes a new array and never writes into the next list's.
// A chunk is allocated by reflect.MakeSlice of the list's type, so the
// collector knows its pointers; it lives as long as any list taken from
// it (at most listChunkSize bytes); its elements are zero until decoded, and
// each is handed out once. A chunk is listChunkSize bytes, and is made
// only while at least 64 times that is left of the input to read, so
// that the chunks that a document leaves part unused are at most about
// a sixty-fourth of its size; each decode starts with none (release).
type listChunks struct {
	c []listChunk // by the index of the slice decoder
	// allocated counts the bytes of the chunks made (for tests).
	allocated int
}

// listChunk is the part of a chunk not yet handed out: left elements
// from p; p is nil when none is left.
type listChunk struct {
	p    unsafe.Pointer
	left int
}

// take returns the first element of n zero elements of size bytes each
// for a slice of type t, from the chunk of slice decoder id, or nil when
// the array is to be allocated alone; rest is the number of bytes of the
// input after the array's opening bracket.
func (lc *listChunks) take(id int, t reflect.Type, size uintptr, n, rest int) unsafe.Pointer {
	if size == 0 || uintptr(n) > chunkedList/size || rest < minListChunked {
		return nil
	}
	if id >= len(lc.c) {
		lc.c = append(lc.c, make([]listChunk, id+1-len(lc.c))...)
	}
	c := &lc.c[id]
	if c.left < n {
		m := max(n, int(listChunkSize/size))
		lc.allocated += m * int(size)
		c.p, c.left = reflect.MakeSlice(t, m, m).UnsafePointer(), m
	}
	a := c.p
	c.left -= n
	if c.left == 0 {
		c.p = nil
	} else {
		c.p = unsafe.Add(c.p, uintptr(n)*size)
	}
	return a
}

// release drops the chunks: the arrays taken from them belong to the
// decoded value, and the next decode starts chunks of its own.
func (lc *listChunks) release() {
	clear(lc.c)
	lc.allocated = 0
}

// hash64 mixes two words as XXH32 does an 8-byte string, without the
// final avalanche.
func hash64(lo, hi uint32) uint32 {
	const (
		prime3 = 0xc2b2ae3d
		prime4 = 0x27d4eb2f
		prime5 = 0x165667b1
	)
	h := prime5 + uint32(8)
	h += lo * prime3
	h = bits.RotateLeft32(h, 17) * prime4
	h += hi * prime3
	h = bits.RotateLeft32(h, 17) * prime4
	return h
}

// tagCache holds the language tags a reader has parsed, by a hash of
// their bytes, so that the few tags of a document are parsed (or looked
// up in ParseTag's cache, by a hash of the string) once each. It is kept
// with the pooled reader from one document to the next: a tag is a
// value that does not change.
type tagCache [64]struct {
	key   string
	tag   language.Tag
	canon bool
}

// parse returns the tag of b as ParseTag does, and whether b is the
// tag's text as the encoder writes it (MarshalText's).
func (c *tagCache) parse(b []byte) (language.Tag, bool, error) {
	if len(b) == 0 {
		t, err := ParseTag(b)
		return t, false, err
	}
	h := (uint(len(b))*31 + uint(b[0])*7 + uint(b[len(b)-1])) % uint(len(c))
	if len(b) > 1 {
		h = (h + uint(b[1])*13) % uint(len(c))
	}
	e := &c[h]
	if e.key == string(b) && e.key != "" {
		return e.tag, e.canon, nil
	}
	t, err := ParseTag(b)
	if err != nil {
		return t, false, err
	}
	canon := tagText(t) == string(b)
	if len(b) <= 32 {
		e.key, e.tag, e.canon = string(b), t, canon
	}
	return t, canon, nil
}

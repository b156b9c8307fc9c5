package codec

import (
	"encoding"
	stdjson "encoding/json"
	"errors"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/jsonstr"
)

// This file is the codec's encoder: a reflective encoder specialised for
// diplo's values. It writes exactly what a json.Encoder of encoding/json
// v1 writes after SetEscapeHTML(false), and hands to encoding/json v1
// what it does not write itself (MarshalJSON methods, maps other than
// language maps, []byte, json.Number) and any value that encoding/json
// would refuse, for v1's error. It stays hand-written because it measures
// faster than go-json-experiment/json on diplo's records (see the package
// doc): it appends a value's text in place (encoding.TextAppender), calls
// omitzero's IsZero through a pointer rather than on a copy, and writes
// Text keys from a cache.

// Marshal returns the canonical encoding of v: what a json.Encoder of
// encoding/json v1 writes after SetEscapeHTML(false), without its final
// newline (see the package doc).
func Marshal(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	var hint *sizeHint
	if rv.IsValid() {
		hint = sizeHintOf(rv.Type())
	}
	e := encPool.Get().(*encState)
	defer e.release()
	size := hint.size()
	if size < directOutput {
		// A small value: encoded into the pooled buffer, then copied
		// into a slice of its length.
		if err := e.value(rv); err != nil {
			return v1Encode(v)
		}
		hint.record(len(e.buf))
		return slices.Clone(e.buf), nil
	}
	// A large document is written straight into the slice returned,
	// made at the size of the last outputs of the same type, rather than
	// into the pooled buffer and then copied: the copy cost a fifth of
	// Marshal's time on a document of 2 MB.
	own := e.buf
	e.buf = makeNoZero(size)
	err := e.value(rv)
	out := e.buf
	e.buf = own
	if err != nil {
		return v1Encode(v)
	}
	hint.record(len(out))
	if cap(out)-len(out) > len(out)/2+directOutput {
		// Much smaller than the last ones: do not hand out the rest.
		return slices.Clone(out), nil
	}
	// The bytes past the output were not zeroed: they are now.
	clear(out[len(out):cap(out)])
	return out, nil
}

// makeNoZero returns an empty slice of capacity at least n whose memory
// is not zeroed first, as strings.Builder's Grow allocates it (zeroing
// a document of megabytes before writing it was 7% of Marshal's time).
// The caller writes every byte it hands out, and clears the rest of the
// capacity before handing the slice out.
func makeNoZero(n int) []byte {
	var b strings.Builder
	b.Grow(n)
	b.WriteByte(0)
	s := b.String()
	return unsafe.Slice(unsafe.StringData(s), n)[:0]
}

// directOutput is the least size, from the last outputs of a type, from
// which Marshal writes the next output straight into the slice it
// returns.
const directOutput = 16 << 10

// sizeHint keeps the lengths of the last two outputs of Marshal for one
// type. Its size is the smaller, so that a type whose documents alternate
// between large and small does not get a large slice for a small one.
type sizeHint struct {
	last, prev atomic.Int64
}

// size returns a little more than the smaller of the last two lengths,
// and more than the slack that reserve keeps, so that an output of that
// length is never copied; 0 for a nil hint.
func (h *sizeHint) size() int {
	if h == nil {
		return 0
	}
	n := int(min(h.last.Load(), h.prev.Load()))
	if n == 0 {
		return 0
	}
	return n + n/16 + 2*reserveSlack
}

// record adds the length of an output.
func (h *sizeHint) record(n int) {
	if h != nil {
		h.prev.Store(h.last.Load())
		h.last.Store(int64(n))
	}
}

var sizeHints sync.Map // reflect.Type -> *sizeHint

func sizeHintOf(t reflect.Type) *sizeHint {
	if h, ok := sizeHints.Load(t); ok {
		return h.(*sizeHint)
	}
	h, _ := sizeHints.LoadOrStore(t, new(sizeHint))
	return h.(*sizeHint)
}

// MarshalIndent is like Marshal but indents its output as json.Indent
// does: each element of an object or array begins on a new line that
// starts with prefix followed by one copy of indent per level of
// nesting, a member name is followed by ": ", and empty objects and
// arrays stay "{}" and "[]". The first line has no prefix and the output
// ends with no newline: MarshalIndent(v, "", "  ") followed by "\n" is
// what a json.Encoder writes after SetEscapeHTML(false) and
// SetIndent("", "  "), the form of diplo's golden files and examples.
// MarshalIndent encodes a value whose type gave a small indented output
// last time (under largeIndent bytes) indented into the pooled buffer, in
// one pass (the encoder's indenting state, indent.go), and returns a copy
// of it at its length: one allocation, of the output's size. The first
// value of a type, a value whose type gave a large output last time, and
// one whose indented output passes largeIndent as it is written (the
// struct encoders stop it), are encoded compact into the pooled buffer,
// measured and indented into a slice of their size: a large document
// written in one pass into a buffer grown as it goes, then copied, cost
// two to three times the processor time of the two passes over the
// compact encoding (BENCHMARKS.md, "Indented JSON in one pass"), and the
// command writes each whole document with one call.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	rv := reflect.ValueOf(v)
	last := &nilIndentHint
	if rv.IsValid() {
		last = indentHintOf(rv.Type())
	}
	e := encPool.Get().(*encState)
	defer e.release()
	if n := last.Load(); n != 0 && n < largeIndent {
		e.startIndent(prefix, indent)
		e.ind.limit = largeIndent
		var out []byte
		switch err := e.value(rv); err {
		case nil:
			out = e.buf
		case errIndentLimit:
			// Large after all: in two passes.
			e.buf, e.depth, e.ind = e.buf[:0], 0, indentState{line: e.ind.line}
		default:
			compact, err := v1Encode(v)
			if err != nil {
				return nil, err
			}
			out = AppendIndent(e.buf[:0], compact, prefix, indent)
			e.buf = out
		}
		if out != nil {
			last.Store(int64(len(out)))
			// Every byte of the slice, of capacity exactly its
			// length, is written: its memory need not be zeroed
			// first.
			return append(makeNoZero(len(out)), out...), nil
		}
	}
	compact := e.buf
	if err := e.value(rv); err == nil {
		compact = e.buf
	} else {
		if compact, err = v1Encode(v); err != nil {
			return nil, err
		}
	}
	out := AppendIndent(makeNoZero(indentedSize(compact, len(prefix), len(indent))), compact, prefix, indent)
	last.Store(int64(len(out)))
	return out, nil
}

// largeIndent is the length of MarshalIndent's last output of a type from
// which it encodes the next value of that type in two passes.
const largeIndent = 1 << 20

var (
	indentHints   sync.Map // reflect.Type -> *atomic.Int64
	nilIndentHint atomic.Int64
)

// indentHintOf returns the length of the last output of MarshalIndent
// for values of type t.
func indentHintOf(t reflect.Type) *atomic.Int64 {
	if h, ok := indentHints.Load(t); ok {
		return h.(*atomic.Int64)
	}
	h, _ := indentHints.LoadOrStore(t, new(atomic.Int64))
	return h.(*atomic.Int64)
}

// AppendIndentJSON appends the encoding of v to dst indented as
// MarshalIndent indents it, with every line after the first starting
// with prefix, and returns the extended slice; on error it returns dst
// unchanged. It writes the indented encoding in one pass, into dst.
func AppendIndentJSON(dst []byte, v any, prefix, indent string) ([]byte, error) {
	e := encPool.Get().(*encState)
	own := e.buf
	e.buf = dst
	e.startIndent(prefix, indent)
	err := e.value(reflect.ValueOf(v))
	out := e.buf
	e.buf = own
	e.release()
	if err == nil {
		return out, nil
	}
	compact, err := v1Encode(v)
	if err != nil {
		return dst, err
	}
	return AppendIndent(dst, compact, prefix, indent), nil
}

// AppendJSON appends the canonical encoding of v to b and returns the
// extended slice; on error it returns b unchanged. Like append, it writes
// nothing in b's capacity past the length of what it returns.
func AppendJSON(b []byte, v any) ([]byte, error) {
	e := encPool.Get().(*encState)
	own := e.buf
	e.buf = b
	e.tight = true
	err := e.value(reflect.ValueOf(v))
	e.tight = false
	out := e.buf
	e.buf = own
	e.release()
	if err == nil {
		return out, nil
	}
	if out, err = v1Encode(v); err != nil {
		return b, err
	}
	return append(b, out...), nil
}

// errDelegate reports that a value is left to encoding/json: it has a
// MarshalJSON method, it is of a kind Marshal does not write, or
// encoding/json would return an error for it.
var errDelegate = errors.New("diplo: value left to encoding/json")

// maxPooledBuffer is the largest buffer kept for the next Marshal: that
// of a document as large as decoding admits by default (MaxBytes).
const maxPooledBuffer = 64 << 20

// maxNesting is the depth of pointers, slices and maps past which Marshal
// hands v to encoding/json, which looks for cycles.
const maxNesting = 1000

var encPool = sync.Pool{New: func() any { return new(encState) }}

// encState is the output of one encoding.
type encState struct {
	buf     []byte
	scratch []byte
	depth   int
	root    unsafe.Pointer // the pointer value encoded, for its address
	// tight is set while buf is the caller's (AppendJSON), whose bytes
	// past the output must be left as they are: appendShort then
	// appends rather than stores a whole word.
	tight bool
	// lastKey is the last key without a compact index that e wrote.
	lastKey *textKey
	// keySets holds, for each size of Text from 1 to maxKeySet, the
	// tags of the last keySetWays Texts of that size that e wrote,
	// sorted, most recent first; nil where there are none yet.
	keySets [maxKeySet][keySetWays][maxKeySet]*textKey
	// ind is the indenting state, on for MarshalIndent and
	// AppendIndentJSON.
	ind indentState
}

func (e *encState) release() {
	if cap(e.buf) > maxPooledBuffer || cap(e.scratch) > maxPooledBuffer {
		return
	}
	e.buf, e.scratch, e.depth = e.buf[:0], e.scratch[:0], 0
	e.ind = indentState{line: e.ind.line[:0]}
	encPool.Put(e)
}

// encodeRoot appends to dst the encoding by enc of the value p points to, p
// not nil, as value encodes a non-nil pointer, from the variable that
// holds it, for an Encoder or IndentEncoder that keeps e from one value
// to the next. It leaves e as release leaves a state for the next
// encoding, but for its indenting state.
func (e *encState) encodeRoot(dst []byte, enc ptrEncFunc, p unsafe.Pointer) ([]byte, error) {
	e.buf = dst
	e.root = p
	err := enc(e, unsafe.Pointer(&e.root))
	out := e.buf
	e.buf, e.root = nil, nil
	e.scratch, e.depth = e.scratch[:0], 0
	if cap(e.scratch) > maxPooledBuffer {
		e.scratch = nil
	}
	return out, err
}

func (e *encState) value(v reflect.Value) error {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		// The value v points to is addressable: the fast path
		// (encptr.go) from the variable that holds v.
		saved := e.root
		e.root = v.UnsafePointer()
		err := ptrEncoderOf(v.Type())(e, unsafe.Pointer(&e.root))
		e.root = saved
		return err
	}
	return encoderOf(v.Type())(e, v)
}

// setBuf sets e.buf to b, e.buf extended by an append. Where b is e.buf
// extended in place, only its length is stored: the store of the
// pointer, and its write barrier while the garbage collector marks,
// are left out (a few percent of Marshal's time on a large document).
func (e *encState) setBuf(b []byte) {
	if unsafe.SliceData(b) == unsafe.SliceData(e.buf) && cap(b) == cap(e.buf) {
		e.buf = e.buf[:len(b)]
		return
	}
	e.buf = b
}

// reserveSlack is the room that reserve keeps in the buffer.
const reserveSlack = 1024

// reserve doubles the buffer when it is nearly full. append alone grows a
// large slice by a quarter at a time, which for a large document copies
// it over and over.
func (e *encState) reserve() {
	if cap(e.buf)-len(e.buf) < reserveSlack {
		e.buf = slices.Grow(e.buf, cap(e.buf)+4096)
	}
}

// enter counts one more level of nesting and reports whether Marshal
// goes on.
func (e *encState) enter() bool {
	e.depth++
	return e.depth <= maxNesting
}

// encFunc appends the encoding of v to e.buf.
type encFunc func(e *encState, v reflect.Value) error

var encoders sync.Map // reflect.Type -> encFunc

// encoderOf returns the encoder of values of type t, building it once.
func encoderOf(t reflect.Type) encFunc {
	return cachedEncoder(&encoders, t, func(t reflect.Type) encFunc { return newEncoder(t, true) })
}

// cachedEncoder returns the encoder of t held in cache, building it with
// build once. A type that contains itself reaches this point again while
// its encoder is being built: it gets a function that waits for it.
func cachedEncoder[F ~func(*encState, A) error, A any](cache *sync.Map, t reflect.Type, build func(reflect.Type) F) F {
	if f, ok := cache.Load(t); ok {
		return f.(F)
	}
	var (
		wg sync.WaitGroup
		f  F
	)
	wg.Add(1)
	indirect := F(func(e *encState, v A) error {
		wg.Wait()
		return f(e, v)
	})
	if g, loaded := cache.LoadOrStore(t, indirect); loaded {
		return g.(F)
	}
	f = build(t)
	wg.Done()
	cache.Store(t, f)
	return f
}

var (
	marshalerType     = reflect.TypeFor[stdjson.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	textAppenderType  = reflect.TypeFor[encoding.TextAppender]()
	isZeroerType      = reflect.TypeFor[interface{ IsZero() bool }]()
	numberType        = reflect.TypeFor[stdjson.Number]()
	tagType           = reflect.TypeFor[language.Tag]()
)

// newEncoder chooses the encoding of t in the order encoding/json does:
// MarshalJSON, then MarshalText, each through a pointer where the value is
// addressable, then the kind. allowAddr is false for the encoder used when
// the value is not addressable.
func newEncoder(t reflect.Type, allowAddr bool) encFunc {
	if t == tagType {
		// A MarshalText that allocates: its text comes from a cache.
		return encodeTag
	}
	if t.Kind() != reflect.Pointer && allowAddr && reflect.PointerTo(t).Implements(marshalerType) {
		return condAddr(delegateAddr, newEncoder(t, false))
	}
	if t.Implements(marshalerType) {
		return delegate
	}
	if t.Kind() != reflect.Pointer && allowAddr && reflect.PointerTo(t).Implements(textMarshalerType) {
		return condAddr(addrTextEncoder(reflect.PointerTo(t).Implements(textAppenderType)), newEncoder(t, false))
	}
	if t.Implements(textMarshalerType) {
		return textEncoder(t.Implements(textAppenderType))
	}
	if f := languageMaps[t]; f != nil {
		return languageMapEncoder(f)
	}
	switch t.Kind() {
	case reflect.Bool:
		return encodeBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return encodeInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return encodeUint
	case reflect.Float32:
		return floatEncoder(32)
	case reflect.Float64:
		return floatEncoder(64)
	case reflect.String:
		if t == numberType {
			return delegate
		}
		return encodeString
	case reflect.Interface:
		return encodeInterface
	case reflect.Struct:
		return newStructEncoder(t)
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			// Base64, or numbers when the bytes have their own
			// marshalers: encoding/json decides.
			return delegate
		}
		return newSliceEncoder(t)
	case reflect.Array:
		return newArrayEncoder(t)
	case reflect.Pointer:
		return newPointerEncoder(t)
	}
	// Other maps, and the kinds encoding/json rejects.
	return delegate
}

func condAddr(addr, other encFunc) encFunc {
	return func(e *encState, v reflect.Value) error {
		if v.CanAddr() {
			return addr(e, v)
		}
		return other(e, v)
	}
}

// delegate appends what encodeJSON writes for v. An addressable value
// is handed over through its address, so that encoding/json sees it as
// addressable too and calls the same methods.
func delegate(e *encState, v reflect.Value) error {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	if v.CanAddr() {
		return delegateAddr(e, v)
	}
	return e.appendMarshaled(v.Interface())
}

func delegateAddr(e *encState, v reflect.Value) error {
	return e.appendMarshaled(v.Addr().Interface())
}

func (e *encState) appendMarshaled(x any) error {
	b, err := v1Encode(x)
	if err != nil {
		return errDelegate
	}
	e.appendCompact(b)
	return nil
}

// addrTextEncoder encodes an addressable value whose pointer has a
// MarshalText method, through the pointer: no copy of the value, and no
// allocation for its text when it also appends it.
func addrTextEncoder(appender bool) encFunc {
	if appender {
		return func(e *encState, v reflect.Value) error {
			a, _ := reflect.TypeAssert[encoding.TextAppender](v.Addr())
			return e.appendTextOf(a)
		}
	}
	return func(e *encState, v reflect.Value) error {
		m, _ := reflect.TypeAssert[encoding.TextMarshaler](v.Addr())
		return e.appendMarshaledText(m)
	}
}

// textEncoder encodes a value whose type has a MarshalText method.
func textEncoder(appender bool) encFunc {
	return func(e *encState, v reflect.Value) error {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if appender {
			a, _ := reflect.TypeAssert[encoding.TextAppender](v)
			return e.appendTextOf(a)
		}
		m, _ := reflect.TypeAssert[encoding.TextMarshaler](v)
		return e.appendMarshaledText(m)
	}
}

// appendTextOf appends a's text as a JSON string. The text is appended in
// place and escaped afterwards only if it needs it.
func (e *encState) appendTextOf(a encoding.TextAppender) error {
	start := len(e.buf)
	if err := e.appendPlainTextOf(a); err != nil {
		return err
	}
	text := e.buf[start+1 : len(e.buf)-1]
	if jsonstr.Plain(text) {
		return nil
	}
	e.scratch = append(e.scratch[:0], text...)
	e.buf = jsonstr.Append(e.buf[:start], e.scratch)
	return nil
}

// appendPlainTextOf appends a's text between quotes as it is: the whole
// of appendTextOf for a text declared plain (RegisterPlainText).
func (e *encState) appendPlainTextOf(a encoding.TextAppender) error {
	start := len(e.buf)
	e.buf = append(e.buf, '"')
	b, err := a.AppendText(e.buf)
	if err != nil {
		e.buf = e.buf[:start]
		return errDelegate
	}
	e.setBuf(b)
	e.buf = append(e.buf, '"')
	return nil
}

func (e *encState) appendMarshaledText(m encoding.TextMarshaler) error {
	b, err := m.MarshalText()
	if err != nil {
		return errDelegate
	}
	e.buf = jsonstr.Append(e.buf, b)
	return nil
}

func encodeBool(e *encState, v reflect.Value) error {
	e.buf = strconv.AppendBool(e.buf, v.Bool())
	return nil
}

func encodeInt(e *encState, v reflect.Value) error {
	e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	return nil
}

func encodeUint(e *encState, v reflect.Value) error {
	e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	return nil
}

// floatEncoder writes numbers as ECMAScript does, like encoding/json:
// exponent form below 1e-6 and from 1e21 on, with the exponent unpadded.
func floatEncoder(bits int) encFunc {
	if bits == 64 {
		return func(e *encState, v reflect.Value) error { return e.float64(v.Float()) }
	}
	return func(e *encState, v reflect.Value) error { return e.float(v.Float(), bits) }
}

// float64 writes f as floatEncoder(64) does: by appendDecimal where it
// can, else by float.
func (e *encState) float64(f float64) error {
	if b, ok := appendDecimal(e.buf, f); ok {
		e.buf = b
		return nil
	}
	return e.float(f, 64)
}

// float writes f, of the bits given, as ECMAScript does (floatEncoder),
// by strconv.AppendFloat.
func (e *encState) float(f float64, bits int) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return errDelegate
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) ||
			bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b := strconv.AppendFloat(e.buf, f, format, -1, bits)
	if format == 'e' {
		// 1e-07 becomes 1e-7.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.buf = b
	return nil
}

// decimalLimit bounds the scaled values appendDecimal works with: below
// it, the rounding interval of a float64 f scaled by 10^k is less than
// a quarter wide, so that it holds at most one integer and rounding the
// scaled value finds it.
const decimalLimit = 1 << 50

// maxDecimals is the most digits after the point that appendDecimal
// looks for: more than coordinates and scores have. A number of more
// decimals (0.1 + 0.2, 1/3) goes to strconv after as many tries.
const maxDecimals = 8

// pow10 holds the powers of ten up to maxDecimals, which a float64
// holds exactly.
var pow10 = [maxDecimals + 1]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8}

// appendDecimal appends f as strconv.AppendFloat(b, f, 'f', -1, 64)
// does, for a number of at most a few decimals (a coordinate, a score),
// and reports whether it did; false (and b unchanged) for 0, a number
// that floatEncoder writes with an exponent, or one whose shortest
// decimal has more than maxDecimals decimals or more digits than it
// handles.
//
// The shortest decimal that reads back as f, which strconv writes, is
// the one with the fewest digits after the point: it finds it as the
// first k from 0 for which the integer r nearest to |f|·10^k reads back
// as f, r/10^k, a division of two exact float64s rounded as the reading
// of the decimal is. While |f|·10^k is below decimalLimit the interval of
// the numbers that read as f holds at most one multiple of 10^-k, and r
// is that one: the decimal found is strconv's.
func appendDecimal(b []byte, f float64) ([]byte, bool) {
	a := math.Abs(f)
	if !(a >= 1e-6 && a < decimalLimit) {
		// 0, NaN, the exponent form, and the large.
		return b, false
	}
	for k := range pow10 {
		x := a * pow10[k]
		if x >= decimalLimit {
			return b, false
		}
		r := uint64(x + 0.5)
		if float64(r)/pow10[k] != a {
			continue
		}
		// r with k digits after the point, from the right.
		var d [24]byte
		i := len(d)
		for j := 0; j < k; j++ {
			i--
			d[i] = byte('0' + r%10)
			r /= 10
		}
		if k > 0 {
			i--
			d[i] = '.'
		}
		for {
			i--
			d[i] = byte('0' + r%10)
			r /= 10
			if r == 0 {
				break
			}
		}
		if f < 0 {
			i--
			d[i] = '-'
		}
		return append(b, d[i:]...), true
	}
	return b, false
}

func encodeString(e *encState, v reflect.Value) error {
	e.buf = jsonstr.Append(e.buf, v.String())
	return nil
}

func encodeInterface(e *encState, v reflect.Value) error {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	return e.value(v.Elem())
}

func newPointerEncoder(t reflect.Type) encFunc {
	elem := encoderOf(t.Elem())
	return nilOrNested(func(e *encState, v reflect.Value) error { return elem(e, v.Elem()) })
}

func newSliceEncoder(t reflect.Type) encFunc { return nilOrNested(newArrayEncoder(t)) }

// nilOrNested encodes a nil pointer or slice as null, and another by enc
// one level of nesting deeper.
func nilOrNested(enc encFunc) encFunc {
	return func(e *encState, v reflect.Value) error {
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if !e.enter() {
			return errDelegate
		}
		err := enc(e, v)
		e.depth--
		return err
	}
}

func newArrayEncoder(t reflect.Type) encFunc {
	elem := encoderOf(t.Elem())
	return func(e *encState, v reflect.Value) error {
		e.buf = append(e.buf, '[')
		n := v.Len()
		for i := range n {
			e.reserve()
			if e.ind.on {
				e.element(i == 0)
			} else if i > 0 {
				e.buf = append(e.buf, ',')
			}
			if err := elem(e, v.Index(i)); err != nil {
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

// languageMaps holds the map types of language tags to strings that
// RegisterLanguageMap declared, with the function that gives a value's
// map.
var languageMaps = map[reflect.Type]func(reflect.Value) map[language.Tag]string{}

// RegisterLanguageMap declares t, a map type of language tags to strings
// (diplo's Text), for the encoder to write from a cache of the tags'
// texts, members sorted by tag as encoding/json sorts them; entries gives
// the map of a value of type t without allocating. It is called from an
// init function, before any encoding.
func RegisterLanguageMap(t reflect.Type, entries func(reflect.Value) map[language.Tag]string) {
	languageMaps[t] = entries
}

// constantTexts holds the interface types that RegisterConstantText
// declared.
var constantTexts []reflect.Type

// RegisterConstantText declares that every type implementing iface, an
// interface type, appends the same text (encoding.TextAppender) whatever
// its value and whenever it is called, as diplo's TypeName does: the
// encoder appends that text once per type and writes a copy of it. It is
// called from an init function, before any encoding.
func RegisterConstantText(iface reflect.Type) {
	constantTexts = append(constantTexts, iface)
}

// plainTexts holds the interface types that RegisterPlainText declared.
var plainTexts []reflect.Type

// RegisterPlainText declares that every type implementing iface, an
// interface type, appends (encoding.TextAppender) only bytes that a JSON
// string holds as they are: printable ASCII other than '"' and '\\', as
// diplo's Date does. The encoder then writes such a text between quotes
// without looking at it again. It is called from an init function,
// before any encoding.
func RegisterPlainText(iface reflect.Type) {
	plainTexts = append(plainTexts, iface)
}

// plainText reports whether the values of pointer type pt append a text
// declared plain (RegisterPlainText).
func plainText(pt reflect.Type) bool {
	for _, iface := range plainTexts {
		if pt.Implements(iface) {
			return true
		}
	}
	return false
}

// constantText returns the JSON string that newPtrEncoder writes for
// every value of type t when t appends a constant text
// (RegisterConstantText) and newPtrEncoder would append it through its
// pointer: the text of the zero value, quoted and escaped as appendTextOf
// writes it.
func constantText(t reflect.Type) ([]byte, bool) {
	pt := reflect.PointerTo(t)
	if t == tagType || t.Kind() == reflect.Pointer || pt.Implements(marshalerType) || !pt.Implements(textAppenderType) {
		return nil, false
	}
	for _, iface := range constantTexts {
		if !pt.Implements(iface) {
			continue
		}
		a, _ := reflect.TypeAssert[encoding.TextAppender](reflect.New(t))
		text, err := a.AppendText(nil)
		if err != nil {
			return nil, false
		}
		return jsonstr.Append(nil, string(text)), true
	}
	return nil, false
}

// languageMapEncoder writes a language map as encoding/json writes a map
// keyed by language.Tag: members sorted by tag.
func languageMapEncoder(entries func(reflect.Value) map[language.Tag]string) encFunc {
	return func(e *encState, v reflect.Value) error { return e.text(v, entries) }
}

func (e *encState) text(v reflect.Value, entries func(reflect.Value) map[language.Tag]string) error {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	return e.textMap(entries(v))
}

// textMap writes the language map t, members sorted by tag; nil is null.
func (e *encState) textMap(t map[language.Tag]string) error {
	if t == nil {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	n := len(t)
	if n == 0 {
		e.buf = append(e.buf, "{}"...)
		return nil
	}
	if n <= maxKeySet {
		// A small Text whose tags are those of one of the last Texts of
		// its size: its values are looked up by those tags, already
		// sorted, without iterating the map (the runtime's iterator was
		// a quarter of Marshal's time on a record whose Texts have one
		// or two members). n tags found in a map of n entries are all of
		// its keys.
		var vals [maxKeySet]string
		sets := &e.keySets[n-1]
	ways:
		for w := range sets {
			set := &sets[w]
			if set[0] == nil {
				break
			}
			for i, k := range set[:n] {
				s, ok := t[k.tag]
				if !ok {
					continue ways
				}
				vals[i] = s
			}
			e.textMembers(set[:n], vals[:n])
			return nil
		}
	}
	type member struct {
		key   *textKey
		value string
	}
	// Room for the Texts of up to eight members (a Text in the six
	// official languages of the United Nations among them) without an
	// allocation.
	var stack [8]member
	members := stack[:0]
	for tag, s := range t {
		members = append(members, member{e.keyOf(tag), s})
	}
	if len(members) <= 8 {
		// Most Texts have one to three members: sorted in place.
		for i := 1; i < len(members); i++ {
			for j := i; j > 0 && members[j].key.text < members[j-1].key.text; j-- {
				members[j], members[j-1] = members[j-1], members[j]
			}
		}
	} else {
		slices.SortFunc(members, func(a, b member) int { return strings.Compare(a.key.text, b.key.text) })
	}
	if len(members) != n {
		// The map changed while it was read: written as it was read.
		n = 0
	}
	if n > 0 && n <= maxKeySet {
		// Its tags, sorted, become the first set of its size.
		sets := &e.keySets[n-1]
		copy(sets[1:], sets[:])
		for i, m := range members {
			sets[0][i] = m.key
		}
	}
	e.buf = append(e.buf, '{')
	for i, m := range members {
		e.textMember(m.key, m.value, i == 0)
	}
	if e.ind.on {
		e.closing(len(members) > 0)
	}
	e.buf = append(e.buf, '}')
	return nil
}

// maxKeySet is the largest Text whose tags encState keeps, and
// keySetWays how many sets of each size it keeps: four, so that records
// whose Texts of one size use three or four sets of tags (the Texts of
// two members of paris-agreement: en and fr-t-en, en and ko, en and fr)
// find them, from one Marshal to the next of a pooled state, without
// iterating the map.
const (
	maxKeySet  = 3
	keySetWays = 4
)

// textMembers writes a Text of the keys and values given, in that order.
func (e *encState) textMembers(keys []*textKey, vals []string) {
	e.buf = append(e.buf, '{')
	for i, k := range keys {
		e.textMember(k, vals[i], i == 0)
	}
	if e.ind.on {
		e.closing(true)
	}
	e.buf = append(e.buf, '}')
}

// textMember writes a member of a Text, after a comma unless it is the
// first.
func (e *encState) textMember(k *textKey, value string, first bool) {
	if e.ind.on {
		e.memberShort(k.quotedBytes, &k.short, first)
	} else {
		if first {
			e.appendShort(&k.short, k.quotedBytes)
		} else {
			e.appendShort(&k.comma, k.commaBytes)
		}
	}
	e.setBuf(jsonstr.Append(e.buf, value))
}

func encodeTag(e *encState, v reflect.Value) error {
	tag, _ := reflect.TypeAssert[language.Tag](v)
	e.buf = jsonstr.Append(e.buf, tagText(tag))
	return nil
}

// textKey is a language tag as a member name: its text, as
// language.Tag.MarshalText writes it, and that text quoted and followed
// by ':'.
type textKey struct {
	tag         language.Tag
	text        string
	quotedBytes []byte // text quoted, then ':'
	commaBytes  []byte // quotedBytes after a comma
	// short and comma are quotedBytes and commaBytes for appendShort.
	short, comma short
}

func newTextKey(tag language.Tag) *textKey {
	b, _ := tag.MarshalText()
	q := append(jsonstr.Append(nil, b), ':')
	c := append([]byte{','}, q...)
	return &textKey{tag: tag, text: string(b), quotedBytes: q, commaBytes: c, short: shortOf(q), comma: shortOf(c)}
}

// compactKeys holds the keys of the tags that have a compact index
// (language.CompactIndex, exact), by that index: most tags of most
// documents ("en", "fr", "ru", "zh-Hant"), found without hashing the tag.
// An entry is written once, or again with the same text by another
// goroutine that missed it: no lock.
var compactKeys [language.NumCompactTags]atomic.Pointer[textKey]

// keyOf returns the key of tag: from compactKeys, else the last key of
// another tag written by e, else from tagTexts.
func (e *encState) keyOf(tag language.Tag) *textKey {
	if i, exact := language.CompactIndex(tag); exact && uint(i) < uint(len(compactKeys)) {
		if k := compactKeys[i].Load(); k != nil && k.tag == tag {
			return k
		}
		k := newTextKey(tag)
		compactKeys[i].Store(k)
		return k
	}
	if k := e.lastKey; k != nil && k.tag == tag {
		return k
	}
	e.lastKey = cachedKey(tag)
	return e.lastKey
}

// tagText returns the text of tag, as language.Tag.MarshalText writes it.
func tagText(tag language.Tag) string {
	if i, exact := language.CompactIndex(tag); exact && uint(i) < uint(len(compactKeys)) {
		if k := compactKeys[i].Load(); k != nil && k.tag == tag {
			return k.text
		}
	}
	return cachedKey(tag).text
}

// maxCachedTags is the most language tags without a compact index whose
// keys cachedKey keeps.
const maxCachedTags = 1024

// tagKeys holds the keys of the language tags without a compact index
// written as Text keys, which language.Tag.MarshalText would format (and
// allocate) anew for every key. The map is never changed once stored: a
// tag not in it is added to a copy, under tagKeysMu, so that reading
// takes no lock. It stops growing at maxCachedTags entries.
var (
	tagKeys   atomic.Pointer[map[language.Tag]*textKey]
	tagKeysMu sync.Mutex
)

// cachedKey returns the key of tag from tagKeys, adding it if there is
// room.
func cachedKey(tag language.Tag) *textKey {
	if m := tagKeys.Load(); m != nil {
		if k, ok := (*m)[tag]; ok {
			return k
		}
	}
	k := newTextKey(tag)
	tagKeysMu.Lock()
	defer tagKeysMu.Unlock()
	var old map[language.Tag]*textKey
	if m := tagKeys.Load(); m != nil {
		old = *m
	}
	if _, ok := old[tag]; !ok && len(old) < maxCachedTags {
		m := make(map[language.Tag]*textKey, len(old)+1)
		maps.Copy(m, old)
		m[tag] = k
		tagKeys.Store(&m)
	}
	return k
}

// encField is a member of a struct's encoding.
type encField struct {
	key       []byte // ,"name": escaped
	name      []byte // "name": escaped, for the indenting encoder
	index     []int
	enc       encFunc
	omitEmpty bool
	omitZero  bool
	isZero    func(reflect.Value) bool // nil: reflect.Value.IsZero
}

// newStructEncoder encodes the members of t that FieldsOf lists, in its
// order, under their names and with their options. A struct whose fields
// encoding/json would have to choose between (two with the same name),
// or that embeds a pointer or an unexported type, or that asks for the
// ",string" option, is left to encoding/json.
func newStructEncoder(t reflect.Type) encFunc {
	fs := FieldsOf(t)
	if !fs.plain {
		return delegate
	}
	fields := make([]encField, len(fs.List))
	for i, f := range fs.List {
		fields[i] = encField{
			key:       append(jsonstr.Append([]byte{','}, f.Name), ':'),
			index:     f.Index,
			enc:       encoderOf(f.Type),
			omitEmpty: f.OmitEmpty,
			omitZero:  f.OmitZero,
		}
		fields[i].name = fields[i].key[1:]
		if f.OmitZero {
			fields[i].isZero = isZeroFunc(f.Type)
		}
	}
	return func(e *encState, v reflect.Value) error {
		if e.ind.on && e.overLimit() {
			return errIndentLimit
		}
		e.buf = append(e.buf, '{')
		first := true
		for i := range fields {
			f := &fields[i]
			fv := v.Field(f.index[0])
			for _, j := range f.index[1:] {
				fv = fv.Field(j)
			}
			if f.omitEmpty && isEmptyValue(fv) ||
				f.omitZero && (f.isZero == nil && fv.IsZero() || f.isZero != nil && f.isZero(fv)) {
				continue
			}
			switch {
			case e.ind.on:
				e.member(f.name, first)
			case first:
				e.buf = append(e.buf, f.key[1:]...)
			default:
				e.buf = append(e.buf, f.key...)
			}
			first = false
			if err := f.enc(e, fv); err != nil {
				return err
			}
		}
		if e.ind.on {
			e.closing(!first)
		}
		e.buf = append(e.buf, '}')
		return nil
	}
}

// isZeroFunc returns how omitzero tests a field of type t: with its IsZero
// method if it has one, called through a pointer where it can be so that
// the value is not copied; nil for reflect.Value.IsZero.
func isZeroFunc(t reflect.Type) func(reflect.Value) bool {
	type isZeroer = interface{ IsZero() bool }
	switch {
	case t.Kind() == reflect.Interface && t.Implements(isZeroerType):
		return func(v reflect.Value) bool {
			return v.IsNil() || v.Elem().Kind() == reflect.Pointer && v.Elem().IsNil() ||
				v.Interface().(isZeroer).IsZero()
		}
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		return func(v reflect.Value) bool {
			if v.IsNil() {
				return true
			}
			z, _ := reflect.TypeAssert[isZeroer](v)
			return z.IsZero()
		}
	case t.Implements(isZeroerType) || reflect.PointerTo(t).Implements(isZeroerType):
		return func(v reflect.Value) bool {
			if !v.CanAddr() {
				c := reflect.New(v.Type()).Elem()
				c.Set(v)
				v = c
			}
			z, _ := reflect.TypeAssert[isZeroer](v.Addr())
			return z.IsZero()
		}
	}
	return nil
}

// isEmptyValue is omitempty's test, as encoding/json has it: structs are
// never empty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// indentedSize returns the length of AppendIndent's output for the
// compact JSON src, with a prefix and an indent of the lengths given.
func indentedSize(src []byte, prefix, indent int) int {
	n, depth := len(src), 0
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '"':
			i = endOfJSONString(src, i) - 1
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				i++ // empty: written as it is
				continue
			}
			depth++
			n += 1 + prefix + depth*indent
		case '}', ']':
			depth--
			n += 1 + prefix + depth*indent
		case ',':
			n += 1 + prefix + depth*indent
		case ':':
			n++
		}
	}
	return n
}

// AppendIndent appends the compact JSON src to dst indented as
// json.Indent indents it (see MarshalIndent). src is compact JSON, such as
// the encoder writes: valid JSON with no white space outside its strings.
// It is the one indenter of the module: MarshalIndent's, AppendIndentJSON's
// and so that of the nodes of the graph document that diplo import writes.
//
// It copies the bytes between two structural characters whole, skips
// strings eight bytes at a time, and writes each line break with its
// prefix and indentation as one slice of a line held for the deepest
// level met so far.
func AppendIndent(dst, src []byte, prefix, indent string) []byte {
	var lineBuf [128]byte
	line := append(append(lineBuf[:0], '\n'), prefix...)
	dst, _ = indentFrom(dst, src, line, len(line), indent, 0)
	return dst
}

// indentFrom appends src indented as AppendIndent indents it, as if it
// were written at the level given: line is "\n", a prefix (base bytes
// in all) and the indent once per level up to some depth, extended as
// deeper levels are met and returned.
func indentFrom(dst, src, line []byte, base int, indent string, level int) ([]byte, []byte) {
	step := len(indent)
	for len(line) < base+level*step {
		line = append(line, indent...)
	}
	start := 0 // of the bytes not yet copied
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			i = endOfJSONString(src, i) - 1
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				i++
				continue
			}
			level++
			if base+level*step > len(line) {
				line = append(line, indent...)
			}
			dst = append(dst, src[start:i+1]...)
			dst = append(dst, line[:base+level*step]...)
			start = i + 1
		case '}', ']':
			level--
			dst = append(dst, src[start:i]...)
			dst = append(dst, line[:base+level*step]...)
			dst = append(dst, c)
			start = i + 1
		case ',':
			dst = append(dst, src[start:i+1]...)
			dst = append(dst, line[:base+level*step]...)
			start = i + 1
		case ':':
			dst = append(dst, src[start:i+1]...)
			dst = append(dst, ' ')
			start = i + 1
		}
	}
	return append(dst, src[start:]...), line
}

// endOfJSONString returns the index just past the JSON string that starts
// at src[i], or len(src) if it does not end.
func endOfJSONString(src []byte, i int) int {
	j := i + 1
	for {
		j = quoteEnd(src, j)
		if j >= len(src) {
			return len(src)
		}
		if src[j] == '"' {
			return j + 1
		}
		j += 2 // the backslash and the byte it escapes
	}
}

package codec

import (
	"bytes"
	"reflect"
	"unsafe"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/jsonstr"
)

// This file is what the fast decoders note of a document's form while
// they decode it (UnmarshalForm): whether its bytes are, but for white
// space between tokens, what the encoder writes for the value decoded.
// The decoders say so only where they are sure: each value is checked
// against the encoder's rules for its type as it is read (members in the
// order of the field table, none that the encoder leaves out, none
// missing that it writes, strings escaped exactly as it escapes them,
// numbers and texts in the form it writes them, a Text's keys in its
// order and form), and anything the decoders cannot judge (a type the
// encoder writes by a method of its own, a value it re-encodes
// differently) makes them say "not canonical". A document they give up
// on (decoded again by the library) is not canonical either.

// Form is what UnmarshalForm found of a document's bytes.
type Form struct {
	// Canonical says that the document is, but for white space between
	// tokens, the bytes that Marshal writes for the value decoded.
	// False means only that the decoders could not vouch for it.
	Canonical bool
	// Blank says, of a canonical document, that one of its strings (a
	// member's value, an element, a Text's key or value) is empty or
	// "und" in any case.
	Blank bool
}

// UnmarshalForm is UnmarshalLengths, and reports as well the form of
// data as the fast decoders found it. v must point to a zero value, or
// to one whose only parts that are not zero are slices of length 0 over
// zeroed arrays (as Sizer.Apply leaves them): decoding merges into what
// is there, and the form is that of the value decoded from data alone.
func UnmarshalForm(data []byte, v any, strict bool, lengths *Lengths) (Form, error) {
	var form Form
	if tried, err := unmarshalFast(data, v, strict, noLimits, lengths, &form); tried && err == nil {
		return form, nil
	}
	return Form{}, UnmarshalLibrary(data, v, strict)
}

// encodesByKind reports whether the encoder writes values of type t by
// their kind (a struct's members, a slice's elements, a string, a
// number, a boolean) rather than by a method of t's, as newPtrEncoder
// chooses.
func encodesByKind(t reflect.Type) bool {
	pt := reflect.PointerTo(t)
	return t != tagType && t != numberType && languageMaps[t] == nil &&
		!pt.Implements(marshalerType) && !pt.Implements(textAppenderType) && !pt.Implements(textMarshalerType)
}

// notCanonical wraps dec, the decoder of a type that the encoder does
// not write as dec reads it: a value of it makes the form unknown.
func notCanonical(dec decFunc) decFunc {
	return func(d *decState, p unsafe.Pointer) error {
		d.canon = false
		return dec(d, p)
	}
}

// canonLeaf wraps dec, the decoder of a scalar of type t (a string, a
// number, a text), so that, while the form is followed, the token it
// read is compared with what the encoder writes for the value decoded.
func canonLeaf(t reflect.Type, dec decFunc) decFunc {
	enc := ptrEncoderOf(t)
	return func(d *decState, p unsafe.Pointer) error {
		start := d.i
		if err := dec(d, p); err != nil || !d.canon {
			return err
		}
		if d.enc == nil {
			d.enc = encPool.Get().(*encState)
		}
		e := d.enc
		e.buf = e.buf[:0]
		if enc(e, p) != nil || !bytes.Equal(e.buf, d.data[start:d.end]) {
			d.canon = false
		}
		return nil
	}
}

// formOmit returns the encoder's test of omitempty and omitzero for the
// member f (nil when it has neither), reading a language map's length
// in place rather than through reflect.
func formOmit(f Field) func(p unsafe.Pointer) bool {
	t := f.Type
	if t.Kind() == reflect.Map && t.Key() == tagType && t.Elem().Kind() == reflect.String &&
		t.Kind() != reflect.Interface && !t.Implements(isZeroerType) && !reflect.PointerTo(t).Implements(isZeroerType) {
		switch {
		case f.OmitEmpty:
			return func(p unsafe.Pointer) bool { return len(*(*map[language.Tag]string)(p)) == 0 }
		case f.OmitZero:
			return func(p unsafe.Pointer) bool { return *(*map[language.Tag]string)(p) == nil }
		}
		return nil
	}
	return omitFunc(f)
}

// plainForm notes, while the form is followed, what a string read
// without escapes says of it: its bytes are the encoder's unless they
// hold U+2028 or U+2029, which the encoder escapes (the grammar, checked
// by Scan or by the reader, leaves no other character in a string
// unescaped that the encoder would escape: no quote, backslash, control
// character or invalid UTF-8); high says that b may hold a byte from
// 0x80, without which it holds neither. An empty string or "und" is
// noted as blank.
func (d *decState) plainForm(b []byte, high bool) {
	if len(b) == 0 || len(b) == 3 && isUnd(b) {
		d.blank = true
	}
	if high && hasLineSep(b) {
		d.canon = false
	}
}

// escapedForm notes, while the form is followed, what a string with
// escapes says of it: raw, its token, is canonical if the encoder
// writes text, its value, as raw.
func (d *decState) escapedForm(raw, text []byte) {
	if len(text) == 3 && isUnd(text) {
		d.blank = true
	}
	d.formBuf = jsonstr.Append(d.formBuf[:0], text)
	if !bytes.Equal(d.formBuf, raw) {
		d.canon = false
	}
}

// isUnd reports whether b, of three bytes, is "und" in any case.
func isUnd(b []byte) bool {
	return b[0]|0x20 == 'u' && b[1]|0x20 == 'n' && b[2]|0x20 == 'd'
}

// hasLineSep reports whether b holds U+2028 or U+2029 (E2 80 A8, E2 80
// A9 in UTF-8).
func hasLineSep(b []byte) bool {
	for {
		i := bytes.IndexByte(b, 0xE2)
		if i < 0 || i+2 >= len(b) {
			return false
		}
		if b[i+1] == 0x80 && b[i+2]&^1 == 0xA8 {
			return true
		}
		b = b[i+1:]
	}
}

package codec

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

// The fast decoders' reader: it reads the document's bytes as the
// decoders ask for each value, and checks as it goes what Scan checks
// (the grammar, UTF-8, and the limits of ScanLimits), so that a document
// that the fast decoders decode whole needs no pass of its own for the
// limits. It stops at the first thing it does not take as Scan and the
// library would, before allocating anything for it, and reports
// errFallback: Unmarshal then decodes the document again by the library
// (and DecodeOptions.Unmarshal by the limits pass first), which gives
// the result and the error of that path. So the reader needs no messages
// of its own: it only has to be sure of what it accepts.
//
// The offset i always stands after the white space that follows the last
// value or delimiter read.

// noLimits are the limits of a fast decode that checks none: what Scan
// does not bound, and the library decodes, is decoded.
var noLimits = ScanLimits{MaxDepth: MaxDepthNoLimit, MaxString: int(^uint(0) >> 1), MaxArray: int(^uint(0) >> 1), MaxObjects: int(^uint(0) >> 1)}

// MaxDepthNoLimit is the nesting that the fast decoders follow when no
// limit is set: that of encoding/json and go-json-experiment, which
// reject deeper documents.
const MaxDepthNoLimit = 10000

// spaceByte marks JSON white space.
var spaceByte = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

// skip moves past white space.
func (d *decState) skip() {
	for d.i < len(d.data) && d.data[d.i] <= ' ' && spaceByte[d.data[d.i]] {
		d.i++
	}
}

// peek returns the next byte, or 0 at the end of the document.
func (d *decState) peek() byte {
	if d.i < len(d.data) {
		return d.data[d.i]
	}
	return 0
}

// open reads the '{' or '[' at the offset, which opens a level of
// nesting within MaxDepth and, for an object, one more object within
// MaxObjects.
func (d *decState) open(c byte) error {
	if d.depth >= d.lim.MaxDepth {
		return errFallback
	}
	if c == '{' {
		d.objects++
		if d.objects > d.lim.MaxObjects {
			return errFallback
		}
	}
	d.depth++
	d.i++
	d.skip()
	return nil
}

// next reads what follows a member or an element: a comma, which it
// reports as true, or end, the closing bracket, which closes the level.
func (d *decState) next(end byte) (bool, error) {
	switch d.peek() {
	case ',':
		d.i++
		d.skip()
		return true, nil
	case end:
		d.depth--
		d.i++
		d.skip()
		return false, nil
	}
	return false, errFallback
}

// empty reports whether the object or array just opened is closed at
// once ({} or []), and reads its end if so.
func (d *decState) empty(end byte) bool {
	if d.peek() != end {
		return false
	}
	d.depth--
	d.i++
	d.skip()
	return true
}

// length returns the length of the array at the offset, if Scan found
// it, or -1.
func (d *decState) length() int {
	if d.li < len(d.lengths) && int(d.lengths[d.li].off) == d.i {
		d.li++
		return int(d.lengths[d.li-1].n)
	}
	return -1
}

// element counts the n-th element of an array (from 1) against MaxArray.
func (d *decState) element(n int) error {
	if n > d.lim.MaxArray {
		return errFallback
	}
	return nil
}

// name reads a member name and the colon after it.
func (d *decState) name() ([]byte, error) {
	b, err := d.readString()
	if err != nil {
		return nil, err
	}
	if d.peek() != ':' {
		return nil, errFallback
	}
	d.i++
	d.skip()
	return b, nil
}

// nameIs reads the member name at the offset and the colon after it
// when the name is name, which is plain bytes (see plainByte) and not
// empty, and reports whether it did; when it did not, it has read
// nothing. It reads what name reads, and notes the form as it does,
// without searching for the name's end. A name of another length or
// first byte is told apart without a call.
func (d *decState) nameIs(name string) bool {
	data, start := d.data, d.i+1
	j := start + len(name)
	if j >= len(data) || data[j] != '"' || data[start] != name[0] || data[d.i] != '"' || string(data[start+1:j]) != name[1:] || len(name) > d.lim.MaxString {
		return false
	}
	return d.nameEnd(start, j)
}

// nameWord is nameIs for a name of at most seven bytes, given as
// the eight bytes from its first that spell it with its closing quote
// (word, little-endian, the bytes past the quote zero) and the mask of
// those bytes: one comparison of words reads it. For a longer name mask
// is 0, and nameWord is nameIs if plain says the name is plain (see
// decField), else false.
func (d *decState) nameWord(name string, word, mask uint64, plain bool) bool {
	data, start := d.data, d.i+1
	if mask == 0 || start+8 > len(data) {
		return plain && d.nameIs(name)
	}
	if binary.LittleEndian.Uint64(data[start:start+8])&mask != word || data[d.i] != '"' || len(name) > d.lim.MaxString {
		return false
	}
	j := start + len(name)
	if d.canon || j+1 >= len(data) || data[j+1] != ':' {
		return d.nameEnd(start, j)
	}
	// The colon at once, as in compact JSON: nameEnd's work, here.
	k := j + 2
	for k < len(data) && data[k] <= ' ' && spaceByte[data[k]] {
		k++
	}
	d.end, d.i = j+1, k
	return true
}

// nameWordOf returns the word and mask by which nameWord finds name,
// which is plain and of one to seven bytes.
func nameWordOf(name string) (word, mask uint64) {
	var b [8]byte
	copy(b[:], name)
	b[len(name)] = '"'
	return binary.LittleEndian.Uint64(b[:]), 1<<(8*(len(name)+1)) - 1
}

// nameEnd completes nameIs for the name found between start and its
// closing quote at j: the colon after it.
func (d *decState) nameEnd(start, j int) bool {
	data := d.data
	k := j + 1
	for k < len(data) && data[k] <= ' ' && spaceByte[data[k]] {
		k++
	}
	if k >= len(data) || data[k] != ':' {
		return false
	}
	if d.canon {
		d.plainForm(data[start:j], false)
	}
	d.end = j + 1
	d.i = k + 1
	d.skip()
	return true
}

// readString reads the string at the offset (its opening quote) and
// returns its text: the document's bytes when it has no escapes, or else
// the text unquoted into a buffer of the reader's, valid until the next
// string is read. A string longer than MaxString (decoded), invalid
// UTF-8, an escaped lone surrogate and a control character are left to
// the library, and so is a value that is not a string.
func (d *decState) readString() ([]byte, error) {
	if d.peek() != '"' {
		return nil, errFallback
	}
	if d.checked && !d.canon {
		// The common case, in a function of its own, whose few
		// values stay in registers.
		if b, ok := d.readChecked(); ok {
			return b, nil
		}
	}
	return d.readStringForm()
}

// readChecked is readString for a document that Scan has checked, when
// the form is not followed: it reads a string with no backslash, and
// reports whether it did; when it did not, it has read nothing.
func (d *decState) readChecked() ([]byte, bool) {
	data, start := d.data, d.i+1
	j := quoteEnd(data, start)
	if j >= len(data) || data[j] != '"' || j-start > d.lim.MaxString {
		return nil, false
	}
	i := j + 1
	d.end = i
	for i < len(data) && data[i] <= ' ' && spaceByte[data[i]] {
		i++
	}
	d.i = i
	return data[start:j], true
}

// readStringForm is readString but for readChecked's case.
func (d *decState) readStringForm() ([]byte, error) {
	data := d.data
	start := d.i + 1
	if d.checked {
		// Scan has found the string well-formed and its bytes valid
		// UTF-8: it is its bytes up to the quote, unless a backslash
		// comes first.
		var j int
		high := false
		if d.canon {
			j, high = quoteEndHigh(data, start)
		} else {
			j = quoteEnd(data, start)
		}
		if j < len(data) && data[j] == '"' && j-start <= d.lim.MaxString {
			d.i, d.end = j+1, j+1
			d.skip()
			if d.canon {
				d.plainForm(data[start:j], high)
			}
			return data[start:j], nil
		}
	}
	j := plainEnd(data, start)
	if j < len(data) && data[j] == '"' {
		if j-start > d.lim.MaxString {
			return nil, errFallback
		}
		d.i, d.end = j+1, j+1
		d.skip()
		if d.canon {
			d.plainForm(data[start:j], false) // plainEnd stops at bytes from 0x80
		}
		return data[start:j], nil
	}
	return d.readStringSlow(start, j)
}

// Constants of the search for a byte in eight at a time.
const (
	swarLow   = 0x0101010101010101
	swarHigh  = 0x8080808080808080
	swarQuote = '"' * swarLow
	swarSlash = '\\' * swarLow
)

// quoteEnd returns the index of the first quote or backslash in data
// at or after i, or len(data). It reads eight bytes at a time: in
// w^swarQuote a quote is a zero byte, and (y-swarLow)&^y&swarHigh marks
// the first zero byte of y by its high bit (bytes past it may be marked
// too, never one before); y has the high bits of w, so the two searches
// share the &^w.
func quoteEnd(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i : i+8])
		if m := ((w ^ swarQuote - swarLow) | (w ^ swarSlash - swarLow)) &^ w & swarHigh; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(data) && data[i] != '"' && data[i] != '\\' {
		i++
	}
	return i
}

// quoteEndHigh is quoteEnd, and reports as well whether a byte from
// 0x80 comes before the index it returns: the bytes read are gathered
// by OR, eight at a time, those of the last word only up to the quote
// or backslash.
func quoteEndHigh(data []byte, i int) (int, bool) {
	var seen uint64
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i : i+8])
		if m := ((w ^ swarQuote - swarLow) | (w ^ swarSlash - swarLow)) &^ w & swarHigh; m != 0 {
			k := bits.TrailingZeros64(m) / 8
			seen |= w & (1<<(8*k) - 1)
			return i + k, seen&swarHigh != 0
		}
		seen |= w
	}
	for i < len(data) && data[i] != '"' && data[i] != '\\' {
		seen |= uint64(data[i])
		i++
	}
	return i, seen&swarHigh != 0
}

// readStringSlow is readString past the first byte that is not plain
// ASCII, at j.
func (d *decState) readStringSlow(start, j int) ([]byte, error) {
	data := d.data
	size := j - start
	escaped := false
	for {
		k := plainEnd(data, j)
		size += k - j
		j = k
		if j >= len(data) || size > d.lim.MaxString {
			return nil, errFallback
		}
		switch c := data[j]; {
		case c == '"':
			d.i, d.end = j+1, j+1
			d.skip()
			if !escaped {
				if d.canon {
					d.plainForm(data[start:j], true)
				}
				return data[start:j], nil
			}
			b, err := jsontext.AppendUnquote(d.buf[:0], data[start-1:j+1])
			if err != nil {
				return nil, errFallback
			}
			d.buf = b
			if d.canon {
				d.escapedForm(data[start-1:j+1], b)
			}
			return b, nil
		case c == '\\':
			n, r, detail := escape(data[j:])
			if detail != "" || r < 0 {
				return nil, errFallback
			}
			escaped = true
			j += n
			size += r
		case c < 0x20:
			return nil, errFallback
		default:
			r, n := utf8.DecodeRune(data[j:])
			if r == utf8.RuneError && n == 1 {
				return nil, errFallback
			}
			j += n
			size += n
		}
	}
}

// number reads the number at the offset and returns its text, which
// lives as long as the document. A number that is not well-formed,
// longer than MaxString or that float64 does not hold exactly is left to
// the library (and to the limits pass, which rejects the last two).
func (d *decState) number() ([]byte, error) {
	data, start := d.data, d.i
	i, simple, ok := numberEnd(data, start)
	if !ok {
		return nil, errFallback
	}
	lit := data[start:i]
	if len(lit) > d.lim.MaxString {
		return nil, errFallback
	}
	// An integer of up to 15 digits is exact; others are checked.
	if !simple || len(lit) > 15 {
		if ok, _ := exactFloat(lit); !ok {
			return nil, errFallback
		}
	}
	d.i, d.end = i, i
	d.skip()
	return lit, nil
}

// literal reads the word true, false or null at the offset.
func (d *decState) literal(word string) error {
	if len(d.data)-d.i < len(word) || string(d.data[d.i:d.i+len(word)]) != word {
		return errFallback
	}
	d.i += len(word)
	d.end = d.i
	d.skip()
	return nil
}

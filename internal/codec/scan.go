package codec

import (
	"encoding/binary"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The check of the limits (once package internal/jsonscan): Scan checks a
// JSON document against size limits in one pass, before the decoder
// allocates anything for it.
//
// What it checks
//
// Scan reads the document byte by byte, as the grammar of RFC 8259 says,
// keeping only a stack of the open arrays and objects, and stops at the
// first of these problems, reporting its JSON path (events[3].name.fr):
//
//   - a syntax error: the document is not well-formed JSON (the caller
//     asks encoding/json for the line and column);
//   - invalid UTF-8 in a string or member name, or an escaped UTF-16
//     surrogate ("\ud800") that is not half of a pair: encoding/json
//     would replace either with U+FFFD, silently changing the text;
//   - arrays and objects nested more than ScanLimits.MaxDepth deep;
//   - a string (decoded, in bytes), member name or number longer than
//     ScanLimits.MaxString bytes;
//   - an array of more than ScanLimits.MaxArray elements;
//   - more than ScanLimits.MaxObjects objects in the whole document;
//   - a number that float64 does not hold exactly in the decimal sense:
//     parsing it must give a finite float64 whose shortest decimal is the
//     same number, so 1e1000001 (overflow), 1e-400 (rounded to 0) and
//     12.345678901234567890123 (more digits than float64 holds) are
//     rejected, and 0.1, -0, 1E3 and 1.50 are accepted.
//
// Scan allocates nothing per token: the stack grows with the depth, never
// beyond ScanLimits.MaxDepth, and a path is built only when a problem is
// found. A document that Scan accepts is one that json.Valid accepts, and
// the converse holds for documents within the limits whose strings are
// valid UTF-8 without lone surrogates and whose numbers float64 holds.
//
// Lists and members
//
// ScanLists also reports the length of each list that is a member of the
// top-level object, so that a decoder can allocate the slice once.
//
// Paths
//
// Member names appear in paths as plain names when they are made of
// letters, digits, '_', '-' and '@', and quoted in brackets otherwise
// (["a b"]), cut to 64 bytes. A path longer than MaxPath bytes is cut in
// the middle, so that hostile nesting cannot make an error message long.
//
// References
//
//   - RFC 8259, The JavaScript Object Notation (JSON) Data Interchange
//     Format, sections 2 to 8: https://www.rfc-editor.org/rfc/rfc8259
//   - RFC 3629, UTF-8, a transformation format of ISO 10646:
//     https://www.rfc-editor.org/rfc/rfc3629
//   - RFC 2781, UTF-16, an encoding of ISO 10646 (surrogate pairs):
//     https://www.rfc-editor.org/rfc/rfc2781

// ScanLimits bound a document. Every field must be positive; callers resolve
// defaults and "no limit" (a large number) before calling Scan.
type ScanLimits struct {
	// MaxDepth is the deepest nesting of arrays and objects: [] is at
	// depth 1.
	MaxDepth int
	// MaxString is the longest string, member name or number, in bytes.
	// Strings are measured decoded (an escape such as \u00e9 counts the
	// bytes of its UTF-8 encoding); numbers as written.
	MaxString int
	// MaxArray is the most elements in one array.
	MaxArray int
	// MaxObjects is the most objects in the document.
	MaxObjects int
}

// ScanKind is the kind of problem Scan finds.
type ScanKind uint8

// The kinds of problem.
const (
	// ScanSyntax is JSON that is not well-formed.
	ScanSyntax ScanKind = iota + 1
	// ScanUTF8 is invalid UTF-8, or an escaped lone surrogate, in a string or
	// member name.
	ScanUTF8
	// ScanDepth is nesting deeper than MaxDepth.
	ScanDepth
	// ScanString is a string or member name longer than MaxString.
	ScanString
	// ScanNumber is a number longer than MaxString.
	ScanNumber
	// ScanArray is an array longer than MaxArray.
	ScanArray
	// ScanObjects is more objects than MaxObjects.
	ScanObjects
	// ScanFloat is a number that float64 does not hold exactly: parsing it
	// overflows, underflows to 0 or drops digits, so that its shortest
	// float64 decimal is another number. Detail says which, to follow
	// the number.
	ScanFloat
)

// ScanError is a problem found by Scan.
type ScanError struct {
	Kind ScanKind
	// Path is the JSON path of the value where the problem is: the
	// string, the number, the array element or the array or object
	// opened too deep. For a problem in a member name, the path ends with
	// that name.
	Path string
	// Offset is the byte offset of the problem in the document.
	Offset int
	// Key is set when the problem is in a member name.
	Key bool
	// Size is the size found: the bytes of the string or number, the
	// depth, the number of elements or of objects. For a string it is a
	// lower bound when AtLeast is set (the string is cut short by another
	// problem).
	Size    int
	AtLeast bool
	// Max is the limit crossed.
	Max int
	// Detail says what is wrong for ScanSyntax, ScanUTF8 and ScanFloat problems.
	Detail string
}

// Error describes the problem, without the path.
func (e *ScanError) Error() string {
	switch e.Kind {
	case ScanSyntax, ScanUTF8:
		return e.Detail
	case ScanFloat:
		return "number " + e.Detail
	}
	return "limit " + strconv.Itoa(e.Max) + " exceeded: " + strconv.Itoa(e.Size)
}

// MaxPath is the longest path that errors carry; longer paths are cut in
// the middle.
const MaxPath = 256

// frame is an open array or object.
type frame struct {
	array bool
	// index is the index of the current element of an array, -1 before
	// the first.
	index int
	// key0 and key1 bound the raw text of the current member name of an
	// object, between its quotes.
	key0, key1 int
	// slot is the array's entry in scanner.lengths, or -1.
	slot int
}

type scanner struct {
	data    []byte
	lim     ScanLimits
	stack   []frame
	objects int
	// lists, if set, is told the length of the top-level lists.
	lists func(rawKey []byte, n int)
	// lengths, if set, is given the length of each array.
	lengths *Lengths
}

// Scan checks data against the limits and the JSON grammar and returns the
// first problem found, or nil.
func Scan(data []byte, lim ScanLimits) *ScanError {
	return ScanLists(data, lim, nil)
}

// Lengths are the lengths of the arrays of a document, as Scan found
// them, by which the codec's decoders allocate each slice once, at its
// length. A Lengths is reused from one document to the next by
// ScanLengths; the zero value is ready to use.
type Lengths struct {
	a     []arrayLength
	stack []frame // the scanner's, kept from one document to the next
}

// arrayLength is the length n of the non-empty array that opens at
// offset off.
type arrayLength struct {
	off, n uint32
}

// maxLengths is the most arrays whose lengths a Lengths holds: the
// arrays after them are decoded as if they had none (their slices grown
// as needed), so that a document of many arrays cannot make it large.
const maxLengths = 1 << 16

// ScanLengths is ScanLists that also records in lengths the length of
// each non-empty array, for UnmarshalLengths.
func ScanLengths(data []byte, lim ScanLimits, lists func(rawKey []byte, n int), lengths *Lengths) *ScanError {
	lengths.a = lengths.a[:0]
	if lengths.stack == nil {
		lengths.stack = make([]frame, 0, min(lim.MaxDepth, 32))
	}
	s := scanner{data: data, lim: lim, stack: lengths.stack[:0], lists: lists, lengths: lengths}
	_, e := s.run(0)
	// The stack is kept for the next document, as the lengths are: one
	// allocation fewer per document, which counts for a stream of small
	// ones (a node a line). One grown for a deep document is let go.
	if cap(s.stack) <= 256 {
		lengths.stack = s.stack[:0]
	} else {
		lengths.stack = nil
	}
	return e
}

// ScanLists is Scan that also calls lists, unless it is nil, for each
// non-empty array that is the value of a member of the top-level object,
// with the raw text of the member name (between its quotes) and the
// number of elements. Decoders use the counts to allocate slices once.
func ScanLists(data []byte, lim ScanLimits, lists func(rawKey []byte, n int)) *ScanError {
	s := scanner{data: data, lim: lim, stack: make([]frame, 0, min(lim.MaxDepth, 32)), lists: lists}
	_, e := s.run(0)
	return e
}

// The states of the scanner: what it expects next.
const (
	wantValue = iota // a value
	wantAfter        // what follows a value: a comma, a closing bracket, the end
	wantKey          // a member name
)

func (s *scanner) run(i int) (int, *ScanError) {
	data := s.data
	i = s.space(i)
	state := wantValue
	for {
		switch state {
		case wantValue:
			if i >= len(data) {
				return i, s.syntax(i, "unexpected end of JSON input")
			}
			switch c := data[i]; {
			case c == '{' || c == '[':
				if len(s.stack) >= s.lim.MaxDepth {
					return i, s.fail(&ScanError{Kind: ScanDepth, Offset: i, Size: len(s.stack) + 1, Max: s.lim.MaxDepth})
				}
				if c == '{' {
					s.objects++
					if s.objects > s.lim.MaxObjects {
						return i, s.fail(&ScanError{Kind: ScanObjects, Offset: i, Size: s.objects, Max: s.lim.MaxObjects})
					}
				}
				s.stack = append(s.stack, frame{array: c == '[', index: -1, slot: -1})
				open := i
				i = s.space(i + 1)
				if i < len(data) && (c == '{' && data[i] == '}' || c == '[' && data[i] == ']') {
					s.stack = s.stack[:len(s.stack)-1]
					i++
					state = wantAfter
					continue
				}
				if c == '{' {
					state = wantKey
					continue
				}
				if s.lengths != nil && len(s.lengths.a) < maxLengths && uint64(open) <= math.MaxUint32 {
					s.stack[len(s.stack)-1].slot = len(s.lengths.a)
					s.lengths.a = append(s.lengths.a, arrayLength{off: uint32(open)})
				}
				if e := s.next(i); e != nil {
					return i, e
				}
			case c == '"':
				// str, its common case written out: plain bytes up to
				// the closing quote.
				if j := plainEnd(data, i+1); j < len(data) && data[j] == '"' && j-i-1 <= s.lim.MaxString {
					i = j + 1
				} else {
					end, e := s.strSlow(i, j, false)
					if e != nil {
						return i, e
					}
					i = end
				}
				state = wantAfter
			case c == '-' || '0' <= c && c <= '9':
				end, e := s.number(i)
				if e != nil {
					return i, e
				}
				i = end
				state = wantAfter
			case c == 't':
				i, state = s.literal(i, "true")
			case c == 'f':
				i, state = s.literal(i, "false")
			case c == 'n':
				i, state = s.literal(i, "null")
			default:
				return i, s.syntax(i, "invalid character "+quoteChar(c)+" looking for beginning of value")
			}
			if state < 0 {
				return i, s.syntax(i, "invalid literal")
			}
		case wantAfter:
			i = s.space(i)
			if len(s.stack) == 0 {
				if i != len(data) {
					return i, s.syntax(i, "invalid character "+quoteChar(data[i])+" after top-level value")
				}
				return i, nil
			}
			if i >= len(data) {
				return i, s.syntax(i, "unexpected end of JSON input")
			}
			top := &s.stack[len(s.stack)-1]
			switch c := data[i]; {
			case c == ',':
				i = s.space(i + 1)
				if top.array {
					if e := s.next(i); e != nil {
						return i, e
					}
					state = wantValue
				} else {
					state = wantKey
				}
			case top.array && c == ']' || !top.array && c == '}':
				if s.lists != nil && top.array && len(s.stack) == 2 && !s.stack[0].array {
					s.lists(data[s.stack[0].key0:s.stack[0].key1], top.index+1)
				}
				if top.slot >= 0 {
					s.lengths.a[top.slot].n = uint32(top.index + 1)
				}
				s.stack = s.stack[:len(s.stack)-1]
				i++
			default:
				return i, s.syntax(i, "invalid character "+quoteChar(c)+" after array element or object member")
			}
		case wantKey:
			if i >= len(data) {
				return i, s.syntax(i, "unexpected end of JSON input")
			}
			if data[i] != '"' {
				return i, s.syntax(i, "invalid character "+quoteChar(data[i])+" looking for beginning of object key string")
			}
			end := plainEnd(data, i+1) + 1 // str, as for a value
			if end > len(data) || data[end-1] != '"' || end-i-2 > s.lim.MaxString {
				var e *ScanError
				if end, e = s.strSlow(i, end-1, true); e != nil {
					return i, e
				}
			}
			top := &s.stack[len(s.stack)-1]
			top.key0, top.key1 = i+1, end-1
			i = s.space(end)
			if i >= len(data) {
				return i, s.syntax(i, "unexpected end of JSON input")
			}
			if data[i] != ':' {
				return i, s.syntax(i, "invalid character "+quoteChar(data[i])+" after object key")
			}
			i = s.space(i + 1)
			state = wantValue
		}
	}
}

// next moves the innermost array, at offset i, to its next element.
func (s *scanner) next(i int) *ScanError {
	top := &s.stack[len(s.stack)-1]
	top.index++
	if top.index >= s.lim.MaxArray {
		return s.fail(&ScanError{Kind: ScanArray, Offset: i, Size: top.index + 1, Max: s.lim.MaxArray})
	}
	return nil
}

// space skips white space from i.
func (s *scanner) space(i int) int { return SkipSpace(s.data, i) }

// literal checks the literal word at i and returns the offset after it and
// wantAfter, or the offset of the first wrong byte and -1.
func (s *scanner) literal(i int, word string) (int, int) {
	for j := 0; j < len(word); j++ {
		if i+j >= len(s.data) || s.data[i+j] != word[j] {
			return i + j, -1
		}
	}
	return i + len(word), wantAfter
}

// number checks the number at i and returns the offset after it.
func (s *scanner) number(start int) (int, *ScanError) {
	i, _, ok := numberEnd(s.data, start)
	if !ok {
		if i >= len(s.data) {
			return 0, s.syntax(i, "unexpected end of JSON input")
		}
		return 0, s.syntax(i, "invalid character "+quoteChar(s.data[i])+" in numeric literal")
	}
	if i-start > s.lim.MaxString {
		return 0, s.fail(&ScanError{Kind: ScanNumber, Offset: start, Size: i - start, Max: s.lim.MaxString})
	}
	if ok, reason := exactFloat(s.data[start:i]); !ok {
		return 0, s.fail(&ScanError{Kind: ScanFloat, Offset: start, Size: i - start, Detail: reason})
	}
	return i, nil
}

// numberEnd reads the number at i by the grammar of RFC 8259 and returns
// the offset after it, and whether it is an integer (no fraction, no
// exponent). When it is not well-formed, ok is false and the offset is
// that of the byte that breaks it, or len(data).
func numberEnd(data []byte, i int) (end int, integer, ok bool) {
	if i < len(data) && data[i] == '-' {
		i++
	}
	switch {
	case i >= len(data):
		return i, false, false
	case data[i] == '0':
		i++
	case '1' <= data[i] && data[i] <= '9':
		i = digits(data, i+1)
	default:
		return i, false, false
	}
	integer = true
	if i < len(data) && data[i] == '.' {
		integer = false
		if i++; i >= len(data) || !isDigit(data[i]) {
			return i, false, false
		}
		i = digits(data, i)
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		integer = false
		if i++; i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		if i >= len(data) || !isDigit(data[i]) {
			return i, false, false
		}
		i = digits(data, i)
	}
	return i, integer, true
}

// digits returns the offset of the first byte at or after i that is not a
// digit.
func digits(data []byte, i int) int {
	for i < len(data) && isDigit(data[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// plain marks the bytes that a string holds as they are: printable ASCII
// other than the quote and the backslash.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x80; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plainEnd returns the index of the first byte of data at or after i
// that is not plain (see plainByte), or len(data). It reads eight bytes
// at a time: a byte from 0x80 is marked by its own high bit, and an
// ASCII byte by the borrow that sets the high bit of its difference
// (c^0x02)-0x21, which borrows for c below 0x20 and for the quote (0x22
// becomes 0x20) and for no other, or (c^'\\')-1, which borrows for the
// backslash. A borrow marks bytes only from the first such byte on, so
// the lowest byte marked is the first that is not plain.
func plainEnd(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		w := binary.LittleEndian.Uint64(data[i : i+8])
		m := ((w ^ swarLow*0x02 - swarLow*0x21) | (w ^ swarSlash - swarLow) | w) & swarHigh
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(data) && plainByte[data[i]] {
		i++
	}
	return i
}

// strSlow checks the string whose opening quote is at start and returns
// the offset after its closing quote; key says whether it is a member
// name. The scanner calls it for a string that has escapes, bytes from
// 0x80 or a problem, from j, the first byte of it that is not plain:
// most strings are plain bytes up to their closing quote, which it
// checks itself.
func (s *scanner) strSlow(start, j int, key bool) (int, *ScanError) {
	data := s.data
	size := j - start - 1
	i := j
	// problem reports a problem inside the string, unless the string is
	// already too long, which is reported first.
	problem := func(e *ScanError) (int, *ScanError) {
		if size > s.lim.MaxString {
			e = &ScanError{Kind: ScanString, Offset: start, Size: size, AtLeast: true, Max: s.lim.MaxString}
		}
		e.Key = key
		if key {
			s.stack[len(s.stack)-1].key0, s.stack[len(s.stack)-1].key1 = start+1, s.keyEnd(start+1, i)
		}
		return 0, s.fail(e)
	}
	for {
		j := plainEnd(data, i)
		size += j - i
		i = j
		if i >= len(data) {
			return problem(&ScanError{Kind: ScanSyntax, Offset: i, Detail: "unexpected end of JSON input"})
		}
		switch c := data[i]; {
		case c == '"':
			if size > s.lim.MaxString {
				e := &ScanError{Kind: ScanString, Offset: start, Key: key, Size: size, Max: s.lim.MaxString}
				if key {
					s.stack[len(s.stack)-1].key0, s.stack[len(s.stack)-1].key1 = start+1, i
				}
				return 0, s.fail(e)
			}
			return i + 1, nil
		case c == '\\':
			n, r, detail := escape(data[i:])
			if detail != "" {
				return problem(&ScanError{Kind: ScanSyntax, Offset: i, Detail: detail})
			}
			if r < 0 {
				return problem(&ScanError{Kind: ScanUTF8, Offset: i, Detail: "unpaired UTF-16 surrogate " + string(data[i:i+6])})
			}
			i += n
			size += r
		case c < 0x20:
			return problem(&ScanError{Kind: ScanSyntax, Offset: i, Detail: "invalid character " + quoteChar(c) + " in string literal"})
		default:
			// Characters of two bytes (accented Latin letters, Greek,
			// Cyrillic, ...), which are valid whenever their second
			// byte is a continuation byte, are read in a run.
			j := i
			for j+1 < len(data) && data[j] >= 0xC2 && data[j] < 0xE0 && data[j+1]&0xC0 == 0x80 {
				j += 2
			}
			if j > i {
				size += j - i
				i = j
				continue
			}
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				what := "string"
				if key {
					what = "member name"
				}
				return problem(&ScanError{Kind: ScanUTF8, Offset: i, Detail: "invalid UTF-8 in " + what})
			}
			i += n
			size += n
		}
	}
}

// keyEnd returns the end of the text of a member name that starts at
// start and has a problem at i, for its path: the closing quote, if it
// comes soon, or else a little past i.
func (s *scanner) keyEnd(start, i int) int {
	limit := min(len(s.data), max(i+1, start+keyPrefix))
	for j := i + 1; j < limit; j++ {
		switch s.data[j] {
		case '"':
			return j
		case '\\':
			j++
		}
	}
	return limit
}

// escape reads the escape sequence at the start of b (which starts with a
// backslash) and returns its length in b and the length of its UTF-8
// encoding, or a description of what is wrong. A lone surrogate, which
// is well-formed but does not stand for a character, gives a size of -1
// and no description.
func escape(b []byte) (n, size int, detail string) {
	if len(b) < 2 {
		return 0, 0, "unexpected end of JSON input"
	}
	switch b[1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2, 1, ""
	case 'u':
	default:
		return 0, 0, "invalid character " + quoteChar(b[1]) + " in string escape code"
	}
	r, detail := hex4(b[2:])
	if detail != "" {
		return 0, 0, detail
	}
	switch {
	case r < 0xD800 || r > 0xDFFF:
		return 6, utf8.RuneLen(r), ""
	case r >= 0xDC00:
		return 6, -1, ""
	}
	// A high surrogate must be followed by an escaped low surrogate.
	if len(b) >= 8 && b[6] == '\\' && b[7] == 'u' {
		lo, detail := hex4(b[8:])
		if detail != "" {
			return 0, 0, detail
		}
		if 0xDC00 <= lo && lo <= 0xDFFF {
			return 12, 4, ""
		}
	}
	return 6, -1, ""
}

func hex4(b []byte) (rune, string) {
	var r rune
	for k := range 4 {
		if k >= len(b) {
			return 0, "unexpected end of JSON input"
		}
		c := b[k]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, "invalid character " + quoteChar(b[k]) + " in \\u hexadecimal character escape"
		}
		r = r<<4 | rune(c)
	}
	return r, ""
}

// quoteChar quotes a byte as encoding/json's messages do.
func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	if c >= 0x80 {
		s = strconv.Quote(string([]byte{c}))
	}
	return "'" + s[1:len(s)-1] + "'"
}

func (s *scanner) syntax(i int, detail string) *ScanError {
	return s.fail(&ScanError{Kind: ScanSyntax, Offset: i, Detail: detail})
}

// fail completes e with the path of the current place.
func (s *scanner) fail(e *ScanError) *ScanError {
	e.Path = s.path()
	return e
}

// path returns the JSON path of the current place.
func (s *scanner) path() string {
	var b strings.Builder
	for _, f := range s.stack {
		if f.array {
			if f.index < 0 {
				break
			}
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(f.index))
			b.WriteByte(']')
			continue
		}
		if f.key0 == 0 {
			break // no member name yet
		}
		name := Join("", unquotePrefix(s.data[f.key0:f.key1]))
		if b.Len() > 0 && name[0] != '[' {
			b.WriteByte('.')
		}
		b.WriteString(name)
	}
	return shorten(b.String())
}

// shorten cuts a path longer than MaxPath in the middle.
func shorten(p string) string {
	if len(p) <= MaxPath {
		return p
	}
	const half = MaxPath/2 - 2
	a, b := half, len(p)-half
	for a > 0 && !utf8.RuneStart(p[a]) {
		a--
	}
	for b < len(p) && !utf8.RuneStart(p[b]) {
		b++
	}
	return p[:a] + "..." + p[b:]
}

// keyPrefix is how many bytes of a member name unquotePrefix decodes:
// more than the 64 that paths quote, so that a cut is marked.
const keyPrefix = 72

// unquotePrefix decodes the start of the raw text of a member name, at
// most keyPrefix bytes of it. Escapes that do not decode, and invalid
// UTF-8, are kept as they are written.
func unquotePrefix(raw []byte) string {
	out := make([]byte, 0, min(len(raw), keyPrefix+4))
	for i := 0; i < len(raw) && len(out) < keyPrefix; {
		c := raw[i]
		if c != '\\' || i+1 >= len(raw) {
			out = append(out, c)
			i++
			continue
		}
		switch raw[i+1] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			n, size, detail := escape(raw[i:])
			if detail != "" || size < 0 {
				out = append(out, c)
				i++
				continue
			}
			r, _ := hex4(raw[i+2:])
			if n == 12 {
				lo, _ := hex4(raw[i+8:])
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
			}
			out = utf8.AppendRune(out, r)
			i += n
			continue
		default:
			out = append(out, raw[i+1])
		}
		i += 2
	}
	return string(out)
}

// Join appends a member name to a path: after a dot when the name is made
// of letters, digits, '_', '-' and '@', otherwise in brackets and quotes
// (["a b"]). Names are cut to MaxKey bytes.
func Join(path, key string) string {
	plain := key != ""
	for _, r := range key {
		if !(r == '_' || r == '-' || r == '@' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			plain = false
			break
		}
	}
	if !plain {
		return path + "[" + strconv.Quote(Cut(key)) + "]"
	}
	key = Cut(key)
	if path == "" {
		return key
	}
	return path + "." + key
}

// MaxKey is the longest prefix of a member name that paths quote.
const MaxKey = 64

// Cut shortens s to at most MaxKey bytes, on a rune boundary, marking the
// cut with "...".
func Cut(s string) string {
	if len(s) <= MaxKey {
		return s
	}
	n := MaxKey
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

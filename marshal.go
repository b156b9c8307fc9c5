package diplo

import (
	"sync"

	"golang.org/x/text/language"

	"github.com/diplo-go/diplo/internal/codec"
)

// Marshal returns the canonical JSON encoding of v: the bytes that a
// json.Encoder writes after SetEscapeHTML(false), without its final
// newline. That is json.Marshal's encoding (sorted map keys, the same
// omitempty and omitzero rules, the same errors) except that '&', '<' and
// '>' are written as they are rather than as \u0026, \u003c and \u003e;
// U+2028 and U+2029 are still escaped, and invalid UTF-8 is still written
// as \ufffd. Everything the module writes as JSON (graph.NodeWriter, the
// JSON-LD writer, the command) goes through Marshal, MarshalIndent or
// AppendJSON, so that a document decoded and encoded again keeps its
// bytes.
//
// Marshal encodes with go-json-experiment/json (encoding/json/v2) set to
// the rules of encoding/json v1; diplo's types write themselves to its
// token stream (MarshalJSONTo) without the allocations that encoding/json
// makes for them. Marshal accepts any value that json.Marshal accepts;
// when v does not encode, the error is the one json.Marshal returns.
//
// Marshal is safe for concurrent use.
func Marshal(v any) ([]byte, error) { return codec.Marshal(v) }

// MarshalIndent is like Marshal but indents its output as json.Indent
// does: each element of an object or array begins on a new line that
// starts with prefix followed by one copy of indent per level of
// nesting, a member name is followed by ": ", and empty objects and
// arrays stay "{}" and "[]". The first line has no prefix and the output
// ends with no newline: MarshalIndent(v, "", "  ") followed by "\n" is
// what a json.Encoder writes after SetEscapeHTML(false) and
// SetIndent("", "  "), the form of diplo's golden files and examples.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	buf := indentPool.Get().(*[]byte)
	defer func() {
		if cap(*buf) <= maxPooledBuffer {
			indentPool.Put(buf)
		}
	}()
	compact, err := codec.AppendJSON((*buf)[:0], v)
	if err != nil {
		return nil, err
	}
	*buf = compact
	size := indentedSize(compact, len(prefix), len(indent))
	return appendIndent(make([]byte, 0, size), compact, prefix, indent), nil
}

// AppendJSON appends the JSON encoding of v to b, as Marshal writes it,
// and returns the extended slice. On error it returns b unchanged.
func AppendJSON(b []byte, v any) ([]byte, error) { return codec.AppendJSON(b, v) }

// maxPooledBuffer is the largest buffer kept for the next MarshalIndent:
// that of a document as large as decoding admits by default (MaxBytes).
const maxPooledBuffer = 64 << 20

var indentPool = sync.Pool{New: func() any { return new([]byte) }}

// tagTexts holds the text of the language tags written as Text keys,
// which language.Tag.MarshalText would format (and allocate) anew for
// every key. It stops growing at maxCachedTags entries.
var tagTexts struct {
	sync.RWMutex
	m map[language.Tag]string
}

// tagText returns the text of tag, as language.Tag.MarshalText writes it.
func tagText(tag language.Tag) string {
	tagTexts.RLock()
	s, ok := tagTexts.m[tag]
	tagTexts.RUnlock()
	if ok {
		return s
	}
	b, _ := tag.MarshalText()
	s = string(b)
	tagTexts.Lock()
	if tagTexts.m == nil {
		tagTexts.m = make(map[language.Tag]string)
	}
	if len(tagTexts.m) < maxCachedTags {
		tagTexts.m[tag] = s
	}
	tagTexts.Unlock()
	return s
}

// indentedSize returns the length of appendIndent's output for the
// compact JSON src, with a prefix and an indent of the lengths given.
func indentedSize(src []byte, prefix, indent int) int {
	n, depth := len(src), 0
	newline := func() { n += 1 + prefix + depth*indent }
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '"':
			i = endOfJSONString(src, i) - 1
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				i++ // empty: written as it is
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
		case ',':
			newline()
		case ':':
			n++
		}
	}
	return n
}

// appendIndent appends the compact JSON src to dst indented as json.Indent
// indents it (see MarshalIndent). src is what the encoder wrote: valid
// JSON with no white space outside its strings.
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
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
			dst = append(dst, src[start:i+1]...)
			depth++
			newline()
			start = i + 1
		case '}', ']':
			dst = append(dst, src[start:i]...)
			depth--
			newline()
			dst = append(dst, c)
			start = i + 1
		case ',':
			dst = append(dst, src[start:i+1]...)
			newline()
			start = i + 1
		case ':':
			dst = append(dst, src[start:i+1]...)
			dst = append(dst, ' ')
			start = i + 1
		}
	}
	return append(dst, src[start:]...)
}

// endOfJSONString returns the index just past the JSON string that starts
// at src[i], or len(src) if it does not end.
func endOfJSONString(src []byte, i int) int {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(src)
}

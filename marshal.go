package diplo

import "github.com/diplo-go/diplo/internal/codec"

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
// Marshal encodes diplo's types without the allocations that
// encoding/json makes for them: a value's text is appended in place
// (encoding.TextAppender) rather than returned by MarshalText, omitzero
// calls IsZero through a pointer rather than on a copy of the value, and
// a Text's language tags are written from a cache rather than formatted
// again for every key.
//
// Marshal accepts any value that json.Marshal accepts. Values that it does
// not encode itself, such as those with a MarshalJSON method, maps other
// than Text, []byte and json.Number, are handed to a json.Encoder set as
// above, as is the whole of v when encoding/json would return an error
// for it, so that the error is the one json.Marshal returns.
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
	return codec.MarshalIndent(v, prefix, indent)
}

// AppendJSON appends the JSON encoding of v to b, as Marshal writes it,
// and returns the extended slice. On error it returns b unchanged. Like
// append, it writes nothing in b's capacity past the length of what it
// returns.
func AppendJSON(b []byte, v any) ([]byte, error) { return codec.AppendJSON(b, v) }

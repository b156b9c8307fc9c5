// Package codec owns diplo's JSON at the level of bytes and tokens: the
// decoding of documents, lenient and strict, and their encoding in the
// canonical form. The root package's Unmarshal, UnmarshalStrict,
// DecodeOptions.Unmarshal, Marshal, MarshalIndent and AppendJSON are thin
// layers over it, and diplo's value types (Text, Date, ...) read and write
// themselves through its Decoder and Encoder.
//
// # Implementation
//
// The codec is built on github.com/go-json-experiment/json, the
// implementation behind the standard library's encoding/json/v2, with the
// options of encoding/json v1 (jsonv1.DefaultOptionsV1) so that the values
// decoded and the bytes written are those of encoding/json v1:
//
//   - decoding matches member names to fields without regard to case, and
//     keeps the last of duplicate members; strict decoding adds
//     RejectUnknownMembers and rejects duplicate names
//     (jsontext.AllowDuplicateNames(false)), which the library checks by
//     field, so that "date" and "Date" are one name;
//   - encoding writes members in struct order, map keys sorted, the
//     omitempty and omitzero rules of v1, U+2028 and U+2029 escaped, and
//     '&', '<' and '>' as they are (jsontext.EscapeForHTML(false)).
//
// # Decoding and its errors
//
// Unmarshal decodes in one pass over the document. Only when it fails does
// Locate decode the document again, into a fresh value, with one
// unmarshal function that sees every value: a value of the wrong JSON kind,
// a value that its type's method refuses (UnmarshalText, UnmarshalJSON,
// UnmarshalJSONFrom) and, in strict decoding, a member that the type does
// not define or a name used twice are each recorded and skipped, so that
// every error is reported, not the first. Paths are built from the
// decoder's JSON Pointer and stack: /events/3/kind becomes events[3].kind,
// and a name that is not made of letters, digits, '_', '-' and '@' is
// quoted in brackets (name[""]). A type that reads an object itself (Text)
// returns the errors of its members with their paths relative to it.
//
// The one table of a struct's members that the package keeps (fieldsOf)
// serves Locate's strict checks and the Sizer, which gives the slices of
// a document's top-level lists their length before decoding, from the
// counts that the one-pass check of the limits makes.
//
// # Encoding
//
// Marshal and AppendJSON encode with a pooled Encoder. A value that the
// library would write otherwise than encoding/json v1 is encoded by
// encoding/json v1 itself: a string with invalid UTF-8 (v1 writes the
// escape \ufffd), a struct with a json tag whose name v1 rejects (v1 uses
// the field's name), and any value that fails to encode, so that the
// error is v1's.
//
// Encoder, Decoder, Token and Kind are aliases of the jsontext types, so
// that a method written against them (MarshalJSONTo, UnmarshalJSONFrom) is
// the method the library looks for.
//
// # Moving to encoding/json/v2
//
// Nothing outside this package imports go-json-experiment. When the
// standard library's encoding/json/v2 and encoding/json/jsontext are
// available without GOEXPERIMENT, the move is a change of the import paths
// in this package (json, jsontext and the v1 options, which are
// encoding/json's own options in the standard library); the aliases keep
// the signatures of the methods of the root package unchanged.
package codec

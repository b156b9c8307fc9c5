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

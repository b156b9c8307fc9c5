// Package codec owns diplo's JSON at the level of bytes and tokens: the
// decoding of documents, lenient and strict, and their encoding in the
// canonical form. The root package's Unmarshal, UnmarshalStrict,
// DecodeOptions.Unmarshal, Marshal, MarshalIndent and AppendJSON are thin
// layers over it, and a type that reads itself from the token stream
// (Text's UnmarshalJSONFrom) does so through its Decoder.
//
// # Implementation
//
// Decoding is built on github.com/go-json-experiment/json, the
// implementation behind the standard library's encoding/json/v2, with the
// options of encoding/json v1 (jsonv1.DefaultOptionsV1) so that the values
// decoded are those of encoding/json v1:
//
//   - decoding matches member names to fields without regard to case, and
//     keeps the last of duplicate members; strict decoding adds
//     RejectUnknownMembers and rejects duplicate names
//     (jsontext.AllowDuplicateNames(false)), which the library checks by
//     field, so that "date" and "Date" are one name;
//
// # Decoding and its errors
//
// Unmarshal decodes a struct first by the codec's own decoders
// (decode.go): a table per type, built once from the struct's Fields,
// reads the document's bytes through the codec's reader (reader.go) and
// writes each member at its offset; strings that repeat are made once,
// the others are copied into chunks that they share (stringChunks: at
// most 8 KiB and a quarter of the input left each, so a string kept alone
// keeps its chunk; the input is never retained),
// language tags come from a cache (ParseTag, and a small table per
// reader), a list is allocated once at the length of its array when the
// limits pass has recorded it (ScanLengths, UnmarshalLengths) and is
// otherwise decoded into a pooled scratch array and copied once, and
// Text is decoded as its UnmarshalJSONFrom decodes it. The reader checks
// the grammar, UTF-8 and the limits as it reads; after the limits pass
// it takes a string's bytes as Scan found them. These decoders decode only what they
// decode as go-json-experiment/json does: a name in another case than
// the field's, an unknown member, a name used twice in strict decoding,
// null, a map other than Text, an interface, invalid UTF-8, a number out
// of range or a method's error makes them give up, and go-json-experiment
// decodes the whole document again over what they left. Decoding merges
// into the value as encoding/json v1 does, so the second decode gives
// what one decode gives; FuzzUnmarshalFast holds the two paths equal.
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
// The package keeps one table of a struct's members (FieldsOf): their
// names, options and index paths as encoding/json sees them, built once
// per type. The encoder writes the members in its order; Locate's strict
// checks and the Sizer find a name in it as decoding matches names to
// fields; the JSON Schema generator (schema/internal/jsgen) names the
// properties from it. The Sizer gives the slices of a document's
// top-level lists their length before decoding,
// from the counts that the one-pass check of the limits makes.
//
// # Tokenizers
//
// The codec reads JSON with the jsontext Decoder: decoding, Locate,
// Member, Members, Text's UnmarshalJSONFrom, and the JSON-LD reader of
// package schema (through NewDecoder). Where bytes are read by hand, it
// is here, in three fast paths kept by measurement, and in the helpers
// that the module's readers share instead of each keeping a copy:
//
//   - Scan, ScanLists and ScanLengths (scan.go), the check of the
//     limits, run before every decode; they hold the grammar of RFC
//     8259, the limits and the paths of their errors (Join, Cut), and
//     record the lengths of the arrays for the decoders. The decoders'
//     reader (reader.go) shares their helpers (plainEnd, escape,
//     exactFloat). A decode that enforced the limits as it read, with no
//     pass before it, was tried: a document that crosses a limit near
//     its end would then have allocated for all that came before (1.5 GB
//     for the million objects of TestHostileInput), which the rule that
//     a document over a limit fails before anything is allocated for it
//     forbids. A pass over the jsontext
//     Decoder's tokens that only keeps the depth, the array lengths and
//     the count of objects (measuring no string and no number) took 1.3
//     to 1.5 times Scan's processor time on the five examples and 5.8
//     times on synth-10000, where Scan is 6 to 15 % of a strict decode
//     (go test -run '^$' -bench 'BenchmarkLimitsPass|BenchmarkCodecDecode/strict/'
//     -count 6 ./internal/codec, December 2026);
//   - the encoder indents as it encodes (indent.go) for MarshalIndent and
//     AppendIndentJSON, writing what json.Indent makes of its compact
//     output for any prefix and indent (jsontext's WithIndent and
//     WithIndentPrefix take only spaces and tabs); AppendIndent
//     (encode.go) indents compact JSON the same way, for what the
//     encoder hands to encoding/json. diplo import writes its graph
//     document's nodes with AppendIndentJSON;
//   - Framer (frame.go) finds the end of each record of the PLOVER stream
//     while reading at most MaxBytes+1 bytes of it and skips the rest of
//     an over-long one unheld: a jsontext Decoder over a bounded reader
//     bounds the memory of one record, but reads ahead of it, stops at
//     the bound with an error it cannot skip past, and holds a whole
//     string token to skip it (TestJSONTextReadsAhead);
//   - KindAt, KindWord, KindPhrase, SkipSpace, IsSpace and StartsValue
//     (kind.go, frame.go) name the kind of value a document starts with
//     and skip white space, for the node stream, the command, the root
//     decoder, the JSON-LD reader and the PLOVER reader.
//
// # Encoding
//
// Encoding stays with the codec's own reflective encoder (encode.go),
// which writes exactly what a json.Encoder of encoding/json v1 writes
// after SetEscapeHTML(false) and hands to encoding/json v1 what it does
// not write itself. A value reached through a pointer is encoded by its
// address (encptr.go): a struct's members at their offsets, strings in
// place, and a value's AppendText and IsZero through an interface table
// made once per type; what that path does not write it hands to the
// reflective encoder, as the addressable value at the same address. A
// struct's string, string-slice and Text members are written by the
// struct's encoder itself, Text keys come quoted from a table, a Text of
// one to three entries whose tags are those of one of the last Texts of
// its size is written by looking those tags up (no map iteration, no
// sort), and any other Text of at most eight entries is sorted in place.
// go-json-experiment/json set to v1's rules writes the same bytes, but
// measured about 1.75 times the processor time of this
// encoder on diplo's records, and slower than encoding/json v1 on the
// plain structs (BenchmarkCodecEncode and BenchmarkCodecEncodePlain, run
// as BENCHMARKS.md, "Decoding through internal/codec", says): its
// omitzero calls IsZero on a copy of the value, which allocates for
// diplo's struct types, and it formats each language tag of a Text again.
// Moving the encoding to encoding/json/v2 is a change of Marshal,
// AppendJSON, MarshalIndent and AppendIndentJSON in this package, when it
// measures better.
//
// Decoder, Token, Kind and Value are aliases of the jsontext types, so
// that a method written against them (UnmarshalJSONFrom) is the method
// the library looks for.
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

// Package jsonscan checks a JSON document against size limits in one pass,
// before encoding/json allocates anything for it.
//
// # What it checks
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
//   - arrays and objects nested more than Limits.MaxDepth deep;
//   - a string (decoded, in bytes), member name or number longer than
//     Limits.MaxString bytes;
//   - an array of more than Limits.MaxArray elements;
//   - more than Limits.MaxObjects objects in the whole document;
//   - a number that float64 does not hold exactly in the decimal sense:
//     parsing it must give a finite float64 whose shortest decimal is the
//     same number, so 1e1000001 (overflow), 1e-400 (rounded to 0) and
//     12.345678901234567890123 (more digits than float64 holds) are
//     rejected, and 0.1, -0, 1E3 and 1.50 are accepted.
//
// Scan allocates nothing per token: the stack grows with the depth, never
// beyond Limits.MaxDepth, and a path is built only when a problem is
// found. A document that Scan accepts is one that json.Valid accepts, and
// the converse holds for documents within the limits whose strings are
// valid UTF-8 without lone surrogates and whose numbers float64 holds.
//
// # Lists and members
//
// ScanLists also reports the length of each list that is a member of the
// top-level object, so that a decoder can allocate the slice once.
//
// # Paths
//
// Member names appear in paths as plain names when they are made of
// letters, digits, '_', '-' and '@', and quoted in brackets otherwise
// (["a b"]), cut to 64 bytes. A path longer than MaxPath bytes is cut in
// the middle, so that hostile nesting cannot make an error message long.
//
// # References
//
//   - RFC 8259, The JavaScript Object Notation (JSON) Data Interchange
//     Format, sections 2 to 8: https://www.rfc-editor.org/rfc/rfc8259
//   - RFC 3629, UTF-8, a transformation format of ISO 10646:
//     https://www.rfc-editor.org/rfc/rfc3629
//   - RFC 2781, UTF-16, an encoding of ISO 10646 (surrogate pairs):
//     https://www.rfc-editor.org/rfc/rfc2781
package jsonscan
